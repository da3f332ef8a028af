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
use core::marker::PhantomData;
use core::str::Utf8Error;

use serde::de::value::{BorrowedStrDeserializer, StrDeserializer, StringDeserializer};
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, IgnoredAny, MapAccess, SeqAccess, Visitor,
};
use serde::forward_to_deserialize_any;
use serde_json::de::{SliceRead, StrRead};

use crate::{Category, RetryClass, ServiceError};

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
/// - `"Error": null` counts as no error, as in Tencent's own SDKs.
/// - Members that neither the envelope nor `T` knows are ignored, at every level.
/// - `T` is always handed `Response` as a map, whatever it asks for: structs, maps,
///   `serde_json::Value`, `IgnoredAny`, and `Option`s and newtypes of these work;
///   `serde_json::value::RawValue` does not.
/// - Everything else that is not a well-formed envelope is a [`DecodeError`]: a body that is
///   not UTF-8 (unless it still holds a readable `Response.Error`), malformed JSON, trailing
///   characters, a body that is not an object, no `Response`, a `Response` that is not
///   an object, an `Error` that is not an object, has no `Code`, or whose `Code` or `Message`
///   is not a string, a repeated `Response` or `Error` key ([`DecodeError::Json`]), and a
///   payload that does not match `T` ([`DecodeError::Json`]).
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

#[cfg(feature = "serde")]
const API_ERROR_FIELDS: &[&str] = &["Code", "Message", "RequestId"];

#[cfg(feature = "serde")]
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

#[cfg(feature = "serde")]
impl<'de, E: de::Deserialize<'de>> de::Deserialize<'de> for ApiError<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_struct("ApiError", API_ERROR_FIELDS, ApiErrorVisitor(PhantomData))
    }
}

#[cfg(feature = "serde")]
struct ApiErrorVisitor<E>(PhantomData<fn() -> E>);

#[cfg(feature = "serde")]
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

/// Why a response body could not be decoded.
#[derive(Debug)]
#[non_exhaustive]
pub enum DecodeError {
    /// The body is not valid JSON, has trailing characters, repeats `Response` or
    /// `Response.Error`, or its payload does not match the requested type.
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

// ---------------------------------------------------------------------------------------------
// The single-pass decoder.
//
// `parse` drives serde_json with a hand-written visitor for the top-level object. For
// `Response` it reads the first key itself: when that is `Error` (the order Tencent sends) the
// payload type is never involved. Otherwise it hands `T` a deserializer that replays that key
// and then reads the rest of `Response` through `InterceptingMap`, which passes every member to
// `T` except `Error`: on `Error` it decodes the error into `State`, skips the rest of
// `Response` and tells `T` the map has ended. `RequestId` is copied into `State` on its way to
// `T`. Typed envelope failures are recorded in `State::failure` next to the serde error that
// unwinds the parser.
// ---------------------------------------------------------------------------------------------

/// A decoded `Response.Error`, before the request id is attached.
struct Captured<E> {
    code: E,
    message: String,
}

impl<E> Captured<E> {
    fn into_api_error(self, request_id: Option<String>) -> ResponseError<E> {
        ResponseError::Api(ApiError {
            code: self.code,
            message: self.message,
            request_id,
        })
    }
}

/// The envelope failures that have their own [`DecodeError`] variant.
#[derive(Clone, Copy, Debug)]
enum Failure {
    NotAnObject,
    MissingResponse,
    ResponseNotAnObject,
    ErrorNotAnObject,
    MissingErrorCode,
    ErrorCodeNotAString,
    ErrorMessageNotAString,
}

impl Failure {
    fn message(self) -> &'static str {
        match self {
            Failure::NotAnObject => "the response body is not a JSON object",
            Failure::MissingResponse => "the response body has no `Response` member",
            Failure::ResponseNotAnObject => "`Response` is not a JSON object",
            Failure::ErrorNotAnObject => "`Response.Error` is not a JSON object",
            Failure::MissingErrorCode => "`Response.Error` has no `Code`",
            Failure::ErrorCodeNotAString => "`Response.Error.Code` is not a string",
            Failure::ErrorMessageNotAString => "`Response.Error.Message` is not a string",
        }
    }

