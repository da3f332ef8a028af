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
/// tencent_errors!("cvm");                                   // the bundled data for CVM
/// tencent_errors!("cvm", lang = "en");                      // English descriptions first
/// tencent_errors!("billing", path = "docs/billing.md");     // a page of your crate
/// tencent_errors!("billing", path = ["docs/billing.md", "docs/billing.en.md"]);
/// tencent_errors!("cvm", name = Cvm, vis = pub(crate), retired = false,
///                 rename = { "InvalidParameter.ValueTooLarge" = ValueTooLarge });
/// tencent_errors!("cvm", actions = [RunInstances, DescribeInstances]);  // + cvm_actions::*
/// tencent_errors!("vpc", actions = *, actions_mod = vpc_calls);
/// ```
///
/// The first argument is the service name (`[a-z][a-z0-9_]*`). Without `path`, the data bundled
/// with this crate is used: every service either Tencent Cloud site publishes or ever published
/// ([`SERVICES`] lists them; the `services` module shows each one's enum). Options:
///
/// - `path = "docs/x.md"` or `path = ["docs/x.md", "docs/x.en.md", "docs/x.ja.md",
///   "docs/x.ko.md"]` (any subset, one page per language): read pages of the invoking crate
///   instead, relative to its `Cargo.toml`; editing one rebuilds the crate. A page's language
///   is told from its text (kana: Japanese, hangul: Korean, CJK ideographs: Chinese, else
///   English); each code gets the text of every page that lists it. These pages are the whole
///   truth for the enum: nothing bundled is merged in.
/// - `lang = "en"`, `"ja"` or `"ko"` (or `"zh"`, the default): the language `description()` and
///   `Display` give first, falling back to English, then Chinese; see [`Language`].
/// - `retired = false`: leave out the bundled codes Tencent no longer publishes (they then
///   decode as `Unknown`). By default they are kept as `#[deprecated]` variants, so that a data
///   refresh in a minor release never breaks a build.
/// - `name = Ident`: the enum's name; by default UpperCamel(service) + `Error` (`CvmError`).
/// - `vis = pub(crate)`: the enum's visibility (default `pub`; empty for private).
/// - `rename = { "Code.String" = VariantName, ... }`: choose variant names.
/// - `actions = [RunInstances, ...]` or `actions = *`: also generate one enum per API action, in
///   a module `<service>_actions` (`actions_mod = name` renames it): `RunInstancesError` has a
///   variant per code the action's API page lists ("4. 错误码") and `Other(CvmError)` for every
///   other code, the service enum's API plus `ACTION`, and lossless `From` conversions both
///   ways. Bundled services use the bundled action pages; `actions_path = "docs/x-actions.md"`
///   reads a page of the invoking crate (`## ActionName` sections, each with a code table), or
///   one of Tencent's API reference pages (`## 1. 接口描述` … `## 4. 错误码`), or a directory of
///   them (`actions_path = "docs/api"`, one action per file, any file names: the action is read
///   from the page's `Action` row). Editing a page rebuilds the crate; for files added to or
///   removed from the directory, add `println!("cargo:rerun-if-changed=docs/api");` to your
///   `build.rs`.
///   Per-action enums cost compile time: name the actions you call rather than `*`
///   (`docs/benchmarks.md`).
///
/// # The page
///
/// Every markdown table with an error-code column and a description column is read (the header
/// words, the public/service tables and what a cell may hold are in the repository's
/// `docs/design.md`, "Reading a page"); prose and other tables are ignored. A bad row is a
/// compile error naming the file and line.
///
/// # What is generated
///
/// For `tencent_errors!("cvm")`, a `#[non_exhaustive]` enum `CvmError` with one documented
/// variant per code (with `#[doc(alias = "Code.String")]`) and `Unknown(String)` for codes the
/// data does not list, and:
///
/// - `CvmError::from_code(&str) -> CvmError` (a perfect-hash lookup, never fails), `code()`,
///   `is_known()`, `description()`, `description_in(Language)`, `category()`,
///   `retry_class()`, `is_retired()`, `retired_since()`;
/// - `CvmError::ALL` (every variant but `Unknown`: current codes in page order, then retired
///   ones), `CvmError::CURRENT` (the current codes only) and `CvmError::SERVICE`;
/// - `common()`: the [`CommonError`] (公共错误码) the code is, for middleware that handles the
///   public codes of every service alike;
/// - `Display` (`Code: description`), `Debug`, `Clone`, `PartialEq`, `Eq`, `Hash` (by code),
///   `std::error::Error`, `FromStr` (infallible), [`ServiceError`], and with the `serde`
///   feature `Serialize`/`Deserialize` as the code string.
///
/// Variant names are the UpperCamelCase of the code's words (`InvalidInstanceId.NotFound` →
/// `InvalidInstanceIdNotFound`); colliding names are disambiguated by a rule that does not
/// depend on page order (`docs/design.md`, "Variant names"), and `rename` overrides it.
pub use tencent_errors_macros::tencent_errors;

pub use tencent_errors_runtime::CommonError;
pub use tencent_errors_runtime::{Category, Language, RetryClass, ServiceError};

#[cfg(feature = "decode")]
#[cfg_attr(docsrs, doc(cfg(feature = "decode")))]
pub use tencent_errors_runtime::{decode, ApiError, DecodeError, ResponseError, Success};

#[doc(hidden)]
pub use tencent_errors_runtime::__private;

#[doc(hidden)]
pub use tencent_errors_macros::__for_each_service;

macro_rules! service_names {
    ($($module:ident => $service:literal, $name:ident, $retired:literal;)*) => {
        /// Every bundled service, sorted: the names [`tencent_errors!`] takes without `path`.
        ///
        /// The list is the bundled data's (`codegen/data/` in the repository): every service
        /// of the Chinese or the international site, including those no longer published.
        ///
        /// ```
        /// assert!(tencent_errors::SERVICES.contains(&"cvm"));
        /// assert!(tencent_errors::SERVICES.windows(2).all(|pair| pair[0] < pair[1]));
        /// ```
        pub const SERVICES: &[&str] = &[$($service),*];
    };
}
__for_each_service!(service_names);

#[cfg(feature = "services")]
pub mod services;

extern crate self as tencent_errors;
