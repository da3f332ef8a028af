//! Decoding Tencent Cloud API 3.0 response bodies.
//!
//! Every API 3.0 response is a JSON object with one `Response` member. A failed call carries
//! `Response.Error`:
//!
//! ```json
//! {"Response": {"Error": {"Code": "InvalidInstanceId.NotFound", "Message": "..."}, "RequestId": "ed93f3cb-..."}}
//! ```
//!
//! and a successful call carries the action's output fields next to `RequestId`:
//!
//! ```json
//! {"Response": {"TotalCount": 1, "InstanceSet": [], "RequestId": "ed93f3cb-..."}}
//! ```
//!
//! [`decode`] tells the two apart in a single pass over the body: the payload type `T` reads
//! the members of `Response` straight from the JSON parser while `Error` and `RequestId` are
//! picked out on the way, so no intermediate `serde_json::Value` is built.

use core::fmt;
use core::str::Utf8Error;

use serde::de::{self, IgnoredAny};
use serde_json::de::{SliceRead, StrRead};

use crate::{Category, RetryClass, ServiceError};

mod decoder;
mod error_object;
mod failure;
mod keys;
mod tee;

use decoder::{parse, State};
use failure::Failure;

/// Decodes a Tencent Cloud API 3.0 response body.
///
/// Returns the payload `T` (the members of `Response` other than `Error`; `RequestId` is
/// handed to `T` too, so a payload type may have a `RequestId` field of its own) together with
/// the request id, or the service's error, or a [`DecodeError`].
///
/// The rules:
///
/// - Whenever `Response.Error` is present (and not `null`) the result is
///   [`ResponseError::Api`], even if the payload would also have parsed, and wherever `Error`
///   appears among the members of `Response`.
/// - Nothing is lost: the code is passed to [`ServiceError::from_code`] (which keeps unlisted
///   codes verbatim), and the message and request id are kept exactly as sent, after JSON
///   unescaping. A missing (or `null`) `Message` becomes the empty string; a missing `RequestId`
///   becomes `None`. `request_id` is the value of `Response.RequestId` when that is a string
///   (the last one, should the key repeat).
/// - `"Error": null` counts as no error, as in Tencent's own SDKs, wherever and however often
///   it appears: only the `Error` members that are not `null` count, and more than one of those
///   is a [`DecodeError::Json`] naming the duplicate, as serde reports a duplicate field.
///   So `"Error": {...}` beside any number of `"Error": null` is that API error.
/// - A UTF-8 byte order mark (U+FEFF) before the JSON is skipped, as RFC 8259 lets parsers
///   do; positions in errors then count from after it. Only one, and only at the very start.
/// - Members that neither the envelope nor `T` knows are ignored, at every level.
/// - `T` is always handed `Response` as a map, whatever it asks for: structs, maps,
///   `serde_json::Value`, `IgnoredAny`, and `Option`s and newtypes of these work;
///   `serde_json::value::RawValue` does not.
/// - Everything else that is not a well-formed envelope is a [`DecodeError`]: a body that is
///   not UTF-8 (unless it still holds a readable `Response.Error`), malformed JSON, trailing
///   characters, a body that is not an object, no `Response`, a `Response` that is not
///   an object, an `Error` that is not an object, has no `Code`, or whose `Code` or `Message`
///   is not a string, a repeated `Response` key or a second `Error` that is not `null`
///   ([`DecodeError::Json`]), and a payload that does not match `T` ([`DecodeError::Json`]).
///
/// Decoding never panics, keeps serde_json's recursion limit, and runs in time linear in the
/// size of the body. Only when `T` fails to parse does it read the body a second time, to look
/// for an `Error` that came after the member `T` choked on.
///
/// ```
/// # use tencent_errors_runtime::{Category, RetryClass, ServiceError};
/// # #[derive(Debug, Clone, PartialEq, Eq, Hash)]
/// # struct Code(String);
/// # impl std::fmt::Display for Code {
/// #     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(&self.0) }
/// # }
/// # impl std::error::Error for Code {}
/// # impl ServiceError for Code {
/// #     fn service(&self) -> &'static str { "cvm" }
/// #     fn code(&self) -> &str { &self.0 }
/// #     fn description(&self) -> Option<&'static str> { None }
/// #     fn is_known(&self) -> bool { false }
/// #     fn category(&self) -> Category { Category::of(&self.0) }
/// #     fn retry_class(&self) -> RetryClass { RetryClass::of(&self.0) }
/// #     fn from_code(code: &str) -> Self { Code(code.to_owned()) }
/// # }
/// use tencent_errors_runtime::{decode, ResponseError};
///
/// #[derive(Debug, serde::Deserialize)]
/// #[serde(rename_all = "PascalCase")]
/// struct DescribeInstances {
///     total_count: u64,
/// }
///
/// let ok = br#"{"Response": {"TotalCount": 3, "RequestId": "r-1"}}"#;
/// let success = decode::<DescribeInstances, Code>(ok).unwrap();
/// assert_eq!(success.payload.total_count, 3);
/// assert_eq!(success.request_id.as_deref(), Some("r-1"));
///
/// let failed = br#"{"Response": {"Error": {"Code": "RequestLimitExceeded", "Message": "slow down"}, "RequestId": "r-2"}}"#;
/// match decode::<DescribeInstances, Code>(failed) {
///     Err(ResponseError::Api(error)) => {
///         assert_eq!(error.code().code(), "RequestLimitExceeded");
///         assert_eq!(error.retry_class(), RetryClass::Throttling);
///         assert_eq!(error.to_string(), "RequestLimitExceeded: slow down (request id r-2)");
///     }
///     other => panic!("{other:?}"),
/// }
/// ```
pub fn decode<'de, T, E>(body: &'de [u8]) -> Result<Success<T>, ResponseError<E>>
where
    T: de::Deserialize<'de>,
    E: ServiceError,
{
    let body = body.strip_prefix(BYTE_ORDER_MARK).unwrap_or(body);
    // Validating the whole body up front is cheaper than validating each string on its own,
    // which is what serde_json does for a byte slice.
    let text = match core::str::from_utf8(body) {
        Ok(text) => text,
        Err(error) => return Err(not_utf8(body, error)),
    };
    let mut state = State::new();
    let fast = parse::<_, T, E>(StrRead::new(text), &mut state);
    match fast {
        Ok(Ok(payload)) => Ok(Success {
            payload,
            request_id: state.request_id,
        }),
        Ok(Err(captured)) => Err(captured.into_api_error(state.request_id)),
        Err(error) => {
            if let Some(failure) = state.failure {
                return Err(ResponseError::Decode(failure.into_decode_error()));
            }
            if !state.payload_failed {
                return Err(ResponseError::Decode(DecodeError::Json(error)));
            }
            Err(payload_failed(text, error))
        }
    }
}

