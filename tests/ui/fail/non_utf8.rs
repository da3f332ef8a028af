// A page saved in GBK rather than UTF-8: the error names the line of the first bad byte.
tencent_errors::tencent_errors!("billing", path = "tests/ui/pages/bad/non_utf8.md");

fn main() {}
