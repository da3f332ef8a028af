//! `tencent-errors sync` on fixture directories written here: a data directory before and after
//! a refresh (one service per kind of change) and two directories of plain pages. The expected
//! counts and verdicts follow from the fixtures and `docs/versioning.md`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

const HISTORY_HEADER: &str = "site\tservice\tcode\tfirst\tlast\tdescription\n";
const SOURCES_HEADER: &str = "package\tversion\tsite\timported\n";

/// A fresh empty directory, unique to this process and call.
fn scratch(name: &str) -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "tencent-errors-sync-{}-{}-{name}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("dir");
    }
    std::fs::write(path, text).expect("write");
}

/// A page with one table: `rows` of `(code, description)`, in Chinese or English.
fn page(english: bool, rows: &[(&str, &str)]) -> String {
    let mut text = if english {
        String::from("## Error Code List\n\n| Error Code | Description |\n|---|---|\n")
    } else {
        String::from("## 错误码\n\n| 错误码 | 说明 |\n|---|---|\n")
    };
    for (code, description) in rows {
        text.push_str(&format!("| {code} | {description} |\n"));
    }
    text
}

fn sources(versions: &[&str]) -> String {
    let mut text = SOURCES_HEADER.to_owned();
    for version in versions {
        text.push_str(&format!(
            "tencentcloud-sdk-python\t{version}\tzh\t2026-12-01\n"
        ));
    }
    text
}

/// History rows `(service, code, first, last, description)` on the zh site.
fn history(rows: &[(&str, &str, &str, &str, &str)]) -> String {
    let mut text = HISTORY_HEADER.to_owned();
    for (service, code, first, last, description) in rows {
        text.push_str(&format!(
            "zh\t{service}\t{code}\t{first}\t{last}\t{description}\n"
        ));
    }
    text
}

/// A data directory before (zh 1.0 and 1.1 imported) and after (2.0 too) a refresh, one
/// service per kind of change; `collision` adds the service whose new code renames a variant.
fn data_dirs(collision: bool) -> (PathBuf, PathBuf) {
    let (old, new) = (scratch("data-old"), scratch("data-new"));
    let zh = |dir: &Path, service: &str, rows: &[(&str, &str)]| {
        write(&dir.join(format!("zh/{service}.md")), &page(false, rows));
    };
    let en = |dir: &Path, service: &str, rows: &[(&str, &str)]| {
        write(&dir.join(format!("en/{service}.md")), &page(true, rows));
    };
    // same: unchanged.
    for dir in [&old, &new] {
        zh(dir, "same", &[("FailedOperation", "操作失败。")]);
    }
    // grow: one code added (minor).
    zh(&old, "grow", &[("FailedOperation.A", "甲")]);
    zh(
        &new,
        "grow",
        &[("FailedOperation.A", "甲"), ("FailedOperation.B", "乙")],
    );
    // shrink: one code no longer published, kept in the history (minor).
    zh(
        &old,
        "shrink",
        &[("FailedOperation.A", "甲"), ("FailedOperation.Old", "旧")],
    );
    zh(&new, "shrink", &[("FailedOperation.A", "甲")]);
    // comeback: a retired code published again (minor).
    zh(&old, "comeback", &[("FailedOperation.A", "甲")]);
    zh(
        &new,
        "comeback",
        &[
            ("FailedOperation.A", "甲"),
            ("FailedOperation.Back", "回来"),
        ],
    );
    // wording: one Chinese and one English description changed (patch).
    zh(
        &old,
        "wording",
        &[
            ("ResourceNotFound.X", "旧说明"),
            ("ResourceNotFound.Y", "乙"),
        ],
    );
    en(
        &old,
        "wording",
        &[
            ("ResourceNotFound.X", "Gone."),
            ("ResourceNotFound.Y", "Old text."),
        ],
    );
    zh(
        &new,
        "wording",
        &[
            ("ResourceNotFound.X", "新说明"),
            ("ResourceNotFound.Y", "乙"),
        ],
    );
    en(
        &new,
        "wording",
        &[
            ("ResourceNotFound.X", "Gone."),
            ("ResourceNotFound.Y", "New text."),
        ],
    );
    // sunset: the whole service no longer published; its codes stay in the history (minor).
    zh(&old, "sunset", &[("FailedOperation.Dusk", "黄昏")]);
    // fresh: a new service (minor).
    zh(&new, "fresh", &[("FailedOperation.Dawn", "黎明")]);
    if collision {
        // collide: a new code whose base name collides with an old code's renames its variant.
        zh(
            &old,
            "collide",
            &[("InvalidParameter.ValueTooLarge", "太大")],
        );
        zh(
            &new,
            "collide",
            &[
                ("InvalidParameter.ValueTooLarge", "太大"),
                ("InvalidParameterValue.TooLarge", "值太大"),
            ],
        );
    }

    write(&old.join("sources.tsv"), &sources(&["1.0", "1.1"]));
    write(&new.join("sources.tsv"), &sources(&["1.0", "1.1", "2.0"]));
    write(
        &old.join("history.tsv"),
        &history(&[("comeback", "FailedOperation.Back", "1.0", "1.0", "回来")]),
    );
    write(
        &new.join("history.tsv"),
        &history(&[
            ("comeback", "FailedOperation.Back", "1.0", "2.0", ""),
            ("shrink", "FailedOperation.Old", "1.0", "1.1", "旧"),
            ("sunset", "*", "1.0", "1.1", ""),
            ("sunset", "FailedOperation.Dusk", "1.0", "1.1", "黄昏"),
        ]),
    );
    (old, new)
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tencent-errors"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn run_dirs(extra: &[&str], old: &Path, new: &Path) -> Output {
    let (old, new) = (old.to_string_lossy(), new.to_string_lossy());
    let mut args = vec!["sync"];
    args.extend_from_slice(extra);
    args.extend([old.as_ref(), new.as_ref()]);
    run(&args)
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8")
}

