// An action the page does not have: the closest names are suggested.
tencent_errors::tencent_errors!("cvm", actions = [RunInstances, RunInstance, DescribeInstance]);

fn main() {}
