//! From per-action models to tokens: a module (`cvm_actions`) holding one enum per action,
//! each [`template::ACTION`] filled in as text, the whole module body lexed once.

use std::fmt::Write as _;

use proc_macro2::TokenStream;
use quote::quote;

use super::actions_template::{self as template, ActionMarker};
use crate::diagnostic::{Diagnostic, Location};
use crate::generate::{
    lex, push_byte_string_literal, push_string_literal, push_translation, push_variant,
    PackedStrings, Target,
};
use crate::model::naming::{OTHER_VARIANT, UNKNOWN_VARIANT};
use crate::model::{ActionCode, ActionModel};
use crate::read::language_name;
use crate::read::PageNote;

/// The module of per-action enums to generate beside a service enum.
pub(crate) struct ActionsTarget {
    /// The service enum's target (name, visibility, service).
    pub service: Target,
    /// The module's name, e.g. `cvm_actions`.
    pub module: syn::Ident,
    /// Where the action page came from, for the docs.
    pub origin: String,
}

/// `<service>_actions`.
pub(crate) fn actions_module_name(service: &str) -> String {
    format!("{service}_actions")
}

/// The module with one enum per action.
pub(crate) fn generate_actions(
    target: &ActionsTarget,
    actions: &[ActionModel],
) -> Result<TokenStream, Diagnostic> {
    let service = &target.service;
    let service_path = format!("super::{}", service.name);
    let vis = inner_visibility(&service.vis);
    let mut body = String::new();
    for action in actions {
        write_action(&mut body, target, &service_path, &vis, action)?;
    }
    let body = lex(&body)?;
    let module = &target.module;
    let module_vis = &service.vis;
    let doc = module_doc(target, actions);
    Ok(quote! {
        #(#[doc = #doc])*
        #module_vis mod #module {
            #body
        }
    })
}

/// The visibility of the enums inside the module, so that they are exactly as visible as the
/// service enum: `pub` stays `pub`, private becomes `pub(super)`, and restricted paths get
/// one `super` more.
fn inner_visibility(vis: &syn::Visibility) -> String {
    match vis {
        syn::Visibility::Public(_) => "pub".to_owned(),
        syn::Visibility::Inherited => "pub(super)".to_owned(),
        syn::Visibility::Restricted(restricted) => {
            let segments: Vec<String> = restricted
                .path
                .segments
                .iter()
                .map(|segment| segment.ident.to_string())
                .collect();
            let path = match segments.first().map(String::as_str) {
                Some("crate") => segments.join("::"),
                Some("self") => {
                    let mut rest = vec!["super".to_owned()];
                    rest.extend(segments.into_iter().skip(1));
                    rest.join("::")
                }
                _ => format!("super::{}", segments.join("::")),
            };
            format!("pub(in {path})")
        }
    }
}

/// Writes one per-action enum: [`template::ACTION`] with its markers filled in.
fn write_action(
    out: &mut String,
    target: &ActionsTarget,
    service_path: &str,
    vis: &str,
    action: &ActionModel,
) -> Result<(), Diagnostic> {
    let parts = ActionParts::collect(target, action)?;
    let text = template::ACTION;
    out.reserve(text.len() + parts.variants.len() + parts.position_arms.len() * 2);
    let enum_ = ActionEnum {
        target,
        service_path,
        vis,
        action,
        parts: &parts,
    };
    crate::generate::template::fill(out, text, |out, marker| {
        enum_.fill(out, marker);
        Ok(())
    })
}

/// The source text of one per-action enum that repeats once per code, and its tables.
struct ActionParts {
    name: String,
    variants: String,
    position_arms: String,
    listed_arms: String,
    all: String,
    names: PackedStrings,
    unlisted: PackedStrings,
    unlisted_descriptions: PackedStrings,
    retired: PackedStrings,
    /// How many codes are current: they come first.
    current: usize,
    tables: ActionTables,
}

