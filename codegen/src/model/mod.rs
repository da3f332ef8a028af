//! The model, the second stage: from parsed rows to the enum's model in two passes the caller
//! runs in order, `merge` (one entry per unique code, with its descriptions, category and
//! retry class) then `naming` (its variant name); `types` holds what they share. `actions`
//! ties each action's codes to the service model, and `suggest` finds the "did you mean" of a
//! misspelt name. The rules are in `docs/design.md` ("Merging rows", "Variant names").

mod actions;
mod merge;
pub(crate) mod naming;
pub(crate) mod suggest;
mod types;

#[cfg(test)]
pub(crate) use actions::action_models;
pub(crate) use actions::models_of;
pub use actions::{ActionCode, ActionModel};
pub(crate) use merge::merge;
pub use naming::enum_name;
pub(crate) use naming::name_variants;
pub(crate) use naming::UNKNOWN_VARIANT;
pub(crate) use types::Listing;
pub use types::{Collision, ErrorCode, Merge, Model, Naming, Rename};

use tencent_errors_runtime::Language;

use crate::diagnostic::Diagnostic;
use crate::read::Row;

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
        name_variants(merge(listings), renames)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::read::{Description, TableKind};
    use tencent_errors_runtime::{Category, RetryClass};

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
            trailing_dot: false,
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

    #[test]
    fn merge_and_naming_are_two_passes() {
        let listings = [("A.B", 1), ("A.B", 2), ("C", 3)]
            .into_iter()
            .map(|(code, line)| Listing {
                row: row(code, "text", line, 0, TableKind::Service),
                language: Language::Chinese,
                retired_since: None,
            })
            .collect();
        let merged = merge(listings);
        assert_eq!(merged.model.codes.len(), 2);
        assert_eq!(merged.model.merged.len(), 1);
        assert!(merged
            .model
            .codes
            .iter()
            .all(|code| code.variant.is_empty()));
        let model = name_variants(merged, &[]).expect("named");
        let variants: Vec<&str> = model.codes.iter().map(|c| c.variant.as_str()).collect();
        assert_eq!(variants, ["AB", "C"]);
    }
}
