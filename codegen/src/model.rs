//! From parsed rows to the enum's model: one entry per unique code, with its variant name,
//! category and retry class.
//!
//! # Variant names
//!
//! 1. A code's *base name* is the UpperCamelCase of its words: segments split at `.`, words at
//!    `_` and `-`, each word's first letter upper-cased and the rest kept as written
//!    (`InvalidParameterValue.VpcIdMalformed` → `InvalidParameterValueVpcIdMalformed`,
//!    `FailedOperation.Domain.UnExist` → `FailedOperationDomainUnExist`,
//!    `invalid-zone.not_found` → `InvalidZoneNotFound`).
//! 2. A code listed in `rename = { "Code" = Name }` is called `Name`.
//! 3. Codes whose base names collide with each other (cvm's `InvalidParameter.ValueTooLarge` and
//!    `InvalidParameterValue.TooLarge`) or with a reserved name (`Unknown`, the variant for
//!    unlisted codes, and the keyword `Self`) all get their *segmented name* instead: each
//!    segment's UpperCamelCase joined with `_` (`InvalidParameter_ValueTooLarge`,
//!    `InvalidParameterValue_TooLarge`). Every member of the group is renamed, so no code wins
//!    by page order, and codes outside the group keep their names.
//! 4. Segmented names that still collide get `_1`, `_2`, ... in byte order of their codes.
//! 5. A name that a rename gives and that any other code also has is an error: fix the rename.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

use tencent_errors_runtime::{Category, RetryClass};

use crate::parse::{Description, PageError, Row, TableKind};

/// A hash map keyed by codes or names, with [`CodeHasher`].
type CodeMap<K, V> = HashMap<K, V, BuildHasherDefault<CodeHasher>>;

/// An unkeyed multiply-rotate hash for the model's maps of codes and names. The keys come from
/// the user's own page at compile time, so SipHash's resistance to chosen keys buys nothing,
/// and unoptimised, as the proc-macro runs, SipHash was a fifth of the cost of a model.
#[derive(Default)]
struct CodeHasher(u64);

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

/// The name of the variant that holds codes the page does not list.
pub const UNKNOWN_VARIANT: &str = "Unknown";

/// Names no listed code may take.
const RESERVED: &[&str] = &[UNKNOWN_VARIANT, "Self"];

/// How a variant got its name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Naming {
    /// The code's base name.
    Base,
    /// The segmented name, because the base name collided with the listed names.
    Disambiguated {
        /// The base name the codes shared.
        base: String,
        /// The other codes (or reserved names) that wanted the same base name.
        with: Vec<String>,
    },
    /// Given by the `rename` option.
    Renamed,
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

/// A problem that is not tied to a page line: a rename that cannot be applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenameError {
    /// Index into the renames passed to [`Model::build`].
    pub rename: usize,
    /// What is wrong.
    pub message: String,
}

/// Why a model could not be built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModelError {
    /// Rows of the page.
    Page(PageError),
    /// A rename option.
    Rename(RenameError),
}

impl Model {
    /// Merges rows into unique codes and names their variants.
    ///
    /// A code listed twice in one table with the same description is merged silently; with
    /// different descriptions it is an error naming both lines. Across tables, the service
    /// table's description replaces the public table's; otherwise the first one is kept.
    pub fn build(rows: Vec<Row>, renames: &[Rename]) -> Result<Model, Vec<ModelError>> {
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
                        errors.push(ModelError::Page(PageError {
                            line: row.line,
                            message: format!(
                                "code `{}` is listed again in the same table with a different \
                                 description (first at line {}); remove one of the rows",
                                row.code, existing.line
                            ),
                        }));
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
            Ok(Model { codes, merged })
        } else {
            Err(errors)
        }
    }
}

