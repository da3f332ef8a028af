// A table of codes under headers that are not recognised is an error, not skipped.
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/bad/unrecognised_header.md"
);

fn main() {}
