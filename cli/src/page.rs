//! Reading pages through codegen: the one module that names `tencent_errors_codegen`'s items.
//!
//! The rest of the command parses, models and generates pages through this module, which turns
//! codegen's problems into [`Diagnostic`]s worded as the macro words them. When codegen's paths
//! change, only this file does.

use std::path::Path;

use proc_macro2::TokenStream;
use tencent_errors_codegen::Location;

pub use tencent_errors_codegen::__internals::edit_distance;
pub use tencent_errors_codegen::check_service_name;
pub use tencent_errors_codegen::{
    markdown_files, ActionSelection, ActionsPath, Built, Page, Request,
};
pub use tencent_errors_codegen::{Collision, Description, ErrorCode, Model, Naming, Rename, Row};
pub use tencent_errors_codegen::{ServiceData, BUNDLED_SERVICES};
use tencent_errors_runtime::Language;

use crate::diagnostic::{Diagnostic, FileDiagnostic};

/// Reads the page at `path`, which must be UTF-8 (an error names the first line that is not).
pub fn read(path: &Path) -> Result<String, Vec<Diagnostic>> {
    let bytes = std::fs::read(path)
        .map_err(|error| vec![Diagnostic::whole(format!("cannot read: {error}"))])?;
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        vec![Diagnostic {
            line,
            message: "the page is not valid UTF-8; save it as UTF-8".to_owned(),
        }]
    })
}

/// The page's error-code rows, duplicates included, as the macro reads them.
pub fn rows(source: &str) -> Result<Vec<Row>, Vec<Diagnostic>> {
    tencent_errors_codegen::parse_page(source)
        .map(|parsed| parsed.rows)
        .map_err(|errors| diagnostics(errors, &[]))
}

/// The model the macro builds from the page, with `renames` applied.
pub fn model(source: &str, renames: &[Rename]) -> Result<Model, Vec<Diagnostic>> {
    tencent_errors_codegen::build_model(source, renames)
        .map_err(|problems| diagnostics(problems, renames))
}

/// The model the macro builds for a service of a data directory (both pages and, with
/// `with_retired`, the retired codes of its history), with `renames` applied.
pub fn service_model(
    data: &ServiceData<'_>,
    renames: &[Rename],
    with_retired: bool,
) -> Result<Model, Vec<Diagnostic>> {
    data.model(renames, with_retired)
        .map_err(|problems| diagnostics(problems, renames))
}

/// What the macro builds for `request`: the one function behind the macro and every command.
pub fn build(request: &Request) -> Result<Built, Vec<FileDiagnostic>> {
    tencent_errors_codegen::build(request).map_err(|problems| in_files(problems, request))
}

/// The tokens the macro generates for `built`.
pub fn generate(built: &Built, request: &Request) -> Result<TokenStream, Vec<FileDiagnostic>> {
    built
        .generate()
        .map_err(|problems| in_files(problems, request))
}

/// The language the macro's `lang = "..."` names (`zh`, `en`, ...).
pub fn language(code: &str) -> Result<Language, String> {
    Language::ALL
        .iter()
        .copied()
        .find(|language| language.as_str() == code)
        .ok_or_else(|| {
            let known: Vec<&str> = Language::ALL.iter().map(|l| l.as_str()).collect();
            format!(
                "unknown language `{code}`; the languages are {}",
                known.join(", ")
            )
        })
}

/// Codegen's problems with `request` as diagnostics in files: a problem in a page names it, a
/// problem with an option names the service's pages.
fn in_files(
    problems: Vec<tencent_errors_codegen::Diagnostic>,
    request: &Request,
) -> Vec<FileDiagnostic> {
    let pages = request.pages_name();
    worded(problems, &request.renames)
        .map(|(file, diagnostic)| diagnostic.in_file(file.as_deref().unwrap_or(&pages)))
        .collect()
}

/// Codegen's problems as diagnostics of the one page they are about.
fn diagnostics(
    problems: Vec<tencent_errors_codegen::Diagnostic>,
    renames: &[Rename],
) -> Vec<Diagnostic> {
    worded(problems, renames)
        .map(|(_, diagnostic)| diagnostic)
        .collect()
}

/// Codegen's errors (not its warnings) worded as the macro words them, each with the file it
/// names, if any: a problem with a rename names the code (`renames` are the ones the problems
/// refer to), a problem with the actions says so, and only a page's line keeps its number.
fn worded<'a>(
    problems: Vec<tencent_errors_codegen::Diagnostic>,
    renames: &'a [Rename],
) -> impl Iterator<Item = (Option<String>, Diagnostic)> + 'a {
    problems
        .into_iter()
        .filter(tencent_errors_codegen::Diagnostic::is_error)
        .map(move |problem| {
            let message = match problem.location {
                Location::RenameCode(index) | Location::RenameVariant(index) => {
                    match renames.get(index) {
                        Some(rename) => format!("rename of `{}`: {}", rename.code, problem.message),
                        None => problem.message,
                    }
                }
                Location::Action(_) | Location::Actions => format!("actions: {}", problem.message),
                _ => problem.message,
            };
            let line = match problem.location {
                Location::Line(line) => line,
                _ => 0,
            };
            (problem.file, Diagnostic { line, message })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_errors_keep_their_lines() {
        let errors =
            rows("| 错误码 | 说明 |\n|---|---|\n| A | x | y |\n").expect_err("three cells");
        assert_eq!(errors[0].line, 3);
        // What `check` and `expand` make of model and generation errors is tested with them.
        assert_eq!(
            rows("| 错误码 | 说明 |\n|---|---|\n| A | x |\n").map(|r| r.len()),
            Ok(1)
        );
    }

    #[test]
    fn pages_that_are_not_utf8_name_the_line() {
        let path =
            std::env::temp_dir().join(format!("tencent-errors-cli-page-{}.md", std::process::id()));
        std::fs::write(&path, b"ok\nstill ok\n\xff bad\n").expect("write");
        let errors = read(&path).expect_err("not UTF-8");
        let _ = std::fs::remove_file(&path);
        assert_eq!(errors[0].line, 3);
        assert!(read(Path::new("no/such/page.md")).expect_err("missing")[0]
            .message
            .starts_with("cannot read"));
    }
}
