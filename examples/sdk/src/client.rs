//! The client, the actions it sends, and the retry loop.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::marker::PhantomData;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::de::DeserializeOwned;
use serde::Serialize;
use tencent_errors::{decode, ResponseError, RetryClass, ServiceError, Success};

use crate::error::{excerpt, SdkError};

/// The largest response body [`call`] reads; a longer one is a transport error.
const MAX_BODY_BYTES: u64 = 16 * 1024 * 1024;

/// An HTTP client for Tencent Cloud API 3.0 endpoints.
///
/// Every call goes to the one endpoint the client was made with. The client never follows
/// redirects and ignores proxy settings from the environment, so requests go exactly where
/// the endpoint says.
#[derive(Debug, Clone)]
pub struct Client {
    agent: ureq::Agent,
    endpoint: String,
    region: Option<String>,
    retry: RetryPolicy,
}

impl Client {
    /// A client for `endpoint` (e.g. `http://127.0.0.1:8080/`) with the default
    /// [`RetryPolicy`] and a 30 s timeout per attempt.
    pub fn new(endpoint: impl Into<String>) -> Self {
        Client {
            agent: agent(Duration::from_secs(30)),
            endpoint: endpoint.into(),
            region: None,
            retry: RetryPolicy::default(),
        }
    }

    /// Sends `X-TC-Region: region` with every request.
    pub fn with_region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Replaces the retry policy.
    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Limits each attempt (connect, send, receive) to `timeout`.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.agent = agent(timeout);
        self
    }

    /// The retry policy in force.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.retry
    }
}

fn agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        // Tencent reports errors in the body; other statuses are classified by `call`.
        .http_status_as_error(false)
        .max_redirects(0)
        .proxy(None)
        .timeout_global(Some(timeout))
        .build()
        .into()
}

/// How often and how patiently [`call`] retries.
///
/// The delay before retry `n` (counting from 0) is drawn uniformly from
/// `0..=min(max_delay, base_delay * 2^n)` ("full jitter"), so clients that were throttled
/// together do not come back together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first one included; `1` disables retries.
    pub max_attempts: u32,
    /// The back-off ceiling before the first retry; it doubles with each retry.
    pub base_delay: Duration,
    /// The largest back-off ceiling.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    /// Four attempts, back-off ceilings of 200 ms, 400 ms, 800 ms, capped at 5 s.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(5),
        }
    }
}

impl RetryPolicy {
    /// The back-off ceiling before retry `retry` (0 for the first retry):
    /// `min(max_delay, base_delay * 2^retry)`.
    pub fn ceiling(&self, retry: u32) -> Duration {
        let factor = 1u32.checked_shl(retry).unwrap_or(u32::MAX);
        self.base_delay
            .checked_mul(factor)
            .unwrap_or(self.max_delay)
            .min(self.max_delay)
    }

