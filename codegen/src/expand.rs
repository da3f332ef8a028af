//! The macro's driver: from `tencent_errors!(...)` arguments to tokens, or to `compile_error!`s
//! that point at the argument concerned and name the page's file and line.

use std::path::{Path, PathBuf};

use proc_macro2::{Span, TokenStream};

use crate::bundled;
use crate::diagnostic::{Diagnostic, Location};
use crate::generate::{generate, lex, Target};
use crate::input::MacroInput;
use crate::model::Rename;
use crate::source::read_page;
use crate::suggest::{closest, hint};

/// Expands `tencent_errors!(...)` arguments, reading `path = ...` pages relative to the
/// `CARGO_MANIFEST_DIR` of the invoking crate. Errors become `compile_error!` invocations.
///
/// A bundled page invoked without options (`tencent_errors!("cvm")`) is taken from
/// `precomputed(service)` when that returns `Some`, instead of being parsed: it must then return
/// [`bundled_expansion`](crate::bundled_expansion)`(service)` as computed by this version of the
/// crate. Pass `|_| None` to always parse.
pub fn expand(input: TokenStream, precomputed: fn(&str) -> Option<&'static str>) -> TokenStream {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    match try_expand(input, manifest_dir.as_deref(), precomputed) {
        Ok(tokens) => tokens,
        Err(error) => error.to_compile_error(),
    }
}

/// [`expand`] with an explicit crate directory (`None`: only bundled pages can be used), always
/// parsing the page: for tools that show what the macro generates.
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
    let input: MacroInput = syn::parse2(input)?;
    let service = input.service.value();
    check_service_name(&service)
        .map_err(|message| syn::Error::new(input.service.span(), message))?;
    if has_no_options(&input) {
        if let Some(text) = precomputed(&service) {
            return lex(text).map_err(|e| syn::Error::new(input.service.span(), e.message));
        }
    }
    let page = Page::resolve(&input, &service, manifest_dir)?;
    let mut target = Target::new(&service, page.origin);
    if let Some(name) = &input.name {
        target.name = name.clone();
    }
    if let Some(vis) = &input.vis {
        target.vis = vis.clone();
    }
    target.track = page.track;
    let renames: Vec<Rename> = input
        .renames
        .iter()
        .map(|(code, variant)| Rename {
            code: code.value(),
            variant: variant.to_string(),
        })
        .collect();
    crate::build_model(&page.source, &renames)
        .and_then(|model| generate(&target, &model).map_err(|e| vec![e]))
        .map_err(|diagnostics| to_syn_error(&input, &page.file_name, page.span, diagnostics))
}

fn has_no_options(input: &MacroInput) -> bool {
    input.path.is_none() && input.name.is_none() && input.vis.is_none() && input.renames.is_empty()
}

/// The page an invocation reads.
struct Page {
    source: String,
    /// How the generated docs name it.
    origin: String,
    /// How diagnostics name it (`docs/x.md`, `cvm.md (bundled)`).
    file_name: String,
    /// A file of the invoking crate to track for rebuilds.
    track: Option<PathBuf>,
    /// The argument that names it, for diagnostics about the page.
    span: Span,
}

impl Page {
    fn resolve(
        input: &MacroInput,
        service: &str,
        manifest_dir: Option<&Path>,
    ) -> syn::Result<Page> {
        if let Some(path) = &input.path {
            let (source, file) = read_page(path, manifest_dir)?;
            return Ok(Page {
                source,
                origin: format!("`{}`", path.value()),
                file_name: path.value(),
                track: Some(file),
                span: path.span(),
            });
        }
        match bundled::bundled_page(service) {
            Some(source) => Ok(Page {
                source: source.to_owned(),
                origin: bundled::origin(service),
                file_name: format!("{service}.md (bundled)"),
                track: None,
                span: input.service.span(),
            }),
            None => Err(syn::Error::new(
                input.service.span(),
                unknown_service(service),
            )),
        }
    }
}

/// All diagnostics as one combined `syn::Error`, each at the span its location names.
fn to_syn_error(
    input: &MacroInput,
    file_name: &str,
    page_span: Span,
    diagnostics: Vec<Diagnostic>,
) -> syn::Error {
    let mut errors = diagnostics
        .into_iter()
        .filter(Diagnostic::is_error)
        .map(|diagnostic| {
            let rename = |index: usize| &input.renames[index];
            match diagnostic.location {
                Location::Page => {
                    syn::Error::new(page_span, format!("{file_name}: {}", diagnostic.message))
                }
                Location::Line(line) => syn::Error::new(
                    page_span,
                    format!("{file_name}:{line}: {}", diagnostic.message),
                ),
                Location::RenameCode(index) => {
                    let (code, _) = rename(index);
                    syn::Error::new(
                        code.span(),
                        format!("rename of `{}`: {}", code.value(), diagnostic.message),
                    )
                }
                Location::RenameVariant(index) => {
                    let (code, variant) = rename(index);
                    syn::Error::new(
                        variant.span(),
                        format!("rename of `{}`: {}", code.value(), diagnostic.message),
                    )
                }
            }
        });
    let mut first = errors
        .next()
        .unwrap_or_else(|| syn::Error::new(page_span, format!("{file_name}: invalid page")));
    for error in errors {
        first.combine(error);
    }
    first
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
    let similar = closest(
        service,
        bundled::BUNDLED_SERVICES.iter().copied(),
        2.max(service.len() / 3),
        true,
        3,
    );
    format!(
        "no bundled page for service `{service}`{} Bundled services: {}. For a page of your \
         own, add `path = \"docs/{service}.md\"` (relative to your crate's Cargo.toml).",
        hint(&similar, "."),
        bundled::BUNDLED_SERVICES.join(", ")
    )
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
        for service in crate::BUNDLED_SERVICES {
            let text = match crate::bundled_expansion(service) {
                Some(Ok(text)) => text,
                other => panic!("{service}: {other:?}"),
            };
            let input = format!("{service:?}").parse().expect("a literal");
            let expected = expand_in(input, None).to_string();
            let precomputed: TokenStream = text.parse().expect("the text lexes");
            assert_eq!(precomputed.to_string(), expected, "{service}");
        }
        assert!(crate::bundled_expansion("nope").is_none());
    }
}
