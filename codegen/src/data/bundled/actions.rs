//! The bundled per-action data of one service: its action page (`data/actions/<svc>.md`, what
//! the newest Go SDK release lists) and its rows of `data/action-history.tsv` (what earlier
//! releases listed), as one [`ActionPage`] whose listings carry their retirement.

use std::collections::BTreeMap;

use crate::data::format::{self, Dataset, Releases, RowRef, WHOLE};
use crate::diagnostic::Diagnostic;
use crate::read::{read_sections, ActionListing, ActionPage, RetiredCode};

use super::{bundled_service, history_rows, ACTION_HISTORY, SOURCES};

/// The bundled per-action data of a service, as [`action_page`] reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BundledActions {
    /// The listings asked for: the current actions in page order, then the retired ones (when
    /// asked for) in byte order of their names.
    pub page: ActionPage,
    /// Every action the data knows for the service, current or (unless left out) retired, for
    /// "did you mean".
    pub known: Vec<String>,
}

/// The bundled per-action data of `service`, or `None` when the data has neither an action page
/// nor per-action history for it.
///
/// `selection`: `None` for every action, else only the actions named (a missing name is not
/// an error here; the caller reports it with [`BundledActions::known`]); only their sections
/// of the page are read. `with_retired`: whether retired actions and the codes an action no
/// longer lists are included (`retired = false` leaves both out).
///
/// A retired action (the history has it, the newest release does not) gets `retired_since`,
/// the first release without it, and as `rows` the codes it last listed; a code an action
/// listed before and no longer does is in `retired` with the first release without it and its
/// text as last published.
pub fn action_page(
    service: &str,
    selection: Option<&[String]>,
    with_retired: bool,
) -> Option<Result<BundledActions, Vec<Diagnostic>>> {
    let bundled = bundled_service(service)?;
    action_page_in(
        service,
        bundled.actions,
        ACTION_HISTORY,
        SOURCES,
        selection,
        with_retired,
    )
}

/// [`action_page`] on a data directory of the same layout (for tools comparing two): the
/// service's action page if any, and the directory's `action-history.tsv` and `sources.tsv`.
pub fn action_page_in(
    service: &str,
    page: Option<&str>,
    action_history: &str,
    sources: &str,
    selection: Option<&[String]>,
    with_retired: bool,
) -> Option<Result<BundledActions, Vec<Diagnostic>>> {
    let history = format::rows_of(action_history, &[service]);
    if page.is_none() && history.is_empty() {
        return None;
    }
    let releases = Releases::parse(sources);
    Some(read(page, &history, &releases, selection, with_retired))
}

