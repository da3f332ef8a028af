//! Diffing two models of a page: what changes in the generated enum, and the semver verdict.
//!
//! [`diff`] compares two [`Model`]s of one service; a command over many services can add up
//! their [`Counts`] and take the highest [`Level`].
//!
//! | change | level | why |
//! |---|---|---|
//! | a code removed | major | its variant disappears: `match`es and paths naming it stop compiling |
//! | a variant renamed (same code, new name) | major | the old name stops compiling; happens when a new code collides with an old one's base name |
//! | a code added | minor | the enum is `#[non_exhaustive]`, so a new variant breaks no code (but `from_code` returns it instead of `Unknown`) |
//! | a description changed | patch | descriptions are documentation: they change docs, `description()` and `Display`, not the API |
//!
//! The codes are compared by their exact strings; order on the page does not matter.

use std::collections::HashMap;
use std::fmt;

use serde::Serialize;

use crate::page::{Description, ErrorCode, Model, Naming};
use crate::words::{plural, quoted, quoted_list, some_of};

/// How much a change breaks, in semver terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Nothing the generated enum exposes changes.
    None,
    /// Documentation only.
    Patch,
    /// Additions that break no code.
    Minor,
    /// Changes that can break code using the enum.
    Major,
}

impl Level {
    /// `none`, `patch`, `minor` or `major`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Patch => "patch",
            Level::Minor => "minor",
            Level::Major => "major",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The differences between an old and a new version of a page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diff {
    /// Codes only the new page lists, in its order.
    pub added: Vec<Code>,
    /// Codes only the old page lists, in its order.
    pub removed: Vec<Code>,
    /// Codes on both pages whose description changed, in the new page's order.
    pub redescribed: Vec<Redescribed>,
    /// Codes on both pages whose variant name changed, in the new page's order.
    pub renamed: Vec<RenamedVariant>,
    /// Removed codes that differ from an added code only in letter case (`Orderby` →
    /// `OrderBy`): probably a correction of the page. Codes are case-sensitive, so they still
    /// count as removed and added.
    pub case_changes: Vec<CaseChange>,
    /// The semver verdict for the enum.
    pub verdict: Verdict,
}

/// A code with its variant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Code {
    /// The code.
    pub code: String,
    /// Its variant.
    pub variant: String,
    /// Its plain-text description.
    pub description: Option<String>,
}

/// A code whose description changed: its text, or only its markup (links, emphasis).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Redescribed {
    /// The code.
    pub code: String,
    /// Its variant (on the new page).
    pub variant: String,
    /// The old description.
    pub old: Option<DescriptionText>,
    /// The new description.
    pub new: Option<DescriptionText>,
}

/// A description in both renderings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DescriptionText {
    /// Plain text, as `description()` returns it.
    pub text: String,
    /// Markdown, as the variant's documentation shows it.
    pub markdown: String,
}

impl Redescribed {
    /// Whether only the markup changed (a link added, say) and `description()` is the same.
    pub fn markup_only(&self) -> bool {
        let text = |d: &Option<DescriptionText>| d.as_ref().map(|d| d.text.clone());
        text(&self.old) == text(&self.new)
    }
}

/// A code whose variant has a different name on the new page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RenamedVariant {
    /// The code.
    pub code: String,
    /// The old variant name.
    pub old: String,
    /// The new variant name.
    pub new: String,
    /// Why, in words.
    pub reason: String,
}

/// A removed code and the added code that differs from it only in letter case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CaseChange {
    /// The removed code.
    pub old: String,
    /// The added code.
    pub new: String,
}

/// The semver verdict and the changes behind it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// The highest level of any change.
    pub level: Level,
    /// One sentence per kind of change, most severe first.
    pub reasons: Vec<String>,
}

/// How many changes of each kind a [`Diff`] has: its summary, for reports over many services.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Codes added.
    pub added: usize,
    /// Codes removed.
    pub removed: usize,
    /// Codes whose description changed.
    pub redescribed: usize,
    /// Codes whose variant was renamed.
    pub renamed: usize,
}

impl Diff {
    /// How many changes of each kind there are.
    pub fn counts(&self) -> Counts {
        Counts {
            added: self.added.len(),
            removed: self.removed.len(),
            redescribed: self.redescribed.len(),
            renamed: self.renamed.len(),
        }
    }
}

