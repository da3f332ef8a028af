//! The per-action half of the data directory: `actions/<svc>.md` (what the newest Go SDK
//! release lists per action) and `action-history.tsv` (what earlier releases listed), merged
//! one Go release at a time. The format is owned by `tencent_errors_codegen::format`; the page
//! template is here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Serialize;
use tencent_errors_codegen::format::{
    self, compare_versions, ActionHistory, ActionPages, Dataset, ReleaseSpan, Source, WHOLE,
};

use super::gosdk::{ActionCodes, Actions, GoRelease};
use super::{pages_in, read_optional, write_if_changed, ImportError};

/// The line under an action's heading when it lists codes.
const LISTED: &str = "以下仅列出了接口业务逻辑相关的错误码，其他错误码详见公共错误码。";
/// The line under an action's heading when it lists none.
const NONE_LISTED: &str = "该接口没有业务错误码。";
/// The paragraph under the page's title.
const INTRO: &str = "每个接口的 API 文档在“4. 错误码”一节列出该接口业务逻辑相关的错误码，本页按接口汇总。公共错误码适用于所有接口，见服务的错误码页面。";
/// The header and delimiter rows of an action's table.
const TABLE_HEAD: &str = "| 错误码 | 描述 |\n|---|---|\n";

/// The action page of a service: one `## Action` section per action in byte order, its codes
/// in byte order.
pub fn render(service: &str, actions: &Actions) -> String {
    let mut out = format!("# {service} 各接口错误码\n\n{INTRO}\n");
    for (action, codes) in actions {
        out.push_str("\n## ");
        out.push_str(action);
        out.push_str("\n\n");
        if codes.is_empty() {
            out.push_str(NONE_LISTED);
            out.push('\n');
            continue;
        }
        out.push_str(LISTED);
        out.push_str("\n\n");
        out.push_str(TABLE_HEAD);
        for (code, description) in codes {
            out.push_str("| ");
            out.push_str(code);
            out.push_str(" | ");
            out.push_str(
                &description
                    .as_deref()
                    .unwrap_or("")
                    .trim()
                    .replace('|', "\\|"),
            );
            out.push_str(" |\n");
        }
    }
    out
}

/// Reads back a page [`render`] wrote: each action's codes with what the page shows for them.
/// An error (1-based line, what is wrong) when the page is not exactly what [`render`] writes.
pub fn read(service: &str, text: &str) -> Result<Actions, (usize, String)> {
    let mut actions = Actions::new();
    let mut current: Option<&mut ActionCodes> = None;
    for (index, line) in text.lines().enumerate() {
        if let Some(action) = line.strip_prefix("## ") {
            current = Some(actions.entry(action.to_owned()).or_default());
            continue;
        }
        let Some(codes) = current.as_deref_mut() else {
            continue;
        };
        let row = line
            .strip_prefix("| ")
            .and_then(|rest| rest.strip_suffix(" |"))
            .and_then(|rest| rest.split_once(" | "));
        if let Some((code, description)) = row {
            if code == "错误码" {
                continue;
            }
            let description = description.replace("\\|", "|");
            codes.insert(
                code.to_owned(),
                (!description.is_empty()).then_some(description),
            );
        } else if line.starts_with('|') && line != "|---|---|" {
            return Err((index + 1, "not a `| code | description |` row".into()));
        }
    }
    super::render::as_rendered(text, &render(service, &actions))?;
    Ok(actions)
}

/// Counts of one Go release's import.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct ActionCounts {
    /// Services with at least one action in the release.
    pub services: usize,
    /// Services of the previous release that this one does not have.
    pub services_retired: usize,
    /// Actions in the release.
    pub actions: usize,
    /// Listed for the first time.
    pub actions_new: usize,
    /// In the previous release, not in this one.
    pub actions_retired: usize,
    /// Retired before, listed again.
    pub actions_republished: usize,
    /// (action, code) listings in the release.
    pub codes: usize,
    /// Listed by their action for the first time.
    pub codes_new: usize,
    /// Listed by their action in the previous release and no longer, the action remaining.
    pub codes_retired: usize,
    /// Listed again by their action after a release without.
    pub codes_republished: usize,
    /// Actions no longer listed, in all (after this import).
    pub actions_retired_total: usize,
    /// Codes no longer listed by an action that remains, in all (after this import).
    pub codes_retired_total: usize,
}

