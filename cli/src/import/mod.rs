//! `tencent-errors import`: merging published SDK packages (wheels or unpacked directories) into the bundled data directory.
//!
//! The directory (`codegen/data`) holds one page per service each site's newest package
//! publishes (`zh/`, `en/`), `history.tsv` (the versions that first and last published every
//! code and service, and the text of retired ones) and `sources.tsv` (the packages imported).
//! Importing a package rewrites its site's pages from that package and merges its codes into
//! the history; codes and services it no longer publishes are kept there as retired, with the
//! text they were last published with. `codegen/data/README.md` documents the format.

mod actions;
mod errorcodes;
mod gosdk;
mod history;
mod package;
mod render;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use tencent_errors_codegen::format::{
    self, compare_versions, Dataset, History, ReleaseSpan, Source, WHOLE,
};

use tencent_errors_codegen::format::HistoryKey;

use history::Step;
use package::{Codes, Overrides, Package};

pub use package::PYTHON_NAMES;
pub use tencent_errors_codegen::format::Site;

/// What [`import`] is told besides the sources and the directory.
#[derive(Clone, Debug, Default)]
pub struct ImportOptions {
    /// Overrides the package name of every source.
    pub package: Option<String>,
    /// Overrides the package version of every source.
    pub version: Option<String>,
    /// The date recorded in `sources.tsv` (`YYYY-MM-DD`); `None`: today (UTC).
    pub date: Option<String>,
}

/// Why an import failed. Nothing is written when it fails.
#[derive(Debug)]
pub enum ImportError {
    /// A file or directory could not be read or written.
    Io {
        /// The path.
        path: PathBuf,
        /// The error.
        error: std::io::Error,
    },
    /// A wheel is not a readable zip file.
    Zip {
        /// The wheel.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A source does not say (or says twice) which package or version it is.
    Metadata {
        /// The source.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A source is a package of neither site.
    UnknownPackage {
        /// The source.
        path: PathBuf,
        /// Its (normalised) package name.
        name: String,
    },
    /// A file of a source cannot be read as the command expects.
    Syntax {
        /// The file (`wheel.whl!tencentcloud/cvm/v20170312/errorcodes.py`).
        file: String,
        /// The 1-based line; 0 when the problem is the file itself.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A file of the data directory is malformed or contradicts the others.
    Data {
        /// The file.
        path: PathBuf,
        /// The 1-based line; 0 when the problem is the file itself.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A package is older than the newest one already imported for its site.
    Older {
        /// The package.
        package: String,
        /// Its version.
        version: String,
        /// The newest version already imported for its site.
        newest: String,
    },
    /// The newest package was imported again but publishes something else than the first time.
    Changed {
        /// The package.
        package: String,
        /// Its version.
        version: String,
        /// The first difference.
        message: String,
    },
    /// `--date` is not a `YYYY-MM-DD` date.
    Date {
        /// What is wrong.
        message: String,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = |f: &mut fmt::Formatter<'_>, file: &dyn fmt::Display, line: usize| {
            let file = file.to_string();
            let at = tencent_errors_codegen::place(&file, (line != 0).then_some(line));
            write!(f, "{at}: ")
        };
        match self {
            ImportError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            ImportError::Zip { path, message } => {
                write!(f, "{}: not a readable wheel: {message}", path.display())
            }
            ImportError::Metadata { path, message } => write!(f, "{}: {message}", path.display()),
            ImportError::UnknownPackage { path, name } => write!(
                f,
                "{}: package `{name}` is not `tencentcloud-sdk-python` (site zh) nor \
                 `tencentcloud-sdk-python-intl-en` (site en)",
                path.display()
            ),
            ImportError::Syntax {
                file,
                line,
                message,
            } => {
                place(f, file, *line)?;
                f.write_str(message)
            }
            ImportError::Data {
                path,
                line,
                message,
            } => {
                place(f, &path.display(), *line)?;
                f.write_str(message)
            }
            ImportError::Older {
                package,
                version,
                newest,
            } => write!(
                f,
                "{package} {version} is older than {newest}, the newest already imported \
                 (sources.tsv): import releases oldest first"
            ),
            ImportError::Changed {
                package,
                version,
                message,
            } => write!(
                f,
                "{package} {version} was already imported and publishes something else now: \
                 {message}"
            ),
            ImportError::Date { message } => f.write_str(message),
        }
    }
}

impl std::error::Error for ImportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ImportError::Io { error, .. } => Some(error),
            _ => None,
        }
    }
}

