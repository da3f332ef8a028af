//! The bundled-data format (`codegen/data/`, documented in `codegen/data/README.md`): the one
//! module that knows its layout, its files, their escapes and its names. The macro reads the
//! bundled data through it, `tencent-errors import` reads and writes a data directory through
//! it, `tencent-errors sync` reads two, and codegen's build script lists the services with it.
//!
//! It uses `std` only; its `layout` module, the names and layout the build script needs, is
//! included by the build script as it is.
//!
//! - Pages: `zh/<svc>.md`, `en/<svc>.md` (one per service a site publishes), `actions/<svc>.md`
//!   (the per-action lists of every service the newest Go SDK publishes): [`Dataset::dir`].
//! - `sources.tsv`: the packages imported ([`read_sources`], [`write_sources`]).
//! - `history.tsv`: every (site, service, code) ever imported ([`read_history`],
//!   [`write_history`], and [`rows_of`] for reading one service without parsing the file).
//! - `action-history.tsv`: the per-action memory ([`read_action_history`],
//!   [`write_action_history`], [`ActionHistory`]).

use std::collections::BTreeMap;

mod layout;

pub use layout::*;

// ---------------------------------------------------------------------------------------------
// Escapes and versions.

/// `\\`, `\t`, `\n` for backslash, tab, newline: a description in a TSV cell.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// The inverse of [`escape`]; any other escape is an error.
pub fn unescape(text: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            other => {
                return Err(format!(
                    "unknown escape `\\{}`: only `\\\\`, `\\t` and `\\n` are used",
                    other.map(String::from).unwrap_or_default()
                ))
            }
        }
    }
    Ok(out)
}

/// The numeric parts of a release version (`3.1.195` → `[3, 1, 195]`), or why it is not one.
pub fn parse_version(version: &str) -> Result<Vec<u64>, String> {
    let parts: Option<Vec<u64>> = version
        .split('.')
        .map(|part| {
            (!part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse().ok())
                .flatten()
        })
        .collect();
    parts.ok_or_else(|| {
        format!(
            "`{}` is not a release version (numbers separated by `.`, like `3.1.195`)",
            version.escape_debug()
        )
    })
}

/// Orders two versions numerically (`3.0.1200` < `3.1.195`; `3.1` = `3.1.0`); versions that
/// do not parse sort by their text, after those that do.
pub fn compare_versions(a: &str, b: &str) -> std::cmp::Ordering {
    match (parse_version(a), parse_version(b)) {
        (Ok(mut a), Ok(mut b)) => {
            let len = a.len().max(b.len());
            a.resize(len, 0);
            b.resize(len, 0);
            a.cmp(&b)
        }
        (Ok(_), Err(_)) => std::cmp::Ordering::Less,
        (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
        (Err(_), Err(_)) => a.cmp(b),
    }
}

/// Checks a `YYYY-MM-DD` date (the `imported` cell of `sources.tsv`).
pub fn check_date(date: &str) -> Result<(), String> {
    let bad = || format!("`{}` is not a date `YYYY-MM-DD`", date.escape_debug());
    let parts: Vec<&str> = date.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return Err(bad());
    };
    let number = |text: &str, len: usize| {
        (text.len() == len && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<u32>().ok())
            .flatten()
    };
    let (Some(year), Some(month), Some(day)) = (number(year, 4), number(month, 2), number(day, 2))
    else {
        return Err(bad());
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(bad()),
    };
    if (1..=days).contains(&day) {
        Ok(())
    } else {
        Err(bad())
    }
}

// ---------------------------------------------------------------------------------------------
// The files, read whole and checked (the import's and sync's view).

/// A problem in a file of the data: the 1-based line, what is wrong.
pub type LineError = (usize, String);

/// When something was published, and its text once it no longer is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReleaseSpan {
    /// The first release of its dataset's package that published it.
    pub first: String,
    /// The last release that published it.
    pub last: String,
    /// Empty while the newest release publishes it; the text as last published once retired
    /// (always empty for a [`WHOLE`] row of `history.tsv`).
    pub description: String,
}

