// A bundled service without an action page.
tencent_errors::tencent_errors!("bdrc", actions = *);

fn main() {}
