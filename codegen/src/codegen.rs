//! From a [`Model`] to Rust tokens.

// Only for `lex`: the compiler's own lexer, when running inside a proc-macro.
extern crate proc_macro;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use tencent_errors_runtime::__private::pack_class;
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
///
/// Most of the output is written as source text and lexed once, rather than built token by
/// token with `quote!`: inside the compiler every token `quote!` pushes is a call across the
/// proc-macro bridge, and the macro runs unoptimised in debug and release builds alike
/// (cargo's default `build-override`), while the lexer the text goes to is the compiler's own,
/// optimised. Spans are the same (the call site's) except that only the enum's definition
/// keeps the spans of the `name` and `vis` options, so that errors about the name point at it.
pub fn generate(target: &Target, model: &Model) -> Result<TokenStream, String> {
    let codes: Vec<&str> = model.codes.iter().map(|c| c.code.as_str()).collect();
    let table = lookup::build(&codes)
        .ok_or_else(|| format!("could not build a lookup table for {} codes", codes.len()))?;

    let name = &target.name;
    let vis = &target.vis;
    let unknown = format_ident!("{}", UNKNOWN_VARIANT);

    // Everything that repeats once per code.
    let mut variant_defs = String::new();
    let mut all = String::new();
    let mut index_arms = String::new();
    let mut variant_arms = String::new();
    let mut codes_text = PackedStrings::default();
    let mut descriptions = PackedStrings::default();
    let mut names = PackedStrings::default();
    for (index, code) in model.codes.iter().enumerate() {
        let variant = &code.variant;
        variant_defs.push_str("#[doc = ");
        push_string_literal(&mut variant_defs, &variant_doc(code));
        variant_defs.push(']');
        if code.code != code.variant {
            variant_defs.push_str("#[doc(alias = ");
            push_string_literal(&mut variant_defs, &code.code);
            variant_defs.push_str(")]");
        }
        if variant.contains('_') || !variant.starts_with(|c: char| c.is_uppercase()) {
            variant_defs.push_str("#[allow(non_camel_case_types)]");
        }
        let _ = writeln!(variant_defs, "{variant},");
        let _ = write!(all, "Self::{variant},");
        let _ = writeln!(index_arms, "{name}::{variant} => {index},");
        let _ = writeln!(variant_arms, "{index} => {name}::{variant},");
        codes_text.push(&code.code);
        descriptions.push(code.description.as_ref().map_or("", |d| d.text.as_str()));
        names.push(variant);
    }

    if [&codes_text, &descriptions, &names]
        .iter()
        .any(|strings| strings.text.len() > u32::MAX as usize)
    {
        return Err("the page is too large: its codes or descriptions exceed 4 GiB".to_owned());
    }
    let variant_defs = lex(&variant_defs)?;
    let enum_doc = enum_doc(target, model);
    let unknown_doc = format!(
        "A code that the {} page does not list. The code is kept verbatim; \
         `{name}::from_code` never puts a listed code here.",
        target.service
    );
    let definition = quote! {
        #(#[doc = #enum_doc])*
        #[non_exhaustive]
        #vis enum #name {
            #variant_defs
            #[doc = #unknown_doc]
            #unknown(::std::string::String),
        }
    };

    let lookup::Table {
        seed,
        shift,
        pilots,
        slots,
    } = table;
    let mut implementation = String::with_capacity(IMPLEMENTATION.len() + index_arms.len() * 4);
    for (position, piece) in IMPLEMENTATION.split('@').enumerate() {
        if position % 2 == 0 {
            implementation.push_str(piece);
            continue;
        }
        let out = &mut implementation;
        match piece {
            "NAME" => {
                let _ = write!(out, "{name}");
            }
            "UNKNOWN" => out.push_str(UNKNOWN_VARIANT),
            "SERVICE" => push_string_literal(out, &target.service),
            "COUNT" => {
                let _ = write!(out, "{}", model.codes.len());
            }
            "TRACK" => {
                if let Some(path) = &target.track {
                    out.push_str("const _: &[u8] = ::core::include_bytes!(");
                    push_string_literal(out, &path.to_string_lossy());
                    out.push_str(");");
                }
            }
            "SEED" => {
                let _ = write!(out, "{seed}");
            }
            "SHIFT" => {
                let _ = write!(out, "{shift}");
            }
            "PILOTS" => pilots.iter().for_each(|pilot| {
                let _ = write!(out, "{pilot},");
            }),
            "SLOTS" => slots.iter().for_each(|slot| {
                let _ = write!(out, "{slot},");
            }),
            "CODES" => codes_text.write(out),
            "DESCRIPTIONS" => descriptions.write(out),
            "NAMES" => names.write(out),
            // Category and retry class packed in one byte per code: one token for the table.
            "CLASSES" => {
                let classes: Vec<u8> = model
                    .codes
                    .iter()
                    .map(|c| pack_class(c.category, c.retry))
                    .collect();
                push_byte_string_literal(out, &classes);
            }
            "INDEX_ARMS" => out.push_str(&index_arms),
            "VARIANT_ARMS" => out.push_str(&variant_arms),
            "ALL" => out.push_str(&all),
            "FROM_CODE_DOC" => push_string_literal(
                out,
                &format!(
                    "The variant for `code`; codes the page does not list become \
                     `{name}::{UNKNOWN_VARIANT}`, keeping the code verbatim. Never fails, never \
                     allocates for listed codes."
                ),
            ),
            other => return Err(format!("internal error: unknown template marker `{other}`")),
        }
    }
    let implementation = lex(&implementation)?;
    Ok(quote! { #definition #implementation })
}

/// Everything but the enum's definition, with `@MARKER@`s that [`generate`] fills in.
const IMPLEMENTATION: &str = r#####"
const _: () = {
    @TRACK@

    // A `use` in this block shadows whatever the invoking module calls `Some` or `None`.
    use ::core::option::Option::{None as __None, Some as __Some};

    static TABLE: ::tencent_errors::__private::CodeTable = ::tencent_errors::__private::CodeTable {
        seed: @SEED@,
        shift: @SHIFT@,
        pilots: &[@PILOTS@],
        slots: &[@SLOTS@],
        codes: @CODES@,
    };
    // Empty without the facade's `descriptions` feature.
    static DESCRIPTIONS: ::tencent_errors::__private::Strings =
        ::tencent_errors::__private::descriptions!(@DESCRIPTIONS@);
    // The variants' names, for `Debug`.
    static NAMES: ::tencent_errors::__private::Strings = @NAMES@;
    static CLASSES: &[u8; @COUNT@] = @CLASSES@;

    // `index` and `variant` are inverse matches between variants and page order. The compiler
    // turns both into arithmetic on the discriminant (no jump table), which is what makes
    // `from_code`, `clone` and the accessors branch-free.
    #[allow(unreachable_code)] // when the page lists no code
    fn index(error: &@NAME@) -> ::core::option::Option<usize> {
        __Some(match error {
            @INDEX_ARMS@
            @NAME@::@UNKNOWN@(_) => return __None,
        })
    }

    #[allow(unreachable_code)] // when the page lists no code
    fn variant(index: usize) -> ::core::option::Option<@NAME@> {
        __Some(match index {
            @VARIANT_ARMS@
            _ => return __None,
        })
    }

    // Out of line, so that the allocation does not weigh on the inlined lookup.
    #[cold]
    #[inline(never)]
    fn unlisted(code: &str) -> @NAME@ {
        @NAME@::@UNKNOWN@(::std::string::String::from(code))
    }

    impl @NAME@ {
        /// The service these codes belong to.
        pub const SERVICE: &'static str = @SERVICE@;

        /// Every code the page lists, in page order.
        pub const ALL: &'static [@NAME@] = &[@ALL@];

        #[doc = @FROM_CODE_DOC@]
        #[inline(always)]
        pub fn from_code(code: &str) -> Self {
            match ::tencent_errors::__private::lookup(&TABLE, code).and_then(variant) {
                ::core::option::Option::Some(known) => known,
                ::core::option::Option::None => unlisted(code),
            }
        }

        /// The exact code string.
        pub fn code(&self) -> &str {
            match self {
                @NAME@::@UNKNOWN@(code) => code,
                known => index(known).and_then(|i| TABLE.codes.get(i)).unwrap_or_default(),
            }
        }

        /// Whether the page lists this code.
        pub fn is_known(&self) -> bool {
            !::core::matches!(self, @NAME@::@UNKNOWN@(_))
        }

        /// The page's description as plain text; `None` for unlisted codes, rows without one,
        /// and every code when the `descriptions` feature of `tencent-errors` is off.
        pub fn description(&self) -> ::core::option::Option<&'static str> {
            index(self).and_then(|i| DESCRIPTIONS.get(i))
        }

        /// The code's family.
        pub fn category(&self) -> ::tencent_errors::Category {
            match index(self) {
                ::core::option::Option::Some(i) => ::tencent_errors::__private::class_category(CLASSES[i]),
                ::core::option::Option::None => ::tencent_errors::Category::of(self.code()),
            }
        }

        /// Whether retrying can help; see `tencent_errors::RetryClass`.
        pub fn retry_class(&self) -> ::tencent_errors::RetryClass {
            match index(self) {
                ::core::option::Option::Some(i) => ::tencent_errors::__private::class_retry(CLASSES[i]),
                ::core::option::Option::None => ::tencent_errors::RetryClass::of(self.code()),
            }
        }
    }

    // Not derived: the derived `clone` is a jump table over every variant.
    impl ::core::clone::Clone for @NAME@ {
        fn clone(&self) -> Self {
            match self {
                @NAME@::@UNKNOWN@(code) => @NAME@::@UNKNOWN@(::core::clone::Clone::clone(code)),
                known => match index(known).and_then(variant) {
                    ::core::option::Option::Some(known) => known,
                    ::core::option::Option::None => @NAME@::@UNKNOWN@(::std::string::String::new()),
                },
            }
        }
    }

    // Not derived: the derived `fmt` is a jump table over every variant, with a string each.
    // The output is the derived one's.
    impl ::core::fmt::Debug for @NAME@ {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            match self {
                @NAME@::@UNKNOWN@(code) => f.debug_tuple("@UNKNOWN@").field(code).finish(),
                known => f.write_str(index(known).and_then(|i| NAMES.get(i)).unwrap_or("")),
            }
        }
    }

    impl ::core::fmt::Display for @NAME@ {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::tencent_errors::__private::display(self.code(), self.description(), f)
        }
    }

    impl ::std::error::Error for @NAME@ {}

    impl ::core::str::FromStr for @NAME@ {
        type Err = ::core::convert::Infallible;

        fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
            ::core::result::Result::Ok(Self::from_code(code))
        }
    }

    impl ::core::cmp::PartialEq for @NAME@ {
        fn eq(&self, other: &Self) -> bool {
            match (index(self), index(other)) {
                (::core::option::Option::Some(a), ::core::option::Option::Some(b)) => a == b,
                _ => self.code() == other.code(),
            }
        }
    }

    impl ::core::cmp::Eq for @NAME@ {}

    impl ::core::hash::Hash for @NAME@ {
        fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
            ::core::hash::Hash::hash(self.code(), state)
        }
    }

    impl ::tencent_errors::ServiceError for @NAME@ {
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
        #[inline(always)]
        fn from_code(code: &str) -> Self {
            Self::from_code(code)
        }
    }

    ::tencent_errors::__private::impl_serde!(@NAME@);
};
"#####;