/// Compares two models of a page (built with the same renames).
pub fn diff(old: &Model, new: &Model) -> Diff {
    let old_by_code: HashMap<&str, &ErrorCode> =
        old.codes.iter().map(|c| (c.code.as_str(), c)).collect();
    let new_by_code: HashMap<&str, &ErrorCode> =
        new.codes.iter().map(|c| (c.code.as_str(), c)).collect();

    let added: Vec<Code> = new
        .codes
        .iter()
        .filter(|c| !old_by_code.contains_key(c.code.as_str()))
        .map(code)
        .collect();
    let removed: Vec<Code> = old
        .codes
        .iter()
        .filter(|c| !new_by_code.contains_key(c.code.as_str()))
        .map(code)
        .collect();

    let mut redescribed = Vec::new();
    let mut renamed = Vec::new();
    for now in &new.codes {
        let Some(before) = old_by_code.get(now.code.as_str()) else {
            continue;
        };
        if before.description != now.description {
            redescribed.push(Redescribed {
                code: now.code.clone(),
                variant: now.variant.clone(),
                old: before.description.as_ref().map(description_text),
                new: now.description.as_ref().map(description_text),
            });
        }
        if before.variant != now.variant {
            renamed.push(RenamedVariant {
                code: now.code.clone(),
                old: before.variant.clone(),
                new: now.variant.clone(),
                reason: rename_reason(before, now),
            });
        }
    }

    let case_changes = removed
        .iter()
        .flat_map(|gone| {
            added
                .iter()
                .filter(|new| new.code.eq_ignore_ascii_case(&gone.code))
                .map(|new| CaseChange {
                    old: gone.code.clone(),
                    new: new.code.clone(),
                })
        })
        .collect();

    let verdict = verdict(&added, &removed, &redescribed, &renamed);
    Diff {
        added,
        removed,
        redescribed,
        renamed,
        case_changes,
        verdict,
    }
}

fn description_text(description: &Description) -> DescriptionText {
    DescriptionText {
        text: description.text.clone(),
        markdown: description.markdown.clone(),
    }
}

fn code(c: &ErrorCode) -> Code {
    Code {
        code: c.code.clone(),
        variant: c.variant.clone(),
        description: c.description.as_ref().map(|d| d.text.clone()),
    }
}

fn rename_reason(before: &ErrorCode, now: &ErrorCode) -> String {
    match (&before.naming, &now.naming) {
        (_, Naming::Renamed) => "given a name by the `rename` option".to_owned(),
        (Naming::Renamed, _) => "no longer renamed by the `rename` option".to_owned(),
        (_, Naming::Disambiguated { base, with })
            if !matches!(before.naming, Naming::Disambiguated { .. }) =>
        {
            format!(
                "its base name `{base}` now collides with {}",
                quoted_list(with)
            )
        }
        (Naming::Disambiguated { .. }, Naming::Base) => {
            "its base name no longer collides".to_owned()
        }
        (Naming::Disambiguated { .. }, Naming::Disambiguated { with, .. }) => {
            format!("the colliding codes changed (now {})", quoted_list(with))
        }
        _ => "the naming rules changed".to_owned(),
    }
}