fn service<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["services"]
        .as_array()
        .expect("services")
        .iter()
        .find(|s| s["service"] == name)
        .unwrap_or_else(|| panic!("no service {name} in {report}"))
}

/// `(added, retired, removed, republished, redescribed zh, redescribed en, renamed)`.
fn counts(service: &Value) -> [u64; 7] {
    tally(&service["counts"])
}

/// A counts object as [`counts`] orders it.
fn tally(c: &Value) -> [u64; 7] {
    [
        "added",
        "retired",
        "removed",
        "republished",
        "redescribed",
        "redescribed_en",
        "renamed",
    ]
    .map(|key| c[key].as_u64().unwrap_or_else(|| panic!("{key} in {c}")))
}

#[test]
fn a_data_refresh_is_classified_per_service() {
    let (old, new) = data_dirs(true);
    let output = run_dirs(&["--format", "json"], &old, &new);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let report = json(&output);
    assert_eq!(report["ok"], true);
    assert_eq!(report["old"]["layout"], "data");
    assert_eq!(report["new"]["sources"][2], "tencentcloud-sdk-python 2.0");

    let expect = |name: &str, change: &str, level: &str, expected: [u64; 7]| {
        let s = service(&report, name);
        assert_eq!(
            (s["change"].as_str(), s["level"].as_str(), counts(s)),
            (Some(change), Some(level), expected),
            "{name}: {s}"
        );
        s
    };
    expect("same", "unchanged", "none", [0; 7]);
    let grow = expect("grow", "changed", "minor", [1, 0, 0, 0, 0, 0, 0]);
    assert_eq!(grow["added"], serde_json::json!(["FailedOperation.B"]));
    let shrink = expect("shrink", "changed", "minor", [0, 1, 0, 0, 0, 0, 0]);
    assert_eq!(
        shrink["retired"],
        serde_json::json!(["FailedOperation.Old"])
    );
    assert!(
        shrink["reasons"][0]
            .as_str()
            .is_some_and(|r| r.starts_with("minor: 1 code no longer published")),
        "{shrink}"
    );
    let comeback = expect("comeback", "changed", "minor", [0, 0, 0, 1, 0, 0, 0]);
    assert_eq!(
        comeback["republished"],
        serde_json::json!(["FailedOperation.Back"])
    );
    expect("wording", "changed", "patch", [0, 0, 0, 0, 1, 1, 0]);
    let sunset = expect("sunset", "retired", "minor", [0, 1, 0, 0, 0, 0, 0]);
    assert_eq!(
        (sunset["old"].as_str(), sunset["new"].as_str()),
        (Some("current"), Some("retired"))
    );
    assert_eq!(sunset["retired_since"], "tencentcloud-sdk-python 2.0");
    expect("fresh", "added", "minor", [1, 0, 0, 0, 0, 0, 0]);
    let collide = expect("collide", "changed", "major", [1, 0, 0, 0, 0, 0, 1]);
    assert_eq!(
        collide["renamed"][0]["old"], "InvalidParameterValueTooLarge",
        "{collide}"
    );
    assert_eq!(
        collide["renamed"][0]["new"],
        "InvalidParameter_ValueTooLarge"
    );

    let summary = &report["summary"];
    assert_eq!(summary["added"], serde_json::json!(["fresh"]));
    assert_eq!(summary["retired"], serde_json::json!(["sunset"]));
    assert_eq!(summary["removed"], serde_json::json!([]));
    assert_eq!(
        (summary["changed"].as_u64(), summary["unchanged"].as_u64()),
        (Some(5), Some(1))
    );
    // Every service's counts, added up.
    assert_eq!(tally(&summary["codes"]), [3, 2, 0, 1, 1, 1, 1]);
    assert_eq!(report["verdict"]["level"], "major");
    assert!(
        report["verdict"]["reasons"][0]
            .as_str()
            .is_some_and(|r| r.starts_with("major: 1 service (`collide`)")),
        "{}",
        report["verdict"]
    );

    let changelog = report["changelog"].as_str().expect("changelog");
    assert!(
        changelog.contains("Refreshed from tencentcloud-sdk-python 2.0."),
        "{changelog}"
    );
    assert!(changelog.contains("Semver: **major**"), "{changelog}");
    assert!(
        changelog.contains("- New services (1): `fresh`."),
        "{changelog}"
    );
    assert!(
        changelog.contains(
            "#### Breaking changes\n\n- `collide`: variants renamed: `InvalidParameterValueTooLarge` -> `InvalidParameter_ValueTooLarge` (`InvalidParameter.ValueTooLarge`).\n"
        ),
        "{changelog}"
    );
    assert!(
        changelog.contains("- `sunset`: no longer published since tencentcloud-sdk-python 2.0, 1 code no longer published, deprecated (`FailedOperation.Dusk`)."),
        "{changelog}"
    );
}

