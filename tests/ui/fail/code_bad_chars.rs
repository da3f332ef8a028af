// A full-width comma inside a code (after it, it would be a copy-paste artefact): only A-Z, a-z, 0-9, `.`, `_` and `-` are allowed.
tencent_errors::tencent_errors!("billing", path = "tests/ui/pages/bad/code_bad_chars.md");

fn main() {}
