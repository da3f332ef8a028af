// A directory of API reference pages with two files for one action.
tencent_errors::tencent_errors!(
    "cvm",
    actions = *,
    actions_path = "tests/ui/pages/bad/api/two_files_one_action"
);

fn main() {}
