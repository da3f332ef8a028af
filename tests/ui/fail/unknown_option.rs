// An option the macro does not have.
tencent_errors::tencent_errors!("billing", file = "tests/ui/pages/ok/billing.md");

fn main() {}
