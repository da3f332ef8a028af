//! The `check` report: what a page holds, and which of its rows look like mistakes.
//!
//! [`check_page`] builds the same model as the macro and describes it: every code with its
//! variant, the families, the variant-name collisions and how they were resolved, the rows that
//! were merged into earlier ones, and rows that parse but look like mistakes on the page
//! ([`SuspicionKind`]: warnings). Errors are the macro's own, as [`Diagnostic`]s with their lines.

use std::collections::BTreeMap;

use serde::Serialize;
use tencent_errors_runtime::Category;

use crate::diagnostic::Diagnostic;
use crate::page::edit_distance;
use crate::page::{self, Model, Naming, Rename, Row};

/// Everything `check` says about a page that expands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PageReport {
    /// Error-code rows on the page, duplicates included.
    pub rows: usize,
    /// The unique codes, in page order: one variant each.
    pub codes: Vec<CodeInfo>,
    /// The families (first code segments), sorted by name.
    pub families: Vec<Family>,
    /// Groups of codes whose base names collided, sorted by base name.
    pub collisions: Vec<Collision>,
    /// Rows that repeat an earlier code and were merged into it.
    pub merged: Vec<MergedRow>,
    /// Rows that parse but look like mistakes on the page, in line order.
    pub suspicious: Vec<Suspicion>,
}

/// One unique code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CodeInfo {
    /// The code.
    pub code: String,
    /// Its variant.
    pub variant: String,
    /// How the variant got its name: `base`, `disambiguated` or `renamed`.
    pub naming: &'static str,
    /// The line its description came from.
    pub line: usize,
    /// Its category (`ServiceSpecific` for families outside the public table).
    pub category: &'static str,
    /// Its retry class (`throttling`, `transient`, `not retryable`).
    pub retry: &'static str,
    /// The plain-text description.
    pub description: Option<String>,
}

/// A family: the codes sharing a first segment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Family {
    /// The first segment, e.g. `InvalidParameterValue`.
    pub name: String,
    /// How many unique codes it has.
    pub codes: usize,
    /// Whether it is a family of the public table (otherwise it is service-specific).
    pub public: bool,
}

/// Codes whose base names collided, and the names they got instead.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Collision {
    /// The base name they all wanted.
    pub base: String,
    /// Whether the base name is reserved (`Unknown`, `Self`) rather than, or as well as, shared.
    pub reserved: bool,
    /// The codes, in page order, with their resolved variant names.
    pub codes: Vec<Resolved>,
}

/// A code and the variant name it ended up with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Resolved {
    /// The code.
    pub code: String,
    /// The variant.
    pub variant: String,
    /// The line of its row.
    pub line: usize,
}

/// A row merged into an earlier row of the same code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MergedRow {
    /// The code.
    pub code: String,
    /// The line of the repeated row.
    pub line: usize,
    /// The line of the row it was merged into.
    pub into_line: usize,
    /// Whether its description (from the service table) replaced the public table's.
    pub description_replaced: bool,
}

/// A row that parses but probably is a mistake on the page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Suspicion {
    /// The row's line.
    pub line: usize,
    /// The row's code (normalised); `None` for a finding about a table rather than a row.
    pub code: Option<String>,
    /// What looks wrong.
    pub kind: SuspicionKind,
    /// An explanation for people.
    pub message: String,
}

/// The kinds of suspicious rows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SuspicionKind {
    /// A segment starts with a lowercase letter (`FailedOperation.notFound`); Tencent's codes
    /// are UpperCamelCase, so the page may have a typo, and the variant name will not show it.
    LowercaseSegment,
    /// The family is not public but is close to a public family (`InvalidParamter`), so the code
    /// gets `Category::ServiceSpecific` instead of the family it was probably meant to have.
    FamilyTypo,
    /// The description cell is empty.
    EmptyDescription,
    /// The code cell ends with a `.` (`AuthFailure.`), which was dropped.
    TrailingDot,
    /// A warning of the page reader, the macro's own: a code cell with copy-paste artefacts
    /// around the code (`**AuthFailure**`, `AuthFailure。`, a zero-width space), or a skipped
    /// table that holds what look like error codes under headers that are not recognised.
    ReaderWarning,
}

