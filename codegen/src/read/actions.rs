//! Reading a per-action page: one `## ActionName` section per action, each followed by the
//! `| 错误码 | 描述 |` table of the codes that action lists (or by a sentence when it lists
//! none), into one [`ActionListing`] per section.
//!
//! The tables are read by the page reader ([`crate::parse_page`]), so code cells follow the
//! same rules as on a service page (trimmed, one trailing `.` dropped, checked); the sections
//! come from the page's level-2 headings.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::keys::is_valid_variant_name;
use super::keys::CodeMap;
use super::page::{page_text, read_tables, CutCode, LineIndex, Row};
use crate::diagnostic::{Diagnostic, Location};

/// One `## ActionName` section of an action page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionListing {
    /// The action's name, e.g. `RunInstances`.
    pub name: String,
    /// The 1-based line of its heading.
    pub line: usize,
    /// The rows of its table, in page order (repeats included; empty when it lists none).
    pub rows: Vec<Row>,
    /// `Some(release)` when the action is retired: the bundled history knows it and no current
    /// release lists it; `release` is the first release without it. Always `None` for a page
    /// of the invoking crate (it is the whole truth).
    pub retired_since: Option<String>,
    /// Codes the action listed in earlier releases and no longer does (from the bundled
    /// history), in byte order of their codes; empty for a page of the invoking crate.
    pub retired: Vec<RetiredCode>,
    /// Rows whose code cell white space cuts, read as the service enum's code it spells
    /// without the white space (API reference pages only; empty otherwise).
    pub cut_codes: Vec<CutCode>,
    /// Where an API reference page differs from what the reader took from it, for the enum's
    /// docs (empty for other pages).
    pub notes: Vec<PageNote>,
}

/// Something an API reference page says that the reader read other than as written, or that
/// explains an empty enum; the enum's docs say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageNote {
    /// The error-code section has nothing in it (Tencent writes this for actions that return
    /// only public codes).
    EmptyErrorSection {
        /// The 1-based line of the section's heading.
        line: usize,
    },
    /// The description names another action (`本接口 (X)`, `This API (X)`) than the `Action`
    /// row, which wins: it is what the API is called with.
    ProseNamesOtherAction {
        /// The 1-based line of the description.
        line: usize,
        /// The phrase as the page writes it, with the name: `This API (CreateVpnGateways)`.
        phrase: String,
    },
}

/// A code an action listed in earlier releases and no longer lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetiredCode {
    /// The exact code string.
    pub code: String,
    /// Its text as last published, if any.
    pub description: Option<crate::read::Description>,
    /// The first release that no longer lists it for the action (`tencentcloud-sdk-go 1.3.166`).
    pub since: String,
}

/// An action page: its sections in page order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActionPage {
    /// One entry per `## ActionName` section.
    pub actions: Vec<ActionListing>,
}

impl ActionPage {
    /// The section of `name`.
    pub fn action(&self, name: &str) -> Option<&ActionListing> {
        self.actions.iter().find(|action| action.name == name)
    }
}

