//! The first pass of the model: listings (a page's rows, the history's) merged into unique
//! codes, each with its description in every language, its category and retry class; the
//! variant names are the next pass's ([`super::naming`]). The rules are in `docs/design.md`
//! ("Merging rows").

use tencent_errors_runtime::{Category, Language, RetryClass};

use super::types::{language_slot, ErrorCode, Listing, Merge, Model, Naming, LANGUAGES};
use crate::diagnostic::{Diagnostic, Location};
use crate::read::{CodeMap, TableKind};

/// The merged model, its variants not named yet, and where each code is in it.
pub(crate) struct Merged {
    /// The model; every variant is empty until [`super::naming::name_variants`].
    pub(crate) model: Model,
    /// Code → index in `model.codes`.
    pub(crate) index_of: CodeMap<String, usize>,
}

/// The merge pass: listings into unique codes, variants unnamed; the rules are in
/// `docs/design.md` ("Merging rows"):
///
/// - a code listed twice in one table: merged; when the descriptions differ, the first row
///   wins, the other text is kept in [`ErrorCode::other_descriptions`] and a warning says so;
/// - across the tables of a language, the service table's description replaces the public
///   table's; otherwise the first one is kept;
/// - across languages, each language's text goes to its own field;
/// - a retired listing (from the history) adds a code only when no page lists it, and fills
///   only the descriptions the pages left empty.
///
/// Listings must come in order: every page's rows first, history rows last. Table indices
/// must be unique across pages.
pub(crate) fn merge(listings: Vec<Listing>) -> Merged {
    let mut merging = Merging::default();
    for listing in listings {
        match merging.index_of.get(&listing.row.code) {
            None => merging.first(listing),
            Some(&index) => merging.again(index, listing),
        }
    }
    Merged {
        model: Model {
            codes: merging.codes,
            merged: merging.merged,
            warnings: merging.warnings,
        },
        index_of: merging.index_of,
    }
}

/// The merge in progress.
#[derive(Default)]
struct Merging {
    codes: Vec<ErrorCode>,
    /// Per code and language: the table and kind its description came from.
    origin: Vec<[Option<(usize, TableKind)>; LANGUAGES]>,
    merged: Vec<Merge>,
    warnings: Vec<Diagnostic>,
    index_of: CodeMap<String, usize>,
}

impl Merging {
    /// The first listing of a code: a new entry.
    fn first(&mut self, listing: Listing) {
        let Listing {
            row,
            language,
            retired_since,
        } = listing;
        self.index_of.insert(row.code.clone(), self.codes.len());
        let mut sources = [None; LANGUAGES];
        sources[language_slot(language)] = Some((row.table, row.kind));
        self.origin.push(sources);
        let mut code = ErrorCode {
            category: Category::of(&row.code),
            retry: RetryClass::of(&row.code),
            variant: String::new(),
            naming: Naming::Base,
            code: row.code,
            description: None,
            description_en: None,
            description_ja: None,
            description_ko: None,
            other_descriptions: Vec::new(),
            line: row.line,
            retired_since,
        };
        *code.description_slot(language) = row.description;
        self.codes.push(code);
    }

    /// Another listing of the code at `index`: merged into it.
    fn again(&mut self, index: usize, listing: Listing) {
        let Listing {
            row,
            language,
            retired_since,
        } = listing;
        let slot = language_slot(language);
        let existing = &mut self.codes[index];
        if retired_since.is_some() {
            // History fills what the pages left empty, and nothing else.
            let description = existing.description_slot(language);
            if description.is_none() {
                *description = row.description;
            }
            return;
        }
        let mut replaced = false;
        match self.origin[index][slot] {
            None => {
                // The first listing in this language.
                self.origin[index][slot] = Some((row.table, row.kind));
                *existing.description_slot(language) = row.description.clone();
                replaced = row.description.is_some();
            }
            Some((table, _)) if table == row.table => {
                let current = existing.description_slot(language).clone();
                if current != row.description {
                    if let Some(other) = row.description.clone() {
                        if !existing.other_descriptions.contains(&other) {
                            existing.other_descriptions.push(other);
                        }
                    }
                    self.warnings.push(Diagnostic::warning(
                        Location::Line(row.line),
                        format!(
                            "code `{}` is listed again in the same table with a different \
                             description (first at line {}); the first row's text is used",
                            row.code, existing.line
                        ),
                    ));
                }
            }
            Some((_, TableKind::Public)) if row.kind == TableKind::Service => {
                replaced = row.description.is_some();
                if replaced {
                    *existing.description_slot(language) = row.description.clone();
                    self.origin[index][slot] = Some((row.table, row.kind));
                }
            }
            Some(_) => {}
        }
        self.merged.push(Merge {
            code: row.code,
            line: row.line,
            into_line: existing.line,
            description_replaced: replaced,
        });
        if replaced && language == Language::Chinese {
            existing.line = row.line;
        }
    }
}
