//! One expansion, from what it is asked for to the models it generates: a [`Request`] (the
//! macro's arguments, with the pages already read, however they were given: `tencent_errors!`
//! or the command line) and [`build`], the one function that turns it into a [`Built`]
//! expansion. The macro's driver (`expand.rs`), every command of the command-line tool, the
//! benchmarks and the fuzz targets go through it, so what the CLI shows is what the macro
//! generates.

use std::path::PathBuf;

use proc_macro2::{Span, TokenStream};

use tencent_errors_runtime::Language;

pub(crate) mod input;
pub(crate) mod source;

use crate::data::bundled::{
    action_page, action_page_in, push_listings, ServiceData, BUNDLED_SERVICES,
};
use crate::data::format::{self, check_service_name, Dataset, Site};
use crate::diagnostic::{Diagnostic, Location};
use crate::generate::{actions_module_name, generate_actions, ActionsTarget};
use crate::generate::{generate, Target};
use crate::model::suggest::{closest, hint};
use crate::model::{merge, name_variants, Listing, Model, Rename};
use crate::model::{models_of, ActionModel};
use crate::read::CodeMap;
use crate::read::{
    is_reference_page, parse_action_pages, read_sections, ActionListing, ActionPage,
};
use crate::read::{page_languages, page_text, parse_page, ParsedPage, Row};

/// A page given by the user, already read.
#[derive(Clone, Debug)]
pub struct Page {
    /// The name diagnostics and the docs give it: the path as the user wrote it.
    pub name: String,
    /// Its text.
    pub text: String,
    /// The file to `include_bytes!` so that editing it rebuilds the invoking crate (`None`:
    /// no tracking, as for code printed by the command-line tool).
    pub track: Option<PathBuf>,
}

/// `actions = *` or `actions = [A, B]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActionSelection {
    /// Every action of the per-action input (`*`).
    All,
    /// The actions named, in the order given.
    Listed(Vec<String>),
}

/// What one expansion is asked for: the service, its pages and the macro's options.
#[derive(Clone)]
pub struct Request {
    /// The service name (`cvm`).
    pub service: String,
    /// The user's pages (`path = ..`), one per language; empty: the bundled data.
    pub pages: Vec<Page>,
    /// `rename = { "Code" = Variant }`.
    pub renames: Vec<Rename>,
    /// `lang = ".."`: the default language of `description()` (`None`: Chinese).
    pub language: Option<Language>,
    /// `retired = ..` (default `true`): keep the codes no current page lists.
    pub retired: bool,
    /// `name = ..`: the enum's name.
    pub name: Option<syn::Ident>,
    /// `vis = ..`: the enum's visibility.
    pub vis: Option<syn::Visibility>,
    /// `actions = ..`: which per-action enums to generate (`None`: none).
    pub actions: Option<ActionSelection>,
    /// `actions_mod = ..`: the module of the per-action enums.
    pub actions_mod: Option<syn::Ident>,
    /// `actions_path = ..`: the user's per-action input; `None`: the bundled per-action data
    /// (or `data`'s).
    pub actions_path: Option<ActionsPath>,
    /// `data = ".."`: the service's data from a directory in the bundled layout instead of the
    /// data bundled with the crate (`pages` is then empty).
    pub data: Option<DataDirectory>,
}

/// What `data = "dir"` names, read: one service's part of a directory in the layout of the
/// bundled data (`codegen/data/`, `docs/design.md` "Bundled data"), which it expands exactly as
/// the bundled data would be. How the service crates pin their data (`tencent-errors
/// services`).
#[derive(Clone, Debug, Default)]
pub struct DataDirectory {
    /// The directory as the user wrote it.
    pub name: String,
    /// `zh/<service>.md` and `en/<service>.md`, each `None` when absent.
    pub pages: [Option<Page>; 2],
    /// Per site where the service has no page: the site directory's first page in byte order of
    /// the file names, whose public table stands in for the one the service's page had (the
    /// bundled data's rule: every page of a site has the same public table).
    pub public_tables: [Option<Page>; 2],
    /// `actions/<service>.md`, when present.
    pub actions: Option<Page>,
    /// `history.tsv`, `sources.tsv` and `action-history.tsv`, those present.
    pub tables: Vec<Page>,
}

