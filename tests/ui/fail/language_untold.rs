// With several pages, each page must be in one language: a page without any description cannot
// be told.
tencent_errors::tencent_errors!(
    "billing",
    path = [
        "tests/ui/pages/bad/languages/chinese_a.md",
        "tests/ui/pages/bad/languages/no_descriptions.md"
    ]
);

fn main() {}
