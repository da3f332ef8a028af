//! `history.tsv` and `sources.tsv`: reading and writing the bundled data's memory (which versions published each code) and provenance (which packages were imported).

use std::collections::BTreeMap;

use super::package::Site;
use super::version;

/// The header line of `history.tsv`.
pub const HISTORY_HEADER: &str = "site\tservice\tcode\tfirst\tlast\tdescription";
/// The header line of `sources.tsv`.
pub const SOURCES_HEADER: &str = "package\tversion\tsite\timported";
/// The `code` of a service's own row.
pub const SERVICE_ROW: &str = "*";

/// (site, service, code) — `code` is [`SERVICE_ROW`] for the service itself. Ordered as the
/// file is sorted: by site, service, code in byte order (`*` first).
pub type Key = (String, String, String);

/// When a code (or service) was published, and its text once retired.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The first package version (of its site's package) that published it.
    pub first: String,
    /// The last package version that published it.
    pub last: String,
    /// Empty while the newest package publishes it; the text as last published once retired.
    pub description: String,
}

/// Every (site, service, code) ever imported.
pub type History = BTreeMap<Key, Row>;

/// One imported package (a row of `sources.tsv`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The package name (`tencentcloud-sdk-python`).
    pub package: String,
    /// Its version.
    pub version: String,
    /// The site it publishes.
    pub site: Site,
    /// The date the import ran (UTC, `YYYY-MM-DD`).
    pub imported: String,
}

/// A problem in one of the two files (1-based line, what is wrong).
pub type LineError = (usize, String);

/// `\\`, `\t`, `\n` for backslash, tab, newline.
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

/// The inverse of [`escape`].
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

fn site_of(cell: &str, line: usize) -> Result<Site, LineError> {
    Site::parse(cell).ok_or_else(|| (line, format!("unknown site `{cell}`: `zh` or `en`")))
}

fn check_version(cell: &str, line: usize) -> Result<(), LineError> {
    version::parse(cell)
        .map(|_| ())
        .map_err(|message| (line, message))
}

/// Parses `history.tsv`.
pub fn read_history(text: &str) -> Result<History, LineError> {
    let mut history = History::new();
    for (line, cells) in records(text, HISTORY_HEADER, 6)? {
        let site = site_of(cells[0], line)?;
        tencent_errors_codegen::check_service_name(cells[1]).map_err(|message| (line, message))?;
        if cells[2].is_empty() {
            return Err((line, "empty code".into()));
        }
        check_version(cells[3], line)?;
        check_version(cells[4], line)?;
        if version::compare(cells[3], cells[4]).is_gt() {
            return Err((
                line,
                format!("first {} is after last {}", cells[3], cells[4]),
            ));
        }
        let row = Row {
            first: cells[3].to_owned(),
            last: cells[4].to_owned(),
            description: unescape(cells[5]).map_err(|message| (line, message))?,
        };
        let key = (
            site.as_str().to_owned(),
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
    Ok(history)
}

/// Writes `history.tsv`: header, then the rows in key order.
pub fn write_history(history: &History) -> String {
    let mut out = String::with_capacity(64 + history.len() * 64);
    out.push_str(HISTORY_HEADER);
    out.push('\n');
    for ((site, service, code), row) in history {
        for cell in [site, service, code, &row.first, &row.last] {
            out.push_str(cell);
            out.push('\t');
        }
        out.push_str(&escape(&row.description));
        out.push('\n');
    }
    out
}

/// Parses `sources.tsv`.
pub fn read_sources(text: &str) -> Result<Vec<Source>, LineError> {
    let mut sources = Vec::new();
    for (line, cells) in records(text, SOURCES_HEADER, 4)? {
        check_version(cells[1], line)?;
        let site = site_of(cells[2], line)?;
        if Site::of_package(cells[0]) != Some(site) {
            return Err((
                line,
                format!("`{}` is not the package of site {}", cells[0], cells[2]),
            ));
        }
        super::check_date(cells[3]).map_err(|message| (line, message))?;
        sources.push(Source {
            package: cells[0].to_owned(),
            version: cells[1].to_owned(),
            site,
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
            source.package,
            source.version,
            source.site.as_str(),
            source.imported
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_round_trip() {
        let text = "a\\b\tc\nd \\t";
        assert_eq!(escape(text), "a\\\\b\\tc\\nd \\\\t");
        assert_eq!(unescape(&escape(text)).as_deref(), Ok(text));
        assert!(unescape("bad \\x").is_err());
        assert!(unescape("trailing \\").is_err());
    }

    #[test]
    fn history_round_trips_sorted_with_service_rows_first() {
        let mut history = History::new();
        let row = |first: &str, last: &str, description: &str| Row {
            first: first.into(),
            last: last.into(),
            description: description.into(),
        };
        history.insert(
            ("zh".into(), "cvm".into(), "A.B".into()),
            row("1.0", "1.0", "old\ttext"),
        );
        history.insert(
            ("zh".into(), "cvm".into(), "*".into()),
            row("1.0", "2.0", ""),
        );
        history.insert(
            ("en".into(), "cvm".into(), "A.B".into()),
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
    }

    #[test]
    fn bad_lines_are_named() {
        let header = HISTORY_HEADER;
        assert_eq!(read_history("nope\n").unwrap_err().0, 1);
        assert_eq!(
            read_history(&format!("{header}\nzh\tcvm\tA\t1.0\t1.0\n"))
                .unwrap_err()
                .0,
            2
        );
        assert_eq!(
            read_history(&format!("{header}\nfr\tcvm\tA\t1.0\t1.0\t\n"))
                .unwrap_err()
                .0,
            2
        );
        assert_eq!(
            read_history(&format!("{header}\nzh\tcvm\tA\t2.0\t1.0\t\n"))
                .unwrap_err()
                .0,
            2
        );
        let twice = format!("{header}\nzh\tcvm\tA\t1.0\t1.0\t\nzh\tcvm\tA\t1.0\t1.0\t\n");
        assert_eq!(read_history(&twice).unwrap_err().0, 3);
        let sources =
            format!("{SOURCES_HEADER}\ntencentcloud-sdk-python\t3.1.195\ten\t2026-12-01\n");
        assert_eq!(read_sources(&sources).unwrap_err().0, 2);
        let source = Source {
            package: "tencentcloud-sdk-python-intl-en".into(),
            version: "3.1.193".into(),
            site: Site::En,
            imported: "2026-12-01".into(),
        };
        let text = write_sources(std::slice::from_ref(&source));
        assert_eq!(read_sources(&text), Ok(vec![source]));
    }
}
