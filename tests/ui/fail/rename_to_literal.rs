// `rename` to something that is not an identifier at all.
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/ok/billing.md",
    rename = { "InternalError" = "Internal" }
);

fn main() {}