/// The action page's sections (those of `selection`), then what the history adds.
fn read(
    page: Option<&str>,
    history: &[RowRef<'_>],
    releases: &Releases<'_>,
    selection: Option<&[String]>,
    with_retired: bool,
) -> Result<BundledActions, Vec<Diagnostic>> {
    let (mut page, mut known) = match page {
        Some(text) => read_sections(text, selection)?,
        None => (ActionPage::default(), Vec::new()),
    };
    if selection.is_none() {
        known = page.actions.iter().map(|a| a.name.clone()).collect();
    }
    let wanted = |action: &str| selection.map_or(true, |names| names.iter().any(|n| n == action));
    let pending = history_listings(
        history,
        releases,
        &mut page,
        &mut known,
        &wanted,
        with_retired,
    );
    let cells = pending
        .iter()
        .map(|(_, row, _)| (row.key[2], row.description));
    let rows = history_rows(cells)?;
    for ((at, _, dropped), row) in pending.into_iter().zip(rows) {
        let listing = &mut page.actions[at];
        match dropped {
            Some(since) => listing.retired.push(RetiredCode {
                code: row.code,
                description: row.description,
                since,
            }),
            None => listing.rows.push(row),
        }
    }
    for listing in &mut page.actions {
        listing.retired.sort_by(|a, b| a.code.cmp(&b.code));
    }
    Ok(BundledActions { page, known })
}

/// The history's part of the per-action data: each retired action (wanted, unless
/// `with_retired` is false) added to `page` and `known`, and what needs a description from
/// the history, to read in one go: (action index, code row, retired since; `None` for a code
/// the action still lists).
fn history_listings<'r, 'a>(
    history: &'r [RowRef<'a>],
    releases: &Releases<'_>,
    page: &mut ActionPage,
    known: &mut Vec<String>,
    wanted: &dyn Fn(&str) -> bool,
    with_retired: bool,
) -> Vec<(usize, &'r RowRef<'a>, Option<String>)> {
    // The history's rows per action: its own row (`*`) and its codes' rows.
    let mut actions: BTreeMap<&str, (Option<&RowRef<'_>>, Vec<&RowRef<'_>>)> = BTreeMap::new();
    for row in history {
        let entry = actions.entry(row.key[1]).or_default();
        if row.key[2] == WHOLE {
            entry.0 = Some(row);
        } else {
            entry.1.push(row);
        }
    }
    let mut pending: Vec<(usize, &RowRef<'_>, Option<String>)> = Vec::new();
    for (name, (whole, codes)) in &actions {
        let since = whole.and_then(|row| releases.retired_since(Dataset::Actions, row.last));
        if let Some(since) = since {
            // A retired action (left out, and not suggested, under `retired = false`).
            if !with_retired {
                continue;
            }
            if !known.iter().any(|known| known == name) {
                known.push((*name).to_owned());
            }
            if !wanted(name) {
                continue;
            }
            let last = whole.map_or("", |row| row.last);
            page.actions.push(ActionListing {
                name: (*name).to_owned(),
                line: 0,
                rows: Vec::new(),
                retired_since: Some(since),
                retired: Vec::new(),
                cut_codes: Vec::new(),
                notes: Vec::new(),
            });
            let at = page.actions.len() - 1;
            for code in codes {
                let dropped = (code.last != last)
                    .then(|| releases.retired_since(Dataset::Actions, code.last))
                    .flatten();
                pending.push((at, code, dropped));
            }
        } else if with_retired {
            let Some(at) = page.actions.iter().position(|a| a.name == *name) else {
                continue;
            };
            for code in codes {
                if let Some(dropped) = releases.retired_since(Dataset::Actions, code.last) {
                    pending.push((at, code, Some(dropped)));
                }
            }
        }
    }
    pending
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "# x\n\n## Run\n\n| 错误码 | 描述 |\n|---|---|\n| A | a |\n\n## Stop\n\n| 错误码 | 描述 |\n|---|---|\n| B | b |\n";

    const SOURCES: &str = "package\tversion\tsite\timported\n\
        tencentcloud-sdk-go\t1.0.1\tactions\t2026-12-02\n\
        tencentcloud-sdk-go\t1.0.2\tactions\t2026-12-02\n";

    /// Rows of an action history for `PAGE`, releases 1.0.1 then 1.0.2.
    fn history() -> String {
        let (old, new) = ("1.0.1", "1.0.2");
        format!(
            "{}\nx\tGone\t*\t{old}\t{old}\t\nx\tGone\tC\t{old}\t{old}\tc | text\n\
             x\tRun\tD\t{old}\t{old}\td\nx\tStop\t*\t{new}\t{new}\t\n",
            format::ACTION_HISTORY_HEADER
        )
    }

    #[test]
    fn retired_actions_and_codes_come_from_the_history() {
        let releases = Releases::parse(SOURCES);
        let text = history();
        let rows = format::rows_of(&text, &["x"]);
        let since = "tencentcloud-sdk-go 1.0.2";
        let all = read(Some(PAGE), &rows, &releases, None, true).expect("reads");
        let names: Vec<&str> = all.page.actions.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["Run", "Stop", "Gone"]);
        let gone = &all.page.actions[2];
        assert_eq!(gone.retired_since.as_deref(), Some(since));
        assert_eq!(gone.rows.len(), 1);
        assert_eq!(gone.rows[0].code, "C");
        let text_of = |d: &Option<crate::read::Description>| d.as_ref().map(|d| d.text.clone());
        assert_eq!(
            text_of(&gone.rows[0].description).as_deref(),
            Some("c | text")
        );
        let run = &all.page.actions[0];
        assert_eq!(run.retired_since, None);
        assert_eq!(run.retired.len(), 1);
        assert_eq!(
            (run.retired[0].code.as_str(), run.retired[0].since.as_str()),
            ("D", since)
        );
        assert_eq!(all.known, ["Run", "Stop", "Gone"]);

        let current = read(Some(PAGE), &rows, &releases, None, false).expect("reads");
        assert_eq!(current.page.actions.len(), 2);
        assert!(current.page.actions.iter().all(|a| a.retired.is_empty()));

        let picked = read(
            Some(PAGE),
            &rows,
            &releases,
            Some(&["Gone".to_owned()]),
            true,
        )
        .expect("reads");
        assert_eq!(picked.page.actions.len(), 1);
        assert_eq!(picked.known, ["Run", "Stop", "Gone"]);
        let none = read(
            Some(PAGE),
            &rows,
            &releases,
            Some(&["Gone".to_owned()]),
            false,
        )
        .expect("reads");
        assert!(none.page.actions.is_empty());
        assert_eq!(
            none.known,
            ["Run", "Stop"],
            "a retired action is not suggested"
        );
        // A retired service: no page, only history.
        let retired = read(None, &rows, &releases, None, true).expect("reads");
        assert_eq!(retired.page.actions.len(), 1);
    }
}
