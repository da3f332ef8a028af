// A retired code stays a variant, deprecated: naming it under `deny(deprecated)` fails with a
// note that says since when Tencent no longer publishes it. Current variants do not warn.
#![deny(deprecated)]

tencent_errors::tencent_errors!("cdn");

fn main() {
    let _current = CdnError::InternalError;
    let _retired = CdnError::InternalErrorScdnUserNoPackage;
}
