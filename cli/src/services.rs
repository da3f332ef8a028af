//! `tencent-errors services`: one crate per bundled service (`services/<service>/`), each a
//! library that invokes `tencent_errors!` with every action on a copy of its service's part of
//! the data, so that an SDK depends on the enums compiled once, and docs.rs has a page per
//! service.
//!
//! The tree is planned in memory ([`plan`]) and then written ([`write()`]), so that a test can
//! compare the checked-in tree with the plan without writing anything.
//!
//! - **Which services.** Every service a site publishes (a page in `zh/` or `en/`). A service no
//!   site publishes any more keeps the crate it has (nothing a user depends on disappears), and
//!   gets none if it never had one: a new crate for an API nobody can call helps no one, and the
//!   macro still expands it (`docs/versioning.md`).
//! - **Pinned data.** Each crate carries its service's part of the data (`data/`, the layout of
//!   `codegen/data/`) and expands it with `data = "data"`, so that its public items change only
//!   when its own version does, whatever `tencent-errors` release `cargo update` picks.
//! - **Versions.** A new crate is 1.0.0. When the data or the generated files change, the
//!   version takes the level `sync` reports for the service (`docs/versioning.md`); a generated
//!   file that changed with no data change is a patch; nothing changed, no new version.
//! - **The tree.** A directory of the output that is not a generated crate is reported, never
//!   deleted. Inside a generated crate, files the plan does not have are deleted.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;
use tencent_errors_codegen::format::{
    self, Dataset, Site, ACTION_HISTORY_FILE, HISTORY_FILE, SOURCES_FILE,
};
use tencent_errors_codegen::{ActionCode, ActionModel, DataDirectory};

use crate::diagnostic::FileDiagnostic;
use crate::diff::Level;
use crate::page::{self, markdown_files, ActionSelection, Page, Request};
use crate::sync::Snapshot;

/// The files a crate's library reads its data from, relative to the crate.
const DATA_DIR: &str = "data";

/// The module of the per-action enums in every service crate.
const ACTIONS_MODULE: &str = "actions";

/// A crate's version before its first release.
const FIRST_VERSION: [u64; 3] = [1, 0, 0];

/// One service's crate, planned.
#[derive(Clone, Debug, Serialize)]
pub struct PlannedCrate {
    /// The service.
    pub service: String,
    /// The package name, `tencent-errors-<service>`.
    pub package: String,
    /// Its version.
    pub version: String,
    /// Its version in the output tree before this run, if it was there.
    pub previous: Option<String>,
    /// What changed since then, as `sync` rates it (`none` for a new or unchanged crate).
    pub level: Level,
    /// Whether the service is still published (a retired service's crate is kept).
    pub current: bool,
    /// The files, relative to the crate's directory, with their contents.
    #[serde(skip)]
    pub files: BTreeMap<String, String>,
}

/// What [`plan`] found: the crates, and the directories of the output that are none of them.
#[derive(Debug, Default, Serialize)]
pub struct Plan {
    /// The crates, by service name.
    pub crates: Vec<PlannedCrate>,
    /// Directories of the output tree that are not a bundled service's crate: reported, kept.
    pub foreign: Vec<String>,
}

/// What [`write()`] changed.
#[derive(Debug, Default, Serialize)]
pub struct Written {
    /// Files written (new or changed), relative to the output directory.
    pub written: Vec<String>,
    /// Files of generated crates that the plan no longer has, deleted.
    pub deleted: Vec<String>,
}

/// One service's part of a data directory, as files of a crate's `data/`.
struct Slice {
    /// Path relative to `data/` → text.
    files: BTreeMap<String, String>,
}

/// The whole data directory, read once.
struct Data {
    /// `zh/`, `en/`, `actions/` pages by service.
    pages: [BTreeMap<String, String>; 3],
    history: String,
    action_history: String,
    sources: String,
}

