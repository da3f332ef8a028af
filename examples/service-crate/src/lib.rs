//! An SDK call typed by a service crate instead of a macro call in the SDK: `RunInstances`
//! returns [`RunInstancesError`], the enum of the codes its API page lists, from
//! [`tencent-errors-cvm`](tencent_errors_cvm), compiled once in that crate.
//!
//! The client (one generic `call` that sends, decodes and retries by retry class) is the SDK
//! example's (`examples/sdk`); only the error type changes. A code the action does not list
//! is `RunInstancesError::Other(CvmError)`, and a code no page lists is kept verbatim in
//! `CvmError::Unknown`:
//!
//! ```no_run
//! use tencent_errors_cvm::actions::RunInstancesError;
//! use tencent_errors_service_crate_example::{run_instances, RunInstancesRequest};
//! use tencent_sdk_example::{Client, SdkError};
//!
//! let client = Client::new("http://127.0.0.1:8080/").with_region("ap-guangzhou");
//! let request = RunInstancesRequest {
//!     image_id: "img-pmqg1cw7".into(),
//!     instance_type: "S5.MEDIUM2".into(),
//!     instance_count: 1,
//!     ..Default::default()
//! };
//! match run_instances(&client, &request) {
//!     Ok(reply) => println!("started {:?}", reply.payload.instance_id_set),
//!     Err(SdkError::Api(error)) if error.code == RunInstancesError::InvalidInstanceTypeMalformed => {
//!         eprintln!("no such instance type ({})", error.message)
//!     }
//!     Err(error) => eprintln!("{error}"),
//! }
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

use tencent_errors_cvm::actions::RunInstancesError;
pub use tencent_sdk_example::cvm::{RunInstancesRequest, RunInstancesResponse};
use tencent_sdk_example::{call, Action, Client, SdkError, Success};

/// The CVM API version.
pub const VERSION: &str = "2017-03-12";

/// `RunInstances` without a client token: not idempotent, so transient errors are not retried
/// (throttling is). The request and response types are the SDK example's.
pub const RUN_INSTANCES: Action<RunInstancesError> = Action::new("RunInstances", VERSION, false);

/// Starts instances; a failure is typed by the codes `RunInstances` can return.
pub fn run_instances(
    client: &Client,
    request: &RunInstancesRequest,
) -> Result<Success<RunInstancesResponse>, SdkError<RunInstancesError>> {
    call(client, &RUN_INSTANCES, request)
}
