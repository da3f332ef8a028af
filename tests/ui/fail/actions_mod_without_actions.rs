// `actions_mod` means nothing without `actions`.
tencent_errors::tencent_errors!("cvm", actions_mod = cvm_ops);

fn main() {}
