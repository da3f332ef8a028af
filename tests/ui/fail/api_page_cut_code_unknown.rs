// A code cut by white space that, joined, is no code of the service: the row is an error, and
// the directory fails at that page's row (the other page, with an empty section, is fine).
tencent_errors::tencent_errors!(
    "cvm",
    actions = *,
    actions_path = "tests/ui/pages/bad/api/cut_code_unknown"
);

fn main() {}
