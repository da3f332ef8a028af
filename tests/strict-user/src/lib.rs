//! Generated code must compile warning-free in a crate like this one.
#![deny(warnings, missing_docs)]
#![forbid(unsafe_code)]
#![deny(
    unreachable_pub,
    unused_qualifications,
    unused_results,
    trivial_casts,
    trivial_numeric_casts,
    missing_debug_implementations,
    rust_2018_idioms,
    clippy::all
)]

/// Bundled services, several in one module: with retired (deprecated) variants (cdn), a
/// retired service (mgobe), a service of the international site only (mdl), in English.
pub mod bundled {
    tencent_errors::tencent_errors!("cvm");
    tencent_errors::tencent_errors!("vpc");
    tencent_errors::tencent_errors!("dnspod");
    tencent_errors::tencent_errors!("cdn");
    tencent_errors::tencent_errors!("mgobe");
    tencent_errors::tencent_errors!("mdl", lang = "en");
    tencent_errors::tencent_errors!("lighthouse", actions = [DescribeInstances, ResetInstance]);
    tencent_errors::tencent_errors!(
        "cdb",
        actions = [DescribeDBInstances],
        actions_mod = cdb_ops
    );
}

/// Per-action enums beside the service enum, all actions of a page.
pub mod per_action {
    tencent_errors::tencent_errors!("dc", actions = *);
}

/// A page of this crate, with a colliding pair, restricted visibility and renames.
pub mod own {
    tencent_errors::tencent_errors!(
        "billing",
        path = "docs/billing.md",
        vis = pub(crate),
        rename = { "InternalError" = Internal },
    );

    /// Uses the crate-private enum so that it is not dead code.
    pub fn describe(code: &str) -> String {
        BillingError::from_code(code).to_string()
    }
}

/// Tencent's own pages (issue 21): the four editions of redis in one enum, cdb with its numeric
/// code, and per-action enums from directories of API reference pages.
pub mod real {
    tencent_errors::tencent_errors!(
        "redis",
        path = [
            "docs/real/redis.zh.md",
            "docs/real/redis.en.md",
            "docs/real/redis.ja.md",
            "docs/real/redis.ko.md"
        ],
        lang = "ko"
    );
    tencent_errors::tencent_errors!("cdb", path = "docs/real/cdb.zh.md");
    tencent_errors::tencent_errors!("cvm", actions = *, actions_path = "docs/api/cvm-zh");
    tencent_errors::tencent_errors!("vpc", actions = *, actions_path = "docs/api/vpc-en");
}

use tencent_errors::ServiceError;

/// Generic handling through the runtime trait.
pub fn summary<E: ServiceError>(error: &E) -> String {
    format!(
        "{}/{} ({}, {})",
        error.service(),
        error.code(),
        error.category(),
        error.retry_class()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_crate_uses_the_generated_api() {
        let error = bundled::CvmError::from_code("InvalidInstanceId.NotFound");
        assert_eq!(
            summary(&error),
            "cvm/InvalidInstanceId.NotFound (ServiceSpecific, not retryable)"
        );
        assert_eq!(
            own::describe("InternalError"),
            "InternalError: 计费内部错误。"
        );
        // Current variants, and retired ones reached without naming them, raise no warning.
        assert!(!bundled::CdnError::CURRENT.is_empty());
        assert!(bundled::MgobeError::ALL.iter().all(|e| e.is_retired()));
        assert!(bundled::MdlError::ALL[0].description().is_some());
        let error = bundled::lighthouse_actions::DescribeInstancesError::from_code("InternalError");
        assert_eq!(
            summary(&error),
            "lighthouse/InternalError (InternalError, transient)"
        );
        assert!(bundled::cdb_ops::DescribeDBInstancesError::ALL.len() > 1);
        assert!(!per_action::dc_actions::CreateDirectConnectError::ALL.is_empty());
        assert_eq!(real::CdbError::Code9003.code(), "9003");
        assert_eq!(
            real::RedisError::InternalError.to_string(),
            "InternalError: 내부 오류."
        );
        assert_eq!(real::vpc_actions::AllocateAddressesError::ALL.len(), 2);
        assert!(!real::cvm_actions::RunInstancesError::ALL.is_empty());
        let json = serde_json::to_string(&bundled::VpcError::ALL[0]).expect("serializes");
        assert_eq!(json, format!("\"{}\"", bundled::VpcError::ALL[0].code()));
    }
}
