// Absolute paths could read anything on the machine: rejected.
tencent_errors::tencent_errors!("billing", path = "/etc/hosts");

fn main() {}
