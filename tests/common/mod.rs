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
        if first.is_empty() || first == "错误码" {
            continue;
        }
        if seen.insert(first.to_owned()) {
            codes.push(first.to_owned());
        }
    }
    codes
}

/// The service-table description of `code` by the same line scan (the last row wins, as the
/// service table comes after the public table).
pub fn description_by_line_scan(page: &str, code: &str) -> Option<String> {
    let mut found = None;
    for line in page.lines() {
        let cells: Vec<&str> = line
            .trim()
            .trim_matches('|')
            .split('|')
            .map(str::trim)
            .collect();
        if cells.len() >= 2 && cells[0] == code {
            found = Some(cells[1].to_owned());
        }
    }
    found
}