    fn into_decode_error(self) -> DecodeError {
        match self {
            Failure::NotAnObject => DecodeError::NotAnObject,
            Failure::MissingResponse => DecodeError::MissingResponse,
            Failure::ResponseNotAnObject => DecodeError::ResponseNotAnObject,
            Failure::ErrorNotAnObject => DecodeError::ErrorNotAnObject,
            Failure::MissingErrorCode => DecodeError::MissingErrorCode,
            Failure::ErrorCodeNotAString => DecodeError::ErrorCodeNotAString,
            Failure::ErrorMessageNotAString => DecodeError::ErrorMessageNotAString,
        }
    }
}

/// Records `failure` and returns the serde error that unwinds the parser.
fn fail<Er: de::Error>(slot: &mut Option<Failure>, failure: Failure) -> Er {
    *slot = Some(failure);
    Er::custom(failure.message())
}

/// What the decoder learns besides the payload.
struct State<E> {
    /// An `Error` found by `InterceptingMap`, handed back once `T` returns.
    error: Option<Captured<E>>,
    request_id: Option<String>,
    failure: Option<Failure>,
    /// `T` failed without an `Error` having been seen.
    payload_failed: bool,
}

impl<E> State<E> {
    fn new() -> Self {
        State {
            error: None,
            request_id: None,
            failure: None,
            payload_failed: false,
        }
    }
}

/// One pass over `body`: the payload, or the captured `Error`.
fn parse<'de, R, T, E>(
    read: R,
    state: &mut State<E>,
) -> Result<Result<T, Captured<E>>, serde_json::Error>
where
    R: serde_json::de::Read<'de>,
    T: de::Deserialize<'de>,
    E: ServiceError,
{
    let mut deserializer = serde_json::Deserializer::new(read);
    let outcome = (&mut deserializer).deserialize_any(TopVisitor {
        state: &mut *state,
        payload: PhantomData::<fn() -> T>,
    })?;
    deserializer.end()?;
    if let Some(failure) = state.failure {
        // Only reachable when a payload type swallowed one of the envelope's errors.
        return Err(de::Error::custom(failure.message()));
    }
    Ok(outcome)
}

/// Implements the visitor methods for every JSON type but the listed ones as a recorded
/// `Failure`.
macro_rules! reject {
    ($failure:expr; $($method:ident),*) => {
        $(reject!(@one $method, $failure);)*
    };
    (@one bool, $failure:expr) => {
        fn visit_bool<Er: de::Error>(self, _: bool) -> Result<Self::Value, Er> {
            Err(fail(self.failure_slot(), $failure))
        }
    };
    (@one i64, $failure:expr) => {
        fn visit_i64<Er: de::Error>(self, _: i64) -> Result<Self::Value, Er> {
            Err(fail(self.failure_slot(), $failure))
        }
    };
    (@one u64, $failure:expr) => {
        fn visit_u64<Er: de::Error>(self, _: u64) -> Result<Self::Value, Er> {
            Err(fail(self.failure_slot(), $failure))
        }
    };
    (@one i128, $failure:expr) => {
        fn visit_i128<Er: de::Error>(self, _: i128) -> Result<Self::Value, Er> {
            Err(fail(self.failure_slot(), $failure))
        }
    };
    (@one u128, $failure:expr) => {
        fn visit_u128<Er: de::Error>(self, _: u128) -> Result<Self::Value, Er> {
            Err(fail(self.failure_slot(), $failure))
        }
    };
    (@one f64, $failure:expr) => {
        fn visit_f64<Er: de::Error>(self, _: f64) -> Result<Self::Value, Er> {
            Err(fail(self.failure_slot(), $failure))
        }
    };
    (@one str, $failure:expr) => {
        fn visit_str<Er: de::Error>(self, _: &str) -> Result<Self::Value, Er> {
            Err(fail(self.failure_slot(), $failure))
        }
    };
    (@one unit, $failure:expr) => {
        fn visit_unit<Er: de::Error>(self) -> Result<Self::Value, Er> {
            Err(fail(self.failure_slot(), $failure))
        }
    };
    (@one seq, $failure:expr) => {
        fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err(fail(self.failure_slot(), $failure))
        }
    };
    (@one map, $failure:expr) => {
        fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err(fail(self.failure_slot(), $failure))
        }
    };
}

