//! `sync`: the report on a whole data refresh: every service of two directories diffed, with a
//! semver verdict per service and overall, following `docs/versioning.md`.
//!
//! A directory is read as one of two layouts ([`Layout`]):
//!
//! - **data**, the layout of `codegen/data` (it has `zh/` or `en/`): a service's model is its
//!   Chinese and English pages and, from `history.tsv` and `sources.tsv` (both optional), the
//!   codes no page lists any more, as the macro builds it; a service the history knows and no
//!   page lists is retired;
//! - **pages**: a flat directory of `<service>.md` pages (Chinese, no history), each modelled as
//!   the macro models a `path =` page. Files whose stem is not a service name are skipped and
//!   listed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Serialize;

use crate::diagnostic::{Diagnostic, FileDiagnostic};
use crate::diff::{diff, Counts, Diff, Level, Reason, RenamedVariant, Verdict};
use crate::page::{self, Model, ServiceData};
use crate::words::{plural, quoted, some_of};
use tencent_errors_codegen::format::{self, Dataset, Site};
use tencent_errors_codegen::ActionPage;

/// How a directory holds its services.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    /// `codegen/data`'s layout: `zh/`, `en/`, history and sources.
    Data,
    /// A flat directory of Chinese `<service>.md` pages, without history.
    Pages,
}

/// The files of one service in a directory.
#[derive(Clone, Debug, Default)]
struct ServiceFiles {
    /// `(path as shown, text)` of the Chinese page.
    zh: Option<(String, String)>,
    /// `(path as shown, text)` of the English page.
    en: Option<(String, String)>,
}

/// A directory of service data, read.
#[derive(Clone, Debug)]
pub struct Snapshot {
    /// The directory, as given.
    pub path: String,
    /// Its layout.
    pub layout: Layout,
    services: BTreeMap<String, ServiceFiles>,
    history: String,
    sources: String,
    /// Per-action pages (`actions/<svc>.md`) by service.
    action_pages: BTreeMap<String, String>,
    /// `action-history.tsv`.
    action_history: String,
    /// Files that are not a service's page (their stem is not a service name).
    pub skipped: Vec<String>,
}

impl Snapshot {
    /// Reads the directory `dir`: every page, and for the data layout `history.tsv` and
    /// `sources.tsv` when present.
    pub fn read(dir: &Path) -> Result<Snapshot, Vec<FileDiagnostic>> {
        let shown = dir.display().to_string();
        if !dir.is_dir() {
            return Err(vec![Diagnostic::whole(
                "not a directory (give a data directory like `codegen/data` or a directory of \
                 `<service>.md` pages)",
            )
            .in_file(&shown)]);
        }
        let data = Site::ALL
            .into_iter()
            .any(|site| dir.join(site.as_str()).is_dir());
        let mut snapshot = Snapshot {
            path: shown,
            layout: if data { Layout::Data } else { Layout::Pages },
            services: BTreeMap::new(),
            history: String::new(),
            sources: String::new(),
            action_pages: BTreeMap::new(),
            action_history: String::new(),
            skipped: Vec::new(),
        };
        let mut errors = Vec::new();
        if data {
            for site in Site::ALL {
                let english = site == Site::En;
                let site_dir = dir.join(site.as_str());
                if site_dir.is_dir() {
                    snapshot.read_pages(&site_dir, english, &mut errors);
                }
            }
            type Check = fn(&str) -> Result<(), format::LineError>;
            let checks: [(&str, &mut String, Check); 2] = [
                (format::HISTORY_FILE, &mut snapshot.history, |text| {
                    format::read_history(text).map(drop)
                }),
                (format::SOURCES_FILE, &mut snapshot.sources, |text| {
                    format::read_sources(text).map(drop)
                }),
            ];
            for (file, text, check) in checks {
                let path = dir.join(file);
                if !path.exists() {
                    continue;
                }
                let shown = path.display().to_string();
                match std::fs::read_to_string(&path) {
                    Ok(read) => match check(&read) {
                        Ok(()) => *text = read,
                        Err((line, message)) => errors.push(FileDiagnostic {
                            path: shown,
                            line,
                            message,
                        }),
                    },
                    Err(error) => errors
                        .push(Diagnostic::whole(format!("cannot read: {error}")).in_file(&shown)),
                }
            }
            for service in format::services_in(&snapshot.history, 1) {
                snapshot.services.entry(service.to_owned()).or_default();
            }
            snapshot.read_actions(dir, &mut errors);
        } else {
            snapshot.read_pages(dir, false, &mut errors);
        }
        if errors.is_empty() {
            Ok(snapshot)
        } else {
            Err(errors)
        }
    }

