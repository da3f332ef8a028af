//! Cloud Virtual Machine (CVM), API version `2017-03-12`.
//!
//! [`CvmError`] is expanded from this crate's `docs/cvm.md`, an excerpt of the CVM error-code
//! page: editing the file rebuilds the crate.

use serde::{Deserialize, Serialize};

use crate::{call, Action, Client, SdkError, Success};

tencent_errors::tencent_errors!("cvm", path = "docs/cvm.md");

/// The CVM API version this module speaks.
pub const VERSION: &str = "2017-03-12";

/// `DescribeInstances`: a read, so transient errors are retried.
pub const DESCRIBE_INSTANCES: Action<CvmError> = Action::new("DescribeInstances", VERSION, true);

/// The request of `DescribeInstances` (the fields this example uses).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeInstancesRequest {
    /// Instances to describe; all of them when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub instance_ids: Vec<String>,
    /// Where the page starts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// The page size.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

/// The payload of `DescribeInstances` (the fields this example reads).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeInstancesResponse {
    /// How many instances match, across all pages.
    pub total_count: u64,
    /// The instances of this page.
    pub instance_set: Vec<Instance>,
}

/// One instance, as `DescribeInstances` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Instance {
    /// The instance id, e.g. `ins-r8hr2upy`.
    pub instance_id: String,
    /// `PENDING`, `RUNNING`, `STOPPED`, ...
    pub instance_state: String,
}

/// Lists instances.
pub fn describe_instances(
    client: &Client,
    request: &DescribeInstancesRequest,
) -> Result<Success<DescribeInstancesResponse>, SdkError<CvmError>> {
    call(client, &DESCRIBE_INSTANCES, request)
}

/// The request of `RunInstances` (the fields this example uses).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RunInstancesRequest {
    /// The image to boot, e.g. `img-pmqg1cw7`.
    pub image_id: String,
    /// The instance type, e.g. `S5.MEDIUM2`.
    pub instance_type: String,
    /// How many instances to create.
    pub instance_count: u64,
    /// A token that makes the call idempotent: the service creates the instances once per
    /// token, however often the request arrives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

/// The payload of `RunInstances`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RunInstancesResponse {
    /// The ids of the new instances.
    pub instance_id_set: Vec<String>,
}

/// Creates instances. Idempotent, and so retried after transient errors, only when the request
/// carries a [`client_token`](RunInstancesRequest::client_token); throttling is retried either
/// way, since a throttled request was never carried out.
pub fn run_instances(
    client: &Client,
    request: &RunInstancesRequest,
) -> Result<Success<RunInstancesResponse>, SdkError<CvmError>> {
    let action = Action::new("RunInstances", VERSION, request.client_token.is_some());
    call(client, &action, request)
}