/// A key compared against a fixed list of names, without allocating: the index of the name
/// it equals, or `None`.
struct FieldSeed(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for FieldSeed {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for FieldSeed {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<Er: de::Error>(self, key: &str) -> Result<Self::Value, Er> {
        Ok(self.0.iter().position(|name| *name == key))
    }
}

/// The top-level object: finds `Response`, ignores everything else.
struct TopVisitor<'a, T, E> {
    state: &'a mut State<E>,
    payload: PhantomData<fn() -> T>,
}

impl<'a, T, E> TopVisitor<'a, T, E> {
    fn failure_slot(self) -> &'a mut Option<Failure> {
        &mut self.state.failure
    }
}

impl<'de, T, E> Visitor<'de> for TopVisitor<'_, T, E>
where
    T: de::Deserialize<'de>,
    E: ServiceError,
{
    type Value = Result<T, Captured<E>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Tencent Cloud response object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let state = self.state;
        let mut outcome = None;
        while let Some(field) = map.next_key_seed(FieldSeed(&["Response"]))? {
            if field.is_some() {
                if outcome.is_some() {
                    return Err(de::Error::duplicate_field("Response"));
                }
                outcome = Some(map.next_value_seed(ResponseSeed {
                    state: &mut *state,
                    payload: PhantomData::<fn() -> T>,
                })?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        match outcome {
            Some(outcome) => Ok(outcome),
            None => Err(fail(&mut state.failure, Failure::MissingResponse)),
        }
    }

    reject!(Failure::NotAnObject; bool, i64, u64, i128, u128, f64, str, unit, seq);
}

/// The value of `Response`.
struct ResponseSeed<'a, T, E> {
    state: &'a mut State<E>,
    payload: PhantomData<fn() -> T>,
}

impl<'de, T, E> DeserializeSeed<'de> for ResponseSeed<'_, T, E>
where
    T: de::Deserialize<'de>,
    E: ServiceError,
{
    type Value = Result<T, Captured<E>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(ResponseVisitor {
            state: self.state,
            payload: self.payload,
        })
    }
}

struct ResponseVisitor<'a, T, E> {
    state: &'a mut State<E>,
    payload: PhantomData<fn() -> T>,
}

impl<'a, T, E> ResponseVisitor<'a, T, E> {
    fn failure_slot(self) -> &'a mut Option<Failure> {
        &mut self.state.failure
    }
}

impl<'de, T, E> Visitor<'de> for ResponseVisitor<'_, T, E>
where
    T: de::Deserialize<'de>,
    E: ServiceError,
{
    type Value = Result<T, Captured<E>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the `Response` object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let state = self.state;
        // Read the first key here: when it is `Error`, as Tencent sends it, `T` is not needed.
        let mut pending = None;
        let mut request_id_next = false;
        loop {
            match map.next_key_seed(ResponseKeySeed(OwnKeySeed))? {
                None => break,
                Some(ResponseKey::Error(_)) => {
                    match map.next_value_seed(ErrorSeed::new(&mut state.failure))? {
                        Some(captured) => {
                            drain(&mut map, state)?;
                            return Ok(Err(captured));
                        }
                        None => continue,
                    }
                }
                Some(ResponseKey::RequestId(key)) => {
                    pending = Some(key);
                    request_id_next = true;
                    break;
                }
                Some(ResponseKey::Other(key)) => {
                    pending = Some(key);
                    break;
                }
            }
        }
        let result = T::deserialize(Replay {
            map: InterceptingMap {
                inner: map,
                state: &mut *state,
                pending,
                request_id_next,
            },
        });
        if let Some(captured) = state.error.take() {
            // `InterceptingMap` has read `Response` to its end; `T`'s verdict (most likely a
            // missing field) does not matter.
            return Ok(Err(captured));
        }
        match result {
            Ok(payload) => Ok(Ok(payload)),
            Err(error) => {
                state.payload_failed = true;
                Err(error)
            }
        }
    }

    reject!(Failure::ResponseNotAnObject; bool, i64, u64, i128, u128, f64, str, unit, seq);
}

