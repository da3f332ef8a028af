//! Editing a page given with `path = ...` rebuilds the crate that expands it, without
//! `cargo clean`: a scratch crate is built, its page gains a code, and the next build (with no
//! source file touched) has the new variant.
//!
//! The macro makes this work by emitting `const _: &[u8] = include_bytes!("<page>")`, which
//! puts the page into rustc's dep-info, and so into cargo's fingerprint of the crate.

mod scratch;

use scratch::Scratch;

const PAGE_V1: &str = "\
# Billing error codes

## 公共错误码

| 错误码 | 说明 |
|--------|------|
| InternalError | 内部错误。 |
| RequestLimitExceeded | 请求的次数超过了频率限制。 |

## 业务错误码

| 错误码 | 说明 |
|--------|------|
| InvalidParameter.Cycle | 计费周期不合法。 |
";

/// The new row of the second version of the page.
const NEW_ROW: &str = "| FailedOperation.CouponExpired | 代金券已过期。 |\n";

/// Lists the codes the enum has, one a line, then the count: compiled once, never edited.
const MAIN: &str = r#"
tencent_errors::tencent_errors!("billing", path = "docs/billing.md");

fn main() {
    for error in BillingError::ALL {
        println!("{}", error.code());
    }
    println!("count {}", BillingError::ALL.len());
}
"#;

/// Only compiles when the page lists `FailedOperation.CouponExpired`.
const USES_NEW_VARIANT: &str = r#"
tencent_errors::tencent_errors!("billing", path = "docs/billing.md");

fn main() {
    let error = BillingError::FailedOperationCouponExpired;
    println!("{} = {}", error.code(), error.description().unwrap_or(""));
}
"#;

#[test]
fn editing_a_page_rebuilds_the_crate() {
    let krate = Scratch::new("scratch-rebuild", r#"tencent-errors = { path = {root} }"#);
    krate.write("docs/billing.md", PAGE_V1);
    krate.write("src/main.rs", MAIN);

    let first = krate.cargo_ok(&["run", "--quiet", "--bin", "scratch-rebuild"]);
    assert_eq!(
        first.stdout,
        "InternalError\nRequestLimitExceeded\nInvalidParameter.Cycle\ncount 3\n"
    );

    // Edit the page only: no source file changes.
    krate.write("docs/billing.md", &format!("{PAGE_V1}{NEW_ROW}"));
    let second = krate.cargo_ok(&["run", "--bin", "scratch-rebuild"]);
    assert_eq!(
        second.stdout,
        "InternalError\nRequestLimitExceeded\nInvalidParameter.Cycle\nFailedOperation.CouponExpired\ncount 4\n",
        "the second build did not see the edited page; cargo said:\n{}",
        second.stderr
    );
    // Only the scratch crate was compiled again, not its dependencies.
    assert!(
        second.stderr.contains("Compiling scratch-rebuild"),
        "{}",
        second.stderr
    );
    assert!(
        !second.stderr.contains("Compiling tencent-errors"),
        "{}",
        second.stderr
    );

    // The new code is a real variant: code naming it compiles and runs.
    krate.write("src/bin/uses_new_variant.rs", USES_NEW_VARIANT);
    let third = krate.cargo_ok(&["run", "--quiet", "--bin", "uses_new_variant"]);
    assert_eq!(
        third.stdout,
        "FailedOperation.CouponExpired = 代金券已过期。\n"
    );

    // And removing the row again removes the variant: the same code no longer compiles.
    krate.write("docs/billing.md", PAGE_V1);
    let fourth = krate.cargo(&["build", "--bin", "uses_new_variant"]);
    assert!(
        !fourth.success,
        "built although the page no longer lists the code"
    );
    assert!(
        fourth
            .stderr
            .contains("no variant or associated item named `FailedOperationCouponExpired`"),
        "{}",
        fourth.stderr
    );
}