/// Reads an action page. Errors name the line: a heading that is not an action name, an
/// action with two sections, a table row outside any section, a bad code cell; a page without
/// any `##` heading is an error too.
pub(crate) fn parse_action_page(source: &str) -> Result<ActionPage, Vec<Diagnostic>> {
    let source = page_text(source);
    let mut errors = Vec::new();
    let mut actions: Vec<ActionListing> = Vec::new();
    let mut first_line: CodeMap<String, usize> = CodeMap::default();
    let mut has_table = false;
    // The heading being read: its line and text.
    let mut heading: Option<(usize, String)> = None;
    let lines = LineIndex::new(source);
    let line_of = |offset: usize| lines.line_of(offset);
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H2,
                ..
            }) => heading = Some((line_of(range.start), String::new())),
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, name)) = heading.as_mut() {
                    name.push_str(&text);
                }
            }
            Event::End(TagEnd::Heading(HeadingLevel::H2)) => {
                let Some((at, name)) = heading.take() else {
                    continue;
                };
                add_section(
                    name.trim().to_owned(),
                    at,
                    &mut first_line,
                    &mut actions,
                    &mut errors,
                );
            }
            Event::Start(Tag::Table(_)) => has_table = true,
            _ => {}
        }
    }
    if actions.is_empty() && errors.is_empty() {
        errors.push(Diagnostic::error(
            Location::Page,
            "the action page has no `## ActionName` sections: it needs one `## ActionName` \
             heading per action, each followed by a `| 错误码 | 描述 |` table of the codes the \
             action lists",
        ));
    }
    if has_table {
        match read_tables(source, &|_| false) {
            Ok((parsed, _)) => assign_rows(parsed.rows, &mut actions, &mut errors),
            Err(diagnostics) => errors.extend(diagnostics.into_iter().filter(Diagnostic::is_error)),
        }
    }
    if errors.is_empty() {
        Ok(ActionPage { actions })
    } else {
        errors.sort_by_key(|e| e.line().unwrap_or(0));
        Err(errors)
    }
}

/// The section `## name` at line `at`: a new action, or an error when `name` is not an action
/// name or has a section already.
fn add_section(
    name: String,
    at: usize,
    first_line: &mut CodeMap<String, usize>,
    actions: &mut Vec<ActionListing>,
    errors: &mut Vec<Diagnostic>,
) {
    if !is_action_name(&name) {
        errors.push(Diagnostic::error(
            Location::Line(at),
            format!(
                "the section heading `{}` is not an action name: an action page \
                 has one `## ActionName` heading per action (letters and digits, \
                 starting with an upper-case letter, like `RunInstances`)",
                name.escape_debug()
            ),
        ));
        return;
    }
    if let Some(first) = first_line.get(&name) {
        errors.push(Diagnostic::error(
            Location::Line(at),
            format!("action `{name}` has a second section (the first is at line {first})"),
        ));
        return;
    }
    first_line.insert(name.clone(), at);
    actions.push(ActionListing {
        name,
        line: at,
        rows: Vec::new(),
        retired_since: None,
        retired: Vec::new(),
        cut_codes: Vec::new(),
        notes: Vec::new(),
    });
}

/// The page with only the sections of `names` kept and every other line emptied (so that line
/// numbers do not move), for reading a few actions of a large page: a plain scan for `## `
/// lines, much cheaper than the markdown reader over the whole page, which then reads only
/// what is left. Also returns every section name the scan saw, for "did you mean".
pub(crate) fn select_sections<'a>(source: &'a str, names: &[String]) -> (String, Vec<&'a str>) {
    let mut kept = String::with_capacity(source.len() / 8);
    let mut seen = Vec::new();
    let mut keep = false;
    for line in source.split_inclusive('\n') {
        if let Some(heading) = line.strip_prefix("## ") {
            let name = heading.trim().trim_matches('`');
            seen.push(name);
            keep = names.iter().any(|wanted| wanted == name);
        }
        if keep {
            kept.push_str(line);
        } else if line.ends_with('\n') {
            kept.push('\n');
        }
    }
    (kept, seen)
}

/// Gives each row to the section whose heading is the last one above it.
fn assign_rows(rows: Vec<Row>, actions: &mut [ActionListing], errors: &mut Vec<Diagnostic>) {
    let mut at = 0;
    for row in rows {
        while at + 1 < actions.len() && actions[at + 1].line < row.line {
            at += 1;
        }
        match actions.get_mut(at).filter(|action| action.line < row.line) {
            Some(action) => action.rows.push(row),
            None => errors.push(Diagnostic::error(
                Location::Line(row.line),
                format!(
                    "the row of `{}` is above the first `## ActionName` section: every table \
                     of an action page belongs to the action whose heading precedes it",
                    row.code
                ),
            )),
        }
    }
}