    /// Reads `actions/<svc>.md` and `action-history.tsv`, when present.
    fn read_actions(&mut self, dir: &Path, errors: &mut Vec<FileDiagnostic>) {
        let pages = dir.join(Dataset::Actions.dir());
        let mut read = |path: &Path| match std::fs::read_to_string(path) {
            Ok(text) => Some(text),
            Err(error) => {
                errors.push(
                    Diagnostic::whole(format!("cannot read: {error}"))
                        .in_file(&path.display().to_string()),
                );
                None
            }
        };
        if let Ok(entries) = std::fs::read_dir(&pages) {
            for entry in entries.flatten() {
                let path = entry.path();
                let Some(stem) = path
                    .file_name()
                    .and_then(|name| name.to_str())
                    .and_then(|name| name.strip_suffix(".md"))
                    .filter(|stem| format::check_service_name(stem).is_ok())
                    .map(str::to_owned)
                else {
                    continue;
                };
                if let Some(text) = read(&path) {
                    self.action_pages.insert(stem, text);
                }
            }
        }
        let history = dir.join(format::ACTION_HISTORY_FILE);
        if history.exists() {
            if let Some(text) = read(&history) {
                self.action_history = text;
            }
        }
    }

    /// The service's per-action data, retired actions and codes included, as the macro reads
    /// it; `None` when the directory has none for it.
    fn actions(&self, service: &str) -> Option<Result<ActionPage, Vec<FileDiagnostic>>> {
        let read = tencent_errors_codegen::action_page_in(
            service,
            self.action_pages.get(service).map(String::as_str),
            &self.action_history,
            &self.sources,
            None,
            true,
        )?;
        let place = format!("{}/{}", self.path, Dataset::Actions.page(service));
        Some(read.map(|read| read.page).map_err(|found| {
            found
                .into_iter()
                .map(|d| FileDiagnostic {
                    path: place.clone(),
                    line: d.line().unwrap_or(0),
                    message: d.message,
                })
                .collect()
        }))
    }

    /// Reads every page of `dir` (as codegen's `markdown_files` lists them) as the Chinese or
    /// English page of the service its file stem names.
    fn read_pages(&mut self, dir: &Path, english: bool, errors: &mut Vec<FileDiagnostic>) {
        let names = match page::markdown_files(dir) {
            Ok(names) => names,
            Err(error) => {
                errors.push(
                    Diagnostic::whole(format!("cannot read the directory: {error}"))
                        .in_file(&dir.display().to_string()),
                );
                return;
            }
        };
        for mut stem in names {
            let path = dir.join(&stem);
            let shown = path.display().to_string();
            stem.truncate(stem.len() - ".md".len());
            if page::check_service_name(&stem).is_err() {
                self.skipped.push(shown);
                continue;
            }
            match page::read(&path) {
                Ok(text) => {
                    let files = self.services.entry(stem).or_default();
                    let slot = if english {
                        &mut files.en
                    } else {
                        &mut files.zh
                    };
                    *slot = Some((shown, text));
                }
                Err(found) => errors.extend(found.into_iter().map(|d| d.in_file(&shown))),
            }
        }
    }

    /// The names of the services, sorted.
    pub fn services(&self) -> impl Iterator<Item = &str> {
        self.services.keys().map(String::as_str)
    }

    /// The packages `sources.tsv` lists, in import order: `"package version"`.
    pub fn sources(&self) -> Vec<String> {
        format::read_sources(&self.sources)
            .unwrap_or_default()
            .into_iter()
            .map(|source| format!("{} {}", source.package, source.version))
            .collect()
    }