impl Data {
    fn read(dir: &Path) -> Result<Data, Vec<FileDiagnostic>> {
        let shown = |path: &Path| path.display().to_string();
        let read = |path: &Path| {
            page::read(path).map_err(|found| {
                found
                    .into_iter()
                    .map(|d| d.in_file(&shown(path)))
                    .collect::<Vec<_>>()
            })
        };
        if !dir.join(HISTORY_FILE).is_file() || !dir.join(SOURCES_FILE).is_file() {
            return Err(vec![FileDiagnostic::whole(
                &shown(dir),
                format!(
                    "not a data directory: it has no `{HISTORY_FILE}` and `{SOURCES_FILE}` (give \
                     the bundled data, `codegen/data`, or a directory of its layout)"
                ),
            )]);
        }
        let mut pages: [BTreeMap<String, String>; 3] = Default::default();
        for (at, dataset) in Dataset::ALL.into_iter().enumerate() {
            let folder = dir.join(dataset.dir());
            if !folder.is_dir() {
                continue;
            }
            let names = markdown_files(&folder).map_err(|error| {
                vec![FileDiagnostic::whole(
                    &shown(&folder),
                    format!("cannot list the directory: {error}"),
                )]
            })?;
            for name in names {
                let Some(service) = name.strip_suffix(".md") else {
                    continue;
                };
                if format::check_service_name(service).is_err() {
                    continue;
                }
                pages[at].insert(service.to_owned(), read(&folder.join(&name))?);
            }
        }
        let action_history = dir.join(ACTION_HISTORY_FILE);
        Ok(Data {
            pages,
            history: read(&dir.join(HISTORY_FILE))?,
            action_history: if action_history.is_file() {
                read(&action_history)?
            } else {
                String::new()
            },
            sources: read(&dir.join(SOURCES_FILE))?,
        })
    }

    /// Every service the data knows (a page, or rows of its history), sorted.
    fn services(&self) -> BTreeSet<String> {
        let mut services: BTreeSet<String> = self.pages[..2]
            .iter()
            .flat_map(|pages| pages.keys().cloned())
            .collect();
        services.extend(
            format::services_in(&self.history, 1)
                .into_iter()
                .map(str::to_owned),
        );
        services
    }

    /// Whether a site publishes `service`.
    fn is_current(&self, service: &str) -> bool {
        self.pages[..2]
            .iter()
            .any(|pages| pages.contains_key(service))
    }

    /// `service`'s part of the data, in the layout of the data directory.
    fn slice(&self, service: &str) -> Slice {
        let mut files = BTreeMap::new();
        for (at, dataset) in Dataset::ALL.into_iter().enumerate() {
            if let Some(text) = self.pages[at].get(service) {
                files.insert(dataset.page(service), text.clone());
            }
        }
        // A service no site publishes: a current page of each site stands in for its public
        // table, as for the bundled data (the first in byte order of the names).
        for (at, site) in Site::ALL.into_iter().enumerate() {
            if self.pages[at].contains_key(service) || self.is_current(service) {
                continue;
            }
            if let Some((other, text)) = self.pages[at].iter().next() {
                files.insert(Dataset::Site(site).page(other), text.clone());
            }
        }
        files.insert(HISTORY_FILE.to_owned(), rows_for(&self.history, 1, service));
        let actions = rows_for(&self.action_history, 0, service);
        if actions.lines().count() > 1 {
            files.insert(ACTION_HISTORY_FILE.to_owned(), actions);
        }
        files.insert(SOURCES_FILE.to_owned(), self.sources.clone());
        Slice { files }
    }
}