/// The per-action data of a data directory, in memory.
pub struct ActionData {
    /// service → action → codes, as the current pages show them.
    pub pages: BTreeMap<String, Actions>,
    /// The complete per-action history.
    pub history: ActionHistory,
    /// The Go releases imported, oldest first.
    pub releases: Vec<String>,
}

/// What the current pages list, for the format's reader.
fn listed(pages: &BTreeMap<String, Actions>) -> ActionPages {
    pages
        .iter()
        .map(|(service, actions)| {
            let actions = actions
                .iter()
                .map(|(action, codes)| (action.clone(), codes.keys().cloned().collect()))
                .collect();
            (service.clone(), actions)
        })
        .collect()
}

impl ActionData {
    /// Reads `actions/` and `action-history.tsv` of `out`; `sources` are its imports.
    pub fn load(out: &Path, sources: &[Source]) -> Result<ActionData, ImportError> {
        let releases: Vec<String> = sources
            .iter()
            .filter(|source| source.dataset == Dataset::Actions)
            .map(|source| source.version.clone())
            .collect();
        let dir = out.join(Dataset::Actions.dir());
        let mut pages = BTreeMap::new();
        for service in pages_in(&dir)? {
            let path = dir.join(format!("{service}.md"));
            if releases.is_empty() {
                return Err(ImportError::Data {
                    path,
                    line: 0,
                    message: "sources.tsv lists no tencentcloud-sdk-go release: the per-action \
                              pages were not written by import; remove them and import the \
                              releases oldest first"
                        .into(),
                });
            }
            let text = read_optional(&path)?.unwrap_or_default();
            let actions = read(&service, &text).map_err(|(line, message)| ImportError::Data {
                path: path.clone(),
                line,
                message,
            })?;
            pages.insert(service, actions);
        }
        let history_path = out.join(format::ACTION_HISTORY_FILE);
        let history = match (releases.first(), releases.last()) {
            (Some(oldest), Some(newest)) => {
                let text = read_optional(&history_path)?.ok_or_else(|| ImportError::Data {
                    path: history_path.clone(),
                    line: 0,
                    message: "missing, but sources.tsv lists tencentcloud-sdk-go releases".into(),
                })?;
                format::read_action_history(&text, &listed(&pages), oldest, newest).map_err(
                    |(line, message)| ImportError::Data {
                        path: history_path.clone(),
                        line,
                        message,
                    },
                )?
            }
            _ => ActionHistory::new(),
        };
        Ok(ActionData {
            pages,
            history,
            releases,
        })
    }

    /// Merges one release. `Ok(None)`: it is the newest already imported and lists the same.
    pub fn apply(&mut self, release: &GoRelease) -> Result<Option<ActionCounts>, ImportError> {
        let package = Dataset::Actions.package();
        let previous = self.releases.last().cloned();
        if let Some(newest) = &previous {
            match compare_versions(&release.version, newest) {
                std::cmp::Ordering::Less => {
                    return Err(ImportError::Older {
                        package: package.to_owned(),
                        version: release.version.clone(),
                        newest: newest.clone(),
                    })
                }
                std::cmp::Ordering::Equal => {
                    let pages = shown(release);
                    if pages != self.pages {
                        let service = pages
                            .keys()
                            .chain(self.pages.keys())
                            .find(|service| pages.get(*service) != self.pages.get(*service))
                            .cloned()
                            .unwrap_or_default();
                        return Err(ImportError::Changed {
                            package: package.to_owned(),
                            version: release.version.clone(),
                            message: format!("the action page of {service} differs"),
                        });
                    }
                    return Ok(None);
                }
                std::cmp::Ordering::Greater => {}
            }
        }
        let version = &release.version;
        let pages = shown(release);
        let mut counts = ActionCounts {
            services: pages.len(),
            services_retired: self
                .pages
                .keys()
                .filter(|service| !pages.contains_key(*service))
                .count(),
            ..ActionCounts::default()
        };
        let lists = |service: &str, action: &str, code: &str| {
            pages
                .get(service)
                .and_then(|actions| actions.get(action))
                .is_some_and(|codes| code == WHOLE || codes.contains_key(code))
        };
        // What the previous release listed and this one does not: retired, with its text.
        for ((service, action, code), span) in self.history.iter_mut() {
            if Some(&span.last) != previous.as_ref() || lists(service, action, code) {
                continue;
            }
            if code == WHOLE {
                counts.actions_retired += 1;
                continue;
            }
            let shown = self
                .pages
                .get(service)
                .and_then(|actions| actions.get(action))
                .and_then(|codes| codes.get(code));
            span.description = shown.cloned().flatten().unwrap_or_default();
            if lists(service, action, WHOLE) {
                counts.codes_retired += 1;
            }
        }
        // What this release lists.
        for (service, actions) in &pages {
            for (action, codes) in actions {
                counts.actions += 1;
                let keys = std::iter::once(WHOLE).chain(codes.keys().map(String::as_str));
                for code in keys {
                    let whole = code == WHOLE;
                    if !whole {
                        counts.codes += 1;
                    }
                    let key = (service.clone(), action.clone(), code.to_owned());
                    match self.history.get_mut(&key) {
                        Some(span) => {
                            if Some(&span.last) != previous.as_ref() {
                                if whole {
                                    counts.actions_republished += 1;
                                } else {
                                    counts.codes_republished += 1;
                                }
                            }
                            span.last = version.clone();
                            span.description.clear();
                        }
                        None => {
                            if whole {
                                counts.actions_new += 1;
                            } else {
                                counts.codes_new += 1;
                            }
                            self.history.insert(
                                key,
                                ReleaseSpan {
                                    first: version.clone(),
                                    last: version.clone(),
                                    description: String::new(),
                                },
                            );
                        }
                    }
                }
            }
        }
        let live: BTreeSet<(&String, &String)> = self
            .history
            .iter()
            .filter(|((_, _, code), span)| code == WHOLE && &span.last == version)
            .map(|((service, action, _), _)| (service, action))
            .collect();
        for ((service, action, code), span) in &self.history {
            if &span.last == version {
                continue;
            }
            if code == WHOLE {
                counts.actions_retired_total += 1;
            } else if live.contains(&(service, action)) {
                counts.codes_retired_total += 1;
            }
        }
        self.pages = pages;
        self.releases.push(version.clone());
        Ok(Some(counts))
    }