    fn data<'a>(&'a self, name: &'a str, files: &'a ServiceFiles) -> ServiceData<'a> {
        // Any current page of a site has the site's public table.
        let page_of = |site: fn(&ServiceFiles) -> &Option<(String, String)>| {
            self.services
                .values()
                .find_map(|files| site(files).as_ref().map(|(_, text)| text.as_str()))
        };
        ServiceData {
            name,
            zh: files.zh.as_ref().map(|(_, text)| text.as_str()),
            en: files.en.as_ref().map(|(_, text)| text.as_str()),
            history: &self.history,
            sources: &self.sources,
            public_tables: [page_of(|f| &f.zh), page_of(|f| &f.en)],
        }
    }

    /// The service's status, and the release since which it is retired.
    fn status(&self, service: &str) -> (Status, Option<String>) {
        match self.services.get(service) {
            None => (Status::Absent, None),
            Some(files) if files.zh.is_some() || files.en.is_some() => (Status::Current, None),
            Some(files) => (Status::Retired, self.data(service, files).retired_since()),
        }
    }

    /// The service's model with its retired codes, as the macro builds it; `None` when the
    /// directory does not have the service. Errors name the page they are in.
    fn model(&self, service: &str) -> Option<Result<Model, Vec<FileDiagnostic>>> {
        let files = self.services.get(service)?;
        let data = self.data(service, files);
        Some(page::service_model(&data, &[], true).map_err(|found| {
            // Find the page at fault by modelling each alone; a conflict between the pages (or
            // with the history) is reported against all of them.
            let mut located = Vec::new();
            for (path, text) in files.zh.iter().chain(&files.en) {
                if let Err(alone) = page::model(text, &[]) {
                    located.extend(alone.into_iter().map(|d| d.in_file(path)));
                }
            }
            if located.is_empty() {
                let mut places: Vec<&str> = files
                    .zh
                    .iter()
                    .chain(&files.en)
                    .map(|(path, _)| path.as_str())
                    .collect();
                let history = format!("{}/{}", self.path, format::HISTORY_FILE);
                if places.is_empty() {
                    places.push(&history);
                }
                let place = places.join(" and ");
                located.extend(found.into_iter().map(|d| d.in_file(&place)));
            }
            located
        }))
    }
}

/// Whether a directory has a service, and whether it is published.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The directory does not have it: no page, no history.
    Absent,
    /// A page of either site lists it.
    Current,
    /// Only the history has it: no site publishes it any more.
    Retired,
}

/// What happened to a service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// Only the new directory has it (minor).
    Added,
    /// Only the old directory has it: `tencent_errors!("svc")` stops compiling (major).
    Removed,
    /// Published in the old directory, retired in the new one: its enum stays (minor).
    Retired,
    /// Retired in the old directory, published in the new one (minor).
    Republished,
    /// In both, with changes.
    Changed,
    /// In both, the same enum.
    Unchanged,
    /// A page of it has errors (see the report's `errors`).
    Failed,
}

impl Change {
    /// `added`, `removed`, ... as in the JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Change::Added => "added",
            Change::Removed => "removed",
            Change::Retired => "retired",
            Change::Republished => "re-published",
            Change::Changed => "changed",
            Change::Unchanged => "unchanged",
            Change::Failed => "failed",
        }
    }
}

/// One service of a [`Report`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ServiceReport {
    /// The service name.
    pub service: String,
    /// What happened to it.
    pub change: Change,
    /// Its status in the old directory.
    pub old: Status,
    /// Its status in the new directory.
    pub new: Status,
    /// For a service retired in the new directory: the first release without it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retired_since: Option<String>,
    /// The semver verdict for its enum.
    pub level: Level,
    /// How many codes changed, by kind.
    pub counts: Counts,
    /// Codes added.
    pub added: Vec<String>,
    /// Codes whose variant is deleted.
    pub removed: Vec<String>,
    /// Codes no longer published (deprecated variants).
    pub retired: Vec<String>,
    /// Retired codes published again.
    pub republished: Vec<String>,
    /// Variants renamed.
    pub renamed: Vec<RenamedVariant>,
    /// What changed in its per-action enums, when anything did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actions: Option<ActionChanges>,
    /// The verdict's reasons, most severe first.
    pub reasons: Vec<Reason>,
}