/// U+FEFF in UTF-8, which some servers and proxies put before a body.
const BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

/// The result when `T` failed without an `Error` having been seen. `T` stopped before the
/// whole of `Response` was read, so an `Error` may follow the member it failed on: look for it
/// with a payload type that accepts anything, and report `T`'s error if there is none.
#[cold]
#[inline(never)]
fn payload_failed<E: ServiceError>(text: &str, error: serde_json::Error) -> ResponseError<E> {
    let mut probe = State::new();
    match parse::<_, IgnoredAny, E>(StrRead::new(text), &mut probe) {
        Ok(Err(captured)) => captured.into_api_error(probe.request_id),
        Err(_) => ResponseError::Decode(match probe.failure {
            Some(failure) => failure.into_decode_error(),
            None => DecodeError::Json(error),
        }),
        Ok(Ok(_)) => ResponseError::Decode(DecodeError::Json(error)),
    }
}

/// The result for a body that is not UTF-8: the service's error if the envelope still holds
/// one (the stray bytes being in some other string), [`DecodeError::NotUtf8`] otherwise.
#[cold]
#[inline(never)]
fn not_utf8<E: ServiceError>(body: &[u8], error: Utf8Error) -> ResponseError<E> {
    let mut probe = State::new();
    match parse::<_, IgnoredAny, E>(SliceRead::new(body), &mut probe) {
        Ok(Err(captured)) => captured.into_api_error(probe.request_id),
        _ => ResponseError::Decode(DecodeError::NotUtf8(error)),
    }
}

