//! Parsing and code generation behind the `tencent_errors!` macro.
//!
//! The proc-macro crate is a thin shell around [`expand`]; everything else lives here so that it
//! can be tested, benchmarked, fuzzed and reused by the `tencent-errors` command-line tool:
//!
//! - [`parse`] reads a markdown error-code page (pulldown-cmark tables) into rows;
//! - [`model`] merges rows into unique codes and names their variants;
//! - [`lookup`] builds the perfect-hash table behind `from_code`;
//! - [`codegen`] turns the model into tokens;
//! - [`bundled`] holds the pages shipped with the crate.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod bundled;
pub mod codegen;
pub mod input;
pub mod lookup;
pub mod model;
pub mod parse;

use std::path::{Component, Path, PathBuf};

use proc_macro2::TokenStream;

pub use codegen::{generate, Target};
pub use model::{Model, Rename};
pub use parse::parse_page;

/// A problem found while turning a page into code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A row or the whole page (line 0).
    Page(parse::PageError),
    /// One of the renames passed in.
    Rename(model::RenameError),
    /// Code generation failed.
    Generate(String),
}

/// Parses `source`, builds its model and generates the enum for `target`.
pub fn generate_page(
    target: &Target,
    source: &str,
    renames: &[Rename],
) -> Result<TokenStream, Vec<Problem>> {
    let model = page_model(source, renames)?;
    generate(target, &model).map_err(|message| vec![Problem::Generate(message)])
}

/// Parses `source` and builds its model.
pub fn page_model(source: &str, renames: &[Rename]) -> Result<Model, Vec<Problem>> {
    if source.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(vec![Problem::Page(parse::PageError {
            line: 0,
            message: "the page is empty".to_owned(),
        })]);
    }
    let rows = parse_page(source)
        .map_err(|errors| errors.into_iter().map(Problem::Page).collect::<Vec<_>>())?;
    Model::build(rows, renames).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| match e {
                model::ModelError::Page(e) => Problem::Page(e),
                model::ModelError::Rename(e) => Problem::Rename(e),
            })
            .collect()
    })
}

/// Expands `tencent_errors!(...)` arguments, reading `path = ...` pages relative to the
/// `CARGO_MANIFEST_DIR` of the invoking crate. Errors become `compile_error!` invocations.
///
/// A bundled page invoked without options (`tencent_errors!("cvm")`) is taken from
/// `precomputed(service)` when that returns `Some`, instead of being parsed: it must then return
/// [`bundled::expansion`]`(service)` as computed by this version of the crate. The proc-macro
/// computes them all in its build script, so that an expansion, which runs unoptimised in debug
/// and release builds alike, only lexes the text. Pass `|_| None` to always parse.
pub fn expand(input: TokenStream, precomputed: fn(&str) -> Option<&'static str>) -> TokenStream {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    match try_expand(input, manifest_dir.as_deref(), precomputed) {
        Ok(tokens) => tokens,
        Err(error) => error.to_compile_error(),
    }
}

/// [`expand`] with an explicit crate directory (`None`: only bundled pages can be used), always
/// parsing the page.
pub fn expand_in(input: TokenStream, manifest_dir: Option<&Path>) -> TokenStream {
    match try_expand(input, manifest_dir, |_| None) {
        Ok(tokens) => tokens,
        Err(error) => error.to_compile_error(),
    }
}

