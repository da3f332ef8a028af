// A code starting with a digit.
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/bad/code_starts_with_digit.md"
);

fn main() {}