/// The words of a code segment, upper-camel-cased and concatenated.
fn camel_segment(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for word in segment.split(['_', '-']).filter(|w| !w.is_empty()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out
}

/// Rule 1: the base name.
pub fn base_name(code: &str) -> String {
    if code.is_ascii() {
        camel_ascii(code, "")
    } else {
        camel_segments(code).concat()
    }
}

/// Rule 3: the segmented name.
pub fn segmented_name(code: &str) -> String {
    if code.is_ascii() {
        camel_ascii(code, "_")
    } else {
        camel_segments(code).join("_")
    }
}

/// The upper-camel-cased segments of a code, empty ones left out: the naming rule for any text.
fn camel_segments(code: &str) -> Vec<String> {
    code.split('.')
        .map(camel_segment)
        .filter(|s| !s.is_empty())
        .collect()
}

/// [`base_name`] (`joiner` empty) and [`segmented_name`] (`joiner` `_`) of an ASCII code, in one
/// indexed pass that copies whole words: every parsed code is ASCII, and the proc-macro runs
/// unoptimised, where the iterator chains of the general version cost ten times as much.
fn camel_ascii(code: &str, joiner: &str) -> String {
    let bytes = code.as_bytes();
    let is_separator = |byte: u8| byte == b'.' || byte == b'_' || byte == b'-';
    let mut out = String::with_capacity(code.len() + 4);
    let mut segment_written = false;
    let mut joiner_due = false;
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        if byte == b'.' {
            joiner_due |= segment_written;
            segment_written = false;
            at += 1;
        } else if is_separator(byte) {
            at += 1;
        } else {
            let mut end = at + 1;
            while end < bytes.len() && !is_separator(bytes[end]) {
                end += 1;
            }
            if joiner_due {
                out.push_str(joiner);
                joiner_due = false;
            }
            out.push(char::from(byte.to_ascii_uppercase()));
            out.push_str(&code[at + 1..end]);
            segment_written = true;
            at = end;
        }
    }
    out
}

/// Whether `name` can be a variant: a Rust identifier that is not a keyword.
pub fn is_valid_variant_name(name: &str) -> bool {
    let mut chars = name.chars();
    let starts_well = chars.next().is_some_and(|c| c == '_' || c.is_alphabetic());
    starts_well
        && name != "_"
        && chars.all(|c| c == '_' || c.is_alphanumeric())
        && syn::parse_str::<syn::Ident>(name).is_ok()
}

/// The message for a rename of a code the page does not list, with the closest codes.
fn not_on_page(code: &str, codes: &[ErrorCode]) -> String {
    let mut close: Vec<(usize, &str)> = codes
        .iter()
        .map(|c| {
            (
                crate::bundled::edit_distance(&code.to_lowercase(), &c.code.to_lowercase()),
                c.code.as_str(),
            )
        })
        .filter(|&(distance, _)| distance <= 3.max(code.len() / 5))
        .collect();
    close.sort();
    match close.as_slice() {
        [] => "not a code on this page".to_owned(),
        [(_, one), ..] => format!("not a code on this page; did you mean `{one}`?"),
    }
}