impl DataDirectory {
    /// Reads `service`'s part of the data directory `name`: `read` gives a file of it by its
    /// path relative to the directory (`Ok(None)`: no such file), `site_pages` the names of the
    /// markdown files of a site's folder in byte order. Which files a service's data is made
    /// of is decided here only; the macro, the command-line tool and `services` read through it.
    pub fn read<E>(
        name: &str,
        service: &str,
        mut read: impl FnMut(&str) -> Result<Option<Page>, E>,
        mut site_pages: impl FnMut(Site) -> Vec<String>,
    ) -> Result<DataDirectory, E> {
        let mut data = DataDirectory {
            name: name.trim_end_matches('/').to_owned(),
            ..DataDirectory::default()
        };
        for (at, site) in Site::ALL.into_iter().enumerate() {
            data.pages[at] = read(&Dataset::Site(site).page(service))?;
            if data.pages[at].is_none() {
                if let Some(first) = site_pages(site).first() {
                    data.public_tables[at] = read(&format!("{site}/{first}"))?;
                }
            }
        }
        data.actions = read(&Dataset::Actions.page(service))?;
        for file in [
            format::HISTORY_FILE,
            format::SOURCES_FILE,
            format::ACTION_HISTORY_FILE,
        ] {
            data.tables.extend(read(file)?);
        }
        Ok(data)
    }

    /// Whether it has per-action data (a per-action page, or `action-history.tsv`).
    pub fn has_actions(&self) -> bool {
        self.actions.is_some() || !self.table(format::ACTION_HISTORY_FILE).is_empty()
    }

    /// The text of the table file `file` (`history.tsv`, ...): empty when absent.
    fn table(&self, file: &str) -> &str {
        let path = format!("{}/{file}", self.name);
        self.tables
            .iter()
            .find(|page| page.name == path)
            .map_or("", |page| page.text.as_str())
    }

    /// The service's data, for the model.
    fn service_data<'a>(&'a self, service: &'a str) -> ServiceData<'a> {
        let text = |page: &'a Option<Page>| page.as_ref().map(|page| page.text.as_str());
        ServiceData {
            name: service,
            zh: text(&self.pages[0]),
            en: text(&self.pages[1]),
            history: self.table(format::HISTORY_FILE),
            sources: self.table(format::SOURCES_FILE),
            public_tables: [
                text(&self.pages[0]).or(text(&self.public_tables[0])),
                text(&self.pages[1]).or(text(&self.public_tables[1])),
            ],
        }
    }

    /// Every file read, to track for rebuilds.
    fn files(&self) -> impl Iterator<Item = &Page> {
        self.pages
            .iter()
            .chain(&self.public_tables)
            .chain(std::iter::once(&self.actions))
            .flatten()
            .chain(&self.tables)
    }
}

/// What `actions_path` names, read: one page (`## ActionName` sections, or one API reference
/// page) or a directory of API reference pages.
#[derive(Clone, Debug)]
pub struct ActionsPath {
    /// The path as the user wrote it.
    pub name: String,
    /// Whether it names a directory: then every page is an API reference page.
    pub directory: bool,
    /// The pages: the file, or every markdown file of the directory in byte order of their
    /// names, each named `dir/file.md`.
    pub pages: Vec<Page>,
}

impl Request {
    /// A request for `service` with the macro's defaults: the bundled data, no options.
    pub fn new(service: impl Into<String>) -> Self {
        Request {
            service: service.into(),
            pages: Vec::new(),
            renames: Vec::new(),
            language: None,
            retired: true,
            name: None,
            vis: None,
            actions: None,
            actions_mod: None,
            actions_path: None,
            data: None,
        }
    }

