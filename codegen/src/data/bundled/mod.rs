//! The data shipped with the crate (`codegen/data/`, written by `tencent-errors import`): every
//! service's Chinese and English pages, the history of every code, and the per-action pages;
//! and how a bundled service's model is built from them.
//!
//! A bundled service's enum is the union of what both sites publish and of what they ever
//! published: codes only one site lists are variants too, so switching language never changes
//! the API, and codes no page lists any more stay as retired (deprecated) variants, so a data
//! refresh never breaks a user's build. `docs/design.md` ("Bundled data") has the rules.

use tencent_errors_runtime::Language;

use crate::data::format::{self, Dataset, Releases, RowRef, Site, WHOLE};
use crate::diagnostic::{Diagnostic, Location};
use crate::model::{merge, name_variants, Listing, Model, Rename};
use crate::read::{kept_rows, parse_page, Row, TableKind};

mod actions;

pub use actions::{action_page, action_page_in, BundledActions};

/// One bundled service and its pages (`data/zh/<name>.md`, `data/en/<name>.md`,
/// `data/actions/<name>.md`), each `None` when the data has none: a service no site publishes
/// any more has only history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BundledService {
    /// The service name.
    pub name: &'static str,
    /// The Chinese page.
    pub zh: Option<&'static str>,
    /// The English page.
    pub en: Option<&'static str>,
    /// The per-action page.
    pub actions: Option<&'static str>,
}

// `BUNDLED_SERVICES` (every service the data knows, sorted by name) and the `HISTORY`,
// `ACTION_HISTORY` and `SOURCES` files, listed by the build script from `data/`.
include!(concat!(env!("OUT_DIR"), "/bundled_index.rs"));

/// The bundled service named `service`.
pub(crate) fn bundled_service(service: &str) -> Option<&'static BundledService> {
    let at = BUNDLED_SERVICES
        .binary_search_by(|bundled| bundled.name.cmp(service))
        .ok()?;
    BUNDLED_SERVICES.get(at)
}

/// The data of one service in the layout of `codegen/data/`: its pages (either may be missing)
/// and the history and sources files of the whole data set. [`ServiceData::bundled`] gives the
/// data shipped with the crate; tools build one from a directory of the same layout.
#[derive(Clone, Copy, Debug)]
pub struct ServiceData<'a> {
    /// The service name.
    pub name: &'a str,
    /// The Chinese page, while the Chinese site publishes the service.
    pub zh: Option<&'a str>,
    /// The English page, while the international site publishes the service.
    pub en: Option<&'a str>,
    /// `history.tsv` (empty: no history).
    pub history: &'a str,
    /// `sources.tsv` (empty: no history).
    pub sources: &'a str,
    /// A current page of each site, `[Chinese, English]`: its public table, which every page of
    /// a site shares, stands in for the one the page of a service no longer published had
    /// (the history only has the codes of the service's own table).
    pub public_tables: [Option<&'a str>; 2],
}

impl ServiceData<'static> {
    /// The data shipped with the crate for `service`, if it is bundled.
    pub fn bundled(service: &str) -> Option<ServiceData<'static>> {
        let bundled = bundled_service(service)?;
        Some(ServiceData {
            name: bundled.name,
            zh: bundled.zh,
            en: bundled.en,
            history: HISTORY,
            sources: SOURCES,
            public_tables: [
                BUNDLED_SERVICES.iter().find_map(|service| service.zh),
                BUNDLED_SERVICES.iter().find_map(|service| service.en),
            ],
        })
    }
}

