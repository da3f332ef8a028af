// An error-code section whose table cannot be read (its header names no code column) is an
// error at the table, not an action without codes.
tencent_errors::tencent_errors!(
    "cvm",
    actions = *,
    actions_path = "tests/ui/pages/bad/api/unreadable_section.md"
);

fn main() {}
