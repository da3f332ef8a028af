// A Cyrillic `а` that looks like the Latin `a` is named by code point and name.
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/bad/code_lookalike_char.md"
);

fn main() {}
