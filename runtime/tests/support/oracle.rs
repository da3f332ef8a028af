//! The oracle: `decode`'s documented envelope rules, applied to a `serde_json::Value`.
//!
//! Shared by `tests/envelope_properties.rs` and the `envelope` fuzz target
//! (`fuzz/fuzz_targets/envelope.rs` includes this file with `#[path]`), so it depends on
//! `serde_json` and `std` only.

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
    /// A decode error: the envelope is not one.
    Malformed,
}

/// `decode`'s documented rules, applied to a parsed document without repeated keys (serde_json
/// keeps the last of repeated keys, while `decode` rejects repeated envelope keys).
pub fn expected(value: &Value) -> Expected<'_> {
    let Some(Value::Object(response)) = value.as_object().and_then(|top| top.get("Response"))
    else {
        return Expected::Malformed;
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
            let code = error.get("Code").and_then(Value::as_str);
            let message = match error.get("Message") {
                None | Some(Value::Null) => Some(""),
                Some(message) => message.as_str(),
            };
            match (code, message) {
                (Some(code), Some(message)) => Expected::Api {
                    code,
                    message,
                    request_id,
                },
                _ => Expected::Malformed,
            }
        }
        Some(_) => Expected::Malformed,
    }
}
