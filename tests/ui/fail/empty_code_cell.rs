// A row whose code cell is empty.
tencent_errors::tencent_errors!("billing", path = "tests/ui/pages/bad/empty_code_cell.md");

fn main() {}
