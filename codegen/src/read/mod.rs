//! Reading pages, the first stage: markdown in, rows out, for every kind of page. An error-code
//! page's tables become [`Row`]s (`page`, with code cells checked in `code`, description cells
//! rendered in `cell`, the header wordings in `headers` and the page's language told in
//! `language`); a per-action page's `## ActionName` sections (`actions`) and Tencent's API
//! reference pages (`reference`) become [`ActionListing`]s. Nothing here knows the model:
//! what both stages key by (`keys`) lives here, the lower one. The rules a page follows are in
//! `docs/design.md` ("Reading a page", "Per-action enums").

mod actions;
mod cell;
mod chars;
mod code;
pub(crate) mod headers;
mod keys;
mod language;
mod page;
mod reference;

#[cfg(test)]
pub(crate) use actions::parse_action_page;
pub(crate) use actions::read_sections;
pub use actions::{ActionListing, ActionPage, PageNote, RetiredCode};
pub use cell::Description;
pub use code::normalise_code;
pub use keys::is_valid_variant_name;
pub(crate) use keys::CodeMap;
pub(crate) use language::language_name;
pub(crate) use language::{page_languages, single_page_language};
pub(crate) use page::{kept_rows, page_text};
pub use page::{parse_page, CutCode, ParsedPage, Row, TableKind};
pub(crate) use reference::{is_reference_page, parse_action_pages};