fn name_variants(
    codes: &mut [ErrorCode],
    renames: &[Rename],
    index_of: &CodeMap<String, usize>,
    errors: &mut Vec<ModelError>,
) {
    // Rule 2: renames first.
    let mut renamed: HashMap<usize, usize> = HashMap::new();
    for (position, rename) in renames.iter().enumerate() {
        let problem = if !is_valid_variant_name(&rename.variant) {
            Some(format!(
                "`{}` is not a valid Rust identifier for a variant",
                rename.variant
            ))
        } else if RESERVED.contains(&rename.variant.as_str()) {
            Some(format!(
                "`{}` is reserved: `{UNKNOWN_VARIANT}` holds codes the page does not list",
                rename.variant
            ))
        } else {
            match index_of.get(&rename.code) {
                None => Some(not_on_page(&rename.code, codes)),
                Some(&index) => {
                    if let Some(&earlier) = renamed.get(&index) {
                        Some(format!(
                            "the code is renamed twice (also to `{}`)",
                            renames[earlier].variant
                        ))
                    } else {
                        renamed.insert(index, position);
                        None
                    }
                }
            }
        };
        if let Some(message) = problem {
            errors.push(ModelError::Rename(RenameError {
                rename: position,
                message,
            }));
        }
    }
    for (&index, &position) in &renamed {
        codes[index].variant = renames[position].variant.clone();
        codes[index].naming = Naming::Renamed;
    }

    // Rule 3: group the other codes by base name.
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (index, code) in codes.iter().enumerate() {
        if !renamed.contains_key(&index) {
            groups.entry(base_name(&code.code)).or_default().push(index);
        }
    }
    for (base, members) in &groups {
        let reserved = RESERVED.contains(&base.as_str());
        if members.len() == 1 && !reserved {
            codes[members[0]].variant = base.clone();
            continue;
        }
        for &member in members {
            let mut with: Vec<String> = members
                .iter()
                .filter(|&&other| other != member)
                .map(|&other| codes[other].code.clone())
                .collect();
            if reserved {
                with.push(format!("the reserved name `{base}`"));
            }
            codes[member].variant = segmented_name(&codes[member].code);
            codes[member].naming = Naming::Disambiguated {
                base: base.clone(),
                with,
            };
        }
    }

    // Rule 4: segmented names that still collide (among themselves or with reserved names).
    let mut by_name: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (index, code) in codes.iter().enumerate() {
        if matches!(code.naming, Naming::Disambiguated { .. }) {
            by_name.entry(code.variant.clone()).or_default().push(index);
        }
    }
    for (name, mut members) in by_name {
        if members.len() == 1 && !RESERVED.contains(&name.as_str()) {
            continue;
        }
        members.sort_by(|&a, &b| codes[a].code.cmp(&codes[b].code));
        for (rank, member) in members.into_iter().enumerate() {
            codes[member].variant = format!("{name}_{}", rank + 1);
        }
    }

    // Rule 5: whatever still collides involves a rename (or a pathological page). Base names
    // are distinct by construction (rule 3), so a name can only be taken twice if a renamed or
    // disambiguated code has it: only those names are checked.
    let checked: BTreeSet<&str> = codes
        .iter()
        .filter(|code| !matches!(code.naming, Naming::Base))
        .map(|code| code.variant.as_str())
        .collect();
    let mut owners: CodeMap<&str, usize> = CodeMap::default();
    let candidates = codes
        .iter()
        .enumerate()
        .filter(|(_, code)| checked.contains(code.variant.as_str()));
    for (index, code) in candidates {
        if let Some(&first) = owners.get(code.variant.as_str()) {
            let first_code = &codes[first];
            let blame = [(index, code), (first, first_code)]
                .into_iter()
                .find_map(|(i, _)| renamed.get(&i).copied());
            let message = format!(
                "codes `{}` and `{}` would both be named `{}`",
                first_code.code, code.code, code.variant
            );
            match blame {
                Some(position) => errors.push(ModelError::Rename(RenameError {
                    rename: position,
                    message: format!("{message}; choose another name"),
                })),
                None => errors.push(ModelError::Page(PageError {
                    line: code.line,
                    message: format!(
                        "{message}, even after disambiguation; give one a name with \
                         `rename = {{ \"{}\" = SomeName }}`",
                        code.code
                    ),
                })),
            }
        } else {
            owners.insert(&code.variant, index);
        }
    }
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

    fn names(codes: &[&str]) -> Vec<String> {
        let rows = codes
            .iter()
            .enumerate()
            .map(|(i, c)| row(c, "d", i + 1, 0, TableKind::Service))
            .collect();
        Model::build(rows, &[])
            .expect("builds")
            .codes
            .into_iter()
            .map(|c| c.variant)
            .collect()
    }

    proptest::proptest! {
        /// The ASCII fast path gives what the general, iterator-based rule gives.
        #[test]
        fn ascii_names_match_the_general_rule(code in "[A-Za-z0-9._-]{0,24}") {
            proptest::prop_assert_eq!(camel_ascii(&code, ""), camel_segments(&code).concat());
            proptest::prop_assert_eq!(camel_ascii(&code, "_"), camel_segments(&code).join("_"));
        }
    }

    #[test]
    fn base_names_follow_the_words() {
        assert_eq!(
            base_name("InvalidParameterValue.VpcIdMalformed"),
            "InvalidParameterValueVpcIdMalformed"
        );
        assert_eq!(
            base_name("FailedOperation.Domain.UnExist"),
            "FailedOperationDomainUnExist"
        );
        assert_eq!(base_name("invalid-zone.not_found"), "InvalidZoneNotFound");
        assert_eq!(base_name("AuthFailure.MFAFailure"), "AuthFailureMFAFailure");
        assert_eq!(base_name("A.1b"), "A1b");
        assert_eq!(
            segmented_name("InvalidParameter.ValueTooLarge"),
            "InvalidParameter_ValueTooLarge"
        );
    }

    #[test]
    fn colliding_codes_all_get_segmented_names() {
        assert_eq!(
            names(&[
                "InvalidParameter.ValueTooLarge",
                "Other",
                "InvalidParameterValue.TooLarge"
            ]),
            [
                "InvalidParameter_ValueTooLarge",
                "Other",
                "InvalidParameterValue_TooLarge"
            ]
        );
    }

    #[test]
    fn names_do_not_depend_on_page_order() {
        let forward = names(&["A.BC", "AB.C", "X"]);
        let backward = names(&["X", "AB.C", "A.BC"]);
        assert_eq!(forward[0], backward[2]);
        assert_eq!(forward[1], backward[1]);
    }

    #[test]
    fn collisions_that_survive_segmenting_get_numbered_by_code_order() {
        assert_eq!(
            names(&["foo_bar.X", "FooBar.X", "foo-bar.X"]),
            ["FooBar_X_3", "FooBar_X_1", "FooBar_X_2"]
        );
    }

    #[test]
    fn reserved_names_are_avoided() {
        assert_eq!(
            names(&["Unknown", "Self", "Unknown.X"]),
            ["Unknown_1", "Self_1", "UnknownX"]
        );
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
        match &errors[0] {
            ModelError::Page(e) => {
                assert_eq!(e.line, 9);
                assert!(e.message.contains("line 5"));
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn renames_apply_and_are_checked() {
        let rows = || {
            vec![
                row("A.B", "d", 1, 0, TableKind::Service),
                row("C", "d", 2, 0, TableKind::Service),
            ]
        };
        let rename = |code: &str, variant: &str| Rename {
            code: code.into(),
            variant: variant.into(),
        };
        let model = Model::build(rows(), &[rename("A.B", "Ab")]).expect("builds");
        assert_eq!(model.codes[0].variant, "Ab");
        assert_eq!(model.codes[0].naming, Naming::Renamed);

        let cases = [
            (rename("Nope", "X"), "not a code on this page"),
            (rename("A.b", "X"), "did you mean `A.B`?"),
            (rename("A.B", "1x"), "not a valid"),
            (rename("A.B", "fn"), "not a valid"),
            (rename("A.B", "Unknown"), "reserved"),
            (rename("A.B", "C"), "would both be named `C`"),
        ];
        for (rename, expected) in cases {
            let errors = Model::build(rows(), std::slice::from_ref(&rename)).expect_err("rejected");
            match &errors[0] {
                ModelError::Rename(e) => assert!(e.message.contains(expected), "{}", e.message),
                other => panic!("unexpected {other:?}"),
            }
        }
    }

    #[test]
    fn categories_and_retry_classes_are_attached() {
        let rows = vec![row("RequestLimitExceeded.X", "d", 1, 0, TableKind::Public)];
        let model = Model::build(rows, &[]).expect("builds");
        assert_eq!(model.codes[0].category, Category::RequestLimitExceeded);
        assert_eq!(model.codes[0].retry, RetryClass::Throttling);
    }
}
