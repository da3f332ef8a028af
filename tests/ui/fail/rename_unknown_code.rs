// `rename` names a code that is not on the page.
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/ok/billing.md",
    rename = { "InvalidParameter.TooLarge" = TooLarge }
);

fn main() {}
