// `vis` takes a visibility.
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/ok/billing.md",
    vis = private
);

fn main() {}
