// A retired action and a retired code of a kept action: deprecated, with the release in the
// note. The generated code names both without a warning (it allows `deprecated` where it does),
// so only the two uses below are errors. The expansion is of a fixture service (`tests/actions.rs`,
// `mod retired`); the bundled data's own retired ones: `actions_bundled_retired_deny.rs`.
#![deny(deprecated)]

include!("../retired/expansion.rs");

fn main() {
    let _ = demo::demo_actions::DescribeOldError::ACTION;
    let _ = demo::demo_actions::RunInstancesError::GoneCode;
}
