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

mod actions;
mod bundled;
mod catalogue;
mod diagnostic;
mod expand;
pub mod format;
mod generate;
mod headers;
mod input;
mod lookup;
mod model;
mod naming;
mod parse;
mod request;
mod source;
mod suggest;

pub use actions::{
    action_models, actions_module_name, generate_actions, is_reference_page, parse_action_page,
    parse_action_pages, parse_reference_page, ActionCode, ActionListing, ActionModel, ActionPage,
    ActionsTarget, PageNote, RetiredCode, OTHER_VARIANT,
};
pub use bundled::{
    action_page, action_page_in, bundled_action_page, bundled_page, bundled_service,
    BundledActions, BundledService, ServiceData, BUNDLED_SERVICES,
};
pub use catalogue::for_each_service;
pub use diagnostic::{place, Diagnostic, Location, Severity};
pub use expand::{expand, expand_in};
pub use format::check_service_name;
pub use generate::{enum_name, generate, Target};
pub use headers::{CODE_HEADERS, DESCRIPTION_HEADERS};
pub use model::{ErrorCode, Merge, Model, Rename};
pub use naming::{base_name, segmented_name, Collision, Naming, UNKNOWN_VARIANT};
pub use parse::{
    page_language, page_languages, parse_page, single_page_language, CutCode, Description,
    ParsedPage, Row, TableKind,
};
pub use request::{
    build, build_model, ActionSelection, ActionsPath, Built, BuiltActions, DataDirectory, Page,
    Request,
};
pub use source::markdown_files;
pub use tencent_errors_runtime::Language;

/// Items for this workspace's benchmarks, fuzz targets and property tests; not public API, no
/// semver guarantees.
#[doc(hidden)]
pub mod __internals {
    pub use crate::lookup::{build as build_lookup_table, Table as LookupTable};
    pub use crate::naming::{is_valid_variant_name, reserved_names};
    pub use crate::parse::normalise_code;
    pub use crate::suggest::edit_distance;
}
