// An API reference page whose description (`本接口 (X)`) names another action than its `Action` row.
tencent_errors::tencent_errors!(
    "cvm",
    actions = *,
    actions_path = "tests/ui/pages/bad/api/other_action.md"
);

fn main() {}
