// Service names are `[a-z][a-z0-9_]*`: no `/`.
tencent_errors::tencent_errors!("cvm/../../secrets");

fn main() {}
