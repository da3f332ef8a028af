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