/// Lexes generated source text.
///
/// Inside a proc-macro this goes straight to the compiler's (optimised) lexer: going through
/// `proc_macro2::TokenStream::from_str` would first run proc-macro2's own lexer over the text
/// to validate it, unoptimised, which cost more than building the tokens one by one.
pub(crate) fn lex(text: &str) -> Result<TokenStream, String> {
    let error = |error: &dyn std::fmt::Display| {
        format!("internal error: the generated code does not lex: {error}")
    };
    if proc_macro::is_available() {
        text.parse::<proc_macro::TokenStream>()
            .map(TokenStream::from)
            .map_err(|e| error(&e))
    } else {
        text.parse::<TokenStream>().map_err(|e| error(&e))
    }
}

/// The documentation of a code's variant: the description, then the facts, then why it is
/// named as it is (one attribute: rustdoc joins several with newlines anyway).
fn variant_doc(code: &crate::model::ErrorCode) -> String {
    let summary = match &code.description {
        Some(description) => description.markdown.as_str(),
        None => "*The page gives no description.*",
    };
    let mut doc = format!(
        "{summary}\n\nCode `{}` · category {} · {}.",
        code.code,
        category_link(code.category),
        retry_link(code.retry)
    );
    match &code.naming {
        Naming::Disambiguated { base, with } => {
            let with: Vec<String> = with
                .iter()
                .map(|w| {
                    if w.starts_with("the ") {
                        w.clone()
                    } else {
                        format!("`{w}`")
                    }
                })
                .collect();
            let _ = write!(
                doc,
                "\n\nNamed `{}` rather than `{base}` because {} would also be `{base}`.",
                code.variant,
                with.join(", ")
            );
        }
        Naming::Renamed => {
            let _ = write!(doc, "\n\nNamed `{}` by the `rename` option.", code.variant);
        }
        Naming::Base => {}
    }
    doc
}