/// A successful response: the payload and the request id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Success<T> {
    /// The members of `Response`, decoded as `T`.
    pub payload: T,
    /// `Response.RequestId`, verbatim; `None` when the response has none.
    pub request_id: Option<String>,
}

/// An error reported by a Tencent Cloud service in `Response.Error`.
///
/// `Display` writes `Code: message (request id ...)`, with the code string as sent; the
/// `: message` part is left out when the message is empty and the parenthesis when there is no
/// request id.
///
/// With the `serde` feature, serializes as `{"Code": ..., "Message": ..., "RequestId": ...}`
/// (`RequestId` is `null` when absent) and deserializes from the same shape, where `Message`
/// and `RequestId` may be missing and unknown members are ignored.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ApiError<E> {
    /// `Response.Error.Code`, as the service's error enum.
    pub code: E,
    /// `Response.Error.Message`, verbatim; empty when the response has none.
    pub message: String,
    /// `Response.RequestId`, verbatim; `None` when the response has none.
    pub request_id: Option<String>,
}

impl<E: ServiceError> ApiError<E> {
    /// The error code.
    pub fn code(&self) -> &E {
        &self.code
    }

    /// The message, verbatim; empty when the response had none.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The request id, when the response had one.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// Whether retrying can help; see [`RetryClass`].
    pub fn retry_class(&self) -> RetryClass {
        self.code.retry_class()
    }

    /// The code's family.
    pub fn category(&self) -> Category {
        self.code.category()
    }
}

impl<E: ServiceError> fmt::Display for ApiError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code.code())?;
        if !self.message.is_empty() {
            write!(f, ": {}", self.message)?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        Ok(())
    }
}

impl<E: ServiceError> std::error::Error for ApiError<E> {}

/// `Serialize` and `Deserialize` for [`ApiError`], as
/// `{"Code": ..., "Message": ..., "RequestId": ...}`.
#[cfg(feature = "serde")]
mod api_error_serde {
    use core::fmt;
    use core::marker::PhantomData;

    use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

    use super::keys::FieldSeed;
    use super::ApiError;

    const API_ERROR_FIELDS: &[&str] = &["Code", "Message", "RequestId"];

    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl<E: serde::Serialize> serde::Serialize for ApiError<E> {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeStruct;

            let mut fields = serializer.serialize_struct("ApiError", API_ERROR_FIELDS.len())?;
            fields.serialize_field("Code", &self.code)?;
            fields.serialize_field("Message", &self.message)?;
            fields.serialize_field("RequestId", &self.request_id)?;
            fields.end()
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl<'de, E: de::Deserialize<'de>> de::Deserialize<'de> for ApiError<E> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_struct(
                "ApiError",
                API_ERROR_FIELDS,
                ApiErrorVisitor(PhantomData),
            )
        }
    }

    struct ApiErrorVisitor<E>(PhantomData<fn() -> E>);

    impl<'de, E: de::Deserialize<'de>> Visitor<'de> for ApiErrorVisitor<E> {
        type Value = ApiError<E>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an API error with `Code`, `Message` and `RequestId`")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut code = None;
            let mut message: Option<Option<String>> = None;
            let mut request_id: Option<Option<String>> = None;
            while let Some(field) = map.next_key_seed(FieldSeed(API_ERROR_FIELDS))? {
                match field {
                    Some(0) => {
                        if code.is_some() {
                            return Err(de::Error::duplicate_field("Code"));
                        }
                        code = Some(map.next_value()?);
                    }
                    Some(1) => {
                        if message.is_some() {
                            return Err(de::Error::duplicate_field("Message"));
                        }
                        message = Some(map.next_value()?);
                    }
                    Some(_) => {
                        if request_id.is_some() {
                            return Err(de::Error::duplicate_field("RequestId"));
                        }
                        request_id = Some(map.next_value()?);
                    }
                    None => {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
            }
            Ok(ApiError {
                code: code.ok_or_else(|| de::Error::missing_field("Code"))?,
                message: message.flatten().unwrap_or_default(),
                request_id: request_id.flatten(),
            })
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let code = seq
                .next_element()?
                .ok_or_else(|| de::Error::invalid_length(0, &self))?;
            let message = seq
                .next_element()?
                .ok_or_else(|| de::Error::invalid_length(1, &self))?;
            let request_id = seq
                .next_element()?
                .ok_or_else(|| de::Error::invalid_length(2, &self))?;
            Ok(ApiError {
                code,
                message,
                request_id,
            })
        }
    }
}