/// The header line of the table `text` and its rows whose cell `column` is `service`.
fn rows_for(text: &str, column: usize, service: &str) -> String {
    let mut lines = text.lines();
    let mut out = String::new();
    if let Some(header) = lines.next() {
        out.push_str(header);
        out.push('\n');
    }
    for line in lines {
        if line.split('\t').nth(column) == Some(service) {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The counts and the example the crate's docs give, from the model the macro builds.
struct Facts {
    enum_name: String,
    codes: usize,
    retired_codes: usize,
    actions: usize,
    retired_actions: usize,
    /// The action of the docs' example and, when it lists one, a current code of its own
    /// (`(variant, code)`); `None` without per-action data.
    example: Option<(String, Option<(String, String)>)>,
    /// A current code of the service (`(variant, code)`), for an example without one.
    first_code: Option<(String, String)>,
    retired_since: Option<String>,
}

/// Builds the crate's expansion as the macro will (so a crate that would not compile is an
/// error here) and reads its facts.
fn facts(service: &str, slice: &Slice) -> Result<Facts, Vec<FileDiagnostic>> {
    let page_of = |relative: &str| {
        slice.files.get(relative).map(|text| Page {
            name: format!("{DATA_DIR}/{relative}"),
            text: text.clone(),
            track: None,
        })
    };
    let site_pages = |site: Site| {
        let folder = format!("{site}/");
        slice
            .files
            .keys()
            .filter_map(|path| path.strip_prefix(&folder).map(str::to_owned))
            .collect()
    };
    let read = |relative: &str| Ok::<_, std::convert::Infallible>(page_of(relative));
    let data = match DataDirectory::read(DATA_DIR, service, read, site_pages) {
        Ok(data) => data,
        Err(never) => match never {},
    };
    let has_actions = data.has_actions();
    let mut request = Request::new(service);
    request.data = Some(data);
    if has_actions {
        request.actions = Some(ActionSelection::All);
    }
    let built = page::build(&request)?;
    let codes = &built.model.codes;
    let retired_codes = codes.iter().filter(|c| c.retired_since.is_some()).count();
    let models = built
        .actions
        .as_ref()
        .map_or(&[][..], |a| a.models.as_slice());
    let retired_actions = models.iter().filter(|a| a.retired_since.is_some()).count();
    let example = has_actions.then(|| example_action(models));
    Ok(Facts {
        enum_name: built.target.name.to_string(),
        codes: codes.len() - retired_codes,
        retired_codes,
        actions: models.len() - retired_actions,
        retired_actions,
        example: example.filter(|(action, _)| !action.is_empty()),
        first_code: codes
            .iter()
            .find(|code| code.retired_since.is_none())
            .map(|code| (code.variant.clone(), code.code.clone())),
        retired_since: built.target.retired_since.clone(),
    })
}

/// The action of the docs' example: the current one that lists the most current codes (the
/// first of those: a call like RunInstances, whose codes a reader most wants to see), with its
/// first such code as `(variant, code)`; else the first current action, with none.
fn example_action(models: &[ActionModel]) -> (String, Option<(String, String)>) {
    fn listed_codes(action: &ActionModel) -> Vec<&ActionCode> {
        action
            .codes
            .iter()
            .filter(|code| {
                code.dropped_since.is_none()
                    && code.retired_since.is_none()
                    && code.service_index.is_some()
            })
            .collect()
    }
    let current = || models.iter().filter(|a| a.retired_since.is_none());
    let mut listed: Option<(&ActionModel, Vec<&ActionCode>)> = None;
    for action in current() {
        let codes = listed_codes(action);
        if listed.as_ref().map_or(0, |(_, most)| most.len()) < codes.len() {
            listed = Some((action, codes));
        }
    }
    match listed {
        Some((action, codes)) => (
            action.name.clone(),
            Some((codes[0].variant.clone(), codes[0].code.clone())),
        ),
        None => (
            current()
                .chain(models)
                .next()
                .map_or_else(String::new, |a| a.name.clone()),
            None,
        ),
    }
}

/// Plans the crates of `only` (every service the data publishes, and those with a crate in
/// `out`, when empty) from the data directory `data`; `out` is read for the versions and the
/// files already there.
pub fn plan(data: &Path, out: &Path, only: &[String]) -> Result<Plan, Vec<FileDiagnostic>> {
    let read = Data::read(data)?;
    let known = read.services();
    let existing = existing_crates(out)?;
    let mut errors = Vec::new();
    for service in only {
        if !known.contains(service) {
            errors.push(FileDiagnostic::whole(
                &data.display().to_string(),
                unknown_service(service, &known),
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let wanted: Vec<&String> = if only.is_empty() {
        known
            .iter()
            .filter(|service| read.is_current(service) || existing.contains(*service))
            .collect()
    } else {
        only.iter().collect()
    };
    let mut plan = Plan {
        foreign: existing
            .iter()
            .filter(|name| !known.contains(*name))
            .map(|name| out.join(name).display().to_string())
            .collect(),
        ..Plan::default()
    };
    let mut versions = Versions {
        data,
        snapshot: None,
    };
    for service in wanted {
        let slice = read.slice(service);
        let facts = match facts(service, &slice) {
            Ok(facts) => facts,
            Err(found) => {
                errors.extend(found);
                continue;
            }
        };
        let mut files = BTreeMap::new();
        for (path, text) in &slice.files {
            files.insert(format!("{DATA_DIR}/{path}"), text.clone());
        }
        files.insert("src/lib.rs".to_owned(), library(service, &facts, &read));
        let dir = out.join(service);
        let previous = previous_version(&dir);
        let (version, level) = match previous {
            None => (FIRST_VERSION, Level::None),
            Some(previous) => {
                let level =
                    versions.level(&dir, service, &files, &manifest(service, &facts, previous))?;
                (bump(previous, level), level)
            }
        };
        files.insert("Cargo.toml".to_owned(), manifest(service, &facts, version));
        plan.crates.push(PlannedCrate {
            service: service.clone(),
            package: package_name(service),
            version: version_string(version),
            previous: previous.map(version_string),
            level,
            current: read.is_current(service),
            files,
        });
    }
    if errors.is_empty() {
        Ok(plan)
    } else {
        Err(errors)
    }
}

/// How much a crate changed, for its version: the data directory, and its snapshot for `sync`'s
/// comparison, read when first needed.
struct Versions<'a> {
    data: &'a Path,
    snapshot: Option<Snapshot>,
}

impl Versions<'_> {
    /// What changed in the crate at `dir` if it became `files` and `manifest` (at its old
    /// version): `sync`'s level for the service when its data changed; at least a patch when a
    /// generated file did.
    fn level(
        &mut self,
        dir: &Path,
        service: &str,
        files: &BTreeMap<String, String>,
        manifest: &str,
    ) -> Result<Level, Vec<FileDiagnostic>> {
        let changed = |path: &str, text: &str| {
            std::fs::read_to_string(dir.join(path)).ok().as_deref() != Some(text)
        };
        let (data, code): (Vec<_>, Vec<_>) = files
            .iter()
            .partition(|(path, _)| path.starts_with(DATA_DIR));
        let data_changed = data.iter().any(|(path, text)| changed(path, text))
            || stale_files(dir, files)
                .iter()
                .any(|path| path.starts_with(DATA_DIR));
        let code_changed =
            changed("Cargo.toml", manifest) || code.iter().any(|(path, text)| changed(path, text));
        let mut level = Level::None;
        if data_changed {
            let new = match &self.snapshot {
                Some(snapshot) => snapshot,
                None => self.snapshot.insert(Snapshot::read(self.data)?),
            };
            let old = Snapshot::read(&dir.join(DATA_DIR))?;
            level = crate::sync::service_level(&old, new, service);
        }
        if code_changed {
            level = level.max(Level::Patch);
        }
        Ok(level)
    }
}

/// Writes the crates of `plan` into `out`: files whose contents differ, and deletes the files
/// of a planned crate that the plan does not have. Directories that are no crate are left.
pub fn write(plan: &Plan, out: &Path) -> Result<Written, Vec<FileDiagnostic>> {
    let mut written = Written::default();
    let fail = |path: &Path, error: std::io::Error| {
        vec![FileDiagnostic::whole(
            &path.display().to_string(),
            format!("cannot write: {error}"),
        )]
    };
    for planned in &plan.crates {
        let dir = out.join(&planned.service);
        for stale in stale_files(&dir, &planned.files) {
            let path = dir.join(&stale);
            std::fs::remove_file(&path).map_err(|e| fail(&path, e))?;
            written.deleted.push(format!("{}/{stale}", planned.service));
        }
        for (relative, text) in &planned.files {
            let path = dir.join(relative);
            if std::fs::read_to_string(&path).ok().as_deref() == Some(text.as_str()) {
                continue;
            }
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| fail(parent, e))?;
            }
            std::fs::write(&path, text).map_err(|e| fail(&path, e))?;
            written
                .written
                .push(format!("{}/{relative}", planned.service));
        }
    }
    Ok(written)
}

/// The differences between `plan` and the tree in `out`, as `service/file` paths: files to
/// write, and files of a planned crate to delete. Empty: the tree is current.
pub fn stale(plan: &Plan, out: &Path) -> Vec<String> {
    let mut stale = Vec::new();
    for planned in &plan.crates {
        let dir = out.join(&planned.service);
        for (relative, text) in &planned.files {
            if std::fs::read_to_string(dir.join(relative)).ok().as_deref() != Some(text.as_str()) {
                stale.push(format!("{}/{relative}", planned.service));
            }
        }
        for extra in stale_files(&dir, &planned.files) {
            stale.push(format!("{}/{extra} (not generated)", planned.service));
        }
    }
    stale
}

/// The files under a crate's `src/` and `data/` that `files` does not have.
fn stale_files(dir: &Path, files: &BTreeMap<String, String>) -> Vec<String> {
    let mut found = Vec::new();
    for top in ["src", DATA_DIR] {
        let mut pending = vec![PathBuf::from(top)];
        while let Some(relative) = pending.pop() {
            let Ok(entries) = std::fs::read_dir(dir.join(&relative)) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = relative.join(entry.file_name());
                if entry.path().is_dir() {
                    pending.push(path);
                } else {
                    let shown = path.to_string_lossy().replace('\\', "/");
                    if !files.contains_key(&shown) {
                        found.push(shown);
                    }
                }
            }
        }
    }
    found.sort();
    found
}

/// The directories directly in `out`, by name (`out` missing: none).
fn existing_crates(out: &Path) -> Result<BTreeSet<String>, Vec<FileDiagnostic>> {
    let Ok(entries) = std::fs::read_dir(out) else {
        return Ok(BTreeSet::new());
    };
    let mut names = BTreeSet::new();
    for entry in entries.flatten() {
        if entry.path().is_dir() {
            names.insert(entry.file_name().to_string_lossy().into_owned());
        }
    }
    Ok(names)
}

fn unknown_service(service: &str, known: &BTreeSet<String>) -> String {
    let mut scored: Vec<(usize, &str)> = known
        .iter()
        .map(|name| (page::edit_distance(service, name), name.as_str()))
        .filter(|&(distance, name)| {
            distance <= 2.max(service.len() / 3) || name.starts_with(service)
        })
        .collect();
    scored.sort();
    let similar: Vec<String> = scored
        .iter()
        .take(3)
        .map(|(_, name)| format!("`{name}`"))
        .collect();
    let hint = match similar.as_slice() {
        [] => String::new(),
        [one] => format!("; did you mean {one}?"),
        many => format!("; did you mean one of {}?", many.join(", ")),
    };
    format!(
        "no service `{service}` in the data{hint} ({} services)",
        known.len()
    )
}

fn package_name(service: &str) -> String {
    format!("tencent-errors-{}", service.replace('_', "-"))
}

fn version_string([major, minor, patch]: [u64; 3]) -> String {
    format!("{major}.{minor}.{patch}")
}

/// The `version = "x.y.z"` of the crate's `Cargo.toml`, if there is one.
fn previous_version(dir: &Path) -> Option<[u64; 3]> {
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).ok()?;
    let line = manifest
        .lines()
        .find_map(|line| line.strip_prefix("version = \""))?;
    let parts = format::parse_version(line.trim_end_matches('"')).ok()?;
    match parts.as_slice() {
        &[major, minor, patch] => Some([major, minor, patch]),
        _ => None,
    }
}

/// `version` raised by `level`.
fn bump([major, minor, patch]: [u64; 3], level: Level) -> [u64; 3] {
    match level {
        Level::None => [major, minor, patch],
        Level::Patch => [major, minor, patch + 1],
        Level::Minor => [major, minor + 1, 0],
        Level::Major => [major + 1, 0, 0],
    }
}

/// Which sites publish the service, for its docs.
fn sites(service: &str, data: &Data) -> &'static str {
    match (
        data.pages[0].contains_key(service),
        data.pages[1].contains_key(service),
    ) {
        (true, true) => {
            "the Chinese site (cloud.tencent.com) and the international site (tencentcloud.com)"
        }
        (true, false) => "the Chinese site (cloud.tencent.com) only",
        (false, true) => "the international site (tencentcloud.com) only",
        (false, false) => "no site any more",
    }
}

