// `actions` takes `*` or a bracketed list.
tencent_errors::tencent_errors!("cvm", actions = RunInstances);

fn main() {}
