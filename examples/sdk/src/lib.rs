//! A miniature Tencent Cloud SDK built on `tencent-errors`.
//!
//! It shows how an SDK would use the crate, end to end:
//!
//! - each service module expands an error page that lives in this crate
//!   (`tencent_errors!("cvm", path = "docs/cvm.md")`), so the SDK pins the codes it was written
//!   against and is rebuilt when a page is edited;
//! - one generic function, [`call`], sends any action of any service as a JSON request, decodes
//!   the API 3.0 envelope with [`tencent_errors::decode`] and hands back the payload or a typed
//!   [`SdkError`];
//! - [`call`] retries with exponential back-off and full jitter only when the error code's
//!   [`RetryClass`](tencent_errors::RetryClass) says a retry can help: always for
//!   throttling, and for transient server errors only when the action is idempotent.
//!
//! ```no_run
//! use tencent_sdk_example::{cvm, Client, SdkError};
//!
//! let client = Client::new("http://127.0.0.1:8080/").with_region("ap-guangzhou");
//! let request = cvm::DescribeInstancesRequest { instance_ids: vec!["ins-1".into()], ..Default::default() };
//! match cvm::describe_instances(&client, &request) {
//!     Ok(reply) => println!("{} instances", reply.payload.total_count),
//!     Err(SdkError::Api(error)) if error.code == cvm::CvmError::InvalidInstanceIdNotFound => {
//!         println!("no such instance ({})", error.request_id().unwrap_or("no request id"));
//!     }
//!     Err(other) => eprintln!("DescribeInstances failed: {other}"),
//! }
//! ```
//!
//! Requests are not signed (TC3-HMAC-SHA256 needs credentials and a hash crate, and has nothing
//! to do with error handling) and the HTTP client is built without TLS, so this SDK talks plain
//! HTTP to the endpoint it is given. `docs/sdk.md` in the repository explains what a real SDK
//! adds.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod client;
pub mod cvm;
mod error;
pub mod vpc;

pub use client::{call, Action, Client, RetryPolicy};
pub use error::SdkError;
pub use tencent_errors::Success;
