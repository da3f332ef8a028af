//! The text of a `sync`, for people: one line per changed service, then the verdict; and the
//! changelog fragment, in markdown.

use std::fmt::Write as _;

use super::width;
use crate::diff::Counts;
use crate::sync::{
    ActionChangeCounts, ActionChanges, Change, Layout, Report, ServiceReport, Side, Status, Summary,
};
use crate::words::{plural, quoted, some_of};

/// The report: both directories, the services by change, one line per changed service (the
/// unchanged ones counted), the code totals and the verdict.
pub fn report(r: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} -> {}", r.old.path, r.new.path);
    side(&mut out, "old", &r.old);
    side(&mut out, "new", &r.new);
    summary(&mut out, &r.summary);
    services(&mut out, r);
    actions(&mut out, r);
    let _ = writeln!(out, "\nverdict: {}", r.verdict.level);
    for reason in &r.verdict.reasons {
        let _ = writeln!(out, "  {reason}");
    }
    out
}

/// The services by change, and the code and per-action totals.
fn summary(out: &mut String, s: &Summary) {
    let _ = writeln!(
        out,
        "\nservices: {} added, {} retired, {} re-published, {} removed; {} changed, {} \
         unchanged{}",
        s.added.len(),
        s.retired.len(),
        s.republished.len(),
        s.removed.len(),
        s.changed,
        s.unchanged,
        match s.failed.len() {
            0 => String::new(),
            n => format!("; {n} failed"),
        }
    );
    let _ = writeln!(out, "codes: {}", counts(&s.codes));
    let _ = writeln!(out, "per-action enums: {}", action_counts(&s.actions));
}

/// One line per service whose codes changed (or that was added, removed, ...), under a header.
fn services(out: &mut String, r: &Report) {
    // Services whose only changes are per-action are in the per-action table below.
    let changed: Vec<&ServiceReport> = r
        .changed()
        .filter(|s| s.change != Change::Changed || s.counts != Counts::default())
        .collect();
    if !changed.is_empty() {
        let name = width(changed.iter().map(|s| s.service.len())).max("service".len());
        let _ = writeln!(
            out,
            "\n{:name$}  {:15}  {:7}  {:>6}  {:>7}  {:>7}  {:>6}  {:>7}  {:>6}  {:>6}",
            "service",
            "change",
            "verdict",
            "added",
            "retired",
            "removed",
            "re-pub",
            "renamed",
            "zh-doc",
            "en-doc"
        );
        for service in &changed {
            let c = &service.counts;
            let _ = writeln!(
                out,
                "{:name$}  {:15}  {:7}  {:>6}  {:>7}  {:>7}  {:>6}  {:>7}  {:>6}  {:>6}",
                service.service,
                label(service),
                service.level.as_str(),
                c.added,
                c.retired,
                c.removed,
                c.republished,
                c.renamed,
                c.redescribed,
                c.redescribed_en
            );
        }
        let only_actions = r.changed().count() - changed.len();
        let _ = writeln!(
            out,
            "({} not listed;{} `tencent-errors diff` on one service's pages shows its changes)",
            plural(
                r.summary.unchanged,
                "unchanged service",
                "unchanged services"
            ),
            match only_actions {
                0 => String::new(),
                n => format!(
                    " {} with per-action changes only, below;",
                    plural(n, "service", "services")
                ),
            }
        );
    }
}

/// One line per service whose per-action enums changed, under a header.
fn actions(out: &mut String, r: &Report) {
    let with_actions: Vec<(&ServiceReport, &ActionChangeCounts)> = r
        .services
        .iter()
        .filter_map(|s| Some((s, &s.actions.as_ref()?.counts)))
        .collect();
    if !with_actions.is_empty() {
        let name = width(with_actions.iter().map(|(s, _)| s.service.len())).max("service".len());
        let _ = writeln!(
            out,
            "\nper-action enums (actions; codes of remaining actions):\n\
             {:name$}  {:>7}  {:>7}  {:>6}  {:>7}  {:>7}  {:>7}  {:>6}  {:>7}",
            "service",
            "added",
            "retired",
            "re-pub",
            "removed",
            "+codes",
            "retired",
            "re-pub",
            "removed"
        );
        for (service, c) in with_actions {
            let _ = writeln!(
                out,
                "{:name$}  {:>7}  {:>7}  {:>6}  {:>7}  {:>7}  {:>7}  {:>6}  {:>7}",
                service.service,
                c.actions_added,
                c.actions_retired,
                c.actions_republished,
                c.actions_removed,
                c.codes_added,
                c.codes_retired,
                c.codes_republished,
                c.codes_removed
            );
        }
    }
}

/// What happened to a service, in the table: `added, retired` for a service new to the
/// bundle that is already no longer published.
fn label(service: &ServiceReport) -> &'static str {
    match (service.change, service.new) {
        (Change::Added, Status::Retired) => "added, retired",
        (change, _) => change.as_str(),
    }
}

