//! Diffing two models of a service: what changes in the generated enum, and the semver verdict.
//!
//! [`diff`] compares two [`Model`]s of one service (a page's, or a bundled service's with its
//! retired codes); a command over many services can add up their [`Counts`] and take the
//! highest [`Level`]. The policy, and why, is written once in `docs/versioning.md`:
//!
//! | change | level |
//! |---|---|
//! | a code's variant deleted (the code is in neither the pages nor the history) | major |
//! | a variant renamed (same code, new name: a new code collides with an old one's base name) | major |
//! | a code added | minor |
//! | a code no longer published but kept, retired (`#[deprecated]`) | minor |
//! | a retired code published again | minor |
//! | a description changed, in any language | patch |
//!
//! For a page without history (`path =`, or `diff OLD.md NEW.md`) a code that disappears from
//! the page really deletes its variant, so it is a removal (major).
//!
//! The codes are compared by their exact strings; order on the page does not matter.

use std::collections::HashMap;
use std::fmt;

use serde::Serialize;

use crate::page::{Collision, Description, ErrorCode, Model, Naming};
use crate::words::{plural, quoted, some_of};

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

/// The differences between an old and a new version of a service's model.
///
/// The lists that only models with retired codes or text in another language than Chinese can
/// have (`retired`, `republished`, `redescribed_en`, `_ja`, `_ko`) are left out of the JSON when
/// they are empty: the JSON of two plain Chinese pages has only the fields such pages can fill.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diff {
    /// Codes only the new model has, in its order (current or already retired).
    pub added: Vec<Code>,
    /// Codes only the old model has: their variants are deleted. In the old model's order.
    pub removed: Vec<Code>,
    /// Codes current in the old model and retired in the new one: their variants stay,
    /// deprecated. In the new model's order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub retired: Vec<RetiredCode>,
    /// Codes retired in the old model and current in the new one, in the new model's order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub republished: Vec<Code>,
    /// Codes in both whose Chinese description (`description`) changed, in the new order.
    pub redescribed: Vec<Redescribed>,
    /// Codes in both whose English description (`description_en`) changed, in the new order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub redescribed_en: Vec<Redescribed>,
    /// Codes in both whose Japanese description (`description_ja`) changed, in the new order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub redescribed_ja: Vec<Redescribed>,
    /// Codes in both whose Korean description (`description_ko`) changed, in the new order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub redescribed_ko: Vec<Redescribed>,
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
    /// Its plain-text Chinese description.
    pub description: Option<String>,
    /// Its English description, when the model has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description_en: Option<String>,
    /// Its Japanese description, when the model has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description_ja: Option<String>,
    /// Its Korean description, when the model has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description_ko: Option<String>,
    /// `Some(release)` when the code is retired in the model it comes from: the first
    /// published release without it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retired_since: Option<String>,
}

/// A code that is no longer published: its variant stays, deprecated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RetiredCode {
    /// The code.
    pub code: String,
    /// Its variant (in the new model).
    pub variant: String,
    /// The first published release without it (`tencentcloud-sdk-python 3.1.195`).
    pub since: String,
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
    pub reasons: Vec<Reason>,
}

/// One kind of change behind a verdict, and its level: printed (and in the JSON) as
/// `level: text`, like `minor: 1 code added (...)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    /// How much the change breaks; `None` for a reason that is no change, printed without a
    /// level (a service whose pages have errors).
    pub level: Option<Level>,
    /// What changed and what that does to the enum.
    pub text: String,
}

impl Reason {
    /// A change of `level`.
    pub fn new(level: Level, text: impl Into<String>) -> Self {
        Reason {
            level: Some(level),
            text: text.into(),
        }
    }

    /// A reason that is no change, printed as it is.
    pub fn unranked(text: impl Into<String>) -> Self {
        Reason {
            level: None,
            text: text.into(),
        }
    }

    /// Whether this reason is of `level`.
    pub fn is(&self, level: Level) -> bool {
        self.level == Some(level)
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.level {
            Some(level) => write!(f, "{level}: {}", self.text),
            None => f.write_str(&self.text),
        }
    }
}