    /// The file name diagnostics give the service's data: the user's pages (`a.md + b.md`),
    /// or the bundled page.
    pub fn pages_name(&self) -> String {
        if let Some(data) = &self.data {
            let pages: Vec<&str> = data
                .pages
                .iter()
                .flatten()
                .map(|p| p.name.as_str())
                .collect();
            return match pages.as_slice() {
                [] => format!("{}/{}", data.name, format::HISTORY_FILE),
                _ => pages.join(" + "),
            };
        }
        if self.pages.is_empty() {
            return format!("{}.md (bundled)", self.service);
        }
        let names: Vec<&str> = self.pages.iter().map(|page| page.name.as_str()).collect();
        names.join(" + ")
    }

    /// The file name diagnostics give the per-action input: `actions_path` as written, or the
    /// bundled per-action page.
    pub fn actions_name(&self) -> String {
        match (&self.actions_path, &self.data) {
            (Some(input), _) => input.name.clone(),
            (None, Some(data)) => format!("{}/{}", data.name, Dataset::Actions.page(&self.service)),
            (None, None) => format!("actions/{}.md (bundled)", self.service),
        }
    }

    /// Whether a diagnostic naming `file` is about the per-action input (the directory, a page
    /// in it, or the bundled per-action page).
    pub fn is_actions_file(&self, file: &str) -> bool {
        file == self.actions_name()
            || self
                .actions_path
                .as_ref()
                .is_some_and(|input| input.pages.iter().any(|page| page.name == file))
    }
}

/// An expansion ready to generate: the service enum's model and target and, with `actions`,
/// the per-action enums'.
pub struct Built {
    /// The service enum's model (its warnings name their files).
    pub model: Model,
    /// The service enum's name, visibility, origin, language, tracked files.
    pub target: Target,
    /// The per-action enums, when `actions` was given.
    pub actions: Option<BuiltActions>,
    /// How diagnostics name the service's pages.
    pub file: String,
}

/// The per-action part of a [`Built`] expansion.
pub struct BuiltActions {
    /// The module, its visibility and origin.
    pub(crate) target: ActionsTarget,
    /// One model per selected action, in selection (or page) order.
    pub models: Vec<ActionModel>,
    /// How diagnostics name the per-action input.
    pub file: String,
}

