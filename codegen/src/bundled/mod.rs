//! The data shipped with the crate (`codegen/data/`, written by `tencent-errors import`): every
//! service's Chinese and English pages, the history of every code, and the per-action pages;
//! and how a bundled service's model is built from them.
//!
//! A bundled service's enum is the union of what both sites publish and of what they ever
//! published: codes only one site lists are variants too, so switching language never changes
//! the API, and codes no page lists any more stay as retired (deprecated) variants, so a data
//! refresh never breaks a user's build. `docs/design.md` ("Bundled data") has the rules.

mod history;
// Generated (see `render_index` below); rustfmt would undo its layout.
#[rustfmt::skip]
mod index;

use tencent_errors_runtime::Language;

use crate::diagnostic::Diagnostic;
use crate::model::{Listing, Model, Rename};
use crate::parse::{parse_page, Row, TableKind};

/// Every bundled service, sorted: the services either site publishes or ever published.
pub const BUNDLED_SERVICES: &[&str] = index::NAMES;

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
        let at = index::NAMES.binary_search(&service).ok()?;
        let (zh, en) = index::PAGES[at];
        Some(ServiceData {
            name: index::NAMES[at],
            zh,
            en,
            history: index::HISTORY,
            sources: index::SOURCES,
            public_tables: [
                index::PAGES.iter().find_map(|pages| pages.0),
                index::PAGES.iter().find_map(|pages| pages.1),
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

    /// `Some(release)` when neither site publishes the service any more: the first release of
    /// its site's package without it.
    pub fn retired_since(&self) -> Option<String> {
        if self.zh.is_some() || self.en.is_some() {
            return None;
        }
        let sources = history::Sources::parse(self.sources);
        let entries = history::entries(self.history, self.name);
        let mut retired = entries
            .iter()
            .filter(|entry| entry.code == "*")
            .filter_map(|entry| sources.retired_since(entry.site, entry.last));
        retired.next()
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
        let mut model = Model::merge(listings, renames)?;
        model.warnings.splice(0..0, warnings);
        Ok(model)
    }

    /// Listings for the codes the history has and no current page of the same site lists,
    /// with the text they were last published with. The texts go through the page reader (as
    /// one synthetic table per site) so they render exactly as page text does.
    fn retired_listings(
        &self,
        listings: &mut Vec<Listing>,
        tables: &mut usize,
    ) -> Result<(), Vec<Diagnostic>> {
        let sources = history::Sources::parse(self.sources);
        let entries = history::entries(self.history, self.name);
        let sites = [("zh", Language::Chinese), ("en", Language::English)];
        for (((site, language), page), public) in sites
            .into_iter()
            .zip([self.zh, self.en])
            .zip(self.public_tables)
        {
            // A service a site no longer publishes: its page's public table, retired with it.
            let service_since = entries
                .iter()
                .filter(|entry| entry.site == site && entry.code == "*")
                .find_map(|entry| sources.retired_since(site, entry.last));
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
            let mut table = String::from("| 错误码 | 说明 |\n|---|---|\n");
            let mut since = Vec::new();
            for entry in &entries {
                if entry.site != site || entry.code == "*" {
                    continue;
                }
                let Some(release) = sources.retired_since(site, entry.last) else {
                    continue;
                };
                table.push_str("| ");
                table.push_str(entry.code);
                table.push_str(" | ");
                let text = history::unescape(entry.description);
                table.push_str(&text.replace('|', "\\|").replace('\n', "<br>"));
                table.push_str(" |\n");
                since.push(release);
            }
            if since.is_empty() {
                continue;
            }
            let base = *tables;
            for (mut row, release) in parse_page(&table)?.rows.into_iter().zip(since) {
                row.line = 0;
                row.table += base;
                *tables = (*tables).max(row.table + 1);
                listings.push(Listing {
                    row,
                    language,
                    retired_since: Some(release),
                });
            }
        }
        Ok(())
    }
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
/// section per action with the codes it lists), if there is one.
pub fn bundled_action_page(service: &str) -> Option<&'static str> {
    let at = index::NAMES.binary_search(&service).ok()?;
    index::ACTIONS.get(at).copied().flatten()
}

/// The bundled Chinese page of `service` (or its English page, for a service only the
/// international site publishes), if there is one.
pub fn bundled_page(service: &str) -> Option<&'static str> {
    let data = ServiceData::bundled(service)?;
    data.zh.or(data.en)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Write as _;
    use std::path::Path;

    /// The index as the data directory says it should be.
    fn render_index(data: &Path) -> String {
        let stems = |dir: &str| -> Vec<String> {
            let mut names: Vec<String> = std::fs::read_dir(data.join(dir))
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
        };
        let zh = stems("zh");
        let en = stems("en");
        let actions = stems("actions");
        let history = std::fs::read_to_string(data.join("history.tsv")).expect("history.tsv");
        let mut names: Vec<String> = zh.iter().chain(&en).cloned().collect();
        names.extend(
            history
                .lines()
                .skip(1)
                .filter_map(|line| line.split('\t').nth(1).map(str::to_owned)),
        );
        names.sort();
        names.dedup();
        let mut out = String::from(
            "//! Generated from the files in `codegen/data/` by the test\n\
             //! `bundled::tests::the_index_lists_the_data_directory` (run it with\n\
             //! `TENCENT_ERRORS_BLESS=1` after an import); do not edit.\n\n\
             /// Every bundled service, sorted.\n\
             #[rustfmt::skip]\n\
             pub(super) const NAMES: &[&str] = &[\n",
        );
        for name in &names {
            let _ = writeln!(out, "    {name:?},");
        }
        out.push_str(
            "];\n\n/// The Chinese and English page of each of [`NAMES`].\n\
             #[rustfmt::skip]\n\
             pub(super) const PAGES: &[(Option<&str>, Option<&str>)] = &[\n",
        );
        let page = |dir: &str, list: &[String], name: &str| {
            if list.iter().any(|n| n == name) {
                format!("Some(include_str!(\"../../data/{dir}/{name}.md\"))")
            } else {
                "None".to_owned()
            }
        };
        for name in &names {
            let _ = writeln!(
                out,
                "    ({}, {}),",
                page("zh", &zh, name),
                page("en", &en, name)
            );
        }
        out.push_str(
            "];\n\n/// The action page of each of [`NAMES`] (`data/actions/<service>.md`).\n\
             pub(super) const ACTIONS: &[Option<&str>] = &[\n",
        );
        for name in &names {
            let _ = writeln!(out, "    {},", page("actions", &actions, name));
        }
        out.push_str(
            "];\n\n/// `data/history.tsv`.\n\
             pub(super) const HISTORY: &str = include_str!(\"../../data/history.tsv\");\n\n\
             /// `data/sources.tsv`.\n\
             pub(super) const SOURCES: &str = include_str!(\"../../data/sources.tsv\");\n",
        );
        out
    }

    #[test]
    fn the_index_lists_the_data_directory() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let expected = render_index(&root.join("data"));
        let file = root.join("src/bundled/index.rs");
        if std::env::var_os("TENCENT_ERRORS_BLESS").is_some() {
            std::fs::write(&file, &expected).expect("write index.rs");
        }
        let actual = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(
            actual == expected,
            "codegen/src/bundled/index.rs is out of date: run \
             `TENCENT_ERRORS_BLESS=1 cargo test -p tencent-errors-codegen the_index`"
        );
    }

    #[test]
    fn every_bundled_service_builds_its_model() {
        for &service in BUNDLED_SERVICES {
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
        for &service in BUNDLED_SERVICES {
            let Some(page) = bundled_action_page(service) else {
                continue;
            };
            pages += 1;
            let parsed = crate::actions::parse_action_page(page);
            let parsed = match parsed {
                Ok(parsed) => parsed,
                Err(errors) => panic!("actions/{service}.md: {errors:?}"),
            };
            let data = ServiceData::bundled(service).expect("listed");
            let model = data.model(&[], true).expect("the service builds");
            let models = crate::actions::action_models(&model, &parsed);
            let models = match models {
                Ok(models) => models,
                Err(errors) => panic!("actions/{service}.md: {errors:?}"),
            };
            assert_eq!(models.len(), parsed.actions.len());
            actions += models.len();
        }
        // Counted apart from the reader: the files, and their lines that start a section.
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/actions");
        let files: Vec<String> = std::fs::read_dir(&dir)
            .expect("data/actions")
            .map(|entry| std::fs::read_to_string(entry.expect("an entry").path()).expect("a page"))
            .collect();
        let sections: usize = files
            .iter()
            .map(|page| page.lines().filter(|line| line.starts_with("## ")).count())
            .sum();
        assert_eq!((pages, actions), (files.len(), sections));
        assert!(
            bundled_action_page("bdrc").is_none(),
            "bdrc has no action page"
        );
    }
}
