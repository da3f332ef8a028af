// A code followed by a full-width comma: only A-Z, a-z, 0-9, `.`, `_` and `-` are allowed.
tencent_errors::tencent_errors!("billing", path = "tests/ui/pages/bad/code_bad_chars.md");

fn main() {}
