//! Bad input to `tencent_errors!` is a compile error, never a panic: each case in `tests/ui/fail/`
//! has a `.stderr` snapshot showing the message (file and line of the offending row) and its
//! span (the macro argument it concerns). Refresh the snapshots after changing a message with
//! `TRYBUILD=overwrite cargo test --test compile_fail`, and review the diff.
//!
//! trybuild compiles the cases inside a project of its own, `<target>/tests/trybuild/tencent-errors/`,
//! and that directory, not this crate's, is their `CARGO_MANIFEST_DIR`. The macro reads
//! `path = "..."` relative to `CARGO_MANIFEST_DIR` and refuses to leave it (no `..`, no absolute
//! paths, no links out), so the fixture pages are copied into that project first, at the same
//! relative paths (`tests/ui/pages/...`). Messages only ever show the path as written in the
//! macro call, so the snapshots hold no absolute paths.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The fixture pages, relative to the crate root and to trybuild's project.
const PAGES: &str = "tests/ui/pages";

#[test]
fn bad_pages_and_options_are_precise_compile_errors() {
    stage_fixture_pages();
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/fail/*.rs");
    #[cfg(unix)]
    cases.compile_fail("tests/ui/fail_unix/*.rs");
}

include!("ui/rows_100k_codes.rs");

#[test]
#[ignore = "compiles a 100,000-row page through the macro (13 CPU-minutes and 5 GB of memory); \
            run with `cargo test --test compile_fail -- --ignored`"]
fn a_page_with_100k_rows_compiles() {
    let project = stage_fixture_pages();
    let generated = project.join("tests/ui/generated");
    fs::create_dir_all(&generated).expect("create the generated-pages directory");
    fs::write(generated.join("rows_100k.md"), page_with_rows(ROWS))
        .expect("write the 100k-row page");
    trybuild::TestCases::new().pass("tests/ui/pass/rows_100k.rs");
}

fn page_with_rows(rows: usize) -> String {
    let mut page = String::from("# Generated\n\n### 业务错误码\n\n| 错误码 | 说明 |\n|---|---|\n");
    for i in 0..rows {
        page.push_str(&format!(
            "| {} | {} |\n",
            generated_code(i),
            generated_description(i)
        ));
    }
    page
}

/// Copies `tests/ui/pages` into trybuild's project (once per test process) and returns the
/// project directory.
fn stage_fixture_pages() -> &'static Path {
    static PROJECT: OnceLock<PathBuf> = OnceLock::new();
    PROJECT.get_or_init(|| {
        let crate_root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let project = trybuild_project_dir(crate_root);
        let staged = project.join(PAGES);
        if staged.exists() {
            fs::remove_dir_all(&staged).expect("remove the previously staged pages");
        }
        copy_dir(&crate_root.join(PAGES), &staged);
        #[cfg(unix)]
        std::os::unix::fs::symlink(
            crate_root.join(PAGES).join("ok/billing.md"),
            staged.join("bad/escape.md"),
        )
        .expect("create the symlink that leaves the crate");
        project
    })
}

/// Where trybuild puts its project: `<target directory>/tests/trybuild/<package name>`, with
/// the target directory that `cargo metadata` reports (trybuild asks it the same way).
fn trybuild_project_dir(crate_root: &Path) -> PathBuf {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["metadata", "--no-deps", "--format-version=1"])
        .current_dir(crate_root)
        .output()
        .expect("run cargo metadata");
    assert!(
        output.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON");
    let target = metadata["target_directory"]
        .as_str()
        .expect("cargo metadata names the target directory");
    Path::new(target)
        .join("tests/trybuild")
        .join(env!("CARGO_PKG_NAME"))
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create a staging directory");
    for entry in fs::read_dir(from).expect("read a fixture directory") {
        let entry = entry.expect("read a fixture directory entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("fixture file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy a fixture page");
        }
    }
}
