// Prose and unrelated tables only; a table inside a code block does not count.
tencent_errors::tencent_errors!("billing", path = "tests/ui/pages/bad/no_table.md");

fn main() {}
