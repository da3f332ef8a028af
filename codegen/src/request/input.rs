//! The macro's arguments: `"service"` followed by `key = value` options, parsed with syn.
//!
//! ```text
//! tencent_errors!("billing", path = "docs/billing.md", name = BillingCode, vis = pub(crate),
//!                 rename = { "InvalidParameter.ValueTooLarge" = ValueTooLarge });
//! tencent_errors!("cvm", actions = [RunInstances, DescribeInstances], actions_mod = cvm_ops);
//! tencent_errors!("cvm", actions = *, actions_path = "docs/cvm-actions.md");
//! ```

use proc_macro2::Span;
use syn::parse::{Parse, ParseStream};
use syn::{braced, bracketed, Ident, LitBool, LitStr, Token, Visibility};
use tencent_errors_runtime::Language;

use super::ActionSelection;
use crate::diagnostic::quote_list;

/// The options the macro accepts, for error messages.
pub(crate) const OPTIONS: &[&str] = &[
    "path",
    "name",
    "vis",
    "rename",
    "lang",
    "retired",
    "actions",
    "actions_mod",
    "actions_path",
    "data",
];

/// Parsed macro arguments.
pub(crate) struct MacroInput {
    /// The service name literal.
    pub service: LitStr,
    /// `path = "..."` or `path = ["zh.md", "en.md"]`: pages of the invoking crate, relative
    /// to its manifest directory (empty: the bundled data).
    pub paths: Vec<LitStr>,
    /// `lang = "en"`: the default language of `description()` and `Display`.
    pub lang: Option<(Language, Span)>,
    /// `retired = false`: leave out the codes no current page lists.
    pub retired: Option<LitBool>,
    /// `name = Ident`: the enum's name.
    pub name: Option<Ident>,
    /// `vis = pub(crate)`: the enum's visibility.
    pub vis: Option<Visibility>,
    /// `rename = { "Code" = Variant, ... }`.
    pub renames: Vec<(LitStr, Ident)>,
    /// `actions = [A, B]` / `actions = *`, with the span of the `actions` key.
    pub actions: Option<(ActionSelection, Span)>,
    /// The span of each action `actions = [A, B]` names, in order.
    pub action_spans: Vec<Span>,
    /// `actions_mod = name`: the module of the per-action enums.
    pub actions_mod: Option<Ident>,
    /// `actions_path = "docs/x-actions.md"`: an action page of the invoking crate.
    pub actions_path: Option<LitStr>,
    /// `data = "data"`: a directory of the invoking crate in the bundled data's layout.
    pub data: Option<LitStr>,
    /// The key of the first option given that means nothing without `actions`
    /// (`actions_mod`, `actions_path`), where `build`'s error about it points.
    pub needs_actions: Option<Ident>,
}

impl Parse for MacroInput {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.is_empty() {
            return Err(input.error(
                "expected the service name as a string literal, e.g. `tencent_errors!(\"cvm\")`",
            ));
        }
        let service: LitStr = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected the service name as a string literal, e.g. `\"cvm\"`",
            )
        })?;
        let mut parsed = MacroInput {
            service,
            paths: Vec::new(),
            lang: None,
            retired: None,
            name: None,
            vis: None,
            renames: Vec::new(),
            actions: None,
            action_spans: Vec::new(),
            actions_mod: None,
            actions_path: None,
            data: None,
            needs_actions: None,
        };
        let mut seen: Vec<String> = Vec::new();
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let key: Ident = input.call(syn::ext::IdentExt::parse_any)?;
            let key_name = key.to_string();
            if !OPTIONS.contains(&key_name.as_str()) {
                return Err(syn::Error::new(
                    key.span(),
                    format!(
                        "unknown option `{key_name}`; the options are {}",
                        quote_list(OPTIONS)
                    ),
                ));
            }
            if seen.contains(&key_name) {
                return Err(syn::Error::new(
                    key.span(),
                    format!("option `{key_name}` is given twice"),
                ));
            }
            seen.push(key_name.clone());
            input.parse::<Token![=]>()?;
            parsed.parse_option(input, &key)?;
        }
        parsed.check_combinations()?;
        Ok(parsed)
    }
}

