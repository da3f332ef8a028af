//! The runtime's `CommonError` (`runtime/src/common.rs`): the public table (公共错误码) that
//! every service's page starts with, generated like a service enum. The runtime cannot invoke
//! the macro (the macro depends on it), so the file is generated here and checked in; a test
//! regenerates it and compares.

use std::fmt::Write as _;

use proc_macro2::{Span, TokenStream};
use tencent_errors_runtime::Language;

use super::{generate, lex, PackedStrings, Target};
use crate::data::bundled::{push_listings, ServiceData};
use crate::diagnostic::{Diagnostic, Location};
use crate::generate::lookup;
use crate::model::{merge, name_variants, Model};
use crate::read::{parse_page, TableKind};

/// The service whose pages give the public table (every page has the same one; a test checks).
const FROM: &str = "cvm";

/// The public codes of the bundled pages: the public table of both languages' pages.
pub(crate) fn common_model() -> Result<Model, Vec<Diagnostic>> {
    let data = ServiceData::bundled(FROM).ok_or_else(|| {
        vec![Diagnostic::error(
            Location::Page,
            format!("no bundled `{FROM}`"),
        )]
    })?;
    let mut listings = Vec::new();
    let mut tables = 0;
    for (page, language) in [(data.zh, Language::Chinese), (data.en, Language::English)] {
        let Some(page) = page else { continue };
        let rows = parse_page(page)?
            .rows
            .into_iter()
            .filter(|row| row.kind == TableKind::Public)
            .collect();
        push_listings(&mut listings, &mut tables, rows, language);
    }
    name_variants(merge(listings), &[])
}

/// `CommonError` and `CommonError::of`, as tokens (the text of `runtime/src/common.rs` is
/// them, pretty-printed, after its header).
pub(crate) fn common_tokens() -> Result<TokenStream, Vec<Diagnostic>> {
    let model = common_model()?;
    let mut target = Target::new(
        "common",
        format!(
            "the public table (`### 公共错误码`, `### Common Error Codes`) that every service's \
             page starts with (bundled `zh/{FROM}.md` and `en/{FROM}.md`)"
        ),
    );
    target.name = syn::Ident::new("CommonError", Span::call_site());
    let enum_tokens = generate(&target, &model).map_err(|e| vec![e])?;
    let codes: Vec<&str> = model.codes.iter().map(|c| c.code.as_str()).collect();
    let table = lookup::build(&codes).ok_or_else(|| {
        vec![Diagnostic::error(
            Location::Page,
            "no lookup table for the public codes",
        )]
    })?;
    let mut packed = PackedStrings::default();
    codes.iter().for_each(|code| packed.push(code));
    let mut text = String::from(
        "/// The same lookup as `CommonError::from_code`'s, for `CommonError::of`, which must \
         not allocate.\nstatic LOOKUP: ::tencent_errors::__private::CodeTable = \
         ::tencent_errors::__private::CodeTable {",
    );
    let _ = write!(
        text,
        "seed: {}, shift: {}, pilots: &[",
        table.seed, table.shift
    );
    table.pilots.iter().for_each(|p| {
        let _ = write!(text, "{p},");
    });
    text.push_str("], slots: &[");
    table.slots.iter().for_each(|s| {
        let _ = write!(text, "{s},");
    });
    text.push_str("], codes: ");
    packed.write(&mut text);
    text.push_str(
        "};

impl CommonError {
    /// The public code `code` is, or `None` when it is not one (without allocating, unlike
    /// `from_code`): what `common()` of every generated enum and
    /// `ServiceError::common` return.
    ///
    /// ```
    /// use tencent_errors_runtime::CommonError;
    ///
    /// assert_eq!(
    ///     CommonError::of(\"AuthFailure.SignatureExpire\"),
    ///     Some(CommonError::AuthFailureSignatureExpire)
    /// );
    /// assert_eq!(CommonError::of(\"InvalidInstanceId.NotFound\"), None);
    /// ```
    pub fn of(code: &str) -> ::core::option::Option<CommonError> {
        match ::tencent_errors::__private::lookup(&LOOKUP, code) {
            ::core::option::Option::Some(index) => CommonError::ALL.get(index).cloned(),
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }
}
",
    );
    let extra = lex(&text).map_err(|e| vec![e])?;
    Ok(quote::quote! { #enum_tokens #extra })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "//! `CommonError`: the public error codes (公共错误码) every Tencent Cloud service can return.
//!
//! Generated from the bundled pages by the test
//! `generate::common::tests::the_runtime_common_codes_are_generated` of tencent-errors-codegen
//! (run it with `TENCENT_ERRORS_BLESS=1` after an import); do not edit.

";

    #[test]
    fn the_runtime_common_codes_are_generated() {
        let tokens = common_tokens().expect("the public table builds");
        let file: syn::File = syn::parse2(tokens).expect("the tokens are items");
        let expected = format!("{HEADER}{}", prettyplease::unparse(&file));
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime/src/common.rs");
        if std::env::var_os("TENCENT_ERRORS_BLESS").is_some() {
            std::fs::write(&path, &expected).expect("write runtime/src/common.rs");
        }
        let actual = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            actual == expected,
            "runtime/src/common.rs is out of date: run \
             `TENCENT_ERRORS_BLESS=1 cargo test -p tencent-errors-codegen the_runtime_common`"
        );
    }

    #[test]
    fn every_current_page_has_the_same_public_table() {
        let codes = |page: &str| -> Vec<String> {
            parse_page(page)
                .expect("a bundled page")
                .rows
                .into_iter()
                .filter(|row| row.kind == TableKind::Public)
                .map(|row| row.code)
                .collect()
        };
        let common: Vec<String> = common_model()
            .expect("builds")
            .codes
            .into_iter()
            .map(|c| c.code)
            .collect();
        assert!(common.len() > 30, "{common:?}");
        assert!(common.iter().any(|c| c == "AuthFailure.SignatureExpire"));
        for service in crate::BUNDLED_SERVICES.iter().map(|s| s.name) {
            let data = ServiceData::bundled(service).expect("listed");
            for page in [data.zh, data.en].into_iter().flatten() {
                assert_eq!(codes(page), common, "{service}");
            }
        }
    }
}