impl ActionParts {
    fn collect(target: &ActionsTarget, action: &ActionModel) -> Result<Self, Diagnostic> {
        let name = format!("{}Error", action.name);
        let mut parts = ActionParts {
            variants: String::new(),
            position_arms: String::new(),
            listed_arms: String::new(),
            all: String::new(),
            names: PackedStrings::default(),
            unlisted: PackedStrings::default(),
            unlisted_descriptions: PackedStrings::default(),
            retired: PackedStrings::default(),
            current: 0,
            tables: ActionTables::new(action)?,
            name,
        };
        let name = &parts.name;
        for (position, code) in action.codes.iter().enumerate() {
            let variant = &code.variant;
            let _ = writeln!(
                parts.position_arms,
                "{name}::{variant} => {},",
                position + 1
            );
            let _ = writeln!(parts.listed_arms, "{} => {name}::{variant},", position + 1);
            let note = deprecation_note(action, code);
            push_variant(
                &mut parts.variants,
                variant,
                &code.code,
                &variant_doc(target, code),
                note.as_deref(),
            );
            if code.dropped_since.is_none() && action.retired_since.is_none() {
                parts.current += 1;
            }
            parts
                .retired
                .push(retired_since(action, code).unwrap_or(""));
            let _ = write!(parts.all, "{name}::{variant},");
            parts.names.push(variant);
            if code.service_index.is_none() {
                parts.unlisted.push(&code.code);
                parts
                    .unlisted_descriptions
                    .push(code.description.as_ref().map_or("", |d| d.text.as_str()));
            }
        }
        Ok(parts)
    }
}

/// One per-action enum being written: what its template's markers stand for.
struct ActionEnum<'a> {
    target: &'a ActionsTarget,
    service_path: &'a str,
    vis: &'a str,
    action: &'a ActionModel,
    parts: &'a ActionParts,
}

impl ActionEnum<'_> {
    /// Writes what `marker` stands for.
    fn fill(&self, out: &mut String, marker: ActionMarker) {
        use ActionMarker as M;
        let (target, action, parts) = (self.target, self.action, self.parts);
        match marker {
            M::EnumDoc => {
                for line in enum_doc(target, action) {
                    out.push_str("#[doc = ");
                    push_string_literal(out, &line);
                    out.push_str("]\n");
                }
            }
            M::EnumDeprecated => {
                if let Some(since) = &action.retired_since {
                    out.push_str("#[deprecated(note = ");
                    push_string_literal(
                        out,
                        &format!(
                            "Tencent Cloud no longer publishes the `{}` action `{}` (not in \
                             {since}); the enum stays so that code naming it keeps compiling",
                            target.service.service, action.name
                        ),
                    );
                    out.push_str(")]\n");
                }
            }
            M::Current => {
                let _ = write!(out, "{}", parts.current);
            }
            M::Retired => parts.retired.write(out),
            M::Vis => out.push_str(self.vis),
            M::Name => out.push_str(&parts.name),
            M::ServiceEnum => out.push_str(self.service_path),
            M::Unknown => out.push_str(UNKNOWN_VARIANT),
            M::Other => out.push_str(OTHER_VARIANT),
            M::Action => push_string_literal(out, &action.name),
            M::Variants => out.push_str(&parts.variants),
            M::OtherDoc => push_string_literal(
                out,
                &format!(
                    "Any code the action does not list (public codes such as `InternalError`, \
                     codes its page misses), as the service enum \
                     [`{service}`]({service_path}) has it; `from_code` never puts a code the \
                     action lists here.",
                    service = target.service.name,
                    service_path = self.service_path,
                ),
            ),
            M::PositionArms => out.push_str(&parts.position_arms),
            M::ListedArms => out.push_str(&parts.listed_arms),
            M::All => out.push_str(&parts.all),
            M::Services => push_byte_string_literal(out, &parts.tables.services),
            M::Positions => push_byte_string_literal(out, &parts.tables.positions),
            M::Wide => out.push_str(if parts.tables.wide { "true" } else { "false" }),
            M::UnlistedPositions => {
                push_byte_string_literal(out, &parts.tables.unlisted_positions);
            }
            M::Names => parts.names.write(out),
            M::UnlistedCodes => parts.unlisted.write(out),
            M::UnlistedDescriptions => parts.unlisted_descriptions.write(out),
            M::Language => out.push_str(language_name(action.language)),
        }
    }
}