impl MacroInput {
    /// Parses the value of the option `key` (a known one, given once) into its field.
    fn parse_option(&mut self, input: ParseStream<'_>, key: &Ident) -> syn::Result<()> {
        match key.to_string().as_str() {
            "path" => self.paths = parse_paths(input)?,
            "lang" => self.lang = Some(parse_language(input)?),
            "retired" => {
                self.retired = Some(input.parse().map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        "`retired` takes `true` or `false`, e.g. `retired = false` to leave \
                         out the codes Tencent no longer publishes",
                    )
                })?)
            }
            "name" => {
                self.name = Some(input.parse().map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        "`name` takes an identifier, e.g. `name = BillingError`",
                    )
                })?)
            }
            "vis" => self.vis = Some(parse_visibility(input)?),
            "actions" => {
                let (selection, spans) = parse_actions(input)?;
                self.actions = Some((selection, key.span()));
                self.action_spans = spans;
            }
            "actions_mod" => {
                self.needs_actions.get_or_insert(key.clone());
                self.actions_mod = Some(input.parse().map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        "`actions_mod` takes a module name, e.g. `actions_mod = cvm_ops`",
                    )
                })?)
            }
            "actions_path" => {
                self.needs_actions.get_or_insert(key.clone());
                self.actions_path = Some(input.parse().map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        "`actions_path` takes a string literal, e.g. \
                         `actions_path = \"docs/cvm-actions.md\"`",
                    )
                })?)
            }
            "data" => {
                self.data = Some(input.parse().map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        "`data` takes a string literal, e.g. `data = \"data\"` (a directory \
                         in the layout of the bundled data)",
                    )
                })?)
            }
            _ => self.renames = parse_renames(input)?,
        }
        Ok(())
    }

    /// `data` and `path` exclude each other: two options that say the same, a matter of the
    /// macro's syntax (what no option says alone for every caller is `build`'s to check).
    fn check_combinations(&self) -> syn::Result<()> {
        if let (Some(data), Some(path)) = (&self.data, self.paths.first()) {
            let mut error = syn::Error::new(
                data.span(),
                "`data` and `path` both say where the service's pages are: give one of them",
            );
            error.combine(syn::Error::new(path.span(), "`path` is given here"));
            return Err(error);
        }
        Ok(())
    }
}

/// `"docs/x.md"` or `["docs/x.md", "docs/x.en.md"]`.
fn parse_paths(input: ParseStream<'_>) -> syn::Result<Vec<LitStr>> {
    let expected = |span: Span| {
        syn::Error::new(
            span,
            "`path` takes a string literal, e.g. `path = \"docs/errors.md\"`, or a list of \
             them, e.g. `path = [\"docs/cvm.md\", \"docs/cvm.en.md\"]`",
        )
    };
    if !input.peek(syn::token::Bracket) {
        return Ok(vec![input.parse().map_err(|e| expected(e.span()))?]);
    }
    let content;
    let brackets = bracketed!(content in input);
    let mut paths = Vec::new();
    while !content.is_empty() {
        paths.push(content.parse().map_err(|e| expected(e.span()))?);
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    if paths.is_empty() {
        return Err(expected(brackets.span.join()));
    }
    Ok(paths)
}

/// `"zh"`, `"en"`, `"ja"` or `"ko"`.
fn parse_language(input: ParseStream<'_>) -> syn::Result<(Language, Span)> {
    let literal: LitStr = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            "`lang` takes `\"zh\"`, `\"en\"`, `\"ja\"` or `\"ko\"`, e.g. `lang = \"en\"`",
        )
    })?;
    let language = Language::ALL
        .iter()
        .copied()
        .find(|l| l.as_str() == literal.value())
        .ok_or_else(|| {
            syn::Error::new(
                literal.span(),
                format!(
                    "unknown language `{}`; `lang` takes `\"zh\"` (Chinese), `\"en\"` (English), \
                     `\"ja\"` (Japanese) or `\"ko\"` (Korean)",
                    literal.value()
                ),
            )
        })?;
    Ok((language, literal.span()))
}

fn parse_visibility(input: ParseStream<'_>) -> syn::Result<Visibility> {
    let vis: Visibility = input.parse()?;
    if matches!(vis, Visibility::Inherited) && !(input.is_empty() || input.peek(Token![,])) {
        return Err(input.error(
            "`vis` takes a visibility: `pub`, `pub(crate)`, `pub(super)` or `pub(in path)`; \
             leave the value empty for a private enum",
        ));
    }
    Ok(vis)
}