/// `old: 25 services, pages (no history)`, and the files skipped.
fn side(out: &mut String, which: &str, side: &Side) {
    let layout = match side.layout {
        Layout::Pages => "a directory of pages (no history)".to_owned(),
        Layout::Data if side.sources.is_empty() => "a data directory (no sources.tsv)".to_owned(),
        Layout::Data => format!("a data directory of {}", side.sources.join(", ")),
    };
    let _ = writeln!(
        out,
        "{which}: {}, {layout}",
        plural(side.services, "service", "services")
    );
    if !side.skipped.is_empty() {
        let _ = writeln!(
            out,
            "  skipped (not a service name): {}",
            side.skipped.join(", ")
        );
    }
}

/// The code changes in words, the zero ones left out: `12 added, 3 retired (deprecated), ...`.
fn counts(c: &Counts) -> String {
    let mut parts = Vec::new();
    for (n, what) in [
        (c.added, "added"),
        (c.retired, "retired (deprecated)"),
        (c.republished, "re-published"),
        (c.removed, "removed"),
    ] {
        if n > 0 {
            parts.push(format!("{n} {what}"));
        }
    }
    if c.renamed > 0 {
        parts.push(format!(
            "{} renamed",
            plural(c.renamed, "variant", "variants")
        ));
    }
    match (c.redescribed, c.redescribed_en) {
        (0, 0) => {}
        (zh, en) => parts.push(format!("descriptions changed: {zh} Chinese, {en} English")),
    }
    if parts.is_empty() {
        "none changed".to_owned()
    } else {
        parts.join(", ")
    }
}

/// The per-action changes in words, the zero ones left out: `1 action added, 2 codes retired
/// from actions (deprecated)`.
fn action_counts(c: &ActionChangeCounts) -> String {
    const ACTION: (&str, &str) = ("action", "actions");
    const CODE: (&str, &str) = ("code", "codes");
    let mut parts = Vec::new();
    for (n, (one, many), what) in [
        (c.actions_added, ACTION, "added"),
        (c.actions_retired, ACTION, "retired (deprecated)"),
        (c.actions_republished, ACTION, "re-published"),
        (c.actions_removed, ACTION, "removed"),
        (c.codes_added, CODE, "added to actions"),
        (c.codes_retired, CODE, "retired from actions (deprecated)"),
        (c.codes_republished, CODE, "re-published in actions"),
        (c.codes_removed, CODE, "removed from actions"),
    ] {
        if n > 0 {
            parts.push(format!("{} {what}", plural(n, one, many)));
        }
    }
    if parts.is_empty() {
        "none changed".to_owned()
    } else {
        parts.join(", ")
    }
}

