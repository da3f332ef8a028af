// An API reference page without its error-code section (`## 4. 错误码`).
tencent_errors::tencent_errors!(
    "cvm",
    actions = *,
    actions_path = "tests/ui/pages/bad/api/no_section_4.md"
);

fn main() {}
