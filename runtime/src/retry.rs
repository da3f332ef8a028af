//! Whether an error is worth retrying.

use core::fmt;

use crate::Category;

/// How a client should react to an error code.
///
/// | class | codes | why |
/// |---|---|---|
/// | [`Throttling`](RetryClass::Throttling) | `RequestLimitExceeded` and every `RequestLimitExceeded.*` | The request was valid but arrived too fast; the same request succeeds after a back-off. This is the only family the official Go SDK retries. |
/// | [`Transient`](RetryClass::Transient) | `InternalError` (exactly, without a sub-code), `ServiceUnavailable` and `ServiceUnavailable.*` | The server failed without judging the request. |
/// | [`NotRetryable`](RetryClass::NotRetryable) | everything else, including every service-specific `InternalError.*` | Sending the same request again gives the same answer. |
///
/// **Where this differs from the Go SDK.** The Go SDK retries `RequestLimitExceeded` only. This
/// crate also marks bare `InternalError` and `ServiceUnavailable` as transient, because
/// Tencent documents both as temporary server-side conditions ("内部错误", "当前服务暂时不可用"),
/// and a client that never retries them turns every blip into a user-visible failure. Sub-codes
/// such as `InternalError.CidrConflictWithVpcCidr` (tke) describe a problem with the request
/// and stay [`NotRetryable`](RetryClass::NotRetryable). A transient error may come from a request
/// that had side effects, so retry it only when the call is idempotent (Describe*, or calls
/// carrying a `ClientToken`): [`RetryClass::is_retryable`] is `true` for both retryable
/// classes, so a client that sends non-idempotent calls should retry only
/// [`Throttling`](RetryClass::Throttling).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RetryClass {
    /// Rate limited: retry the same request after an exponential back-off.
    Throttling,
    /// A temporary server-side failure: retry idempotent requests after a back-off.
    Transient,
    /// Retrying the same request cannot help.
    NotRetryable,
}

impl RetryClass {
    /// The retry class of an error code, by the table on [`RetryClass`].
    ///
    /// ```
    /// use tencent_errors_runtime::RetryClass;
    /// assert_eq!(RetryClass::of("RequestLimitExceeded.UinLimitExceeded"), RetryClass::Throttling);
    /// assert_eq!(RetryClass::of("InternalError"), RetryClass::Transient);
    /// assert_eq!(RetryClass::of("InternalError.DbError"), RetryClass::NotRetryable);
    /// assert_eq!(RetryClass::of("LimitExceeded"), RetryClass::NotRetryable);
    /// ```
    pub fn of(code: &str) -> RetryClass {
        match Category::of(code) {
            Category::RequestLimitExceeded => RetryClass::Throttling,
            Category::ServiceUnavailable => RetryClass::Transient,
            Category::InternalError if code == "InternalError" => RetryClass::Transient,
            _ => RetryClass::NotRetryable,
        }
    }

    /// Whether a retry can succeed: `true` for [`Throttling`](RetryClass::Throttling) and
    /// [`Transient`](RetryClass::Transient).
    pub const fn is_retryable(self) -> bool {
        matches!(self, RetryClass::Throttling | RetryClass::Transient)
    }

    /// A short lowercase name: `throttling`, `transient` or `not retryable`.
    pub const fn as_str(self) -> &'static str {
        match self {
            RetryClass::Throttling => "throttling",
            RetryClass::Transient => "transient",
            RetryClass::NotRetryable => "not retryable",
        }
    }
}

impl fmt::Display for RetryClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_the_documented_table() {
        let cases = [
            ("RequestLimitExceeded", RetryClass::Throttling),
            (
                "RequestLimitExceeded.IPLimitExceeded",
                RetryClass::Throttling,
            ),
            (
                "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
                RetryClass::Throttling,
            ),
            ("InternalError", RetryClass::Transient),
            ("ServiceUnavailable", RetryClass::Transient),
            ("ServiceUnavailable.Busy", RetryClass::Transient),
            (
                "InternalError.CidrConflictWithVpcCidr",
                RetryClass::NotRetryable,
            ),
            ("LimitExceeded", RetryClass::NotRetryable),
            ("RequestSizeLimitExceeded", RetryClass::NotRetryable),
            ("ResourceUnavailable", RetryClass::NotRetryable),
            ("AuthFailure.SignatureExpire", RetryClass::NotRetryable),
            ("", RetryClass::NotRetryable),
        ];
        for (code, class) in cases {
            assert_eq!(RetryClass::of(code), class, "{code}");
        }
        assert!(RetryClass::Throttling.is_retryable());
        assert!(RetryClass::Transient.is_retryable());
        assert!(!RetryClass::NotRetryable.is_retryable());
    }
}
