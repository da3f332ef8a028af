// HTML in a code cell: formatting tags and `<Placeholder>`s are both errors there.
tencent_errors::tencent_errors!("billing", path = "tests/ui/pages/bad/html_in_code_cell.md");

fn main() {}
