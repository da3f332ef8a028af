// `data` and `path` both say where the pages are.
tencent_errors::tencent_errors!("message", data = "tests/ui/pages/data", path = "tests/ui/pages/ok/billing.md");

fn main() {}
