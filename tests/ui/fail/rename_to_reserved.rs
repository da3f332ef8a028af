// `Unknown` holds the codes the page does not list.
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/ok/billing.md",
    rename = { "InternalError" = Unknown }
);

fn main() {}
