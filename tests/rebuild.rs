//! Editing a page given with `path = ...` rebuilds the crate that expands it, without
//! `cargo clean`: a scratch crate is built, its page gains a code, and the next build (with no
//! source file touched) has the new variant. The same for a directory of API reference pages
//! given with `actions_path`, where adding or removing a file needs the one `build.rs` line
//! `cargo:rerun-if-changed=<dir>` (a proc-macro on stable Rust cannot watch a directory).
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

/// An API reference page of one action, with `codes` as the rows of its section 4.
fn api_page(action: &str, codes: &str) -> String {
    format!(
        "## 1. 接口描述\n\n本接口 ({action}) 用于主动退还实例。\n\n## 2. 输入参数\n\n\
         | 参数名称 | 是否必选 | 类型 | 描述 |\n|---------|---------|---------|---------|\n\
         | Action | 是 | String | 公共参数，本接口取值：{action} |\n\n## 4. 错误码\n\n\
         | 错误码 | 描述 |\n|---------|---------|\n{codes}\n## 5. 示例\n"
    )
}

/// The per-action enums of a directory of API pages; lists one action's codes.
const ACTIONS_MAIN: &str = r#"
tencent_errors::tencent_errors!(
    "billing",
    path = "docs/billing.md",
    actions = *,
    actions_path = "docs/api"
);

fn main() {
    for error in billing_actions::TerminateInstancesError::ALL {
        println!("{}", error.code());
    }
}
"#;

/// The one line a crate adds so that files added to or removed from the directory rebuild it
/// (documented with `actions_path`).
const BUILD_RS: &str = r#"fn main() {
    println!("cargo:rerun-if-changed=docs/api");
}
"#;

#[test]
fn editing_adding_and_removing_api_pages_rebuilds_the_crate() {
    let krate = Scratch::new(
        "scratch-rebuild-api",
        r#"tencent-errors = { path = {root} }"#,
    );
    krate.write("docs/billing.md", PAGE_V1);
    krate.write(
        "docs/api/退还实例.md",
        &api_page("TerminateInstances", "| InternalError | 内部错误。 |\n"),
    );
    krate.write("build.rs", BUILD_RS);
    krate.write("src/main.rs", ACTIONS_MAIN);
    let first = krate.cargo_ok(&["run", "--quiet", "--bin", "scratch-rebuild-api"]);
    assert_eq!(first.stdout, "InternalError\n");

    // Editing a page: tracked by the macro itself (`include_bytes!` of every file read).
    krate.write(
        "docs/api/退还实例.md",
        &api_page(
            "TerminateInstances",
            "| InternalError | 内部错误。 |\n| InvalidParameter.Cycle | 计费周期不合法。 |\n",
        ),
    );
    let second = krate.cargo_ok(&["run", "--quiet", "--bin", "scratch-rebuild-api"]);
    assert_eq!(second.stdout, "InternalError\nInvalidParameter.Cycle\n");

    // Adding a page: only the build script's `rerun-if-changed` makes cargo look. A second
    // page for the same action is an error, so the build fails iff the macro ran again (files
    // are read in byte order of their names: `copy.md` first).
    krate.write(
        "docs/api/copy.md",
        &api_page("TerminateInstances", "| InternalError | 内部错误。 |\n"),
    );
    let third = krate.cargo(&["build", "--bin", "scratch-rebuild-api"]);
    assert!(!third.success, "the added page was not seen");
    assert!(
        third.stderr.contains(
            "docs/api/退还实例.md:9: action `TerminateInstances` has a second page: \
                 `docs/api/copy.md` (line 9)"
        ),
        "{}",
        third.stderr
    );

    // Removing it again: the build succeeds.
    std::fs::remove_file(krate.dir().join("docs/api/copy.md")).expect("remove the copy");
    let fourth = krate.cargo_ok(&["run", "--quiet", "--bin", "scratch-rebuild-api"]);
    assert_eq!(fourth.stdout, "InternalError\nInvalidParameter.Cycle\n");
}