/// The crate's `Cargo.toml`.
fn manifest(service: &str, facts: &Facts, version: [u64; 3]) -> String {
    let package = package_name(service);
    let runtime = env!("CARGO_PKG_VERSION");
    let mut keywords = vec!["tencent", "tencentcloud", "error-codes"];
    let keyword_ok = service.len() <= 20 && !keywords.contains(&service);
    if keyword_ok {
        keywords.push(service);
    }
    let keywords: Vec<String> = keywords.iter().map(|k| format!("\"{k}\"")).collect();
    format!(
        r#"# Generated by `tencent-errors services` from the bundled data: do not edit, rerun it.
[package]
name = "{package}"
version = "{version}"
description = "Typed error codes of the Tencent Cloud API `{service}`: `{name}`, and one enum per API action, from the data of tencent-errors."
documentation = "https://docs.rs/{package}"
keywords = [{keywords}]
categories = ["api-bindings"]
include = ["/Cargo.toml", "/src", "/data"]
edition.workspace = true
rust-version.workspace = true
license.workspace = true
repository.workspace = true

[package.metadata.docs.rs]
targets = ["x86_64-unknown-linux-gnu"]
all-features = true

[lib]
# `cargo test --workspace` builds no service crate: examples/service-crate runs the docs'
# example of a few, `benches/services.sh` builds them all (docs/benchmarks.md).
test = false
doctest = false

[features]
default = ["decode", "serde", "descriptions"]
## `tencent_errors::decode` and its types.
decode = ["tencent-errors/decode"]
## Serialize/Deserialize the enums as their code strings.
serde = ["tencent-errors/serde"]
## Each code's descriptions in the binary (`description()`, `Display`).
descriptions = ["tencent-errors/descriptions"]

[dependencies]
tencent-errors = {{ version = "{runtime}", path = "../..", default-features = false }}

[dev-dependencies]
serde_json = "1"
"#,
        name = facts.enum_name,
        version = version_string(version),
        keywords = keywords.join(", "),
    )
}

