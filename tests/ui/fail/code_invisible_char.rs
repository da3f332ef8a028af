// A zero-width space inside a code is named by code point and name.
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/bad/code_invisible_char.md"
);

fn main() {}
