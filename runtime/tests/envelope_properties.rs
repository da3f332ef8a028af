//! Properties of `decode` over generated bodies:
//!
//! - any bytes, and any JSON value in any envelope shape, decode without panicking, and on JSON
//!   documents `decode` agrees with a plain reading of the envelope rules through
//!   `serde_json::Value`;
//! - nesting depth is bounded by serde_json's recursion limit, wherever the nesting is;
//! - 10 MB bodies decode, whatever is big in them;
//! - nothing is lost: an error's code (listed or not), message (empty, non-ASCII, escaped) and
//!   request id come out exactly as sent, through `decode`, `Display` and (with the `serde`
//!   feature) a serde round trip, whatever extra members the body has.

use std::fmt;

use proptest::prelude::*;
use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::{Map, Value};
#[cfg(feature = "serde")]
use tencent_errors_runtime::ApiError;
use tencent_errors_runtime::{decode, DecodeError, ResponseError, ServiceError, Success};

mod support;

use support::bodies::{body, json_value, members, object, Doc};
use support::oracle::{expected, is_one_of, Expected};
use support::TestError;

type Decoded<T> = Result<Success<T>, ResponseError<TestError>>;

/// A payload type that fails on most bodies, so that `decode` takes its second pass.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[allow(dead_code)]
struct Strict {
    total_count: u64,
}

// ----- the oracle (support/oracle.rs) ------------------------------------------------------

/// Where `bytes` are a JSON document without repeated keys, `decode` follows the oracle.
fn check_if_json(bytes: &[u8]) -> Result<(), TestCaseError> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        if let Ok(value) = serde_json::from_str::<Value>(text) {
            if !has_repeated_keys(text) {
                check_against_oracle(text, &value)?;
            }
        }
    }
    Ok(())
}

/// `error` serialized and deserialized again.
#[cfg(feature = "serde")]
fn round_trip(error: &ApiError<TestError>) -> Result<ApiError<TestError>, TestCaseError> {
    let json = serde_json::to_string(error).map_err(|e| TestCaseError::fail(e.to_string()))?;
    serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))
}

fn check_against_oracle(body: &str, value: &Value) -> Result<(), TestCaseError> {
    let decoded: Decoded<Value> = decode(body.as_bytes());
    match expected(value) {
        Expected::Api {
            code,
            message,
            request_id,
        } => match &decoded {
            Err(ResponseError::Api(error)) => {
                prop_assert_eq!(error.code.code(), code);
                prop_assert_eq!(error.message.as_str(), message);
                prop_assert_eq!(error.request_id.as_deref(), request_id);
            }
            other => prop_assert!(false, "expected the API error {:?}, got {:?}", code, other),
        },
        Expected::Success {
            payload,
            request_id,
        } => match &decoded {
            Ok(success) => {
                prop_assert_eq!(&success.payload, &payload);
                prop_assert_eq!(success.request_id.as_deref(), request_id);
            }
            other => prop_assert!(false, "expected a success, got {:?}", other),
        },
        Expected::Malformed(names) => match &decoded {
            Err(ResponseError::Decode(error)) => {
                prop_assert!(
                    is_one_of(error, names),
                    "expected one of {:?}, got {:?}",
                    names,
                    error
                )
            }
            other => prop_assert!(false, "expected a decode error, got {:?}", other),
        },
    }
    // Other payload types never change whether there is an API error, nor its content.
    for other in [
        decode::<IgnoredAny, TestError>(body.as_bytes()).map(drop),
        decode::<Strict, TestError>(body.as_bytes()).map(drop),
    ] {
        match (&decoded, &other) {
            (Err(ResponseError::Api(a)), Err(ResponseError::Api(b))) => prop_assert_eq!(a, b),
            (Err(ResponseError::Api(_)), _) | (_, Err(ResponseError::Api(_))) => {
                prop_assert!(
                    false,
                    "payload types disagree on the API error: {:?} vs {:?}",
                    decoded,
                    other
                )
            }
            _ => {}
        }
    }
    Ok(())
}

