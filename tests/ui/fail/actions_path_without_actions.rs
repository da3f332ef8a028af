// `actions_path` means nothing without `actions`.
tencent_errors::tencent_errors!("cvm", actions_path = "docs/cvm-actions.md");

fn main() {}