#[test]
fn the_text_lists_changed_services_and_counts_the_rest() {
    let (old, new) = data_dirs(false);
    let changelog = old.with_file_name(format!(
        "{}-changelog.md",
        old.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default()
    ));
    let output = run_dirs(&["--changelog", &changelog.to_string_lossy()], &old, &new);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    let row = |name: &str| {
        lines
            .iter()
            .find(|l| l.split_whitespace().next() == Some(name))
            .map(|l| l.split_whitespace().collect::<Vec<_>>())
    };
    assert_eq!(row("same"), None, "{text}");
    assert_eq!(
        row("shrink"),
        Some(vec![
            "shrink", "changed", "minor", "0", "1", "0", "0", "0", "0", "0"
        ]),
        "{text}"
    );
    assert_eq!(
        row("wording"),
        Some(vec![
            "wording", "changed", "patch", "0", "0", "0", "0", "0", "1", "1"
        ])
    );
    assert!(text.contains("(1 unchanged service not listed;"), "{text}");
    assert!(
        text.contains(
            "services: 1 added, 1 retired, 0 re-published, 0 removed; 4 changed, 1 unchanged\n"
        ),
        "{text}"
    );
    assert!(text.contains("\nverdict: minor\n"), "{text}");
    let written = std::fs::read_to_string(&changelog).expect("the changelog is written");
    assert!(
        written.starts_with("### Bundled error codes\n"),
        "{written}"
    );
    assert!(!written.contains("Breaking"), "{written}");
    let _ = std::fs::remove_file(&changelog);

    // --fail-on: the verdict is minor.
    let code = |level: &str| run_dirs(&["--fail-on", level], &old, &new).status.code();
    assert_eq!(code("major"), Some(0));
    assert_eq!(code("minor"), Some(2));
    assert_eq!(code("patch"), Some(2));
    let (old, new) = data_dirs(true);
    assert_eq!(
        run_dirs(&["--fail-on", "major"], &old, &new).status.code(),
        Some(2)
    );
}

