// A code starting with a character that is neither a letter nor a digit (codes starting with a
// digit, like cdb's `9003`, are fine: the variant is `Code9003`).
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/bad/code_starts_with_dash.md"
);

fn main() {}
