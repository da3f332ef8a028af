// `path` names a directory.
tencent_errors::tencent_errors!("billing", path = "tests/ui/pages/bad/a_directory");

fn main() {}