#[test]
fn pages_without_history_delete_variants_and_services() {
    let (old, new) = (scratch("pages-old"), scratch("pages-new"));
    write(
        &old.join("keep.md"),
        &page(false, &[("FailedOperation", "失败")]),
    );
    write(
        &new.join("keep.md"),
        &page(false, &[("FailedOperation", "失败")]),
    );
    write(
        &old.join("shrink.md"),
        &page(
            false,
            &[("FailedOperation.A", "甲"), ("FailedOperation.B", "乙")],
        ),
    );
    write(
        &new.join("shrink.md"),
        &page(false, &[("FailedOperation.A", "甲")]),
    );
    write(
        &old.join("gone.md"),
        &page(false, &[("FailedOperation.C", "丙")]),
    );
    write(&new.join("README.md"), "# not a service\n");

    let output = run_dirs(&["--format", "json", "--fail-on", "major"], &old, &new);
    assert_eq!(output.status.code(), Some(2));
    let report = json(&output);
    assert_eq!(report["new"]["layout"], "pages");
    assert_eq!(report["new"]["services"], 2);
    assert!(
        report["new"]["skipped"][0]
            .as_str()
            .is_some_and(|s| s.ends_with("README.md")),
        "{}",
        report["new"]
    );
    let shrink = service(&report, "shrink");
    assert_eq!(
        (shrink["level"].as_str(), counts(shrink)),
        (Some("major"), [0, 0, 1, 0, 0, 0, 0])
    );
    assert_eq!(shrink["removed"], serde_json::json!(["FailedOperation.B"]));
    let gone = service(&report, "gone");
    assert_eq!(
        (
            gone["change"].as_str(),
            gone["level"].as_str(),
            counts(gone)
        ),
        (Some("removed"), Some("major"), [0, 0, 1, 0, 0, 0, 0])
    );
    assert_eq!(report["summary"]["removed"], serde_json::json!(["gone"]));
    assert_eq!(service(&report, "keep")["change"], "unchanged");
    let changelog = report["changelog"].as_str().expect("changelog");
    assert!(
        changelog.contains("- **Breaking:** services no longer bundled (1): `gone`."),
        "{changelog}"
    );
    assert!(
        changelog.contains("- `shrink`: variants deleted (codes `FailedOperation.B`)."),
        "{changelog}"
    );

    // A page kept unchanged against a data directory that retires its code: minor, not major.
    let data = scratch("pages-to-data");
    write(
        &data.join("zh/shrink.md"),
        &page(false, &[("FailedOperation.A", "甲")]),
    );
    write(&data.join("sources.tsv"), &sources(&["1.0", "2.0"]));
    write(
        &data.join("history.tsv"),
        &history(&[("shrink", "FailedOperation.B", "1.0", "1.0", "乙")]),
    );
    std::fs::remove_file(old.join("gone.md")).expect("remove");
    std::fs::remove_file(old.join("keep.md")).expect("remove");
    let report = json(&run_dirs(&["--format", "json"], &old, &data));
    let shrink = service(&report, "shrink");
    assert_eq!(
        (shrink["level"].as_str(), counts(shrink)),
        (Some("minor"), [0, 1, 0, 0, 0, 0, 0])
    );
}

#[test]
fn bad_pages_and_directories_fail_with_their_place() {
    let (old, new) = data_dirs(false);
    write(
        &new.join("zh/broken.md"),
        "| 错误码 | 说明 |\n|---|---|\n| A | x | y |\n",
    );
    let output = run_dirs(&[], &old, &new);
    assert_eq!(output.status.code(), Some(1));
    let errors = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(errors.contains("zh/broken.md:3: "), "{errors}");
    // The other services are still reported.
    assert!(
        stdout(&output).contains("\nverdict: minor\n"),
        "{}",
        stdout(&output)
    );
    let report = json(&run_dirs(
        &["--format", "json", "--fail-on", "patch"],
        &old,
        &new,
    ));
    assert_eq!(report["ok"], false);
    assert_eq!(service(&report, "broken")["change"], "failed");
    assert_eq!(report["errors"][0]["line"], 3);

    let missing = old.join("no-such-dir");
    let output = run_dirs(&[], &missing, &new);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("no-such-dir: not a directory"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
