//! Parsing and code generation behind the `tencent_errors!` macro: error-code pages in, Rust
//! enums out.
//!
//! The proc-macro crate is a thin shell around [`expand()`]; everything else lives here so that it
//! can be tested, benchmarked, fuzzed and reused by the `tencent-errors` command-line tool. The
//! pipeline, one private folder per stage; `request` drives the others, and each of the others
//! imports only from the stages listed before it (and from `data::format`, the data's layout,
//! which reading also uses):
//!
//! 1. `request`: what was asked, the macro's arguments (`input`) and the pages read (`source`),
//!    as one [`Request`], checked once and built by [`build`] (also [`build_model`]);
//! 2. `read`: markdown pages → [`Row`]s ([`parse_page`]) and per-action listings
//!    ([`ActionPage`]), for every kind of page;
//! 3. `model`: rows → a [`Model`] in two passes, the merge (unique codes) then the naming
//!    (variant names), and the per-action models ([`ActionModel`]);
//! 4. `data`: the bundled data ([`ServiceData`], [`action_page`]) and its [`format`](mod@format), beside the
//!    model;
//! 5. `generate`: models → tokens, with a perfect-hash `from_code` ([`generate()`]) and one
//!    template engine for the service and per-action enums.
//!
//! At the top: [`expand()`], the macro's driver from its arguments to tokens or
//! `compile_error!`s, and the one [`Diagnostic`] type, which says where each problem points.
//! The rules a page follows and how variants are named are written once, in `docs/design.md`.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod data;
mod diagnostic;
mod expand;
mod generate;
mod model;
mod read;
mod request;

pub use data::bundled::{
    action_page, action_page_in, bundled_page, BundledActions, BundledService, ServiceData,
    BUNDLED_SERVICES,
};
pub use data::for_each_service;
pub use data::format;
pub use data::format::check_service_name;
pub use diagnostic::{place, Diagnostic, Location, Severity};
pub use expand::{expand, expand_in};
pub use generate::{generate, Target};
pub use model::{
    enum_name, ActionCode, ActionModel, Collision, ErrorCode, Merge, Model, Naming, Rename,
};
pub use read::{
    parse_page, ActionListing, ActionPage, CutCode, Description, PageNote, ParsedPage, RetiredCode,
    Row, TableKind,
};
pub use request::source::markdown_files;
pub use request::{
    build, build_model, ActionSelection, ActionsPath, Built, BuiltActions, DataDirectory, Page,
    Request,
};
pub use tencent_errors_runtime::Language;

/// Items for this workspace's benchmarks, fuzz targets and property tests; not public API, no
/// semver guarantees.
#[doc(hidden)]
pub mod __internals {
    pub use crate::generate::lookup::{build as build_lookup_table, Table as LookupTable};
    pub use crate::model::naming::reserved_names;
    pub use crate::model::suggest::edit_distance;
    pub use crate::read::is_valid_variant_name;
    pub use crate::read::normalise_code;
}
