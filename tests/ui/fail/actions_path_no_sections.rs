// An action page without any `## ActionName` section.
tencent_errors::tencent_errors!(
    "cvm",
    actions = *,
    actions_path = "tests/ui/pages/bad/actions_no_sections.md"
);

fn main() {}
