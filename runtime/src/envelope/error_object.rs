//! The value of `Response.Error`, read into a `Captured` error: `ErrorSeed` for the object,
//! `CodeSeed` and `MessageSeed` for its `Code` and `Message`.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

use super::failure::{fail, reject, Failure};
use super::keys::FieldSeed;
use super::{ApiError, ResponseError};
use crate::ServiceError;

/// A decoded `Response.Error`, before the request id is attached.
pub(super) struct Captured<E> {
    pub(super) code: E,
    pub(super) message: String,
}

impl<E> Captured<E> {
    pub(super) fn into_api_error(self, request_id: Option<String>) -> ResponseError<E> {
        ResponseError::Api(ApiError {
            code: self.code,
            message: self.message,
            request_id,
        })
    }
}

/// The value of `Response.Error`: `None` for `null`.
pub(super) struct ErrorSeed<'a, E> {
    failure: &'a mut Option<Failure>,
    code: PhantomData<fn() -> E>,
}

impl<'a, E> ErrorSeed<'a, E> {
    pub(super) fn new(failure: &'a mut Option<Failure>) -> Self {
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

#[cfg(test)]
mod tests {
    use serde::de::value::StringDeserializer;

    use super::*;

    #[test]
    fn message_accepts_owned_strings() {
        let mut failure = None;
        let message = MessageSeed(&mut failure).deserialize(StringDeserializer::<
            serde::de::value::Error,
        >::new("owned message".into()));
        assert_eq!(message.ok().as_deref(), Some("owned message"));
        assert!(failure.is_none());
    }
}
