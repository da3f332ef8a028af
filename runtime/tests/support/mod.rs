//! Test support shared by the integration tests (`mod support;`) and the crate's own unit tests
//! (`src/lib.rs` includes this file as `test_support`).
// Each test crate compiles its own copy of this module and uses only part of it.
#![allow(dead_code)]

use std::fmt;

use tencent_errors_runtime::{Category, RetryClass, ServiceError};

pub mod bodies;
pub mod oracle;

/// A service error enum shaped like a generated one: two listed codes, with descriptions, and
/// `Unknown` for every other code.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TestError {
    /// `InvalidInstanceId.NotFound`.
    NotFound,
    /// `RequestLimitExceeded`.
    Throttled,
    /// Any unlisted code, kept verbatim; it has no description.
    Unknown(String),
}

/// Like a generated enum: `Code: description`, or the bare code where there is no description.
impl fmt::Display for TestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match ServiceError::description(self) {
            Some(description) => write!(f, "{}: {description}", self.code()),
            None => f.write_str(self.code()),
        }
    }
}

/// No source: a code is the whole error.
impl std::error::Error for TestError {}

/// What `tencent_errors!` would generate for a page listing the two codes.
impl ServiceError for TestError {
    fn service(&self) -> &'static str {
        "test"
    }

    fn code(&self) -> &str {
        match self {
            TestError::NotFound => "InvalidInstanceId.NotFound",
            TestError::Throttled => "RequestLimitExceeded",
            TestError::Unknown(code) => code,
        }
    }

    fn description(&self) -> Option<&'static str> {
        match self {
            TestError::NotFound => Some("The instance does not exist."),
            TestError::Throttled => Some("Too many requests."),
            TestError::Unknown(_) => None,
        }
    }

    fn is_known(&self) -> bool {
        !matches!(self, TestError::Unknown(_))
    }

    fn category(&self) -> Category {
        Category::of(self.code())
    }

    fn retry_class(&self) -> RetryClass {
        RetryClass::of(self.code())
    }

    fn from_code(code: &str) -> Self {
        match code {
            "InvalidInstanceId.NotFound" => TestError::NotFound,
            "RequestLimitExceeded" => TestError::Throttled,
            other => TestError::Unknown(other.to_owned()),
        }
    }
}

// Serialized as its code string, like a generated enum (nothing without the `serde` feature).
tencent_errors_runtime::__impl_serde!(TestError);
