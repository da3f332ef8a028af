//! From a [`Model`] to Rust tokens.

use std::collections::BTreeMap;
use std::path::PathBuf;

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use tencent_errors_runtime::{Category, RetryClass};

use crate::lookup;
use crate::model::{Model, Naming, UNKNOWN_VARIANT};

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
    /// A file to `include_bytes!` so that editing it rebuilds the invoking crate.
    pub track: Option<PathBuf>,
}

impl Target {
    /// The default target for a service: `pub`, named UpperCamel(service) + `Error`.
    pub fn new(service: &str, origin: impl Into<String>) -> Self {
        Target {
            service: service.to_owned(),
            name: syn::Ident::new(&enum_name(service), Span::call_site()),
            vis: syn::parse_quote!(pub),
            origin: origin.into(),
            track: None,
        }
    }
}

/// UpperCamel(service) + `Error`: `cvm` → `CvmError`, `tke_edge` → `TkeEdgeError`.
pub fn enum_name(service: &str) -> String {
    let mut name = String::new();
    for word in service.split('_').filter(|w| !w.is_empty()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.extend(first.to_uppercase());
            name.push_str(chars.as_str());
        }
    }
    name.push_str("Error");
    name
}

/// Generates the enum and its impls.
///
/// Fails only if no perfect-hash table can be built, which does not happen for unique codes.
pub fn generate(target: &Target, model: &Model) -> Result<TokenStream, String> {
    let codes: Vec<&str> = model.codes.iter().map(|c| c.code.as_str()).collect();
    let table = lookup::build(&codes)
        .ok_or_else(|| format!("could not build a lookup table for {} codes", codes.len()))?;

    let name = &target.name;
    let vis = &target.vis;
    let service = &target.service;
    let count = model.codes.len();
    let unknown = format_ident!("{}", UNKNOWN_VARIANT);
    let variants: Vec<syn::Ident> = model.codes.iter().map(|c| format_ident!("{}", c.variant)).collect();

    let variant_defs = model.codes.iter().zip(&variants).map(|(code, ident)| {
        let summary = match &code.description {
            Some(description) => description.markdown.clone(),
            None => "*The page gives no description.*".to_owned(),
        };
        let facts = format!(
            "Code `{}` · category `{}` · {}.",
            code.code,
            code.category.as_str(),
            code.retry.as_str()
        );
        let note = match &code.naming {
            Naming::Disambiguated { base, with } => Some(format!(
                "Named `{}` rather than `{base}` because {} would also be `{base}`.",
                code.variant,
                with.iter().map(|w| if w.starts_with("the ") { w.clone() } else { format!("`{w}`") }).collect::<Vec<_>>().join(", ")
            )),
            Naming::Renamed => Some(format!("Named `{}` by the `rename` option.", code.variant)),
            Naming::Base => None,
        };
        let note = note.map(|note| quote! { #[doc = ""] #[doc = #note] });
        let alias = (code.code != code.variant).then(|| {
            let alias = &code.code;
            quote! { #[doc(alias = #alias)] }
        });
        let allow = (code.variant.contains('_') || !code.variant.starts_with(|c: char| c.is_uppercase()))
            .then(|| quote! { #[allow(non_camel_case_types)] });
        quote! {
            #[doc = #summary]
            #[doc = ""]
            #[doc = #facts]
            #note
            #alias
            #allow
            #ident,
        }
    });

    let enum_doc = enum_doc(target, model);
    let unknown_doc = format!(
        "A code that the {service} page does not list. The code is kept verbatim; \
         `{name}::from_code` never puts a listed code here."
    );
    let from_code_doc = format!(
        "The variant for `code`; codes the page does not list become `{name}::{UNKNOWN_VARIANT}`, \
         keeping the code verbatim. Never fails, never allocates for listed codes."
    );

    let indices = 0..count;
    let descriptions = model.codes.iter().map(|c| match &c.description {
        Some(d) => {
            let text = &d.text;
            quote! { ::core::option::Option::Some(#text) }
        }
        None => quote! { ::core::option::Option::None },
    });
    let categories = model.codes.iter().map(|c| category_tokens(c.category));
    let retry_classes = model.codes.iter().map(|c| retry_tokens(c.retry));
    let lookup::Table { seed, shift, pilots, slots } = table;
    let track = target.track.as_ref().map(|path| {
        let path = path.to_string_lossy();
        quote! { const _: &[u8] = ::core::include_bytes!(#path); }
    });

    Ok(quote! {
        #(#[doc = #enum_doc])*
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        #vis enum #name {
            #(#variant_defs)*
            #[doc = #unknown_doc]
            #unknown(::std::string::String),
        }

        const _: () = {
            #track

            static TABLE: ::tencent_errors::__private::CodeTable = ::tencent_errors::__private::CodeTable {
                seed: #seed,
                shift: #shift,
                pilots: &[#(#pilots),*],
                slots: &[#(#slots),*],
                codes: &[#(#codes),*],
            };
            static DESCRIPTIONS: [::core::option::Option<&str>; #count] = [#(#descriptions),*];
            static CATEGORIES: [::tencent_errors::Category; #count] = [#(#categories),*];
            static RETRY_CLASSES: [::tencent_errors::RetryClass; #count] = [#(#retry_classes),*];

            fn index(error: &#name) -> ::core::option::Option<usize> {
                match error {
                    #(#name::#variants => ::core::option::Option::Some(#indices),)*
                    #name::#unknown(_) => ::core::option::Option::None,
                }
            }

            impl #name {
                /// The service these codes belong to.
                pub const SERVICE: &'static str = #service;

                /// Every code the page lists, in page order.
                pub const ALL: &'static [#name] = &[#(#name::#variants),*];

                #[doc = #from_code_doc]
                pub fn from_code(code: &str) -> Self {
                    match ::tencent_errors::__private::lookup(&TABLE, code).and_then(|i| Self::ALL.get(i)) {
                        ::core::option::Option::Some(known) => ::core::clone::Clone::clone(known),
                        ::core::option::Option::None => #name::#unknown(::std::string::String::from(code)),
                    }
                }

                /// The exact code string.
                pub fn code(&self) -> &str {
                    match self {
                        #name::#unknown(code) => code,
                        known => match index(known) {
                            ::core::option::Option::Some(i) => TABLE.codes[i],
                            ::core::option::Option::None => "",
                        },
                    }
                }

                /// Whether the page lists this code.
                pub fn is_known(&self) -> bool {
                    !::core::matches!(self, #name::#unknown(_))
                }

                /// The page's description as plain text; `None` for unlisted codes and rows
                /// without one.
                pub fn description(&self) -> ::core::option::Option<&'static str> {
                    index(self).and_then(|i| DESCRIPTIONS[i])
                }

                /// The code's family.
                pub fn category(&self) -> ::tencent_errors::Category {
                    match index(self) {
                        ::core::option::Option::Some(i) => CATEGORIES[i],
                        ::core::option::Option::None => ::tencent_errors::Category::of(self.code()),
                    }
                }

                /// Whether retrying can help; see `tencent_errors::RetryClass`.
                pub fn retry_class(&self) -> ::tencent_errors::RetryClass {
                    match index(self) {
                        ::core::option::Option::Some(i) => RETRY_CLASSES[i],
                        ::core::option::Option::None => ::tencent_errors::RetryClass::of(self.code()),
                    }
                }
            }

            impl ::core::fmt::Display for #name {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::tencent_errors::__private::display(self.code(), self.description(), f)
                }
            }

            impl ::std::error::Error for #name {}

            impl ::core::str::FromStr for #name {
                type Err = ::core::convert::Infallible;

                fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
                    ::core::result::Result::Ok(Self::from_code(code))
                }
            }

            impl ::core::cmp::PartialEq for #name {
                fn eq(&self, other: &Self) -> bool {
                    match (index(self), index(other)) {
                        (::core::option::Option::Some(a), ::core::option::Option::Some(b)) => a == b,
                        _ => self.code() == other.code(),
                    }
                }
            }

            impl ::core::cmp::Eq for #name {}

            impl ::core::hash::Hash for #name {
                fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                    ::core::hash::Hash::hash(self.code(), state)
                }
            }

            impl ::tencent_errors::ServiceError for #name {
                fn service(&self) -> &'static str {
                    Self::SERVICE
                }
                fn code(&self) -> &str {
                    self.code()
                }
                fn description(&self) -> ::core::option::Option<&'static str> {
                    self.description()
                }
                fn is_known(&self) -> bool {
                    self.is_known()
                }
                fn category(&self) -> ::tencent_errors::Category {
                    self.category()
                }
                fn retry_class(&self) -> ::tencent_errors::RetryClass {
                    self.retry_class()
                }
                fn from_code(code: &str) -> Self {
                    Self::from_code(code)
                }
            }

            ::tencent_errors::__private::impl_serde!(#name);
        };
    })
}

fn category_tokens(category: Category) -> TokenStream {
    let ident = format_ident!("{}", category.as_str());
    quote! { ::tencent_errors::Category::#ident }
}

fn retry_tokens(retry: RetryClass) -> TokenStream {
    let ident = format_ident!(
        "{}",
        match retry {
            RetryClass::Throttling => "Throttling",
            RetryClass::Transient => "Transient",
            _ => "NotRetryable",
        }
    );
    quote! { ::tencent_errors::RetryClass::#ident }
}

/// The enum's documentation: what it is, where it came from, and its families.
fn enum_doc(target: &Target, model: &Model) -> Vec<String> {
    let mut families: BTreeMap<&str, (usize, Category)> = BTreeMap::new();
    for code in &model.codes {
        let family = code.code.split('.').next().unwrap_or(&code.code);
        families.entry(family).or_insert((0, code.category)).0 += 1;
    }
    let mut doc = vec![
        format!(
            "Error codes of the Tencent Cloud `{}` API: {} codes from {}.",
            target.service,
            model.codes.len(),
            target.origin
        ),
        String::new(),
        format!(
            "Generated by `tencent_errors!`. Decode a code with `{name}::from_code`; codes the page \
             does not list become `{name}::{UNKNOWN_VARIANT}` with the code kept verbatim. The enum \
             is `#[non_exhaustive]`: new codes are added in minor releases.",
            name = target.name
        ),
        String::new(),
        "| family | codes | category |\n|---|---:|---|".to_owned(),
    ];
    for (family, (count, category)) in families {
        let category = match category {
            Category::ServiceSpecific => "service-specific".to_owned(),
            other => format!("`{}`", other.as_str()),
        };
        doc.push(format!("| `{family}` | {count} | {category} |"));
    }
    doc
}
