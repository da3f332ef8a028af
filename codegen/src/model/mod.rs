//! The model, the second stage: from parsed rows to the enum's model, one entry per unique
//! code with its description, category and retry class (the merge, here), then its variant
//! name (`naming`); `actions` ties each action's codes to the service model, and `suggest`
//! finds the "did you mean" of a misspelt name. The merge rules are in `docs/design.md`
//! ("Merging rows").

mod actions;
pub(crate) mod naming;
pub(crate) mod suggest;

pub(crate) use actions::models_of;
pub use actions::{action_models, ActionCode, ActionModel};
pub use naming::{
    base_name, enum_name, segmented_name, Collision, Naming, OTHER_VARIANT, UNKNOWN_VARIANT,
};

use tencent_errors_runtime::{Category, Language, RetryClass};

use crate::diagnostic::Diagnostic;
use crate::read::{CodeMap, Description, Row, TableKind};
use naming::name_variants;

/// One unique code of a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorCode {
    /// The exact code string.
    pub code: String,
    /// The variant's identifier.
    pub variant: String,
    /// How [`variant`](Self::variant) was chosen.
    pub naming: Naming,
    /// The Chinese description; the service table's wins over the public table's.
    pub description: Option<Description>,
    /// The English description, from an English page.
    pub description_en: Option<Description>,
    /// The Japanese description, from a Japanese page of the invoking crate.
    pub description_ja: Option<Description>,
    /// The Korean description, from a Korean page of the invoking crate.
    pub description_ko: Option<Description>,
    /// Other texts the pages give for the same code (a page that contradicts itself: the first
    /// row wins, these are shown in the docs).
    pub other_descriptions: Vec<Description>,
    /// The line of the row the description came from (0 for a code known only from the bundled
    /// history).
    pub line: usize,
    /// The code's family.
    pub category: Category,
    /// Whether retrying can help.
    pub retry: RetryClass,
    /// `Some(release)` when no current page lists the code any more: the bundled history
    /// knows it, and `release` is the first published release without it
    /// (`tencentcloud-sdk-python 3.1.195`).
    pub retired_since: Option<String>,
}

impl ErrorCode {
    /// The description in `language`.
    pub fn description_in(&self, language: Language) -> Option<&Description> {
        match language {
            Language::Chinese => self.description.as_ref(),
            Language::English => self.description_en.as_ref(),
            Language::Japanese => self.description_ja.as_ref(),
            Language::Korean => self.description_ko.as_ref(),
            _ => None,
        }
    }
}

/// The languages a code can have a description in, in the order of [`language_slot`].
const LANGUAGES: usize = 4;

/// Where `language`'s description goes among [`LANGUAGES`]; a language this version does not
/// know shares Chinese's (no page is read as one).
fn language_slot(language: Language) -> usize {
    match language {
        Language::English => 1,
        Language::Japanese => 2,
        Language::Korean => 3,
        _ => 0,
    }
}

/// What the page says about a service, ready for code generation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Model {
    /// Every unique code: the current ones in order of first appearance on the pages, then the
    /// retired ones.
    pub codes: Vec<ErrorCode>,
    /// Rows dropped because they repeat a code: `(code, line)`.
    pub merged: Vec<Merge>,
    /// What the page got away with ([`Severity::Warning`](crate::Severity::Warning)s).
    pub warnings: Vec<Diagnostic>,
}

/// One listing of a code for [`Model::merge`]: a page's row, in the page's language, or a row
/// of the bundled history for a code no current page lists.
#[derive(Clone, Debug)]
pub(crate) struct Listing {
    pub(crate) row: Row,
    pub(crate) language: Language,
    /// `Some(release)` for a retired code from the history.
    pub(crate) retired_since: Option<String>,
}

impl Model {
    /// Merges the rows of one page (in Chinese) into unique codes and names their variants.
    pub fn build(rows: Vec<Row>, renames: &[Rename]) -> Result<Model, Vec<Diagnostic>> {
        let listings = rows
            .into_iter()
            .map(|row| Listing {
                row,
                language: Language::Chinese,
                retired_since: None,
            })
            .collect();
        Model::merge(listings, renames)
    }

