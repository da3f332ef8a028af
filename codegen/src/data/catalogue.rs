//! The bundled services as tokens, for the facade: its `SERVICES` constant and its `services`
//! module are both built from [`BUNDLED_SERVICES`], so the list has one
//! source, the data directory.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::bundled::{ServiceData, BUNDLED_SERVICES};
use crate::model::enum_name;

/// `callback! { module => "service", EnumName, "retired since" or ""; ... }` for every bundled
/// service: a `macro_rules!` callback gets the list and builds what it wants from it.
/// `module` is the service name as an identifier (`r#as` for the keyword).
pub fn for_each_service(input: TokenStream) -> TokenStream {
    let callback: syn::Path = match syn::parse2(input) {
        Ok(path) => path,
        Err(error) => return error.to_compile_error(),
    };
    let entries = BUNDLED_SERVICES.iter().map(|bundled| {
        let service = bundled.name;
        let module = if syn::parse_str::<Ident>(service).is_ok() {
            Ident::new(service, Span::call_site())
        } else {
            Ident::new_raw(service, Span::call_site())
        };
        let name = Ident::new(&enum_name(service), Span::call_site());
        let retired = ServiceData::bundled(service)
            .and_then(|data| data.retired_since())
            .unwrap_or_default();
        quote! { #module => #service, #name, #retired; }
    });
    quote! { #callback! { #(#entries)* } }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_service_is_passed_to_the_callback() {
        let tokens = for_each_service(quote! { my::callback }).to_string();
        assert!(tokens.starts_with("my :: callback ! {"), "{tokens:.40}");
        assert!(tokens.contains("r#as => \"as\" , AsError , \"\" ;"));
        assert!(tokens.contains("cvm => \"cvm\" , CvmError , \"\" ;"));
        assert!(tokens
            .contains("mgobe => \"mgobe\" , MgobeError , \"tencentcloud-sdk-python 3.1.195\" ;"));
        assert_eq!(tokens.matches(';').count(), BUNDLED_SERVICES.len());
        assert!(for_each_service(quote! { 1 })
            .to_string()
            .contains("compile_error"));
    }
}
