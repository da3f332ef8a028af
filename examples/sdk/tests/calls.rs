//! The SDK against a real HTTP server on 127.0.0.1 that answers with Tencent-shaped bodies.
//!
//! Every case asserts the typed outcome and how many requests reached the server
//! (attempts = retries + 1).

mod server;

use std::time::Duration;

use server::{api_error, success, Reply, Server};
use tencent_errors::{Category, DecodeError, RetryClass, ServiceError};
use tencent_sdk_example::cvm::{self, CvmError, DescribeInstancesRequest, RunInstancesRequest};
use tencent_sdk_example::vpc::{self, DescribeVpcsRequest, VpcError};
use tencent_sdk_example::{Client, RetryPolicy, SdkError};

const INSTANCES: &str = r#""TotalCount": 1, "InstanceSet": [{"InstanceId": "ins-r8hr2upy", "InstanceState": "RUNNING", "InstanceName": "web-1"}]"#;

/// A client for `server` whose back-off is tiny, so retries cost microseconds.
fn client(server: &Server) -> Client {
    Client::new(server.endpoint())
        .with_region("ap-guangzhou")
        .with_timeout(Duration::from_secs(10))
        .with_retry(RetryPolicy {
            max_attempts: 4,
            base_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(4),
        })
}

fn describe_one() -> DescribeInstancesRequest {
    DescribeInstancesRequest {
        instance_ids: vec!["ins-r8hr2upy".into()],
        ..Default::default()
    }
}

#[test]
fn success_decodes_the_payload_and_sends_a_tencent_request() {
    let server = Server::start(vec![success(INSTANCES, "req-ok")]);
    let reply = cvm::describe_instances(&client(&server), &describe_one()).expect("success");
    let seen = server.finish();

    assert_eq!(reply.request_id.as_deref(), Some("req-ok"));
    assert_eq!(reply.payload.total_count, 1);
    assert_eq!(reply.payload.instance_set[0].instance_id, "ins-r8hr2upy");
    assert_eq!(reply.payload.instance_set[0].instance_state, "RUNNING");

    assert_eq!(seen.len(), 1);
    let request = &seen[0];
    assert_eq!(request.request_line, "POST / HTTP/1.1");
    assert_eq!(request.header("x-tc-action"), Some("DescribeInstances"));
    assert_eq!(request.header("x-tc-version"), Some("2017-03-12"));
    assert_eq!(request.header("x-tc-region"), Some("ap-guangzhou"));
    assert!(request
        .header("content-type")
        .is_some_and(|v| v.starts_with("application/json")));
    let timestamp: u64 = request
        .header("x-tc-timestamp")
        .and_then(|v| v.parse().ok())
        .expect("timestamp");
    assert!(timestamp > 1_600_000_000, "{timestamp}");
    let body: serde_json::Value = serde_json::from_slice(&request.body).expect("JSON body");
    assert_eq!(body, serde_json::json!({"InstanceIds": ["ins-r8hr2upy"]}));
}

#[test]
fn throttling_twice_then_success_retries_twice() {
    let server = Server::start(vec![
        api_error(
            "RequestLimitExceeded",
            "请求的次数超过了频率限制。",
            "req-1",
        ),
        api_error(
            "RequestLimitExceeded.UinLimitExceeded",
            "主账号限频。",
            "req-2",
        ),
        success(INSTANCES, "req-3"),
    ]);
    let reply =
        cvm::describe_instances(&client(&server), &describe_one()).expect("success after retries");
    let seen = server.finish();

    assert_eq!(reply.request_id.as_deref(), Some("req-3"));
    assert_eq!(reply.payload.total_count, 1);
    assert_eq!(seen.len(), 3, "two retries");
    // Every attempt sends the same request.
    assert!(seen
        .iter()
        .all(|r| r.body == seen[0].body && r.header("x-tc-action") == Some("DescribeInstances")));
}

#[test]
fn a_non_retryable_error_is_returned_at_once() {
    let server = Server::start(vec![api_error(
        "InvalidInstanceId.NotFound",
        "The instance `ins-r8hr2upy` does not exist.",
        "req-nf",
    )]);
    let outcome = cvm::describe_instances(&client(&server), &describe_one());
    let seen = server.finish();

    match outcome {
        Err(SdkError::Api(error)) => {
            assert_eq!(error.code, CvmError::InvalidInstanceIdNotFound);
            assert_eq!(error.message, "The instance `ins-r8hr2upy` does not exist.");
            assert_eq!(error.request_id(), Some("req-nf"));
            assert_eq!(error.retry_class(), RetryClass::NotRetryable);
            // The description comes from this crate's own docs/cvm.md.
            assert_eq!(error.code.description(), Some("没有找到相应实例。"));
        }
        other => panic!("expected the API error, got {other:?}"),
    }
    assert_eq!(seen.len(), 1);
}

