// `name` takes an identifier, not a string.
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/ok/billing.md",
    name = "BillingCode"
);

fn main() {}
