//! `RunInstances` typed by the service crate, against a real HTTP server on 127.0.0.1 that
//! answers with Tencent-shaped bodies (the SDK example's scripted server).

// The SDK example's server; this file uses part of it.
#[allow(dead_code)]
#[path = "../../sdk/tests/server/mod.rs"]
mod server;

use std::time::Duration;

use server::{api_error, success, Server};
use tencent_errors::RetryClass;
use tencent_errors_cvm::actions::RunInstancesError;
use tencent_errors_cvm::CvmError;
use tencent_errors_service_crate_example::{run_instances, RunInstancesRequest};
use tencent_sdk_example::{Client, RetryPolicy, SdkError};

fn client(server: &Server) -> Client {
    Client::new(server.endpoint())
        .with_region("ap-guangzhou")
        .with_timeout(Duration::from_secs(10))
        .with_retry(RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(4),
        })
}

fn request() -> RunInstancesRequest {
    RunInstancesRequest {
        image_id: "img-pmqg1cw7".into(),
        instance_type: "S5.MEDIUM2".into(),
        instance_count: 1,
        ..Default::default()
    }
}

/// The API error of a failed call, or a panic naming what came instead.
fn api_error_of(
    outcome: Result<impl std::fmt::Debug, SdkError<RunInstancesError>>,
) -> tencent_errors::ApiError<RunInstancesError> {
    match outcome {
        Err(SdkError::Api(error)) => error,
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[test]
fn a_code_the_action_lists_is_its_own_variant() {
    let server = Server::start(vec![api_error(
        "InvalidInstanceType.Malformed",
        "The InstanceType `S5.MEDIUM2x` is malformed.",
        "req-1",
    )]);
    let error = api_error_of(run_instances(&client(&server), &request()));
    let seen = server.finish();
    assert_eq!(error.code, RunInstancesError::InvalidInstanceTypeMalformed);
    assert_eq!(
        error.message,
        "The InstanceType `S5.MEDIUM2x` is malformed."
    );
    assert_eq!(error.request_id.as_deref(), Some("req-1"));
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].header("x-tc-action"), Some("RunInstances"));
    assert_eq!(seen[0].header("x-tc-version"), Some("2017-03-12"));
    let body: serde_json::Value = serde_json::from_slice(&seen[0].body).expect("a JSON request");
    assert_eq!(body["InstanceType"], "S5.MEDIUM2");
    // The same code as the service enum, through the lossless conversion.
    assert_eq!(
        CvmError::from(error.code),
        CvmError::InvalidInstanceTypeMalformed
    );
}

#[test]
fn a_service_code_the_action_does_not_list_is_other() {
    let server = Server::start(vec![api_error(
        "InvalidInstanceId.NotFound",
        "No instance found.",
        "req-2",
    )]);
    let error = api_error_of(run_instances(&client(&server), &request()));
    server.finish();
    assert_eq!(
        error.code,
        RunInstancesError::Other(CvmError::InvalidInstanceIdNotFound)
    );
    assert_eq!(error.code.code(), "InvalidInstanceId.NotFound");
}

#[test]
fn an_unknown_code_is_kept_verbatim() {
    let server = Server::start(vec![api_error(
        "FailedOperation.SomethingNew",
        "A code no page lists yet.",
        "req-3",
    )]);
    let error = api_error_of(run_instances(&client(&server), &request()));
    server.finish();
    assert_eq!(
        error.code,
        RunInstancesError::Other(CvmError::Unknown("FailedOperation.SomethingNew".into()))
    );
    assert!(!error.code.is_known());
    assert_eq!(error.message, "A code no page lists yet.");
    assert_eq!(error.request_id.as_deref(), Some("req-3"));
}

#[test]
fn throttling_is_retried_then_the_payload_decodes() {
    let server = Server::start(vec![
        api_error("RequestLimitExceeded", "Too many requests.", "req-4"),
        success(r#""InstanceIdSet": ["ins-1", "ins-2"]"#, "req-5"),
    ]);
    let reply = run_instances(&client(&server), &request()).expect("the retry succeeds");
    let seen = server.finish();
    assert_eq!(reply.payload.instance_id_set, ["ins-1", "ins-2"]);
    assert_eq!(reply.request_id.as_deref(), Some("req-5"));
    assert_eq!(seen.len(), 2);
    assert_eq!(
        RunInstancesError::from_code("RequestLimitExceeded").retry_class(),
        RetryClass::Throttling
    );
}
