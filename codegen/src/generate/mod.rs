//! From a [`Model`] to Rust tokens: the enum's definition (built with `quote!`, keeping the
//! spans of the `name` and `vis` options) and everything else as source text filled into
//! [`service_template::IMPLEMENTATION`] by the one template engine ([`template`]) and lexed once.
//!
//! Why text: inside the compiler every token `quote!` pushes is a call across the proc-macro
//! bridge, and proc-macros run unoptimised (see `docs/design.md`, "Build cost"), while the
//! lexer the text goes to is the compiler's own, optimised.

mod actions;
mod actions_template;
// Generates `runtime/src/common.rs`, which a test checks.
#[cfg(test)]
mod common;
mod docs;
mod literal;
pub(crate) mod lookup;
mod service_template;
mod template;
mod variant;

use std::fmt::Write as _;
use std::path::PathBuf;

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use tencent_errors_runtime::__private::shared::pack_class;
use tencent_errors_runtime::Language;

use crate::diagnostic::{Diagnostic, Location};
use crate::model::naming::{enum_name, UNKNOWN_VARIANT};
use crate::model::Model;
use crate::read::language_name;
pub(crate) use actions::{actions_module_name, generate_actions, ActionsTarget};
pub(crate) use docs::push_translation;
pub(crate) use literal::lex;
pub(crate) use literal::{push_byte_string_literal, push_string_literal, PackedStrings};
use service_template::ServiceMarker;
pub(crate) use variant::push_variant;

/// What to generate besides the codes themselves.
#[derive(Clone)]
pub struct Target {
    /// The service name, e.g. `cvm`; becomes `SERVICE`.
    pub service: String,
    /// The enum's name, e.g. `CvmError`.
    pub name: syn::Ident,
    /// The enum's visibility.
    pub vis: syn::Visibility,
    /// Where the page came from, for the enum's docs (`the bundled page cvm.md`, `docs/x.md`).
    pub origin: String,
    /// Files to `include_bytes!` so that editing them rebuilds the invoking crate: every file
    /// the expansion read (pages, a data directory's files, per-action pages), the one place
    /// an expansion tracks its files.
    pub track: Vec<PathBuf>,
    /// The default language of `description()` and `Display` (the macro's `lang`).
    pub language: Language,
    /// `Some(release)` when the service is no longer published: the release since when.
    pub retired_since: Option<String>,
}

impl Target {
    /// The default target for a service: `pub`, named UpperCamel(service) + `Error`.
    pub fn new(service: &str, origin: impl Into<String>) -> Self {
        Target {
            service: service.to_owned(),
            name: syn::Ident::new(&enum_name(service), Span::call_site()),
            vis: syn::parse_quote!(pub),
            origin: origin.into(),
            track: Vec::new(),
            language: Language::Chinese,
            retired_since: None,
        }
    }
}

