// The table has a code column but no description column.
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/bad/no_description_column.md"
);

fn main() {}
