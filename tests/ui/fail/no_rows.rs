// The error-code table has a header but no rows: an enum with no codes is a mistake.
tencent_errors::tencent_errors!("billing", path = "tests/ui/pages/bad/no_rows.md");

fn main() {}
