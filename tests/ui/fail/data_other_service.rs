// The directory has message's data (a copy of its service crate's): nothing for cvm.
tencent_errors::tencent_errors!("cvm", data = "tests/ui/pages/data");

fn main() {}