/// The crate's `src/lib.rs`: its docs (the service's reference page) and the macro call.
fn library(service: &str, facts: &Facts, data: &Data) -> String {
    let mut out = String::from(
        "// Generated by `tencent-errors services` from the bundled data: do not edit, rerun it.\n",
    );
    for line in crate_docs(service, facts, data).trim_end().lines() {
        if line.is_empty() {
            out.push_str("//!\n");
        } else {
            let _ = writeln!(out, "//! {line}");
        }
    }
    out.push_str("#![deny(missing_docs)]\n#![forbid(unsafe_code)]\n\n");
    let actions = match facts.example {
        Some(_) => format!(", actions = *, actions_mod = {ACTIONS_MODULE}"),
        None => String::new(),
    };
    let _ = writeln!(
        out,
        "tencent_errors::tencent_errors!(\"{service}\", data = \"{DATA_DIR}\"{actions});"
    );
    out
}

/// The crate docs in markdown: what the crate has, the service's facts, an example, when to
/// use the crate.
fn crate_docs(service: &str, facts: &Facts, data: &Data) -> String {
    let name = &facts.enum_name;
    let mut doc = format!(
        "The error codes of the Tencent Cloud API `{service}`, typed: [`{name}`] has a variant \
         per code the service's pages list,\n"
    );
    let codes = format!(
        "| codes | {}, and {} no longer published (deprecated) |\n",
        facts.codes, facts.retired_codes
    );
    let actions = match facts.example {
        Some(_) => {
            doc.push_str(&format!(
                "and [`{ACTIONS_MODULE}`] has one enum per API action with the codes its API \
                 page lists.\n"
            ));
            format!(
                "| actions | {}, and {} no longer listed (deprecated) |\n",
                facts.actions, facts.retired_actions
            )
        }
        None => {
            doc.push_str(&format!(
                "Tencent's SDK lists no codes per action for this service, so the crate has no \
                 `{ACTIONS_MODULE}` module.\n"
            ));
            String::new()
        }
    };
    let sources: Vec<String> = format::read_sources(&data.sources)
        .unwrap_or_default()
        .into_iter()
        .map(|source| format!("{} {}", source.package, source.version))
        .collect();
    let _ = write!(
        doc,
        "\n| service | `{service}` |\n|---|---|\n| published by | {} |\n{codes}{actions}\
         | from | {} |\n",
        sites(service, data),
        sources.join(", ")
    );
    if let Some(since) = &facts.retired_since {
        let _ = writeln!(
            doc,
            "\n**No longer published** since {since}: the crate stays, its codes are \
             deprecated variants."
        );
    }
    let _ = write!(
        doc,
        "\n{}\
         Depend on this crate when the bundled data serves you: its enums are compiled once, \
         here, so your rebuilds stay as fast as without them. Invoke \
         [`tencent_errors!`](tencent_errors::tencent_errors) in your crate instead for pages of \
         your own, a few actions, or names of your own (the guide of \
         [`tencent-errors`](https://docs.rs/tencent-errors) says when).\n\n\
         Features (all on by default) turn on those of `tencent-errors`: `decode`, `serde`, \
         `descriptions`. The version follows the data: a code or an action added or retired \
         is a minor release, a changed description a patch (`docs/versioning.md`).\n",
        example(service, facts)
    );
    doc
}

