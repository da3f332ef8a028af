//! Integration tests for `decode` and the envelope error types.

use std::collections::BTreeMap;
use std::error::Error as _;
use std::fmt;

use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::{json, Value};
use tencent_errors_runtime::{
    decode, ApiError, Category, DecodeError, ResponseError, RetryClass, ServiceError, Success,
};

mod support;

use support::bodies::{body, Draws};
use support::oracle::{expected, is_one_of, Expected};
use support::TestError;

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
struct Instance {
    instance_id: String,
    instance_name: String,
    cpu: u32,
    memory: u32,
    tags: Vec<Tag>,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
struct Tag {
    key: String,
    value: String,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
struct DescribeInstances {
    total_count: u64,
    instance_set: Vec<Instance>,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
struct WithRequestId {
    total_count: u64,
    request_id: String,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
struct Optional {
    total_count: Option<u64>,
}

type Decoded<T> = Result<Success<T>, ResponseError<TestError>>;

fn decode_as<'de, T: Deserialize<'de>>(body: &'de str) -> Decoded<T> {
    decode::<T, TestError>(body.as_bytes())
}

#[track_caller]
fn api<T: fmt::Debug>(result: Decoded<T>) -> ApiError<TestError> {
    match result {
        Err(ResponseError::Api(error)) => error,
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[track_caller]
fn decode_error<T: fmt::Debug>(result: Decoded<T>) -> DecodeError {
    match result {
        Err(ResponseError::Decode(error)) => error,
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[track_caller]
fn success<T: fmt::Debug>(result: Decoded<T>) -> Success<T> {
    match result {
        Ok(success) => success,
        Err(error) => panic!("expected success, got {error:?} ({error})"),
    }
}

const INSTANCE: &str = r#"{"InstanceId": "ins-1", "InstanceName": "web", "CPU": 2, "Cpu": 2, "Memory": 4, "Tags": [{"Key": "env", "Value": "prod"}]}"#;

fn instance() -> Instance {
    Instance {
        instance_id: "ins-1".into(),
        instance_name: "web".into(),
        cpu: 2,
        memory: 4,
        tags: vec![Tag {
            key: "env".into(),
            value: "prod".into(),
        }],
    }
}

// ----- success ----------------------------------------------------------------------------

#[test]
fn success_with_payload_and_request_id() {
    let body = format!(
        r#"{{"Response": {{"TotalCount": 1, "InstanceSet": [{INSTANCE}], "RequestId": "ed93f3cb-1"}}}}"#
    );
    let decoded = success(decode_as::<DescribeInstances>(&body));
    assert_eq!(
        decoded.payload,
        DescribeInstances {
            total_count: 1,
            instance_set: vec![instance()],
        }
    );
    assert_eq!(decoded.request_id.as_deref(), Some("ed93f3cb-1"));
}

#[test]
fn success_request_id_first_or_in_the_middle() {
    for body in [
        r#"{"Response": {"RequestId": "r-1", "TotalCount": 7, "InstanceSet": []}}"#,
        r#"{"Response": {"TotalCount": 7, "RequestId": "r-1", "InstanceSet": []}}"#,
    ] {
        let decoded = success(decode_as::<DescribeInstances>(body));
        assert_eq!(decoded.payload.total_count, 7);
        assert_eq!(decoded.request_id.as_deref(), Some("r-1"), "{body}");
    }
}

#[test]
fn success_without_request_id() {
    let decoded = success(decode_as::<Optional>(r#"{"Response": {"TotalCount": 3}}"#));
    assert_eq!(decoded.payload.total_count, Some(3));
    assert_eq!(decoded.request_id, None);
    let empty = success(decode_as::<Optional>(r#"{"Response": {}}"#));
    assert_eq!(empty.payload.total_count, None);
    assert_eq!(empty.request_id, None);
}

#[test]
fn payload_with_its_own_request_id_field_gets_it_too() {
    for body in [
        r#"{"Response": {"TotalCount": 2, "RequestId": "r-42"}}"#,
        r#"{"Response": {"RequestId": "r-42", "TotalCount": 2}}"#,
    ] {
        let decoded = success(decode_as::<WithRequestId>(body));
        assert_eq!(decoded.payload.request_id, "r-42");
        assert_eq!(decoded.request_id.as_deref(), Some("r-42"));
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "PascalCase")]
    struct Borrowed<'a> {
        request_id: &'a str,
        name: &'a str,
    }
    let body = r#"{"Response": {"Name": "n", "RequestId": "r-7"}}"#;
    let decoded = success(decode_as::<Borrowed<'_>>(body));
    assert_eq!(decoded.payload.request_id, "r-7");
    assert_eq!(decoded.payload.name, "n");
    assert_eq!(decoded.request_id.as_deref(), Some("r-7"));

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "PascalCase")]
    struct OptionalId {
        request_id: Option<String>,
    }
    let decoded = success(decode_as::<OptionalId>(
        r#"{"Response": {"RequestId": "r-8"}}"#,
    ));
    assert_eq!(decoded.payload.request_id.as_deref(), Some("r-8"));
    assert_eq!(decoded.request_id.as_deref(), Some("r-8"));
}

#[test]
fn non_string_request_id_is_passed_to_the_payload_but_not_captured() {
    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "PascalCase")]
    struct NumericId {
        request_id: u64,
    }
    let decoded = success(decode_as::<NumericId>(r#"{"Response": {"RequestId": 12}}"#));
    assert_eq!(decoded.payload.request_id, 12);
    assert_eq!(decoded.request_id, None);

    let decoded = success(decode_as::<Optional>(
        r#"{"Response": {"RequestId": null, "TotalCount": 1}}"#,
    ));
    assert_eq!(decoded.request_id, None);
    let decoded = success(decode_as::<Optional>(
        r#"{"Response": {"RequestId": {"Nested": ["x"]}, "TotalCount": 1}}"#,
    ));
    assert_eq!(decoded.request_id, None);
    assert_eq!(decoded.payload.total_count, Some(1));
}

#[test]
fn generic_payload_types_see_every_member_but_error() {
    let body = r#"{"Response": {"Error": null, "TotalCount": 2, "RequestId": "r-1", "Extra": [1, {"a": null}]}}"#;
    let decoded = success(decode_as::<Value>(body));
    assert_eq!(
        decoded.payload,
        json!({"TotalCount": 2, "RequestId": "r-1", "Extra": [1, {"a": null}]})
    );
    assert_eq!(decoded.request_id.as_deref(), Some("r-1"));

    let decoded = success(decode_as::<BTreeMap<String, Value>>(body));
    assert_eq!(decoded.payload.len(), 3);
    assert_eq!(decoded.request_id.as_deref(), Some("r-1"));

    let decoded = success(decode_as::<Option<Optional>>(body));
    assert_eq!(
        decoded.payload,
        Some(Optional {
            total_count: Some(2)
        })
    );

    let decoded = success(decode_as::<IgnoredAny>(body));
    assert_eq!(decoded.request_id.as_deref(), Some("r-1"));

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "PascalCase")]
    struct Flattened {
        total_count: u64,
        #[serde(flatten)]
        rest: BTreeMap<String, Value>,
    }
    let decoded = success(decode_as::<Flattened>(body));
    assert_eq!(decoded.payload.total_count, 2);
    assert_eq!(decoded.payload.rest.get("RequestId"), Some(&json!("r-1")));
    assert_eq!(decoded.request_id.as_deref(), Some("r-1"));

    #[derive(Debug, Deserialize)]
    struct Newtype(Optional);
    let decoded = success(decode_as::<Newtype>(body));
    assert_eq!(decoded.payload.0.total_count, Some(2));
}

#[test]
fn escaped_keys_are_matched_after_unescaping() {
    let body = r#"{"Resp\u006fnse": {"Total\u0043ount": 5, "Request\u0049d": "r-\u0031", "InstanceSet": []}}"#;
    let decoded = success(decode_as::<DescribeInstances>(body));
    assert_eq!(decoded.payload.total_count, 5);
    assert_eq!(decoded.request_id.as_deref(), Some("r-1"));

    let body =
        r#"{"Response": {"TotalCount": 5, "\u0045rror": {"C\u006fde": "RequestLimitExceeded"}}}"#;
    let error = api(decode_as::<DescribeInstances>(body));
    assert_eq!(error.code, TestError::Throttled);
}

#[test]
fn payload_mismatch_without_error_is_a_json_error() {
    let missing = decode_error(decode_as::<DescribeInstances>(
        r#"{"Response": {"TotalCount": 1, "RequestId": "r"}}"#,
    ));
    assert!(matches!(&missing, DecodeError::Json(e) if e.to_string().contains("InstanceSet")));

    let mismatch = decode_error(decode_as::<DescribeInstances>(
        r#"{"Response": {"TotalCount": "one", "InstanceSet": [], "RequestId": "r"}}"#,
    ));
    assert!(matches!(&mismatch, DecodeError::Json(e) if e.to_string().contains("invalid type")));
    assert!(mismatch.source().is_some());

    let not_a_map = decode_error(decode_as::<Vec<u8>>(r#"{"Response": {"RequestId": "r"}}"#));
    assert!(matches!(not_a_map, DecodeError::Json(_)));
}

// ----- errors -----------------------------------------------------------------------------

const NOT_FOUND: &str = r#"{"Response": {"Error": {"Code": "InvalidInstanceId.NotFound", "Message": "The instance `ins-1` does not exist."}, "RequestId": "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#;

#[test]
fn error_with_a_known_code() {
    let error = api(decode_as::<DescribeInstances>(NOT_FOUND));
    assert_eq!(error.code, TestError::NotFound);
    assert_eq!(error.code(), &TestError::NotFound);
    assert_eq!(error.message(), "The instance `ins-1` does not exist.");
    assert_eq!(
        error.request_id(),
        Some("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6")
    );
    assert_eq!(error.category(), Category::ServiceSpecific);
    assert_eq!(error.retry_class(), RetryClass::NotRetryable);
}

#[test]
fn throttling_error_is_retryable() {
    let body = r#"{"Response": {"Error": {"Code": "RequestLimitExceeded", "Message": "slow"}, "RequestId": "r"}}"#;
    let result = decode_as::<DescribeInstances>(body);
    let error = result
        .as_ref()
        .err()
        .and_then(ResponseError::api_error)
        .cloned();
    assert_eq!(
        result.as_ref().err().map(ResponseError::retry_class),
        Some(RetryClass::Throttling)
    );
    let error = error.unwrap_or_else(|| panic!("no API error in {result:?}"));
    assert_eq!(error.code, TestError::Throttled);
    assert_eq!(error.category(), Category::RequestLimitExceeded);
    assert_eq!(error.retry_class(), RetryClass::Throttling);
}

#[test]
fn unknown_code_is_kept_verbatim() {
    let body = r#"{"Response": {"Error": {"Code": "FailedOperation.Some-New_Code.v2", "Message": "m"}, "RequestId": "r"}}"#;
    let error = api(decode_as::<DescribeInstances>(body));
    assert_eq!(
        error.code,
        TestError::Unknown("FailedOperation.Some-New_Code.v2".into())
    );
    assert_eq!(error.code.code(), "FailedOperation.Some-New_Code.v2");
    assert_eq!(error.category(), Category::FailedOperation);
    assert!(!error.code.is_known());

    let empty = api(decode_as::<IgnoredAny>(
        r#"{"Response": {"Error": {"Code": ""}}}"#,
    ));
    assert_eq!(empty.code, TestError::Unknown(String::new()));
}

#[test]
fn empty_missing_and_null_messages_are_empty() {
    for body in [
        r#"{"Response": {"Error": {"Code": "RequestLimitExceeded", "Message": ""}, "RequestId": "r"}}"#,
        r#"{"Response": {"Error": {"Code": "RequestLimitExceeded"}, "RequestId": "r"}}"#,
        r#"{"Response": {"Error": {"Message": null, "Code": "RequestLimitExceeded"}, "RequestId": "r"}}"#,
    ] {
        let error = api(decode_as::<DescribeInstances>(body));
        assert_eq!(error.code, TestError::Throttled, "{body}");
        assert_eq!(error.message, "", "{body}");
        assert_eq!(error.request_id.as_deref(), Some("r"), "{body}");
        assert_eq!(error.to_string(), "RequestLimitExceeded (request id r)");
    }
}

#[test]
fn non_ascii_and_escaped_strings_are_kept_exactly() {
    let body = r#"{"Response": {"Error": {"Code": "InvalidParameter.\u540d\u79f0", "Message": "实例 \"ins-1\" 不存在\n\ttab \\ slash \/ \u00e9 \ud83d\ude00 end"}, "RequestId": "请求-\u0031"}}"#;
    let error = api(decode_as::<DescribeInstances>(body));
    assert_eq!(
        error.code,
        TestError::Unknown("InvalidParameter.名称".into())
    );
    assert_eq!(error.category(), Category::InvalidParameter);
    assert_eq!(
        error.message,
        "实例 \"ins-1\" 不存在\n\ttab \\ slash / é 😀 end"
    );
    assert_eq!(error.request_id.as_deref(), Some("请求-1"));

    let escaped_known = r#"{"Response": {"Error": {"Code": "Invalid\u0049nstanceId.NotFound"}}}"#;
    assert_eq!(
        api(decode_as::<IgnoredAny>(escaped_known)).code,
        TestError::NotFound
    );
}

#[test]
fn extra_members_are_ignored_everywhere() {
    let body = r#"{
        "Before": {"Response": {"Error": {"Code": "Decoy"}}},
        "Response": {
            "Extra": [1, 2, {"Error": "not this one"}],
            "Error": {"Extra": {"Code": 1}, "Code": "RequestLimitExceeded", "Details": [null], "Message": "m", "More": true},
            "Trailing": {"RequestId": "nested, not it"},
            "RequestId": "r-1",
            "After": null
        },
        "After": [{"Response": null}]
    }"#;
    let error = api(decode_as::<DescribeInstances>(body));
    assert_eq!(error.code, TestError::Throttled);
    assert_eq!(error.message, "m");
    assert_eq!(error.request_id.as_deref(), Some("r-1"));

    let body = format!(
        r#"{{"Version": "2017-03-12", "Response": {{"Unknown": {{"a": [1]}}, "TotalCount": 1, "InstanceSet": [{INSTANCE}], "RequestId": "r-2"}}, "Z": 1}}"#
    );
    let decoded = success(decode_as::<DescribeInstances>(&body));
    assert_eq!(decoded.payload.instance_set, vec![instance()]);
    assert_eq!(decoded.request_id.as_deref(), Some("r-2"));
}

#[test]
fn error_after_payload_members_still_wins() {
    // The payload's members are well-formed and complete: `T` would parse.
    let body = r#"{"Response": {"TotalCount": 0, "InstanceSet": [], "Error": {"Code": "InvalidInstanceId.NotFound", "Message": "late"}, "RequestId": "r-3"}}"#;
    let error = api(decode_as::<DescribeInstances>(body));
    assert_eq!(error.code, TestError::NotFound);
    assert_eq!(error.message, "late");
    assert_eq!(error.request_id.as_deref(), Some("r-3"));

    // All-optional payloads, `Value` and `IgnoredAny` would parse too.
    let error = api(decode_as::<Optional>(body));
    assert_eq!(error.message, "late");
    let error = api(decode_as::<Value>(body));
    assert_eq!(error.request_id.as_deref(), Some("r-3"));
    let error = api(decode_as::<IgnoredAny>(body));
    assert_eq!(error.code, TestError::NotFound);

    // A payload member of the wrong type before `Error`: `T` fails first.
    let body = r#"{"Response": {"TotalCount": "not a number", "Error": {"Code": "RequestLimitExceeded", "Message": "late"}, "RequestId": "r-4"}}"#;
    let error = api(decode_as::<DescribeInstances>(body));
    assert_eq!(error.code, TestError::Throttled);
    assert_eq!(error.request_id.as_deref(), Some("r-4"));
}

#[test]
fn request_id_before_or_after_error() {
    let bodies = [
        r#"{"Response": {"RequestId": "r-5", "Error": {"Code": "RequestLimitExceeded", "Message": "m"}}}"#,
        r#"{"Response": {"Error": {"Code": "RequestLimitExceeded", "Message": "m"}, "RequestId": "r-5"}}"#,
        r#"{"Response": {"TotalCount": 1, "RequestId": "r-5", "InstanceSet": [], "Error": {"Code": "RequestLimitExceeded", "Message": "m"}}}"#,
        r#"{"Response": {"TotalCount": 1, "Error": {"Code": "RequestLimitExceeded", "Message": "m"}, "InstanceSet": [], "RequestId": "r-5"}}"#,
        r#"{"Response": {"Error": null, "Error2": 1, "Error": {"Code": "RequestLimitExceeded", "Message": "m"}, "RequestId": "r-5"}}"#,
    ];
    for body in bodies {
        let error = api(decode_as::<DescribeInstances>(body));
        assert_eq!(error.code, TestError::Throttled, "{body}");
        assert_eq!(error.message, "m", "{body}");
        assert_eq!(error.request_id.as_deref(), Some("r-5"), "{body}");
        let error = api(decode_as::<WithRequestId>(body));
        assert_eq!(error.request_id.as_deref(), Some("r-5"), "{body}");
    }
    let error = api(decode_as::<DescribeInstances>(
        r#"{"Response": {"Error": {"Code": "RequestLimitExceeded"}}}"#,
    ));
    assert_eq!(error.request_id, None);
}

#[test]
fn error_null_counts_as_no_error() {
    for body in [
        r#"{"Response": {"Error": null, "TotalCount": 1, "RequestId": "r"}}"#,
        r#"{"Response": {"TotalCount": 1, "Error": null, "RequestId": "r"}}"#,
        r#"{"Response": {"TotalCount": 1, "RequestId": "r", "Error": null}}"#,
    ] {
        let decoded = success(decode_as::<Optional>(body));
        assert_eq!(decoded.payload.total_count, Some(1), "{body}");
        assert_eq!(decoded.request_id.as_deref(), Some("r"), "{body}");
    }
}

#[test]
fn error_null_beside_an_error_object_is_ignored_in_either_order() {
    for body in [
        // Object, then null: as the first member and after payload members.
        r#"{"Response": {"Error": {"Code": "RequestLimitExceeded", "Message": "m"}, "Error": null, "RequestId": "r"}}"#,
        r#"{"Response": {"TotalCount": 1, "Error": {"Code": "RequestLimitExceeded", "Message": "m"}, "Error": null, "RequestId": "r"}}"#,
        // Null, then object.
        r#"{"Response": {"Error": null, "Error": {"Code": "RequestLimitExceeded", "Message": "m"}, "RequestId": "r"}}"#,
        r#"{"Response": {"TotalCount": 1, "Error": null, "Error": {"Code": "RequestLimitExceeded", "Message": "m"}, "RequestId": "r"}}"#,
        // Nulls on both sides.
        r#"{"Response": {"Error": null, "Error": {"Code": "RequestLimitExceeded", "Message": "m"}, "Error": null, "RequestId": "r"}}"#,
    ] {
        for error in [
            api(decode_as::<Optional>(body)),
            api(decode_as::<Value>(body)),
            api(decode_as::<DescribeInstances>(body)),
            api(decode_as::<IgnoredAny>(body)),
        ] {
            assert_eq!(
                (
                    error.code,
                    error.message.as_str(),
                    error.request_id.as_deref()
                ),
                (TestError::Throttled, "m", Some("r")),
                "{body}"
            );
        }
    }
    // Only nulls: a success.
    let body = r#"{"Response": {"Error": null, "TotalCount": 1, "Error": null}}"#;
    assert_eq!(
        success(decode_as::<Optional>(body)).payload.total_count,
        Some(1)
    );
}

#[test]
fn a_byte_order_mark_before_the_body_is_skipped() {
    let with_mark = format!("\u{feff}{NOT_FOUND}");
    let as_bytes = [&b"\xef\xbb\xbf"[..], NOT_FOUND.as_bytes()].concat();
    assert_eq!(with_mark.as_bytes(), as_bytes);
    for body in [with_mark.as_bytes(), &as_bytes] {
        let error = api(decode::<DescribeInstances, TestError>(body));
        assert_eq!(error.code, TestError::NotFound);
        assert_eq!(
            error.request_id.as_deref(),
            Some("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6")
        );
    }
    let ok = success(decode_as::<Optional>(
        "\u{feff}{\"Response\": {\"TotalCount\": 2, \"RequestId\": \"r\"}}",
    ));
    assert_eq!(
        (ok.payload.total_count, ok.request_id.as_deref()),
        (Some(2), Some("r"))
    );
    // With a stray byte elsewhere, the error is still found.
    let error = api(decode::<Optional, TestError>(
        b"\xef\xbb\xbf{\"Response\": {\"Error\": {\"Code\": \"RequestLimitExceeded\"}, \"X\": \"\xff\"}}",
    ));
    assert_eq!(error.code, TestError::Throttled);
    // One mark, at the very start: a second one, or one after whitespace, is malformed JSON.
    for body in [
        format!("\u{feff}\u{feff}{NOT_FOUND}"),
        format!(" \u{feff}{NOT_FOUND}"),
        "\u{feff}".to_owned(),
    ] {
        let error = decode_error(decode_as::<Optional>(&body));
        assert!(matches!(error, DecodeError::Json(_)), "{body:?}: {error:?}");
    }
}

// ----- decode errors ----------------------------------------------------------------------

#[test]
fn malformed_json_is_a_json_error() {
    for body in [
        "",
        "   ",
        "{",
        r#"{"Response": "#,
        r#"{"Response": {"Error": {"Code": "X""#,
        r#"{"Response": {"Error": {"Code": "X"}, "RequestId": }}"#,
        r#"{"Response": {"TotalCount": 1,}}"#,
        r#"{Response: {}}"#,
        r#"{"Response": {"Error": {"Code": "X", "Message": "unterminated}}}"#,
        r#"{"Response": {"Error": {"Code": "\x"}}}"#,
        r#"{"Response": {"Error": {"Code": "\ud800"}}}"#,
        "{\"Response\": {\"Error\": {\"Code\": \"a\u{1}b\"}}}",
    ] {
        let error = decode_error(decode_as::<Optional>(body));
        assert!(matches!(error, DecodeError::Json(_)), "{body}: {error:?}");
        assert!(error.source().is_some());
    }
}

#[test]
fn bodies_that_are_not_utf8() {
    for body in [
        &b"{\"Response\": {\"Error\": {\"Code\": \"\xff\"}}}"[..],
        b"{\"Response\": {\"TotalCount\": 1, \"Other\": \"\xc3\x28\"}}",
        b"{\"Response\": {\"TotalCount\": 1}}\xff",
        b"\xef\xbb\xbf{\"Response\": {}}\xc0",
        b"\xff",
    ] {
        let error = decode_error(decode::<Optional, TestError>(body));
        assert!(
            matches!(error, DecodeError::NotUtf8(_)),
            "{body:?}: {error:?}"
        );
        assert!(error
            .to_string()
            .starts_with("the response body is not valid UTF-8"));
        assert!(error.source().is_some());
    }
    // A stray byte outside the error itself does not hide the service's error.
    let body = b"{\"Response\": {\"Error\": {\"Code\": \"RequestLimitExceeded\", \"Message\": \"m\", \"Extra\": \"\xff\"}, \"RequestId\": \"r\"}}";
    let error = api(decode::<Optional, TestError>(body));
    assert_eq!(
        (
            error.code,
            error.message.as_str(),
            error.request_id.as_deref()
        ),
        (TestError::Throttled, "m", Some("r"))
    );
}

#[test]
fn trailing_characters_are_a_json_error() {
    for body in [
        format!("{NOT_FOUND} x"),
        format!("{NOT_FOUND}{NOT_FOUND}"),
        format!("{NOT_FOUND}]"),
        r#"{"Response": {"TotalCount": 1}} 1"#.to_owned(),
    ] {
        let error = decode_error(decode_as::<Optional>(&body));
        assert!(
            matches!(&error, DecodeError::Json(e) if e.to_string().contains("trailing")),
            "{body}: {error:?}"
        );
    }
    // Trailing whitespace is fine.
    assert!(decode_as::<Optional>(&format!("\n {NOT_FOUND} \n\t"))
        .is_err_and(|e| e.api_error().is_some()));
}

#[test]
fn top_level_non_objects() {
    for body in [
        "[]",
        r#"[{"Response": {}}]"#,
        "1",
        "-2.5",
        "null",
        "true",
        r#""Response""#,
    ] {
        let error = decode_error(decode_as::<Optional>(body));
        assert!(
            matches!(error, DecodeError::NotAnObject),
            "{body}: {error:?}"
        );
        assert_eq!(error.to_string(), "the response body is not a JSON object");
        assert!(error.source().is_none());
    }
}

#[test]
fn missing_response() {
    for body in [
        "{}",
        r#"{"response": {}}"#,
        r#"{"Error": {"Code": "X"}, "RequestId": "r"}"#,
    ] {
        let error = decode_error(decode_as::<Optional>(body));
        assert!(
            matches!(error, DecodeError::MissingResponse),
            "{body}: {error:?}"
        );
    }
}

#[test]
fn response_not_an_object() {
    for body in [
        r#"{"Response": null}"#,
        r#"{"Response": []}"#,
        r#"{"Response": [{"Error": {"Code": "X"}}]}"#,
        r#"{"Response": "Error"}"#,
        r#"{"Response": 0}"#,
        r#"{"Response": false}"#,
    ] {
        for error in [
            decode_error(decode_as::<Optional>(body)),
            decode_error(decode_as::<Value>(body)),
            decode_error(decode_as::<Option<Optional>>(body)),
        ] {
            assert!(
                matches!(error, DecodeError::ResponseNotAnObject),
                "{body}: {error:?}"
            );
        }
    }
}

#[test]
fn error_without_code() {
    for body in [
        r#"{"Response": {"Error": {"Message": "m"}, "RequestId": "r"}}"#,
        r#"{"Response": {"Error": {}}}"#,
        r#"{"Response": {"TotalCount": 1, "Error": {"Message": "m"}}}"#,
        r#"{"Response": {"TotalCount": "bad type first", "Error": {"Message": "m"}}}"#,
    ] {
        let error = decode_error(decode_as::<DescribeInstances>(body));
        assert!(
            matches!(error, DecodeError::MissingErrorCode),
            "{body}: {error:?}"
        );
    }
}

#[test]
fn error_code_not_a_string() {
    for code in ["404", "-1", "1.5", "null", "true", "[]", r#"{"Code": "X"}"#] {
        let body = format!(r#"{{"Response": {{"Error": {{"Code": {code}, "Message": "m"}}}}}}"#);
        let error = decode_error(decode_as::<Optional>(&body));
        assert!(
            matches!(error, DecodeError::ErrorCodeNotAString),
            "{body}: {error:?}"
        );
        let body = format!(r#"{{"Response": {{"TotalCount": 1, "Error": {{"Code": {code}}}}}}}"#);
        let error = decode_error(decode_as::<Optional>(&body));
        assert!(
            matches!(error, DecodeError::ErrorCodeNotAString),
            "{body}: {error:?}"
        );
    }
}

#[test]
fn error_message_not_a_string() {
    for message in ["1", "false", "[\"m\"]", "{}"] {
        let body = format!(r#"{{"Response": {{"Error": {{"Code": "X", "Message": {message}}}}}}}"#);
        let error = decode_error(decode_as::<Optional>(&body));
        assert!(
            matches!(error, DecodeError::ErrorMessageNotAString),
            "{body}: {error:?}"
        );
    }
}

#[test]
fn error_not_an_object() {
    for value in [
        r#""RequestLimitExceeded""#,
        "1",
        "true",
        "[]",
        r#"[{"Code": "X"}]"#,
    ] {
        for body in [
            format!(r#"{{"Response": {{"Error": {value}, "RequestId": "r"}}}}"#),
            format!(r#"{{"Response": {{"TotalCount": 1, "Error": {value}}}}}"#),
        ] {
            let error = decode_error(decode_as::<Optional>(&body));
            assert!(
                matches!(error, DecodeError::ErrorNotAnObject),
                "{body}: {error:?}"
            );
        }
    }
}

#[test]
fn repeated_envelope_keys_are_rejected() {
    for body in [
        r#"{"Response": {"TotalCount": 1}, "Response": {"TotalCount": 2}}"#,
        r#"{"Response": {"Error": {"Code": "A"}, "Error": {"Code": "B"}}}"#,
        r#"{"Response": {"TotalCount": 1, "Error": {"Code": "A"}, "Error": {"Code": "B"}}}"#,
        r#"{"Response": {"Error": {"Code": "A", "Code": "B"}}}"#,
    ] {
        let error = decode_error(decode_as::<Optional>(body));
        assert!(
            matches!(&error, DecodeError::Json(e) if e.to_string().contains("duplicate")),
            "{body}: {error:?}"
        );
    }
}

#[test]
fn a_second_error_that_is_not_null_is_a_duplicate_whatever_comes_between() {
    for body in [
        r#"{"Response": {"Error": {"Code": "A"}, "Error": null, "Error": {"Code": "B"}}}"#,
        r#"{"Response": {"Error": null, "Error": {"Code": "A"}, "Error": {"Code": "A"}}}"#,
        r#"{"Response": {"TotalCount": 1, "Error": {"Code": "A"}, "X": 1, "Error": {"Code": "B"}}}"#,
    ] {
        for error in [
            decode_error(decode_as::<Optional>(body)),
            decode_error(decode_as::<DescribeInstances>(body)),
        ] {
            assert!(
                matches!(&error, DecodeError::Json(e) if e.to_string().contains("duplicate field `Error`")),
                "{body}: {error:?}"
            );
        }
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let deep = "[".repeat(100_000);
    let deep_objects = r#"{"a":"#.repeat(100_000);
    let bodies = [
        deep.clone(),
        deep_objects.clone(),
        format!(r#"{{"Response": {deep}"#),
        format!(r#"{{"Response": {{"TotalCount": {deep}"#),
        format!(r#"{{"Response": {{"Other": {deep}"#),
        format!(r#"{{"Response": {{"Other": {deep_objects}"#),
        format!(r#"{{"Response": {{"RequestId": {deep}"#),
        format!(r#"{{"Response": {{"Error": {{"Code": "X", "Details": {deep}"#),
        format!(r#"{{"Response": {{"Error": {{"Code": {deep}"#),
        format!(r#"{{"Response": {{"Error": {{"Code": "X"}}, "After": {deep}"#),
        format!(r#"{{"Before": {deep}"#),
    ];
    for body in &bodies {
        for result in [
            decode_as::<Optional>(body).map(drop),
            decode_as::<Value>(body).map(drop),
            decode_as::<IgnoredAny>(body).map(drop),
            decode_as::<WithRequestId>(body).map(drop),
        ] {
            assert!(
                matches!(result, Err(ResponseError::Decode(_))),
                "{}...: {result:?}",
                &body[..40]
            );
        }
    }
    // Balanced deep nesting past serde_json's limit is rejected by the limit, not the stack.
    let balanced = format!(
        r#"{{"Response": {{"Items": {}{}}}}}"#,
        "[".repeat(5_000),
        "]".repeat(5_000)
    );
    let error = decode_error(decode_as::<Value>(&balanced));
    assert!(
        matches!(&error, DecodeError::Json(e) if e.to_string().contains("recursion")),
        "{error:?}"
    );
}

#[test]
fn ten_megabyte_success_body_decodes() {
    let mut body = String::from(r#"{"Response": {"TotalCount": 0, "InstanceSet": ["#);
    let mut count = 0u64;
    while body.len() < 10 * 1024 * 1024 {
        if count > 0 {
            body.push(',');
        }
        body.push_str(INSTANCE);
        count += 1;
    }
    body.push_str(r#"], "RequestId": "big"}}"#);
    let decoded = success(decode_as::<DescribeInstances>(&body));
    assert_eq!(decoded.payload.instance_set.len() as u64, count);
    assert!(decoded
        .payload
        .instance_set
        .iter()
        .all(|i| *i == instance()));
    assert_eq!(decoded.request_id.as_deref(), Some("big"));

    let ignored = success(decode_as::<IgnoredAny>(&body));
    assert_eq!(ignored.request_id.as_deref(), Some("big"));

    // The same body with a late `Error` is an API error.
    let late = body.replacen(
        r#""RequestId": "big""#,
        r#""RequestId": "big", "Error": {"Code": "RequestLimitExceeded"}"#,
        1,
    );
    let error = api(decode_as::<DescribeInstances>(&late));
    assert_eq!(error.code, TestError::Throttled);
    assert_eq!(error.request_id.as_deref(), Some("big"));
}

// ----- the error types --------------------------------------------------------------------

#[test]
fn api_error_display_keeps_everything() {
    let error = api(decode_as::<DescribeInstances>(NOT_FOUND));
    assert_eq!(
        error.to_string(),
        "InvalidInstanceId.NotFound: The instance `ins-1` does not exist. (request id ed93f3cb-f35e-473f-b9f3-0d451b8b79c6)"
    );
    let response = decode_as::<DescribeInstances>(NOT_FOUND).err();
    assert_eq!(
        response.as_ref().map(ToString::to_string),
        Some(error.to_string())
    );
    assert!(response.as_ref().and_then(|e| e.source()).is_none());

    let without_id = ApiError {
        code: TestError::Unknown("Some.Code".into()),
        message: "你好 \"x\"".into(),
        request_id: None,
    };
    assert_eq!(without_id.to_string(), "Some.Code: 你好 \"x\"");
    assert!(without_id.source().is_none());
}

#[test]
fn response_error_conversions_and_retry_classes() {
    let api_error = ApiError {
        code: TestError::Throttled,
        message: "m".into(),
        request_id: Some("r".into()),
    };
    let response: ResponseError<TestError> = api_error.clone().into();
    assert_eq!(response.api_error(), Some(&api_error));
    assert_eq!(response.retry_class(), RetryClass::Throttling);
    assert_eq!(
        response.to_string(),
        "RequestLimitExceeded: m (request id r)"
    );

    let unknown: ResponseError<TestError> = ApiError {
        code: TestError::Unknown("InternalError".into()),
        message: String::new(),
        request_id: None,
    }
    .into();
    assert_eq!(unknown.retry_class(), RetryClass::Transient);

    let decode: ResponseError<TestError> = DecodeError::MissingResponse.into();
    assert!(decode.api_error().is_none());
    assert_eq!(decode.retry_class(), RetryClass::NotRetryable);
    assert_eq!(
        decode.to_string(),
        "the response body has no `Response` member"
    );

    let json: DecodeError = serde_json::from_str::<u8>("x")
        .err()
        .map(DecodeError::from)
        .unwrap_or(DecodeError::NotAnObject);
    assert!(matches!(json, DecodeError::Json(_)));
    let response: ResponseError<TestError> = json.into();
    assert!(response.to_string().starts_with("invalid response body: "));
    assert!(response.source().is_some());
    assert_eq!(response.retry_class(), RetryClass::NotRetryable);

    for (error, text) in [
        (
            DecodeError::ResponseNotAnObject,
            "`Response` is not a JSON object",
        ),
        (
            DecodeError::ErrorNotAnObject,
            "`Response.Error` is not a JSON object",
        ),
        (
            DecodeError::MissingErrorCode,
            "`Response.Error` has no `Code`",
        ),
        (
            DecodeError::ErrorCodeNotAString,
            "`Response.Error.Code` is not a string",
        ),
        (
            DecodeError::ErrorMessageNotAString,
            "`Response.Error.Message` is not a string",
        ),
    ] {
        assert_eq!(error.to_string(), text);
    }

    fn assert_traits<T: std::error::Error + Send + Sync + 'static>() {}
    assert_traits::<ResponseError<TestError>>();
    assert_traits::<ApiError<TestError>>();
    assert_traits::<DecodeError>();
}

#[cfg(feature = "serde")]
#[test]
fn api_error_serde_round_trip() {
    let body = r#"{"Response": {"Error": {"Code": "Unlisted.\u00e9\"Code", "Message": "line\nnext \"q\" 中文 \\"}, "RequestId": "id-\u4e2d"}}"#;
    let error = api(decode_as::<DescribeInstances>(body));
    assert_eq!(error.code, TestError::Unknown("Unlisted.é\"Code".into()));

    let text = serde_json::to_string(&error).unwrap_or_default();
    let value: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    assert_eq!(
        value,
        json!({"Code": "Unlisted.é\"Code", "Message": "line\nnext \"q\" 中文 \\", "RequestId": "id-中"})
    );
    let back: Option<ApiError<TestError>> = serde_json::from_str(&text).ok();
    assert_eq!(back.as_ref(), Some(&error));

    let known = ApiError {
        code: TestError::NotFound,
        message: String::new(),
        request_id: None,
    };
    let text = serde_json::to_string(&known).unwrap_or_default();
    assert_eq!(
        text,
        r#"{"Code":"InvalidInstanceId.NotFound","Message":"","RequestId":null}"#
    );
    assert_eq!(
        serde_json::from_str::<ApiError<TestError>>(&text).ok(),
        Some(known.clone())
    );

    // Missing `Message` and `RequestId`, and unknown members, are accepted.
    let minimal: Option<ApiError<TestError>> =
        serde_json::from_str(r#"{"Extra": [1], "Code": "InvalidInstanceId.NotFound"}"#).ok();
    assert_eq!(minimal, Some(known));
    assert!(serde_json::from_str::<ApiError<TestError>>(r#"{"Message": "m"}"#).is_err());
    assert!(serde_json::from_str::<ApiError<TestError>>(r#"{"Code": 1}"#).is_err());
    assert!(serde_json::from_str::<ApiError<TestError>>(r#"{"Code": "A", "Code": "B"}"#).is_err());

    // The sequence form, as non-self-describing formats use it.
    let seq: Option<ApiError<TestError>> =
        serde_json::from_str(r#"["RequestLimitExceeded", "m", "r"]"#).ok();
    assert_eq!(
        seq,
        Some(ApiError {
            code: TestError::Throttled,
            message: "m".into(),
            request_id: Some("r".into()),
        })
    );
    assert!(serde_json::from_str::<ApiError<TestError>>(r#"["RequestLimitExceeded"]"#).is_err());
}

// ----- never panic, and agree with the oracle (support/oracle.rs) ---------------------------

/// What `decode` made of a body, with the API error's code as a string.
#[derive(Debug, PartialEq)]
enum Actual {
    Success {
        payload: Value,
        request_id: Option<String>,
    },
    Api {
        code: String,
        message: String,
        request_id: Option<String>,
    },
}

fn actual(result: Decoded<Value>) -> Result<Actual, DecodeError> {
    match result {
        Ok(success) => Ok(Actual::Success {
            payload: success.payload,
            request_id: success.request_id,
        }),
        Err(ResponseError::Api(error)) => Ok(Actual::Api {
            code: error.code.code().to_owned(),
            message: error.message,
            request_id: error.request_id,
        }),
        Err(ResponseError::Decode(error)) => Err(error),
        Err(other) => panic!("unexpected {other:?}"),
    }
}

/// The oracle's verdict in the form of [`Actual`]; `Err` holds the acceptable decode errors.
fn wanted(expected: Expected<'_>) -> Result<Actual, &'static [&'static str]> {
    match expected {
        Expected::Success {
            payload,
            request_id,
        } => Ok(Actual::Success {
            payload,
            request_id: request_id.map(str::to_owned),
        }),
        Expected::Api {
            code,
            message,
            request_id,
        } => Ok(Actual::Api {
            code: code.to_owned(),
            message: message.to_owned(),
            request_id: request_id.map(str::to_owned),
        }),
        Expected::Malformed(names) => Err(names),
    }
}

/// Respells some keys with escapes, which must not change the meaning.
fn escape_keys(text: &str, draws: &mut Draws) -> String {
    let mut text = text.to_owned();
    for (plain, escaped) in [
        (r#""Error""#, r#""\u0045rror""#),
        (r#""RequestId""#, r#""Request\u0049d""#),
        (r#""Response""#, r#""R\u0065sponse""#),
        (r#""Code""#, r#""\u0043ode""#),
    ] {
        if draws.below(3) == 0 {
            text = text.replace(plain, escaped);
        }
    }
    text
}

#[test]
fn random_bodies_match_the_reference_decoder() {
    let mut draws = Draws::new();
    let bodies = body();
    let mut seen = BTreeMap::<&'static str, usize>::new();
    // Each kind must make up more than a tenth of the bodies.
    const BODIES: usize = 3_000;
    for _ in 0..BODIES {
        let mut text = draws.sample(&bodies).to_body();
        // The oracle reads the text that `decode` reads (serde_json's default float parsing
        // does not round-trip every last digit).
        let body: Value = match serde_json::from_str(&text) {
            Ok(body) => body,
            Err(error) => panic!("{text}: a generated body is JSON: {error}"),
        };
        if draws.below(2) == 0 {
            text = escape_keys(&text, &mut draws);
        }
        let expected = wanted(expected(&body));
        let kind = match &expected {
            Ok(Actual::Success { .. }) => "success",
            Ok(Actual::Api { .. }) => "api",
            Err(_) => "decode",
        };
        *seen.entry(kind).or_default() += 1;
        match (actual(decode_as::<Value>(&text)), &expected) {
            (Err(error), Err(names)) => {
                assert!(
                    is_one_of(&error, names),
                    "{text}: {error:?} not in {names:?}"
                );
            }
            (Ok(got), Ok(expected)) => assert_eq!(&got, expected, "{text}"),
            (got, expected) => panic!("{text}: got {got:?}, expected {expected:?}"),
        }
        // A payload type that never matches still reports envelope problems and API errors.
        let strict = decode_as::<DescribeInstances>(&text);
        match (&strict, &expected) {
            (
                Err(ResponseError::Api(error)),
                Ok(Actual::Api {
                    code,
                    message,
                    request_id,
                }),
            ) => {
                assert_eq!(
                    (error.code.code(), &error.message, &error.request_id),
                    (code.as_str(), message, request_id),
                    "{text}"
                );
            }
            (Err(ResponseError::Decode(error)), Err(names)) => {
                assert!(
                    is_one_of(error, names),
                    "{text}: {error:?} not in {names:?}"
                );
            }
            (Err(ResponseError::Decode(DecodeError::Json(_))), Ok(Actual::Success { .. })) => {}
            (got, expected) => panic!("{text}: got {got:?}, expected {expected:?}"),
        }
    }
    eprintln!("{seen:?}");
    for kind in ["success", "api", "decode"] {
        assert!(
            seen.get(kind).copied().unwrap_or(0) > BODIES / 10,
            "too few {kind} cases: {seen:?}"
        );
    }
}

#[test]
fn mangled_bodies_never_panic_and_invalid_json_is_a_decode_error() {
    let seeds = [
        NOT_FOUND.to_owned(),
        format!(r#"{{"Response": {{"TotalCount": 1, "InstanceSet": [{INSTANCE}], "RequestId": "r"}}}}"#),
        r#"{"Response": {"TotalCount": 1, "Error": {"Code": "X\u00e9", "Message": "\"m\""}, "RequestId": "r"}}"#.to_owned(),
    ];
    let alphabet: &[&[u8]] = &[
        b"{",
        b"}",
        b"[",
        b"]",
        b":",
        b",",
        b"\"",
        b"\\",
        b"\\u",
        b"null",
        b"1",
        b"-",
        b"e",
        b" ",
        b"\"Error\"",
        b"\"Response\"",
        b"\"Code\"",
        b"\"RequestId\"",
        "é".as_bytes(),
        b"\xff",
    ];
    let mut draws = Draws::new();
    let mut checked = 0;
    for seed in &seeds {
        // Every prefix.
        for end in 0..seed.len() {
            let body = &seed.as_bytes()[..end];
            let result = decode::<Value, TestError>(body);
            assert!(
                matches!(result, Err(ResponseError::Decode(_))),
                "{:?}: {result:?}",
                String::from_utf8_lossy(body)
            );
            checked += 1;
        }
        // Random splices.
        for _ in 0..3_000 {
            let mut body = seed.as_bytes().to_vec();
            for _ in 0..=draws.below(3) {
                let at = draws.below(body.len() + 1);
                match draws.below(3) {
                    0 => body
                        .splice(at..at, draws.pick(alphabet).iter().copied())
                        .for_each(drop),
                    1 if at < body.len() => drop(body.remove(at)),
                    _ => {
                        let to = (at + draws.below(8)).min(body.len());
                        body.splice(at..to, draws.pick(alphabet).iter().copied())
                            .for_each(drop);
                    }
                }
            }
            let valid = serde_json::from_slice::<IgnoredAny>(&body).is_ok();
            for result in [
                decode::<Value, TestError>(&body).map(drop),
                decode::<DescribeInstances, TestError>(&body).map(drop),
                decode::<IgnoredAny, TestError>(&body).map(drop),
            ] {
                if !valid {
                    assert!(
                        matches!(result, Err(ResponseError::Decode(_))),
                        "{:?}: {result:?}",
                        String::from_utf8_lossy(&body)
                    );
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 9_000);
}