impl Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A reason equals its text as printed (`minor: 1 code added ...`).
impl PartialEq<&str> for Reason {
    fn eq(&self, text: &&str) -> bool {
        match self.level {
            Some(level) => text
                .strip_prefix(level.as_str())
                .and_then(|rest| rest.strip_prefix(": "))
                .is_some_and(|rest| rest == self.text),
            None => self.text == *text,
        }
    }
}

/// How many changes of each kind a [`Diff`] has: its summary, for reports over many services.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Codes added.
    pub added: usize,
    /// Codes whose variant was deleted.
    pub removed: usize,
    /// Codes no longer published, kept as deprecated variants.
    pub retired: usize,
    /// Retired codes published again.
    pub republished: usize,
    /// Codes whose Chinese description changed.
    pub redescribed: usize,
    /// Codes whose English description changed.
    pub redescribed_en: usize,
    /// Codes whose Japanese description changed (pages of the user's; the bundled data has
    /// none): left out of the JSON when 0.
    #[serde(skip_serializing_if = "is_zero")]
    pub redescribed_ja: usize,
    /// Codes whose Korean description changed, likewise.
    #[serde(skip_serializing_if = "is_zero")]
    pub redescribed_ko: usize,
    /// Codes whose variant was renamed.
    pub renamed: usize,
}

fn is_zero(count: &usize) -> bool {
    *count == 0
}

impl Counts {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        *self == Counts::default()
    }
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.added += other.added;
        self.removed += other.removed;
        self.retired += other.retired;
        self.republished += other.republished;
        self.redescribed += other.redescribed;
        self.redescribed_en += other.redescribed_en;
        self.redescribed_ja += other.redescribed_ja;
        self.redescribed_ko += other.redescribed_ko;
        self.renamed += other.renamed;
    }
}

impl Diff {
    /// How many changes of each kind there are.
    pub fn counts(&self) -> Counts {
        Counts {
            added: self.added.len(),
            removed: self.removed.len(),
            retired: self.retired.len(),
            republished: self.republished.len(),
            redescribed: self.redescribed.len(),
            redescribed_en: self.redescribed_en.len(),
            redescribed_ja: self.redescribed_ja.len(),
            redescribed_ko: self.redescribed_ko.len(),
            renamed: self.renamed.len(),
        }
    }
}

/// Compares two models of a service (built with the same renames). A code of both models that
/// is current in one and retired (`retired_since`) in the other is retired or re-published,
/// not removed or added; see the module docs for the levels.
pub fn diff(old: &Model, new: &Model) -> Diff {
    let old_by_code: HashMap<&str, &ErrorCode> =
        old.codes.iter().map(|c| (c.code.as_str(), c)).collect();
    let new_by_code: HashMap<&str, &ErrorCode> =
        new.codes.iter().map(|c| (c.code.as_str(), c)).collect();
    let only = |model: &Model, other: &HashMap<&str, &ErrorCode>| -> Vec<Code> {
        model
            .codes
            .iter()
            .filter(|c| !other.contains_key(c.code.as_str()))
            .map(code)
            .collect()
    };
    let added = only(new, &old_by_code);
    let removed = only(old, &new_by_code);
    let case_changes = case_changes(&removed, &added);
    let mut diff = Diff {
        added,
        removed,
        retired: Vec::new(),
        republished: Vec::new(),
        redescribed: Vec::new(),
        redescribed_en: Vec::new(),
        redescribed_ja: Vec::new(),
        redescribed_ko: Vec::new(),
        renamed: Vec::new(),
        case_changes,
        verdict: Verdict {
            level: Level::None,
            reasons: Vec::new(),
        },
    };
    for now in &new.codes {
        if let Some(before) = old_by_code.get(now.code.as_str()) {
            diff.kept(before, now);
        }
    }
    diff.verdict = verdict(&diff);
    diff
}

