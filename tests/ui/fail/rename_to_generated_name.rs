// `ALL` is the constant that lists every code: a variant may not take its name.
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/ok/billing.md",
    rename = { "InternalError" = ALL }
);

fn main() {}
