// Two pages in one language: `path = [..]` takes one page per language.
tencent_errors::tencent_errors!(
    "billing",
    path = [
        "tests/ui/pages/bad/languages/chinese_a.md",
        "tests/ui/pages/bad/languages/chinese_b.md"
    ]
);

fn main() {}
