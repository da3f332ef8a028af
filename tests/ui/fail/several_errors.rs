// Every broken row of a page is reported, not just the first.
tencent_errors::tencent_errors!("billing", path = "tests/ui/pages/bad/several_errors.md");

fn main() {}
