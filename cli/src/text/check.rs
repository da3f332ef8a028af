//! The text of a `check` report: a summary, then one section per kind of finding.

use std::fmt::Write as _;

use super::width;
use crate::check::PageReport;

/// The report on the page at `path`; `ok` is its verdict, `list` adds every code.
pub fn page(path: &str, report: &PageReport, ok: bool, list: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{path}: {} codes from {} rows ({} merged), {} families",
        report.codes.len(),
        report.rows,
        report.merged.len(),
        report.families.len()
    );
    families(&mut out, report);
    collisions(&mut out, report);
    renamed(&mut out, report);
    merged(&mut out, report);
    suspicious(&mut out, path, report);
    if list {
        codes(&mut out, report);
    }
    let verdict = if ok { "ok" } else { "failed (--strict)" };
    let _ = writeln!(out, "\n{path}: {verdict}");
    out
}

fn families(out: &mut String, report: &PageReport) {
    let public = report.families.iter().filter(|f| f.public).count();
    let _ = writeln!(
        out,
        "\nfamilies: {public} public, {} service-specific",
        report.families.len() - public
    );
    let width = width(report.families.iter().map(|f| f.name.len()));
    for family in &report.families {
        let kind = if family.public {
            "public"
        } else {
            "service-specific"
        };
        let _ = writeln!(out, "  {:width$}  {:>4}  {kind}", family.name, family.codes);
    }
}

fn collisions(out: &mut String, report: &PageReport) {
    if report.collisions.is_empty() {
        let _ = writeln!(out, "\ncollisions: none, every code has its base name");
        return;
    }
    let _ = writeln!(
        out,
        "\ncollisions: {} (each code of a group gets its segmented name)",
        report.collisions.len()
    );
    for collision in &report.collisions {
        let reserved = if collision.reserved {
            " (a reserved name)"
        } else {
            ""
        };
        let _ = writeln!(out, "  `{}`{reserved}", collision.base);
        let width = width(collision.codes.iter().map(|c| c.code.len()));
        for resolved in &collision.codes {
            let _ = writeln!(
                out,
                "    {:width$} -> {}  (line {})",
                resolved.code, resolved.variant, resolved.line
            );
        }
    }
}

fn renamed(out: &mut String, report: &PageReport) {
    let renamed: Vec<_> = report
        .codes
        .iter()
        .filter(|c| c.naming == "renamed")
        .collect();
    if renamed.is_empty() {
        return;
    }
    let _ = writeln!(out, "\nrenamed by --rename: {}", renamed.len());
    for code in renamed {
        let _ = writeln!(out, "  {} -> {}", code.code, code.variant);
    }
}

fn merged(out: &mut String, report: &PageReport) {
    if report.merged.is_empty() {
        return;
    }
    let _ = writeln!(out, "\nmerged rows: {}", report.merged.len());
    for merged in &report.merged {
        let what = if merged.description_replaced {
            "the service table's description replaces the public table's"
        } else {
            "the first description is kept"
        };
        let _ = writeln!(
            out,
            "  line {}: `{}` repeats line {}; {what}",
            merged.line, merged.code, merged.into_line
        );
    }
}

fn suspicious(out: &mut String, path: &str, report: &PageReport) {
    if report.suspicious.is_empty() {
        let _ = writeln!(out, "\nsuspicious rows: none");
        return;
    }
    let _ = writeln!(out, "\nsuspicious rows: {}", report.suspicious.len());
    for suspicion in &report.suspicious {
        if suspicion.line == 0 {
            let _ = writeln!(out, "  {path}: warning: {}", suspicion.message);
        } else {
            let _ = writeln!(
                out,
                "  {path}:{}: warning: {}",
                suspicion.line, suspicion.message
            );
        }
    }
}

fn codes(out: &mut String, report: &PageReport) {
    let _ = writeln!(out, "\ncodes");
    let width = width(report.codes.iter().map(|c| c.code.len()));
    for code in &report.codes {
        let _ = writeln!(
            out,
            "  {:>5}  {:width$}  {}  ({}, {})",
            code.line, code.code, code.variant, code.category, code.retry
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_page;

    const PAGE: &str = "\
| 错误码 | 说明 |
|---|---|
| InvalidParameter.ValueTooLarge | a |
| InvalidParameterValue.TooLarge | b |
| AuthFailure | c |
| AuthFailure | c |
";

    #[test]
    fn sections_appear_in_order_with_their_findings() {
        let report = check_page(PAGE, &[]).expect("expands");
        let text = page("p.md", &report, true, true);
        let headings: Vec<&str> = text
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with(' '))
            .collect();
        assert_eq!(
            headings,
            [
                "p.md: 3 codes from 4 rows (1 merged), 3 families",
                "families: 3 public, 0 service-specific",
                "collisions: 1 (each code of a group gets its segmented name)",
                "merged rows: 1",
                "suspicious rows: none",
                "codes",
                "p.md: ok",
            ]
        );
        assert!(text.contains(
            "    InvalidParameter.ValueTooLarge -> InvalidParameter_ValueTooLarge  (line 3)\n"
        ));
        assert!(text.contains("  line 6: `AuthFailure` repeats line 5; the first description"));
        let strict = page("p.md", &report, false, false);
        assert!(!strict.contains("\ncodes\n"));
        assert!(strict.ends_with("\np.md: failed (--strict)\n"), "{strict}");
    }
}
