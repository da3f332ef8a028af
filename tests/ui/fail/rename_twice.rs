// The same code renamed twice.
tencent_errors::tencent_errors!("billing",
    path = "tests/ui/pages/ok/billing.md",
    rename = { "InternalError" = Internal, "InternalError" = Inner });

fn main() {}
