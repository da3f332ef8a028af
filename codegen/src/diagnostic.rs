//! The one diagnostic type: what is wrong with a page or an option, and where it points.
//!
//! Markdown has no token spans, so a diagnostic carries its place in the page (a line, or the
//! whole page) or the macro argument it concerns; the macro shell turns that into a span once
//! (`expand.rs`), the command-line tool into `file:line` once.

use std::fmt;

/// Where a [`Diagnostic`] points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Location {
    /// The whole page (it is empty, has no error-code table, ...).
    Page,
    /// A 1-based line of the page.
    Line(usize),
    /// The code of the `rename` entry at this index (`"Code" = ...`).
    RenameCode(usize),
    /// The variant name of the `rename` entry at this index (`... = Name`).
    RenameVariant(usize),
    /// The service name (unknown, or not a valid name).
    Service,
    /// The `actions` option as a whole (no per-action data for the service, ...).
    Actions,
    /// The action at this index of `actions = [..]`.
    Action(usize),
}

/// Whether a [`Diagnostic`] stops the expansion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The page cannot be expanded as written.
    Error,
    /// The page expands, but something on it is probably not what its author meant; the macro
    /// stays silent about these and `tencent-errors check` reports them.
    Warning,
}

/// A problem found in a page or in the macro's options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file it concerns, as its user named it (`docs/cvm.md`, `cvm.md (bundled)`), once
    /// known: readers of one page leave it `None`, [`crate::build`] names the page.
    pub file: Option<String>,
    /// Where it points.
    pub location: Location,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, and how to fix it.
    pub message: String,
}

impl Diagnostic {
    /// An error at `location`.
    pub fn error(location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            file: None,
            location,
            severity: Severity::Error,
            message: message.into(),
        }
    }

    /// A warning at `location`.
    pub fn warning(location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            file: None,
            location,
            severity: Severity::Warning,
            message: message.into(),
        }
    }

    /// An error at a page line.
    pub(crate) fn at_line(line: usize, message: impl Into<String>) -> Self {
        Diagnostic::error(Location::Line(line), message)
    }

    /// The page line it points at, if it points at one.
    pub fn line(&self) -> Option<usize> {
        match self.location {
            Location::Line(line) => Some(line),
            _ => None,
        }
    }

    /// Whether it is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The same problem, in `file` (unless a file is already named).
    pub fn in_file(mut self, file: &str) -> Self {
        if self.file.is_none() {
            self.file = Some(file.to_owned());
        }
        self
    }

    /// `file:line: message` for a page line, `file: message` otherwise: how every tool and the
    /// macro name the place of a problem in a file.
    pub fn render(&self, file: &str) -> String {
        format!("{}: {}", place(file, self.line()), self.message)
    }

    /// [`render`](Self::render) with its own file; the bare message when it names none.
    pub fn located(&self) -> String {
        match &self.file {
            Some(file) => self.render(file),
            None => self.message.clone(),
        }
    }
}

/// `file:line`, or `file` alone when `line` is `None`: the one place that formats a location in
/// a file (macro errors, the command-line tool, `import`).
pub fn place(file: &str, line: Option<usize>) -> String {
    match line {
        Some(line) => format!("{file}:{line}"),
        None => file.to_owned(),
    }
}

impl fmt::Display for Diagnostic {
    /// `line N: message` for a page line, the bare message otherwise.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Location::Line(line) => write!(f, "line {line}: {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

/// `` `a`, `b`, `c` ``: names quoted as inline code and joined, for messages and docs.
pub(crate) fn quote_list<S: AsRef<str>>(names: &[S]) -> String {
    let mut out = String::new();
    for (index, name) in names.iter().enumerate() {
        if index > 0 {
            out.push_str(", ");
        }
        out.push('`');
        out.push_str(name.as_ref());
        out.push('`');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_the_line_only_for_page_lines() {
        assert_eq!(
            Diagnostic::at_line(3, "bad").to_string(),
            "line 3: bad",
            "a page line"
        );
        assert_eq!(
            Diagnostic::error(Location::Page, "empty").to_string(),
            "empty"
        );
        assert_eq!(Diagnostic::at_line(3, "x").line(), Some(3));
        assert_eq!(Diagnostic::error(Location::RenameCode(0), "x").line(), None);
        assert!(!Diagnostic::warning(Location::Page, "w").is_error());
        assert_eq!(Diagnostic::at_line(3, "bad").render("a.md"), "a.md:3: bad");
        assert_eq!(
            Diagnostic::error(Location::Page, "empty").render("a.md"),
            "a.md: empty"
        );
    }

    #[test]
    fn lists_are_quoted_and_joined() {
        assert_eq!(quote_list(&["a", "b"]), "`a`, `b`");
        assert_eq!(quote_list::<&str>(&[]), "");
    }
}