impl ServiceData<'_> {
    /// How the generated docs name the data.
    pub(crate) fn origin(&self) -> String {
        let mut pages = Vec::new();
        if self.zh.is_some() {
            pages.push(format!("the bundled page `zh/{}.md`", self.name));
        }
        if self.en.is_some() {
            pages.push(format!("the English page `en/{}.md`", self.name));
        }
        if pages.is_empty() {
            "the bundled history".to_owned()
        } else {
            pages.join(" and ")
        }
    }

    /// `Some(release)` when neither site publishes the service any more: the first release
    /// of its site's package without it.
    pub fn retired_since(&self) -> Option<String> {
        if self.zh.is_some() || self.en.is_some() {
            return None;
        }
        let releases = Releases::parse(self.sources);
        Site::ALL.into_iter().find_map(|site| {
            let rows = format::rows_of(self.history, &[site.as_str(), self.name]);
            let whole = rows.iter().find(|row| row.key[2] == WHOLE)?;
            releases.retired_since(Dataset::Site(site), whole.last)
        })
    }

    /// The service's model: both pages and, unless `with_retired` is false, the codes no page
    /// lists any more, from the history.
    pub fn model(&self, renames: &[Rename], with_retired: bool) -> Result<Model, Vec<Diagnostic>> {
        let mut listings = Vec::new();
        let mut warnings = Vec::new();
        let mut tables = 0;
        for (page, language) in [(self.zh, Language::Chinese), (self.en, Language::English)] {
            if let Some(page) = page {
                let parsed = parse_page(page)?;
                warnings.extend(parsed.warnings);
                push_listings(&mut listings, &mut tables, parsed.rows, language);
            }
        }
        if with_retired {
            self.retired_listings(&mut listings, &mut tables)?;
        }
        let mut model = name_variants(merge(listings), renames)?;
        model.warnings.splice(0..0, warnings);
        Ok(model)
    }

    /// Listings for the codes the history has and no current page of the same site lists,
    /// with the text they were last published with.
    fn retired_listings(
        &self,
        listings: &mut Vec<Listing>,
        tables: &mut usize,
    ) -> Result<(), Vec<Diagnostic>> {
        let releases = Releases::parse(self.sources);
        let languages = [Language::Chinese, Language::English];
        for ((site, language), (page, public)) in Site::ALL
            .into_iter()
            .zip(languages)
            .zip([self.zh, self.en].into_iter().zip(self.public_tables))
        {
            let dataset = Dataset::Site(site);
            let rows = format::rows_of(self.history, &[site.as_str(), self.name]);
            // A service a site no longer publishes: its page's public table, retired with it.
            let service_since = rows
                .iter()
                .filter(|row| row.key[2] == WHOLE)
                .find_map(|row| releases.retired_since(dataset, row.last));
            if let (None, Some(since), Some(public)) = (page, service_since, public) {
                let base = *tables;
                for mut row in parse_page(public)?.rows {
                    if row.kind != TableKind::Public {
                        continue;
                    }
                    row.line = 0;
                    row.table += base;
                    *tables = (*tables).max(row.table + 1);
                    listings.push(Listing {
                        row,
                        language,
                        retired_since: Some(since.clone()),
                    });
                }
            }
            let retired: Vec<(&RowRef<'_>, String)> = rows
                .iter()
                .filter(|row| row.key[2] != WHOLE)
                .filter_map(|row| Some((row, releases.retired_since(dataset, row.last)?)))
                .collect();
            if retired.is_empty() {
                continue;
            }
            let cells = retired.iter().map(|(row, _)| (row.key[2], row.description));
            let base = *tables;
            for (mut row, (_, since)) in history_rows(cells)?.into_iter().zip(retired) {
                row.table += base;
                *tables = (*tables).max(row.table + 1);
                listings.push(Listing {
                    row,
                    language,
                    retired_since: Some(since),
                });
            }
        }
        Ok(())
    }
}

/// The rows of codes kept in a history file, `(code, escaped description)`: unescaped here (the
/// format's rule), read by the page reader as a page's rows (`read::kept_rows`). A description
/// that does not unescape is an error naming the code.
pub(crate) fn history_rows<'a>(
    cells: impl Iterator<Item = (&'a str, &'a str)>,
) -> Result<Vec<Row>, Vec<Diagnostic>> {
    let cells = cells
        .map(|(code, description)| {
            let text = format::unescape(description).map_err(|message| {
                vec![Diagnostic::error(
                    Location::Page,
                    format!("the history of `{code}`: {message}"),
                )]
            })?;
            Ok((code, text))
        })
        .collect::<Result<Vec<_>, Vec<Diagnostic>>>()?;
    kept_rows(cells.iter().map(|(code, text)| (*code, text.as_str())))
}

/// Appends a page's rows as listings, giving its tables indices no other page has.
pub(crate) fn push_listings(
    listings: &mut Vec<Listing>,
    tables: &mut usize,
    rows: Vec<Row>,
    language: Language,
) {
    let base = *tables;
    for mut row in rows {
        row.table += base;
        *tables = (*tables).max(row.table + 1);
        listings.push(Listing {
            row,
            language,
            retired_since: None,
        });
    }
}