    /// Writes the pages, then `action-history.tsv` (`sources.tsv` is the caller's).
    pub fn write(&self, out: &Path) -> Result<(), ImportError> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |error| ImportError::Io { path, error }
        };
        let dir = out.join(Dataset::Actions.dir());
        std::fs::create_dir_all(&dir).map_err(io(&dir))?;
        for stem in pages_in(&dir)? {
            if !self.pages.contains_key(&stem) {
                let path = dir.join(format!("{stem}.md"));
                std::fs::remove_file(&path).map_err(io(&path))?;
            }
        }
        for (service, actions) in &self.pages {
            write_if_changed(
                &dir.join(format!("{service}.md")),
                &render(service, actions),
            )?;
        }
        if let (Some(oldest), Some(newest)) = (self.releases.first(), self.releases.last()) {
            write_if_changed(
                &out.join(format::ACTION_HISTORY_FILE),
                &format::write_action_history(&self.history, oldest, newest),
            )?;
        }
        Ok(())
    }
}

/// What the pages of `release` show: descriptions trimmed, empty ones as none (what [`read`]
/// gives back for the page [`render`] writes).
fn shown(release: &GoRelease) -> BTreeMap<String, Actions> {
    release
        .services
        .iter()
        .map(|(service, actions)| {
            let actions = actions
                .iter()
                .map(|(action, codes)| {
                    let codes = codes
                        .iter()
                        .map(|(code, description)| {
                            let text = description
                                .as_deref()
                                .map(str::trim)
                                .filter(|text| !text.is_empty());
                            (code.clone(), text.map(str::to_owned))
                        })
                        .collect();
                    (action.clone(), codes)
                })
                .collect();
            (service.clone(), actions)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_read_back() {
        let mut actions = Actions::new();
        actions.insert(
            "Run".into(),
            [
                ("A.B".to_owned(), Some("a | b".to_owned())),
                ("C".to_owned(), None),
            ]
            .into_iter()
            .collect(),
        );
        actions.insert("Stop".into(), ActionCodes::new());
        let page = render("x", &actions);
        assert!(page.ends_with("## Stop\n\n该接口没有业务错误码。\n"));
        assert!(page.contains("| A.B | a \\| b |\n| C |  |\n\n## Stop"));
        assert_eq!(read("x", &page), Ok(actions));
        let edited = page.replace("| C |  |", "| C | c |\n| D | d |");
        assert!(read("x", &edited).is_ok_and(|a| a["Run"].len() == 3));
        assert!(read("x", &page.replace("## Stop\n", "## Stop\nx\n")).is_err());
    }
}