/// (site, service, code) — `code` is [`WHOLE`] for the service itself. Ordered as the file
/// is sorted: by site, service, code in byte order (`*` first).
pub type HistoryKey = (Site, String, String);

/// `history.tsv`: every (site, service, code) ever imported.
pub type History = BTreeMap<HistoryKey, ReleaseSpan>;

/// One imported package (a row of `sources.tsv`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The package name (`tencentcloud-sdk-python`).
    pub package: String,
    /// Its version.
    pub version: String,
    /// What it feeds.
    pub dataset: Dataset,
    /// The date the import ran (UTC, `YYYY-MM-DD`).
    pub imported: String,
}

/// The data lines of a TSV file after checking its header: (1-based line, fields).
fn records<'a>(
    text: &'a str,
    header: &str,
    fields: usize,
) -> Result<Vec<(usize, Vec<&'a str>)>, LineError> {
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, first)) if first == header => {}
        _ => {
            return Err((
                1,
                format!(
                    "the first line must be the header `{}`",
                    header.escape_debug()
                ),
            ))
        }
    }
    lines
        .map(|(index, line)| {
            let cells: Vec<&str> = line.split('\t').collect();
            if cells.len() == fields {
                Ok((index + 1, cells))
            } else {
                Err((
                    index + 1,
                    format!(
                        "{} fields separated by tabs, expected {fields}",
                        cells.len()
                    ),
                ))
            }
        })
        .collect()
}

/// Checks and reads the `first last description` cells of a row.
fn span(first: &str, last: &str, description: &str, line: usize) -> Result<ReleaseSpan, LineError> {
    for version in [first, last] {
        parse_version(version).map_err(|message| (line, message))?;
    }
    if compare_versions(first, last).is_gt() {
        return Err((line, format!("first {first} is after last {last}")));
    }
    Ok(ReleaseSpan {
        first: first.to_owned(),
        last: last.to_owned(),
        description: unescape(description).map_err(|message| (line, message))?,
    })
}

/// Writes the `first last description` cells of a row and its line end.
fn push_span(out: &mut String, span: &ReleaseSpan) {
    out.push_str(&span.first);
    out.push('\t');
    out.push_str(&span.last);
    out.push('\t');
    out.push_str(&escape(&span.description));
    out.push('\n');
}

/// Parses `history.tsv`.
pub fn read_history(text: &str) -> Result<History, LineError> {
    let mut history = History::new();
    for (line, cells) in records(text, HISTORY_HEADER, 6)? {
        let site = Site::parse(cells[0])
            .ok_or_else(|| (line, format!("unknown site `{}`: `zh` or `en`", cells[0])))?;
        check_service_name(cells[1]).map_err(|message| (line, message))?;
        if cells[2].is_empty() {
            return Err((line, "empty code".into()));
        }
        let row = span(cells[3], cells[4], cells[5], line)?;
        let key = (site, cells[1].to_owned(), cells[2].to_owned());
        if history.insert(key, row).is_some() {
            return Err((
                line,
                format!("{} {} `{}` is listed twice", cells[0], cells[1], cells[2]),
            ));
        }
    }
    Ok(history)
}

/// Writes `history.tsv`: header, then the rows in key order.
pub fn write_history(history: &History) -> String {
    let mut out = String::with_capacity(64 + history.len() * 64);
    out.push_str(HISTORY_HEADER);
    out.push('\n');
    for ((site, service, code), row) in history {
        for cell in [site.as_str(), service, code] {
            out.push_str(cell);
            out.push('\t');
        }
        push_span(&mut out, row);
    }
    out
}

/// Parses `sources.tsv`.
pub fn read_sources(text: &str) -> Result<Vec<Source>, LineError> {
    let mut sources = Vec::new();
    for (line, cells) in records(text, SOURCES_HEADER, 4)? {
        parse_version(cells[1]).map_err(|message| (line, message))?;
        let dataset = Dataset::parse(cells[2]).ok_or_else(|| {
            (
                line,
                format!("unknown site `{}`: `zh`, `en` or `actions`", cells[2]),
            )
        })?;
        if Dataset::of_package(cells[0]) != Some(dataset) {
            return Err((
                line,
                format!("`{}` is not the package of site {}", cells[0], cells[2]),
            ));
        }
        check_date(cells[3]).map_err(|message| (line, message))?;
        sources.push(Source {
            package: cells[0].to_owned(),
            version: cells[1].to_owned(),
            dataset,
            imported: cells[3].to_owned(),
        });
    }
    Ok(sources)
}