/// The bundled action page of `service` (`data/actions/<service>.md`: one `## ActionName`
/// section per action the newest Go SDK release lists), if there is one.
#[cfg(test)]
pub(crate) fn bundled_action_page(service: &str) -> Option<&'static str> {
    bundled_service(service)?.actions
}

/// The bundled Chinese page of `service` (or its English page, for a service only the
/// international site publishes), if there is one.
pub fn bundled_page(service: &str) -> Option<&'static str> {
    let bundled = bundled_service(service)?;
    bundled.zh.or(bundled.en)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::path::Path;

    /// The `*.md` stems of a directory of the data, sorted.
    fn stems(dir: &str) -> Vec<String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data").join(dir);
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(|entry| {
                        let name = entry.ok()?.file_name().to_string_lossy().into_owned();
                        name.strip_suffix(".md").map(str::to_owned)
                    })
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    #[test]
    fn the_index_lists_the_data_directory() {
        let names: Vec<&str> = BUNDLED_SERVICES.iter().map(|s| s.name).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(names, sorted, "sorted, once each");
        for (dataset, page) in [
            (
                Dataset::Site(Site::Zh),
                (|s: &BundledService| s.zh) as fn(&BundledService) -> Option<&str>,
            ),
            (Dataset::Site(Site::En), |s| s.en),
            (Dataset::Actions, |s| s.actions),
        ] {
            let listed: Vec<&str> = BUNDLED_SERVICES
                .iter()
                .filter(|s| page(s).is_some())
                .map(|s| s.name)
                .collect();
            assert_eq!(listed, stems(dataset.dir()), "{dataset}/");
        }
        // The history's services are listed too (retired ones have no page).
        for service in format::services_in(HISTORY, 1)
            .into_iter()
            .chain(format::services_in(ACTION_HISTORY, 0))
        {
            assert!(bundled_service(service).is_some(), "{service}");
        }
        assert_eq!(bundled_service("cvm").map(|s| s.name), Some("cvm"));
    }

    /// The rows of a sorted TSV file grouped by their first `width` key cells, by one linear
    /// scan of every line: what the binary search of [`format::rows_of`] must find for each.
    fn scanned(text: &str, width: usize) -> BTreeMap<Vec<&str>, Vec<&str>> {
        let mut groups: BTreeMap<Vec<&str>, Vec<&str>> = BTreeMap::new();
        for line in text.lines().skip(1) {
            let key: Vec<&str> = line.split('\t').take(width).collect();
            groups.entry(key).or_default().push(line);
        }
        groups
    }

    /// Checks [`format::rows_of`] against [`scanned`] for every key of `text` and for keys
    /// that are not in it (`misses`), and returns how many rows were compared.
    fn assert_search_finds_what_a_scan_finds(
        name: &str,
        text: &str,
        width: usize,
        misses: &[&[&str]],
    ) -> usize {
        let groups = scanned(text, width);
        let mut compared = 0;
        for (key, lines) in &groups {
            let found: Vec<String> = format::rows_of(text, key)
                .iter()
                .map(|row| {
                    let mut cells = row.key.to_vec();
                    cells.extend([row.first, row.last, row.description]);
                    cells.join("\t")
                })
                .collect();
            assert_eq!(found, *lines, "{name}: {key:?}");
            compared += found.len();
        }
        for key in misses {
            assert!(!groups.contains_key(*key), "{name}: {key:?} is in the file");
            assert!(format::rows_of(text, key).is_empty(), "{name}: {key:?}");
        }
        compared
    }

    #[test]
    fn the_binary_search_finds_what_a_scan_finds_in_the_whole_bundled_history() {
        let rows = HISTORY.lines().count() - 1;
        let misses: &[&[&str]] = &[
            &["zh", ""],
            &["zh", "a"],
            &["zh", "cv"],
            &["zh", "cvm0"],
            &["zh", "zzzz"],
            &["en", "cv"],
            &["", "cvm"],
            &["ja", "cvm"],
            &["zz", "cvm"],
        ];
        assert_eq!(
            assert_search_finds_what_a_scan_finds("history.tsv", HISTORY, 2, misses),
            rows,
            "every row is some service's"
        );
        let rows = ACTION_HISTORY.lines().count() - 1;
        // By service, as the per-action page of a service reads it, and by service and action.
        let misses: &[&[&str]] = &[&[""], &["a"], &["cv"], &["cvm0"], &["zzzz"]];
        assert_eq!(
            assert_search_finds_what_a_scan_finds("action-history.tsv", ACTION_HISTORY, 1, misses),
            rows
        );
        let misses: &[&[&str]] = &[
            &["cvm", ""],
            &["cvm", "Describe"],
            &["cvm", "DescribeReservedInstance"],
            &["cvm", "ZzzAction"],
            &["zzzz", "RunInstances"],
        ];
        assert_eq!(
            assert_search_finds_what_a_scan_finds("action-history.tsv", ACTION_HISTORY, 2, misses),
            rows
        );
    }

    #[test]
    fn the_bundled_history_and_sources_are_well_formed() {
        let history = format::read_history(HISTORY);
        assert!(history.is_ok(), "history.tsv: {:?}", history.err());
        let sources = format::read_sources(SOURCES);
        assert!(sources.is_ok(), "sources.tsv: {:?}", sources.err());
    }

    #[test]
    fn every_bundled_service_builds_its_model() {
        for service in BUNDLED_SERVICES.iter().map(|s| s.name) {
            let data = ServiceData::bundled(service).expect("listed");
            let model = data.model(&[], true);
            assert!(model.is_ok(), "{service}: {:?}", model.err());
        }
        assert!(ServiceData::bundled("nope").is_none());
    }

    #[test]
    fn every_bundled_action_page_builds_its_models() {
        let mut pages = 0;
        let mut actions = 0;
        let mut retired = 0;
        for service in BUNDLED_SERVICES.iter().map(|s| s.name) {
            let Some(read) = action_page(service, None, true) else {
                continue;
            };
            let read = match read {
                Ok(read) => read,
                Err(errors) => panic!("actions/{service}.md: {errors:?}"),
            };
            pages += usize::from(bundled_action_page(service).is_some());
            let data = ServiceData::bundled(service).expect("listed");
            let model = data.model(&[], true).expect("the service builds");
            let models = crate::model::action_models(&model, &read.page);
            let models = match models {
                Ok(models) => models,
                Err(errors) => panic!("actions/{service}.md: {errors:?}"),
            };
            assert_eq!(models.len(), read.page.actions.len());
            actions += models.len();
            retired += read
                .page
                .actions
                .iter()
                .filter(|a| a.retired_since.is_some())
                .count();
        }
        // Counted apart from the reader: the files, their lines that start a section, and the
        // history's action rows that end before the newest release.
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/actions");
        let files: Vec<String> = std::fs::read_dir(&dir)
            .expect("data/actions")
            .map(|entry| std::fs::read_to_string(entry.expect("an entry").path()).expect("a page"))
            .collect();
        let sections: usize = files
            .iter()
            .map(|page| page.lines().filter(|line| line.starts_with("## ")).count())
            .sum();
        let newest = Releases::parse(SOURCES).versions(Dataset::Actions).last();
        let gone = ACTION_HISTORY
            .lines()
            .skip(1)
            .filter(|line| {
                let cells: Vec<&str> = line.split('\t').collect();
                cells.get(2) == Some(&WHOLE) && cells.get(4).copied() != newest
            })
            .count();
        assert_eq!(
            (pages, actions, retired),
            (files.len(), sections + gone, gone)
        );
        assert!(
            bundled_action_page("bdrc").is_none(),
            "bdrc has no action page"
        );
    }

    #[test]
    fn the_bundled_action_history_is_well_formed() {
        let releases: Vec<&str> = Releases::parse(SOURCES)
            .versions(Dataset::Actions)
            .collect();
        let (Some(oldest), Some(newest)) = (releases.first(), releases.last()) else {
            panic!("sources.tsv lists no Go release");
        };
        let mut pages = format::ActionPages::new();
        for service in BUNDLED_SERVICES {
            let Some(page) = service.actions else {
                continue;
            };
            let parsed = crate::read::parse_action_page(page).expect("parses");
            let actions = pages.entry(service.name.to_owned()).or_default();
            for action in parsed.actions {
                let mut codes: Vec<String> = action.rows.into_iter().map(|r| r.code).collect();
                codes.sort();
                codes.dedup();
                actions.insert(action.name, codes);
            }
        }
        let history = format::read_action_history(ACTION_HISTORY, &pages, oldest, newest);
        assert!(history.is_ok(), "action-history.tsv: {:?}", history.err());
    }
}