/// How many per-action changes of each kind: actions (enums) and their codes (variants).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ActionChangeCounts {
    /// Actions new to the data (minor).
    pub actions_added: usize,
    /// Actions no longer listed: their enums stay, deprecated (minor).
    pub actions_retired: usize,
    /// Retired actions listed again (minor).
    pub actions_republished: usize,
    /// Actions the new data does not have at all: their enums disappear (major).
    pub actions_removed: usize,
    /// Codes an action lists for the first time (minor).
    pub codes_added: usize,
    /// Codes an action no longer lists: their variants stay, deprecated (minor).
    pub codes_retired: usize,
    /// Codes an action lists again (minor).
    pub codes_republished: usize,
    /// Codes an action's enum no longer has at all (major).
    pub codes_removed: usize,
}

impl ActionChangeCounts {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        *self == ActionChangeCounts::default()
    }
}

impl std::ops::AddAssign for ActionChangeCounts {
    fn add_assign(&mut self, other: ActionChangeCounts) {
        self.actions_added += other.actions_added;
        self.actions_retired += other.actions_retired;
        self.actions_republished += other.actions_republished;
        self.actions_removed += other.actions_removed;
        self.codes_added += other.codes_added;
        self.codes_retired += other.codes_retired;
        self.codes_republished += other.codes_republished;
        self.codes_removed += other.codes_removed;
    }
}

/// The code changes of one action that remains.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ActionCodeChanges {
    /// The action.
    pub action: String,
    /// Codes it lists for the first time.
    pub added: Vec<String>,
    /// Codes it no longer lists.
    pub retired: Vec<String>,
    /// Codes it lists again.
    pub republished: Vec<String>,
    /// Codes its enum no longer has.
    pub removed: Vec<String>,
}

/// What changed in a service's per-action enums.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ActionChanges {
    /// The counts.
    pub counts: ActionChangeCounts,
    /// Actions added.
    pub added: Vec<String>,
    /// Actions retired (with the first release without them).
    pub retired: Vec<String>,
    /// Actions published again.
    pub republished: Vec<String>,
    /// Actions removed.
    pub removed: Vec<String>,
    /// Per action that remains, its code changes (actions without any left out).
    pub codes: Vec<ActionCodeChanges>,
}

/// One action's state in a directory: retired or not, its current and retired codes.
struct ActionState {
    retired: bool,
    current: BTreeSet<String>,
    dropped: BTreeSet<String>,
}

fn action_states(page: &ActionPage) -> BTreeMap<String, ActionState> {
    page.actions
        .iter()
        .map(|listing| {
            let state = ActionState {
                retired: listing.retired_since.is_some(),
                current: listing.rows.iter().map(|row| row.code.clone()).collect(),
                dropped: listing
                    .retired
                    .iter()
                    .map(|code| code.code.clone())
                    .collect(),
            };
            (listing.name.clone(), state)
        })
        .collect()
}

/// The per-action changes from `old` to `new` (either may be empty).
fn action_changes(old: &ActionPage, new: &ActionPage) -> ActionChanges {
    let (before, after) = (action_states(old), action_states(new));
    let mut changes = ActionChanges::default();
    let names: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    for name in names {
        match (before.get(name), after.get(name)) {
            (None, Some(_)) => changes.added.push(name.clone()),
            (Some(_), None) => changes.removed.push(name.clone()),
            (Some(old), Some(new)) => {
                match (old.retired, new.retired) {
                    (false, true) => changes.retired.push(name.clone()),
                    (true, false) => changes.republished.push(name.clone()),
                    _ => {}
                }
                let all = |state: &ActionState| -> BTreeSet<String> {
                    state.current.union(&state.dropped).cloned().collect()
                };
                let (old_all, new_all) = (all(old), all(new));
                let codes = ActionCodeChanges {
                    action: name.clone(),
                    added: new_all.difference(&old_all).cloned().collect(),
                    retired: old.current.intersection(&new.dropped).cloned().collect(),
                    republished: old.dropped.intersection(&new.current).cloned().collect(),
                    removed: old_all.difference(&new_all).cloned().collect(),
                };
                let c = &mut changes.counts;
                c.codes_added += codes.added.len();
                c.codes_retired += codes.retired.len();
                c.codes_republished += codes.republished.len();
                c.codes_removed += codes.removed.len();
                let changed = !(codes.added.is_empty()
                    && codes.retired.is_empty()
                    && codes.republished.is_empty()
                    && codes.removed.is_empty());
                if changed {
                    changes.codes.push(codes);
                }
            }
            (None, None) => {}
        }
    }
    let c = &mut changes.counts;
    c.actions_added = changes.added.len();
    c.actions_retired = changes.retired.len();
    c.actions_republished = changes.republished.len();
    c.actions_removed = changes.removed.len();
    changes
}

