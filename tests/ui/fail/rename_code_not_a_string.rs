// `rename` keys are code strings.
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/ok/billing.md",
    rename = { InternalError = Internal }
);

fn main() {}
