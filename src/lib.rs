//! Typed Rust enums for Tencent Cloud API error codes.
//!
//! `tencent_errors!("cvm")` reads Tencent Cloud's error-code page for CVM at compile time and
//! expands it into `CvmError`: one variant per listed code, a variant that keeps unlisted codes
//! verbatim, O(1) lookups, descriptions, categories and retry classes.
//!
//! ```
//! tencent_errors::tencent_errors!("cvm");
//!
//! let error = CvmError::from_code("InvalidInstanceId.NotFound");
//! assert_eq!(error, CvmError::InvalidInstanceIdNotFound);
//! assert_eq!(error.code(), "InvalidInstanceId.NotFound");
//! assert_eq!(error.category(), tencent_errors::Category::ServiceSpecific);
//! assert!(CvmError::from_code("Brand.New").description().is_none());
//! ```
//!
//! With the `services` feature (off by default; on for docs.rs), the `services` module holds
//! the enums of every bundled service, expanded once: browse it for what the macro generates.
#![doc(html_root_url = "https://docs.rs/tencent-errors/0.1.0")]
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

/// Expands a Tencent Cloud error-code page into a typed error enum.
///
/// ```text
/// tencent_errors!("cvm");                                   // the bundled page for CVM
/// tencent_errors!("billing", path = "docs/billing.md");     // a page of your crate
/// tencent_errors!("cvm", name = Cvm, vis = pub(crate),
///                 rename = { "InvalidParameter.ValueTooLarge" = ValueTooLarge });
/// ```
///
/// The first argument is the service name (`[a-z][a-z0-9_]*`). Without `path`, the page bundled
/// with this crate is used (see below). Options:
///
/// - `path = "docs/x.md"`: read a page of the invoking crate, relative to its `Cargo.toml`
///   (`CARGO_MANIFEST_DIR`); editing the file rebuilds the crate. The path must stay inside the
///   crate.
/// - `name = Ident`: the enum's name; by default UpperCamel(service) + `Error` (`CvmError`).
/// - `vis = pub(crate)`: the enum's visibility (default `pub`; empty for private).
/// - `rename = { "Code.String" = VariantName, ... }`: choose variant names.
///
/// # The page
///
/// Every markdown table whose header has an error-code column (`错误码`, `Error Code`, `Code`)
/// and a description column (`说明`, `错误描述`, `描述`, `Description`) is read; other tables and
/// all prose are ignored. A code listed in both the public table (under a heading containing
/// `公共` or "common") and a service table becomes one variant with the service table's
/// description. The same code twice in one table is merged when the descriptions agree and is
/// an error otherwise. Codes are trimmed (also of full-width spaces) and lose one trailing `.`;
/// what remains must be `[A-Za-z][A-Za-z0-9_-]*` segments joined by `.` (`_` in a code is
/// literal, never emphasis; HTML in a code cell is an error). A bad row is a compile error
/// naming the file and line, and so is a row with more cells than its header (an unescaped `|`,
/// also inside inline code, would otherwise cut the description: write `\|`) and a page whose
/// error-code tables have no rows.
///
/// Descriptions keep inline code, emphasis and links in the rustdoc (relative links become
/// `https://cloud.tencent.com/...`); `<br>` is a line break, HTML formatting tags are dropped
/// with their text kept, and `description()` returns plain text.
///
/// # What is generated
///
/// For `tencent_errors!("cvm")`, a `#[non_exhaustive]` enum `CvmError` with one documented
/// variant per code (with `#[doc(alias = "Code.String")]`) and `Unknown(String)` for codes the
/// page does not list, and:
///
/// - `CvmError::from_code(&str) -> CvmError` (a perfect-hash lookup, never fails),
///   `code()`, `is_known()`, `description()`, `category()`, `retry_class()`,
///   `CvmError::ALL` (every listed code, page order) and `CvmError::SERVICE`;
/// - `Display` (`Code: description`), `Debug`, `Clone`, `PartialEq`, `Eq`, `Hash` (by code),
///   `std::error::Error`, `FromStr` (infallible), [`ServiceError`], and with the `serde`
///   feature `Serialize`/`Deserialize` as the code string.
///
/// # Variant names
///
/// UpperCamelCase of the code's words (`InvalidInstanceId.NotFound` →
/// `InvalidInstanceIdNotFound`). Codes of one page whose names collide all get their segments
/// joined by `_` instead (`InvalidParameter_ValueTooLarge`, `InvalidParameterValue_TooLarge`);
/// if those still collide, `_1`, `_2`, ... follow in code order. `rename` overrides any of it.
///
/// # Bundled services
///
/// as, cam, cbs, cdb, ckafka, clb, cls, cvm, dc, dnspod, es, gaap, lighthouse, mongodb,
/// monitor, mps, postgres, redis, scf, ssl, sts, tat, tcr, tke, vpc.
pub use tencent_errors_macros::tencent_errors;

pub use tencent_errors_runtime::CommonError;
pub use tencent_errors_runtime::{Category, Language, RetryClass, ServiceError};

#[cfg(feature = "decode")]
#[cfg_attr(docsrs, doc(cfg(feature = "decode")))]
pub use tencent_errors_runtime::{decode, ApiError, DecodeError, ResponseError, Success};

#[doc(hidden)]
pub use tencent_errors_runtime::__private;

#[cfg(feature = "services")]
pub mod services;

extern crate self as tencent_errors;
