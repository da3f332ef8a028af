// No bundled page and nothing close: the list and the `path` option are suggested.
tencent_errors::tencent_errors!("acme_billing");

fn main() {}
