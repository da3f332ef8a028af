// The service name is a string literal.
tencent_errors::tencent_errors!(cvm);

fn main() {}
