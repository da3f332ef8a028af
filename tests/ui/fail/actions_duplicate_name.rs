// The same action twice in the list.
tencent_errors::tencent_errors!("cvm", actions = [RunInstances, DescribeInstances, RunInstances]);

fn main() {}