fn verdict(
    added: &[Code],
    removed: &[Code],
    redescribed: &[Redescribed],
    renamed: &[RenamedVariant],
) -> Verdict {
    let mut reasons = Vec::new();
    let mut level = Level::None;
    if !removed.is_empty() {
        level = Level::Major;
        let (whose, exist) = if removed.len() == 1 {
            ("its variant", "exists")
        } else {
            ("their variants", "exist")
        };
        reasons.push(format!(
            "major: {} removed; {whose} {} no longer {exist}",
            plural(removed.len(), "code", "codes"),
            some_of(removed.iter().map(|c| quoted(&c.variant)))
        ));
    }
    if !renamed.is_empty() {
        level = Level::Major;
        reasons.push(format!(
            "major: {} renamed ({})",
            plural(renamed.len(), "variant", "variants"),
            some_of(
                renamed
                    .iter()
                    .map(|r| format!("`{}` -> `{}`", r.old, r.new))
            )
        ));
    }
    if !added.is_empty() {
        level = level.max(Level::Minor);
        reasons.push(format!(
            "minor: {} added ({}); the enum is #[non_exhaustive], so new variants break no code, \
             but `from_code` now returns them instead of `Unknown`",
            plural(added.len(), "code", "codes"),
            some_of(added.iter().map(|c| quoted(&c.variant)))
        ));
    }
    if !redescribed.is_empty() {
        level = level.max(Level::Patch);
        reasons.push(format!(
            "patch: {} changed; descriptions are documentation (docs, `description()`, `Display`)",
            plural(redescribed.len(), "description", "descriptions")
        ));
    }
    if reasons.is_empty() {
        reasons.push("none: the enum is unchanged".to_owned());
    }
    Verdict { level, reasons }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(rows: &[(&str, &str)]) -> Model {
        let mut source = String::from("| 错误码 | 说明 |\n|---|---|\n");
        for (code, description) in rows {
            source.push_str(&format!("| {code} | {description} |\n"));
        }
        crate::page::model(&source, &[]).expect("the page expands")
    }

    #[test]
    fn identical_pages_have_no_changes() {
        let model = page(&[("A.B", "one"), ("C", "two")]);
        let diff = diff(&model, &model);
        assert!(diff.added.is_empty() && diff.removed.is_empty());
        assert!(diff.redescribed.is_empty() && diff.renamed.is_empty());
        assert_eq!(diff.verdict.level, Level::None);
    }

    #[test]
    fn reordering_is_not_a_change() {
        let diff = diff(
            &page(&[("A", "a"), ("B", "b")]),
            &page(&[("B", "b"), ("A", "a")]),
        );
        assert_eq!(diff.verdict.level, Level::None);
    }

    #[test]
    fn added_codes_are_minor() {
        let diff = diff(&page(&[("A", "a")]), &page(&[("A", "a"), ("B.C", "b")]));
        assert_eq!(
            diff.added,
            [Code {
                code: "B.C".into(),
                variant: "BC".into(),
                description: Some("b".into())
            }]
        );
        assert_eq!(diff.verdict.level, Level::Minor);
        assert!(
            diff.verdict.reasons[0].starts_with("minor: 1 code added (`BC`)"),
            "{:?}",
            diff.verdict
        );
    }

    #[test]
    fn removed_codes_are_major() {
        let diff = diff(
            &page(&[("A", "a"), ("B.C", "b")]),
            &page(&[("A", "a"), ("D", "d")]),
        );
        assert_eq!(diff.removed.len(), 1);
        assert_eq!(diff.removed[0].code, "B.C");
        assert_eq!(diff.added.len(), 1);
        assert_eq!(diff.verdict.level, Level::Major);
        assert_eq!(
            diff.verdict.reasons[0],
            "major: 1 code removed; its variant `BC` no longer exists"
        );
        assert!(diff.verdict.reasons[1].starts_with("minor:"));
        assert!(diff.case_changes.is_empty());
    }

    #[test]
    fn codes_that_only_change_case_are_removed_added_and_pointed_out() {
        let diff = diff(&page(&[("A.Orderby", "a")]), &page(&[("A.OrderBy", "a")]));
        assert_eq!((diff.removed.len(), diff.added.len()), (1, 1));
        assert_eq!(
            diff.case_changes,
            [CaseChange {
                old: "A.Orderby".into(),
                new: "A.OrderBy".into()
            }]
        );
        assert_eq!(diff.verdict.level, Level::Major);
    }

    #[test]
    fn a_new_colliding_code_renames_the_old_one() {
        let old = page(&[("InvalidParameter.ValueTooLarge", "x")]);
        let new = page(&[
            ("InvalidParameter.ValueTooLarge", "x"),
            ("InvalidParameterValue.TooLarge", "y"),
        ]);
        let diff = diff(&old, &new);
        assert_eq!(diff.renamed.len(), 1);
        let renamed = &diff.renamed[0];
        assert_eq!(renamed.old, "InvalidParameterValueTooLarge");
        assert_eq!(renamed.new, "InvalidParameter_ValueTooLarge");
        assert!(
            renamed
                .reason
                .contains("now collides with `InvalidParameterValue.TooLarge`"),
            "{}",
            renamed.reason
        );
        assert_eq!(diff.verdict.level, Level::Major);

        // And the other way round: the collision goes away.
        let back = super::diff(&new, &old);
        assert_eq!(back.renamed[0].new, "InvalidParameterValueTooLarge");
        assert_eq!(back.renamed[0].reason, "its base name no longer collides");
    }

    #[test]
    fn changed_descriptions_are_patch() {
        let diff = diff(
            &page(&[("A", "old"), ("B", "same")]),
            &page(&[("A", "new"), ("B", "same"), ("C", "")]),
        );
        let text = |t: &str| {
            Some(DescriptionText {
                text: t.into(),
                markdown: t.into(),
            })
        };
        assert_eq!(
            diff.redescribed,
            [Redescribed {
                code: "A".into(),
                variant: "A".into(),
                old: text("old"),
                new: text("new")
            }]
        );
        assert!(!diff.redescribed[0].markup_only());
        assert_eq!(diff.verdict.level, Level::Minor);
        let patch_only = super::diff(&page(&[("A", "old")]), &page(&[("A", "")]));
        assert_eq!(patch_only.redescribed[0].new, None);
        assert_eq!(patch_only.verdict.level, Level::Patch);
    }

    #[test]
    fn a_new_link_is_a_markup_only_change() {
        let diff = diff(
            &page(&[("A", "see CAM")]),
            &page(&[("A", "see [CAM](https://cloud.tencent.com/cam)")]),
        );
        assert_eq!(diff.redescribed.len(), 1);
        assert!(diff.redescribed[0].markup_only());
        assert_eq!(diff.verdict.level, Level::Patch);
    }

    #[test]
    fn long_lists_are_shortened_in_reasons() {
        let rows: Vec<(String, &str)> = (0..8).map(|i| (format!("C{i}"), "d")).collect();
        let rows: Vec<(&str, &str)> = rows.iter().map(|(c, d)| (c.as_str(), *d)).collect();
        let diff = diff(&page(&rows), &page(&[("C0", "d")]));
        assert!(
            diff.verdict.reasons[0].contains("`C5` and 2 more"),
            "{}",
            diff.verdict.reasons[0]
        );
    }

    #[test]
    fn levels_are_ordered() {
        assert!(
            Level::None < Level::Patch
                && Level::Patch < Level::Minor
                && Level::Minor < Level::Major
        );
        assert_eq!(Level::Major.to_string(), "major");
    }
}
