//! Any text as an error-code page: parsing, building the model and generating the enum never
//! panic, and whatever is accepted has valid codes and unique, valid variant names, and
//! generates valid Rust.
#![no_main]

use std::collections::HashSet;

use libfuzzer_sys::fuzz_target;
use tencent_errors_codegen::__internals::is_valid_variant_name;
use tencent_errors_codegen::__internals::normalise_code;
use tencent_errors_codegen::{generate, build_model, Target};

fuzz_target!(|data: &[u8]| {
    // The macro rejects pages that are not UTF-8 before parsing them.
    let Ok(page) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(model) = build_model(page, &[]) else {
        return;
    };
    let mut names = HashSet::new();
    let mut codes = HashSet::new();
    for code in &model.codes {
        assert_eq!(
            normalise_code(&code.code).as_deref(),
            Ok(code.code.as_str()),
            "a code the parser accepted"
        );
        assert!(
            codes.insert(code.code.as_str()),
            "`{}` listed twice",
            code.code
        );
        assert!(
            is_valid_variant_name(&code.variant),
            "`{}` is not a valid variant name",
            code.variant
        );
        assert!(
            names.insert(code.variant.as_str()),
            "`{}` names two variants",
            code.variant
        );
    }
    let tokens = generate(&Target::new("fuzz", "a fuzzed page"), &model)
        .expect("unique codes get a lookup table");
    if let Err(error) = syn::parse2::<syn::File>(tokens) {
        panic!("the generated code is not valid Rust: {error}");
    }
});
