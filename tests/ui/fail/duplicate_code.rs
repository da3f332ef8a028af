// The same code twice in one table with different descriptions: an error naming both lines
// (with the same description the rows are merged).
tencent_errors::tencent_errors!("billing", path = "tests/ui/pages/bad/duplicate_code.md");

fn main() {}