/// Writes `sources.tsv`: header, then the rows in import order.
pub fn write_sources(sources: &[Source]) -> String {
    let mut out = String::from(SOURCES_HEADER);
    out.push('\n');
    for source in sources {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\n",
            source.package, source.version, source.dataset, source.imported
        ));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The per-action history.

/// (service, action, code) — `code` is [`WHOLE`] for the action itself. Ordered as the file
/// is sorted: by service, action, code in byte order (`*` first).
pub type ActionKey = (String, String, String);

/// The per-action memory: when each action, and each code of each action, was published.
///
/// Complete in memory (one entry per (service, action) and per (service, action, code) ever
/// imported); `action-history.tsv` keeps only what the current pages do not already say (see
/// [`write_action_history`]).
pub type ActionHistory = BTreeMap<ActionKey, ReleaseSpan>;

/// What the current action pages list: service → action → codes (in byte order).
pub type ActionPages = BTreeMap<String, BTreeMap<String, Vec<String>>>;

/// Parses `action-history.tsv` and completes it with what the current `pages` list, published
/// by `newest` (the newest Go release imported) and, where no row says otherwise, since
/// `oldest` (the first imported): an action on a page without a row was first published by
/// `oldest`; a code of it without a row, by its action's first release.
pub fn read_action_history(
    text: &str,
    pages: &ActionPages,
    oldest: &str,
    newest: &str,
) -> Result<ActionHistory, LineError> {
    let mut history = ActionHistory::new();
    for (line, cells) in records(text, ACTION_HISTORY_HEADER, 6)? {
        check_service_name(cells[0]).map_err(|message| (line, message))?;
        if !is_action_name(cells[1]) {
            return Err((line, format!("`{}` is not an action name", cells[1])));
        }
        if cells[2].is_empty() {
            return Err((line, "empty code".into()));
        }
        let row = span(cells[3], cells[4], cells[5], line)?;
        let current = pages
            .get(cells[0])
            .and_then(|actions| actions.get(cells[1]));
        let on_page = current
            .is_some_and(|codes| cells[2] == WHOLE || codes.iter().any(|code| code == cells[2]));
        if on_page != (row.last == newest) {
            return Err((
                line,
                format!(
                    "last {} contradicts the page actions/{}.md, which {} `{}`",
                    row.last,
                    cells[0],
                    if on_page { "lists" } else { "does not list" },
                    cells[2]
                ),
            ));
        }
        let key = (
            cells[0].to_owned(),
            cells[1].to_owned(),
            cells[2].to_owned(),
        );
        if history.insert(key, row).is_some() {
            return Err((
                line,
                format!("{} {} `{}` is listed twice", cells[0], cells[1], cells[2]),
            ));
        }
    }
    for (service, actions) in pages {
        for (action, codes) in actions {
            let whole = (service.clone(), action.clone(), WHOLE.to_owned());
            let first = history
                .entry(whole)
                .or_insert_with(|| ReleaseSpan {
                    first: oldest.to_owned(),
                    last: newest.to_owned(),
                    description: String::new(),
                })
                .first
                .clone();
            for code in codes {
                history
                    .entry((service.clone(), action.clone(), code.clone()))
                    .or_insert_with(|| ReleaseSpan {
                        first: first.clone(),
                        last: newest.to_owned(),
                        description: String::new(),
                    });
            }
        }
    }
    Ok(history)
}

