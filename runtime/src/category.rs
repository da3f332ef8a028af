//! The top-level code families of Tencent Cloud's public error table.

use core::fmt;

macro_rules! categories {
    ($($(#[doc = $doc:literal])* $name:ident,)*) => {
        /// The family of an error code: its first dot-separated segment.
        ///
        /// Every family of Tencent Cloud's public error-code table (公共错误码) has a variant;
        /// families that only one service uses (`InvalidInstanceId`, `OperationDenied`, ...)
        /// are [`Category::ServiceSpecific`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Category {
            $($(#[doc = $doc])* $name,)*
            /// A family that is not in the public table: it belongs to one service.
            ServiceSpecific,
        }

        impl Category {
            /// Every category, `ServiceSpecific` last.
            pub const ALL: &'static [Category] = &[$(Category::$name,)* Category::ServiceSpecific];

            /// The category of `code`, decided by its first segment (exact, case-sensitive).
            ///
            /// ```
            /// use tencent_errors_runtime::Category;
            /// assert_eq!(Category::of("AuthFailure.SignatureExpire"), Category::AuthFailure);
            /// assert_eq!(Category::of("InvalidParameterValue"), Category::InvalidParameterValue);
            /// assert_eq!(Category::of("InvalidInstanceId.NotFound"), Category::ServiceSpecific);
            /// ```
            pub fn of(code: &str) -> Category {
                let family = code.split('.').next().unwrap_or(code);
                match family {
                    $(stringify!($name) => Category::$name,)*
                    _ => Category::ServiceSpecific,
                }
            }

            /// The family name as it appears in codes, or `"ServiceSpecific"`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Category::$name => stringify!($name),)*
                    Category::ServiceSpecific => "ServiceSpecific",
                }
            }
        }
    };
}

categories! {
    /// The API has been taken offline.
    ActionOffline,
    /// Authentication failed: bad, expired or missing credentials or signature.
    AuthFailure,
    /// A `DryRun` request that would have succeeded.
    DryRunOperation,
    /// The operation failed.
    FailedOperation,
    /// An internal error on Tencent Cloud's side.
    InternalError,
    /// The action does not exist.
    InvalidAction,
    /// A parameter is malformed.
    InvalidParameter,
    /// A parameter value is out of range or invalid.
    InvalidParameterValue,
    /// The request body is malformed.
    InvalidRequest,
    /// The caller's IP address is blacklisted.
    IpInBlacklist,
    /// The caller's IP address is not whitelisted.
    IpNotInWhitelist,
    /// A quota is exhausted.
    LimitExceeded,
    /// A required parameter is missing.
    MissingParameter,
    /// The product does not exist.
    NoSuchProduct,
    /// The API version does not exist.
    NoSuchVersion,
    /// Request-rate throttling.
    RequestLimitExceeded,
    /// The request body is too large.
    RequestSizeLimitExceeded,
    /// A resource is in use.
    ResourceInUse,
    /// Not enough resources are available.
    ResourceInsufficient,
    /// A resource does not exist.
    ResourceNotFound,
    /// A resource is unavailable.
    ResourceUnavailable,
    /// The response would be too large.
    ResponseSizeLimitExceeded,
    /// The service is temporarily unavailable.
    ServiceUnavailable,
    /// The caller is not authorised for this operation.
    UnauthorizedOperation,
    /// An undefined parameter was passed.
    UnknownParameter,
    /// The operation is not supported.
    UnsupportedOperation,
    /// The request protocol is not supported (only GET and POST are).
    UnsupportedProtocol,
    /// The API does not support the region.
    UnsupportedRegion,
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_named_category_round_trips_through_its_family_name() {
        for &category in Category::ALL {
            if category != Category::ServiceSpecific {
                assert_eq!(Category::of(category.as_str()), category);
                let sub = format!("{}.Something", category.as_str());
                assert_eq!(Category::of(&sub), category);
            }
        }
    }

    #[test]
    fn family_match_is_exact() {
        assert_eq!(Category::of("authfailure"), Category::ServiceSpecific);
        assert_eq!(Category::of("AuthFailures.X"), Category::ServiceSpecific);
        assert_eq!(Category::of(""), Category::ServiceSpecific);
        assert_eq!(Category::of("ServiceSpecific"), Category::ServiceSpecific);
    }
}
