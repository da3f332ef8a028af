// `rename` to a keyword.
tencent_errors::tencent_errors!("billing", path = "tests/ui/pages/ok/billing.md", rename = { "InternalError" = fn });

fn main() {}