impl Diff {
    /// Records what changed for a code both models have: its retirement, its descriptions,
    /// its variant's name.
    fn kept(&mut self, before: &ErrorCode, now: &ErrorCode) {
        match (&before.retired_since, &now.retired_since) {
            (None, Some(since)) => self.retired.push(RetiredCode {
                code: now.code.clone(),
                variant: now.variant.clone(),
                since: since.clone(),
            }),
            (Some(_), None) => self.republished.push(code(now)),
            _ => {}
        }
        for (was, is, list) in [
            (&before.description, &now.description, &mut self.redescribed),
            (
                &before.description_en,
                &now.description_en,
                &mut self.redescribed_en,
            ),
            (
                &before.description_ja,
                &now.description_ja,
                &mut self.redescribed_ja,
            ),
            (
                &before.description_ko,
                &now.description_ko,
                &mut self.redescribed_ko,
            ),
        ] {
            if was != is {
                list.push(Redescribed {
                    code: now.code.clone(),
                    variant: now.variant.clone(),
                    old: was.as_ref().map(description_text),
                    new: is.as_ref().map(description_text),
                });
            }
        }
        if before.variant != now.variant {
            self.renamed.push(RenamedVariant {
                code: now.code.clone(),
                old: before.variant.clone(),
                new: now.variant.clone(),
                reason: rename_reason(before, now),
            });
        }
    }
}

/// The removed codes that an added one differs from only in letter case.
fn case_changes(removed: &[Code], added: &[Code]) -> Vec<CaseChange> {
    removed
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
        .collect()
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
        description_en: c.description_en.as_ref().map(|d| d.text.clone()),
        description_ja: c.description_ja.as_ref().map(|d| d.text.clone()),
        description_ko: c.description_ko.as_ref().map(|d| d.text.clone()),
        retired_since: c.retired_since.clone(),
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
                collisions(with)
            )
        }
        (Naming::Disambiguated { .. }, Naming::Base) => {
            "its base name no longer collides".to_owned()
        }
        (Naming::Disambiguated { .. }, Naming::Disambiguated { with, .. }) => {
            format!("the colliding codes changed (now {})", collisions(with))
        }
        _ => "the naming rules changed".to_owned(),
    }
}

/// What a name collided with, as prose: `` `A.B`, the reserved name `ALL` ``.
fn collisions(with: &[Collision]) -> String {
    let with: Vec<String> = with.iter().map(ToString::to_string).collect();
    with.join(", ")
}

/// The verdict on `d`: the highest level of its changes, most severe first.
fn verdict(d: &Diff) -> Verdict {
    let mut reasons: Vec<Reason> = deletions(d)
        .into_iter()
        .chain(additions(d))
        .chain(descriptions(d))
        .collect();
    let level = reasons
        .iter()
        .filter_map(|reason| reason.level)
        .max()
        .unwrap_or(Level::None);
    if reasons.is_empty() {
        reasons.push(Reason::new(Level::None, "the enum is unchanged"));
    }
    Verdict { level, reasons }
}

/// The major changes: variants that no longer exist under their name.
fn deletions(d: &Diff) -> Vec<Reason> {
    let mut reasons = Vec::new();
    if !d.removed.is_empty() {
        let (whose, exist) = if d.removed.len() == 1 {
            ("its variant", "exists")
        } else {
            ("their variants", "exist")
        };
        reasons.push(Reason::new(
            Level::Major,
            format!(
                "{} removed; {whose} {} no longer {exist}",
                plural(d.removed.len(), "code", "codes"),
                some_of(d.removed.iter().map(|c| quoted(&c.variant)))
            ),
        ));
    }
    if !d.renamed.is_empty() {
        reasons.push(Reason::new(
            Level::Major,
            format!(
                "{} renamed ({})",
                plural(d.renamed.len(), "variant", "variants"),
                some_of(
                    d.renamed
                        .iter()
                        .map(|r| format!("`{}` -> `{}`", r.old, r.new))
                )
            ),
        ));
    }
    reasons
}

