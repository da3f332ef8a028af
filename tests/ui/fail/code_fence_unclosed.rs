// The JSON example's closing fence runs into the next sentence: the rest of the page is code.
tencent_errors::tencent_errors!("billing", path = "tests/ui/pages/bad/code_fence_unclosed.md");

fn main() {}
