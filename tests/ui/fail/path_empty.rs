// `path` is empty.
tencent_errors::tencent_errors!("billing", path = "");

fn main() {}
