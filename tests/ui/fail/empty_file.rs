// An empty page.
tencent_errors::tencent_errors!("billing", path = "tests/ui/pages/bad/empty.md");

fn main() {}
