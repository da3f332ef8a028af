// An action page with a section heading that is not an action and an action twice: file:line.
tencent_errors::tencent_errors!(
    "cvm",
    actions = *,
    actions_path = "tests/ui/pages/bad/actions_bad_sections.md"
);

fn main() {}
