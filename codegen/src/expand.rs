//! The macro's driver: from `tencent_errors!(...)` arguments to tokens, or to `compile_error!`s
//! that point at the argument concerned and name the page's file and line.

use std::path::{Path, PathBuf};

use proc_macro2::{Span, TokenStream};

use tencent_errors_runtime::Language;

use crate::actions::{
    actions_module_name, generate_actions, parse_action_page, select_sections, ActionListing,
    ActionsTarget, ServiceIndex,
};
use crate::bundled::{action_page, push_listings, ServiceData, BUNDLED_SERVICES};
use crate::diagnostic::{Diagnostic, Location};
use crate::format::check_service_name;
use crate::generate::{generate, Target};
use crate::input::{ActionsOption, MacroInput};
use crate::model::{Listing, Model, Rename};
use crate::parse::{parse_page, ParsedPage, Row};
use crate::source::read_page;
use crate::suggest::{closest, hint};

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
    let service = input.service.value();
    check_service_name(&service)
        .map_err(|message| syn::Error::new(input.service.span(), message))?;
    let renames: Vec<Rename> = input
        .renames
        .iter()
        .map(|(code, variant)| Rename {
            code: code.value(),
            variant: variant.to_string(),
        })
        .collect();
    let with_retired = input.retired.as_ref().map_or(true, |retired| retired.value);
    let source = Source::resolve(&input, &service, manifest_dir)?;
    let model = source
        .model(&renames, with_retired)
        .map_err(|(file_name, diagnostics)| {
            to_syn_error(&input, &file_name, source.span, diagnostics)
        })?;
    let mut target = Target::new(&service, source.origin.clone());
    if let Some(name) = &input.name {
        target.name = name.clone();
    }
    if let Some(vis) = &input.vis {
        target.vis = vis.clone();
    }
    if let Some((language, _)) = input.lang {
        target.language = language;
    }
    target.track = source.tracked();
    target.retired_since = source.retired_since();
    let tokens = generate(&target, &model)
        .map_err(|e| to_syn_error(&input, &source.file_names(), source.span, vec![e]))?;
    match &input.actions {
        None => Ok(tokens),
        Some((selection, key)) => {
            let actions = expand_actions(&input, target, &model, selection, *key, manifest_dir)?;
            Ok(quote::quote! { #tokens #actions })
        }
    }
}

/// The module of per-action enums for `actions = ...`: reads the action page (the crate's
/// `actions_path`, else the bundled one), picks the actions and generates their enums.
fn expand_actions(
    input: &MacroInput,
    service_target: Target,
    model: &Model,
    selection: &ActionsOption,
    key: Span,
    manifest_dir: Option<&Path>,
) -> syn::Result<TokenStream> {
    let service = service_target.service.clone();
    let wanted: Option<Vec<String>> = match selection {
        ActionsOption::All => None,
        ActionsOption::Listed(names) => Some(names.iter().map(ToString::to_string).collect()),
    };
    let (page, scanned, file_name, origin, span, track) = match &input.actions_path {
        Some(path) => {
            let (text, file) = read_page(path, manifest_dir)?;
            let name = path.value();
            // A few actions of a large page: only their sections are read.
            let (text, scanned) = match &wanted {
                None => (text, Vec::new()),
                Some(wanted) => {
                    let (kept, scanned) = select_sections(&text, wanted);
                    let scanned: Vec<String> = scanned.into_iter().map(str::to_owned).collect();
                    (kept, scanned)
                }
            };
            let page = parse_action_page(&text)
                .map_err(|diagnostics| page_error(&name, path.span(), diagnostics))?;
            let origin = format!("`{name}`");
            (page, scanned, name, origin, path.span(), Some(file))
        }
        None => {
            let with_retired = input.retired.as_ref().map_or(true, |retired| retired.value);
            let file_name = format!("actions/{service}.md (bundled)");
            let bundled = action_page(&service, wanted.as_deref(), with_retired)
                .ok_or_else(|| {
                    syn::Error::new(
                        key,
                        format!(
                            "no action page for service `{service}`: the bundled data has none \
                             (`codegen/data/actions/` lists the codes per action of the services \
                             Tencent's SDK documents); give one of your crate with \
                             `actions_path = \"docs/{service}-actions.md\"`"
                        ),
                    )
                })?
                .map_err(|diagnostics| page_error(&file_name, key, diagnostics))?;
            (
                bundled.page,
                bundled.known,
                file_name,
                format!("the bundled page `actions/{service}.md`"),
                key,
                None,
            )
        }
    };
    let chosen: Vec<&ActionListing> = match selection {
        ActionsOption::All => page.actions.iter().collect(),
        ActionsOption::Listed(names) => {
            let mut chosen = Vec::with_capacity(names.len());
            let mut missing: Option<syn::Error> = None;
            for name in names {
                let wanted = name.to_string();
                match page.action(&wanted) {
                    Some(listing) => chosen.push(listing),
                    None => {
                        let similar = closest(
                            &wanted,
                            scanned.iter().map(String::as_str),
                            2.max(wanted.len() / 4),
                            false,
                            3,
                        );
                        let error = syn::Error::new(
                            name.span(),
                            format!(
                                "no action `{wanted}` on {file_name}{}",
                                hint(&similar, &format!(" ({} actions)", scanned.len()))
                            ),
                        );
                        match missing.as_mut() {
                            Some(first) => first.combine(error),
                            None => missing = Some(error),
                        }
                    }
                }
            }
            if let Some(error) = missing {
                return Err(error);
            }
            chosen
        }
    };
    let index = ServiceIndex::new(model);
    let mut actions = Vec::with_capacity(chosen.len());
    let mut problems = Vec::new();
    for listing in chosen {
        match index.action(listing) {
            Ok(action) => actions.push(action),
            Err(problem) => problems.push(problem),
        }
    }
    if !problems.is_empty() {
        return Err(page_error(&file_name, span, problems));
    }
    let module = match &input.actions_mod {
        Some(module) => module.clone(),
        None => syn::Ident::new(&actions_module_name(&service), Span::call_site()),
    };
    let target = ActionsTarget {
        service: service_target,
        module,
        origin,
        track,
    };
    generate_actions(&target, &actions).map_err(|e| page_error(&file_name, span, vec![e]))
}

/// Diagnostics about a page that no option span points into, as `file:line: message` errors
/// at `span`.
fn page_error(file_name: &str, span: Span, diagnostics: Vec<Diagnostic>) -> syn::Error {
    let mut errors = diagnostics
        .into_iter()
        .filter(Diagnostic::is_error)
        .map(|diagnostic| {
            let at = match diagnostic.line() {
                Some(line) => format!("{file_name}:{line}"),
                None => file_name.to_owned(),
            };
            syn::Error::new(span, format!("{at}: {}", diagnostic.message))
        });
    let mut first = errors
        .next()
        .unwrap_or_else(|| syn::Error::new(span, format!("{file_name}: invalid page")));
    for error in errors {
        first.combine(error);
    }
    first
}

/// What an invocation reads: pages of the invoking crate, or the bundled data.
struct Source {
    pages: Vec<UserPage>,
    bundled: Option<ServiceData<'static>>,
    /// How the generated docs name it.
    origin: String,
    /// The argument that names it, for diagnostics about the pages.
    span: Span,
}

/// A page of the invoking crate.
struct UserPage {
    /// As written in `path`, for diagnostics.
    name: String,
    text: String,
    /// Its canonical path, to track for rebuilds.
    file: PathBuf,
}

impl Source {
    fn resolve(
        input: &MacroInput,
        service: &str,
        manifest_dir: Option<&Path>,
    ) -> syn::Result<Source> {
        if input.paths.is_empty() {
            let data = ServiceData::bundled(service)
                .ok_or_else(|| syn::Error::new(input.service.span(), unknown_service(service)))?;
            return Ok(Source {
                pages: Vec::new(),
                origin: data.origin(),
                bundled: Some(data),
                span: input.service.span(),
            });
        }
        let mut pages = Vec::new();
        for path in &input.paths {
            let (text, file) = read_page(path, manifest_dir)?;
            pages.push(UserPage {
                name: path.value(),
                text,
                file,
            });
        }
        let origin = pages
            .iter()
            .map(|page| format!("`{}`", page.name))
            .collect::<Vec<_>>()
            .join(" and ");
        Ok(Source {
            pages,
            bundled: None,
            origin,
            span: input.paths[0].span(),
        })
    }

    /// The model, or the diagnostics with the file they concern.
    fn model(
        &self,
        renames: &[Rename],
        with_retired: bool,
    ) -> Result<Model, (String, Vec<Diagnostic>)> {
        if let Some(data) = &self.bundled {
            return data
                .model(renames, with_retired)
                .map_err(|diagnostics| (format!("{}.md (bundled)", data.name), diagnostics));
        }
        if let [page] = self.pages.as_slice() {
            let parsed = check_page(page)?;
            let language = page_language(&parsed.rows);
            return Model::merge(listings(vec![(parsed.rows, language)]), renames)
                .map_err(|diagnostics| (page.name.clone(), diagnostics));
        }
        // Several pages: each is checked on its own first, so that every diagnostic names its
        // file; what the merge can add concerns them all.
        let mut pages = Vec::new();
        for page in &self.pages {
            let parsed = check_page(page)?;
            Model::build(parsed.rows.clone(), &[]).map_err(|d| (page.name.clone(), d))?;
            let language = page_language(&parsed.rows);
            pages.push((parsed.rows, language));
        }
        Model::merge(listings(pages), renames).map_err(|d| (self.file_names(), d))
    }

    fn file_names(&self) -> String {
        match &self.bundled {
            Some(data) => format!("{}.md (bundled)", data.name),
            None => self
                .pages
                .iter()
                .map(|page| page.name.as_str())
                .collect::<Vec<_>>()
                .join(" + "),
        }
    }

    fn tracked(&self) -> Vec<PathBuf> {
        self.pages.iter().map(|page| page.file.clone()).collect()
    }

    fn retired_since(&self) -> Option<String> {
        self.bundled.as_ref().and_then(ServiceData::retired_since)
    }
}

/// Parses a page of the invoking crate; an empty page is an error.
fn check_page(page: &UserPage) -> Result<ParsedPage, (String, Vec<Diagnostic>)> {
    let fail = |diagnostics| (page.name.clone(), diagnostics);
    if page.text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(fail(vec![Diagnostic::error(
            Location::Page,
            "the page is empty",
        )]));
    }
    parse_page(&page.text).map_err(fail)
}