/// Generates the enum and its impls.
///
/// Fails only if no perfect-hash table can be built, which does not happen for unique codes,
/// or if the page's text exceeds what the packed tables can index (4 GiB).
pub fn generate(target: &Target, model: &Model) -> Result<TokenStream, Diagnostic> {
    let codes: Vec<&str> = model.codes.iter().map(|c| c.code.as_str()).collect();
    let table = lookup::build(&codes).ok_or_else(|| {
        Diagnostic::error(
            Location::Page,
            format!("could not build a lookup table for {} codes", codes.len()),
        )
    })?;
    let per_code = PerCode::collect(target, model);
    if [
        &per_code.codes,
        &per_code.descriptions,
        &per_code.descriptions_en,
        &per_code.descriptions_ja,
        &per_code.descriptions_ko,
        &per_code.names,
        &per_code.retired,
    ]
    .iter()
    .any(|strings| strings.text.len() > u32::MAX as usize)
    {
        return Err(Diagnostic::error(
            Location::Page,
            "the page is too large: its codes or descriptions exceed 4 GiB",
        ));
    }
    let definition = definition(target, model, &per_code.variant_defs)?;
    let implementation = implementation(target, model, &table, &per_code)?;
    Ok(quote! { #definition #implementation })
}

/// The source text that repeats once per code.
#[derive(Default)]
struct PerCode {
    variant_defs: String,
    all: String,
    index_arms: String,
    variant_arms: String,
    codes: PackedStrings,
    descriptions: PackedStrings,
    descriptions_en: PackedStrings,
    /// Japanese and Korean texts, and whether any code has one (else the table is empty).
    descriptions_ja: PackedStrings,
    descriptions_ko: PackedStrings,
    any_ja: bool,
    any_ko: bool,
    names: PackedStrings,
    /// Per code, the release since which it is retired (empty while current).
    retired: PackedStrings,
    /// How many codes are current: they come first.
    current: usize,
}

impl PerCode {
    fn collect(target: &Target, model: &Model) -> Self {
        let name = &target.name;
        let mut out = PerCode::default();
        for (index, code) in model.codes.iter().enumerate() {
            let variant = &code.variant;
            let note = code.retired_since.as_ref().map(|since| {
                format!(
                    "Tencent Cloud no longer publishes `{}` (not in {since}); the variant stays \
                     so that matching it keeps compiling, and `from_code` still returns it",
                    code.code
                )
            });
            if note.is_none() {
                out.current += 1;
            }
            push_variant(
                &mut out.variant_defs,
                variant,
                &code.code,
                &docs::variant_doc(code),
                note.as_deref(),
            );
            let _ = write!(out.all, "Self::{variant},");
            let _ = writeln!(out.index_arms, "{name}::{variant} => {index},");
            let _ = writeln!(out.variant_arms, "{index} => {name}::{variant},");
            out.codes.push(&code.code);
            out.descriptions
                .push(code.description.as_ref().map_or("", |d| d.text.as_str()));
            out.descriptions_en
                .push(code.description_en.as_ref().map_or("", |d| d.text.as_str()));
            out.any_ja |= code.description_ja.is_some();
            out.descriptions_ja
                .push(code.description_ja.as_ref().map_or("", |d| d.text.as_str()));
            out.any_ko |= code.description_ko.is_some();
            out.descriptions_ko
                .push(code.description_ko.as_ref().map_or("", |d| d.text.as_str()));
            out.names.push(variant);
            out.retired
                .push(code.retired_since.as_deref().unwrap_or(""));
        }
        out
    }
}

/// The enum itself: its docs, the variants, and `Unknown`.
fn definition(
    target: &Target,
    model: &Model,
    variant_defs: &str,
) -> Result<TokenStream, Diagnostic> {
    let name = &target.name;
    let vis = &target.vis;
    let unknown = format_ident!("{}", UNKNOWN_VARIANT);
    let variant_defs = lex(variant_defs)?;
    let enum_doc = docs::enum_doc(target, model);
    let unknown_doc = format!(
        "A code that the {} page does not list. The code is kept verbatim; \
         `{name}::from_code` never puts a listed code here.",
        target.service
    );
    Ok(quote! {
        #(#[doc = #enum_doc])*
        #[non_exhaustive]
        #vis enum #name {
            #variant_defs
            #[doc = #unknown_doc]
            #unknown(::std::string::String),
        }
    })
}

/// Everything but the definition: [`service_template::IMPLEMENTATION`] with its markers filled
/// in.
fn implementation(
    target: &Target,
    model: &Model,
    table: &lookup::Table,
    per_code: &PerCode,
) -> Result<TokenStream, Diagnostic> {
    let text = service_template::IMPLEMENTATION;
    let mut out = String::with_capacity(text.len() + per_code.index_arms.len() * 4);
    template::fill(&mut out, text, |out, marker| {
        fill_marker(out, marker, target, model, table, per_code);
        Ok(())
    })?;
    lex(&out)
}

/// Writes what `marker` stands for.
fn fill_marker(
    out: &mut String,
    marker: ServiceMarker,
    target: &Target,
    model: &Model,
    table: &lookup::Table,
    per_code: &PerCode,
) {
    use ServiceMarker as M;
    let name = &target.name;
    match marker {
        M::Name => {
            let _ = write!(out, "{name}");
        }
        M::Unknown => out.push_str(UNKNOWN_VARIANT),
        M::Service => push_string_literal(out, &target.service),
        M::Count => {
            let _ = write!(out, "{}", model.codes.len());
        }
        M::Track => {
            for path in &target.track {
                out.push_str("const _: &[u8] = ::core::include_bytes!(");
                push_string_literal(out, &path.to_string_lossy());
                out.push_str(");");
            }
        }
        M::Current => {
            let _ = write!(out, "{}", per_code.current);
        }
        M::Language => out.push_str(language_name(target.language)),
        M::DescriptionsEn => per_code.descriptions_en.write(out),
        // Japanese and Korean tables cost nothing when no page gives them.
        M::DescriptionsJa => push_descriptions(out, &per_code.descriptions_ja, per_code.any_ja),
        M::DescriptionsKo => push_descriptions(out, &per_code.descriptions_ko, per_code.any_ko),
        M::Retired => per_code.retired.write(out),
        M::Seed => {
            let _ = write!(out, "{}", table.seed);
        }
        M::Shift => {
            let _ = write!(out, "{}", table.shift);
        }
        M::Pilots => table.pilots.iter().for_each(|pilot| {
            let _ = write!(out, "{pilot},");
        }),
        M::Slots => table.slots.iter().for_each(|slot| {
            let _ = write!(out, "{slot},");
        }),
        M::Codes => per_code.codes.write(out),
        M::Descriptions => per_code.descriptions.write(out),
        M::Names => per_code.names.write(out),
        // Category and retry class packed in one byte per code: one token for the table.
        M::Classes => push_byte_string_literal(out, &classes(model)),
        M::IndexArms => out.push_str(&per_code.index_arms),
        M::VariantArms => out.push_str(&per_code.variant_arms),
        M::All => out.push_str(&per_code.all),
        M::FromCodeDoc => push_string_literal(
            out,
            &format!(
                "The variant for `code`; codes the page does not list become \
                 `{name}::{UNKNOWN_VARIANT}`, keeping the code verbatim. Never fails, never \
                 allocates for listed codes."
            ),
        ),
    }
}

/// A table of descriptions in one language: `descriptions!(Strings { .. })` when some code has
/// a text in it, `Strings::EMPTY` when none does.
fn push_descriptions(out: &mut String, texts: &PackedStrings, any: bool) {
    if any {
        out.push_str("::tencent_errors::__private::descriptions!(");
        texts.write(out);
        out.push(')');
    } else {
        out.push_str("::tencent_errors::__private::Strings::EMPTY");
    }
}

/// The `CLASSES` table: each code's category and retry class, packed by the runtime's
/// [`pack_class`], which the generated `category()` and `retry_class()` unpack.
fn classes(model: &Model) -> Vec<u8> {
    model
        .codes
        .iter()
        .map(|c| pack_class(c.category, c.retry))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_class_bytes_read_back_as_the_model_has_them() {
        use tencent_errors_runtime::__private::{class_category, class_retry};
        let model = crate::build_model(
            "| 错误码 | 说明 |\n|---|---|\n| RequestLimitExceeded | a |\n| InternalError | b |\n\
             | ResourceNotFound.X | c |\n| FailedOperation | d |\n| Whatever.Y | e |\n",
            &[],
        )
        .expect("a page");
        let read: Vec<_> = classes(&model)
            .into_iter()
            .map(|class| (class_category(class), class_retry(class)))
            .collect();
        let expected: Vec<_> = model.codes.iter().map(|c| (c.category, c.retry)).collect();
        assert_eq!(read, expected);
        assert!(expected.iter().any(|&(_, retry)| retry != expected[0].1));
    }

    #[test]
    fn the_template_has_only_known_markers_and_the_output_lexes() {
        let model = crate::build_model(
            "| 错误码 | 说明 |\n|---|---|\n| A.B | \"quoted\" \\ |\n",
            &[],
        )
        .expect("a page");
        let tokens = generate(&Target::new("x", "a test page"), &model).expect("generated");
        let file: syn::File = syn::parse2(tokens).expect("the output parses as items");
        assert_eq!(file.items.len(), 2, "the enum and its `const _` block");
    }
}
