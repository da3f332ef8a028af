//! The bundled per-action data against tencentcloud-sdk-go's own comment blocks, read here by a
//! plain line scan (not by the importer): on committed excerpts of two releases
//! (`fixtures/go-sdk/`: a few cvm and cbs actions of v1.0.1000 and v1.3.166, cut down to each
//! action's `// Action` line, error-code block and `func` line; each file's header says exactly
//! what was cut: description lines, `WithContext` twins, bodies, the rest of the file), and, with
//! `TENCENT_ERRORS_GO_TREES=/tmp/go-1000,/tmp/go-166` (the unpacked release trees, oldest
//! first), on every action of a few services: `cargo test -p tencent-errors-codegen --test
//! go_sdk -- --ignored`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use tencent_errors_codegen::{action_page, format};

/// Action → codes of the `// 可能返回的错误码:` blocks of some client.go texts, by a line scan.
fn scan(texts: &[String]) -> BTreeMap<String, BTreeSet<String>> {
    let mut actions: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for text in texts {
        let mut codes: Option<BTreeSet<String>> = None;
        for line in text.lines() {
            if line == "// 可能返回的错误码:" {
                codes = Some(BTreeSet::new());
            } else if let Some(rest) = line.strip_prefix("func (c *Client) ") {
                let name = rest.split('(').next().unwrap_or("");
                if name.ends_with("WithContext") || !rest.contains("(request *") {
                    codes = None;
                    continue;
                }
                let entry = actions.entry(name.to_owned()).or_default();
                entry.extend(codes.take().unwrap_or_default());
            } else if let (Some(codes), Some(rest)) = (codes.as_mut(), line.strip_prefix("//  ")) {
                let code = rest.split('"').nth(1).expect("a quoted code");
                codes.insert(code.to_owned());
            }
        }
    }
    actions
}

/// The bundled data directory's `action-history.tsv`.
fn history() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/action-history.tsv");
    std::fs::read_to_string(path).expect("action-history.tsv")
}

/// Checks every action of `old` and `new` (one service, two consecutive imported releases, the
/// second the newest) against the bundled data.
fn check(
    service: &str,
    old: &BTreeMap<String, BTreeSet<String>>,
    new: &BTreeMap<String, BTreeSet<String>>,
    new_release: &str,
) -> usize {
    let history = history();
    let since = format!("tencentcloud-sdk-go {new_release}");
    let mut checked = 0;
    let names: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    for name in names {
        let read = action_page(service, Some(std::slice::from_ref(name)), true)
            .expect("bundled")
            .expect("reads");
        let listing = read
            .page
            .action(name)
            .unwrap_or_else(|| panic!("{service} {name} is missing"));
        let rows: BTreeSet<String> = listing.rows.iter().map(|r| r.code.clone()).collect();
        let retired: BTreeSet<String> = listing.retired.iter().map(|r| r.code.clone()).collect();
        let rows_of = format::rows_of(&history, &[service, name]);
        let first_of = |code: &str| {
            rows_of
                .iter()
                .find(|row| row.key[2] == code)
                .map(|row| row.first)
        };
        match (old.get(name), new.get(name)) {
            (_, Some(listed)) => {
                assert_eq!(listing.retired_since, None, "{service} {name}");
                assert_eq!(&rows, listed, "{service} {name}: current codes");
                let dropped: BTreeSet<String> = old
                    .get(name)
                    .map(|before| before.difference(listed).cloned().collect())
                    .unwrap_or_default();
                assert_eq!(retired, dropped, "{service} {name}: retired codes");
                assert!(listing.retired.iter().all(|r| r.since == since));
                match old.get(name) {
                    None => assert_eq!(first_of("*"), Some(new_release), "{service} {name} is new"),
                    Some(before) => {
                        for code in listed.difference(before) {
                            assert_eq!(
                                first_of(code),
                                Some(new_release),
                                "{service} {name} {code}"
                            );
                        }
                    }
                }
            }
            (Some(listed), None) => {
                assert_eq!(
                    listing.retired_since.as_deref(),
                    Some(since.as_str()),
                    "{name}"
                );
                assert_eq!(&rows, listed, "{service} {name}: codes last listed");
            }
            (None, None) => unreachable!(),
        }
        checked += 1;
    }
    checked
}

fn excerpt(release: &str, service: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!(
        "tests/fixtures/go-sdk/{release}-{service}-client.go"
    ));
    vec![std::fs::read_to_string(path).expect("the excerpt")]
}

#[test]
fn the_bundled_data_is_what_the_excerpts_list() {
    let mut checked = 0;
    for service in ["cvm", "cbs"] {
        let old = scan(&excerpt("1.0.1000", service));
        let new = scan(&excerpt("1.3.166", service));
        checked += check(service, &old, &new, "1.3.166");
    }
    // RunInstances, StopInstances (kept), DescribeReservedInstances (retired),
    // DescribeImageFromFamily (new); DescribeSnapshotOverview (codes dropped), CreateDisks
    // (codes added), ApplySnapshotGroup (new).
    assert_eq!(checked, 7);
}

/// Every `client.go` of `service` in a release tree (all its API versions).
fn clients(tree: &Path, service: &str) -> Vec<String> {
    let dir = tree.join("tencentcloud").join(service);
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        if let Ok(text) = std::fs::read_to_string(entry.path().join("client.go")) {
            texts.push(text);
        }
    }
    texts
}

#[test]
#[ignore = "needs the release trees: TENCENT_ERRORS_GO_TREES=old,new"]
fn the_bundled_data_is_what_the_release_trees_list() {
    let trees = std::env::var("TENCENT_ERRORS_GO_TREES").expect("TENCENT_ERRORS_GO_TREES");
    let trees: Vec<&Path> = trees.split(',').map(Path::new).collect();
    let [old, new] = trees.as_slice() else {
        panic!("TENCENT_ERRORS_GO_TREES: two trees, oldest first");
    };
    let mut checked = 0;
    for service in [
        "cvm", "vpc", "cbs", "cdb", "clb", "tke", "scf", "cls", "mps", "vod",
    ] {
        let before = scan(&clients(old, service));
        let after = scan(&clients(new, service));
        checked += check(service, &before, &after, "1.3.166");
    }
    assert!(checked > 1400, "{checked} actions");
}

/// The layout of a whole client.go (written here, `fixtures/go-sdk/layout-client.go`): the scan
/// takes each action's codes from its method's doc comment once, not again from the
/// `WithContext` twin's, and nothing from the constructors, `NewXRequest` or `NewXResponse`.
#[test]
fn the_scan_reads_a_whole_client_go() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/go-sdk/layout-client.go");
    let text = std::fs::read_to_string(path).expect("the layout fixture");
    let scanned = scan(&[text]);
    let expected: BTreeMap<String, BTreeSet<String>> = [
        (
            "CreateWidget",
            &[
                "FailedOperation",
                "InvalidParameterValue.WidgetNameTooLong",
                "LimitExceeded.WidgetQuota",
            ][..],
        ),
        ("DescribeWidgets", &["InvalidFilter"][..]),
    ]
    .into_iter()
    .map(|(action, codes)| {
        (
            action.to_owned(),
            codes.iter().map(|code| (*code).to_owned()).collect(),
        )
    })
    .collect();
    assert_eq!(scanned, expected);
}