fn try_expand(
    input: TokenStream,
    manifest_dir: Option<&Path>,
    precomputed: fn(&str) -> Option<&'static str>,
) -> syn::Result<TokenStream> {
    let input: input::MacroInput = syn::parse2(input)?;
    let service = input.service.value();
    check_service_name(&service)
        .map_err(|message| syn::Error::new(input.service.span(), message))?;
    if input.path.is_none()
        && input.name.is_none()
        && input.vis.is_none()
        && input.renames.is_empty()
    {
        if let Some(text) = precomputed(&service) {
            return codegen::lex(text)
                .map_err(|message| syn::Error::new(input.service.span(), message));
        }
    }

    let (source, origin, track, span) = match &input.path {
        Some(path) => {
            let (source, file) = read_page(path, manifest_dir)?;
            (
                source,
                format!("`{}`", path.value()),
                Some(file),
                path.span(),
            )
        }
        None => match bundled::page(&service) {
            Some(source) => (
                source.to_owned(),
                bundled::origin(&service),
                None,
                input.service.span(),
            ),
            None => {
                return Err(syn::Error::new(
                    input.service.span(),
                    unknown_service(&service),
                ))
            }
        },
    };
    let file_name = match &input.path {
        Some(path) => path.value(),
        None => format!("{service}.md (bundled)"),
    };

    let mut target = Target::new(&service, origin);
    if let Some(name) = &input.name {
        target.name = name.clone();
    }
    if let Some(vis) = &input.vis {
        target.vis = vis.clone();
    }
    target.track = track;

    let renames: Vec<Rename> = input
        .renames
        .iter()
        .map(|(code, variant)| Rename {
            code: code.value(),
            variant: variant.to_string(),
        })
        .collect();
    generate_page(&target, &source, &renames).map_err(|problems| {
        let mut errors = problems.into_iter().map(|problem| match problem {
            Problem::Page(e) if e.line == 0 => {
                syn::Error::new(span, format!("{file_name}: {}", e.message))
            }
            Problem::Page(e) => {
                syn::Error::new(span, format!("{file_name}:{}: {}", e.line, e.message))
            }
            Problem::Rename(e) => {
                let (code, variant) = &input.renames[e.rename];
                let span = if e.message.contains("not a code") {
                    code.span()
                } else {
                    variant.span()
                };
                syn::Error::new(span, format!("rename of `{}`: {}", code.value(), e.message))
            }
            Problem::Generate(message) => syn::Error::new(span, format!("{file_name}: {message}")),
        });
        let mut first = errors
            .next()
            .unwrap_or_else(|| syn::Error::new(span, "invalid page"));
        for error in errors {
            first.combine(error);
        }
        first
    })
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

fn unknown_service(service: &str) -> String {
    let similar = bundled::similar(service);
    let hint = match similar.as_slice() {
        [] => ".".to_owned(),
        [one] => format!("; did you mean `{one}`?"),
        many => format!(
            "; did you mean one of {}?",
            many.iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    format!(
        "no bundled page for service `{service}`{hint} Bundled services: {}. For a page of your \
         own, add `path = \"docs/{service}.md\"` (relative to your crate's Cargo.toml).",
        bundled::SERVICES.join(", ")
    )
}

/// Reads a page of the invoking crate; returns its text and canonical path.
fn read_page(path: &syn::LitStr, manifest_dir: Option<&Path>) -> syn::Result<(String, PathBuf)> {
    let value = path.value();
    let fail = |message: String| syn::Error::new(path.span(), message);
    let relative = Path::new(&value);
    if value.is_empty() {
        return Err(fail(
            "`path` is empty; name a markdown file relative to your crate's Cargo.toml".into(),
        ));
    }
    for component in relative.components() {
        match component {
            Component::RootDir | Component::Prefix(_) => {
                return Err(fail(format!(
                    "`{value}` is absolute; `path` is relative to your crate's Cargo.toml and must stay inside the crate"
                )))
            }
            Component::ParentDir => {
                return Err(fail(format!(
                    "`{value}` leaves the crate through `..`; pages must live inside the crate that invokes the macro"
                )))
            }
            _ => {}
        }
    }
    let root = manifest_dir.ok_or_else(|| {
        fail("CARGO_MANIFEST_DIR is not set: `path = ...` needs a build run by cargo".into())
    })?;
    let full = root.join(relative);
    let metadata = std::fs::metadata(&full).map_err(|e| {
        fail(match e.kind() {
            std::io::ErrorKind::NotFound => {
                format!("`{value}` not found (paths are relative to the directory of your crate's Cargo.toml)")
            }
            _ => format!("cannot read `{value}`: {e}"),
        })
    })?;
    if metadata.is_dir() {
        return Err(fail(format!(
            "`{value}` is a directory; name the markdown file inside it"
        )));
    }
    let canonical = full
        .canonicalize()
        .map_err(|e| fail(format!("cannot resolve `{value}`: {e}")))?;
    let canonical_root = root
        .canonicalize()
        .map_err(|e| fail(format!("cannot resolve the crate root: {e}")))?;
    if !canonical.starts_with(&canonical_root) {
        return Err(fail(format!(
            "`{value}` resolves (through a link) to a file outside the crate"
        )));
    }
    let bytes =
        std::fs::read(&canonical).map_err(|e| fail(format!("cannot read `{value}`: {e}")))?;
    let source = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        fail(format!(
            "{value}:{line}: the page is not valid UTF-8; save it as UTF-8"
        ))
    })?;
    Ok((source, canonical))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stand-in for the proc-macro's precomputed expansions: only `dc` has one.
    fn marker(service: &str) -> Option<&'static str> {
        (service == "dc").then_some("struct Precomputed;")
    }

    fn expand_with_marker(arguments: &str) -> String {
        let input = arguments.parse().expect("arguments lex");
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        match try_expand(input, Some(dir), marker) {
            Ok(tokens) => tokens.to_string(),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn only_bundled_pages_without_options_take_the_precomputed_expansion() {
        assert_eq!(expand_with_marker(r#""dc""#), "struct Precomputed ;");
        assert_eq!(expand_with_marker(r#""dc","#), "struct Precomputed ;");
        for arguments in [
            r#""dc", name = DirectConnectError"#,
            r#""dc", vis = pub(crate)"#,
            r#""dc", rename = { "ActionOffline" = Offline }"#,
            r#""dc", path = "pages/dc.md""#,
            r#""gaap""#,
        ] {
            let expansion = expand_with_marker(arguments);
            assert!(
                !expansion.contains("Precomputed") && expansion.contains("pub fn from_code"),
                "{arguments}: {expansion:.200}"
            );
        }
        // Arguments are still checked before anything is looked up.
        assert!(expand_with_marker(r#""DC""#).contains("invalid service name"));
        assert!(expand_with_marker(r#""dc", colour = red"#).contains("unknown option"));
    }

    #[test]
    fn precomputed_expansions_are_what_the_page_expands_to() {
        for service in bundled::SERVICES {
            let text = match bundled::expansion(service) {
                Some(Ok(text)) => text,
                other => panic!("{service}: {other:?}"),
            };
            let input = format!("{service:?}").parse().expect("a literal");
            let expected = expand_in(input, None).to_string();
            let precomputed: TokenStream = text.parse().expect("the text lexes");
            assert_eq!(precomputed.to_string(), expected, "{service}");
        }
        assert!(bundled::expansion("nope").is_none());
    }
}
