// No bundled page: the closest bundled names are suggested.
tencent_errors::tencent_errors!("cvmm");

fn main() {}
