// A code with a space inside.
tencent_errors::tencent_errors!("billing", path = "tests/ui/pages/bad/code_with_space.md");

fn main() {}