// ----- properties --------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn generated_bodies_follow_the_envelope_rules(doc in body()) {
        let body = doc.to_body();
        // The oracle parses the same text as `decode` (serde_json's default float parsing does
        // not round-trip every last digit, so `doc`'s own numbers could differ).
        let value: Value = serde_json::from_str(&body).map_err(|e| TestCaseError::fail(e.to_string()))?;
        check_against_oracle(&body, &value)?;
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = decode::<Value, TestError>(&bytes);
        let _ = decode::<IgnoredAny, TestError>(&bytes);
        let _ = decode::<Strict, TestError>(&bytes);
    }

    #[test]
    fn damaged_envelopes_never_panic(
        doc in body(),
        cuts in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..4),
    ) {
        let mut bytes = doc.to_body().into_bytes();
        for (at, byte, action) in cuts {
            let at = at.index(bytes.len() + 1);
            match action {
                0 => bytes.insert(at, byte),
                1 if at < bytes.len() => { bytes.remove(at); }
                _ => bytes.truncate(at),
            }
        }
        let decoded = decode::<Value, TestError>(&bytes);
        // Whatever came back displays, and (with `serde`) an API error round-trips.
        if let Err(error) = &decoded {
            let _ = error.to_string();
            #[cfg(feature = "serde")]
            if let Some(api) = error.api_error() {
                prop_assert_eq!(&round_trip(api)?, api);
            }
        }
        // Where the damaged body is still JSON, the rules still hold.
        check_if_json(&bytes)?;
    }

    #[test]
    fn nothing_is_lost(
        code in prop_oneof![
            Just("InvalidInstanceId.NotFound".to_owned()),
            Just("RequestLimitExceeded".to_owned()),
            Just(String::new()),
            "[A-Za-z.]{1,30}",
            any::<String>(),
        ],
        message in prop_oneof![Just(String::new()), "[错误码说明 ]{1,20}", any::<String>()],
        request_id in prop::option::of(prop_oneof!["[0-9a-f-]{36}", any::<String>()]),
        error_extras in members(json_value()).prop_map(|m| without(m, &["Code", "Message"])),
        response_extras in members(json_value()).prop_map(|m| without(m, &["Error", "RequestId"])),
        order in prop::collection::vec(any::<usize>(), 4),
    ) {
        let mut error = vec![("Code".to_owned(), Doc::Value(code.clone().into()))];
        error.push(("Message".to_owned(), Doc::Value(message.clone().into())));
        let mut response = vec![("Error".to_owned(), object(error, error_extras, &order))];
        if let Some(id) = &request_id {
            response.push(("RequestId".to_owned(), Doc::Value(id.clone().into())));
        }
        let doc = Doc::Object(vec![("Response".to_owned(), object(response, response_extras, &order[2..]))]);
        let body = doc.to_body();

        let error = match decode::<IgnoredAny, TestError>(body.as_bytes()) {
            Err(ResponseError::Api(error)) => error,
            other => return Err(TestCaseError::fail(format!("expected an API error, got {other:?}"))),
        };
        // Decode: exactly as sent; listed codes get their variant, others are kept verbatim.
        prop_assert_eq!(error.code.code(), code.as_str());
        prop_assert_eq!(error.code.clone(), TestError::from_code(&code));
        prop_assert_eq!(error.message.as_str(), message.as_str());
        prop_assert_eq!(error.request_id.as_deref(), request_id.as_deref());

        // Display: `Code: message (request id ...)`, leaving out what is empty or missing.
        let mut shown = code.clone();
        if !message.is_empty() {
            shown.push_str(": ");
            shown.push_str(&message);
        }
        if let Some(id) = &request_id {
            shown.push_str(&format!(" (request id {id})"));
        }
        prop_assert_eq!(error.to_string(), shown.clone());
        prop_assert_eq!(ResponseError::Api(error.clone()).to_string(), shown);

        // Serde: the same three fields come back.
        #[cfg(feature = "serde")]
        {
            let back = round_trip(&error)?;
            prop_assert_eq!(back.code.code(), code.as_str());
            prop_assert_eq!(back.message.as_str(), message.as_str());
            prop_assert_eq!(back.request_id.as_deref(), request_id.as_deref());
            prop_assert_eq!(&back, &error);
        }
    }

    #[test]
    fn nesting_depth_is_bounded_wherever_it_is(depth in 1..400usize, slot in 0..6usize, objects in any::<bool>()) {
        let (open, close) = if objects { (r#"{"a":"#, "}") } else { ("[", "]") };
        let nested = format!("{}0{}", open.repeat(depth), close.repeat(depth));
        let body = match slot {
            0 => format!(r#"{{"Response": {{"Data": {nested}, "RequestId": "r"}}}}"#),
            1 => format!(r#"{{"Response": {{"Error": {{"Code": "X", "Detail": {nested}}}}}}}"#),
            2 => format!(r#"{{"Response": {{"Error": {{"Code": "X"}}, "Data": {nested}}}}}"#),
            3 => format!(r#"{{"Other": {nested}, "Response": {{}}}}"#),
            4 => format!(r#"{{"Response": {{"RequestId": {nested}}}}}"#),
            _ => format!(r#"{{"Response": {{"Error": {{"Code": "X", "Message": {nested}}}}}}}"#),
        };
        let as_value = decode::<Value, TestError>(body.as_bytes()).map(drop);
        let ignored = decode::<IgnoredAny, TestError>(body.as_bytes()).map(drop);
        let strict = decode::<Strict, TestError>(body.as_bytes()).map(drop);
        type Outcome = Result<(), ResponseError<TestError>>;
        let api = |r: &Outcome| matches!(r, Err(ResponseError::Api(e)) if e.code.code() == "X");
        let decode_error = |r: &Outcome| matches!(r, Err(ResponseError::Decode(_)));
        let recursion_limit = |r: &Outcome| {
            matches!(r, Err(ResponseError::Decode(DecodeError::Json(e))) if e.to_string().contains("recursion limit"))
        };
        match slot {
            // Inside the payload: a `Value` payload builds the nesting, and serde_json's limit
            // of 128 levels (the envelope takes two) stops it; skipped values are skipped
            // without recursion (serde_json ignores values iteratively), so any depth is fine.
            0 | 4 => {
                if depth <= 120 {
                    prop_assert!(as_value.is_ok(), "{:?}", as_value);
                } else if depth > 128 {
                    prop_assert!(recursion_limit(&as_value), "{:?}", as_value);
                }
                prop_assert!(ignored.is_ok(), "{:?}", ignored);
                prop_assert!(decode_error(&strict), "{:?}", strict);
            }
            // Beside an error: the error wins, the nesting is skipped.
            1 | 2 => {
                for decoded in [&as_value, &ignored, &strict] {
                    prop_assert!(api(decoded), "{:?}", decoded);
                }
            }
            // Outside `Response`: skipped.
            3 => {
                prop_assert!(as_value.is_ok() && ignored.is_ok(), "{:?} {:?}", as_value, ignored);
                prop_assert!(decode_error(&strict), "{:?}", strict);
            }
            // A message that is not a string.
            _ => {
                for decoded in [&as_value, &ignored, &strict] {
                    prop_assert!(matches!(decoded, Err(ResponseError::Decode(DecodeError::ErrorMessageNotAString))), "{:?}", decoded);
                }
            }
        }
    }
}

/// Bodies that once broke `decode` or these properties (found by fuzzing or by the properties
/// above), kept in `fuzz/regressions/envelope/`: they decode without panicking and, where they
/// are JSON, by the envelope rules.
#[test]
fn fuzz_regressions_stay_fixed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../fuzz/regressions/envelope");
    let mut replayed = 0;
    for entry in std::fs::read_dir(dir).expect("fuzz/regressions/envelope exists") {
        let path = entry.expect("a directory entry").path();
        let bytes = std::fs::read(&path).expect("a regression input");
        let _ = decode::<IgnoredAny, TestError>(&bytes);
        let _ = decode::<Strict, TestError>(&bytes);
        let decoded = decode::<Value, TestError>(&bytes);
        let _ = decoded.as_ref().map_err(ToString::to_string);
        check_if_json(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        replayed += 1;
    }
    assert!(replayed > 0, "no regression inputs in {dir}");
}

fn without(members: Vec<(String, Value)>, keys: &[&str]) -> Vec<(String, Value)> {
    members
        .into_iter()
        .filter(|(key, _)| !keys.contains(&key.as_str()))
        .collect()
}

/// Whether any object in `text` (valid JSON) repeats a key; the oracle reads such documents
/// as serde_json does (last key wins) while `decode` rejects repeated envelope keys.
fn has_repeated_keys(text: &str) -> bool {
    struct Check(bool);
    impl<'de> serde::de::Visitor<'de> for &mut Check {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("JSON")
        }
        fn visit_bool<E>(self, _: bool) -> Result<(), E> {
            Ok(())
        }
        fn visit_i64<E>(self, _: i64) -> Result<(), E> {
            Ok(())
        }
        fn visit_u64<E>(self, _: u64) -> Result<(), E> {
            Ok(())
        }
        fn visit_f64<E>(self, _: f64) -> Result<(), E> {
            Ok(())
        }
        fn visit_str<E>(self, _: &str) -> Result<(), E> {
            Ok(())
        }
        fn visit_unit<E>(self) -> Result<(), E> {
            Ok(())
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            while seq.next_element_seed(&mut *self)?.is_some() {}
            Ok(())
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            let mut keys = std::collections::HashSet::new();
            while let Some(key) = map.next_key::<String>()? {
                if !keys.insert(key) {
                    self.0 = true;
                }
                map.next_value_seed(&mut *self)?;
            }
            Ok(())
        }
    }
    impl<'de> serde::de::DeserializeSeed<'de> for &mut Check {
        type Value = ();
        fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
            deserializer.deserialize_any(self)
        }
    }
    let mut check = Check(false);
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let _ = serde::de::DeserializeSeed::deserialize(&mut check, &mut deserializer);
    check.0
}

// ----- 10 MB bodies --------------------------------------------------------------------------

const TEN_MB: usize = 10 * 1024 * 1024;

#[test]
fn a_ten_megabyte_message_is_kept_exactly() {
    let piece = "实例不存在 \"quoted\" \\ tab\t newline\n emoji 😀 ";
    let mut message = String::new();
    while message.len() < TEN_MB {
        message.push_str(piece);
    }
    let body = format!(
        r#"{{"Response": {{"Error": {{"Code": "Brand.New", "Message": {}}}, "RequestId": "big"}}}}"#,
        Value::from(message.as_str())
    );
    match decode::<IgnoredAny, TestError>(body.as_bytes()) {
        Err(ResponseError::Api(error)) => {
            assert_eq!(error.code, TestError::Unknown("Brand.New".into()));
            assert!(error.message == message, "the message changed");
            assert_eq!(error.request_id.as_deref(), Some("big"));
        }
        other => panic!("expected an API error, got {:?}", other.map(drop)),
    }
}

#[test]
fn an_error_after_ten_megabytes_of_members_wins_over_a_failing_payload() {
    // `Strict` fails on the first member, so `decode` looks for the error in a second pass.
    let mut body = String::from(r#"{"Response": {"#);
    let mut members = 0usize;
    while body.len() < TEN_MB {
        body.push_str(&format!(
            r#""Member{members}": {{"Values": [1, 2.5, "x", null, true], "Name": "名字"}}, "#
        ));
        members += 1;
    }
    body.push_str(r#""Error": {"Code": "RequestLimitExceeded", "Message": "slow down", "Extra": [1, 2, 3]}, "RequestId": "late"}}"#);
    for decoded in [
        decode::<Strict, TestError>(body.as_bytes()).map(drop),
        decode::<Value, TestError>(body.as_bytes()).map(drop),
    ] {
        match decoded {
            Err(ResponseError::Api(error)) => {
                assert_eq!(error.code, TestError::Throttled);
                assert_eq!(error.message, "slow down");
                assert_eq!(error.request_id.as_deref(), Some("late"));
            }
            other => panic!("expected an API error, got {other:?}"),
        }
    }
    // Without the error, every member reaches the payload.
    let success = body.replacen(r#""Error": {"Code": "RequestLimitExceeded", "Message": "slow down", "Extra": [1, 2, 3]}, "#, "", 1);
    match decode::<Value, TestError>(success.as_bytes()) {
        Ok(success) => {
            assert_eq!(success.payload.as_object().map(Map::len), Some(members + 1));
            assert_eq!(success.request_id.as_deref(), Some("late"));
        }
        Err(other) => panic!("expected a success, got {other:?}"),
    }
}