/// Writes `action-history.tsv`: the header, then, in key order, the rows the current pages do
/// not imply (see [`read_action_history`]): actions first published after `oldest`, codes
/// first published after their action, and everything no longer published.
pub fn write_action_history(history: &ActionHistory, oldest: &str, newest: &str) -> String {
    let mut out = String::from(ACTION_HISTORY_HEADER);
    out.push('\n');
    let mut action_first: Option<&str> = None;
    for ((service, action, code), row) in history {
        let implied = if code == WHOLE {
            action_first = Some(&row.first);
            row.first == oldest && row.last == newest
        } else {
            Some(row.first.as_str()) == action_first && row.last == newest
        };
        if implied {
            continue;
        }
        for cell in [service, action, code] {
            out.push_str(cell);
            out.push('\t');
        }
        push_span(&mut out, row);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Reading one service's rows in place (the macro's view: no allocation for the whole file).

/// One row of `history.tsv` or `action-history.tsv`, borrowed: its key cells (`site service
/// code` or `service action code`) and span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowRef<'a> {
    /// The key cells.
    pub key: [&'a str; 3],
    /// The first release.
    pub first: &'a str,
    /// The last release.
    pub last: &'a str,
    /// The description, still escaped ([`unescape`]).
    pub description: &'a str,
}

impl<'a> RowRef<'a> {
    fn parse(line: &'a str) -> Option<RowRef<'a>> {
        let mut cells = line.splitn(6, '\t');
        let key = [cells.next()?, cells.next()?, cells.next()?];
        Some(RowRef {
            key,
            first: cells.next()?,
            last: cells.next()?,
            description: cells.next()?,
        })
    }
}

/// The rows of a sorted TSV file (`history.tsv`, `action-history.tsv`) whose first key cells
/// are `prefix`, in file order; the header is skipped. A binary search over the lines finds
/// the first (a scan of the 30,000 rows of `history.tsv` was most of an expansion's time,
/// unoptimised). Lines that are not rows end the run: the files are checked whole by
/// [`read_history`] / [`read_action_history`] (for the bundled data, by a test).
pub fn rows_of<'a>(text: &'a str, prefix: &[&str]) -> Vec<RowRef<'a>> {
    let rows = text.find('\n').map_or("", |end| &text[end + 1..]);
    let mut found = Vec::new();
    let mut at = lower_bound(rows, prefix);
    while at < rows.len() {
        let end = rows[at..].find('\n').map_or(rows.len(), |n| at + n);
        match RowRef::parse(&rows[at..end]) {
            Some(row) if row.key[..prefix.len()] == *prefix => found.push(row),
            _ => break,
        }
        at = end + 1;
    }
    found
}

/// The byte offset of the first line of `rows` whose key is not below `prefix`.
fn lower_bound(rows: &str, prefix: &[&str]) -> usize {
    let bytes = rows.as_bytes();
    let (mut low, mut high) = (0, bytes.len());
    while low < high {
        let middle = low + (high - low) / 2;
        // The start of the line holding `middle`; `low` is always a line start.
        let start = bytes[low..middle]
            .iter()
            .rposition(|&byte| byte == b'\n')
            .map_or(low, |at| low + at + 1);
        let end = rows[start..].find('\n').map_or(rows.len(), |n| start + n);
        let below = RowRef::parse(&rows[start..end])
            .is_some_and(|row| row.key[..prefix.len().min(3)] < *prefix);
        if below {
            low = (end + 1).min(bytes.len());
        } else {
            high = start;
        }
    }
    low
}

/// `sources.tsv`, borrowed: the releases of each dataset in import order.
#[derive(Clone, Debug, Default)]
pub struct Releases<'a> {
    rows: Vec<(Dataset, &'a str, &'a str)>,
}