/// The listings of several pages, each page's tables numbered apart from the others'.
fn listings(pages: Vec<(Vec<Row>, Language)>) -> Vec<Listing> {
    let mut listings = Vec::new();
    let mut tables = 0;
    for (rows, language) in pages {
        push_listings(&mut listings, &mut tables, rows, language);
    }
    listings
}

/// The language of a page of the invoking crate, from its text: Chinese when at least a fifth
/// of its described rows contain a CJK ideograph, English otherwise. (Headers say nothing:
/// Chinese pages with `| Code | Description |` headers exist.)
pub(crate) fn page_language(rows: &[Row]) -> Language {
    let described: Vec<&str> = rows
        .iter()
        .filter_map(|row| row.description.as_ref().map(|d| d.text.as_str()))
        .collect();
    let chinese = described
        .iter()
        .filter(|text| text.chars().any(is_cjk_ideograph))
        .count();
    if described.is_empty() || chinese * 5 >= described.len() {
        Language::Chinese
    } else {
        Language::English
    }
}

fn is_cjk_ideograph(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}')
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

fn unknown_service(service: &str) -> String {
    let similar = closest(
        service,
        BUNDLED_SERVICES.iter().map(|service| service.name),
        2.max(service.len() / 3),
        true,
        3,
    );
    format!(
        "no bundled data for service `{service}`{} `tencent_errors::SERVICES` lists the {} \
         bundled services. For a page of your own, add `path = \"docs/{service}.md\"` \
         (relative to your crate's Cargo.toml).",
        hint(&similar, "."),
        BUNDLED_SERVICES.len()
    )
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
    fn page_language_follows_the_text() {
        let rows = |texts: &[&str]| -> Vec<Row> {
            let mut page = String::from("| 错误码 | 说明 |\n|---|---|\n");
            for (i, text) in texts.iter().enumerate() {
                page.push_str(&format!("| A{i} | {text} |\n"));
            }
            parse_page(&page).expect("a page").rows
        };
        assert_eq!(
            page_language(&rows(&["参数错误。", "Bad."])),
            Language::Chinese
        );
        assert_eq!(
            page_language(&rows(&[
                "Bad.", "Worse.", "Missing.", "Gone.", "Odd.", "参数"
            ])),
            Language::English
        );
        assert_eq!(page_language(&rows(&[""])), Language::Chinese);
    }
}
