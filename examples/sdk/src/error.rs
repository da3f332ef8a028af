//! What a call can end in besides success.

use std::fmt;

use tencent_errors::{ApiError, DecodeError, ServiceError};

/// How much of an unexpected body an error keeps, in bytes.
const EXCERPT_BYTES: usize = 512;

/// Why [`call`](crate::call) did not return a payload.
#[derive(Debug)]
#[non_exhaustive]
pub enum SdkError<E> {
    /// The service answered with `Response.Error` (after any retries): the code as the
    /// service's enum (unlisted codes are `Unknown`), the message and the request id.
    Api(ApiError<E>),
    /// A 2xx response whose body is not a Tencent Cloud API 3.0 response.
    Decode {
        /// The HTTP status.
        status: u16,
        /// What is wrong with the body.
        error: DecodeError,
        /// The start of the body, lossily decoded as UTF-8.
        body: String,
    },
    /// A non-2xx response without an API error in its body, such as a gateway's error page.
    Http {
        /// The HTTP status.
        status: u16,
        /// The start of the body, lossily decoded as UTF-8.
        body: String,
    },
    /// No response: the connection failed, timed out, or the body could not be read.
    Transport(Box<ureq::Error>),
    /// The request could not be serialized as JSON.
    Encode(serde_json::Error),
}

impl<E: ServiceError> SdkError<E> {
    /// The service's error, when the service answered with one.
    pub fn api_error(&self) -> Option<&ApiError<E>> {
        match self {
            SdkError::Api(error) => Some(error),
            _ => None,
        }
    }
}

impl<E: ServiceError> fmt::Display for SdkError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SdkError::Api(error) => write!(f, "{} API error: {error}", error.code.service()),
            SdkError::Decode { status, error, .. } => {
                write!(f, "HTTP {status} with an unreadable response: {error}")
            }
            SdkError::Http { status, body } => write!(f, "HTTP {status}: {body}"),
            SdkError::Transport(error) => write!(f, "request failed: {error}"),
            SdkError::Encode(error) => write!(f, "cannot encode the request: {error}"),
        }
    }
}

impl<E: ServiceError> std::error::Error for SdkError<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SdkError::Api(error) => Some(error),
            SdkError::Decode { error, .. } => Some(error),
            SdkError::Http { .. } => None,
            SdkError::Transport(error) => Some(error.as_ref()),
            SdkError::Encode(error) => Some(error),
        }
    }
}

/// The first [`EXCERPT_BYTES`] of `body` as text, cut at a character boundary.
pub(crate) fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut end = text.len().min(EXCERPT_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut excerpt = text[..end].trim().to_owned();
    if end < text.len() {
        excerpt.push('…');
    }
    excerpt
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_are_cut_at_character_boundaries() {
        assert_eq!(
            excerpt(b"  <html>bad gateway</html>\n"),
            "<html>bad gateway</html>"
        );
        let long = "错".repeat(400); // 1200 bytes
        let cut = excerpt(long.as_bytes());
        assert!(cut.ends_with('…'));
        assert!(cut.len() <= EXCERPT_BYTES + '…'.len_utf8());
        assert!(cut.trim_end_matches('…').chars().all(|c| c == '错'));
        assert_eq!(excerpt(&[0xff, b'a']), "\u{fffd}a");
    }
}