/// Checks a page: the same parsing and naming as the macro (with `renames` applied), described.
///
/// Fails with the macro's errors when the page would not expand.
pub fn check_page(source: &str, renames: &[Rename]) -> Result<PageReport, Vec<Diagnostic>> {
    let model = page::model(source, renames)?;
    // The model was built from these rows, so parsing them again succeeds.
    let rows = page::rows(source)?;
    Ok(describe(&rows, &model))
}

fn describe(rows: &[Row], model: &Model) -> PageReport {
    let codes = model
        .codes
        .iter()
        .map(|code| CodeInfo {
            code: code.code.clone(),
            variant: code.variant.clone(),
            naming: match code.naming {
                Naming::Base => "base",
                Naming::Disambiguated { .. } => "disambiguated",
                Naming::Renamed => "renamed",
            },
            line: code.line,
            category: code.category.as_str(),
            retry: code.retry.as_str(),
            description: code.description.as_ref().map(|d| d.text.clone()),
        })
        .collect();

    let mut families: BTreeMap<&str, usize> = BTreeMap::new();
    for code in &model.codes {
        *families.entry(family_of(&code.code)).or_default() += 1;
    }
    let families = families
        .into_iter()
        .map(|(name, codes)| Family {
            name: name.to_owned(),
            codes,
            public: public_family(name).is_some(),
        })
        .collect();

    let merged = model
        .merged
        .iter()
        .map(|m| MergedRow {
            code: m.code.clone(),
            line: m.line,
            into_line: m.into_line,
            description_replaced: m.description_replaced,
        })
        .collect();

    PageReport {
        rows: rows.len(),
        codes,
        families,
        collisions: collisions(model),
        merged,
        suspicious: suspicious_rows(rows, model),
    }
}

fn collisions(model: &Model) -> Vec<Collision> {
    let mut groups: BTreeMap<&str, Collision> = BTreeMap::new();
    for code in &model.codes {
        if let Naming::Disambiguated { base, with } = &code.naming {
            let group = groups.entry(base).or_insert_with(|| Collision {
                base: base.clone(),
                reserved: false,
                codes: Vec::new(),
            });
            group.reserved |= with
                .iter()
                .any(|collision| matches!(collision, page::Collision::Reserved(_)));
            group.codes.push(Resolved {
                code: code.code.clone(),
                variant: code.variant.clone(),
                line: code.line,
            });
        }
    }
    groups.into_values().collect()
}

/// The first segment of a code.
fn family_of(code: &str) -> &str {
    code.split('.').next().unwrap_or(code)
}

/// The public family named exactly `family`, if there is one.
fn public_family(family: &str) -> Option<Category> {
    Some(Category::of(family)).filter(|&category| category != Category::ServiceSpecific)
}

/// The public family that `family` (not itself public) looks like a misspelling of: the same
/// name in another case, or at most one edit away (two for names of ten or more letters).
fn likely_public_family(family: &str) -> Option<&'static str> {
    if public_family(family).is_some() {
        return None;
    }
    let allowed = if family.len() >= 10 { 2 } else { 1 };
    Category::ALL
        .iter()
        .filter(|&&category| category != Category::ServiceSpecific)
        .map(|category| category.as_str())
        .map(|public| {
            let distance = if public.eq_ignore_ascii_case(family) {
                0
            } else {
                edit_distance(public, family)
            };
            (distance, public)
        })
        .filter(|&(distance, _)| distance <= allowed)
        .min()
        .map(|(_, public)| public)
}

/// The rows (and tables) worth a look, in line order: the reader's warnings and this module's
/// own findings, a line's reader warning first.
fn suspicious_rows(rows: &[Row], model: &Model) -> Vec<Suspicion> {
    let mut found: Vec<Suspicion> = model
        .warnings
        .iter()
        .map(|warning| {
            let line = warning.line().unwrap_or(0);
            Suspicion {
                line,
                code: rows
                    .iter()
                    .find(|row| row.line == line)
                    .map(|row| row.code.clone()),
                kind: SuspicionKind::ReaderWarning,
                message: warning.message.clone(),
            }
        })
        .collect();
    found.extend(row_findings(rows));
    found.sort_by_key(|suspicion| suspicion.line);
    found
}

