//! Problems the command reports: a message at a line of a page, printed as `file:line: message`
//! (the place worded by codegen's `place`, as the macro words it).

use serde::Serialize;

/// A problem with a page at a line (0: the whole page, or an option).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// 1-based line, or 0.
    pub line: usize,
    /// What is wrong, and how to fix it.
    pub message: String,
}

impl Diagnostic {
    /// A problem with the whole page or with an option (line 0).
    pub fn whole(message: impl Into<String>) -> Self {
        Diagnostic {
            line: 0,
            message: message.into(),
        }
    }

    /// `file:line: message`, or `file: message` for line 0.
    pub fn render(&self, file: &str) -> String {
        located(file, self.line, &self.message)
    }

    /// This problem, naming the page it was found in.
    pub fn in_file(self, path: &str) -> FileDiagnostic {
        FileDiagnostic {
            path: path.to_owned(),
            line: self.line,
            message: self.message,
        }
    }
}

/// A [`Diagnostic`] with the path of its page, for commands that read several pages at once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FileDiagnostic {
    /// The page, as given on the command line.
    pub path: String,
    /// 1-based line, or 0.
    pub line: usize,
    /// What is wrong, and how to fix it.
    pub message: String,
}

impl FileDiagnostic {
    /// A problem with the whole file `path` (line 0).
    pub fn whole(path: &str, message: impl Into<String>) -> Self {
        FileDiagnostic {
            path: path.to_owned(),
            line: 0,
            message: message.into(),
        }
    }

    /// `path:line: message`, or `path: message` for line 0.
    pub fn render(&self) -> String {
        located(&self.path, self.line, &self.message)
    }
}

fn located(file: &str, line: usize, message: &str) -> String {
    let line = (line > 0).then_some(line);
    format!("{}: {message}", tencent_errors_codegen::place(file, line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_zero_names_only_the_file() {
        assert_eq!(Diagnostic::whole("empty").render("p.md"), "p.md: empty");
        let at_line = Diagnostic {
            line: 3,
            message: "bad".into(),
        };
        assert_eq!(at_line.render("p.md"), "p.md:3: bad");
        assert_eq!(at_line.in_file("q.md").render(), "q.md:3: bad");
    }
}
