// `rename` to a raw identifier: variants must be plain identifiers.
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/ok/billing.md",
    rename = { "InternalError" = r#Internal }
);

fn main() {}
