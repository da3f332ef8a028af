// `data` names a directory in the layout of the bundled data, not a page.
tencent_errors::tencent_errors!("message", data = "tests/ui/pages/ok/billing.md");

fn main() {}
