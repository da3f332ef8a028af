//! Expands every bundled page once, when the proc-macro is built, so that
//! `tencent_errors!("cvm")` only has to lex the result: proc-macros run unoptimised in debug and
//! release builds alike, and parsing a page is most of what an expansion costs.
//!
//! Writes `$OUT_DIR/<service>.rs` for every bundled service and `$OUT_DIR/precomputed.rs`, a
//! `match` from service name to that text. Cargo reruns this script whenever the codegen crate
//! (its pages included) changes, so the text is always what `tencent_errors_codegen` produces.

use std::path::PathBuf;
use std::{env, fs};

use tencent_errors_codegen::{bundled_expansion, BUNDLED_SERVICES};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut arms = String::new();
    for service in BUNDLED_SERVICES {
        let text = match bundled_expansion(service) {
            Some(Ok(text)) => text,
            Some(Err(diagnostics)) => panic!("{service}.md does not expand: {diagnostics:?}"),
            None => unreachable!("{service} is listed in BUNDLED_SERVICES"),
        };
        let file = format!("{service}.rs");
        fs::write(out.join(&file), text).expect("write to OUT_DIR");
        arms.push_str(&format!(
            "{service:?} => ::core::option::Option::Some(::core::include_str!(::core::concat!(::core::env!(\"OUT_DIR\"), \"/{file}\"))),\n"
        ));
    }
    let table = format!(
        "/// The expansion of `tencent_errors!(\"service\")` for every bundled service.\n\
         fn precomputed(service: &str) -> ::core::option::Option<&'static str> {{\n\
         match service {{\n{arms}_ => ::core::option::Option::None,\n}}\n}}\n"
    );
    fs::write(out.join("precomputed.rs"), table).expect("write to OUT_DIR");
}