/// Strings to emit as one `__private::Strings`: their concatenation and bounds.
#[derive(Default)]
struct PackedStrings {
    text: String,
    bounds: String,
}

impl PackedStrings {
    fn push(&mut self, string: &str) {
        if self.bounds.is_empty() {
            self.bounds.push_str("0,");
        }
        self.text.push_str(string);
        let _ = write!(self.bounds, "{},", self.text.len());
    }

    /// `::tencent_errors::__private::Strings { text: "...", bounds: &[...] }`.
    fn write(&self, out: &mut String) {
        out.push_str("::tencent_errors::__private::Strings { text: ");
        push_string_literal(out, &self.text);
        out.push_str(", bounds: &[");
        out.push_str(&self.bounds);
        out.push_str("] }");
    }
}

/// Appends `bytes` as a byte string literal to `source`.
fn push_byte_string_literal(source: &mut String, bytes: &[u8]) {
    source.push_str("b\"");
    for &byte in bytes {
        match byte {
            b'"' | b'\\' => {
                source.push('\\');
                source.push(char::from(byte));
            }
            b' '..=b'~' => source.push(char::from(byte)),
            _ => {
                let _ = write!(source, "\\x{byte:02x}");
            }
        }
    }
    source.push('"');
}

/// Appends `text` as a string literal to `source`.
///
/// A string literal may hold any character verbatim except `"` and `\`, a bare carriage
/// return, and the bidirectional controls that rustc rejects, so only those (and other control
/// characters) are escaped. (`Literal::string` escapes through `char::escape_debug`, whose
/// Unicode printability check took a third of the expansion time on pages of Chinese text.)
/// The scan is over bytes: every character to escape starts with one of a few byte values.
fn push_string_literal(source: &mut String, text: &str) {
    source.push('"');
    let bytes = text.as_bytes();
    let mut verbatim = 0;
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        // The lead bytes of the characters to escape, narrowed by the second byte where that
        // is cheap: full-width punctuation (U+FFxx, lead byte 0xef) is common in Chinese text.
        let flagged = match byte {
            b'"' | b'\\' | 0x7f => true,
            0xc2 => bytes.get(at + 1).is_some_and(|&next| next < 0xa0), // U+0080..U+009F
            0xe2 => matches!(bytes.get(at + 1), Some(0x80 | 0x81)),     // U+2000..U+207F
            0xef => bytes.get(at + 1) == Some(&0xbb),                   // U+FEC0..U+FEFF
            _ => byte < 0x20 && byte != b'\n' && byte != b'\t',
        };
        if !flagged {
            at += 1;
            continue;
        }
        // `at` starts a character: flagged bytes are ASCII or UTF-8 lead bytes.
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let escape = if c == '"' || c == '\\' {
            Some(false)
        } else if c.is_control() || is_invisible_control(c) {
            Some(true)
        } else {
            None
        };
        if let Some(as_code_point) = escape {
            source.push_str(&text[verbatim..at]);
            if as_code_point {
                let _ = write!(source, "\\u{{{:x}}}", u32::from(c));
            } else {
                source.push('\\');
                source.push(c);
            }
            verbatim = at + c.len_utf8();
        }
        at += c.len_utf8();
    }
    source.push_str(&text[verbatim..]);
    source.push('"');
}

