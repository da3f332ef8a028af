// A rename that takes a name the automatic rule gave another code: the rename is blamed.
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/ok/billing.md",
    rename = { "InternalError" = InvalidParameter_ValueTooLarge }
);

fn main() {}