fn row_findings(rows: &[Row]) -> Vec<Suspicion> {
    let mut found = Vec::new();
    for row in rows {
        let mut flag = |kind: SuspicionKind, message: String| {
            found.push(Suspicion {
                line: row.line,
                code: Some(row.code.clone()),
                kind,
                message,
            })
        };
        if row.trailing_dot {
            flag(
                SuspicionKind::TrailingDot,
                format!(
                    "code cell `{}.` ends with a dot; it was read as `{}`",
                    row.code, row.code
                ),
            );
        }
        if let Some(segment) = row
            .code
            .split('.')
            .find(|s| s.starts_with(|c: char| c.is_ascii_lowercase()))
        {
            flag(
                SuspicionKind::LowercaseSegment,
                format!(
                    "segment `{segment}` of `{}` starts with a lowercase letter",
                    row.code
                ),
            );
        }
        let family = family_of(&row.code);
        if let Some(public) = likely_public_family(family) {
            flag(
                SuspicionKind::FamilyTypo,
                format!(
                    "family `{family}` is not a public family but looks like `{public}`; its codes \
                     get category `ServiceSpecific`"
                ),
            );
        }
        if row.description.is_none() {
            flag(
                SuspicionKind::EmptyDescription,
                format!("`{}` has an empty description", row.code),
            );
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "\
## 公共错误码

| 错误码 | 说明 |
|---|---|
| AuthFailure. | 鉴权失败。 |
| InvalidParameter.ValueTooLarge | 参数太大。 |

## 业务错误码

| 错误码 | 说明 |
|---|---|
| AuthFailure | 签名错误。 |
| InvalidParameterValue.TooLarge | 取值太大。 |
| InvalidParamter.Name | 名字错误。 |
| FailedOperation.notFound |  |
| Unknown | 未知。 |
| ResourceNotFound.Vpc | 没有。 |
";

    fn report() -> PageReport {
        check_page(PAGE, &[]).expect("the page expands")
    }

    #[test]
    fn codes_families_and_merges() {
        let report = report();
        assert_eq!(report.rows, 8);
        assert_eq!(report.codes.len(), 7);
        let auth = &report.codes[0];
        assert_eq!(
            (auth.code.as_str(), auth.line, auth.category),
            ("AuthFailure", 12, "AuthFailure")
        );
        assert_eq!(auth.description.as_deref(), Some("签名错误。"));
        let families: Vec<(&str, usize, bool)> = report
            .families
            .iter()
            .map(|f| (f.name.as_str(), f.codes, f.public))
            .collect();
        assert_eq!(
            families,
            [
                ("AuthFailure", 1, true),
                ("FailedOperation", 1, true),
                ("InvalidParameter", 1, true),
                ("InvalidParameterValue", 1, true),
                ("InvalidParamter", 1, false),
                ("ResourceNotFound", 1, true),
                ("Unknown", 1, false),
            ]
        );
        assert_eq!(
            report.merged,
            [MergedRow {
                code: "AuthFailure".into(),
                line: 12,
                into_line: 5,
                description_replaced: true
            }]
        );
    }

    #[test]
    fn collisions_show_their_resolution() {
        let report = report();
        type Group<'a> = (&'a str, bool, Vec<(&'a str, &'a str)>);
        let summary: Vec<Group> = report
            .collisions
            .iter()
            .map(|c| {
                (
                    c.base.as_str(),
                    c.reserved,
                    c.codes
                        .iter()
                        .map(|r| (r.code.as_str(), r.variant.as_str()))
                        .collect(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                (
                    "InvalidParameterValueTooLarge",
                    false,
                    vec![
                        (
                            "InvalidParameter.ValueTooLarge",
                            "InvalidParameter_ValueTooLarge"
                        ),
                        (
                            "InvalidParameterValue.TooLarge",
                            "InvalidParameterValue_TooLarge"
                        ),
                    ]
                ),
                ("Unknown", true, vec![("Unknown", "Unknown_1")]),
            ]
        );
        let naming: Vec<&str> = report.codes.iter().map(|c| c.naming).collect();
        assert_eq!(
            naming,
            [
                "base",
                "disambiguated",
                "disambiguated",
                "base",
                "base",
                "disambiguated",
                "base"
            ]
        );
    }

    #[test]
    fn suspicious_rows_are_flagged_with_their_lines() {
        let found: Vec<(usize, SuspicionKind)> = report()
            .suspicious
            .into_iter()
            .map(|s| (s.line, s.kind))
            .collect();
        assert_eq!(
            found,
            [
                (5, SuspicionKind::TrailingDot),
                (14, SuspicionKind::FamilyTypo),
                (15, SuspicionKind::LowercaseSegment),
                (15, SuspicionKind::EmptyDescription),
            ]
        );
    }

    #[test]
    fn reader_warnings_are_suspicious_rows_in_line_order() {
        let page = "| 错误码 | 说明 |\n|---|---|\n| **AuthFailure.** | a |\n| B。 | b |\n\n\
                    | 参数 | 含义 |\n|---|---|\n| Filters.N | x |\n| Ids.N | y |\n";
        let report = check_page(page, &[]).expect("expands");
        let found: Vec<(usize, Option<&str>, SuspicionKind)> = report
            .suspicious
            .iter()
            .map(|s| (s.line, s.code.as_deref(), s.kind.clone()))
            .collect();
        assert_eq!(
            found,
            [
                (3, Some("AuthFailure"), SuspicionKind::ReaderWarning),
                (3, Some("AuthFailure"), SuspicionKind::TrailingDot),
                (4, Some("B"), SuspicionKind::ReaderWarning),
                (6, None, SuspicionKind::ReaderWarning),
            ]
        );
    }

    #[test]
    fn typo_detection_is_conservative() {
        assert_eq!(
            likely_public_family("InvalidParamter"),
            Some("InvalidParameter")
        );
        assert_eq!(
            likely_public_family("InvalidParameterValues"),
            Some("InvalidParameterValue")
        );
        assert_eq!(likely_public_family("authfailure"), Some("AuthFailure"));
        assert_eq!(
            likely_public_family("ResourceNotFund"),
            Some("ResourceNotFound")
        );
        // Public families themselves, and families that are merely similar, are not typos.
        assert_eq!(likely_public_family("InvalidParameter"), None);
        assert_eq!(likely_public_family("ResourcesSoldOut"), None);
        assert_eq!(likely_public_family("InvalidInstanceId"), None);
        assert_eq!(likely_public_family("OperationDenied"), None);
    }

    #[test]
    fn errors_are_the_macros_with_lines() {
        let errors = check_page("| 错误码 | 说明 |\n|---|---|\n| Bad Code | x |\n", &[])
            .expect_err("rejected");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, 3);
        assert!(
            errors[0]
                .render("p.md")
                .starts_with("p.md:3: error code `Bad Code`"),
            "{}",
            errors[0].render("p.md")
        );
        let errors = check_page("", &[]).expect_err("empty");
        assert_eq!(errors[0].render("p.md"), "p.md: the page is empty");
    }

    #[test]
    fn renames_apply_and_their_errors_name_the_code() {
        let rename = |code: &str, variant: &str| Rename {
            code: code.into(),
            variant: variant.into(),
        };
        let report = check_page(PAGE, &[rename("Unknown", "UnknownError")]).expect("expands");
        assert_eq!(report.codes[5].variant, "UnknownError");
        assert_eq!(report.codes[5].naming, "renamed");
        assert!(report.collisions.iter().all(|c| c.base != "Unknown"));
        let errors = check_page(PAGE, &[rename("Nope", "X")]).expect_err("unknown code");
        assert_eq!(errors[0].line, 0);
        assert!(
            errors[0].message.starts_with("rename of `Nope`: "),
            "{}",
            errors[0].message
        );
    }
}
