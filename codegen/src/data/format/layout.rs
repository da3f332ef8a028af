//! The layout of the bundled data: its files, directories, datasets and the names in them.
//! Std only and self-contained: codegen's build script includes this file alone to list the
//! services, so that it does not compile the readers and writers of the rest of the format.

use std::fmt;

/// The `code` of a row about a service (in `history.tsv`) or an action (in
/// `action-history.tsv`) itself rather than one of its codes. Sorts before every code.
pub const WHOLE: &str = "*";

/// The header line of `history.tsv`.
pub const HISTORY_HEADER: &str = "site\tservice\tcode\tfirst\tlast\tdescription";
/// The header line of `sources.tsv`.
pub const SOURCES_HEADER: &str = "package\tversion\tsite\timported";
/// The header line of `action-history.tsv`.
pub const ACTION_HISTORY_HEADER: &str = "service\taction\tcode\tfirst\tlast\tdescription";

/// `history.tsv`, relative to the data directory.
pub const HISTORY_FILE: &str = "history.tsv";
/// `sources.tsv`, relative to the data directory.
pub const SOURCES_FILE: &str = "sources.tsv";
/// `action-history.tsv`, relative to the data directory.
pub const ACTION_HISTORY_FILE: &str = "action-history.tsv";

/// A site of Tencent Cloud's documentation: the language of a service page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Site {
    /// The Chinese site (`zh/`), `tencentcloud-sdk-python`.
    Zh,
    /// The international site (`en/`), `tencentcloud-sdk-python-intl-en`.
    En,
}

impl Site {
    /// Both sites, Chinese first (the order of a service's pages).
    pub const ALL: [Site; 2] = [Site::Zh, Site::En];

    /// `zh` or `en`: the name in the data's files and directories.
    pub const fn as_str(self) -> &'static str {
        match self {
            Site::Zh => "zh",
            Site::En => "en",
        }
    }

    /// The site named `zh` or `en`.
    pub fn parse(name: &str) -> Option<Site> {
        Site::ALL.into_iter().find(|site| site.as_str() == name)
    }
}

/// Sites sort by name, as the rows of `history.tsv` do (`en` before `zh`).
impl Ord for Site {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl PartialOrd for Site {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Site {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What one imported package feeds: a site's service pages, or the per-action lists. It is the
/// `site` column of `sources.tsv` and the directory the package's pages are written to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dataset {
    /// A site's service pages and `history.tsv` rows.
    Site(Site),
    /// `actions/` and `action-history.tsv`, from `tencentcloud-sdk-go`.
    Actions,
}

impl Dataset {
    /// Every dataset, in the order a data directory is described.
    pub const ALL: [Dataset; 3] = [
        Dataset::Site(Site::Zh),
        Dataset::Site(Site::En),
        Dataset::Actions,
    ];

    /// `zh`, `en` or `actions`: the `site` cell of `sources.tsv` and the pages' directory.
    pub const fn dir(self) -> &'static str {
        match self {
            Dataset::Site(site) => site.as_str(),
            Dataset::Actions => "actions",
        }
    }

    /// The dataset named by [`Dataset::dir`].
    pub fn parse(name: &str) -> Option<Dataset> {
        Dataset::ALL.into_iter().find(|set| set.dir() == name)
    }

    /// The one package that feeds it.
    pub const fn package(self) -> &'static str {
        match self {
            Dataset::Site(Site::Zh) => "tencentcloud-sdk-python",
            Dataset::Site(Site::En) => "tencentcloud-sdk-python-intl-en",
            Dataset::Actions => "tencentcloud-sdk-go",
        }
    }

    /// The dataset a (normalised) package name feeds.
    pub fn of_package(name: &str) -> Option<Dataset> {
        Dataset::ALL.into_iter().find(|set| set.package() == name)
    }

    /// The path of `service`'s page, relative to the data directory (`zh/cvm.md`).
    pub fn page(self, service: &str) -> String {
        format!("{}/{service}.md", self.dir())
    }
}

impl fmt::Display for Dataset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.dir())
    }
}

/// Service names are `[a-z][a-z0-9_]*`: they become the `SERVICE` constant, the enum's name and
/// the bundled page's file name, so nothing else (no `/`, no `..`) may appear.
pub fn check_service_name(service: &str) -> Result<(), String> {
    let valid = service.starts_with(|c: char| c.is_ascii_lowercase())
        && service
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if valid {
        Ok(())
    } else {
        Err(format!(
            "invalid service name `{}`: use lowercase letters, digits and `_`, starting with a \
             letter (like `cvm` or `tke_edge`)",
            service.escape_debug()
        ))
    }
}

/// Whether `name` can be an action's name: ASCII letters and digits, starting upper-case.
pub fn is_action_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Every service a `history.tsv` or `action-history.tsv` has rows for (its first or second
/// cell: `column`), sorted, once each.
pub fn services_in(text: &str, column: usize) -> Vec<&str> {
    let mut services: Vec<&str> = text
        .lines()
        .skip(1)
        .filter_map(|line| line.split('\t').nth(column))
        .filter(|service| check_service_name(service).is_ok())
        .collect();
    services.sort_unstable();
    services.dedup();
    services
}
