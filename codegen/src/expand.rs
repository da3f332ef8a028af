//! The macro's driver: from `tencent_errors!(...)` arguments to tokens, or to `compile_error!`s
//! that point at the argument concerned and name the page's file and line.

use std::path::{Path, PathBuf};

use proc_macro2::{Span, TokenStream};
use syn::Ident;

use crate::diagnostic::{Diagnostic, Location};
use crate::model::Rename;
use crate::request::input::MacroInput;
use crate::request::source::{read_data_directory, read_page, read_page_or_directory};
use crate::request::{build, ActionSelection, ActionsPath, Page, Request};

/// Expands `tencent_errors!(...)` arguments, reading `path = ...` pages relative to the
/// `CARGO_MANIFEST_DIR` of the invoking crate. Errors become `compile_error!` invocations.
pub fn expand(input: TokenStream) -> TokenStream {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    expand_in(input, manifest_dir.as_deref())
}

/// [`expand`] with an explicit crate directory (`None`: only bundled pages can be used), for
/// tools that show what the macro generates.
pub fn expand_in(input: TokenStream, manifest_dir: Option<&Path>) -> TokenStream {
    match try_expand(input, manifest_dir) {
        Ok(tokens) => tokens,
        Err(error) => error.to_compile_error(),
    }
}

fn try_expand(input: TokenStream, manifest_dir: Option<&Path>) -> syn::Result<TokenStream> {
    let input: MacroInput = syn::parse2(input)?;
    let request = request(&input, manifest_dir)?;
    build(&request)
        .and_then(|built| built.generate())
        .map_err(|diagnostics| to_syn_error(&input, &request, diagnostics))
}

/// The macro's arguments as a [`Request`], with the crate's pages read.
fn request(input: &MacroInput, manifest_dir: Option<&Path>) -> syn::Result<Request> {
    let mut request = Request::new(input.service.value());
    for path in &input.paths {
        request.pages.push(read_user_page(path, manifest_dir)?);
    }
    if let Some(path) = &input.data {
        request.data = Some(read_data_directory(path, manifest_dir, &request.service)?);
    }
    if let (Some(path), None) = (&input.actions_path, &input.actions) {
        // Not read: `build` rejects `actions_path` without `actions` before anything reads it.
        request.actions_path = Some(ActionsPath {
            name: path.value(),
            directory: false,
            pages: Vec::new(),
        });
    } else if let Some(path) = &input.actions_path {
        let (files, directory) = read_page_or_directory(path, manifest_dir)?;
        request.actions_path = Some(ActionsPath {
            name: path.value(),
            directory,
            pages: files
                .into_iter()
                .map(|file| Page {
                    name: file.name,
                    text: file.text,
                    track: Some(file.file),
                })
                .collect(),
        });
    }
    request.renames = input
        .renames
        .iter()
        .map(|(code, variant)| Rename {
            code: code.value(),
            variant: variant.to_string(),
        })
        .collect();
    request.language = input.lang.as_ref().map(|(language, _)| *language);
    request.retired = input.retired.as_ref().map_or(true, |retired| retired.value);
    request.name = input.name.clone();
    request.vis = input.vis.clone();
    request.actions = input
        .actions
        .as_ref()
        .map(|(selection, _)| selection.clone());
    request.actions_mod = input.actions_mod.clone();
    Ok(request)
}

/// A page of the invoking crate, read under the file-system policy of [`read_page`].
fn read_user_page(path: &syn::LitStr, manifest_dir: Option<&Path>) -> syn::Result<Page> {
    let (text, file) = read_page(path, manifest_dir)?;
    Ok(Page {
        name: path.value(),
        text,
        track: Some(file),
    })
}

/// All error diagnostics as one combined `syn::Error`, each at the span of the argument it
/// concerns: a page's problems at its `path` (the service name for the bundled data), the
/// per-action input's at `actions_path` (the `actions` key for the bundled data), a data
/// directory's at `data`.
fn to_syn_error(input: &MacroInput, request: &Request, diagnostics: Vec<Diagnostic>) -> syn::Error {
    let actions_key = input.actions.as_ref().map(|(_, key)| *key);
    let file_span = |file: Option<&str>| -> Span {
        match file {
            Some(file) if request.is_actions_file(file) => input
                .actions_path
                .as_ref()
                .map(syn::LitStr::span)
                .or(actions_key)
                .unwrap_or_else(|| input.service.span()),
            // The page's own literal; what concerns them all (`a.md + b.md`) goes on the first;
            // a data directory's files on `data`.
            _ => file
                .and_then(|file| input.paths.iter().find(|path| path.value() == file))
                .or_else(|| input.paths.first())
                .or(input.data.as_ref())
                .map_or_else(|| input.service.span(), syn::LitStr::span),
        }
    };
    let mut errors = diagnostics
        .into_iter()
        .filter(Diagnostic::is_error)
        .map(|diagnostic| {
            let rename = |index: usize| input.renames.get(index);
            let span = match diagnostic.location {
                Location::Page | Location::Line(_) => file_span(diagnostic.file.as_deref()),
                Location::RenameCode(index) => {
                    rename(index).map_or_else(Span::call_site, |(code, _)| code.span())
                }
                Location::RenameVariant(index) => {
                    rename(index).map_or_else(Span::call_site, |(_, variant)| variant.span())
                }
                Location::Service => input.service.span(),
                Location::Actions => actions_key
                    .or_else(|| input.needs_actions.as_ref().map(Ident::span))
                    .unwrap_or_else(|| input.service.span()),
                Location::Action(index) => match &input.actions {
                    Some((ActionSelection::Listed(_), _)) => input
                        .action_spans
                        .get(index)
                        .copied()
                        .unwrap_or_else(Span::call_site),
                    _ => actions_key.unwrap_or_else(Span::call_site),
                },
            };
            let message = match diagnostic.location {
                Location::RenameCode(index) | Location::RenameVariant(index) => {
                    match rename(index) {
                        Some((code, _)) => {
                            format!("rename of `{}`: {}", code.value(), diagnostic.message)
                        }
                        None => diagnostic.message.clone(),
                    }
                }
                _ => diagnostic.located(),
            };
            syn::Error::new(span, message)
        });
    let mut first = errors.next().unwrap_or_else(|| {
        syn::Error::new(
            file_span(None),
            format!("{}: invalid page", request.pages_name()),
        )
    });
    for error in errors {
        first.combine(error);
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expand_str(arguments: &str) -> String {
        let input = arguments.parse().expect("arguments lex");
        match try_expand(input, Some(Path::new(env!("CARGO_MANIFEST_DIR")))) {
            Ok(tokens) => tokens.to_string(),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn arguments_are_checked_before_anything_is_read() {
        assert!(expand_str(r#""DC""#).contains("invalid service name"));
        assert!(expand_str(r#""dc", colour = red"#).contains("unknown option"));
        assert!(expand_str(r#""cvmm""#).contains("did you mean"));
        assert!(expand_str(r#""cvmm""#).contains("`cvm`"));
    }

    #[test]
    fn options_that_need_each_other_are_checked_by_build() {
        let twice = expand_str(r#""cvm", actions = [A, B, A]"#);
        assert!(twice.contains("action `A` is listed twice"), "{twice}");
        assert!(expand_str(r#""cvm", actions_mod = m"#).contains("`actions_mod` needs `actions`"));
        let path = expand_str(r#""cvm", actions_path = "missing.md""#);
        assert!(path.contains("`actions_path` needs `actions`"), "{path}");
    }
}
