// An option given twice.
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/ok/billing.md",
    name = Billing,
    name = BillingCode
);

fn main() {}
