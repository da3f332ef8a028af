//! Reading the bundled history (`data/history.tsv`, `data/sources.tsv`, written by
//! `tencent-errors import`): which codes and services no current page lists any more, since
//! which release, and the text they were last published with. The format is in
//! `codegen/data/README.md`.

/// A site's imported releases, in import order: `(package, version)`.
struct Site<'a> {
    name: &'a str,
    releases: Vec<(&'a str, &'a str)>,
}

/// The imported packages per site.
pub(crate) struct Sources<'a> {
    sites: Vec<Site<'a>>,
}

impl<'a> Sources<'a> {
    /// Reads `sources.tsv` (header line, then `package version site imported`).
    pub(crate) fn parse(text: &'a str) -> Sources<'a> {
        let mut sites: Vec<Site<'a>> = Vec::new();
        for line in text.lines().skip(1).filter(|l| !l.is_empty()) {
            let mut fields = line.split('\t');
            let (Some(package), Some(version), Some(site)) =
                (fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            match sites.iter_mut().find(|s| s.name == site) {
                Some(entry) => entry.releases.push((package, version)),
                None => sites.push(Site {
                    name: site,
                    releases: vec![(package, version)],
                }),
            }
        }
        Sources { sites }
    }

    /// `"<package> <version>"` of the first release of `site` imported after `version`, when
    /// `version` is not the site's newest: the release since which something published in
    /// `version` is no longer published. `None` while it is current.
    pub(crate) fn retired_since(&self, site: &str, version: &str) -> Option<String> {
        let site = self.sites.iter().find(|s| s.name == site)?;
        let at = site.releases.iter().position(|&(_, v)| v == version)?;
        let (package, next) = site.releases.get(at + 1)?;
        Some(format!("{package} {next}"))
    }
}

/// A history row of one service: a code (or `*`, the service itself) on one site.
pub(crate) struct Entry<'a> {
    pub(crate) site: &'a str,
    pub(crate) code: &'a str,
    pub(crate) last: &'a str,
    /// The text as last published (empty while current), still escaped.
    pub(crate) description: &'a str,
}

/// The history rows of `service`, in file order.
///
/// The rows are sorted by site and service (`codegen/data/README.md`), so each site's rows of
/// one service are found by a binary search over the lines instead of a scan of the whole file
/// (30,000 rows: the scan was most of an expansion's time, unoptimised).
pub(crate) fn entries<'a>(history: &'a str, service: &str) -> Vec<Entry<'a>> {
    let rows = history.find('\n').map_or("", |end| &history[end + 1..]);
    let mut entries = Vec::new();
    for site in SITES {
        let mut at = lower_bound(rows, (site, service));
        while at < rows.len() {
            let end = rows[at..].find('\n').map_or(rows.len(), |n| at + n);
            match entry(&rows[at..end]) {
                Some(entry) if entry.site == site && entry.service == service => {
                    entries.push(entry.entry)
                }
                _ => break,
            }
            at = end + 1;
        }
    }
    entries
}

/// The sites `tencent-errors import` writes, in the order the rows are sorted.
const SITES: [&str; 2] = ["en", "zh"];

/// A parsed row with the key it is sorted by.
struct Keyed<'a> {
    site: &'a str,
    service: &'a str,
    entry: Entry<'a>,
}

fn entry(line: &str) -> Option<Keyed<'_>> {
    let mut fields = line.splitn(6, '\t');
    let site = fields.next()?;
    let service = fields.next()?;
    let code = fields.next()?;
    let _first = fields.next()?;
    let last = fields.next()?;
    Some(Keyed {
        site,
        service,
        entry: Entry {
            site,
            code,
            last,
            description: fields.next().unwrap_or(""),
        },
    })
}

/// The byte offset of the first line of `rows` whose `(site, service)` is not below `key`.
fn lower_bound(rows: &str, key: (&str, &str)) -> usize {
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
        let below = entry(&rows[start..end]).is_some_and(|row| (row.site, row.service) < key);
        if below {
            low = (end + 1).min(bytes.len());
        } else {
            high = start;
        }
    }
    low
}

/// Undoes the escapes of a history description (`\\`, `\t`, `\n`).
pub(crate) fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCES: &str = "package\tversion\tsite\timported\n\
        tencentcloud-sdk-python\t3.0.1200\tzh\t2026-12-01\n\
        tencentcloud-sdk-python\t3.1.195\tzh\t2026-12-01\n\
        tencentcloud-sdk-python-intl-en\t3.1.193\ten\t2026-12-01\n";

    #[test]
    fn retired_since_is_the_next_release_of_the_site() {
        let sources = Sources::parse(SOURCES);
        assert_eq!(
            sources.retired_since("zh", "3.0.1200").as_deref(),
            Some("tencentcloud-sdk-python 3.1.195")
        );
        assert_eq!(sources.retired_since("zh", "3.1.195"), None);
        assert_eq!(sources.retired_since("en", "3.1.193"), None);
        assert_eq!(sources.retired_since("xx", "1"), None);
    }

    /// The rows of `service` by a plain scan, to check the binary search against.
    fn scanned<'a>(history: &'a str, service: &str) -> Vec<(&'a str, &'a str)> {
        history
            .lines()
            .skip(1)
            .filter(|line| line.split('\t').nth(1) == Some(service))
            .map(|line| {
                let mut fields = line.split('\t');
                let site = fields.next().unwrap_or("");
                (site, fields.nth(1).unwrap_or(""))
            })
            .collect()
    }

    #[test]
    fn the_binary_search_finds_what_a_scan_finds() {
        let history = super::super::index::HISTORY;
        let mut services: Vec<&str> = history
            .lines()
            .skip(1)
            .filter_map(|line| line.split('\t').nth(1))
            .collect();
        services.sort_unstable();
        services.dedup();
        services.extend(["", "a", "zzzz", "cvm0"]);
        for service in services {
            let found: Vec<(&str, &str)> = entries(history, service)
                .iter()
                .map(|entry| (entry.site, entry.code))
                .collect();
            assert_eq!(found, scanned(history, service), "{service}");
        }
    }

    #[test]
    fn entries_of_one_service_and_escapes() {
        let history = "site\tservice\tcode\tfirst\tlast\tdescription\n\
            zh\ta\t*\t1\t2\t\n\
            zh\ta\tA.B\t1\t1\tx\\ty\\\\z\n\
            zh\tab\tC\t1\t2\t\n";
        let entries = entries(history, "a");
        assert_eq!(entries.len(), 2);
        assert_eq!((entries[1].code, entries[1].last), ("A.B", "1"));
        assert_eq!(unescape(entries[1].description), "x\ty\\z");
        assert_eq!(unescape("a\\nb\\"), "a\nb\\");
    }
}
