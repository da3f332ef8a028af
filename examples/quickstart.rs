//! Expand the CVM error page, decode Tencent Cloud responses, and act on typed errors.
//!
//! Run with `cargo run --example quickstart`.

use serde::Deserialize;
use tencent_errors::{decode, tencent_errors, CommonError, ResponseError, RetryClass};

// One enum, `CvmError`, with a variant for each of the codes on the CVM error page, and a
// module `cvm_actions` with `DescribeInstancesError`: only the codes that action can return.
tencent_errors!("cvm", actions = [DescribeInstances]);

use cvm_actions::DescribeInstancesError;

/// The payload of a `DescribeInstances` call (the fields this example reads).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct DescribeInstances {
    total_count: u64,
    instance_set: Vec<Instance>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Instance {
    instance_id: String,
    instance_state: String,
}

/// What a caller does with a response.
fn handle(body: &str) {
    match decode::<DescribeInstances, CvmError>(body.as_bytes()) {
        Ok(success) => {
            println!(
                "ok: {} instance(s), first {:?} (request id {})",
                success.payload.total_count,
                success
                    .payload
                    .instance_set
                    .first()
                    .map(|i| (&i.instance_id, &i.instance_state)),
                success.request_id.as_deref().unwrap_or("-"),
            );
        }
        Err(ResponseError::Api(error)) => {
            // Match on the variant like on any Rust enum...
            let advice = match error.code {
                CvmError::InvalidInstanceIdNotFound => "check the instance id",
                CvmError::RequestLimitExceeded => "slow down",
                CvmError::Unknown(_) => "a code the CVM page does not list yet",
                _ => "see the description",
            };
            // ...and ask it what it is.
            let code = &error.code;
            println!("error {}: {advice}", code.code());
            println!("  message:     {}", error.message);
            println!("  category:    {}", code.category());
            println!("  retry class: {}", code.retry_class());
            println!(
                "  description: {}",
                code.description().unwrap_or("(not on the page)")
            );
            println!(
                "  request id:  {}",
                error.request_id.as_deref().unwrap_or("-")
            );
            if error.retry_class() == RetryClass::Throttling {
                println!("  -> retry after a back-off");
            }
        }
        Err(other) => println!("not a Tencent Cloud response: {other}"),
    }
}

/// The same call with its per-action enum: the match covers what `DescribeInstances` lists,
/// and `Other` holds everything else (public codes, codes the action's page does not list).
fn handle_describe_instances(body: &str) {
    match decode::<DescribeInstances, DescribeInstancesError>(body.as_bytes()) {
        Ok(success) => println!("ok: {} instance(s)", success.payload.total_count),
        Err(ResponseError::Api(error)) => {
            let advice = match &error.code {
                DescribeInstancesError::InvalidInstanceIdMalformed => "fix the instance id",
                DescribeInstancesError::InvalidFilter => "fix the filter",
                other => match other.common() {
                    Some(CommonError::AuthFailureSignatureExpire) => "sign again",
                    Some(_) => "a public code, the same for every service",
                    None => "not a code DescribeInstances lists",
                },
            };
            println!(
                "{} error {}: {advice} ({} codes listed for the action)",
                DescribeInstancesError::ACTION,
                error.code.code(),
                DescribeInstancesError::ALL.len()
            );
        }
        Err(other) => println!("not a Tencent Cloud response: {other}"),
    }
}

fn main() {
    println!(
        "CvmError lists {} codes from the bundled page.\n",
        CvmError::ALL.len()
    );

    handle(
        r#"{"Response": {"Error": {"Code": "InvalidInstanceId.NotFound",
            "Message": "The instance `ins-3kkx91` does not exist."},
            "RequestId": "b5b41468-520d-4192-b42f-595cc34b6c1c"}}"#,
    );
    println!();
    handle(
        r#"{"Response": {"Error": {"Code": "RequestLimitExceeded.UinLimitExceeded",
            "Message": "Requests are too frequent."}, "RequestId": "6e0fb46e-1f5a-4d0e-b5a0-1c4f8d4f1d0e"}}"#,
    );
    println!();
    handle(
        r#"{"Response": {"Error": {"Code": "FailedOperation.BrandNewCode", "Message": "新的错误"},
            "RequestId": "0f5d0a8e-2c1b-4e7e-9a57-3f9b7d2b2f10"}}"#,
    );
    println!();
    handle(
        r#"{"Response": {"TotalCount": 1, "InstanceSet": [{"InstanceId": "ins-3kkx91",
            "InstanceState": "RUNNING"}], "RequestId": "9a1c2b3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d"}}"#,
    );
    println!();
    handle("<html><body>502 Bad Gateway</body></html>");

    println!();
    handle_describe_instances(
        r#"{"Response": {"Error": {"Code": "InvalidInstanceId.Malformed",
            "Message": "The instance id `ins-1` is malformed."}, "RequestId": "1"}}"#,
    );
    handle_describe_instances(
        r#"{"Response": {"Error": {"Code": "AuthFailure.SignatureExpire",
            "Message": "Signature expired."}, "RequestId": "2"}}"#,
    );
}
