// The service name is required.
tencent_errors::tencent_errors!();

fn main() {}