impl Built {
    /// The tokens the macro expands to.
    pub fn generate(&self) -> Result<TokenStream, Vec<Diagnostic>> {
        let tokens =
            generate(&self.target, &self.model).map_err(|e| vec![e.in_file(&self.file)])?;
        match &self.actions {
            None => Ok(tokens),
            Some(actions) => {
                let module = generate_actions(&actions.target, &actions.models)
                    .map_err(|e| vec![e.in_file(&actions.file)])?;
                Ok(quote::quote! { #tokens #module })
            }
        }
    }
}

/// Builds the models of `request`: the service enum's (from the bundled data or the user's
/// pages, each page's language told from its text) and, with `actions`, the per-action
/// enums'. Every problem names its file (or the option it concerns); warnings are in the
/// service model's `warnings`.
pub fn build(request: &Request) -> Result<Built, Vec<Diagnostic>> {
    check_options(request)?;
    check_service_name(&request.service)
        .map_err(|message| vec![Diagnostic::error(Location::Service, message)])?;
    let (model, mut target) = service_model(request)?;
    if let Some(name) = &request.name {
        target.name = name.clone();
    }
    if let Some(vis) = &request.vis {
        target.vis = vis.clone();
    }
    if let Some(language) = request.language {
        target.language = language;
    }
    let actions = match &request.actions {
        None => None,
        Some(selection) => Some(action_models(request, &target, &model, selection)?),
    };
    if actions.is_some() {
        // The user's per-action pages are tracked with the service's files, in one place.
        let pages = request.actions_path.iter().flat_map(|input| &input.pages);
        target
            .track
            .extend(pages.filter_map(|page| page.track.clone()));
    }
    Ok(Built {
        model,
        target,
        actions,
        file: request.pages_name(),
    })
}

/// What no option says alone, checked here once for the macro and the command-line tool alike:
/// `actions_mod` and `actions_path` need `actions`, and `actions = [..]` lists each action once.
fn check_options(request: &Request) -> Result<(), Vec<Diagnostic>> {
    let needing = [
        ("actions_mod", request.actions_mod.is_some()),
        ("actions_path", request.actions_path.is_some()),
    ];
    if let (None, Some((key, _))) = (&request.actions, needing.iter().find(|(_, given)| *given)) {
        return Err(vec![Diagnostic::error(
            Location::Actions,
            format!("`{key}` needs `actions`: add `actions = [ActionName, ...]` or `actions = *`"),
        )]);
    }
    let Some(ActionSelection::Listed(names)) = &request.actions else {
        return Ok(());
    };
    if names.is_empty() {
        return Err(vec![Diagnostic::error(
            Location::Actions,
            "`actions` lists no action: give `*` (every action of the page) or action names",
        )]);
    }
    for (position, name) in names.iter().enumerate() {
        if let Some(first) = names[..position].iter().position(|earlier| earlier == name) {
            return Err(vec![
                Diagnostic::error(
                    Location::Action(position),
                    format!("action `{name}` is listed twice in `actions`"),
                ),
                Diagnostic::error(Location::Action(first), "first listed here"),
            ]);
        }
    }
    Ok(())
}

/// The model of one page with default options, as `tencent_errors!("page", path = "page.md")`
/// builds it: a convenience over [`build`] for tools that look at a single page.
pub fn build_model(source: &str, renames: &[Rename]) -> Result<Model, Vec<Diagnostic>> {
    let mut request = Request::new("page");
    request.pages.push(Page {
        name: "page.md".to_owned(),
        text: source.to_owned(),
        track: None,
    });
    request.renames = renames.to_vec();
    let strip = |mut diagnostics: Vec<Diagnostic>| {
        for diagnostic in &mut diagnostics {
            diagnostic.file = None;
        }
        diagnostics
    };
    build(&request).map(|built| built.model).map_err(strip)
}

/// The service enum's model and default target, from a data directory, the bundled data or the
/// user's pages.
fn service_model(request: &Request) -> Result<(Model, Target), Vec<Diagnostic>> {
    match &request.data {
        Some(directory) => directory_model(request, directory),
        None if request.pages.is_empty() => bundled_model(request),
        None => pages_model(request),
    }
}

/// The service's model from `data = ".."`, the directory in the bundled data's layout.
fn directory_model(
    request: &Request,
    directory: &DataDirectory,
) -> Result<(Model, Target), Vec<Diagnostic>> {
    let service = &request.service;
    let data = directory.service_data(service);
    if data.zh.is_none()
        && data.en.is_none()
        && format::rows_of(data.history, &[Site::Zh.as_str(), service]).is_empty()
        && format::rows_of(data.history, &[Site::En.as_str(), service]).is_empty()
    {
        return Err(vec![Diagnostic::error(
            Location::Service,
            format!(
                "the data directory `{}` has nothing for `{service}`: neither `{}` nor `{}` \
                 nor rows of `{}`",
                directory.name,
                Dataset::Site(Site::Zh).page(service),
                Dataset::Site(Site::En).page(service),
                format::HISTORY_FILE,
            ),
        )]);
    }
    let file = request.pages_name();
    let mut model = data
        .model(&request.renames, request.retired)
        .map_err(in_file(&file))?;
    model.warnings = in_file(&file)(model.warnings);
    let origin = match directory
        .pages
        .iter()
        .flatten()
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] => format!(
            "the history in `{}/{}`",
            directory.name,
            format::HISTORY_FILE
        ),
        pages => pages
            .iter()
            .map(|page| format!("`{}`", page.name))
            .collect::<Vec<_>>()
            .join(" and "),
    };
    let mut target = Target::new(service, origin);
    target.retired_since = data.retired_since();
    target.track = directory
        .files()
        .filter_map(|page| page.track.clone())
        .collect();
    Ok((model, target))
}