/// A key kept for replaying to `T`: borrowed from the body unless it had escapes.
enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl<'de> Key<'de> {
    fn replay<S, Er>(self, seed: S) -> Result<S::Value, Er>
    where
        S: DeserializeSeed<'de>,
        Er: de::Error,
    {
        match self {
            Key::Borrowed(key) => seed.deserialize(BorrowedStrDeserializer::<Er>::new(key)),
            Key::Owned(key) => seed.deserialize(StringDeserializer::<Er>::new(key)),
        }
    }
}

/// Reads a key into a [`Key`].
struct OwnKeySeed;

impl<'de> DeserializeSeed<'de> for OwnKeySeed {
    type Value = Key<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for OwnKeySeed {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<Er: de::Error>(self, key: &'de str) -> Result<Self::Value, Er> {
        Ok(Key::Borrowed(key))
    }

    fn visit_str<Er: de::Error>(self, key: &str) -> Result<Self::Value, Er> {
        Ok(Key::Owned(key.to_owned()))
    }

    fn visit_string<Er: de::Error>(self, key: String) -> Result<Self::Value, Er> {
        Ok(Key::Owned(key))
    }
}

/// A member name of `Response`: `Error` gives the seed back unused, any other name is passed
/// to the seed.
enum ResponseKey<S, V> {
    Error(S),
    RequestId(V),
    Other(V),
}

struct ResponseKeySeed<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for ResponseKeySeed<S> {
    type Value = ResponseKey<S, S::Value>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de, S: DeserializeSeed<'de>> ResponseKeySeed<S> {
    fn classify<D: Deserializer<'de>>(
        self,
        key: &str,
        deserializer: D,
    ) -> Result<ResponseKey<S, S::Value>, D::Error> {
        match key {
            "Error" => Ok(ResponseKey::Error(self.0)),
            "RequestId" => Ok(ResponseKey::RequestId(self.0.deserialize(deserializer)?)),
            _ => Ok(ResponseKey::Other(self.0.deserialize(deserializer)?)),
        }
    }
}

impl<'de, S: DeserializeSeed<'de>> Visitor<'de> for ResponseKeySeed<S> {
    type Value = ResponseKey<S, S::Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<Er: de::Error>(self, key: &'de str) -> Result<Self::Value, Er> {
        self.classify(key, BorrowedStrDeserializer::new(key))
    }

    fn visit_str<Er: de::Error>(self, key: &str) -> Result<Self::Value, Er> {
        self.classify(key, StrDeserializer::new(key))
    }
}

/// The value of `Response.Error`: `None` for `null`.
struct ErrorSeed<'a, E> {
    failure: &'a mut Option<Failure>,
    code: PhantomData<fn() -> E>,
}

impl<'a, E> ErrorSeed<'a, E> {
    fn new(failure: &'a mut Option<Failure>) -> Self {
        ErrorSeed {
            failure,
            code: PhantomData,
        }
    }

    fn failure_slot(self) -> &'a mut Option<Failure> {
        self.failure
    }
}

impl<'de, E: ServiceError> DeserializeSeed<'de> for ErrorSeed<'_, E> {
    type Value = Option<Captured<E>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, E: ServiceError> Visitor<'de> for ErrorSeed<'_, E> {
    type Value = Option<Captured<E>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the `Error` object")
    }

    fn visit_unit<Er: de::Error>(self) -> Result<Self::Value, Er> {
        Ok(None)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let failure = self.failure;
        let mut code = None;
        let mut message = None;
        while let Some(field) = map.next_key_seed(FieldSeed(&["Code", "Message"]))? {
            match field {
                Some(0) => {
                    if code.is_some() {
                        return Err(de::Error::duplicate_field("Code"));
                    }
                    code = Some(map.next_value_seed(CodeSeed::<E>::new(&mut *failure))?);
                }
                Some(_) => {
                    if message.is_some() {
                        return Err(de::Error::duplicate_field("Message"));
                    }
                    message = Some(map.next_value_seed(MessageSeed(&mut *failure))?);
                }
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        match code {
            Some(code) => Ok(Some(Captured {
                code,
                message: message.unwrap_or_default(),
            })),
            None => Err(fail(failure, Failure::MissingErrorCode)),
        }
    }

    reject!(Failure::ErrorNotAnObject; bool, i64, u64, i128, u128, f64, str, seq);
}

/// `Response.Error.Code`, straight into [`ServiceError::from_code`].
struct CodeSeed<'a, E> {
    failure: &'a mut Option<Failure>,
    code: PhantomData<fn() -> E>,
}