/// Why a response body could not be decoded.
#[derive(Debug)]
#[non_exhaustive]
pub enum DecodeError {
    /// The body is not valid JSON, has trailing characters, repeats `Response`, has two
    /// `Response.Error` members that are not `null`, or its payload does not match the
    /// requested type.
    Json(serde_json::Error),
    /// The body is not UTF-8, as JSON must be (RFC 8259), and holds no `Response.Error`.
    NotUtf8(Utf8Error),
    /// The body is valid JSON but not an object.
    NotAnObject,
    /// The body has no `Response` member.
    MissingResponse,
    /// `Response` is not an object.
    ResponseNotAnObject,
    /// `Response.Error` is neither an object nor `null`.
    ErrorNotAnObject,
    /// `Response.Error` has no `Code`.
    MissingErrorCode,
    /// `Response.Error.Code` is not a string.
    ErrorCodeNotAString,
    /// `Response.Error.Message` is neither a string nor `null`.
    ErrorMessageNotAString,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = match self {
            DecodeError::Json(error) => return write!(f, "invalid response body: {error}"),
            DecodeError::NotUtf8(error) => {
                return write!(f, "the response body is not valid UTF-8: {error}")
            }
            DecodeError::NotAnObject => Failure::NotAnObject.message(),
            DecodeError::MissingResponse => Failure::MissingResponse.message(),
            DecodeError::ResponseNotAnObject => Failure::ResponseNotAnObject.message(),
            DecodeError::ErrorNotAnObject => Failure::ErrorNotAnObject.message(),
            DecodeError::MissingErrorCode => Failure::MissingErrorCode.message(),
            DecodeError::ErrorCodeNotAString => Failure::ErrorCodeNotAString.message(),
            DecodeError::ErrorMessageNotAString => Failure::ErrorMessageNotAString.message(),
        };
        f.write_str(message)
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DecodeError::Json(error) => Some(error),
            DecodeError::NotUtf8(error) => Some(error),
            _ => None,
        }
    }
}

impl From<serde_json::Error> for DecodeError {
    fn from(error: serde_json::Error) -> Self {
        DecodeError::Json(error)
    }
}

/// What [`decode`] returns when a call did not succeed.
///
/// `Display` and `Error::source` are those of the wrapped error.
#[derive(Debug)]
#[non_exhaustive]
pub enum ResponseError<E> {
    /// The service answered with `Response.Error`.
    Api(ApiError<E>),
    /// The body is not a well-formed response.
    Decode(DecodeError),
}

impl<E: ServiceError> ResponseError<E> {
    /// The service's error, when there is one.
    pub fn api_error(&self) -> Option<&ApiError<E>> {
        match self {
            ResponseError::Api(error) => Some(error),
            ResponseError::Decode(_) => None,
        }
    }

    /// Whether retrying can help: the code's class for [`ResponseError::Api`],
    /// [`RetryClass::NotRetryable`] for [`ResponseError::Decode`].
    pub fn retry_class(&self) -> RetryClass {
        match self {
            ResponseError::Api(error) => error.retry_class(),
            ResponseError::Decode(_) => RetryClass::NotRetryable,
        }
    }
}