/// Characters that rustc refuses verbatim in literals (bidirectional overrides) or that would
/// be invisible in the expanded code (marks, the byte-order mark).
fn is_invisible_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
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
            "Generated by `tencent_errors!`. Decode a code with [`{name}::from_code`]; codes the \
             page does not list become [`{name}::{UNKNOWN_VARIANT}`] with the code kept verbatim. \
             The enum is `#[non_exhaustive]`: new codes are added in minor releases.",
            name = target.name
        ),
        String::new(),
        "| family | codes | category |\n|---|---:|---|".to_owned(),
    ];
    for (family, (count, category)) in families {
        doc.push(format!(
            "| `{family}` | {count} | {} |",
            category_link(category)
        ));
    }
    doc
}

/// A rustdoc link to the category's variant, e.g. ``[`AuthFailure`](tencent_errors::Category::AuthFailure)``.
fn category_link(category: Category) -> String {
    let name = category.as_str();
    format!("[`{name}`](tencent_errors::Category::{name})")
}

/// A rustdoc link to the retry class's variant, with its prose name as text:
/// `[not retryable](tencent_errors::RetryClass::NotRetryable)`.
fn retry_link(retry: RetryClass) -> String {
    let variant = match retry {
        RetryClass::Throttling => "Throttling",
        RetryClass::Transient => "Transient",
        _ => "NotRetryable",
    };
    format!(
        "[{}](tencent_errors::RetryClass::{variant})",
        retry.as_str()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_string_literals_keep_their_value() {
        let bytes: Vec<u8> = (0..=255).collect();
        let mut source = String::new();
        push_byte_string_literal(&mut source, &bytes);
        let parsed: syn::LitByteStr = syn::parse_str(&source).expect("a byte string literal");
        assert_eq!(parsed.value(), bytes);
    }

    #[test]
    fn the_template_has_only_known_markers_and_the_output_lexes() {
        let model = crate::page_model(
            "| 错误码 | 说明 |\n|---|---|\n| A.B | \"quoted\" \\ |\n",
            &[],
        )
        .expect("a page");
        let tokens = generate(&Target::new("x", "a test page"), &model).expect("generated");
        let file: syn::File = syn::parse2(tokens).expect("the output parses as items");
        assert_eq!(file.items.len(), 2, "the enum and its `const _` block");
    }

    #[test]
    fn string_literals_keep_their_value() {
        for text in [
            "",
            "plain",
            "中文说明：参数错误。",
            "quote \" and backslash \\ and {braces}",
            "line\nbreak\ttab\r\nwindows",
            "nul \0 bell \u{7} delete \u{7f}",
            "bidi \u{202e}evil\u{202c} \u{2066}x\u{2069} mark \u{200f} bom \u{feff}",
            "emoji 🦀 and combining e\u{301}",
            "C1 \u{85}\u{9f} and full-width ，：（） \u{fe0f} \u{2070} \u{a0}",
        ] {
            let mut source = String::new();
            push_string_literal(&mut source, text);
            let parsed: syn::LitStr = syn::parse_str(&source).expect("a string literal");
            assert_eq!(parsed.value(), text);
            assert!(
                !source.contains('\r') && !source.contains('\u{202e}') && !source.contains('\0'),
                "{source}"
            );
        }
    }
}
