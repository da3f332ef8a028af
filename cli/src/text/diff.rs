//! The text of a `diff`: the changes by kind, then the verdict and its reasons.
//!
//! Sections only models with history or English text can have (retired, re-published,
//! English descriptions) are printed only when they are not empty, so the text of two plain
//! pages has only the sections such pages can fill.

use std::fmt::Write as _;

use super::width;
use crate::diff::{DescriptionText, Diff, Redescribed};

/// The changes from the page at `old` to the page at `new`.
pub fn diff(old: &str, new: &str, d: &Diff) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{old} -> {new}");
    codes(&mut out, d);
    descriptions(&mut out, d);
    let _ = writeln!(out, "\nverdict: {}", d.verdict.level);
    for reason in &d.verdict.reasons {
        let _ = writeln!(out, "  {reason}");
    }
    out
}

/// The codes added, removed, retired, re-published, renamed or re-cased, a section each.
fn codes(out: &mut String, d: &Diff) {
    let width = width(
        d.added
            .iter()
            .chain(&d.removed)
            .chain(&d.republished)
            .map(|c| c.code.len())
            .chain(d.retired.iter().map(|r| r.code.len()))
            .chain(d.renamed.iter().map(|r| r.code.len())),
    );
    if !d.added.is_empty() {
        let _ = writeln!(out, "\nadded: {}", d.added.len());
        for code in &d.added {
            match &code.retired_since {
                None => {
                    let _ = writeln!(out, "  + {:width$}  {}", code.code, code.variant);
                }
                Some(since) => {
                    let _ = writeln!(
                        out,
                        "  + {:width$}  {}  (retired: no longer published since {since})",
                        code.code, code.variant
                    );
                }
            }
        }
    }
    if !d.removed.is_empty() {
        let _ = writeln!(out, "\nremoved: {}", d.removed.len());
        for code in &d.removed {
            let _ = writeln!(out, "  - {:width$}  {}", code.code, code.variant);
        }
    }
    if !d.retired.is_empty() {
        let _ = writeln!(
            out,
            "\nretired (no longer published; the variants stay, deprecated): {}",
            d.retired.len()
        );
        for code in &d.retired {
            let _ = writeln!(
                out,
                "  ! {:width$}  {}  (since {})",
                code.code, code.variant, code.since
            );
        }
    }
    if !d.republished.is_empty() {
        let _ = writeln!(out, "\nre-published: {}", d.republished.len());
        for code in &d.republished {
            let _ = writeln!(out, "  ^ {:width$}  {}", code.code, code.variant);
        }
    }
    if !d.renamed.is_empty() {
        let _ = writeln!(out, "\nrenamed variants: {}", d.renamed.len());
        for renamed in &d.renamed {
            let _ = writeln!(
                out,
                "  ~ {:width$}  {} -> {}: {}",
                renamed.code, renamed.old, renamed.new, renamed.reason
            );
        }
    }
    if !d.case_changes.is_empty() {
        let _ = writeln!(
            out,
            "\nremoved codes that were probably re-cased as added ones: {}",
            d.case_changes.len()
        );
        for change in &d.case_changes {
            let _ = writeln!(out, "  {} -> {}", change.old, change.new);
        }
    }
}

/// The changed descriptions, a section per language.
fn descriptions(out: &mut String, d: &Diff) {
    if !d.redescribed.is_empty() {
        let _ = writeln!(out, "\nre-described: {}", d.redescribed.len());
        for changed in &d.redescribed {
            redescribed(out, changed);
        }
    }
    for (language, list) in [
        ("English", &d.redescribed_en),
        ("Japanese", &d.redescribed_ja),
        ("Korean", &d.redescribed_ko),
    ] {
        if !list.is_empty() {
            let _ = writeln!(out, "\nre-described in {language}: {}", list.len());
            for changed in list {
                redescribed(out, changed);
            }
        }
    }
}

/// A changed description: when only links or emphasis changed, the markdown shows what.
fn redescribed(out: &mut String, changed: &Redescribed) {
    let markup = changed.markup_only();
    let show = |description: &Option<DescriptionText>| match description {
        None => "(none)".to_owned(),
        Some(d) if markup => d.markdown.replace('\n', " "),
        Some(d) => d.text.replace('\n', " "),
    };
    let note = if markup { " (markup only)" } else { "" };
    let _ = writeln!(out, "  * {}{note}", changed.code);
    let _ = writeln!(out, "      old: {}", show(&changed.old));
    let _ = writeln!(out, "      new: {}", show(&changed.new));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page;

    fn model(rows: &str) -> page::Model {
        page::model(&format!("| 错误码 | 说明 |\n|---|---|\n{rows}"), &[]).expect("expands")
    }

    #[test]
    fn retired_republished_and_english_changes_have_their_sections() {
        let sources = "package\tversion\tsite\timported\n\
            tencentcloud-sdk-python\t1.0\tzh\t2026-12-01\n\
            tencentcloud-sdk-python\t2.0\tzh\t2026-12-01\n";
        let history = |code: &str| {
            format!("site\tservice\tcode\tfirst\tlast\tdescription\nzh\ts\t{code}\t1.0\t1.0\tx\n")
        };
        let model = |zh: &str, en: &str, retired: &str| {
            let zh = format!("| 错误码 | 说明 |\n|---|---|\n{zh}");
            let en = format!("| Error Code | Description |\n|---|---|\n{en}");
            let history = history(retired);
            let data = page::ServiceData {
                name: "s",
                zh: Some(&zh),
                en: Some(&en),
                history: &history,
                sources,
                public_tables: [None, None],
            };
            page::service_model(&data, &[], true).expect("expands")
        };
        let old = model("| A | a |\n| Old | o |\n", "| A | one |\n", "Back");
        let new = model("| A | a |\n| Back | b |\n", "| A | uno |\n", "Old");
        let text = diff("old", "new", &crate::diff::diff(&old, &new));
        assert!(
            text.contains(
                "\nretired (no longer published; the variants stay, deprecated): 1\n  ! Old   Old  \
                 (since tencentcloud-sdk-python 2.0)\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("\nre-published: 1\n  ^ Back  Back\n"),
            "{text}"
        );
        assert!(
            text.contains("\nre-described in English: 1\n  * A\n      old: one\n      new: uno\n"),
            "{text}"
        );
        assert!(text.contains("\nverdict: minor\n"), "{text}");
    }

    #[test]
    fn changes_are_listed_by_kind_then_the_verdict() {
        let old = model("| A.B | see CAM |\n| Gone | x |\n| C | old |\n");
        let new = model("| A.B | see [CAM](https://cam) |\n| C | new |\n| Added | y |\n");
        let text = diff("old.md", "new.md", &crate::diff::diff(&old, &new));
        assert!(
            text.starts_with("old.md -> new.md\n\nadded: 1\n  + Added  Added\n"),
            "{text}"
        );
        assert!(text.contains("\nremoved: 1\n  - Gone   Gone\n"), "{text}");
        assert!(
            text.contains(
                "  * A.B (markup only)\n      old: see CAM\n      new: see [CAM](https://cam)\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("  * C\n      old: old\n      new: new\n"),
            "{text}"
        );
        assert!(
            text.contains("\nverdict: major\n  major: 1 code removed"),
            "{text}"
        );
    }
}