/// `*` or `[RunInstances, DescribeInstances]` (non-empty), with the span of each name listed.
fn parse_actions(input: ParseStream<'_>) -> syn::Result<(ActionSelection, Vec<Span>)> {
    let expected = |span: Span| {
        syn::Error::new(
            span,
            "`actions` takes `*` (every action of the page) or a list of action names, e.g. \
             `actions = [RunInstances, DescribeInstances]`",
        )
    };
    if input.peek(Token![*]) {
        input.parse::<Token![*]>()?;
        return Ok((ActionSelection::All, Vec::new()));
    }
    if !input.peek(syn::token::Bracket) {
        return Err(expected(input.span()));
    }
    let content;
    let brackets = bracketed!(content in input);
    let mut names: Vec<Ident> = Vec::new();
    while !content.is_empty() {
        let name: Ident = content.parse().map_err(|e| expected(e.span()))?;
        names.push(name);
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    if names.is_empty() {
        return Err(expected(brackets.span.join()));
    }
    let spans = names.iter().map(Ident::span).collect();
    let names = names.iter().map(ToString::to_string).collect();
    Ok((ActionSelection::Listed(names), spans))
}

fn parse_renames(input: ParseStream<'_>) -> syn::Result<Vec<(LitStr, Ident)>> {
    let content;
    braced!(content in input);
    let mut renames = Vec::new();
    while !content.is_empty() {
        let code: LitStr = content.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected a code string, e.g. `\"InvalidParameter.ValueTooLarge\" = ValueTooLarge`",
            )
        })?;
        content.parse::<Token![=]>()?;
        let variant: Ident = content.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                format!("`rename` gives each code a variant name such as `ValueTooLarge`: {e}"),
            )
        })?;
        renames.push((code, variant));
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    Ok(renames)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(tokens: &str) -> syn::Result<MacroInput> {
        syn::parse_str(tokens)
    }

    fn error(tokens: &str) -> String {
        match parse(tokens) {
            Ok(_) => panic!("`{tokens}` should be rejected"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn all_options() {
        let input = parse(r#""billing", path = "docs/b.md", name = B, vis = pub(crate), rename = { "A.B" = Ab, "C" = Cee, },"#)
            .expect("parses");
        assert_eq!(input.service.value(), "billing");
        assert_eq!(
            input.paths.iter().map(|p| p.value()).collect::<Vec<_>>(),
            ["docs/b.md"]
        );
        assert_eq!(input.name.map(|n| n.to_string()).as_deref(), Some("B"));
        assert!(matches!(input.vis, Some(Visibility::Restricted(_))));
        assert_eq!(input.renames.len(), 2);
    }

    #[test]
    fn empty_vis_means_private() {
        assert!(matches!(
            parse(r#""a", vis = "#).expect("parses").vis,
            Some(Visibility::Inherited)
        ));
    }

    #[test]
    fn mistakes_are_explained() {
        assert!(error("").contains("service name"));
        assert!(error("cvm").contains("string literal"));
        assert!(error(r#""a", colour = 1"#).contains("unknown option `colour`"));
        assert!(error(r#""a", name = A, name = B"#).contains("given twice"));
        assert!(error(r#""a", vis = private"#).contains("`vis` takes a visibility"));
        assert!(error(r#""a", name = "A""#).contains("identifier"));
        assert!(error(r#""a", path = docs"#).contains("string literal"));
        assert!(error(r#""a", rename = { A = B }"#).contains("code string"));
        assert!(error(r#""a", rename = { "A" = fn }"#).contains("variant name such as"));
        assert!(error(r#""a", actions = RunInstances"#).contains("`actions` takes `*`"));
        assert!(error(r#""a", actions = []"#).contains("`actions` takes `*`"));
        assert!(error(r#""a", actions = *, actions_mod = "m""#).contains("module name"));
    }

    #[test]
    fn actions_options() {
        let input = parse(r#""cvm", actions = [RunInstances, DescribeInstances], actions_mod = ops, actions_path = "a.md""#)
            .expect("parses");
        let Some((ActionSelection::Listed(names), _)) = &input.actions else {
            panic!("a list of actions");
        };
        assert_eq!(names.len(), 2);
        assert_eq!(
            input.actions_mod.map(|m| m.to_string()).as_deref(),
            Some("ops")
        );
        assert_eq!(
            input.actions_path.map(|p| p.value()).as_deref(),
            Some("a.md")
        );
        let input = parse(r#""cvm", actions = *"#).expect("parses");
        assert!(matches!(input.actions, Some((ActionSelection::All, _))));
    }
}
