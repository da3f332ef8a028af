//! Parsing and code generation behind the `tencent_errors!` macro: error-code pages in, Rust
//! enums out.
//!
//! The proc-macro crate is a thin shell around [`expand`]; everything else lives here so that it
//! can be tested, benchmarked, fuzzed and reused by the `tencent-errors` command-line tool. The
//! pipeline, one private module per stage:
//!
//! 1. `parse`: a markdown page (pulldown-cmark tables) → [`Row`]s ([`parse_page`]);
//! 2. `model` and `naming`: rows → unique codes with variant names ([`Model`], [`build_model`]);
//! 3. `lookup` and `generate`: the model → tokens, with a perfect-hash `from_code` ([`generate`]);
//! 4. `actions`: per-action pages → one enum per action beside the service enum
//!    ([`parse_action_page`], [`action_models`], [`generate_actions`]);
//! 5. `expand`: the macro's driver, from its arguments to tokens or `compile_error!`s.
//!
//! Every problem is a [`Diagnostic`] that says where it points. The rules a page follows and
//! how variants are named are written once, in `docs/design.md`.
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