impl<'a, E> CodeSeed<'a, E> {
    fn new(failure: &'a mut Option<Failure>) -> Self {
        CodeSeed {
            failure,
            code: PhantomData,
        }
    }

    fn failure_slot(self) -> &'a mut Option<Failure> {
        self.failure
    }
}

impl<'de, E: ServiceError> DeserializeSeed<'de> for CodeSeed<'_, E> {
    type Value = E;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<E, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, E: ServiceError> Visitor<'de> for CodeSeed<'_, E> {
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an error code string")
    }

    fn visit_str<Er: de::Error>(self, code: &str) -> Result<E, Er> {
        Ok(E::from_code(code))
    }

    reject!(Failure::ErrorCodeNotAString; bool, i64, u64, i128, u128, f64, unit, seq, map);
}

/// `Response.Error.Message`: `null` is the empty string.
struct MessageSeed<'a>(&'a mut Option<Failure>);

impl<'a> MessageSeed<'a> {
    fn failure_slot(self) -> &'a mut Option<Failure> {
        self.0
    }
}

impl<'de> DeserializeSeed<'de> for MessageSeed<'_> {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for MessageSeed<'_> {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an error message string")
    }

    fn visit_str<Er: de::Error>(self, message: &str) -> Result<String, Er> {
        Ok(message.to_owned())
    }

    fn visit_string<Er: de::Error>(self, message: String) -> Result<String, Er> {
        Ok(message)
    }

    fn visit_unit<Er: de::Error>(self) -> Result<String, Er> {
        Ok(String::new())
    }

    reject!(Failure::ErrorMessageNotAString; bool, i64, u64, i128, u128, f64, seq, map);
}

/// Reads the rest of `Response` once `Error` has been found: keeps `RequestId`, rejects a
/// second `Error`, skips everything else.
fn drain<'de, A, E>(map: &mut A, state: &mut State<E>) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    E: ServiceError,
{
    while let Some(key) = map.next_key_seed(ResponseKeySeed(PhantomData::<IgnoredAny>))? {
        match key {
            ResponseKey::Error(_) => {
                if map
                    .next_value_seed(ErrorSeed::<E>::new(&mut state.failure))?
                    .is_some()
                {
                    return Err(de::Error::duplicate_field("Error"));
                }
            }
            ResponseKey::RequestId(_) => {
                map.next_value_seed(TeeSeed {
                    seed: PhantomData::<IgnoredAny>,
                    slot: &mut state.request_id,
                })?;
            }
            ResponseKey::Other(_) => {
                map.next_value::<IgnoredAny>()?;
            }
        }
    }
    Ok(())
}

/// The members of `Response` as `T` sees them: everything but `Error`, which ends the map.
struct InterceptingMap<'a, 'de, A, E> {
    inner: A,
    state: &'a mut State<E>,
    /// The first key, already read by `ResponseVisitor`.
    pending: Option<Key<'de>>,
    /// The value about to be read is `RequestId`'s.
    request_id_next: bool,
}