/// The service's model from the data bundled with the crate.
fn bundled_model(request: &Request) -> Result<(Model, Target), Vec<Diagnostic>> {
    let service = &request.service;
    let data = ServiceData::bundled(service).ok_or_else(|| {
        vec![Diagnostic::error(
            Location::Service,
            unknown_service(service),
        )]
    })?;
    let file = request.pages_name();
    let mut model = data
        .model(&request.renames, request.retired)
        .map_err(in_file(&file))?;
    model.warnings = in_file(&file)(model.warnings);
    let mut target = Target::new(service, data.origin());
    target.retired_since = data.retired_since();
    Ok((model, target))
}

/// The service's model from the user's pages (`path = ..`), one per language.
fn pages_model(request: &Request) -> Result<(Model, Target), Vec<Diagnostic>> {
    let service = &request.service;
    let origin = request
        .pages
        .iter()
        .map(|page| format!("`{}`", page.name))
        .collect::<Vec<_>>()
        .join(" and ");
    let mut target = Target::new(service, origin);
    target.track = request
        .pages
        .iter()
        .filter_map(|page| page.track.clone())
        .collect();
    // Each page is read (and, when there are several, modelled) on its own first, so that
    // every diagnostic names its file; what the merge adds concerns them all.
    let several = request.pages.len() > 1;
    let mut rows = Vec::with_capacity(request.pages.len());
    let mut warnings = Vec::new();
    for page in &request.pages {
        let in_page = in_file(&page.name);
        let parsed = read_page(&page.text).map_err(in_page)?;
        if several {
            Model::build(parsed.rows.clone(), &[]).map_err(in_page)?;
        }
        warnings.extend(in_page(parsed.warnings));
        rows.push(parsed.rows);
    }
    let named: Vec<(&str, &[Row])> = request
        .pages
        .iter()
        .zip(&rows)
        .map(|(page, rows)| (page.name.as_str(), rows.as_slice()))
        .collect();
    let languages =
        page_languages(&named).map_err(|(file, diagnostics)| in_file(&file)(diagnostics))?;
    let pages = rows.into_iter().zip(languages).collect();
    let file = request.pages_name();
    let merged = merge(listings(pages));
    let mut model = name_variants(merged, &request.renames).map_err(in_file(&file))?;
    model.warnings = in_file(&file)(model.warnings);
    model.warnings.splice(0..0, warnings);
    Ok((model, target))
}

/// Names `file` in every diagnostic that names no file yet.
fn in_file(file: &str) -> impl Fn(Vec<Diagnostic>) -> Vec<Diagnostic> + Copy + '_ {
    move |diagnostics| diagnostics.into_iter().map(|d| d.in_file(file)).collect()
}