/// The release since which `code` is retired for `action`: the first release in which the
/// action no longer lists it, else the action's own retirement, else the service enum's.
fn retired_since<'a>(action: &'a ActionModel, code: &'a ActionCode) -> Option<&'a str> {
    code.dropped_since
        .as_deref()
        .or(action.retired_since.as_deref())
        .or(code.retired_since.as_deref())
}

/// The `#[deprecated]` note of a variant: the action no longer lists the code, or the service
/// no longer publishes it (a retired action's enum is deprecated, not each variant).
fn deprecation_note(action: &ActionModel, code: &ActionCode) -> Option<String> {
    if let Some(since) = &code.dropped_since {
        return Some(format!(
            "Tencent Cloud's `{}` no longer lists `{}` (not in {since}); the variant stays so that \
             matching it keeps compiling, and `from_code` still returns it",
            action.name, code.code
        ));
    }
    code.retired_since.as_ref().map(|since| {
        format!(
            "Tencent Cloud no longer publishes `{}` on the service page (not in {since}), \
             though the action page lists it",
            code.code
        )
    })
}

/// The byte tables of `__private::ActionTable` (see there): position → service enum index,
/// service enum index → position, and the positions of the codes the service page does not
/// list. Two-byte entries are little-endian.
#[derive(Debug, PartialEq, Eq)]
struct ActionTables {
    services: Vec<u8>,
    positions: Vec<u8>,
    wide: bool,
    unlisted_positions: Vec<u8>,
}

/// `__private::UNLISTED_FLAG`.
const UNLISTED_FLAG: u16 = 0x8000;

impl ActionTables {
    fn new(action: &ActionModel) -> Result<Self, Diagnostic> {
        let too_many = || {
            Diagnostic::error(
                Location::Page,
                format!(
                    "action `{}` lists {} codes, more than the tables of a per-action enum \
                     index ({})",
                    action.name,
                    action.codes.len(),
                    UNLISTED_FLAG - 1
                ),
            )
        };
        let wide = action.codes.len() > usize::from(u8::MAX);
        let width = if wide { 2 } else { 1 };
        let mut services = Vec::with_capacity(action.codes.len() * 2);
        let mut positions = Vec::new();
        let mut unlisted_positions = Vec::new();
        for (at, code) in action.codes.iter().enumerate() {
            let position = u16::try_from(at + 1)
                .ok()
                .filter(|&p| p < UNLISTED_FLAG)
                .ok_or_else(too_many)?;
            let entry = match code.service_index {
                Some(index) => {
                    let end = (index + 1) * width;
                    if positions.len() < end {
                        positions.resize(end, 0);
                    }
                    if wide {
                        positions[index * 2..end].copy_from_slice(&position.to_le_bytes());
                    } else {
                        positions[index] = position as u8;
                    }
                    u16::try_from(index)
                        .ok()
                        .filter(|&i| i < UNLISTED_FLAG)
                        .ok_or_else(|| {
                            Diagnostic::error(
                                Location::Page,
                                format!(
                                    "the service page lists more codes than a per-action enum \
                                     can index ({})",
                                    UNLISTED_FLAG - 1
                                ),
                            )
                        })?
                }
                None => {
                    let unlisted = unlisted_positions.len() / 2;
                    unlisted_positions.extend_from_slice(&position.to_le_bytes());
                    UNLISTED_FLAG | u16::try_from(unlisted).map_err(|_| too_many())?
                }
            };
            services.extend_from_slice(&entry.to_le_bytes());
        }
        Ok(ActionTables {
            services,
            positions,
            wide,
            unlisted_positions,
        })
    }
}