/// The minor changes: variants added, deprecated, or no longer deprecated.
fn additions(d: &Diff) -> Vec<Reason> {
    let mut reasons = Vec::new();
    if !d.added.is_empty() {
        let already = d.added.iter().filter(|c| c.retired_since.is_some()).count();
        let retired = match already {
            0 => String::new(),
            n => format!(", {n} of them already retired (deprecated)"),
        };
        reasons.push(Reason::new(
            Level::Minor,
            format!(
                "{} added ({}){retired}; the enum is #[non_exhaustive], so new variants break no \
                 code, but `from_code` now returns them instead of `Unknown`",
                plural(d.added.len(), "code", "codes"),
                some_of(d.added.iter().map(|c| quoted(&c.variant)))
            ),
        ));
    }
    if !d.retired.is_empty() {
        reasons.push(Reason::new(
            Level::Minor,
            format!(
                "{} no longer published ({}); the variants stay, #[deprecated], and `from_code` \
                 still returns them",
                plural(d.retired.len(), "code", "codes"),
                some_of(d.retired.iter().map(|c| quoted(&c.variant)))
            ),
        ));
    }
    if !d.republished.is_empty() {
        reasons.push(Reason::new(
            Level::Minor,
            format!(
                "{} published again ({}); the variants are no longer deprecated",
                plural(d.republished.len(), "retired code", "retired codes"),
                some_of(d.republished.iter().map(|c| quoted(&c.variant)))
            ),
        ));
    }
    reasons
}