impl<'de, A, E> MapAccess<'de> for InterceptingMap<'_, 'de, A, E>
where
    A: MapAccess<'de>,
    E: ServiceError,
{
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some(key) = self.pending.take() {
            return key.replay(seed).map(Some);
        }
        let mut seed = seed;
        loop {
            match self.inner.next_key_seed(ResponseKeySeed(seed))? {
                None => return Ok(None),
                Some(ResponseKey::Other(key)) => return Ok(Some(key)),
                Some(ResponseKey::RequestId(key)) => {
                    self.request_id_next = true;
                    return Ok(Some(key));
                }
                Some(ResponseKey::Error(unused)) => {
                    match self
                        .inner
                        .next_value_seed(ErrorSeed::new(&mut self.state.failure))?
                    {
                        Some(captured) => {
                            drain(&mut self.inner, self.state)?;
                            self.state.error = Some(captured);
                            return Ok(None);
                        }
                        None => seed = unused,
                    }
                }
            }
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        if core::mem::take(&mut self.request_id_next) {
            self.inner.next_value_seed(TeeSeed {
                seed,
                slot: &mut self.state.request_id,
            })
        } else {
            self.inner.next_value_seed(seed)
        }
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

/// The deserializer `T` gets for `Response`: a map, whatever `T` asks for.
struct Replay<'a, 'de, A, E> {
    map: InterceptingMap<'a, 'de, A, E>,
}

impl<'de, A, E> Deserializer<'de> for Replay<'_, 'de, A, E>
where
    A: MapAccess<'de>,
    E: ServiceError,
{
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_map(self.map)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_newtype_struct(self)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

/// Passes a value to `seed` and copies it into `slot` if it is a string.
struct TeeSeed<'a, S> {
    seed: S,
    slot: &'a mut Option<String>,
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for TeeSeed<'_, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.seed.deserialize(Tee {
            inner: deserializer,
            slot: self.slot,
        })
    }
}

/// A deserializer that copies every string it hands out into `slot`.
struct Tee<'a, D> {
    inner: D,
    slot: &'a mut Option<String>,
}