/// What one import did (one source).
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct SiteImport {
    /// The source as given.
    pub source: String,
    /// `zh` or `en`.
    pub site: String,
    /// The package name.
    pub package: String,
    /// Its version.
    pub version: String,
    /// The newest version of the site imported before, if any.
    pub previous: Option<String>,
    /// A re-import of the newest version: nothing changed.
    pub unchanged: bool,
    /// Service counts.
    pub services: ServiceCounts,
    /// Code counts, per service: a code two services list counts twice; public codes a service
    /// lists in its `errorcodes.py` count too.
    pub codes: CodeCounts,
    /// For a `tencentcloud-sdk-go` release (site `actions`): its services, actions and codes
    /// per action (the two counts above are then zero).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actions: Option<ActionCounts>,
}

pub use actions::ActionCounts;

/// Services of one import.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct ServiceCounts {
    /// Services the package publishes (one page each).
    pub published: usize,
    /// Published for the first time on this site.
    pub new: usize,
    /// Published by the previous package, not by this one.
    pub retired: usize,
    /// Retired before, published again by this package.
    pub republished: usize,
    /// Services of the site no longer published, in all (after this import).
    pub retired_total: usize,
}

/// Codes of one import.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct CodeCounts {
    /// Codes the package publishes.
    pub current: usize,
    /// Published for the first time (in their service, on this site).
    pub new: usize,
    /// Published by the previous package, not by this one.
    pub retired: usize,
    /// Of `retired`, those in services this package still publishes.
    pub retired_in_published: usize,
    /// The number of services those are in.
    pub services_with_retired: usize,
    /// Retired before, published again by this package.
    pub republished: usize,
    /// Codes of the site no longer published, in all (after this import).
    pub retired_total: usize,
}

/// What [`import`] did, one entry per source in the order given.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct ImportSummary {
    /// One per source.
    pub imports: Vec<SiteImport>,
}

impl fmt::Display for ImportSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for import in &self.imports {
            write!(f, "{}  {} {}", import.site, import.package, import.version)?;
            if let Some(previous) = &import.previous {
                write!(f, " (after {previous})")?;
            }
            writeln!(f, ", from {}", import.source)?;
            if import.unchanged {
                writeln!(f, "    already imported: nothing changed")?;
            }
            if let Some(a) = import.actions.as_ref().filter(|_| !import.unchanged) {
                writeln!(
                    f,
                    "    services: {} with actions, {} retired",
                    a.services, a.services_retired
                )?;
                writeln!(
                    f,
                    "    actions:  {} listed, {} new, {} retired, {} re-published; {} retired in all",
                    a.actions, a.actions_new, a.actions_retired, a.actions_republished,
                    a.actions_retired_total
                )?;
                writeln!(
                    f,
                    "    codes:    {} listings, {} new, {} retired from remaining actions, {} \
                     re-published; {} retired from remaining actions in all",
                    a.codes,
                    a.codes_new,
                    a.codes_retired,
                    a.codes_republished,
                    a.codes_retired_total
                )?;
                continue;
            }
            let s = &import.services;
            writeln!(
                f,
                "    services: {} published, {} new, {} retired, {} re-published; {} retired in all",
                s.published, s.new, s.retired, s.republished, s.retired_total
            )?;
            let c = &import.codes;
            writeln!(
                f,
                "    codes:    {} current, {} new, {} retired ({} in {} services still published), \
                 {} re-published; {} retired in all",
                c.current,
                c.new,
                c.retired,
                c.retired_in_published,
                c.services_with_retired,
                c.republished,
                c.retired_total
            )?;
        }
        Ok(())
    }
}

/// Imports `sources` (in that order) into the data directory `out`, merging with what it holds.
/// Nothing is written unless every source imports.
pub fn import(
    sources: &[PathBuf],
    out: &Path,
    options: &ImportOptions,
) -> Result<ImportSummary, ImportError> {
    let date = match &options.date {
        Some(date) => {
            format::check_date(date).map_err(|message| ImportError::Date {
                message: format!("--date {date}: {message}"),
            })?;
            date.clone()
        }
        None => today_utc(),
    };
    let overrides = Overrides {
        package: options.package.clone(),
        version: options.version.clone(),
    };
    let mut state = State::load(out)?;
    let mut summary = ImportSummary::default();
    for source in sources {
        let shown = source.display().to_string();
        let import = match gosdk::tree_root(source) {
            Some(root) => {
                let release = gosdk::read(&root, options.version.as_deref())?;
                state.apply_go(&release, &date, &shown)?
            }
            None => {
                let package = package::read(source, &overrides)?;
                state.apply(&package, &date, &shown)?
            }
        };
        summary.imports.push(import);
    }
    state.write()?;
    Ok(summary)
}

