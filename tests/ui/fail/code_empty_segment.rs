// `..` inside a code: the message quotes the code as the page wrote it.
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/bad/code_empty_segment.md"
);

fn main() {}