/// A changelog fragment in markdown for `CHANGELOG.md`: the packages new since the old
/// directory, the verdict, the services by change, the breaking changes in full, and one line
/// per other changed service.
pub fn changelog(r: &Report) -> String {
    let mut out = String::from("### Bundled error codes\n\n");
    let new_sources: Vec<&String> = r
        .new
        .sources
        .iter()
        .filter(|source| !r.old.sources.contains(source))
        .collect();
    if new_sources.is_empty() {
        out.push_str("The bundled error-code data changed.");
    } else {
        let _ = write!(
            out,
            "Refreshed from {}.",
            new_sources
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let _ = writeln!(
        out,
        " Semver: **{}** for the generated enums (policy: `docs/versioning.md`).\n",
        r.verdict.level
    );
    summary_items(&mut out, &r.summary);
    breaking_changes(&mut out, r);
    per_service(&mut out, r);
    out
}

/// The services by change, and the code and per-action totals, as a list.
fn summary_items(out: &mut String, s: &Summary) {
    let names = |list: &[String]| {
        list.iter()
            .map(|n| quoted(n))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !s.added.is_empty() {
        let _ = writeln!(
            out,
            "- New services ({}): {}.",
            s.added.len(),
            names(&s.added)
        );
    }
    if !s.retired.is_empty() {
        let _ = writeln!(
            out,
            "- Services no longer published ({}); their enums stay, their codes retired (deprecated): {}.",
            s.retired.len(),
            names(&s.retired)
        );
    }
    if !s.republished.is_empty() {
        let _ = writeln!(
            out,
            "- Services published again ({}): {}.",
            s.republished.len(),
            names(&s.republished)
        );
    }
    if !s.removed.is_empty() {
        let _ = writeln!(
            out,
            "- **Breaking:** services no longer bundled ({}): {}.",
            s.removed.len(),
            names(&s.removed)
        );
    }
    let _ = writeln!(out, "- Codes: {}.", counts(&s.codes));
    let _ = writeln!(out, "- Per-action enums: {}.", action_counts(&s.actions));
}

/// The services with deleted or renamed variants, each change in full.
fn breaking_changes(out: &mut String, r: &Report) {
    let breaking: Vec<&ServiceReport> = r
        .services
        .iter()
        .filter(|s| s.change != Change::Removed && (!s.removed.is_empty() || !s.renamed.is_empty()))
        .collect();
    if !breaking.is_empty() {
        out.push_str("\n#### Breaking changes\n\n");
        for service in breaking {
            let mut parts = Vec::new();
            if !service.removed.is_empty() {
                parts.push(format!(
                    "variants deleted (codes {})",
                    service
                        .removed
                        .iter()
                        .map(|c| quoted(c))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            if !service.renamed.is_empty() {
                parts.push(format!(
                    "variants renamed: {}",
                    service
                        .renamed
                        .iter()
                        .map(|r| format!("`{}` -> `{}` (`{}`)", r.old, r.new, r.code))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            let _ = writeln!(out, "- `{}`: {}.", service.service, parts.join("; "));
        }
    }
}

/// One line per other changed service.
fn per_service(out: &mut String, r: &Report) {
    let others: Vec<&ServiceReport> = r
        .services
        .iter()
        .filter(|s| {
            matches!(
                s.change,
                Change::Changed | Change::Retired | Change::Republished
            ) || s.actions.is_some()
        })
        .collect();
    if !others.is_empty() {
        out.push_str("\n#### Per service\n\n");
        for service in others {
            let _ = writeln!(out, "- `{}`: {}.", service.service, in_words(service));
        }
    }
}

/// A service's changes in a changelog line.
fn in_words(service: &ServiceReport) -> String {
    let c = &service.counts;
    let mut parts = Vec::new();
    match service.change {
        Change::Retired => parts.push(match &service.retired_since {
            Some(since) => format!("no longer published since {since}"),
            None => "no longer published".to_owned(),
        }),
        Change::Republished => parts.push("published again".to_owned()),
        _ => {}
    }
    if c.added > 0 {
        parts.push(format!("{} added", plural(c.added, "code", "codes")));
    }
    if c.retired > 0 {
        parts.push(format!(
            "{} no longer published, deprecated ({})",
            plural(c.retired, "code", "codes"),
            some_of(service.retired.iter().map(|c| quoted(c)))
        ));
    }
    if c.republished > 0 {
        parts.push(format!(
            "{} published again ({})",
            plural(c.republished, "retired code", "retired codes"),
            some_of(service.republished.iter().map(|c| quoted(c)))
        ));
    }
    if c.removed > 0 {
        parts.push(format!(
            "{} removed (breaking)",
            plural(c.removed, "code", "codes")
        ));
    }
    if c.renamed > 0 {
        parts.push(format!(
            "{} renamed (breaking)",
            plural(c.renamed, "variant", "variants")
        ));
    }
    if let Some(actions) = &service.actions {
        action_words(actions, &mut parts);
    }
    parts.extend(descriptions_in_words(c));
    parts.join(", ")
}

/// The changes of a service's per-action enums, for [`in_words`].
fn action_words(actions: &ActionChanges, parts: &mut Vec<String>) {
    let a = &actions.counts;
    let names = |list: &[String]| some_of(list.iter().map(|n| quoted(n)));
    if a.actions_added > 0 {
        parts.push(format!(
            "{} added ({})",
            plural(a.actions_added, "action", "actions"),
            names(&actions.added)
        ));
    }
    if a.actions_retired > 0 {
        parts.push(format!(
            "{} no longer listed, their enums deprecated ({})",
            plural(a.actions_retired, "action", "actions"),
            names(&actions.retired)
        ));
    }
    if a.actions_republished > 0 {
        parts.push(format!(
            "{} listed again ({})",
            plural(a.actions_republished, "action", "actions"),
            names(&actions.republished)
        ));
    }
    if a.codes_added + a.codes_retired + a.codes_republished > 0 {
        parts.push(format!(
            "codes of actions: {} added, {} no longer listed (deprecated), {} listed again",
            a.codes_added, a.codes_retired, a.codes_republished
        ));
    }
    if a.actions_removed + a.codes_removed > 0 {
        parts.push(format!(
            "{} and {} deleted (breaking)",
            plural(a.actions_removed, "action enum", "action enums"),
            plural(a.codes_removed, "action variant", "action variants")
        ));
    }
}

/// The descriptions that changed, by language, for [`in_words`].
fn descriptions_in_words(c: &Counts) -> Option<String> {
    match (c.redescribed, c.redescribed_en) {
        (0, 0) => None,
        (zh, 0) => Some(format!(
            "{} changed",
            plural(zh, "Chinese description", "Chinese descriptions")
        )),
        (0, en) => Some(format!(
            "{} changed",
            plural(en, "English description", "English descriptions")
        )),
        (zh, en) => Some(format!(
            "{zh} Chinese and {} changed",
            plural(en, "English description", "English descriptions")
        )),
    }
}
