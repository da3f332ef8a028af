//! Any bytes as a response body: `decode` never panics, and on bodies that are valid JSON it
//! agrees with a plain reading of the envelope through `serde_json::Value`. Errors keep code,
//! message and request id through `Display` and a serde round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use tencent_errors::{decode, ApiError, ResponseError};

mod cvm {
    tencent_errors::tencent_errors!("cvm");
}
use cvm::CvmError;

/// The envelope rules read through `serde_json::Value`: the runtime tests' one reference
/// decoder.
#[path = "../../runtime/tests/support/oracle.rs"]
mod oracle;
use oracle::{expected, is_one_of, Expected};

fuzz_target!(|body: &[u8]| {
    let decoded = decode::<Value, CvmError>(body);
    check_error(&decoded);
    let _ = decode::<serde_json::value::Map<String, Value>, CvmError>(body);

    // The oracle: serde_json's reading of the same body, with repeated keys merged (serde_json
    // keeps the last), re-serialized so that `decode` sees the same document without them. The
    // oracle reads the re-serialized text too: serde_json's default float parsing does not
    // round-trip every last digit, so both sides must parse the same text.
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return;
    };
    let Ok(normalized) = serde_json::to_vec(&value) else {
        return;
    };
    let Ok(value) = serde_json::from_slice::<Value>(&normalized) else {
        return;
    };
    let decoded = decode::<Value, CvmError>(&normalized);
    match expected(&value) {
        Expected::Api {
            code,
            message,
            request_id,
        } => match &decoded {
            Err(ResponseError::Api(error)) => {
                assert_eq!(error.code.code(), code);
                assert_eq!(error.message, message);
                assert_eq!(error.request_id.as_deref(), request_id);
            }
            other => panic!("expected the API error {code:?}, got {other:?}"),
        },
        Expected::Success {
            payload,
            request_id,
        } => match &decoded {
            Ok(success) => {
                assert_eq!(success.payload, payload);
                assert_eq!(success.request_id.as_deref(), request_id);
            }
            other => panic!("expected a success, got {other:?}"),
        },
        Expected::Malformed(names) => match &decoded {
            Err(ResponseError::Decode(error)) => {
                assert!(is_one_of(error, names), "expected one of {names:?}, got {error:?}")
            }
            other => panic!("expected a decode error, got {other:?}"),
        },
    }
});

/// Whatever error came back survives `Display` and a serde round trip unchanged.
fn check_error<T: std::fmt::Debug>(
    decoded: &Result<tencent_errors::Success<T>, ResponseError<CvmError>>,
) {
    let Err(error) = decoded else { return };
    let shown = error.to_string();
    let Some(api) = error.api_error() else { return };
    assert!(
        shown.starts_with(api.code.code()),
        "{shown:?} starts with the code"
    );
    assert!(
        shown.contains(api.message.as_str()),
        "{shown:?} shows the message"
    );
    if let Some(id) = &api.request_id {
        assert!(
            shown.contains(id.as_str()),
            "{shown:?} shows the request id"
        );
    }
    let json = serde_json::to_string(api).expect("an API error serializes");
    let back: ApiError<CvmError> = serde_json::from_str(&json).expect("and deserializes");
    assert_eq!(&back, api);
    assert_eq!(back.code.code(), api.code.code());
}
