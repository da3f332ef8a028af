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

/// Asserts that each file of `../shared/error-docs/<shared>` is byte-identical to the
/// repository's copy in `<ours>` (both relative to the repository root), and returns how many
/// were compared; 0 when `shared/` is not beside the repository.
pub fn assert_copies_of_shared(shared: &str, ours: &str) -> usize {
    let root = env!("CARGO_MANIFEST_DIR");
    let Ok(entries) = std::fs::read_dir(format!("{root}/../shared/error-docs/{shared}")) else {
        return 0;
    };
    let mut compared = 0;
    for entry in entries {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .expect("file name")
            .to_string_lossy()
            .into_owned();
        let copy = std::fs::read(format!("{root}/{ours}/{name}")).expect("the repository's copy");
        assert_eq!(
            copy,
            std::fs::read(&path).expect("the shared page"),
            "{name}"
        );
        compared += 1;
    }
    compared
}
