// Service names are lowercase.
tencent_errors::tencent_errors!("CVM");

fn main() {}