/// A variant's docs: the action page's description, the service pages' in the other languages
/// (labelled as on the service enum's variants), then the code and where it is in the service
/// enum.
fn variant_doc(target: &ActionsTarget, code: &ActionCode) -> String {
    let service = &target.service.name;
    let mut doc = match &code.description {
        Some(description) => description.markdown.clone(),
        None => "*The action page gives no description.*".to_owned(),
    };
    for (language, text) in &code.translations {
        push_translation(&mut doc, *language, text);
    }
    if code.service_index.is_some() {
        let _ = write!(
            doc,
            "\n\nCode `{}` · [`{service}::{variant}`](super::{service}::{variant}).",
            code.code,
            variant = code.variant
        );
    } else {
        let _ = write!(
            doc,
            "\n\nCode `{}` · the `{}` service page does not list it: as a \
             [`{service}`](super::{service}) it is `{service}::{UNKNOWN_VARIANT}(\"{}\")`.",
            code.code, target.service.service, code.code
        );
    }
    if let Some(since) = &code.dropped_since {
        let _ = write!(
            doc,
            "\n\n**Retired** for this action: its API no longer lists the code (not in \
             {since}); deprecated."
        );
    } else if let Some(since) = &code.retired_since {
        let _ = write!(
            doc,
            "\n\n**Retired** on the service page (not in {since}): deprecated like \
             `{service}::{}`.",
            code.variant
        );
    }
    if let Some(written) = &code.written {
        let _ = write!(
            doc,
            "\n\nThe page writes the code cut by white space, {}: the API never returns a \
             code with white space, and `{}` is the code the service lists.",
            code_span(written),
            code.code
        );
    }
    if !code.repeated_at.is_empty() {
        let lines: Vec<String> = code.repeated_at.iter().map(usize::to_string).collect();
        let _ = write!(
            doc,
            "\n\nThe section lists it again (line {}): one variant.",
            lines.join(", ")
        );
    }
    doc
}