/// One directory of a [`Report`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Side {
    /// The directory, as given.
    pub path: String,
    /// Its layout.
    pub layout: Layout,
    /// How many services it has (retired ones included).
    pub services: usize,
    /// The packages its `sources.tsv` lists (`"package version"`, in import order).
    pub sources: Vec<String>,
    /// Files skipped because their stem is not a service name.
    pub skipped: Vec<String>,
}

impl Side {
    fn of(snapshot: &Snapshot) -> Side {
        Side {
            path: snapshot.path.clone(),
            layout: snapshot.layout,
            services: snapshot.services.len(),
            sources: snapshot.sources(),
            skipped: snapshot.skipped.clone(),
        }
    }
}

/// The services by what happened to them, and the codes summed over all services.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Services added.
    pub added: Vec<String>,
    /// Services removed.
    pub removed: Vec<String>,
    /// Services retired.
    pub retired: Vec<String>,
    /// Services published again.
    pub republished: Vec<String>,
    /// How many services in both directories changed.
    pub changed: usize,
    /// How many services are the same.
    pub unchanged: usize,
    /// Services whose pages have errors.
    pub failed: Vec<String>,
    /// The code changes of every service, added up.
    pub codes: Counts,
    /// The per-action changes of every service, added up.
    pub actions: ActionChangeCounts,
}

/// The report on a refresh from one directory to another.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The old directory.
    pub old: Side,
    /// The new directory.
    pub new: Side,
    /// Every service of either directory, sorted by name.
    pub services: Vec<ServiceReport>,
    /// The services by change, and the code counts.
    pub summary: Summary,
    /// The overall verdict: the highest of the services'.
    pub verdict: Verdict,
    /// Problems with pages (their services are `failed`); the command prints them with its
    /// own (`errors` in the JSON).
    #[serde(skip)]
    pub errors: Vec<FileDiagnostic>,
}

impl Report {
    /// The services that changed (or failed), in name order.
    pub fn changed(&self) -> impl Iterator<Item = &ServiceReport> {
        self.services
            .iter()
            .filter(|s| s.change != Change::Unchanged)
    }

    /// Whether `--fail-on` with the level `fail_on` fails the report.
    pub fn fails_on(&self, fail_on: Option<Level>) -> bool {
        fail_on.is_some_and(|level| self.verdict.level >= level)
    }
}

/// Compares every service of `old` and `new`.
pub fn sync(old: &Snapshot, new: &Snapshot) -> Report {
    let names: BTreeSet<&str> = old.services().chain(new.services()).collect();
    let mut services = Vec::new();
    let mut errors = Vec::new();
    let mut summary = Summary::default();
    for name in names {
        let report = service(old, new, name, &mut errors);
        let list = match report.change {
            Change::Added => Some(&mut summary.added),
            Change::Removed => Some(&mut summary.removed),
            Change::Retired => Some(&mut summary.retired),
            Change::Republished => Some(&mut summary.republished),
            Change::Failed => Some(&mut summary.failed),
            Change::Changed => {
                summary.changed += 1;
                None
            }
            Change::Unchanged => {
                summary.unchanged += 1;
                None
            }
        };
        if let Some(list) = list {
            list.push(name.to_owned());
        }
        summary.codes += report.counts;
        if let Some(actions) = &report.actions {
            summary.actions += actions.counts;
        }
        services.push(report);
    }
    let verdict = overall(&services);
    Report {
        old: Side::of(old),
        new: Side::of(new),
        services,
        summary,
        verdict,
        errors,
    }
}

