// `..` leaves the crate: rejected, even when the file exists.
tencent_errors::tencent_errors!("billing", path = "tests/../Cargo.toml");

fn main() {}