/// `text` as inline code, fenced with one backtick more than its longest run of them.
fn code_span(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// How many codes the action no longer lists.
fn dropped_count(action: &ActionModel) -> usize {
    action
        .codes
        .iter()
        .filter(|code| code.dropped_since.is_some())
        .count()
}

/// A per-action enum's docs: the action, the service enum, what `Other` holds.
fn enum_doc(target: &ActionsTarget, action: &ActionModel) -> Vec<String> {
    let service = &target.service.name;
    let svc = &target.service.service;
    let mut doc = vec![first_paragraph(target, action)];
    doc.push(String::new());
    doc.push(format!(
        "Each listed code is a variant with the name it has in the service enum \
         [`{service}`](super::{service}); every other code (the public codes the action does \
         not list, codes its page misses) is [`Other`](Self::Other) holding the `{service}`. \
         `from_code` is `{service}::from_code` and a `match`; `From` converts both ways without \
         changing the code string. Decode with \
         `tencent_errors::decode::<T, {}Error>(body)`; [`common()`](Self::common) matches the \
         public codes of any service.",
        action.name
    ));
    let unlisted: Vec<String> = action
        .unlisted_by_service()
        .map(|code| format!("`{}`", code.code))
        .collect();
    if action.codes.is_empty() {
        doc.push(String::new());
        doc.push("The action lists no codes: every code is `Other`.".to_owned());
    }
    for note in &action.notes {
        doc.push(String::new());
        doc.push(note_doc(note, action));
    }
    let dropped = dropped_count(action);
    if dropped > 0 {
        doc.push(String::new());
        doc.push(format!(
            "Retired codes ({dropped}): the action's API listed them in earlier releases and \
             no longer does; deprecated variants, after the current ones in \
             [`ALL`](Self::ALL), left out of [`CURRENT`](Self::CURRENT)."
        ));
    }
    if let Some(since) = &action.retired_since {
        doc.push(String::new());
        doc.push(format!(
            "**Retired**: Tencent Cloud no longer publishes this action (not in {since}); the \
             enum is deprecated and kept so that code naming it keeps compiling."
        ));
    }
    if !unlisted.is_empty() {
        doc.push(String::new());
        doc.push(format!(
            "Listed here but not on the `{svc}` service page: {} (as a `{service}` each is \
             `{service}::{UNKNOWN_VARIANT}`).",
            unlisted.join(", ")
        ));
    }
    doc
}

/// What a note about the action's page says in its docs.
fn note_doc(note: &PageNote, action: &ActionModel) -> String {
    match note {
        PageNote::EmptyErrorSection { line } => format!(
            "Its page's error-code section (line {line}) is empty: the page lists no code \
             of the action's own (Tencent writes this for actions that return only public \
             codes), so every code is `Other`."
        ),
        PageNote::ProseNamesOtherAction { line, phrase } => format!(
            "Its page's description says {} (line {line}), but the `Action` row names \
             `{}`: the enum follows the `Action` row, the value the API is called with.",
            code_span(phrase),
            action.name
        ),
    }
}

/// The docs' first paragraph: the action, how many codes it lists and from where.
fn first_paragraph(target: &ActionsTarget, action: &ActionModel) -> String {
    let svc = &target.service.service;
    let listed = match action.codes.len() - dropped_count(action) {
        1 => "1 code".to_owned(),
        n => format!("{n} codes"),
    };
    if action.retired_since.is_some() {
        // A retired action has no section on today's page: its codes come from the history.
        format!(
            "Errors of the `{svc}` action `{}`, which Tencent Cloud no longer publishes: the \
             {listed} its API page listed when it was last published (kept in the action \
             history of {}), and `Other` for every other code.",
            action.name, target.origin
        )
    } else {
        format!(
            "Errors of the `{svc}` action `{}`: the {listed} its API page lists (section \
             \"4. 错误码\", from {}, line {}), and `Other` for every other code.",
            action.name, target.origin, action.line
        )
    }
}

/// The module's docs: which service, and a table of its enums.
fn module_doc(target: &ActionsTarget, actions: &[ActionModel]) -> Vec<String> {
    let service = &target.service.name;
    let mut doc = vec![
        format!(
            "Per-action error enums of the `{}` API, from {}: one enum per action, each \
             with a variant per code the action lists and `Other` for the rest; \
             [`{service}`](super::{service}) is the service's enum.",
            target.service.service, target.origin
        ),
        String::new(),
        "| action | enum | codes |\n|---|---|---:|".to_owned(),
    ];
    for action in actions {
        let retired = match &action.retired_since {
            Some(since) => format!(" (retired: not in {since})"),
            None => String::new(),
        };
        doc.push(format!(
            "| `{0}`{retired} | [`{0}Error`] | {1} |",
            action.name,
            action.codes.len()
        ));
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use tencent_errors_runtime::Language;

    fn vis(text: &str) -> String {
        inner_visibility(&syn::parse_str(text).expect("a visibility"))
    }

    fn action(service_indices: &[Option<usize>]) -> ActionModel {
        let codes = service_indices
            .iter()
            .enumerate()
            .map(|(at, &service_index)| ActionCode {
                code: format!("Code{at}"),
                variant: format!("Code{at}"),
                service_index,
                description: None,
                translations: Vec::new(),
                retired_since: None,
                dropped_since: None,
                line: at + 1,
                repeated_at: Vec::new(),
                written: None,
            })
            .collect();
        ActionModel {
            name: "Act".to_owned(),
            line: 1,
            codes,
            retired_since: None,
            language: Language::Chinese,
            notes: Vec::new(),
        }
    }

    #[test]
    fn notes_of_an_api_reference_page_are_in_the_docs() {
        let target = ActionsTarget {
            service: Target::new("demo", "a test page"),
            module: syn::parse_str("demo_actions").expect("an ident"),
            origin: "the API reference page `a.md`".to_owned(),
        };
        let mut empty = action(&[]);
        empty.notes = vec![PageNote::EmptyErrorSection { line: 19 }];
        let doc = enum_doc(&target, &empty).join("\n");
        assert!(
            doc.contains("error-code section (line 19) is empty"),
            "{doc}"
        );
        let mut renamed = action(&[Some(0)]);
        renamed.notes = vec![PageNote::ProseNamesOtherAction {
            line: 4,
            phrase: "This API (Acts)".to_owned(),
        }];
        let doc = enum_doc(&target, &renamed).join("\n");
        assert!(
            doc.contains("says `This API (Acts)` (line 4), but the `Action` row names `Act`"),
            "{doc}"
        );
        assert!(!enum_doc(&target, &action(&[Some(0)]))
            .join("\n")
            .contains("`Action` row"));
        let mut cut = action(&[Some(0)]).codes.remove(0);
        cut.written = Some("Co de0".to_owned());
        let doc = variant_doc(&target, &cut);
        assert!(doc.contains("white space, `Co de0`: "), "{doc}");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`a"), "`` `a ``");
    }

    #[test]
    fn a_retired_action_is_described_from_the_history_not_a_page_line() {
        let target = ActionsTarget {
            service: Target::new("demo", "a test page"),
            module: syn::parse_str("demo_actions").expect("an ident"),
            origin: "the bundled page `actions/demo.md`".to_owned(),
        };
        let mut retired = action(&[Some(0)]);
        retired.line = 0;
        retired.retired_since = Some(GONE_IN.to_owned());
        let first = enum_doc(&target, &retired).remove(0);
        assert!(
            first.contains("no longer publishes: the 1 code its API page listed"),
            "{first}"
        );
        assert!(
            first.contains("action history of the bundled page"),
            "{first}"
        );
        assert!(!first.contains("line"), "{first}");
        let current = enum_doc(&target, &action(&[Some(0), None])).remove(0);
        assert!(
            current.contains("the 2 codes its API page lists (section"),
            "{current}"
        );
        assert!(current.contains("line 1)"), "{current}");
    }

    #[test]
    fn tables_map_positions_to_service_indices_and_back() {
        // Positions 1, 2, 3: service codes 4 and 1, and one the service page lacks.
        let tables = ActionTables::new(&action(&[Some(4), Some(1), None])).expect("tables");
        assert_eq!(tables.services, [4, 0, 1, 0, 0, 0x80]);
        assert_eq!(tables.positions, [0, 2, 0, 0, 1]);
        assert!(!tables.wide);
        assert_eq!(tables.unlisted_positions, [3, 0]);
        let empty = ActionTables::new(&action(&[])).expect("tables");
        assert!(empty.services.is_empty() && empty.positions.is_empty());
    }

    #[test]
    fn more_than_255_codes_take_two_bytes_per_position() {
        let indices: Vec<Option<usize>> = (0..300).map(|i| Some(299 - i)).collect();
        let tables = ActionTables::new(&action(&indices)).expect("tables");
        assert!(tables.wide);
        assert_eq!(tables.positions.len(), 600);
        // Service code 0 is the 300th code the action lists.
        assert_eq!(tables.positions[..2], 300u16.to_le_bytes());
        assert_eq!(tables.services[..2], 299u16.to_le_bytes());
    }

    /// The release the fixture's retired action and code are gone in.
    const GONE_IN: &str = "tencentcloud-sdk-go 1.3.166";

    /// A service enum and its per-action enums with history, as text: `RunInstances` no longer
    /// lists `Gone.Code`, `DescribeOld` is retired. The bundled per-action history fills
    /// `ActionListing.retired` and `retired_since` the same way.
    fn retired_fixture() -> String {
        let service = crate::build_model(
            "### 业务错误码\n\n| 错误码 | 说明 |\n|---|---|\n\
             | InvalidZone.MismatchRegion | 可用区与地域不匹配。 |\n\
             | Gone.Code | 已不再列出的错误码。 |\n\
             | ResourceNotFound | 资源不存在。 |\n",
            &[],
        )
        .expect("a service page");
        let mut page = crate::read::parse_action_page(
            "## RunInstances\n\n| 错误码 | 描述 |\n|---|---|\n\
             | InvalidZone.MismatchRegion | 可用区与地域不匹配。 |\n\
             | ResourceNotFound | 资源不存在。 |\n\n\
             ## DescribeOld\n\n| 错误码 | 描述 |\n|---|---|\n| ResourceNotFound | 资源不存在。 |\n",
        )
        .expect("an action page");
        page.actions[0].retired = vec![crate::read::RetiredCode {
            code: "Gone.Code".to_owned(),
            description: None,
            since: GONE_IN.to_owned(),
        }];
        page.actions[1].retired_since = Some(GONE_IN.to_owned());
        let models = crate::model::action_models(&service, &page).expect("models");
        let target = Target::new("demo", "a test page");
        let enum_tokens = crate::generate::generate(&target, &service).expect("the service enum");
        let actions = ActionsTarget {
            service: target,
            module: syn::parse_str("demo_actions").expect("an identifier"),
            origin: "a test page".to_owned(),
        };
        let action_tokens = generate_actions(&actions, &models).expect("the actions module");
        let file: syn::File = syn::parse2(quote! {
            /// The fixture service.
            pub mod demo {
                #enum_tokens
                #action_tokens
            }
        })
        .expect("items");
        prettyplease::unparse(&file)
    }

    /// `tests/ui/retired/expansion.rs`, which `tests/actions.rs` and the trybuild case
    /// `tests/ui/fail/actions_retired_deny.rs` include: what the macro generates for a retired
    /// action and a retired code of a fixture service (the bundled data's own retired actions are
    /// tested through the macro in `tests/actions.rs`, `mod bundled_retired`).
    #[test]
    fn the_retired_fixture_expansion_is_generated() {
        let expected = format!(
            "// Generated by `actions::generate::tests::the_retired_fixture_expansion_is_generated` \
             of tencent-errors-codegen\n// (`TENCENT_ERRORS_BLESS=1` rewrites it); do not edit.\n\n{}",
            retired_fixture()
        );
        for note in [
            format!("no longer publishes the `demo` action `DescribeOld` (not in {GONE_IN})"),
            format!("`RunInstances` no longer lists `Gone.Code` (not in {GONE_IN})"),
        ] {
            assert!(expected.contains(&note), "{note}");
        }
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/ui/retired/expansion.rs");
        if std::env::var_os("TENCENT_ERRORS_BLESS").is_some() {
            std::fs::create_dir_all(path.parent().expect("a directory")).expect("create it");
            std::fs::write(&path, &expected).expect("write tests/ui/retired/expansion.rs");
        }
        let actual = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            actual == expected,
            "tests/ui/retired/expansion.rs is out of date: run `TENCENT_ERRORS_BLESS=1 cargo \
             test -p tencent-errors-codegen the_retired_fixture`"
        );
    }

    #[test]
    fn enums_are_as_visible_as_the_service_enum() {
        assert_eq!(vis("pub"), "pub");
        assert_eq!(vis(""), "pub(super)");
        assert_eq!(vis("pub(crate)"), "pub(in crate)");
        assert_eq!(vis("pub(super)"), "pub(in super::super)");
        assert_eq!(vis("pub(self)"), "pub(in super)");
        assert_eq!(vis("pub(in crate::a)"), "pub(in crate::a)");
        assert_eq!(vis("pub(in super::a)"), "pub(in super::super::a)");
    }
}