impl<'a> Releases<'a> {
    /// Reads `sources.tsv` (checked whole by [`read_sources`]; for the bundled data, by a
    /// test): rows that do not parse are skipped.
    pub fn parse(text: &'a str) -> Releases<'a> {
        let rows = text
            .lines()
            .skip(1)
            .filter_map(|line| {
                let mut cells = line.split('\t');
                let (package, version) = (cells.next()?, cells.next()?);
                Some((Dataset::parse(cells.next()?)?, package, version))
            })
            .collect();
        Releases { rows }
    }

    /// The versions of `dataset`, in import order (oldest first).
    pub fn versions(&self, dataset: Dataset) -> impl Iterator<Item = &'a str> + '_ {
        self.rows
            .iter()
            .filter(move |(set, _, _)| *set == dataset)
            .map(|&(_, _, version)| version)
    }

    /// `"<package> <version>"` of the first release of `dataset` imported after `version`,
    /// when `version` is not its newest: the release since which something published in
    /// `version` is no longer published. `None` while it is current.
    pub fn retired_since(&self, dataset: Dataset, version: &str) -> Option<String> {
        let mut releases = self.rows.iter().filter(|(set, _, _)| *set == dataset);
        releases.find(|&&(_, _, v)| v == version)?;
        let (_, package, next) = releases.next()?;
        Some(format!("{package} {next}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCES: &str = "package\tversion\tsite\timported\n\
        tencentcloud-sdk-python\t3.0.1200\tzh\t2026-12-01\n\
        tencentcloud-sdk-python\t3.1.195\tzh\t2026-12-01\n\
        tencentcloud-sdk-python-intl-en\t3.1.193\ten\t2026-12-01\n\
        tencentcloud-sdk-go\t1.0.1000\tactions\t2026-12-02\n";

    #[test]
    fn escapes_round_trip() {
        let text = "a\\b\tc\nd \\t";
        assert_eq!(escape(text), "a\\\\b\\tc\\nd \\\\t");
        assert_eq!(unescape(&escape(text)).as_deref(), Ok(text));
        assert!(unescape("bad \\x").is_err());
        assert!(unescape("trailing \\").is_err());
    }

    #[test]
    fn names_are_typed() {
        assert_eq!(Site::parse("zh"), Some(Site::Zh));
        assert_eq!(Site::parse("actions"), None);
        assert!(Site::En < Site::Zh, "rows sort by the site's name");
        for set in Dataset::ALL {
            assert_eq!(Dataset::parse(set.dir()), Some(set));
            assert_eq!(Dataset::of_package(set.package()), Some(set));
        }
        assert_eq!(Dataset::Actions.page("cvm"), "actions/cvm.md");
        assert!(check_service_name("tke_edge").is_ok());
        assert!(check_service_name("../x").is_err());
        assert!(is_action_name("RunInstances") && !is_action_name("run") && !is_action_name("A-B"));
    }

    #[test]
    fn versions_and_dates() {
        assert!(compare_versions("3.0.1200", "3.1.195").is_lt());
        assert!(compare_versions("3.1", "3.1.0").is_eq());
        assert!(parse_version("1.x").is_err());
        assert!(check_date("2024-02-29").is_ok());
        assert!(check_date("2026-02-29").is_err());
        assert!(check_date("2026-13-01").is_err());
    }

    #[test]
    fn releases_say_since_when() {
        let releases = Releases::parse(SOURCES);
        let zh = Dataset::Site(Site::Zh);
        assert_eq!(
            releases.retired_since(zh, "3.0.1200").as_deref(),
            Some("tencentcloud-sdk-python 3.1.195")
        );
        assert_eq!(releases.retired_since(zh, "3.1.195"), None);
        assert_eq!(releases.retired_since(Dataset::Actions, "1.0.1000"), None);
        assert_eq!(
            releases.versions(Dataset::Actions).collect::<Vec<_>>(),
            ["1.0.1000"]
        );
        assert_eq!(read_sources(SOURCES).map(|s| s.len()), Ok(4));
        assert_eq!(
            write_sources(&read_sources(SOURCES).unwrap_or_default()),
            SOURCES
        );
    }

    #[test]
    fn history_round_trips_sorted_with_whole_rows_first() {
        let mut history = History::new();
        let row = |first: &str, last: &str, description: &str| ReleaseSpan {
            first: first.into(),
            last: last.into(),
            description: description.into(),
        };
        history.insert(
            (Site::Zh, "cvm".into(), "A.B".into()),
            row("1.0", "1.0", "old\ttext"),
        );
        history.insert(
            (Site::Zh, "cvm".into(), WHOLE.into()),
            row("1.0", "2.0", ""),
        );
        history.insert(
            (Site::En, "cvm".into(), "A.B".into()),
            row("1.0", "2.0", ""),
        );
        let text = write_history(&history);
        assert_eq!(
            text,
            "site\tservice\tcode\tfirst\tlast\tdescription\n\
             en\tcvm\tA.B\t1.0\t2.0\t\n\
             zh\tcvm\t*\t1.0\t2.0\t\n\
             zh\tcvm\tA.B\t1.0\t1.0\told\\ttext\n"
        );
        assert_eq!(read_history(&text), Ok(history));
        let rows = rows_of(&text, &["zh", "cvm"]);
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[1].key[2], rows[1].last), ("A.B", "1.0"));
        assert_eq!(unescape(rows[1].description).as_deref(), Ok("old\ttext"));
        assert!(rows_of(&text, &["zh", "cv"]).is_empty());
        assert_eq!(services_in(&text, 1), ["cvm"]);
    }

    #[test]
    fn bad_lines_are_named() {
        let header = HISTORY_HEADER;
        assert_eq!(read_history("nope\n").unwrap_err().0, 1);
        let line = |row: &str| read_history(&format!("{header}\n{row}\n")).unwrap_err().0;
        assert_eq!(line("zh\tcvm\tA\t1.0\t1.0"), 2);
        assert_eq!(line("fr\tcvm\tA\t1.0\t1.0\t"), 2);
        assert_eq!(line("zh\tcvm\tA\t2.0\t1.0\t"), 2);
        assert_eq!(line("zh\tcvm\tA\t1.0\t1.0\t\\x"), 2);
        let twice = format!("{header}\nzh\tcvm\tA\t1.0\t1.0\t\nzh\tcvm\tA\t1.0\t1.0\t\n");
        assert_eq!(read_history(&twice).unwrap_err().0, 3);
        let sources =
            format!("{SOURCES_HEADER}\ntencentcloud-sdk-python\t3.1.195\ten\t2026-12-01\n");
        assert_eq!(read_sources(&sources).unwrap_err().0, 2);
    }

    #[test]
    fn the_action_history_keeps_only_what_the_pages_do_not_say() {
        let mut pages = ActionPages::new();
        pages
            .entry("cvm".into())
            .or_default()
            .insert("Run".into(), vec!["A".into(), "B".into()]);
        pages
            .entry("cvm".into())
            .or_default()
            .insert("Stop".into(), vec!["A".into()]);
        let mut history = ActionHistory::new();
        let span = |first: &str, last: &str, description: &str| ReleaseSpan {
            first: first.into(),
            last: last.into(),
            description: description.into(),
        };
        let key = |action: &str, code: &str| ("cvm".to_owned(), action.to_owned(), code.to_owned());
        history.insert(key("Run", WHOLE), span("1", "3", ""));
        history.insert(key("Run", "A"), span("1", "3", ""));
        history.insert(key("Run", "B"), span("2", "3", ""));
        history.insert(key("Run", "C"), span("1", "2", "gone"));
        history.insert(key("Stop", WHOLE), span("2", "3", ""));
        history.insert(key("Stop", "A"), span("2", "3", ""));
        history.insert(key("Old", WHOLE), span("1", "2", ""));
        history.insert(key("Old", "A"), span("1", "2", "a\ttab"));
        let text = write_action_history(&history, "1", "3");
        assert_eq!(
            text,
            "service\taction\tcode\tfirst\tlast\tdescription\n\
             cvm\tOld\t*\t1\t2\t\n\
             cvm\tOld\tA\t1\t2\ta\\ttab\n\
             cvm\tRun\tB\t2\t3\t\n\
             cvm\tRun\tC\t1\t2\tgone\n\
             cvm\tStop\t*\t2\t3\t\n"
        );
        assert_eq!(read_action_history(&text, &pages, "1", "3"), Ok(history));
        // A row that says a listed code is gone, or a gone one is listed, is refused.
        let wrong = format!("{ACTION_HISTORY_HEADER}\ncvm\tRun\tA\t1\t2\tx\n");
        assert_eq!(
            read_action_history(&wrong, &pages, "1", "3").unwrap_err().0,
            2
        );
        let wrong = format!("{ACTION_HISTORY_HEADER}\ncvm\tGone\t*\t1\t3\t\n");
        assert_eq!(
            read_action_history(&wrong, &pages, "1", "3").unwrap_err().0,
            2
        );
        assert_eq!(rows_of(&text, &["cvm", "Run"]).len(), 2);
    }
}
