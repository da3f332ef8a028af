// `path` takes a string literal.
tencent_errors::tencent_errors!("billing", path = docs::billing);

fn main() {}
