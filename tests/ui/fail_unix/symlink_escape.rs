// `tests/ui/pages/bad/escape.md` is a symbolic link (made by tests/compile_fail.rs) to a file
// outside the crate: following it would read outside the crate, so it is rejected.
tencent_errors::tencent_errors!("billing", path = "tests/ui/pages/bad/escape.md");

fn main() {}
