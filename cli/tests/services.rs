//! `tencent-errors services`: the checked-in `services/` tree is what the command writes, a
//! crate's data expands exactly as the bundled data does, and the command as users run it
//! (versions, bad input, a second run). Expectations are written by hand or read back from the
//! files with plain string handling.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use tencent_errors_cli::page::{self, ActionSelection, Request};
use tencent_errors_cli::services;
use tencent_errors_codegen::{DataDirectory, Page};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A fresh empty directory, unique to this process and call.
fn scratch(name: &str) -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "tencent-errors-services-{}-{}-{name}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn tool(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tencent-errors"))
        .args(args)
        .output()
        .expect("the tool runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a directory");
    for entry in std::fs::read_dir(from).expect("a directory to copy") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("a copy");
        }
    }
}

fn version_of(manifest: &Path) -> String {
    let text = std::fs::read_to_string(manifest).expect("a Cargo.toml");
    text.lines()
        .find_map(|line| line.strip_prefix("version = \""))
        .map(|rest| rest.trim_end_matches('"').to_owned())
        .expect("a version line")
}

#[test]
fn the_checked_in_tree_is_what_the_command_writes() {
    let plan = services::plan(&root().join("codegen/data"), &root().join("services"), &[])
        .unwrap_or_else(|errors| panic!("the bundled data plans: {errors:?}"));
    let stale = services::stale(&plan, &root().join("services"));
    assert!(
        stale.is_empty(),
        "services/ is not what `tencent-errors services` writes ({} files, e.g. {:?}): run \
         `cargo run --bin tencent-errors -- services`",
        stale.len(),
        &stale[..stale.len().min(5)]
    );
    assert!(plan.foreign.is_empty(), "{:?}", plan.foreign);
    // Every service a site publishes, counted from the data's folders by hand.
    let pages = |site: &str| -> Vec<String> {
        std::fs::read_dir(root().join("codegen/data").join(site))
            .expect("a site folder")
            .map(|e| {
                e.expect("an entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .filter_map(|name| name.strip_suffix(".md").map(str::to_owned))
            .collect()
    };
    let mut current = pages("zh");
    current.extend(pages("en"));
    current.sort();
    current.dedup();
    let planned: Vec<&str> = plan.crates.iter().map(|c| c.service.as_str()).collect();
    assert_eq!(planned, current);
    assert_eq!(planned.len(), 275);
    let on_disk = std::fs::read_dir(root().join("services"))
        .expect("services/")
        .filter(|e| e.as_ref().is_ok_and(|e| e.path().is_dir()))
        .count();
    assert_eq!(on_disk, 275);
}

/// The model a service crate's library builds from its `data/` is the bundled data's model,
/// service enum and per-action enums alike (only the docs' origin differs).
#[test]
fn a_crate_data_expands_as_the_bundled_data() {
    // cvm; tke, which has retired actions and codes of actions; a service only the
    // international site publishes; one without per-action data.
    for service in ["cvm", "tke", "advisor", "message"] {
        let dir = root().join("services").join(service).join("data");
        let read = |relative: &str| -> Result<Option<Page>, String> {
            let path = dir.join(relative);
            if !path.is_file() {
                return Ok(None);
            }
            let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
            Ok(Some(Page {
                name: format!("data/{relative}"),
                text,
                track: None,
            }))
        };
        let site_pages = |_| Vec::new();
        let data = DataDirectory::read("data", service, read, site_pages).expect("readable");
        let with_actions = data.has_actions();
        let mut from_crate = Request::new(service);
        from_crate.data = Some(data);
        let mut bundled = Request::new(service);
        if with_actions {
            from_crate.actions = Some(ActionSelection::All);
            bundled.actions = Some(ActionSelection::All);
        }
        let from_crate = page::build(&from_crate).expect("the crate's data builds");
        let bundled = page::build(&bundled).expect("the bundled data builds");
        assert_eq!(from_crate.model, bundled.model, "{service}");
        assert_eq!(
            from_crate.target.retired_since, bundled.target.retired_since,
            "{service}"
        );
        match (&from_crate.actions, &bundled.actions) {
            (Some(a), Some(b)) => {
                assert_eq!(a.models, b.models, "{service}");
                assert!(!a.models.is_empty(), "{service}");
            }
            (None, None) => assert_eq!(service, "message"),
            _ => panic!("{service}: per-action data on one side only"),
        }
    }
}

#[test]
fn an_unknown_service_names_the_closest() {
    let out = scratch("unknown");
    let output = tool(&[
        "services",
        "cvmm",
        "--out",
        out.to_str().expect("UTF-8"),
        "--data",
        root().join("codegen/data").to_str().expect("UTF-8"),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(errors.contains("no service `cvmm`"), "{errors}");
    assert!(errors.contains("did you mean"), "{errors}");
    assert!(errors.contains("`cvm`"), "{errors}");
    assert_eq!(std::fs::read_dir(&out).expect("out").count(), 0);
}

#[test]
fn a_foreign_directory_is_reported_and_kept() {
    let out = scratch("foreign");
    std::fs::create_dir_all(out.join("notes")).expect("a directory");
    std::fs::write(out.join("notes/todo.md"), "mine").expect("a file");
    let data = root().join("services/message/data");
    let output = tool(&[
        "services",
        "--data",
        data.to_str().expect("UTF-8"),
        "--out",
        out.to_str().expect("UTF-8"),
    ]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let report = stdout(&output);
    assert!(
        report.contains("notes: not a bundled service's crate; left as it is"),
        "{report}"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("notes/todo.md")).expect("kept"),
        "mine"
    );
    // The bundled service of that data directory was written all the same.
    assert!(out.join("message/src/lib.rs").is_file());
}

/// One crate from a data directory of its own, refreshed as a maintainer would: versions move
/// by what changed, a second run writes nothing, files the data drops are deleted.
#[test]
fn versions_follow_what_changed_and_a_second_run_changes_nothing() {
    let work = scratch("versions");
    let data = work.join("data");
    copy_dir(&root().join("services/message/data"), &data);
    let out = work.join("out");
    let run = || {
        tool(&[
            "services",
            "message",
            "--data",
            data.to_str().expect("UTF-8"),
            "--out",
            out.to_str().expect("UTF-8"),
        ])
    };
    let manifest = out.join("message/Cargo.toml");

    let first = run();
    assert!(first.status.success(), "{}", stdout(&first));
    assert!(stdout(&first).contains("tencent-errors-message 1.0.0: new"));
    assert_eq!(version_of(&manifest), "1.0.0");
    let lib = std::fs::read_to_string(out.join("message/src/lib.rs")).expect("lib.rs");
    assert!(lib.contains(r#"tencent_errors::tencent_errors!("message", data = "data");"#));
    assert_eq!(
        std::fs::read(out.join("message/data/en/message.md")).expect("the page"),
        std::fs::read(data.join("en/message.md")).expect("the page")
    );

    let again = run();
    assert!(again.status.success());
    assert!(
        stdout(&again).ends_with("1 crate: 0 files written, 0 deleted\n"),
        "{}",
        stdout(&again)
    );
    assert_eq!(version_of(&manifest), "1.0.0");

    // A code added to its page (message is on the international site only): minor.
    let page = data.join("en/message.md");
    let text = std::fs::read_to_string(&page).expect("the page");
    let (head, tail) = text.split_at(text.rfind("\n|").expect("a table row") + 1);
    let added = format!("{head}| FailedOperation.BrandNew | A new code. |\n{tail}");
    std::fs::write(&page, &added).expect("write");
    let minor = run();
    assert!(
        stdout(&minor).contains("tencent-errors-message 1.0.0 -> 1.1.0 (minor)"),
        "{}",
        stdout(&minor)
    );
    assert_eq!(version_of(&manifest), "1.1.0");

    // Its description changed: patch.
    std::fs::write(
        &page,
        added.replace("A new code.", "A changed description."),
    )
    .expect("write");
    let patch = run();
    assert!(
        stdout(&patch).contains("1.1.0 -> 1.1.1 (patch)"),
        "{}",
        stdout(&patch)
    );
    assert_eq!(version_of(&manifest), "1.1.1");

    // A file the crate has that the data no longer has is deleted; `--check` saw it first.
    std::fs::write(out.join("message/data/en/stray.md"), "x").expect("write");
    let check = tool(&[
        "services",
        "message",
        "--check",
        "--data",
        data.to_str().expect("UTF-8"),
        "--out",
        out.to_str().expect("UTF-8"),
    ]);
    assert_eq!(check.status.code(), Some(1));
    assert!(stdout(&check).contains("message/data/en/stray.md (not generated)"));
    assert!(out.join("message/data/en/stray.md").is_file());
    let cleaned = run();
    assert!(stdout(&cleaned).contains("message/data/en/stray.md: deleted"));
    assert!(!out.join("message/data/en/stray.md").exists());
}