macro_rules! tee_methods {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
                self.inner.$method($($arg,)* TeeVisitor { inner: visitor, slot: self.slot })
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Tee<'_, D> {
    type Error = D::Error;

    tee_methods! {
        deserialize_any();
        deserialize_bool();
        deserialize_i8();
        deserialize_i16();
        deserialize_i32();
        deserialize_i64();
        deserialize_i128();
        deserialize_u8();
        deserialize_u16();
        deserialize_u32();
        deserialize_u64();
        deserialize_u128();
        deserialize_f32();
        deserialize_f64();
        deserialize_char();
        deserialize_str();
        deserialize_string();
        deserialize_bytes();
        deserialize_byte_buf();
        deserialize_option();
        deserialize_unit();
        deserialize_unit_struct(name: &'static str);
        deserialize_newtype_struct(name: &'static str);
        deserialize_seq();
        deserialize_tuple(len: usize);
        deserialize_tuple_struct(name: &'static str, len: usize);
        deserialize_map();
        deserialize_struct(name: &'static str, fields: &'static [&'static str]);
        deserialize_enum(name: &'static str, variants: &'static [&'static str]);
        deserialize_identifier();
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        // Skipping would not show the string: read it, and let the visitor ignore it.
        self.inner.deserialize_any(TeeVisitor {
            inner: visitor,
            slot: self.slot,
        })
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

struct TeeVisitor<'a, V> {
    inner: V,
    slot: &'a mut Option<String>,
}

macro_rules! forward_visits {
    ($($method:ident($ty:ty);)*) => {
        $(
            fn $method<Er: de::Error>(self, value: $ty) -> Result<V::Value, Er> {
                self.inner.$method(value)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for TeeVisitor<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.expecting(f)
    }

    forward_visits! {
        visit_bool(bool);
        visit_i8(i8);
        visit_i16(i16);
        visit_i32(i32);
        visit_i64(i64);
        visit_i128(i128);
        visit_u8(u8);
        visit_u16(u16);
        visit_u32(u32);
        visit_u64(u64);
        visit_u128(u128);
        visit_f32(f32);
        visit_f64(f64);
        visit_char(char);
        visit_bytes(&[u8]);
        visit_borrowed_bytes(&'de [u8]);
        visit_byte_buf(Vec<u8>);
    }

    fn visit_str<Er: de::Error>(self, value: &str) -> Result<V::Value, Er> {
        *self.slot = Some(value.to_owned());
        self.inner.visit_str(value)
    }

    fn visit_borrowed_str<Er: de::Error>(self, value: &'de str) -> Result<V::Value, Er> {
        *self.slot = Some(value.to_owned());
        self.inner.visit_borrowed_str(value)
    }

    fn visit_string<Er: de::Error>(self, value: String) -> Result<V::Value, Er> {
        *self.slot = Some(value.clone());
        self.inner.visit_string(value)
    }

    fn visit_none<Er: de::Error>(self) -> Result<V::Value, Er> {
        self.inner.visit_none()
    }

    fn visit_unit<Er: de::Error>(self) -> Result<V::Value, Er> {
        self.inner.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.inner.visit_some(Tee {
            inner: deserializer,
            slot: self.slot,
        })
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.inner.visit_newtype_struct(Tee {
            inner: deserializer,
            slot: self.slot,
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.inner.visit_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.inner.visit_map(map)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.inner.visit_enum(data)
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use serde::de::value::{StrDeserializer, StringDeserializer};
    use serde::Deserialize;

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

    #[test]
    fn tee_copies_strings_whichever_way_they_arrive() {
        type Er = serde::de::value::Error;

        let mut slot = None;
        let value = TeeSeed {
            seed: PhantomData::<String>,
            slot: &mut slot,
        }
        .deserialize(StringDeserializer::<Er>::new("owned".into()));
        assert_eq!(value.ok().as_deref(), Some("owned"));
        assert_eq!(slot.as_deref(), Some("owned"));

        let mut slot = None;
        let value = TeeSeed {
            seed: PhantomData::<IgnoredAny>,
            slot: &mut slot,
        }
        .deserialize(StrDeserializer::<Er>::new("ignored"));
        assert!(value.is_ok());
        assert_eq!(slot.as_deref(), Some("ignored"));

        let mut slot = None;
        let value = TeeSeed {
            seed: PhantomData::<Option<&str>>,
            slot: &mut slot,
        }
        .deserialize(&mut serde_json::Deserializer::from_str(r#""borrowed""#));
        assert_eq!(value.ok().flatten(), Some("borrowed"));
        assert_eq!(slot.as_deref(), Some("borrowed"));

        let mut slot = None;
        let value = TeeSeed {
            seed: PhantomData::<u32>,
            slot: &mut slot,
        }
        .deserialize(&mut serde_json::Deserializer::from_str("7"));
        assert_eq!(value.ok(), Some(7));
        assert_eq!(slot, None);
    }

    #[test]
    fn message_accepts_owned_strings() {
        let mut failure = None;
        let message = MessageSeed(&mut failure).deserialize(StringDeserializer::<
            serde::de::value::Error,
        >::new("owned message".into()));
        assert_eq!(message.ok().as_deref(), Some("owned message"));
        assert!(failure.is_none());
    }

    #[test]
    fn failures_match_their_decode_errors() {
        for failure in [
            Failure::NotAnObject,
            Failure::MissingResponse,
            Failure::ResponseNotAnObject,
            Failure::ErrorNotAnObject,
            Failure::MissingErrorCode,
            Failure::ErrorCodeNotAString,
            Failure::ErrorMessageNotAString,
        ] {
            assert_eq!(failure.into_decode_error().to_string(), failure.message());
        }
    }

    #[test]
    fn failure_is_recorded_next_to_the_serde_error() {
        let mut state = State::<TestError>::new();
        let result = parse::<_, IgnoredAny, TestError>(
            StrRead::new(r#"{"Response": {"Error": 1}}"#),
            &mut state,
        );
        assert!(result.is_err());
        assert!(matches!(state.failure, Some(Failure::ErrorNotAnObject)));
        assert!(!state.payload_failed);

        let mut state = State::<TestError>::new();
        let result = parse::<_, Payload, TestError>(
            StrRead::new(r#"{"Response": {"TotalCount": []}}"#),
            &mut state,
        );
        assert!(result.is_err());
        assert!(state.failure.is_none());
        assert!(state.payload_failed);
    }
}