/// The docs' example: a response decoded into a per-action enum (into the service enum for a
/// service without per-action data), as a section with its heading.
fn example(service: &str, facts: &Facts) -> String {
    let name = &facts.enum_name;
    let crate_name = format!("tencent_errors_{service}");
    let body = |code: &str| {
        format!(
            "let body = br#\"{{\"Response\": {{\"Error\": {{\"Code\": \"{code}\",\n    \
             \"Message\": \"...\"}}, \"RequestId\": \"1f2e\"}}}}\"#;"
        )
    };
    let Some((action, listed)) = &facts.example else {
        return format!(
            "# Decoding a response\n\n```\nuse tencent_errors::{{decode, ResponseError}};\n\
             use {crate_name}::{name};\n\n{}\n\
             match decode::<serde_json::Value, {name}>(body) {{\n    \
             Err(ResponseError::Api(error)) => assert_eq!(error.code.code(), \"InternalError\"),\n    \
             other => panic!(\"{{other:?}}\"),\n}}\n```\n\n",
            body("InternalError")
        );
    };
    let (code, pattern) = match (listed, &facts.first_code) {
        (Some((variant, code)), _) => (code.clone(), format!("{action}Error::{variant}")),
        (None, Some((variant, code))) => (
            code.clone(),
            format!("{action}Error::Other({name}::{variant})"),
        ),
        (None, None) => (
            "NoSuchCode".to_owned(),
            format!("{action}Error::Other({name}::Unknown(_))"),
        ),
    };
    format!(
        "# Decoding a response of `{action}`\n\n```\nuse tencent_errors::{{decode, ResponseError}};\n\
         use {crate_name}::{ACTIONS_MODULE}::{action}Error;\nuse {crate_name}::{name};\n\n{}\n\
         match decode::<serde_json::Value, {action}Error>(body) {{\n    \
         Err(ResponseError::Api(error)) => {{\n        \
         assert!(matches!(error.code, {pattern}));\n        \
         assert_eq!(error.request_id.as_deref(), Some(\"1f2e\"));\n        \
         // Every per-action enum converts into the service enum.\n        \
         let _: {name} = error.code.into();\n    }}\n    \
         other => panic!(\"{{other:?}}\"),\n}}\n```\n\n",
        body(&code)
    )
}
