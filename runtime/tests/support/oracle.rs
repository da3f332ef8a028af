//! The oracle: `decode`'s documented envelope rules, applied to a `serde_json::Value`.
//!
//! The one reference decoder of the runtime's tests (`tests/envelope.rs`,
//! `tests/envelope_properties.rs`) and of the `envelope` fuzz target
//! (`fuzz/fuzz_targets/envelope.rs` includes this file with `#[path]`), so it depends on
//! `serde_json` and `std` only.

use std::fmt;

use serde_json::{Map, Value};

/// What `decode` must make of a document.
#[derive(Debug)]
pub enum Expected<'a> {
    /// An API error with exactly these fields.
    Api {
        /// `Response.Error.Code`.
        code: &'a str,
        /// `Response.Error.Message`, empty where it is missing or null.
        message: &'a str,
        /// `Response.RequestId`, where it is a string.
        request_id: Option<&'a str>,
    },
    /// A success whose payload is read from these members.
    Success {
        /// `Response` without its `Error` member.
        payload: Value,
        /// `Response.RequestId`, where it is a string.
        request_id: Option<&'a str>,
    },
    /// A decode error: the envelope is not one. The names are the `DecodeError` variants that
    /// may report it (more than one where it depends on the order of the members); check them
    /// with [`is_one_of`].
    Malformed(&'static [&'static str]),
}

/// `decode`'s documented rules, applied to a parsed document without repeated keys (serde_json
/// keeps the last of repeated keys, while `decode` rejects repeated envelope keys).
pub fn expected(value: &Value) -> Expected<'_> {
    let Value::Object(top) = value else {
        return Expected::Malformed(&["NotAnObject"]);
    };
    let Some(response) = top.get("Response") else {
        return Expected::Malformed(&["MissingResponse"]);
    };
    let Value::Object(response) = response else {
        return Expected::Malformed(&["ResponseNotAnObject"]);
    };
    let request_id = response.get("RequestId").and_then(Value::as_str);
    match response.get("Error") {
        None | Some(Value::Null) => {
            let mut payload: Map<String, Value> = response.clone();
            payload.remove("Error");
            Expected::Success {
                payload: Value::Object(payload),
                request_id,
            }
        }
        Some(Value::Object(error)) => {
            let code = match error.get("Code") {
                None => Err("MissingErrorCode"),
                Some(Value::String(code)) => Ok(code.as_str()),
                Some(_) => Err("ErrorCodeNotAString"),
            };
            let message = match error.get("Message") {
                None | Some(Value::Null) => Some(""),
                Some(message) => message.as_str(),
            };
            match (code, message) {
                (Ok(code), Some(message)) => Expected::Api {
                    code,
                    message,
                    request_id,
                },
                (Err("MissingErrorCode"), Some(_)) => Expected::Malformed(&["MissingErrorCode"]),
                (Err(_), Some(_)) => Expected::Malformed(&["ErrorCodeNotAString"]),
                (Ok(_), None) => Expected::Malformed(&["ErrorMessageNotAString"]),
                // Both are wrong: which one is reported depends on the member order.
                (Err("MissingErrorCode"), None) => {
                    Expected::Malformed(&["MissingErrorCode", "ErrorMessageNotAString"])
                }
                (Err(_), None) => {
                    Expected::Malformed(&["ErrorCodeNotAString", "ErrorMessageNotAString"])
                }
            }
        }
        Some(_) => Expected::Malformed(&["ErrorNotAnObject"]),
    }
}

/// Whether `error` (a `DecodeError`) is one of the variants named in `names`, by its `Debug`
/// form (`MissingResponse`, `Json(...)`), so that this file needs no runtime crate.
pub fn is_one_of(error: &dyn fmt::Debug, names: &[&str]) -> bool {
    let shown = format!("{error:?}");
    let variant = shown.split('(').next().unwrap_or(&shown);
    names.contains(&variant)
}
