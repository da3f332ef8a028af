// The page does not exist.
tencent_errors::tencent_errors!("billing", path = "tests/ui/pages/bad/missing.md");

fn main() {}
