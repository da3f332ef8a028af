//! The example on each service crate's docs.rs page is code that runs: each test below is a
//! crate's example written out by hand, run here, and compared (white space aside) with the
//! example in the crate's `src/lib.rs` as `tencent-errors services` wrote it. cvm is the
//! crate an SDK reaches for first, csip the largest (the most actions), message one whose
//! service has no per-action data (no `actions` module).

use std::path::Path;

/// The first code block of the crate docs (`//!` lines) of `services/<service>/src/lib.rs`.
fn docs_example(service: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../services")
        .join(service)
        .join("src/lib.rs");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let docs: Vec<&str> = text
        .lines()
        .filter_map(|line| line.strip_prefix("//!"))
        .map(|line| line.strip_prefix(' ').unwrap_or(line))
        .collect();
    let start = docs
        .iter()
        .position(|line| *line == "```")
        .unwrap_or_else(|| panic!("{}: no code block in the crate docs", path.display()));
    let length = docs[start + 1..]
        .iter()
        .position(|line| *line == "```")
        .unwrap_or_else(|| panic!("{}: the code block does not end", path.display()));
    docs[start + 1..start + 1 + length].join("\n")
}

/// The body of the test function `name` of this file.
fn written_here(name: &str) -> String {
    let this = include_str!("crate_docs.rs");
    let opening = format!("fn {name}() {{\n");
    let start = this.find(&opening).expect("the test function") + opening.len();
    let length = this[start..].find("\n}\n").expect("its end");
    this[start..start + length].to_owned()
}

/// Whether `a` and `b` are the same code but for white space (rustfmt breaks long lines here).
fn same_code(a: &str, b: &str) -> bool {
    let code = |text: &str| {
        text.chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
    };
    code(a) == code(b)
}

fn assert_written_here(service: &str, test: &str) {
    let docs = docs_example(service);
    let here = written_here(test);
    assert!(
        same_code(&docs, &here),
        "the example of tencent-errors-{service}'s docs is not the one this test runs:\n\
         --- docs\n{docs}\n--- {test}\n{here}"
    );
}

#[test]
fn cvm_example() {
    use tencent_errors::{decode, ResponseError};
    use tencent_errors_cvm::actions::RunInstancesError;
    use tencent_errors_cvm::CvmError;

    let body = br#"{"Response": {"Error": {"Code": "AccountQualificationRestrictions",
    "Message": "..."}, "RequestId": "1f2e"}}"#;
    match decode::<serde_json::Value, RunInstancesError>(body) {
        Err(ResponseError::Api(error)) => {
            assert!(matches!(
                error.code,
                RunInstancesError::AccountQualificationRestrictions
            ));
            assert_eq!(error.request_id.as_deref(), Some("1f2e"));
            // Every per-action enum converts into the service enum.
            let _: CvmError = error.code.into();
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn csip_example() {
    use tencent_errors::{decode, ResponseError};
    use tencent_errors_csip::actions::DescribeSecurityRiskTrendError;
    use tencent_errors_csip::CsipError;

    let body = br#"{"Response": {"Error": {"Code": "AuthFailure",
    "Message": "..."}, "RequestId": "1f2e"}}"#;
    match decode::<serde_json::Value, DescribeSecurityRiskTrendError>(body) {
        Err(ResponseError::Api(error)) => {
            assert!(matches!(
                error.code,
                DescribeSecurityRiskTrendError::AuthFailure
            ));
            assert_eq!(error.request_id.as_deref(), Some("1f2e"));
            // Every per-action enum converts into the service enum.
            let _: CsipError = error.code.into();
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn message_example() {
    use tencent_errors::{decode, ResponseError};
    use tencent_errors_message::MessageError;

    let body = br#"{"Response": {"Error": {"Code": "InternalError",
    "Message": "..."}, "RequestId": "1f2e"}}"#;
    match decode::<serde_json::Value, MessageError>(body) {
        Err(ResponseError::Api(error)) => assert_eq!(error.code.code(), "InternalError"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_examples_run_here_are_the_crates_docs() {
    assert_written_here("cvm", "cvm_example");
    assert_written_here("csip", "csip_example");
    assert_written_here("message", "message_example");
}