/// The level of what changed for `service` between `old` and `new` (the service crates'
/// version bump); a page with errors counts as major, to be looked at.
pub fn service_level(old: &Snapshot, new: &Snapshot, service: &str) -> Level {
    let mut errors = Vec::new();
    let report = self::service(old, new, service, &mut errors);
    if errors.is_empty() {
        report.level
    } else {
        Level::Major
    }
}

/// One service's report; its page errors go to `errors`.
fn service(
    old: &Snapshot,
    new: &Snapshot,
    name: &str,
    errors: &mut Vec<FileDiagnostic>,
) -> ServiceReport {
    let (old_status, _) = old.status(name);
    let (new_status, retired_since) = new.status(name);
    let mut report = ServiceReport {
        service: name.to_owned(),
        change: Change::Failed,
        old: old_status,
        new: new_status,
        retired_since,
        level: Level::None,
        counts: Counts::default(),
        added: Vec::new(),
        removed: Vec::new(),
        retired: Vec::new(),
        republished: Vec::new(),
        renamed: Vec::new(),
        actions: None,
        reasons: Vec::new(),
    };
    let before = read(old.model(name), errors, empty_model);
    let after = read(new.model(name), errors, empty_model);
    let (Some(before), Some(after)) = (before, after) else {
        report
            .reasons
            .push(Reason::unranked("the service's pages have errors"));
        return report;
    };
    fold_codes(&mut report, diff(&before, &after));
    let empty = || ActionPage {
        actions: Vec::new(),
    };
    match (
        read(old.actions(name), errors, empty),
        read(new.actions(name), errors, empty),
    ) {
        (Some(before), Some(after)) => {
            let changes = action_changes(&before, &after);
            if !changes.counts.is_empty() {
                action_reasons(&mut report, &changes.counts);
                report.actions = Some(changes);
            }
        }
        _ => {
            report.level = report.level.max(Level::Major);
            report.reasons.insert(
                0,
                Reason::new(Level::Major, "the service's action pages have errors"),
            );
        }
    }
    fold_status(&mut report);
    report
}

/// What a directory has of a service: `absent()` when nothing, `None` when it has errors (they
/// go to `errors`).
fn read<T>(
    found: Option<Result<T, Vec<FileDiagnostic>>>,
    errors: &mut Vec<FileDiagnostic>,
    absent: impl FnOnce() -> T,
) -> Option<T> {
    match found {
        None => Some(absent()),
        Some(Ok(value)) => Some(value),
        Some(Err(found)) => {
            errors.extend(found);
            None
        }
    }
}

/// Takes the changes of the service's codes, and their verdict, into its report.
fn fold_codes(report: &mut ServiceReport, d: Diff) {
    report.counts = d.counts();
    let codes = |list: &[crate::diff::Code]| list.iter().map(|c| c.code.clone()).collect();
    report.added = codes(&d.added);
    report.removed = codes(&d.removed);
    report.republished = codes(&d.republished);
    report.retired = d.retired.iter().map(|c| c.code.clone()).collect();
    report.renamed = d.renamed;
    report.level = d.verdict.level;
    report.reasons = d.verdict.reasons;
}

/// Classifies the service's change from its status in both directories, with the level and
/// the reason a new, removed, retired or re-published service adds.
fn fold_status(report: &mut ServiceReport) {
    let name = &report.service;
    let since = report
        .retired_since
        .as_ref()
        .map(|since| format!(" (since {since})"))
        .unwrap_or_default();
    let (change, level, reason) = match (report.old, report.new) {
        (_, Status::Absent) => (
            Change::Removed,
            Level::Major,
            Some(format!(
                "the service is no longer bundled; `tencent_errors!(\"{name}\")` stops compiling"
            )),
        ),
        (Status::Absent, Status::Retired) => (
            Change::Added,
            Level::Minor,
            Some(format!("a new service, already no longer published{since}")),
        ),
        (Status::Absent, Status::Current) => (
            Change::Added,
            Level::Minor,
            Some("a new service".to_owned()),
        ),
        (Status::Current, Status::Retired) => (
            Change::Retired,
            Level::Minor,
            Some(format!(
                "the service is no longer published{since}; its enum stays, its codes deprecated"
            )),
        ),
        (Status::Retired, Status::Current) => (
            Change::Republished,
            Level::Minor,
            Some("the service is published again".to_owned()),
        ),
        _ if report.level == Level::None => (Change::Unchanged, Level::None, None),
        _ => (Change::Changed, Level::None, None),
    };
    report.change = change;
    report.level = report.level.max(level);
    if let Some(reason) = reason {
        if report.reasons.first().is_some_and(|r| r.is(Level::None)) {
            report.reasons.clear();
        }
        // Most severe first: a major reason leads, a minor one goes after the major ones.
        let at = match level {
            Level::Major => 0,
            _ => report
                .reasons
                .iter()
                .position(|r| !r.is(Level::Major))
                .unwrap_or(report.reasons.len()),
        };
        report.reasons.insert(at, Reason::new(level, reason));
    }
}

