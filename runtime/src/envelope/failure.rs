//! The envelope failures that have their own [`DecodeError`] variant, and how the decoder's
//! visitors record them (`fail`, `reject!`) next to the serde error that unwinds the parser.

use serde::de;

use super::DecodeError;

/// The envelope failures that have their own [`DecodeError`] variant.
#[derive(Clone, Copy, Debug)]
pub(super) enum Failure {
    NotAnObject,
    MissingResponse,
    ResponseNotAnObject,
    ErrorNotAnObject,
    MissingErrorCode,
    ErrorCodeNotAString,
    ErrorMessageNotAString,
}

impl Failure {
    pub(super) fn message(self) -> &'static str {
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

    pub(super) fn into_decode_error(self) -> DecodeError {
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
pub(super) fn fail<Er: de::Error>(slot: &mut Option<Failure>, failure: Failure) -> Er {
    *slot = Some(failure);
    Er::custom(failure.message())
}

/// Implements the visitor methods for every JSON type but the listed ones as a recorded
/// `Failure`.
macro_rules! reject {
    ($failure:expr; $($method:ident),*) => {
        $($crate::envelope::failure::reject!(@one $method, $failure);)*
    };
    (@one bool, $failure:expr) => {
        fn visit_bool<Er: ::serde::de::Error>(self, _: bool) -> Result<Self::Value, Er> {
            Err($crate::envelope::failure::fail(self.failure_slot(), $failure))
        }
    };
    (@one i64, $failure:expr) => {
        fn visit_i64<Er: ::serde::de::Error>(self, _: i64) -> Result<Self::Value, Er> {
            Err($crate::envelope::failure::fail(self.failure_slot(), $failure))
        }
    };
    (@one u64, $failure:expr) => {
        fn visit_u64<Er: ::serde::de::Error>(self, _: u64) -> Result<Self::Value, Er> {
            Err($crate::envelope::failure::fail(self.failure_slot(), $failure))
        }
    };
    (@one i128, $failure:expr) => {
        fn visit_i128<Er: ::serde::de::Error>(self, _: i128) -> Result<Self::Value, Er> {
            Err($crate::envelope::failure::fail(self.failure_slot(), $failure))
        }
    };
    (@one u128, $failure:expr) => {
        fn visit_u128<Er: ::serde::de::Error>(self, _: u128) -> Result<Self::Value, Er> {
            Err($crate::envelope::failure::fail(self.failure_slot(), $failure))
        }
    };
    (@one f64, $failure:expr) => {
        fn visit_f64<Er: ::serde::de::Error>(self, _: f64) -> Result<Self::Value, Er> {
            Err($crate::envelope::failure::fail(self.failure_slot(), $failure))
        }
    };
    (@one str, $failure:expr) => {
        fn visit_str<Er: ::serde::de::Error>(self, _: &str) -> Result<Self::Value, Er> {
            Err($crate::envelope::failure::fail(self.failure_slot(), $failure))
        }
    };
    (@one unit, $failure:expr) => {
        fn visit_unit<Er: ::serde::de::Error>(self) -> Result<Self::Value, Er> {
            Err($crate::envelope::failure::fail(self.failure_slot(), $failure))
        }
    };
    (@one seq, $failure:expr) => {
        fn visit_seq<A: ::serde::de::SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err($crate::envelope::failure::fail(self.failure_slot(), $failure))
        }
    };
    (@one map, $failure:expr) => {
        fn visit_map<A: ::serde::de::MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err($crate::envelope::failure::fail(self.failure_slot(), $failure))
        }
    };
}

pub(super) use reject;

#[cfg(test)]
mod tests {
    use super::*;

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
}
