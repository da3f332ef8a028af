//! From parsed rows to the enum's model: one entry per unique code, with its description,
//! category and retry class, and its variant name (chosen in [`crate::naming`]). The merge rules
//! are in `docs/design.md` ("Merging rows").

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use tencent_errors_runtime::{Category, RetryClass};

use crate::diagnostic::Diagnostic;
use crate::naming::{name_variants, Naming};
use crate::parse::{Description, Row, TableKind};

/// A hash map keyed by codes or names, with [`CodeHasher`].
pub(crate) type CodeMap<K, V> = HashMap<K, V, BuildHasherDefault<CodeHasher>>;

/// An unkeyed multiply-rotate hash for the model's maps of codes and names. The keys come from
/// the user's own page at compile time, so SipHash's resistance to chosen keys buys nothing,
/// and unoptimised, as the proc-macro runs, SipHash was a fifth of the cost of a model.
#[derive(Default)]
pub(crate) struct CodeHasher(u64);

impl Hasher for CodeHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut hash = self.0;
        let mut at = 0;
        while at < bytes.len() {
            hash = (hash.rotate_left(5) ^ u64::from(bytes[at])).wrapping_mul(0x517c_c1b7_2722_0a95);
            at += 1;
        }
        self.0 = hash;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// One unique code of a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorCode {
    /// The exact code string.
    pub code: String,
    /// The variant's identifier.
    pub variant: String,
    /// How [`variant`](Self::variant) was chosen.
    pub naming: Naming,
    /// The description; the service table's wins over the public table's.
    pub description: Option<Description>,
    /// The line of the row the description came from.
    pub line: usize,
    /// The code's family.
    pub category: Category,
    /// Whether retrying can help.
    pub retry: RetryClass,
}

/// What the page says about a service, ready for code generation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Model {
    /// Every unique code, in the order of first appearance on the page.
    pub codes: Vec<ErrorCode>,
    /// Rows dropped because they repeat a code: `(code, line)`.
    pub merged: Vec<Merge>,
    /// What the page got away with ([`Severity::Warning`](crate::Severity::Warning)s).
    pub warnings: Vec<Diagnostic>,
}

impl Model {
    /// Merges rows into unique codes and names their variants.
    ///
    /// A code listed twice in one table with the same description is merged silently; with
    /// different descriptions it is an error naming both lines. Across tables, the service
    /// table's description replaces the public table's; otherwise the first one is kept.
    pub fn build(rows: Vec<Row>, renames: &[Rename]) -> Result<Model, Vec<Diagnostic>> {
        let mut errors = Vec::new();
        let mut codes: Vec<ErrorCode> = Vec::new();
        let mut origin: Vec<(usize, TableKind)> = Vec::new();
        let mut merged = Vec::new();
        let mut index_of: CodeMap<String, usize> = CodeMap::default();

        for row in rows {
            if let Some(&index) = index_of.get(&row.code) {
                let (table, kind) = origin[index];
                let existing = &mut codes[index];
                let mut replaced = false;
                if table == row.table {
                    if existing.description != row.description {
                        errors.push(Diagnostic::at_line(
                            row.line,
                            format!(
                                "code `{}` is listed again in the same table with a different \
                                 description (first at line {}); remove one of the rows",
                                row.code, existing.line
                            ),
                        ));
                        continue;
                    }
                } else if kind == TableKind::Public && row.kind == TableKind::Service {
                    replaced = row.description.is_some();
                    if replaced {
                        existing.description = row.description;
                        origin[index] = (row.table, row.kind);
                    }
                }
                merged.push(Merge {
                    code: row.code,
                    line: row.line,
                    into_line: existing.line,
                    description_replaced: replaced,
                });
                if replaced {
                    existing.line = row.line;
                }
                continue;
            }
            index_of.insert(row.code.clone(), codes.len());
            origin.push((row.table, row.kind));
            codes.push(ErrorCode {
                category: Category::of(&row.code),
                retry: RetryClass::of(&row.code),
                variant: String::new(),
                naming: Naming::Base,
                code: row.code,
                description: row.description,
                line: row.line,
            });
        }

        name_variants(&mut codes, renames, &index_of, &mut errors);
        if errors.is_empty() {
            Ok(Model {
                codes,
                merged,
                warnings: Vec::new(),
            })
        } else {
            Err(errors)
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
mod tests {
    use super::*;

    fn row(code: &str, description: &str, line: usize, table: usize, kind: TableKind) -> Row {
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
    fn same_table_conflicting_descriptions_are_an_error() {
        let rows = vec![
            row("A", "one", 5, 0, TableKind::Service),
            row("A", "two", 9, 0, TableKind::Service),
        ];
        let errors = Model::build(rows, &[]).expect_err("conflict");
        assert_eq!(errors[0].line(), Some(9));
        assert!(errors[0].message.contains("line 5"));
    }

    #[test]
    fn categories_and_retry_classes_are_attached() {
        let rows = vec![row("RequestLimitExceeded.X", "d", 1, 0, TableKind::Public)];
        let model = Model::build(rows, &[]).expect("builds");
        assert_eq!(model.codes[0].category, Category::RequestLimitExceeded);
        assert_eq!(model.codes[0].retry, RetryClass::Throttling);
    }
}
