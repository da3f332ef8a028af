//! What every generated enum's codes and names must be, whichever target built it: each code
//! once, each variant name valid and used once. Shared by the `page` and `actions` targets.

use std::collections::HashSet;

use tencent_errors_codegen::__internals::is_valid_variant_name;

/// Panics unless the `(code, variant)` pairs of `enum_name` have unique codes and unique,
/// valid variant names.
pub fn check_codes_and_names<'a>(
    enum_name: &str,
    codes: impl IntoIterator<Item = (&'a str, &'a str)>,
) {
    let mut seen_codes = HashSet::new();
    let mut seen_names = HashSet::new();
    for (code, variant) in codes {
        assert!(
            seen_codes.insert(code),
            "`{code}` listed twice in `{enum_name}`"
        );
        assert!(
            is_valid_variant_name(variant),
            "`{variant}` is not a valid variant name"
        );
        assert!(
            seen_names.insert(variant),
            "`{variant}` names two variants of `{enum_name}`"
        );
    }
}