/// Parses a page of the user; an empty page is an error.
fn read_page(text: &str) -> Result<ParsedPage, Vec<Diagnostic>> {
    if page_text(text).trim().is_empty() {
        return Err(vec![Diagnostic::error(Location::Page, "the page is empty")]);
    }
    parse_page(text)
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

/// The per-action enums of `selection`: reads the per-action input (the user's
/// `actions_path`, else the bundled data), picks the actions and ties each to the service
/// model.
fn action_models(
    request: &Request,
    service_target: &Target,
    model: &Model,
    selection: &ActionSelection,
) -> Result<BuiltActions, Vec<Diagnostic>> {
    let wanted: Option<&[String]> = match selection {
        ActionSelection::All => None,
        ActionSelection::Listed(names) => Some(names),
    };
    let input = read_actions(request, wanted, model)?;
    let chosen = choose_actions(selection, &input)?;
    let models = models_of(model, chosen).map_err(in_file(&input.file))?;
    let module = match &request.actions_mod {
        Some(module) => module.clone(),
        None => syn::Ident::new(&actions_module_name(&request.service), Span::call_site()),
    };
    Ok(BuiltActions {
        target: ActionsTarget {
            service: service_target.clone(),
            module,
            origin: input.origin,
        },
        models,
        file: input.file,
    })
}

/// The per-action input, read: its actions, every action name seen (for "did you mean"), how
/// diagnostics name it and where it came from, for the docs.
struct ActionsInput {
    page: ActionPage,
    scanned: Vec<String>,
    file: String,
    origin: String,
}

/// Reads the per-action input: the user's `actions_path`, else the data directory's, else the
/// bundled data's (only the sections of `wanted`, when given).
fn read_actions(
    request: &Request,
    wanted: Option<&[String]>,
    model: &Model,
) -> Result<ActionsInput, Vec<Diagnostic>> {
    let service = &request.service;
    if let Some(input) = &request.actions_path {
        let (page, scanned) = read_actions_path(input, wanted, model)?;
        let origin = match (input.directory, input.pages.as_slice()) {
            (true, _) => format!("the API reference pages in `{}`", input.name),
            (false, [page]) if is_reference_page(&page.text) => {
                format!("the API reference page `{}`", input.name)
            }
            _ => format!("`{}`", input.name),
        };
        return Ok(ActionsInput {
            page,
            scanned,
            file: input.name.clone(),
            origin,
        });
    }
    let file = request.actions_name();
    let read = match &request.data {
        Some(data) => action_page_in(
            service,
            data.actions.as_ref().map(|page| page.text.as_str()),
            data.table(format::ACTION_HISTORY_FILE),
            data.table(format::SOURCES_FILE),
            wanted,
            request.retired,
        ),
        None => action_page(service, wanted, request.retired),
    };
    let read = read
        .ok_or_else(|| {
            let message = match &request.data {
                Some(_) => format!(
                    "no per-action data for service `{service}`: `{file}` does not exist and \
                     `{}` has no rows for it",
                    format::ACTION_HISTORY_FILE
                ),
                None => format!(
                    "no action page for service `{service}`: the bundled data has none \
                     (`codegen/data/actions/` lists the codes per action of the services \
                     Tencent's SDK documents); give one of your crate with \
                     `actions_path = \"docs/{service}-actions.md\"`"
                ),
            };
            vec![Diagnostic::error(Location::Actions, message)]
        })?
        .map_err(in_file(&file))?;
    let origin = match &request.data {
        Some(_) => format!("the page `{file}`"),
        None => format!("the bundled page `actions/{service}.md`"),
    };
    Ok(ActionsInput {
        page: read.page,
        scanned: read.known,
        file,
        origin,
    })
}

/// The listings `selection` picks from the input, in selection (or page) order; every name
/// the input does not have is an error at its place in `actions`.
fn choose_actions<'a>(
    selection: &ActionSelection,
    input: &'a ActionsInput,
) -> Result<Vec<&'a ActionListing>, Vec<Diagnostic>> {
    let names = match selection {
        ActionSelection::All => return Ok(input.page.actions.iter().collect()),
        ActionSelection::Listed(names) => names,
    };
    let mut chosen = Vec::with_capacity(names.len());
    let mut missing = Vec::new();
    for (position, wanted) in names.iter().enumerate() {
        match input.page.action(wanted) {
            Some(listing) => chosen.push(listing),
            None => {
                let scanned = &input.scanned;
                let similar = closest(
                    wanted,
                    scanned.iter().map(String::as_str),
                    2.max(wanted.len() / 4),
                    false,
                    3,
                );
                missing.push(Diagnostic::error(
                    Location::Action(position),
                    format!(
                        "no action `{wanted}` on {}{}",
                        input.file,
                        hint(&similar, &format!(" ({} actions)", scanned.len()))
                    ),
                ));
            }
        }
    }
    if missing.is_empty() {
        Ok(chosen)
    } else {
        Err(missing)
    }
}