    /// The delay before retry `retry`, chosen by `random` (any `u64`) uniformly from
    /// `0..=ceiling(retry)`, to the nanosecond.
    pub fn delay(&self, retry: u32, random: u64) -> Duration {
        let ceiling = u64::try_from(self.ceiling(retry).as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(match ceiling.checked_add(1) {
            Some(span) => random % span,
            None => random,
        })
    }

    /// Whether an error of class `class` from an action that is (or is not) `idempotent` is
    /// worth another attempt: throttling always, transient errors only for idempotent
    /// actions (a transient failure may come after the action took effect), nothing else.
    pub fn should_retry(class: RetryClass, idempotent: bool) -> bool {
        match class {
            RetryClass::Throttling => true,
            RetryClass::Transient => idempotent,
            _ => false,
        }
    }
}

/// One API action of one service, typed by the service's error enum `E`.
///
/// Service modules define them as constants ([`cvm::DESCRIBE_INSTANCES`](crate::cvm::DESCRIBE_INSTANCES));
/// the error type comes along, so [`call`] decodes error codes with the right page.
#[derive(Debug)]
pub struct Action<E> {
    /// The action's name, sent as `X-TC-Action`, e.g. `DescribeInstances`.
    pub name: &'static str,
    /// The service's API version, sent as `X-TC-Version`, e.g. `2017-03-12`.
    pub version: &'static str,
    /// Whether sending the request twice has the same effect as sending it once (reads, and
    /// writes carrying a `ClientToken`). Only idempotent actions are retried after a
    /// [`Transient`](RetryClass::Transient) error.
    pub idempotent: bool,
    error: PhantomData<fn() -> E>,
}

impl<E: ServiceError> Action<E> {
    /// An action named `name` of the service whose errors are `E`.
    pub const fn new(name: &'static str, version: &'static str, idempotent: bool) -> Self {
        Action {
            name,
            version,
            idempotent,
            error: PhantomData,
        }
    }
}

/// Sends `request` as `action`, retrying as the client's [`RetryPolicy`] allows, and decodes
/// the response into the payload `T` or a typed [`SdkError`].
///
/// An attempt is retried only when the service answers with an error code whose
/// [`RetryClass`] is [`Throttling`](RetryClass::Throttling), or
/// [`Transient`](RetryClass::Transient) for an [idempotent](Action::idempotent) action, and
/// attempts remain. Every other outcome (success, other codes, unknown codes, malformed
/// bodies, HTTP errors without an API error, transport failures) is returned at once.
pub fn call<T, E>(
    client: &Client,
    action: &Action<E>,
    request: &impl Serialize,
) -> Result<Success<T>, SdkError<E>>
where
    T: DeserializeOwned,
    E: ServiceError,
{
    let body = serde_json::to_vec(request).map_err(SdkError::Encode)?;
    let policy = &client.retry;
    let jitter = RandomState::new();
    let mut retry = 0;
    loop {
        match attempt(client, action, &body) {
            Err(SdkError::Api(error))
                if retry + 1 < policy.max_attempts
                    && RetryPolicy::should_retry(error.retry_class(), action.idempotent) =>
            {
                std::thread::sleep(policy.delay(retry, jitter.hash_one(retry)));
                retry += 1;
            }
            outcome => return outcome,
        }
    }
}

/// One request and its classified response.
fn attempt<T, E>(
    client: &Client,
    action: &Action<E>,
    body: &[u8],
) -> Result<Success<T>, SdkError<E>>
where
    T: DeserializeOwned,
    E: ServiceError,
{
    let timestamp = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    let mut request = client
        .agent
        .post(&client.endpoint)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("X-TC-Action", action.name)
        .header("X-TC-Version", action.version)
        .header("X-TC-Timestamp", timestamp.to_string());
    if let Some(region) = &client.region {
        request = request.header("X-TC-Region", region);
    }
    let mut response = request.send(body).map_err(transport)?;
    let status = response.status().as_u16();
    let body = response
        .body_mut()
        .with_config()
        .limit(MAX_BODY_BYTES)
        .read_to_vec()
        .map_err(transport)?;
    classify(status, &body, decode::<T, E>(&body))
}

fn transport<E>(error: ureq::Error) -> SdkError<E> {
    SdkError::Transport(Box::new(error))
}

/// Turns a status, a body and its decoding into the outcome of one attempt.
///
/// An API error counts whatever the status (Tencent sends them with 200); a payload counts
/// only with a 2xx status. A body that is no envelope is a [`SdkError::Decode`] with a 2xx
/// status and an [`SdkError::Http`] otherwise (a gateway's error page, say).
fn classify<T, E: ServiceError>(
    status: u16,
    body: &[u8],
    decoded: Result<Success<T>, ResponseError<E>>,
) -> Result<Success<T>, SdkError<E>> {
    let success_status = (200..300).contains(&status);
    match decoded {
        Ok(success) if success_status => Ok(success),
        Err(ResponseError::Api(error)) => Err(SdkError::Api(error)),
        Err(ResponseError::Decode(error)) if success_status => Err(SdkError::Decode {
            status,
            error,
            body: excerpt(body),
        }),
        // A payload, a malformed body, or a failure the runtime learns to report after this
        // SDK was written, under a non-2xx status.
        _ => Err(SdkError::Http {
            status,
            body: excerpt(body),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(base_ms: u64, max_ms: u64) -> RetryPolicy {
        RetryPolicy {
            max_attempts: 10,
            base_delay: Duration::from_millis(base_ms),
            max_delay: Duration::from_millis(max_ms),
        }
    }

    #[test]
    fn ceilings_double_until_the_cap() {
        let policy = policy(100, 1000);
        let ceilings: Vec<u128> = (0..6).map(|n| policy.ceiling(n).as_millis()).collect();
        assert_eq!(ceilings, [100, 200, 400, 800, 1000, 1000]);
        // Far past any shift or multiplication range: still the cap.
        assert_eq!(policy.ceiling(40), Duration::from_millis(1000));
        assert_eq!(policy.ceiling(u32::MAX), Duration::from_millis(1000));
    }

    #[test]
    fn delays_are_full_jitter_within_the_ceiling() {
        let policy = policy(100, 1000);
        let state = RandomState::new();
        for retry in 0..8 {
            for sample in 0..200u64 {
                let delay = policy.delay(retry, state.hash_one((retry, sample)));
                assert!(delay <= policy.ceiling(retry), "{delay:?} at retry {retry}");
            }
        }
        // The extremes of the random input reach both ends of the range.
        assert_eq!(policy.delay(2, 0), Duration::ZERO);
        let top = u64::try_from(policy.ceiling(2).as_nanos()).unwrap();
        assert_eq!(policy.delay(2, top), policy.ceiling(2));
        assert_eq!(policy.delay(2, top + 1), Duration::ZERO);
    }

    #[test]
    fn delays_vary() {
        let policy = policy(100, 1000);
        let state = RandomState::new();
        let delays: std::collections::HashSet<Duration> = (0..50u64)
            .map(|i| policy.delay(3, state.hash_one(i)))
            .collect();
        assert!(
            delays.len() > 40,
            "{} distinct delays out of 50",
            delays.len()
        );
    }

    #[test]
    fn only_retryable_classes_are_retried() {
        assert!(RetryPolicy::should_retry(RetryClass::Throttling, false));
        assert!(RetryPolicy::should_retry(RetryClass::Throttling, true));
        assert!(RetryPolicy::should_retry(RetryClass::Transient, true));
        assert!(!RetryPolicy::should_retry(RetryClass::Transient, false));
        assert!(!RetryPolicy::should_retry(RetryClass::NotRetryable, true));
    }
}