/// Today's date in UTC, `YYYY-MM-DD`.
fn today_utc() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    civil_date(seconds / 86_400)
}

/// The proleptic Gregorian date `days` days after 1970-01-01 (H. Hinnant's algorithm).
fn civil_date(days: u64) -> String {
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The data directory in memory.
struct State {
    out: PathBuf,
    sources: Vec<Source>,
    history: History,
    /// Per site whose pages were loaded: each published service's page, as the codes it shows.
    pages: BTreeMap<Site, BTreeMap<String, Codes>>,
    /// Sites imported in this run (their pages get rewritten).
    touched: BTreeSet<Site>,
    /// The per-action data, once a Go release is imported in this run.
    actions: Option<actions::ActionData>,
}

pub(crate) fn read_optional(path: &Path) -> Result<Option<String>, ImportError> {
    match std::fs::read(path) {
        Ok(bytes) => String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| ImportError::Data {
                path: path.to_path_buf(),
                line: 0,
                message: "not UTF-8".into(),
            }),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(ImportError::Io {
            path: path.to_path_buf(),
            error,
        }),
    }
}

/// The pages of a directory (none if it does not exist), as codegen's `markdown_files` lists
/// them: each page's service (its file stem) and path, in byte order.
pub(crate) fn pages_in(dir: &Path) -> Result<Vec<(String, PathBuf)>, ImportError> {
    let names = match tencent_errors_codegen::markdown_files(dir) {
        Ok(names) => names,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => {
            return Err(ImportError::Io {
                path: dir.to_path_buf(),
                error,
            })
        }
    };
    Ok(names
        .into_iter()
        .map(|name| {
            let path = dir.join(&name);
            let mut stem = name;
            stem.truncate(stem.len() - ".md".len());
            (stem, path)
        })
        .collect())
}

/// The rows `package` lists in the history: each service, then its codes.
fn listed(package: &Package) -> Vec<HistoryKey> {
    package
        .services
        .iter()
        .flat_map(|(service, codes)| {
            std::iter::once(WHOLE)
                .chain(codes.keys().map(String::as_str))
                .map(move |code| (package.site, service.clone(), code.to_owned()))
        })
        .collect()
}

/// The error for a re-import of the newest package that publishes something else.
fn changed(package: &Package, message: String) -> ImportError {
    ImportError::Changed {
        package: package.name.clone(),
        version: package.version.clone(),
        message,
    }
}

/// Writes `text` to `path` unless it already holds exactly that.
pub(crate) fn write_if_changed(path: &Path, text: &str) -> Result<(), ImportError> {
    let io = |error| ImportError::Io {
        path: path.to_path_buf(),
        error,
    };
    if std::fs::read(path).is_ok_and(|old| old == text.as_bytes()) {
        return Ok(());
    }
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".tmp");
    std::fs::write(&temporary, text).map_err(io)?;
    std::fs::rename(&temporary, path).map_err(io)
}

impl State {
    fn load(out: &Path) -> Result<State, ImportError> {
        let sources_path = out.join("sources.tsv");
        let history_path = out.join("history.tsv");
        let data = |path: &Path| {
            let path = path.to_path_buf();
            move |(line, message)| ImportError::Data {
                path,
                line,
                message,
            }
        };
        let sources = match read_optional(&sources_path)? {
            Some(text) => format::read_sources(&text).map_err(data(&sources_path))?,
            None => Vec::new(),
        };
        let history = match read_optional(&history_path)? {
            Some(text) => format::read_history(&text).map_err(data(&history_path))?,
            None if !sources
                .iter()
                .any(|source| matches!(source.dataset, Dataset::Site(_))) =>
            {
                History::new()
            }
            None => {
                return Err(ImportError::Data {
                    path: history_path,
                    line: 0,
                    message: "missing, but sources.tsv lists imports of a site's package".into(),
                })
            }
        };
        Ok(State {
            out: out.to_path_buf(),
            sources,
            history,
            pages: BTreeMap::new(),
            touched: BTreeSet::new(),
            actions: None,
        })
    }