/// The actions of the user's `actions_path`: one page of `## ActionName` sections (only the
/// sections of `wanted`, when given, are read), one API reference page, or a directory of
/// them, against the service's `model` (a code that white space cuts on an API reference page
/// is the code of `model` it spells without the white space). Also returns every action name
/// seen, for "did you mean" (empty when every section of a sections page was read).
fn read_actions_path(
    input: &ActionsPath,
    wanted: Option<&[String]>,
    model: &Model,
) -> Result<(ActionPage, Vec<String>), Vec<Diagnostic>> {
    if let [page] = input.pages.as_slice() {
        if !input.directory && !is_reference_page(&page.text) {
            return read_sections(&page.text, wanted).map_err(in_file(&page.name));
        }
    }
    if input.pages.is_empty() {
        return Err(vec![Diagnostic::error(
            Location::Page,
            "the directory has no markdown file (`*.md`); put one API reference page per \
             action in it",
        )
        .in_file(&input.name)]);
    }
    let pages: Vec<(&str, &str)> = input
        .pages
        .iter()
        .map(|page| (page.name.as_str(), page.text.as_str()))
        .collect();
    let codes: CodeMap<&str, ()> = model.codes.iter().map(|c| (c.code.as_str(), ())).collect();
    let known = |code: &str| codes.contains_key(code);
    let page = parse_action_pages(&pages, input.directory, &known).map_err(|errors| {
        errors
            .into_iter()
            .map(|(file, diagnostic)| diagnostic.in_file(&file))
            .collect::<Vec<_>>()
    })?;
    let scanned = page.actions.iter().map(|a| a.name.clone()).collect();
    Ok((page, scanned))
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

    fn page(name: &str, text: &str) -> Page {
        Page {
            name: name.to_owned(),
            text: text.to_owned(),
            track: None,
        }
    }

    #[test]
    fn an_english_page_alone_fills_the_english_texts() {
        // A page's language is told from its text, whoever builds it: English here.
        let model = build_model(
            "| Error Code | Description |\n|---|---|\n| A.B | Bad thing. |\n",
            &[],
        )
        .expect("a model");
        let code = &model.codes[0];
        assert!(code.description.is_none());
        assert_eq!(
            code.description_en.as_ref().map(|d| d.text.as_str()),
            Some("Bad thing.")
        );
    }

    #[test]
    fn problems_name_their_file_or_option() {
        let mut request = Request::new("svc");
        request.pages = vec![
            page("zh.md", "| 错误码 | 说明 |\n|---|---|\n| A B | 坏 |\n"),
            page("en.md", ""),
        ];
        let errors = build(&request).err().expect("bad pages");
        assert_eq!(
            errors[0].located(),
            "zh.md:3: error code `A B` contains a space; codes are one word"
        );
        let mut request = Request::new("svc");
        request.pages = vec![page("en.md", "")];
        let errors = build(&request).err().expect("empty");
        assert_eq!(errors[0].located(), "en.md: the page is empty");
        let errors = build(&Request::new("cvmm")).err().expect("unknown");
        assert_eq!(errors[0].location, Location::Service);
        assert!(errors[0].message.contains("`cvm`"));
        let errors = build(&Request::new("DC")).err().expect("invalid");
        assert!(errors[0].message.contains("invalid service name"));
    }

    #[test]
    fn listed_actions_that_do_not_exist_point_at_themselves() {
        let mut request = Request::new("cvm");
        request.actions = Some(ActionSelection::Listed(vec![
            "RunInstances".to_owned(),
            "RunInstance".to_owned(),
        ]));
        let errors = build(&request).err().expect("one unknown action");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].location, Location::Action(1));
        assert!(
            errors[0].message.contains("`RunInstances`"),
            "{}",
            errors[0].message
        );
    }
}
