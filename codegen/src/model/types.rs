//! The model's types: what a service's enum is made of ([`Model`], [`ErrorCode`]), how a
//! variant got its name ([`Naming`]), and what the passes take ([`Listing`], [`Rename`]).

use tencent_errors_runtime::{Category, Language, RetryClass};

use crate::diagnostic::Diagnostic;
use crate::read::{Description, Row};

/// One unique code of a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorCode {
    /// The exact code string.
    pub code: String,
    /// The variant's identifier.
    pub variant: String,
    /// How [`variant`](Self::variant) was chosen.
    pub naming: Naming,
    /// The Chinese description; the service table's wins over the public table's.
    pub description: Option<Description>,
    /// The English description, from an English page.
    pub description_en: Option<Description>,
    /// The Japanese description, from a Japanese page of the invoking crate.
    pub description_ja: Option<Description>,
    /// The Korean description, from a Korean page of the invoking crate.
    pub description_ko: Option<Description>,
    /// Other texts the pages give for the same code (a page that contradicts itself: the first
    /// row wins, these are shown in the docs).
    pub other_descriptions: Vec<Description>,
    /// The line of the row the description came from (0 for a code known only from the bundled
    /// history).
    pub line: usize,
    /// The code's family.
    pub category: Category,
    /// Whether retrying can help.
    pub retry: RetryClass,
    /// `Some(release)` when no current page lists the code any more: the bundled history
    /// knows it, and `release` is the first published release without it
    /// (`tencentcloud-sdk-python 3.1.195`).
    pub retired_since: Option<String>,
}

impl ErrorCode {
    /// The description in `language`.
    pub fn description_in(&self, language: Language) -> Option<&Description> {
        match language {
            Language::Chinese => self.description.as_ref(),
            Language::English => self.description_en.as_ref(),
            Language::Japanese => self.description_ja.as_ref(),
            Language::Korean => self.description_ko.as_ref(),
            _ => None,
        }
    }
}

/// The languages a code can have a description in, in the order of [`language_slot`].
pub(super) const LANGUAGES: usize = 4;

/// Where `language`'s description goes among [`LANGUAGES`]; a language this version does not
/// know shares Chinese's (no page is read as one).
pub(super) fn language_slot(language: Language) -> usize {
    match language {
        Language::English => 1,
        Language::Japanese => 2,
        Language::Korean => 3,
        _ => 0,
    }
}

/// What the page says about a service, ready for code generation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Model {
    /// Every unique code: the current ones in order of first appearance on the pages, then the
    /// retired ones.
    pub codes: Vec<ErrorCode>,
    /// Rows dropped because they repeat a code: `(code, line)`.
    pub merged: Vec<Merge>,
    /// What the page got away with ([`Severity::Warning`](crate::Severity::Warning)s).
    pub warnings: Vec<Diagnostic>,
}

/// One listing of a code for the merge (`merge::merge`): a page's row, in the page's language, or a row
/// of the bundled history for a code no current page lists.
#[derive(Clone, Debug)]
pub(crate) struct Listing {
    pub(crate) row: Row,
    pub(crate) language: Language,
    /// `Some(release)` for a retired code from the history.
    pub(crate) retired_since: Option<String>,
}

impl ErrorCode {
    pub(super) fn description_slot(&mut self, language: Language) -> &mut Option<Description> {
        match language_slot(language) {
            1 => &mut self.description_en,
            2 => &mut self.description_ja,
            3 => &mut self.description_ko,
            _ => &mut self.description,
        }
    }
}

/// A row that repeated an earlier code and was merged into it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merge {
    /// The code.
    pub code: String,
    /// The line of the repeated row.
    pub line: usize,
    /// The line of the row whose entry it was merged into.
    pub into_line: usize,
    /// Whether the repeated row's description replaced the earlier one.
    pub description_replaced: bool,
}

/// A requested rename: `code` is to be called `variant`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rename {
    /// The code as written in the option.
    pub code: String,
    /// The variant name.
    pub variant: String,
}

/// How a variant got its name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Naming {
    /// The code's base name.
    Base,
    /// The segmented name, because the base name collided.
    Disambiguated {
        /// The base name the codes shared.
        base: String,
        /// What else wanted the same base name.
        with: Vec<Collision>,
    },
    /// Given by the `rename` option.
    Renamed,
}

/// What a code's base name collided with (rule 3).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Collision {
    /// Another code of the same enum with the same base name.
    Code(String),
    /// A name the generated enums define (`Unknown`, `ALL`, `from_code`, ...).
    Reserved(&'static str),
    /// A variant of the service enum (for a per-action enum's code that the service enum does
    /// not list): the code that variant stands for.
    ServiceVariant(String),
}

impl std::fmt::Display for Collision {
    /// `` `Code` ``, ``the reserved name `ALL` ``, ``the service enum's variant for `Code` ``.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Collision::Code(code) => write!(f, "`{code}`"),
            Collision::Reserved(name) => write!(f, "the reserved name `{name}`"),
            Collision::ServiceVariant(code) => {
                write!(f, "the service enum's variant for `{code}`")
            }
        }
    }
}
