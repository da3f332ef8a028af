//! Typed Rust enums for Tencent Cloud API error codes, generated at compile time from the
//! published error-code pages.
//!
//! [`tencent_errors!`]`("cvm")` expands Tencent Cloud's error-code data for CVM into an enum,
//! `CvmError`, with one documented variant per code. A small runtime decodes API 3.0 response
//! bodies into your payload or a typed [`ApiError`], so a failed call is a value you can
//! `match`, log and retry by its code.
//!
//! # What you get
//!
//! **One enum per service.** `tencent_errors!("dc")` defines `DcError` for the Direct Connect
//! service (the examples here use dc because its page is short; `"cvm"`, `"vpc"`, `"cdb"` and
//! every other name in [`SERVICES`] work the same). The data is bundled with the crate: every
//! Tencent Cloud API 3.0 service of the Chinese and of the international site, and those no
//! longer published, so no network and no file is needed at build time.
//!
//! **One variant per code.** `InvalidParameter.VlanConflict` is
//! `DcError::InvalidParameterVlanConflict`: the code's words in UpperCamelCase. Each variant's
//! documentation has the page's description (Chinese and English), the code, its
//! [`Category`] and its [`RetryClass`], and the code as a search alias, so searching the docs
//! for `InvalidParameter.VlanConflict` finds it. The [services] module shows every bundled
//! service's enum as the macro generates it.
//!
//! **`Unknown` keeps unlisted codes verbatim.** `from_code` never fails: a code the page does
//! not list (a code Tencent added after this release, a typo in a test) becomes
//! `Unknown(String)` with the string as it came, and `code()`, `Display`, serde, `category()`
//! and `retry_class()` all work on it. The enums are `#[non_exhaustive]`, so a release that
//! adds codes breaks no `match`.
//!
//! ```
//! use tencent_errors::{tencent_errors, Category, RetryClass};
//!
//! tencent_errors!("dc");
//!
//! let error = DcError::from_code("InvalidParameter.VlanConflict");
//! assert_eq!(error, DcError::InvalidParameterVlanConflict);
//! assert_eq!(error.code(), "InvalidParameter.VlanConflict");
//! assert_eq!(error.description(), Some("vlan冲突。"));
//! assert_eq!(error.to_string(), "InvalidParameter.VlanConflict: vlan冲突。");
//! assert_eq!(error.category(), Category::InvalidParameter);
//! assert!(error.is_known());
//!
//! // A code the page does not list: kept as it came, classified from its text.
//! let unlisted = DcError::from_code("RequestLimitExceeded.TunnelQuota");
//! assert_eq!(unlisted, DcError::Unknown("RequestLimitExceeded.TunnelQuota".to_owned()));
//! assert!(!unlisted.is_known());
//! assert_eq!(unlisted.description(), None);
//! assert_eq!(unlisted.retry_class(), RetryClass::Throttling);
//!
//! // `FromStr` is `from_code` (it cannot fail); `ALL` lists every variant but `Unknown`.
//! let parsed: DcError = "ResourceNotFound".parse().unwrap();
//! assert_eq!(parsed, DcError::ResourceNotFound);
//! assert!(DcError::ALL.contains(&parsed));
//! assert_eq!(DcError::SERVICE, "dc");
//! ```
//!
//! Besides these, every enum has `description_in` and `common()` (below), `is_retired()` and
//! `retired_since()` ([retired codes](#retired-codes)), `CURRENT`, `Debug`, `Clone`, `Eq` and
//! `Hash` by code, `std::error::Error`, [`ServiceError`], and with the `serde` feature
//! `Serialize`/`Deserialize` as the code string. The macro's own page, [`tencent_errors!`],
//! lists all of it and how a page is read.
//!
//! # Decoding a response
//!
//! Every Tencent Cloud API 3.0 response is a JSON object with one `Response` member, which holds
//! either the action's output or an `Error`:
//!
//! ```json
//! {"Response": {"Error": {"Code": "ResourceNotFound", "Message": "..."}, "RequestId": "..."}}
//! ```
//!
//! [`decode::<T, E>(body)`](decode) reads the body once and returns a [`Success<T>`](Success)
//! (the payload `T` and the request id) or a [`ResponseError<E>`](ResponseError):
//! [`ResponseError::Api`] when the service answered with an error, [`ResponseError::Decode`]
//! ([`DecodeError`]) when the body is not a well-formed response (a proxy's HTML page, a
//! truncated body). `E` is the service's enum (or any [`ServiceError`]). The
//! [`ApiError<E>`](ApiError) keeps what the service sent verbatim: `code` as the typed enum
//! (unlisted codes in `Unknown`), `message` and `request_id` as the strings of the body, ready
//! for a support ticket.
//!
//! ```
//! use tencent_errors::{decode, tencent_errors, DecodeError, ResponseError};
//!
//! tencent_errors!("dc");
//!
//! /// The fields of a `DescribeDirectConnects` response this program reads.
//! #[derive(serde::Deserialize)]
//! #[serde(rename_all = "PascalCase")]
//! struct DescribeDirectConnects {
//!     total_count: u64,
//! }
//!
//! let ok = br#"{"Response": {"TotalCount": 2, "DirectConnectSet": [],
//!     "RequestId": "6e0fb46e-1f5a-4d0e-b5a0-1c4f8d4f1d0e"}}"#;
//! let success = decode::<DescribeDirectConnects, DcError>(ok).unwrap();
//! assert_eq!(success.payload.total_count, 2);
//! assert_eq!(success.request_id.as_deref(), Some("6e0fb46e-1f5a-4d0e-b5a0-1c4f8d4f1d0e"));
//!
//! let failed = br#"{"Response": {"Error": {"Code": "InvalidParameter.DirectConnectIdIsNotUin",
//!     "Message": "dc-e1h9wqp8 is not yours"}, "RequestId": "b5b41468-520d-4192"}}"#;
//! match decode::<DescribeDirectConnects, DcError>(failed) {
//!     Err(ResponseError::Api(error)) => {
//!         assert_eq!(error.code, DcError::InvalidParameterDirectConnectIdIsNotUin);
//!         assert_eq!(error.message, "dc-e1h9wqp8 is not yours");
//!         assert_eq!(error.request_id.as_deref(), Some("b5b41468-520d-4192"));
//!         assert_eq!(
//!             error.to_string(),
//!             "InvalidParameter.DirectConnectIdIsNotUin: dc-e1h9wqp8 is not yours \
//!              (request id b5b41468-520d-4192)"
//!         );
//!     }
//!     other => panic!("expected the service's error, got {:?}", other.err()),
//! }
//!
//! let not_an_envelope = b"<html><body>502 Bad Gateway</body></html>";
//! match decode::<DescribeDirectConnects, DcError>(not_an_envelope) {
//!     Err(ResponseError::Decode(DecodeError::Json(_))) => {}
//!     other => panic!("expected a decode error, got {:?}", other.err()),
//! }
//! ```
//!
//! The payload type reads the members of `Response` straight from the parser (no intermediate
//! `serde_json::Value`); [`decode`] lists the rules for odd bodies (`"Error": null`, a byte
//! order mark, duplicate members). [`ApiError`] serializes as `{"Code", "Message",
//! "RequestId"}` with the `serde` feature.
//!
//! # Matching and retrying
//!
//! A service's enum is matched like any Rust enum, with a `_` arm because it is
//! `#[non_exhaustive]`. Three questions have answers on every code, listed or not:
//!
//! - `category()`: the code's family, its first segment, as a [`Category`]: one variant per
//!   family of Tencent Cloud's public error table (`AuthFailure`, `LimitExceeded`,
//!   `ResourceNotFound`, ...), [`Category::ServiceSpecific`] for a service's own families.
//! - `retry_class()`: whether retrying can help, as a [`RetryClass`]: `Throttling`
//!   (`RequestLimitExceeded*`: back off and retry), `Transient` (bare `InternalError`,
//!   `ServiceUnavailable*`: retry idempotent calls), `NotRetryable`. [`RetryClass`] has the
//!   table and where it differs from Tencent's Go SDK.
//! - `common()`: the public code (公共错误码, the codes every service can return) this is, as a
//!   [`CommonError`], or `None` for the service's own codes. Middleware can match
//!   `Some(CommonError::AuthFailureSignatureExpire)` without knowing the service.
//!
//! Code that handles every service alike (a retry loop, logging, metrics) is generic over
//! [`ServiceError`], the trait every generated enum implements. [`CommonError`] is one too:
//! decode with it when only the public codes matter.
//!
//! ```
//! use tencent_errors::{decode, CommonError, ResponseError, RetryClass, ServiceError};
//!
//! /// Whether a client should send the call again, for any service.
//! fn should_retry<E: ServiceError>(error: &ResponseError<E>, idempotent: bool) -> bool {
//!     match error.retry_class() {
//!         RetryClass::Throttling => true,
//!         RetryClass::Transient => idempotent,
//!         _ => false,
//!     }
//! }
//!
//! /// A log line, with advice for the public codes every service shares.
//! fn describe<E: ServiceError>(error: &ResponseError<E>) -> String {
//!     let ResponseError::Api(api) = error else {
//!         return format!("not a Tencent Cloud response: {error}");
//!     };
//!     let advice = match api.code.common() {
//!         Some(CommonError::AuthFailureSignatureExpire) => "sync the clock and sign again",
//!         Some(CommonError::UnauthorizedOperation) => "grant the CAM policy",
//!         Some(_) => "a public code",
//!         None => "a code of the service",
//!     };
//!     format!("{} {}: {advice}", api.code.service(), api.code.code())
//! }
//!
//! let throttled = br#"{"Response": {"Error": {"Code": "RequestLimitExceeded.UinLimitExceeded",
//!     "Message": "Requests are too frequent."}, "RequestId": "r-1"}}"#;
//! let error = decode::<serde_json::Value, CommonError>(throttled).unwrap_err();
//! assert!(should_retry(&error, false));
//! assert_eq!(
//!     error.api_error().map(|e| e.code.clone()),
//!     Some(CommonError::RequestLimitExceededUinLimitExceeded)
//! );
//!
//! let expired = br#"{"Response": {"Error": {"Code": "AuthFailure.SignatureExpire"}}}"#;
//! let error = decode::<serde_json::Value, CommonError>(expired).unwrap_err();
//! assert!(!should_retry(&error, true));
//! assert_eq!(
//!     describe(&error),
//!     "common AuthFailure.SignatureExpire: sync the clock and sign again"
//! );
//! ```
//!
//! # Per-action enums
//!
//! A service's enum has every code of the service; the API page of each action lists the few
//! that action returns (its section "4. 错误码"). `actions = [..]` generates one enum per
//! action named, from the action pages bundled for the service, in a module
//! `<service>_actions`:
//!
//! - `DeleteDirectConnectTunnelError` has a variant per code the action lists, named as in
//!   the service enum, and `Other(DcError)` for every other code (public codes the action does
//!   not list, codes its page misses, `Other(DcError::Unknown(..))` for unlisted ones). A
//!   `match` over the listed variants plus `Other` covers everything the call can return.
//! - It has the service enum's API (`from_code`, `code()`, `description()`, `category()`,
//!   `retry_class()`, `common()`, `ALL`, [`ServiceError`], ...) and `ACTION`, the action's
//!   name; `is_known()` means "the action lists the code".
//! - `From` converts both ways without loss: service enum → action enum → service enum gives
//!   back the same value, and the code string never changes.
//!
//! `actions = *` takes every action of the service. Each action is one more enum to compile
//! (cvm has over a hundred actions, vpc over four hundred; with `actions = *` for both, a crate
//! takes about 16 times as long to rebuild as without actions), so name the actions you call.
//! `actions_mod = name` renames the module; `actions_path` reads per-action input of your crate
//! instead of the bundled data: a page with one `## ActionName` heading per action, each
//! followed by a table of codes like a service page's, or Tencent's own API reference pages
//! (`actions_path = "docs/api"`, a directory with one page per action, any file names; the
//! action is read from the page's `Action` row, the codes from its section 4). Those pages are
//! read as Tencent publishes them: an empty section 4 gives an enum of only `Other`, the
//! `Action` row names the enum even where the description names another action, and a code
//! that a stray space cuts (`InvalidKeyPairNameIncludeIllega l Char`) is the service's code it
//! spells without the space; each is noted in the generated docs. With `actions`,
//! invoke the macro at module level, not in a function body: the module names the service enum
//! as `super::DcError`.
//!
//! The bundled per-action data keeps its history, like the service enums: an action that
//! Tencent's Go SDK stops listing stays a `#[deprecated]` enum (`actions = *` still generates
//! it, and `actions = [..]` can still name it), and a code an action stops listing stays a
//! `#[deprecated]` variant of its enum, after the current ones (`ALL` has it, `CURRENT` does
//! not; `is_retired()` and `retired_since()` say since which release). `retired = false` leaves
//! both out.
//!
//! ```
//! use tencent_errors::{decode, tencent_errors, ResponseError};
//!
//! // At module level (outside `main`), as `dc_actions` names `super::DcError`.
//! tencent_errors!("dc", actions = [DeleteDirectConnectTunnel, DescribeDirectConnectTunnels]);
//! use dc_actions::DeleteDirectConnectTunnelError;
//!
//! # fn main() {
//! let body = br#"{"Response": {"Error": {"Code": "UnsupportedOperation.StateConfLict",
//!     "Message": "the tunnel is being created"}, "RequestId": "r-1"}}"#;
//! let Err(ResponseError::Api(error)) =
//!     decode::<serde_json::Value, DeleteDirectConnectTunnelError>(body)
//! else {
//!     panic!("expected the service's error");
//! };
//! let advice = match &error.code {
//!     DeleteDirectConnectTunnelError::UnsupportedOperationStateConfLict => "wait and retry",
//!     DeleteDirectConnectTunnelError::ResourceNotFoundDirectConnectTunnelIdIsNotExist => {
//!         "already gone"
//!     }
//!     DeleteDirectConnectTunnelError::Other(other) => other.code(),
//!     _ => "another code the action lists",
//! };
//! assert_eq!(advice, "wait and retry");
//! assert_eq!(DeleteDirectConnectTunnelError::ACTION, "DeleteDirectConnectTunnel");
//!
//! // A code the action does not list is `Other`, holding the service enum's variant.
//! let signature = DeleteDirectConnectTunnelError::from_code("AuthFailure.SignatureExpire");
//! assert_eq!(
//!     signature,
//!     DeleteDirectConnectTunnelError::Other(DcError::AuthFailureSignatureExpire)
//! );
//! assert!(!signature.is_known());
//!
//! // Both ways, without loss.
//! let service = DcError::from(error.code.clone());
//! assert_eq!(service, DcError::UnsupportedOperationStateConfLict);
//! assert_eq!(DeleteDirectConnectTunnelError::from(service), error.code);
//! # }
//! ```
//!
//! # Languages
//!
//! Tencent Cloud publishes each error-code page in Chinese (the reference) and in English (a
//! translation that may lag behind). A bundled enum carries both: its variants are the union of
//! both sites' codes, so the language you pick never changes the API.
//!
//! - `description()` (and `Display`) gives the enum's default language, Chinese unless the
//!   macro's `lang = "en"` makes it English, and falls back to the other language when a code
//!   has no text in the default one.
//! - `description_in(language)` gives exactly one [`Language`], or `None`.
//! - Rustdoc shows both texts, Chinese first.
//!
//! ```
//! use tencent_errors::{tencent_errors, Language};
//!
//! tencent_errors!("dc");
//! tencent_errors!("dc", lang = "en", name = DcErrorEn);
//!
//! let zh = DcError::ResourceNotFoundDirectConnectTunnelIdIsNotExist;
//! assert_eq!(zh.description(), Some("专用通道不存在。"));
//! let english = zh.description_in(Language::English);
//! assert_eq!(english, Some("The dedicated tunnel does not exist."));
//!
//! let en = DcErrorEn::ResourceNotFoundDirectConnectTunnelIdIsNotExist;
//! assert_eq!(
//!     en.to_string(),
//!     "ResourceNotFound.DirectConnectTunnelIdIsNotExist: The dedicated tunnel does not exist."
//! );
//! assert_eq!(en.description_in(Language::Chinese), zh.description());
//! ```
//!
//! Without the `descriptions` feature no text of either language is in the binary:
//! `description()` is `None` and `Display` prints the bare code.
//!
//! # Retired codes
//!
//! Tencent stops publishing codes now and then. A release of this crate that refreshes the
//! bundled data does not delete their variants: a code that no current page of either site
//! lists, but that an earlier release published, stays as a **retired** variant.
//!
//! - The variant is `#[deprecated]`, with a note naming the first release of Tencent's SDK
//!   package without the code: naming it in your code is a warning, not an error, so a
//!   refresh in a minor release never breaks a build (unless warnings are denied).
//! - `from_code` still returns it; `is_known()` is `true`, `is_retired()` is `true`,
//!   `retired_since()` names the release, and its description is the text as last published.
//! - `ALL` has every variant, current codes first; `CURRENT` only the codes published today.
//! - `retired = false` leaves retired codes out: they decode as `Unknown`, the enum is
//!   smaller, and a variant you match stops compiling when Tencent retires its code.
//!
//! ```
//! use tencent_errors::tencent_errors;
//!
//! tencent_errors!("tmt");
//! tencent_errors!("tmt", retired = false, name = TmtCurrentError);
//!
//! let error = TmtError::from_code("InvalidParameter.SeqIntervalTooLarge");
//! #[allow(deprecated)] // the variant is deprecated: Tencent no longer lists the code
//! let retired = TmtError::InvalidParameterSeqIntervalTooLarge;
//! assert_eq!(error, retired);
//! assert!(error.is_known() && error.is_retired());
//! assert_eq!(error.retired_since(), Some("tencentcloud-sdk-python 3.1.195"));
//! assert!(TmtError::ALL.contains(&error));
//! assert!(!TmtError::CURRENT.contains(&error));
//!
//! let current = TmtCurrentError::from_code("InvalidParameter.SeqIntervalTooLarge");
//! assert!(!current.is_known());
//! assert_eq!(TmtCurrentError::ALL.len(), TmtError::CURRENT.len());
//! ```
//!
//! What each kind of data change means for semver (codes added, retired, renamed; services
//! added and retired) is the [versioning policy].
//!
//! # Your own pages
//!
//! `path = "docs/billing.md"` builds the enum from a markdown page of your crate instead of
//! the bundled data: an SDK can pin the codes it was written against, or cover a service or a
//! private API this crate does not bundle. The path is relative to your crate's `Cargo.toml`
//! and must stay inside the crate; editing the page rebuilds the crate. A page given with
//! `path =` is the whole truth: nothing bundled (the other language, the history of retired
//! codes) is merged in, so a code you delete from the page deletes its variant.
//!
//! Every markdown table whose header names a code column (`错误码`, `Error Code`, `Code`, ...)
//! and a description column (`说明`, `描述`, `Description`, ...) is read; prose and other tables
//! are ignored. A table under a heading with `公共`, "common" or "public" is the public table,
//! whose descriptions the service's own rows override. A bad row is a compile error naming the
//! file and line.
//!
//! ```markdown
//! ### 业务错误码
//!
//! | 错误码 | 说明 |
//! |---|---|
//! | FailedOperation.BalanceInsufficient | 余额不足。 |
//! | InvalidParameter.PayMode | 付费模式错误。 |
//! ```
//!
//! `path = [..]` takes several pages, one per language: each page's language is told from its
//! text (Chinese when at least a fifth of its descriptions hold CJK ideographs), the variants are
//! the union of the pages' codes, and each code gets the texts it has.
//!
//! ```
//! use tencent_errors::{tencent_errors, Language};
//!
//! // Pages of this crate's tests; in yours, say "docs/billing.md" and "docs/billing.en.md".
//! tencent_errors!("billing", path = "tests/fixtures/pages/billing.md");
//! tencent_errors!(
//!     "billing",
//!     path = [
//!         "tests/fixtures/pages/languages/billing.md",
//!         "tests/fixtures/pages/languages/billing.en.md",
//!     ],
//!     name = BillingBilingualError,
//! );
//!
//! // One Chinese page: nothing else is merged in.
//! let balance = BillingError::FailedOperationBalanceInsufficient;
//! assert_eq!(balance.code(), "FailedOperation.BalanceInsufficient");
//! assert_eq!(balance.description_in(Language::English), None);
//!
//! // The Chinese page's codes, then the English page's own; each with the texts it has.
//! let codes: Vec<&str> = BillingBilingualError::ALL.iter().map(|e| e.code()).collect();
//! assert_eq!(
//!     codes,
//!     [
//!         "FailedOperation.BalanceInsufficient",
//!         "InvalidParameter.PayMode",
//!         "ResourceNotFound.Invoice",
//!     ]
//! );
//! let invoice = BillingBilingualError::ResourceNotFoundInvoice;
//! assert_eq!(invoice.description_in(Language::Chinese), None);
//! assert_eq!(invoice.description(), Some("The invoice does not exist."));
//! ```
//!
//! The `tencent-errors` command's `check` reads a page as the macro does and reports
//! collisions and suspicious rows before you expand it ([below](#the-tencent-errors-command)).
//!
//! # Service crates
//!
//! Every service either site publishes has a crate of its own, `tencent-errors-<service>`
//! (library `tencent_errors_<service>`, with `-` for `_` in the package name): its service
//! enum at the root and every action's enum, retired ones included, in a module `actions`.
//! For example [`tencent-errors-cvm`](https://docs.rs/tencent-errors-cvm) has
//! `tencent_errors_cvm::CvmError` and `tencent_errors_cvm::actions::RunInstancesError`, and
//! its docs.rs page is the reference of CVM's errors: which codes `RunInstances` can return,
//! each with its descriptions. The crates are generated from the bundled data by
//! `tencent-errors services` and listed in the repository's `services/` folder.
//!
//! ```toml
//! [dependencies]
//! tencent-errors = "0.1"
//! tencent-errors-cvm = "1"
//! ```
//!
//! | depend on a service crate when | invoke the macro when |
//! |---|---|
//! | the bundled data serves you | you have pages of your own (`path`, `actions_path`) |
//! | you want every action, or many: compiled once in the service crate, they cost your rebuilds nothing (`docs/benchmarks.md`: a crate naming cvm's and vpc's per-action enums rebuilds as fast as one with the two service enums alone, where `actions = *` in the crate itself is about 16 times slower) | you call a few actions and want nothing else compiled |
//! | you want docs.rs pages to link to | you want your own names (`name`, `rename`, `actions_mod`) or your own impls on the enums: Rust only lets you implement your traits for types of your crate |
//!
//! A service crate pins its data (a copy of its service's part of the bundled data, which it
//! expands with `data = "data"`), so `cargo update` changes its enums only through a new
//! version of that crate, never through a new `tencent-errors` ([versioning policy]). Its
//! features `decode`, `serde` and `descriptions` turn on those of `tencent-errors`; turn its
//! default features off to turn them off.
//!
//! # The macro's options
//!
//! `tencent_errors!("service", option = value, ...)`; the service name is `[a-z][a-z0-9_]*`.
//! [`tencent_errors!`] documents each option in full.
//!
//! | option | default | what it does |
//! |---|---|---|
//! | `path = "docs/x.md"` | the bundled data | read a page of your crate ([your own pages](#your-own-pages)) |
//! | `path = ["docs/x.md", "docs/x.en.md"]` | | several pages, one per language |
//! | `lang = "en"` | `"zh"` | the language `description()` and `Display` give first ([languages](#languages)) |
//! | `retired = false` | `true` | leave out the codes Tencent no longer publishes ([retired codes](#retired-codes)) |
//! | `name = BillingCode` | UpperCamel(service) + `Error`: `CvmError` | the enum's name |
//! | `vis = pub(crate)` | `pub` | the enum's visibility; leave it empty (`vis = ,`) for a private enum |
//! | `rename = { "Code.String" = Name, ... }` | the code's words in UpperCamelCase | choose variant names |
//! | `actions = [RunInstances, ...]`, `actions = *` | none | one enum per API action ([per-action enums](#per-action-enums)) |
//! | `actions_mod = cvm_calls` | `<service>_actions` | the module of the per-action enums |
//! | `actions_path = "docs/cvm-actions.md"` | the bundled action page | read an action page of your crate |
//! | `data = "data"` | the bundled data | read the service's data from a directory of your crate in the bundled data's layout (how the service crates pin theirs) |
//!
//! Codes whose names would collide (`InvalidParameter.ValueTooLarge` and
//! `InvalidParameterValue.TooLarge`) all get segmented names (`InvalidParameter_ValueTooLarge`,
//! `InvalidParameterValue_TooLarge`), whatever their order on the page; `rename` overrides.
//! A bad option is a compile error at the argument; an unknown service or action names the
//! closest one.
//!
//! # Cargo features
//!
//! | feature | default | what |
//! |---|---|---|
//! | `decode` | on | [`decode`] and its types ([`ApiError`], [`DecodeError`], [`ResponseError`], [`Success`]); brings in serde and serde_json |
//! | `serde` | on | `Serialize`/`Deserialize` of the generated enums (and of [`ApiError`]) as the code string |
//! | `descriptions` | on | each code's text in the binary, for `description()` and `Display` (about 40% of the size an enum adds); off: `description()` is `None`, `Display` the bare code |
//! | `services` | off | the [services] module: every bundled service's enum, expanded once (slow to compile; on for docs.rs) |
//!
//! # The `tencent-errors` command
//!
//! The repository's `cli/` crate builds a command-line companion (`cargo install --path cli`
//! from a clone, or `cargo run --bin tencent-errors -- ...` in it). It reads pages exactly as
//! the macro does:
//!
//! - `check PAGE...`: the codes, families, name collisions, merged rows and suspicious rows of a
//!   page (`--strict` fails on suspicious rows, for CI);
//! - `expand PAGE`: the code the macro generates, pretty-printed, for crates that prefer
//!   checked-in generated code;
//! - `diff OLD NEW`: what changed between two versions of a page, with the semver verdict for
//!   the enum (`--fail-on major` for CI);
//! - `import SOURCE... --out DIR`: rebuild the bundled data from Tencent's published SDK
//!   packages;
//! - `sync OLD_DIR NEW_DIR`: one report, verdict and changelog fragment for a whole data refresh;
//! - `services`: write the [service crates](#service-crates) from the bundled data (`--check`:
//!   say whether the checked-in tree is current).
//!
//! Every command takes `--format json`. The [CLI guide] has the options, the output and the
//! exit codes.
//!
//! # Design notes
//!
//! - [Design notes]: how a page is read, how variants are named, how `from_code` looks a code
//!   up, why retry classes are what they are, how per-action enums are built.
//! - [Versioning policy]: what a change of the data means for semver.
//! - [CLI guide]: the `tencent-errors` command.
//! - [Benchmarks]: lookups, decoding, build cost and binary size, with the commands that
//!   measured them.
//! - [The SDK example]: a miniature client with its own pages and a retry policy built on
//!   [`RetryClass`], tested against a local server.
//! - [The bundled data]: where it comes from and how a refresh is done.
//!
//! [Design notes]: https://github.com/tencent-errors/tencent-errors/blob/main/docs/design.md
//! [Versioning policy]: https://github.com/tencent-errors/tencent-errors/blob/main/docs/versioning.md
//! [CLI guide]: https://github.com/tencent-errors/tencent-errors/blob/main/docs/cli.md
//! [Benchmarks]: https://github.com/tencent-errors/tencent-errors/blob/main/docs/benchmarks.md
//! [The SDK example]: https://github.com/tencent-errors/tencent-errors/blob/main/docs/sdk.md
//! [The bundled data]: https://github.com/tencent-errors/tencent-errors/blob/main/codegen/data/README.md
#![cfg_attr(feature = "services", doc = "[services]: crate::services")]
#![cfg_attr(
    not(feature = "services"),
    doc = "[services]: https://docs.rs/tencent-errors/latest/tencent_errors/services/index.html"
)]
#![doc(html_root_url = "https://docs.rs/tencent-errors/0.1.0")]
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

/// Expands a Tencent Cloud error-code page into a typed error enum.
///
/// This page is the reference; the [crate documentation](crate) is the guide, with examples.
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
///   `build.rs`. With `actions`, invoke the macro at module level, not in a function body: the
///   module names the service enum as `super::CvmError`.
///   Per-action enums cost compile time: name the actions you call rather than `*`
///   (`docs/benchmarks.md`), or depend on the service's crate (`tencent-errors-cvm`), which
///   compiles every action's enum once.
/// - `data = "data"`: read the service's data from a directory of the invoking crate in the
///   layout of the bundled data (`zh/<service>.md`, `en/<service>.md`, `actions/<service>.md`,
///   `history.tsv`, `action-history.tsv`, `sources.tsv`; those present) instead of the data
///   bundled with this crate, and expand it exactly as the bundled data: retired codes and
///   actions included, `actions` reading its per-action data. The service crates pin their
///   data this way; `tencent-errors services` writes such directories. Not with `path`.
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