/// The patch change, if any: descriptions changed, counted per language.
fn descriptions(d: &Diff) -> Option<Reason> {
    let changed: Vec<(usize, &str)> = [
        (d.redescribed.len(), "Chinese"),
        (d.redescribed_en.len(), "English"),
        (d.redescribed_ja.len(), "Japanese"),
        (d.redescribed_ko.len(), "Korean"),
    ]
    .into_iter()
    .filter(|&(count, _)| count > 0)
    .collect();
    let &(last, language) = changed.last()?;
    let last = match changed.as_slice() {
        [(_, "Chinese")] => plural(last, "description", "descriptions"),
        _ => plural(
            last,
            &format!("{language} description"),
            &format!("{language} descriptions"),
        ),
    };
    let before: Vec<String> = changed[..changed.len() - 1]
        .iter()
        .map(|(count, language)| format!("{count} {language}"))
        .collect();
    let changed = match before.as_slice() {
        [] => last,
        _ => format!("{} and {last}", before.join(", ")),
    };
    Some(Reason::new(
        Level::Patch,
        format!(
            "{changed} changed; descriptions are documentation (docs, `description()`, \
             `Display`)"
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(rows: &[(&str, &str)]) -> Model {
        // ASCII texts for brevity, read as the Chinese page they stand for (the rules do not
        // depend on the language; the page reader tells these are English).
        let mut model = page_as_read(rows);
        for code in &mut model.codes {
            code.description = code.description_en.take();
        }
        model
    }

    /// A page of `(code, description)` rows as the page reader reads it: in the language its
    /// descriptions are in.
    fn page_as_read(rows: &[(&str, &str)]) -> Model {
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
    fn a_changed_japanese_or_korean_description_is_a_patch() {
        let japanese = diff(
            &page_as_read(&[
                ("A", "内部エラーです。"),
                ("B", "パラメータが正しくありません。"),
            ]),
            &page_as_read(&[
                ("A", "内部エラーが発生しました。"),
                ("B", "パラメータが正しくありません。"),
            ]),
        );
        assert_eq!(japanese.redescribed_ja.len(), 1, "{japanese:?}");
        assert_eq!(japanese.redescribed_ja[0].code, "A");
        assert!(japanese.redescribed.is_empty() && japanese.redescribed_en.is_empty());
        assert_eq!(japanese.verdict.level, Level::Patch);
        assert!(
            japanese.verdict.reasons[0]
                .to_string()
                .starts_with("patch: 1 Japanese description changed"),
            "{:?}",
            japanese.verdict
        );
        assert_eq!(japanese.counts().redescribed_ja, 1);
        let korean = diff(
            &page_as_read(&[("A", "내부 오류입니다.")]),
            &page_as_read(&[("A", "내부 오류가 발생했습니다.")]),
        );
        assert_eq!(korean.redescribed_ko.len(), 1, "{korean:?}");
        assert!(korean.verdict.reasons[0]
            .to_string()
            .starts_with("patch: 1 Korean description changed"));
        // The JSON of Chinese pages keeps its shape: no `_ja`/`_ko` keys when nothing changed.
        let chinese = diff(&page(&[("A", "a")]), &page(&[("A", "b")]));
        let json = serde_json::to_string(&chinese).expect("JSON");
        assert!(!json.contains("_ja") && !json.contains("_ko"), "{json}");
        let json = serde_json::to_string(&chinese.counts()).expect("JSON");
        assert!(!json.contains("_ja") && !json.contains("_ko"), "{json}");
    }

    #[test]
    fn several_languages_are_counted_each() {
        let mut old = page(&[("A", "a")]);
        let mut new = page(&[("A", "b")]);
        for (model, text) in [(&mut old, "x"), (&mut new, "y")] {
            let english = page_as_read(&[("A", text)]).codes.remove(0).description_en;
            model.codes[0].description_en = english.clone();
            model.codes[0].description_ko = english;
        }
        let both = diff(&old, &new);
        assert_eq!(
            both.verdict.reasons[0],
            "patch: 1 Chinese, 1 English and 1 Korean description changed; descriptions are \
             documentation (docs, `description()`, `Display`)"
        );
    }

    #[test]
    fn added_codes_are_minor() {
        let diff = diff(&page(&[("A", "a")]), &page(&[("A", "a"), ("B.C", "b")]));
        assert_eq!(
            diff.added,
            [Code {
                code: "B.C".into(),
                variant: "BC".into(),
                description: Some("b".into()),
                description_en: None,
                description_ja: None,
                description_ko: None,
                retired_since: None,
            }]
        );
        assert_eq!(diff.verdict.level, Level::Minor);
        assert!(
            diff.verdict.reasons[0]
                .to_string()
                .starts_with("minor: 1 code added (`BC`)"),
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
        assert!(diff.verdict.reasons[1].to_string().starts_with("minor:"));
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
            diff.verdict.reasons[0]
                .to_string()
                .contains("`C5` and 2 more"),
            "{}",
            diff.verdict.reasons[0]
        );
    }

    const SOURCES: &str = "package\tversion\tsite\timported\n\
        tencentcloud-sdk-python\t1.0\tzh\t2026-12-01\n\
        tencentcloud-sdk-python\t2.0\tzh\t2026-12-01\n";

    /// A service of a data directory: its Chinese rows, English rows (if it has an English page)
    /// and the codes the history says were last published in 1.0 (retired since 2.0).
    fn service(zh: &[(&str, &str)], en: &[(&str, &str)], retired: &[(&str, &str)]) -> Model {
        let table = |header: &str, rows: &[(&str, &str)]| {
            let mut page = format!("{header}\n|---|---|\n");
            for (code, description) in rows {
                page.push_str(&format!("| {code} | {description} |\n"));
            }
            page
        };
        let zh = table("| 错误码 | 说明 |", zh);
        let en = (!en.is_empty()).then(|| table("| Error Code | Description |", en));
        let mut history = String::from("site\tservice\tcode\tfirst\tlast\tdescription\n");
        for (code, description) in retired {
            history.push_str(&format!("zh\tsvc\t{code}\t1.0\t1.0\t{description}\n"));
        }
        let data = crate::page::ServiceData {
            name: "svc",
            zh: Some(&zh),
            en: en.as_deref(),
            history: &history,
            sources: SOURCES,
            public_tables: [None, None],
        };
        crate::page::service_model(&data, &[], true).expect("the service has a model")
    }

    #[test]
    fn a_code_kept_as_retired_is_deprecated_not_removed() {
        let old = service(&[("A", "a"), ("B.C", "b")], &[], &[]);
        let new = service(&[("A", "a")], &[], &[("B.C", "b")]);
        let diff = diff(&old, &new);
        assert!(diff.removed.is_empty() && diff.added.is_empty(), "{diff:?}");
        assert_eq!(
            diff.retired,
            [RetiredCode {
                code: "B.C".into(),
                variant: "BC".into(),
                since: "tencentcloud-sdk-python 2.0".into()
            }]
        );
        assert_eq!(diff.verdict.level, Level::Minor);
        assert!(
            diff.verdict.reasons[0]
                .to_string()
                .starts_with("minor: 1 code no longer published (`BC`)"),
            "{:?}",
            diff.verdict
        );
        assert_eq!(diff.counts().retired, 1);

        // Published again: minor too.
        let back = super::diff(&new, &old);
        assert_eq!(back.republished.len(), 1);
        assert_eq!(back.republished[0].code, "B.C");
        assert!(back.retired.is_empty() && back.removed.is_empty());
        assert_eq!(back.verdict.level, Level::Minor);
        assert!(back.verdict.reasons[0]
            .to_string()
            .contains("1 retired code published again (`BC`)"));
    }

    #[test]
    fn a_retired_code_that_leaves_the_history_is_removed() {
        let old = service(&[("A", "a")], &[], &[("B", "b")]);
        let new = service(&[("A", "a")], &[], &[]);
        let diff = diff(&old, &new);
        assert_eq!(diff.removed.len(), 1);
        assert_eq!(
            diff.removed[0].retired_since.as_deref(),
            Some("tencentcloud-sdk-python 2.0")
        );
        assert_eq!(diff.verdict.level, Level::Major);
    }

    #[test]
    fn a_code_added_already_retired_is_minor_and_said_so() {
        let diff = diff(
            &service(&[("A", "a")], &[], &[]),
            &service(&[("A", "a")], &[], &[("B", "b")]),
        );
        assert_eq!(diff.added.len(), 1);
        assert_eq!(diff.verdict.level, Level::Minor);
        assert!(
            diff.verdict.reasons[0]
                .to_string()
                .contains("1 of them already retired"),
            "{:?}",
            diff.verdict
        );
    }

    #[test]
    fn descriptions_are_compared_per_language() {
        let old = service(
            &[("A", "甲"), ("B", "乙")],
            &[("A", "one"), ("B", "two")],
            &[],
        );
        let new = service(
            &[("A", "甲"), ("B", "丙")],
            &[("A", "uno"), ("B", "two")],
            &[],
        );
        let diff = diff(&old, &new);
        assert_eq!(diff.redescribed.len(), 1);
        assert_eq!(diff.redescribed[0].code, "B");
        assert_eq!(diff.redescribed_en.len(), 1);
        assert_eq!(diff.redescribed_en[0].code, "A");
        assert_eq!(
            diff.redescribed_en[0].new.as_ref().map(|d| d.text.as_str()),
            Some("uno")
        );
        assert_eq!(diff.verdict.level, Level::Patch);
        assert!(
            diff.verdict.reasons[0]
                .to_string()
                .starts_with("patch: 1 Chinese and 1 English description changed"),
            "{:?}",
            diff.verdict
        );
        let en_only = super::diff(
            &old,
            &service(&[("A", "甲"), ("B", "乙")], &[("A", "x"), ("B", "y")], &[]),
        );
        assert!(en_only.verdict.reasons[0]
            .to_string()
            .starts_with("patch: 2 English descriptions changed"));
    }

    #[test]
    fn plain_page_json_has_no_retirement_fields() {
        let diff = diff(&page(&[("A", "a")]), &page(&[("B", "b")]));
        let json = serde_json::to_value(&diff).expect("serialises");
        for absent in ["retired", "republished", "redescribed_en"] {
            assert!(json.get(absent).is_none(), "{absent}: {json}");
        }
        assert!(json["added"][0].get("retired_since").is_none(), "{json}");
        assert_eq!(json["added"][0]["description"], "b");
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
