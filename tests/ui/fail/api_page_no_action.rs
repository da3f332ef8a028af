// An API reference page without an `Action` row.
tencent_errors::tencent_errors!(
    "cvm",
    actions = *,
    actions_path = "tests/ui/pages/bad/api/no_action.md"
);

fn main() {}