impl<E: ServiceError> fmt::Display for ResponseError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResponseError::Api(error) => fmt::Display::fmt(error, f),
            ResponseError::Decode(error) => fmt::Display::fmt(error, f),
        }
    }
}

impl<E: ServiceError> std::error::Error for ResponseError<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ResponseError::Api(error) => std::error::Error::source(error),
            ResponseError::Decode(error) => std::error::Error::source(error),
        }
    }
}

impl<E> From<ApiError<E>> for ResponseError<E> {
    fn from(error: ApiError<E>) -> Self {
        ResponseError::Api(error)
    }
}

impl<E> From<DecodeError> for ResponseError<E> {
    fn from(error: DecodeError) -> Self {
        ResponseError::Decode(error)
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use serde::{Deserialize, Deserializer};

    use super::*;
    use crate::test_support::TestError;

    thread_local! {
        static CALLS: Cell<usize> = const { Cell::new(0) };
    }

    /// A payload that counts how often it is deserialized.
    #[derive(Debug)]
    struct Counted(#[allow(dead_code)] Payload);

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "PascalCase")]
    struct Payload {
        total_count: u64,
    }

    impl<'de> Deserialize<'de> for Counted {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            CALLS.with(|calls| calls.set(calls.get() + 1));
            Payload::deserialize(deserializer).map(Counted)
        }
    }

    fn calls(body: &str) -> (usize, Result<Success<Counted>, ResponseError<TestError>>) {
        CALLS.with(|calls| calls.set(0));
        let result = decode::<Counted, TestError>(body.as_bytes());
        (CALLS.with(Cell::get), result)
    }

    #[test]
    fn error_first_never_touches_the_payload_type() {
        let (count, result) = calls(
            r#"{"Response": {"Error": {"Code": "RequestLimitExceeded", "Message": "m"}, "RequestId": "r"}}"#,
        );
        assert_eq!(count, 0);
        let error = result.err().and_then(|e| e.api_error().cloned());
        assert_eq!(error.map(|e| e.code), Some(TestError::Throttled));

        // A null `Error` first: the payload is read from the members after it.
        let (count, result) =
            calls(r#"{"Response": {"Error": null, "TotalCount": 4, "RequestId": "r"}}"#);
        assert_eq!(count, 1);
        assert_eq!(result.ok().map(|s| s.payload.0.total_count), Some(4));
    }

    #[test]
    fn success_and_late_errors_take_one_pass() {
        let (count, result) = calls(r#"{"Response": {"TotalCount": 4, "RequestId": "r"}}"#);
        assert_eq!(count, 1);
        assert_eq!(result.ok().and_then(|s| s.request_id), Some("r".to_owned()));

        let (count, result) =
            calls(r#"{"Response": {"TotalCount": 4, "Error": {"Code": "X"}, "RequestId": "r"}}"#);
        assert_eq!(count, 1);
        let error = result.err().and_then(|e| e.api_error().cloned());
        assert_eq!(
            error.map(|e| (e.code, e.request_id)),
            Some((TestError::Unknown("X".into()), Some("r".into())))
        );

        // `T` fails on a member before `Error`: the probe finds the error without calling `T`.
        let (count, result) = calls(
            r#"{"Response": {"TotalCount": "x", "Error": {"Code": "InvalidInstanceId.NotFound"}, "RequestId": "r"}}"#,
        );
        assert_eq!(count, 1);
        let error = result.err().and_then(|e| e.api_error().cloned());
        assert_eq!(error.map(|e| e.code), Some(TestError::NotFound));
    }

    #[test]
    fn first_key_with_escapes_is_replayed_to_the_payload() {
        let (count, result) = calls(r#"{"Response": {"Total\u0043ount": 9}}"#);
        assert_eq!(count, 1);
        assert_eq!(result.ok().map(|s| s.payload.0.total_count), Some(9));

        let (_, result) = calls(r#"{"Response": {"Request\u0049d": "r\u002d1", "TotalCount": 1}}"#);
        assert_eq!(
            result.ok().and_then(|s| s.request_id),
            Some("r-1".to_owned())
        );
    }
}