/// Folds the per-action changes into a service's verdict and reasons.
fn action_reasons(report: &mut ServiceReport, c: &ActionChangeCounts) {
    if report.reasons.first().is_some_and(|r| r.is(Level::None)) {
        report.reasons.clear();
    }
    if c.actions_removed + c.codes_removed > 0 {
        report.level = report.level.max(Level::Major);
        report.reasons.insert(
            0,
            Reason::new(
                Level::Major,
                format!(
                    "per-action enums: {} and {} deleted",
                    plural(c.actions_removed, "enum", "enums"),
                    plural(c.codes_removed, "variant", "variants")
                ),
            ),
        );
    }
    let minor = c.actions_added
        + c.actions_retired
        + c.actions_republished
        + c.codes_added
        + c.codes_retired
        + c.codes_republished;
    if minor > 0 {
        report.level = report.level.max(Level::Minor);
        report.reasons.push(Reason::new(
            Level::Minor,
            format!(
                "per-action enums: {} added, {} retired (deprecated), {} re-published; codes \
             of actions: {} added, {} retired (deprecated), {} re-published",
                c.actions_added,
                c.actions_retired,
                c.actions_republished,
                c.codes_added,
                c.codes_retired,
                c.codes_republished
            ),
        ));
    }
}

/// The model of a service a directory does not have.
fn empty_model() -> Model {
    Model {
        codes: Vec::new(),
        merged: Vec::new(),
        warnings: Vec::new(),
    }
}

/// The overall verdict: the highest level, and per level the services that reach it.
fn overall(services: &[ServiceReport]) -> Verdict {
    let level = services
        .iter()
        .map(|s| s.level)
        .max()
        .unwrap_or(Level::None);
    let mut reasons = Vec::new();
    for (at, what) in [
        (
            Level::Major,
            "variants deleted or renamed, per-action enums or variants deleted, or the service \
             no longer bundled",
        ),
        (
            Level::Minor,
            "codes, services or per-action enums added, retired or published again",
        ),
        (Level::Patch, "descriptions changed"),
    ] {
        let names: Vec<String> = services
            .iter()
            .filter(|s| s.level == at)
            .map(|s| quoted(&s.service))
            .collect();
        if !names.is_empty() {
            reasons.push(Reason::new(
                at,
                format!(
                    "{} ({}): {what}",
                    plural(names.len(), "service", "services"),
                    some_of(names.into_iter())
                ),
            ));
        }
    }
    if reasons.is_empty() {
        reasons.push(Reason::new(Level::None, "no service's enum changes"));
    }
    Verdict { level, reasons }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overall_names_the_services_per_level() {
        let service = |name: &str, level: Level| ServiceReport {
            service: name.to_owned(),
            change: Change::Changed,
            old: Status::Current,
            new: Status::Current,
            retired_since: None,
            level,
            counts: Counts::default(),
            added: Vec::new(),
            removed: Vec::new(),
            retired: Vec::new(),
            republished: Vec::new(),
            renamed: Vec::new(),
            actions: None,
            reasons: Vec::new(),
        };
        let verdict = overall(&[
            service("a", Level::Minor),
            service("b", Level::Patch),
            service("c", Level::Minor),
        ]);
        assert_eq!(verdict.level, Level::Minor);
        assert_eq!(
            verdict.reasons,
            [
                "minor: 2 services (`a`, `c`): codes, services or per-action enums added, retired or published again",
                "patch: 1 service (`b`): descriptions changed"
            ]
        );
        assert_eq!(overall(&[]).level, Level::None);
    }
}