    /// Merges listings into unique codes and names their variants; the rules are in
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
    pub(crate) fn merge(
        listings: Vec<Listing>,
        renames: &[Rename],
    ) -> Result<Model, Vec<Diagnostic>> {
        let mut errors = Vec::new();
        let mut warnings = Vec::new();
        let mut codes: Vec<ErrorCode> = Vec::new();
        // Per code and language: the table and kind its description came from.
        let mut origin: Vec<[Option<(usize, TableKind)>; LANGUAGES]> = Vec::new();
        let mut merged = Vec::new();
        let mut index_of: CodeMap<String, usize> = CodeMap::default();

        for Listing {
            row,
            language,
            retired_since,
        } in listings
        {
            let slot = language_slot(language);
            let Some(&index) = index_of.get(&row.code) else {
                index_of.insert(row.code.clone(), codes.len());
                let mut sources = [None; LANGUAGES];
                sources[slot] = Some((row.table, row.kind));
                origin.push(sources);
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
                codes.push(code);
                continue;
            };
            let existing = &mut codes[index];
            if retired_since.is_some() {
                // History fills what the pages left empty, and nothing else.
                let description = existing.description_slot(language);
                if description.is_none() {
                    *description = row.description;
                }
                continue;
            }
            let mut replaced = false;
            match origin[index][slot] {
                None => {
                    // The first listing in this language.
                    origin[index][slot] = Some((row.table, row.kind));
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
                        warnings.push(Diagnostic::warning(
                            crate::Location::Line(row.line),
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
                        origin[index][slot] = Some((row.table, row.kind));
                    }
                }
                Some(_) => {}
            }
            merged.push(Merge {
                code: row.code,
                line: row.line,
                into_line: existing.line,
                description_replaced: replaced,
            });
            if replaced && language == Language::Chinese {
                existing.line = row.line;
            }
        }

        name_variants(&mut codes, renames, &index_of, &mut errors);
        if errors.is_empty() {
            Ok(Model {
                codes,
                merged,
                warnings,
            })
        } else {
            Err(errors)
        }
    }
}

impl ErrorCode {
    fn description_slot(&mut self, language: Language) -> &mut Option<Description> {
        match language_slot(language) {
            1 => &mut self.description_en,
            2 => &mut self.description_ja,
            3 => &mut self.description_ko,
            _ => &mut self.description,
        }
    }
}

/// A row that repeated an earlier code and was merged into it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merge {
    /// The code.
    pub code: String,
    /// The line of the repeated row.
    pub line: usize,
    /// The line of the row whose entry it was merged into.
    pub into_line: usize,
    /// Whether the repeated row's description replaced the earlier one.
    pub description_replaced: bool,
}

/// A requested rename: `code` is to be called `variant`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rename {
    /// The code as written in the option.
    pub code: String,
    /// The variant name.
    pub variant: String,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A row as the page reader would give it, for the model's and the naming rules' tests.
    pub(crate) fn row(
        code: &str,
        description: &str,
        line: usize,
        table: usize,
        kind: TableKind,
    ) -> Row {
        Row {
            code: code.to_owned(),
            description: (!description.is_empty()).then(|| Description {
                markdown: description.to_owned(),
                text: description.to_owned(),
            }),
            line,
            table,
            kind,
        }
    }

    #[test]
    fn duplicates_merge_and_the_service_description_wins() {
        let rows = vec![
            row("A", "public", 1, 0, TableKind::Public),
            row("B", "b", 2, 0, TableKind::Public),
            row("A", "service", 10, 1, TableKind::Service),
            row("B", "b", 11, 1, TableKind::Service),
            row("C", "c", 12, 1, TableKind::Service),
            row("C", "c", 13, 1, TableKind::Service),
        ];
        let model = Model::build(rows, &[]).expect("builds");
        let codes: Vec<_> = model
            .codes
            .iter()
            .map(|c| {
                (
                    c.code.as_str(),
                    c.description.as_ref().map(|d| d.text.as_str()),
                )
            })
            .collect();
        assert_eq!(
            codes,
            [("A", Some("service")), ("B", Some("b")), ("C", Some("c"))]
        );
        assert_eq!(model.codes[0].line, 10);
        assert_eq!(model.merged.len(), 3);
    }

    #[test]
    fn same_table_contradictions_keep_the_first_text_and_warn() {
        let rows = vec![
            row("A", "one", 5, 0, TableKind::Service),
            row("A", "two", 9, 0, TableKind::Service),
        ];
        let model = Model::build(rows, &[]).expect("a contradiction is not an error");
        assert_eq!(model.codes.len(), 1);
        let code = &model.codes[0];
        assert_eq!(
            code.description.as_ref().map(|d| d.text.as_str()),
            Some("one")
        );
        assert_eq!(code.other_descriptions.len(), 1);
        assert_eq!(code.other_descriptions[0].text, "two");
        assert_eq!(model.warnings.len(), 1);
        assert_eq!(model.warnings[0].line(), Some(9));
        assert!(model.warnings[0].message.contains("line 5"));
        assert!(!model.warnings[0].is_error());
    }

    #[test]
    fn categories_and_retry_classes_are_attached() {
        let rows = vec![row("RequestLimitExceeded.X", "d", 1, 0, TableKind::Public)];
        let model = Model::build(rows, &[]).expect("builds");
        assert_eq!(model.codes[0].category, Category::RequestLimitExceeded);
        assert_eq!(model.codes[0].retry, RetryClass::Throttling);
    }
}
