//! Any text as an error-code page: parsing, building the model and generating the enum never
//! panic, and whatever is accepted has valid codes and unique, valid variant names, and
//! generates valid Rust.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tencent_errors_codegen::__internals::normalise_code;
use tencent_errors_codegen::{build_model, generate, Target};

mod names;
use names::check_codes_and_names;

fuzz_target!(|data: &[u8]| {
    // The macro rejects pages that are not UTF-8 before parsing them.
    let Ok(page) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(model) = build_model(page, &[]) else {
        return;
    };
    for code in &model.codes {
        assert_eq!(
            normalise_code(&code.code).as_deref(),
            Ok(code.code.as_str()),
            "a code the parser accepted"
        );
    }
    check_codes_and_names(
        "the page's enum",
        model
            .codes
            .iter()
            .map(|c| (c.code.as_str(), c.variant.as_str())),
    );
    let tokens = generate(&Target::new("fuzz", "a fuzzed page"), &model)
        .expect("unique codes get a lookup table");
    if let Err(error) = syn::parse2::<syn::File>(tokens) {
        panic!("the generated code is not valid Rust: {error}");
    }
});