#[test]
fn an_unknown_code_is_kept_verbatim_and_not_retried() {
    let server = Server::start(vec![api_error(
        "ResourceUnavailable.BrandNewCondition",
        "new in 2031",
        "req-new",
    )]);
    let outcome = cvm::describe_instances(&client(&server), &describe_one());
    let seen = server.finish();

    match outcome {
        Err(SdkError::Api(error)) => {
            assert_eq!(
                error.code,
                CvmError::Unknown("ResourceUnavailable.BrandNewCondition".into())
            );
            assert!(!error.code.is_known());
            assert_eq!(error.category(), Category::ResourceUnavailable);
            assert_eq!(error.retry_class(), RetryClass::NotRetryable);
            assert_eq!(error.request_id(), Some("req-new"));
        }
        other => panic!("expected the API error, got {other:?}"),
    }
    assert_eq!(seen.len(), 1);
}

#[test]
fn a_malformed_body_is_a_decode_error() {
    let server = Server::start(vec![Reply::json(
        r#"{"Response": {"TotalCount": 1, "InstanceSet": ["#,
    )]);
    let outcome = cvm::describe_instances(&client(&server), &describe_one());
    let seen = server.finish();

    match outcome {
        Err(SdkError::Decode {
            status,
            error,
            body,
        }) => {
            assert_eq!(status, 200);
            assert!(
                matches!(error, DecodeError::Json(ref e) if e.is_eof()),
                "{error:?}"
            );
            assert!(body.starts_with(r#"{"Response""#), "{body}");
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
    assert_eq!(seen.len(), 1);
}

#[test]
fn a_gateway_error_page_is_an_http_error() {
    let page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 Bad Gateway</h1></center></body>\r\n</html>";
    let server = Server::start(vec![Reply::html(502, page)]);
    let outcome = cvm::describe_instances(&client(&server), &describe_one());
    let seen = server.finish();

    match &outcome {
        Err(SdkError::Http { status, body }) => {
            assert_eq!(*status, 502);
            assert!(body.contains("<h1>502 Bad Gateway</h1>"), "{body}");
        }
        other => panic!("expected an HTTP error, got {other:?}"),
    }
    assert_eq!(
        outcome
            .err()
            .map(|e| e.to_string())
            .as_deref()
            .map(|s| s.starts_with("HTTP 502: <html>")),
        Some(true)
    );
    assert_eq!(seen.len(), 1);
}

#[test]
fn an_api_error_under_an_error_status_is_still_the_api_error() {
    let server = Server::start(vec![api_error(
        "InvalidZone.MismatchRegion",
        "zone",
        "req-z",
    )
    .with_status(400)]);
    let outcome = cvm::describe_instances(&client(&server), &describe_one());
    assert_eq!(server.finish().len(), 1);
    assert_eq!(
        outcome
            .err()
            .and_then(|e| e.api_error().map(|a| a.code.clone())),
        Some(CvmError::InvalidZoneMismatchRegion)
    );
}

#[test]
fn throttling_stops_after_max_attempts() {
    let throttled = || api_error("RequestLimitExceeded", "slow down", "req-t");
    let server = Server::start((0..6).map(|_| throttled()).collect());
    let outcome = cvm::describe_instances(&client(&server), &describe_one());
    let seen = server.finish();

    let error = outcome
        .err()
        .and_then(|e| e.api_error().cloned())
        .expect("the last API error");
    assert_eq!(error.code, CvmError::RequestLimitExceeded);
    assert_eq!(seen.len(), 4, "max_attempts");
}

#[test]
fn transient_errors_are_retried_only_for_idempotent_actions() {
    // DescribeInstances is a read: InternalError is retried.
    let server = Server::start(vec![
        api_error("InternalError", "内部错误。", "req-i1"),
        success(INSTANCES, "req-i2"),
    ]);
    let reply =
        cvm::describe_instances(&client(&server), &describe_one()).expect("success after a retry");
    assert_eq!(reply.request_id.as_deref(), Some("req-i2"));
    assert_eq!(server.finish().len(), 2);

    // RunInstances without a client token may have created instances: not retried.
    let run = RunInstancesRequest {
        image_id: "img-pmqg1cw7".into(),
        instance_type: "S5.MEDIUM2".into(),
        instance_count: 1,
        client_token: None,
    };
    let server = Server::start(vec![
        api_error("InternalError", "内部错误。", "req-r1"),
        success(r#""InstanceIdSet": ["ins-1"]"#, "req-r2"),
    ]);
    let outcome = cvm::run_instances(&client(&server), &run);
    assert_eq!(
        outcome
            .err()
            .and_then(|e| e.api_error().map(|a| a.code.clone())),
        Some(CvmError::InternalError)
    );
    assert_eq!(server.finish().len(), 1);

    // With a client token it is idempotent, and retried.
    let run = RunInstancesRequest {
        client_token: Some("3f1c7d2e".into()),
        ..run
    };
    let server = Server::start(vec![
        api_error("ServiceUnavailable", "当前服务暂时不可用。", "req-c1"),
        success(r#""InstanceIdSet": ["ins-1"]"#, "req-c2"),
    ]);
    let reply = cvm::run_instances(&client(&server), &run).expect("success after a retry");
    assert_eq!(reply.payload.instance_id_set, ["ins-1"]);
    let seen = server.finish();
    assert_eq!(seen.len(), 2);
    let body: serde_json::Value = serde_json::from_slice(&seen[1].body).expect("JSON body");
    assert_eq!(body["ClientToken"], "3f1c7d2e");

    // Throttling is retried for non-idempotent actions too: the request was never carried out.
    let server = Server::start(vec![
        api_error("RequestLimitExceeded", "slow down", "req-v1"),
        success(
            r#""Vpc": {"VpcId": "vpc-2at5y1pn", "CidrBlock": "10.0.0.0/16"}"#,
            "req-v2",
        ),
    ]);
    let create = vpc::CreateVpcRequest {
        vpc_name: "prod".into(),
        cidr_block: "10.0.0.0/16".into(),
    };
    let reply = vpc::create_vpc(&client(&server), &create).expect("success after a retry");
    assert_eq!(reply.payload.vpc.vpc_id, "vpc-2at5y1pn");
    assert_eq!(server.finish().len(), 2);
}

#[test]
fn each_service_decodes_codes_with_its_own_page() {
    let server = Server::start(vec![api_error(
        "InvalidVpcId.NotFound",
        "无效的VPC,VPC资源不存在。",
        "req-vpc",
    )]);
    let request = DescribeVpcsRequest {
        vpc_ids: vec!["vpc-404".into()],
    };
    let outcome = vpc::describe_vpcs(&client(&server), &request);
    let seen = server.finish();

    let error = outcome
        .err()
        .and_then(|e| e.api_error().cloned())
        .expect("the API error");
    assert_eq!(error.code, VpcError::InvalidVpcIdNotFound);
    assert_eq!(error.code.service(), "vpc");
    assert_eq!(seen[0].header("x-tc-action"), Some("DescribeVpcs"));
    // The code is not on the CVM page: there it would be unknown.
    assert!(!CvmError::from_code(error.code.code()).is_known());
    assert_eq!(seen.len(), 1);
}

#[test]
fn a_refused_connection_is_a_transport_error_and_not_retried() {
    // A port that was just free on 127.0.0.1: nothing listens there any more.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let client =
        Client::new(format!("http://127.0.0.1:{port}/")).with_timeout(Duration::from_secs(5));
    let outcome = cvm::describe_instances(&client, &describe_one());
    assert!(
        matches!(outcome, Err(SdkError::Transport(_))),
        "{outcome:?}"
    );
}

#[test]
fn a_payload_under_an_error_status_is_not_a_success() {
    let server = Server::start(vec![success(INSTANCES, "req-500").with_status(500)]);
    let outcome = cvm::describe_instances(&client(&server), &describe_one());
    assert_eq!(server.finish().len(), 1);
    match outcome {
        Err(SdkError::Http { status, body }) => {
            assert_eq!(status, 500);
            assert!(body.contains("ins-r8hr2upy"), "{body}");
        }
        other => panic!("expected an HTTP error, got {other:?}"),
    }
}
