//! The `tencent_errors!` proc-macro. Use it through the
//! [`tencent-errors`](https://docs.rs/tencent-errors) crate, which documents it and provides the
//! runtime items the generated code refers to.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

use proc_macro::TokenStream;

/// Expands a Tencent Cloud error-code page into a typed error enum; see the `tencent-errors`
/// crate for the full documentation.
#[proc_macro]
pub fn tencent_errors(input: TokenStream) -> TokenStream {
    tencent_errors_codegen::expand(input.into()).into()
}

/// `__for_each_service!(callback)` calls `callback! { module => "service", EnumName, "retired
/// since"; ... }` with every bundled service: how the facade builds `SERVICES` and `services`.
/// Not public API.
#[doc(hidden)]
#[proc_macro]
pub fn __for_each_service(input: TokenStream) -> TokenStream {
    tencent_errors_codegen::for_each_service(input.into()).into()
}
