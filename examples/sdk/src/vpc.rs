//! Virtual Private Cloud (VPC), API version `2017-03-12`.
//!
//! [`VpcError`] is expanded from this crate's `docs/vpc.md`, an excerpt of the VPC error-code
//! page: editing the file rebuilds the crate.

use serde::{Deserialize, Serialize};

use crate::{call, Action, Client, SdkError, Success};

tencent_errors::tencent_errors!("vpc", path = "docs/vpc.md");

/// The VPC API version this module speaks.
pub const VERSION: &str = "2017-03-12";

/// `DescribeVpcs`: a read, so transient errors are retried.
pub const DESCRIBE_VPCS: Action<VpcError> = Action::new("DescribeVpcs", VERSION, true);

/// `CreateVpc`: not idempotent, so only throttling is retried.
pub const CREATE_VPC: Action<VpcError> = Action::new("CreateVpc", VERSION, false);

/// The request of `DescribeVpcs` (the fields this example uses).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcsRequest {
    /// VPCs to describe; all of them when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub vpc_ids: Vec<String>,
}

/// The payload of `DescribeVpcs` (the fields this example reads).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcsResponse {
    /// How many VPCs match.
    pub total_count: u64,
    /// The VPCs.
    pub vpc_set: Vec<Vpc>,
}

/// One VPC, as `DescribeVpcs` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Vpc {
    /// The VPC id, e.g. `vpc-2at5y1pn`.
    pub vpc_id: String,
    /// The IPv4 range, e.g. `10.0.0.0/16`.
    pub cidr_block: String,
}

/// Lists VPCs.
pub fn describe_vpcs(
    client: &Client,
    request: &DescribeVpcsRequest,
) -> Result<Success<DescribeVpcsResponse>, SdkError<VpcError>> {
    call(client, &DESCRIBE_VPCS, request)
}

/// The request of `CreateVpc`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpcRequest {
    /// The VPC's name.
    pub vpc_name: String,
    /// The IPv4 range, e.g. `10.0.0.0/16`.
    pub cidr_block: String,
}

/// The payload of `CreateVpc`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpcResponse {
    /// The new VPC.
    pub vpc: Vpc,
}

/// Creates a VPC.
pub fn create_vpc(
    client: &Client,
    request: &CreateVpcRequest,
) -> Result<Success<CreateVpcResponse>, SdkError<VpcError>> {
    call(client, &CREATE_VPC, request)
}