    /// The newest version imported for `site`.
    fn newest(&self, site: Site) -> Option<String> {
        self.sources
            .iter()
            .filter(|source| source.dataset == Dataset::Site(site))
            .map(|source| source.version.clone())
            .max_by(|a, b| compare_versions(a, b))
    }

    /// Loads the pages of `site`'s published services (once), checking they are all there.
    fn load_pages(&mut self, site: Site) -> Result<(), ImportError> {
        if self.pages.contains_key(&site) {
            return Ok(());
        }
        let dir = self.out.join(site.as_str());
        let newest = self.newest(site);
        let published: BTreeSet<String> = self
            .history
            .iter()
            .filter(|((row_site, _, code), row)| {
                *row_site == site && code == WHOLE && Some(&row.last) == newest.as_ref()
            })
            .map(|((_, service, _), _)| service.clone())
            .collect();
        for (stem, path) in pages_in(&dir)? {
            if !published.contains(&stem) {
                return Err(ImportError::Data {
                    path,
                    line: 0,
                    message: format!(
                        "history.tsv does not say the newest {} package publishes `{stem}`: \
                         remove the page or restore the history",
                        site.as_str()
                    ),
                });
            }
        }
        let mut pages = BTreeMap::new();
        for service in published {
            let path = dir.join(format!("{service}.md"));
            let text = read_optional(&path)?.ok_or_else(|| ImportError::Data {
                path: path.clone(),
                line: 0,
                message: format!(
                    "missing, but history.tsv says the newest {} package publishes `{service}`",
                    site.as_str()
                ),
            })?;
            let codes =
                render::read_page(site, &text).map_err(|(line, message)| ImportError::Data {
                    path: path.clone(),
                    line,
                    message,
                })?;
            pages.insert(service, codes);
        }
        self.pages.insert(site, pages);
        Ok(())
    }

    /// Merges one package.
    fn apply(
        &mut self,
        package: &Package,
        date: &str,
        source: &str,
    ) -> Result<SiteImport, ImportError> {
        let site = package.site;
        let previous = self.newest(site);
        let reimport = history::again(&package.name, &package.version, previous.as_ref())?;
        self.load_pages(site)?;
        let new_pages: BTreeMap<String, Codes> = package
            .services
            .iter()
            .map(|(service, codes)| (service.clone(), render::shown(site, codes)))
            .collect();
        let mut history = self.history.clone();
        let (services, codes) = self.merge(&mut history, package, previous.as_ref(), reimport)?;
        if reimport {
            let old_pages = self.pages.get(&site).cloned().unwrap_or_default();
            if let Some(service) = new_pages
                .iter()
                .find(|(service, page)| old_pages.get(*service) != Some(page))
                .map(|(service, _)| service)
            {
                return Err(changed(package, format!("the page of {service} differs")));
            }
        }
        self.history = history;
        self.pages.insert(site, new_pages);
        self.touched.insert(site);
        if !reimport {
            self.sources.push(Source {
                package: package.name.clone(),
                version: package.version.clone(),
                dataset: Dataset::Site(site),
                imported: date.to_owned(),
            });
        }
        Ok(SiteImport {
            source: source.to_owned(),
            site: site.as_str().to_owned(),
            package: package.name.clone(),
            version: package.version.clone(),
            previous,
            unchanged: reimport,
            services,
            codes,
            actions: None,
        })
    }

    /// Merges the services and codes `package` publishes into `history` (a copy of the
    /// site's): retired rows keep the text the site's pages show. A re-import (`reimport`)
    /// must change nothing.
    fn merge(
        &self,
        history: &mut History,
        package: &Package,
        previous: Option<&String>,
        reimport: bool,
    ) -> Result<(ServiceCounts, CodeCounts), ImportError> {
        let site = package.site;
        let listed = listed(package);
        let mut services = ServiceCounts {
            published: package.services.len(),
            ..ServiceCounts::default()
        };
        let mut codes = CodeCounts {
            current: listed.iter().filter(|(_, _, code)| code != WHOLE).count(),
            ..CodeCounts::default()
        };
        let mut with_retired = BTreeSet::new();
        let owns = |(row_site, _, _): &HistoryKey| *row_site == site;
        history::merge(
            history,
            owns,
            previous,
            &package.version,
            &listed,
            |step, key, row| {
                let (_, service, code) = key;
                let is_service = code == WHOLE;
                if reimport {
                    let message = match step {
                        Step::Retired => format!("it no longer publishes {service} `{code}`"),
                        Step::Republished => format!("it publishes {service} `{code}` again"),
                        Step::New => format!("{service} `{code}` is new"),
                    };
                    return Err(changed(package, message));
                }
                match step {
                    Step::Retired if is_service => {
                        services.retired += 1;
                        row.description.clear();
                    }
                    Step::Retired => {
                        row.description =
                            self.retired_text(site, service, code, &package.name, row)?;
                        codes.retired += 1;
                        if package.services.contains_key(service) {
                            codes.retired_in_published += 1;
                            with_retired.insert(service.clone());
                        }
                    }
                    Step::Republished if is_service => services.republished += 1,
                    Step::Republished => codes.republished += 1,
                    Step::New if is_service => services.new += 1,
                    Step::New => codes.new += 1,
                }
                Ok(())
            },
        )?;
        codes.services_with_retired = with_retired.len();
        for ((row_site, _, code), row) in history.iter() {
            if *row_site == site && row.last != package.version {
                if code == WHOLE {
                    services.retired_total += 1;
                } else {
                    codes.retired_total += 1;
                }
            }
        }
        Ok((services, codes))
    }

