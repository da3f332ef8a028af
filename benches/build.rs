//! Generates what the lookup benchmarks compare against, from the bundled pages (never by
//! hand, so the baselines always hold exactly the codes the enum holds):
//!
//! - `Vpc25Error`: the enum `tencent_errors!` would generate for 25 codes of the vpc page taken
//!   at even intervals (so their lengths are like the whole page's; through the same
//!   `tencent_errors_codegen::generate`), the small size;
//! - for it and for the full vpc page (555 codes, `VpcError` from the macro itself): a plain
//!   `match` on `&str` and a `phf` map, both to the enum and to the code's index.

use std::fmt::Write as _;
use std::path::PathBuf;

use tencent_errors_codegen::{build_model, bundled_page, generate, Target};

/// Codes in the small enum.
const SMALL: usize = 25;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let page = bundled_page("vpc").expect("the vpc page is bundled");
    let model = build_model(page, &[]).expect("the bundled vpc page is valid");

    let mut small_model = model.clone();
    let step = model.codes.len() / SMALL;
    small_model.codes = model
        .codes
        .iter()
        .step_by(step)
        .take(SMALL)
        .cloned()
        .collect();
    let mut target = Target::new("vpc", format!("{SMALL} codes of the bundled page `vpc.md`"));
    target.name = syn_ident("Vpc25Error");
    let small_enum = generate(&target, &small_model).expect("a table for 25 codes");

    let mut source = String::new();
    writeln!(
        source,
        "/// {SMALL} codes spread over the vpc page, as `tencent_errors!` expands them."
    )
    .unwrap();
    writeln!(source, "pub mod vpc25 {{ {small_enum} }}").unwrap();
    for (module, path, codes) in [
        ("vpc_baselines", "crate::vpc::VpcError", &model.codes[..]),
        (
            "vpc25_baselines",
            "crate::vpc25::Vpc25Error",
            &small_model.codes[..],
        ),
    ] {
        source.push_str(&baselines(module, path, codes));
    }
    std::fs::write(out.join("baselines.rs"), source).expect("OUT_DIR is writable");
}

fn syn_ident(name: &str) -> proc_macro2::Ident {
    proc_macro2::Ident::new(name, proc_macro2::Span::call_site())
}

/// A module with `by_match`, `index_by_match`, `PHF` and `PHF_INDEX` for `codes` of `enum_path`.
fn baselines(module: &str, enum_path: &str, codes: &[tencent_errors_codegen::ErrorCode]) -> String {
    let mut by_match = String::new();
    let mut index_by_match = String::new();
    let mut phf = phf_codegen::Map::new();
    let mut phf_index = phf_codegen::Map::new();
    for (index, code) in codes.iter().enumerate() {
        let literal = format!("{:?}", code.code);
        writeln!(by_match, "{literal} => {enum_path}::{},", code.variant).unwrap();
        writeln!(index_by_match, "{literal} => Some({index}),").unwrap();
        phf.entry(
            code.code.as_str(),
            &format!("{enum_path}::{}", code.variant),
        );
        phf_index.entry(code.code.as_str(), &index.to_string());
    }
    format!(
        "pub mod {module} {{
            /// A plain `match` on the code.
            pub fn by_match(code: &str) -> {enum_path} {{
                match code {{
                    {by_match}
                    _ => {enum_path}::Unknown(::std::string::String::from(code)),
                }}
            }}
            /// A plain `match` on the code, to its index.
            pub fn index_by_match(code: &str) -> Option<usize> {{
                match code {{
                    {index_by_match}
                    _ => None,
                }}
            }}
            /// A `phf` map to the variant.
            pub static PHF: ::phf::Map<&'static str, {enum_path}> = {phf};
            /// A `phf` map to the index.
            pub static PHF_INDEX: ::phf::Map<&'static str, usize> = {phf_index};
        }}
        ",
        phf = phf.build(),
        phf_index = phf_index.build(),
    )
}
