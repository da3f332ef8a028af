//! An independent reading of error-code pages for cross-checking the macro: a plain line scan,
//! deliberately unlike the pulldown-cmark parser, that works for the layout Tencent's pages use.
#![allow(dead_code)]

use std::collections::BTreeSet;

/// The unique codes of a page, in order of first appearance.
pub fn codes_by_line_scan(page: &str) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut codes = Vec::new();
    for line in page.lines() {
        let line = line.trim();
        if !line.starts_with('|') || line.starts_with("|-") || line.starts_with("|:") {
            continue;
        }
        let first = line
            .trim_start_matches('|')
            .split('|')
            .next()
            .unwrap_or("")
            .trim();
        if first.is_empty() || first == "错误码" || first == "Error Code" {
            continue;
        }
        if seen.insert(first.to_owned()) {
            codes.push(first.to_owned());
        }
    }
    codes
}

/// The cells of a table row by a plain line scan (`| a | b |` → `["a", "b"]`).
pub fn cells(line: &str) -> Vec<&str> {
    line.trim()
        .trim_matches('|')
        .split('|')
        .map(str::trim)
        .collect()
}

/// The service-table description of `code` by the same line scan (the last row wins, as the
/// service table comes after the public table).
pub fn description_by_line_scan(page: &str, code: &str) -> Option<String> {
    let mut found = None;
    for line in page.lines() {
        let cells = cells(line);
        if cells.len() >= 2 && cells[0] == code {
            found = Some(cells[1].to_owned());
        }
    }
    found
}

/// Asserts that the files of `../shared/error-docs/<shared>` and of the repository's copy in
/// `<ours>` (both relative to the repository root) have the same names and the same bytes, and
/// returns how many were compared. When `shared/` is not beside the repository, nothing can be
/// compared: under `CI=true` that is a failure, elsewhere a skip printed with its reason, and 0.
pub fn assert_copies_of_shared(shared: &str, ours: &str) -> usize {
    let root = env!("CARGO_MANIFEST_DIR");
    let theirs = format!("{root}/../shared/error-docs/{shared}");
    if let Err(error) = std::fs::read_dir(&theirs) {
        let reason = format!("{theirs} cannot be read ({error}), so {ours} is not compared");
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true needs the shared pages: {reason}"
        );
        eprintln!("skipped: {reason}");
        return 0;
    }
    let files = |dir: &str| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap_or_else(|error| panic!("{dir}: {error}"))
            .map(|entry| {
                entry
                    .unwrap_or_else(|error| panic!("{dir}: {error}"))
                    .path()
            })
            .filter(|path| path.is_file())
            .filter_map(|path| Some(path.file_name()?.to_string_lossy().into_owned()))
            .collect();
        names.sort();
        names
    };
    let names = files(&theirs);
    assert_eq!(
        files(&format!("{root}/{ours}")),
        names,
        "the files of {ours}"
    );
    for name in &names {
        let copy = std::fs::read(format!("{root}/{ours}/{name}")).expect("the repository's copy");
        assert!(
            copy == std::fs::read(format!("{theirs}/{name}")).expect("the shared page"),
            "{ours}/{name} differs from {shared}/{name}"
        );
    }
    names.len()
}