    /// The text of a code `package` no longer publishes, as the site's page shows it: the
    /// history says the previous package published it (`row`), so the page must list it.
    fn retired_text(
        &self,
        site: Site,
        service: &str,
        code: &str,
        package: &str,
        row: &ReleaseSpan,
    ) -> Result<String, ImportError> {
        let text = self
            .pages
            .get(&site)
            .and_then(|pages| pages.get(service))
            .and_then(|page| page.get(code))
            .ok_or_else(|| ImportError::Data {
                path: self.out.join(site.as_str()).join(format!("{service}.md")),
                line: 0,
                message: format!(
                    "does not list `{code}`, which {} says {package} {} publishes",
                    self.out.join("history.tsv").display(),
                    row.last
                ),
            })?;
        Ok(text.clone().unwrap_or_default())
    }

    /// Merges one release of the Go SDK into the per-action data.
    fn apply_go(
        &mut self,
        release: &gosdk::GoRelease,
        date: &str,
        source: &str,
    ) -> Result<SiteImport, ImportError> {
        if self.actions.is_none() {
            self.actions = Some(actions::ActionData::load(&self.out, &self.sources)?);
        }
        let data = self.actions.as_mut().ok_or_else(|| ImportError::Data {
            path: self.out.clone(),
            line: 0,
            message: "the per-action data could not be loaded".into(),
        })?;
        let previous = data.releases.last().cloned();
        let counts = data.apply(release)?;
        let dataset = Dataset::Actions;
        if counts.is_some() {
            self.sources.push(Source {
                package: dataset.package().to_owned(),
                version: release.version.clone(),
                dataset,
                imported: date.to_owned(),
            });
        }
        Ok(SiteImport {
            source: source.to_owned(),
            site: dataset.dir().to_owned(),
            package: dataset.package().to_owned(),
            version: release.version.clone(),
            previous,
            unchanged: counts.is_none(),
            services: ServiceCounts::default(),
            codes: CodeCounts::default(),
            actions: Some(counts.unwrap_or_default()),
        })
    }

    /// Writes the pages of the imported sites, then `history.tsv` and `sources.tsv`.
    fn write(&self) -> Result<(), ImportError> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |error| ImportError::Io { path, error }
        };
        for site in &self.touched {
            let dir = self.out.join(site.as_str());
            std::fs::create_dir_all(&dir).map_err(io(&dir))?;
            let pages = self.pages.get(site).cloned().unwrap_or_default();
            for (stem, path) in pages_in(&dir)? {
                if !pages.contains_key(&stem) {
                    std::fs::remove_file(&path).map_err(io(&path))?;
                }
            }
            for (service, codes) in &pages {
                write_if_changed(
                    &dir.join(format!("{service}.md")),
                    &render::render(*site, codes),
                )?;
            }
        }
        if let Some(actions) = &self.actions {
            actions.write(&self.out)?;
        }
        if !self.touched.is_empty() {
            write_if_changed(
                &self.out.join("history.tsv"),
                &format::write_history(&self.history),
            )?;
        }
        if !self.touched.is_empty() || self.actions.is_some() {
            write_if_changed(
                &self.out.join("sources.tsv"),
                &format::write_sources(&self.sources),
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_computed() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(20_788), "2026-12-01");
        assert_eq!(civil_date(11_016), "2000-02-29");
        assert!(format::check_date(&today_utc()).is_ok());
    }
}
