// Emphasis inside a code (not around it) is an error.
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/bad/code_emphasis_inside.md"
);

fn main() {}
