// A code that is only dots.
tencent_errors::tencent_errors!("billing", path = "tests/ui/pages/bad/code_only_dots.md");

fn main() {}