/// Reads a page of `## ActionName` sections, only the sections of `wanted` when given (a plain
/// scan first, see [`select_sections`]); also returns every section name the scan saw (empty
/// when every section is read).
pub(crate) fn read_sections(
    text: &str,
    wanted: Option<&[String]>,
) -> Result<(ActionPage, Vec<String>), Vec<Diagnostic>> {
    match wanted {
        None => Ok((parse_action_page(text)?, Vec::new())),
        Some(names) => {
            let (kept, scanned) = select_sections(text, names);
            let scanned: Vec<String> = scanned.into_iter().map(str::to_owned).collect();
            // None of the names is on the page: nothing to read (reading the empty selection
            // would say the page has no sections); the caller says which are missing.
            if !names.iter().any(|name| scanned.contains(name)) {
                return Ok((ActionPage::default(), scanned));
            }
            Ok((parse_action_page(&kept)?, scanned))
        }
    }
}

/// An action name becomes `{name}Error`: an identifier starting with an upper-case letter.
pub(crate) fn is_action_name(name: &str) -> bool {
    crate::data::format::is_action_name(name) && is_valid_variant_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "# x 各接口错误码\n\n## RunThings\n\n| 错误码 | 描述 |\n|---|---|\n| A.B | 一 |\n| C. | 二 |\n| A.B | 一 |\n\n## ListNothing\n\n该接口没有列出错误码。\n\n## `StopThings`\n\n| 错误码 | 描述 |\n|---|---|\n| D | 三 |\n";

    #[test]
    fn sections_get_their_rows() {
        let page = parse_action_page(PAGE).expect("parses");
        let summary: Vec<(&str, usize, Vec<&str>)> = page
            .actions
            .iter()
            .map(|a| {
                (
                    a.name.as_str(),
                    a.line,
                    a.rows.iter().map(|r| r.code.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                ("RunThings", 3, vec!["A.B", "C", "A.B"]),
                ("ListNothing", 11, vec![]),
                ("StopThings", 15, vec!["D"]),
            ]
        );
        assert!(page.action("ListNothing").is_some());
        assert!(page.action("Nope").is_none());
    }

    #[test]
    fn selected_sections_keep_their_lines() {
        let (kept, seen) = select_sections(PAGE, &["StopThings".to_owned()]);
        assert_eq!(seen, ["RunThings", "ListNothing", "StopThings"]);
        assert_eq!(kept.lines().count(), PAGE.lines().count());
        let page = parse_action_page(&kept).expect("parses");
        assert_eq!(page.actions.len(), 1);
        let whole = parse_action_page(PAGE).expect("parses");
        let summary = |a: &ActionListing| {
            let rows: Vec<(String, usize)> =
                a.rows.iter().map(|r| (r.code.clone(), r.line)).collect();
            (a.name.clone(), a.line, rows)
        };
        assert_eq!(summary(&page.actions[0]), summary(&whole.actions[2]));
    }

    #[test]
    fn a_page_of_sentences_only_has_actions_without_codes() {
        let page = parse_action_page("## A\n\nnone\n\n## B\n\nnone\n").expect("parses");
        assert_eq!(page.actions.len(), 2);
        assert!(page.actions.iter().all(|a| a.rows.is_empty()));
    }

    #[test]
    fn bad_pages_name_the_line() {
        let error = |page: &str| {
            parse_action_page(page)
                .expect_err("rejected")
                .into_iter()
                .map(|d| (d.line().unwrap_or(0), d.message))
                .collect::<Vec<_>>()
        };
        assert!(error("# only a title\n\ntext\n")[0]
            .1
            .contains("no `## ActionName` sections"));
        let twice = error("## A\n\n## B\n\n## A\n");
        assert_eq!(twice[0].0, 5);
        assert!(twice[0].1.contains("first is at line 1"));
        assert!(error("## Run Things\n")[0].1.contains("not an action name"));
        let above = error("| 错误码 | 描述 |\n|---|---|\n| A | a |\n\n## X\n");
        assert_eq!(above[0].0, 3);
        assert!(above[0].1.contains("above the first"));
        let bad_code = error("## X\n\n| 错误码 | 描述 |\n|---|---|\n| -1A | a |\n");
        assert_eq!(bad_code[0].0, 5);
    }
}
