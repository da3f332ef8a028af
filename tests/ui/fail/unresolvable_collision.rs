// Names that still collide after the automatic disambiguation must be chosen with `rename`.
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/bad/unresolvable_collision.md"
);

fn main() {}
