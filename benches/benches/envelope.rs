//! Item 3 of the performance issue: decoding response bodies with `tencent_errors::decode`
//! against (a) `serde_json::Value` and manual lookups and (b) a bare `#[derive(Deserialize)]`
//! struct of the same shape, for a ~250-byte error body and a DescribeInstances-shaped success
//! body of 20 instances. Every contender starts from the same `&[u8]` and ends with the same
//! typed values (the code as `CvmError`, owned strings).

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use serde::Deserialize;
use serde_json::Value;
use tencent_errors::{decode, ResponseError};

mod cvm {
    tencent_errors::tencent_errors!("cvm");
}
use cvm::CvmError;

/// The error body: 250 bytes or so, as CVM sends them.
const ERROR_BODY: &str = r#"{"Response":{"Error":{"Code":"InvalidInstanceId.NotFound","Message":"The instance `ins-2zvbf7hq` is not found in region ap-guangzhou, please check the instance id and the region."},"RequestId":"6b5b6d8c-8e2f-4e3a-9b8f-2a2d1e0c7f41"}}"#;

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
struct Placement {
    zone: String,
    project_id: u64,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
struct Tag {
    key: String,
    value: String,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
struct Instance {
    instance_id: String,
    instance_name: String,
    instance_type: String,
    instance_state: String,
    #[serde(rename = "CPU")]
    cpu: u32,
    memory: u32,
    placement: Placement,
    private_ip_addresses: Vec<String>,
    public_ip_addresses: Vec<String>,
    os_name: String,
    image_id: String,
    created_time: String,
    expired_time: Option<String>,
    tags: Vec<Tag>,
}

/// The payload: the members of `Response` (`decode` hands `RequestId` to it too).
#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
struct DescribeInstances {
    total_count: u64,
    instance_set: Vec<Instance>,
}

/// The success envelope with the payload type reused through `#[serde(flatten)]`, as one would
/// write it by hand (flatten buffers the members through serde's `Content`).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct BareSuccess {
    response: BareSuccessResponse,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct BareSuccessResponse {
    #[serde(flatten)]
    payload: DescribeInstances,
    request_id: String,
}

/// (b) for the success body without `flatten` (which buffers through `Content`): the fields
/// inline. This is the "payload alone" reference.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct BareInline {
    response: BareInlineResponse,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct BareInlineResponse {
    total_count: u64,
    instance_set: Vec<Instance>,
    request_id: String,
}

/// (b) for the error body.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct BareError {
    response: BareErrorResponse,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct BareErrorResponse {
    error: BareErrorFields,
    request_id: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct BareErrorFields {
    code: CvmError,
    message: String,
}

/// A DescribeInstances response with `count` instances (about 600 bytes each).
fn success_body(count: usize) -> String {
    let instances: Vec<String> = (0..count)
        .map(|i| {
            format!(
                r#"{{"InstanceId":"ins-{i:08x}","InstanceName":"web-server-{i}","InstanceType":"S5.MEDIUM4","InstanceState":"RUNNING","CPU":2,"Memory":4,"Placement":{{"Zone":"ap-guangzhou-3","ProjectId":0}},"PrivateIpAddresses":["10.0.{}.{}"],"PublicIpAddresses":["129.204.{}.{}"],"OsName":"TencentOS Server 3.1 (TK4)","ImageId":"img-eb30mz89","CreatedTime":"2024-03-18T08:11:54Z","ExpiredTime":null,"Tags":[{{"Key":"team","Value":"payments"}},{{"Key":"env","Value":"production"}}],"LoginSettings":{{"KeyIds":["skey-3glfot13"]}},"RenewFlag":"NOTIFY_AND_MANUAL_RENEW","Uuid":"68b510db-b4c1-4630-a62b-73d0c7c970f9"}}"#,
                i / 250,
                i % 250,
                i / 250,
                i % 250
            )
        })
        .collect();
    format!(
        r#"{{"Response":{{"TotalCount":{count},"InstanceSet":[{}],"RequestId":"e3c5d5a2-3b7c-4b39-8f9a-0c4a1f6e2d77"}}}}"#,
        instances.join(",")
    )
}

/// (a) for the error body: `Value`, then the lookups an SDK would do.
fn error_via_value(body: &[u8]) -> Option<(CvmError, String, Option<String>)> {
    let value: Value = serde_json::from_slice(body).ok()?;
    let response = value.get("Response")?;
    let error = response.get("Error").filter(|e| !e.is_null())?;
    let code = CvmError::from_code(error.get("Code")?.as_str()?);
    let message = error
        .get("Message")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    let request_id = response
        .get("RequestId")
        .and_then(Value::as_str)
        .map(str::to_owned);
    Some((code, message, request_id))
}

/// (a) for the success body: `Value`, no `Error`, then the payload from the `Value`.
fn success_via_value(body: &[u8]) -> Option<(DescribeInstances, Option<String>)> {
    let mut value: Value = serde_json::from_slice(body).ok()?;
    let response = value.get_mut("Response")?;
    if response.get("Error").is_some_and(|e| !e.is_null()) {
        return None;
    }
    let request_id = response
        .get("RequestId")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let payload = serde_json::from_value(response.take()).ok()?;
    Some((payload, request_id))
}

fn envelope(c: &mut Criterion) {
    let error_body = ERROR_BODY.as_bytes();
    let success = success_body(20);
    let success_body = success.as_bytes();

    // Everyone agrees before anything is timed.
    let Err(ResponseError::Api(api)) = decode::<DescribeInstances, CvmError>(error_body) else {
        panic!("the error body decodes as an error")
    };
    let (code, message, request_id) = error_via_value(error_body).expect("Value reads the error");
    let bare: BareError =
        serde_json::from_slice(error_body).expect("the bare struct reads the error");
    assert!(
        api.code == CvmError::InvalidInstanceIdNotFound
            && api.code == code
            && bare.response.error.code == code
    );
    assert!(api.message == message && message == bare.response.error.message);
    assert!(
        api.request_id == request_id
            && request_id.as_deref() == Some(bare.response.request_id.as_str())
    );
    let decoded =
        decode::<DescribeInstances, CvmError>(success_body).expect("the success body decodes");
    let (payload, request_id) = success_via_value(success_body).expect("Value reads the payload");
    let bare: BareInline =
        serde_json::from_slice(success_body).expect("the bare struct reads the payload");
    assert_eq!(decoded.payload, payload);
    assert_eq!(decoded.payload.instance_set, bare.response.instance_set);
    assert_eq!(decoded.payload.total_count, bare.response.total_count);
    assert_eq!(decoded.request_id, request_id);
    assert_eq!(
        request_id.as_deref(),
        Some(bare.response.request_id.as_str())
    );
    let flattened: BareSuccess =
        serde_json::from_slice(success_body).expect("flatten reads the payload");
    assert_eq!(flattened.response.payload, decoded.payload);
    assert_eq!(Some(flattened.response.request_id), decoded.request_id);

    let mut group = c.benchmark_group(format!("envelope/error-{}B", error_body.len()));
    group.sampling_mode(SamplingMode::Flat);
    group.throughput(Throughput::Bytes(error_body.len() as u64));
    group.bench_function("tencent-errors", |b| {
        b.iter(|| decode::<DescribeInstances, CvmError>(black_box(error_body)))
    });
    group.bench_function("Value + lookups", |b| {
        b.iter(|| error_via_value(black_box(error_body)))
    });
    group.bench_function("derive(Deserialize)", |b| {
        b.iter(|| serde_json::from_slice::<BareError>(black_box(error_body)))
    });
    // The bare struct at its fastest: validate UTF-8 once, then parse a `&str` (what `decode`
    // does internally).
    group.bench_function("derive(Deserialize) via from_str", |b| {
        b.iter(|| std::str::from_utf8(black_box(error_body)).map(serde_json::from_str::<BareError>))
    });
    group.finish();

    let mut group = c.benchmark_group(format!(
        "envelope/success-20-instances-{}B",
        success_body.len()
    ));
    group.sampling_mode(SamplingMode::Flat);
    group.throughput(Throughput::Bytes(success_body.len() as u64));
    group.bench_function("tencent-errors", |b| {
        b.iter(|| decode::<DescribeInstances, CvmError>(black_box(success_body)))
    });
    group.bench_function("Value + from_value", |b| {
        b.iter(|| success_via_value(black_box(success_body)))
    });
    group.bench_function("derive(Deserialize), payload alone", |b| {
        b.iter(|| serde_json::from_slice::<BareInline>(black_box(success_body)))
    });
    group.bench_function("derive(Deserialize), payload alone, via from_str", |b| {
        b.iter(|| {
            std::str::from_utf8(black_box(success_body)).map(serde_json::from_str::<BareInline>)
        })
    });
    group.bench_function("derive(Deserialize) with flatten", |b| {
        b.iter(|| serde_json::from_slice::<BareSuccess>(black_box(success_body)))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_millis(1500))
        .sample_size(300);
    targets = envelope
}
criterion_main!(benches);
