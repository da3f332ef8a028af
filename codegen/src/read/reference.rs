//! Reading Tencent's API reference pages, one action per page (`## 1. 接口描述` …
//! `## 4. 错误码`), as per-action input: `actions_path` may name a directory of them (file
//! names arbitrary: Tencent names them by the page's Chinese title, `创建实例.md`), one of them,
//! or one page with `## ActionName` sections (read in `actions`). The rules are in `docs/design.md`
//! ("Per-action enums").
//!
//! The action is the value of the `Action` row of the input parameters
//! (`公共参数，本接口取值：RunInstances`, `Common parameter. The value used for this API:
//! CreateVpc`, `Value used in this API: …`; whatever the edition, the name after the last
//! colon): it is what the API is called with, so where the description's `本接口 (X)` /
//! `This API (X)` names another action, the `Action` row wins and the enum's docs say so. The
//! codes are the table of the error-code section (`## 4. 错误码`, `## 4. Error Codes`,
//! `## 4. エラーコード`, `## 4. 오류 코드`), read by the page reader; a section without a table
//! lists no codes (an empty one, as Tencent writes it for actions that return only public
//! codes, too), and a code cell that white space cuts is the service's code it spells without
//! it.

use super::actions::{is_action_name, read_sections, ActionListing, ActionPage, PageNote};
use super::keys::CodeMap;
use super::page::{page_text, read_tables, split_cells as cells, CutCode};
use crate::diagnostic::{Diagnostic, Location};
use crate::read::headers::{
    is_error_code_section_title, API_SELF_REFERENCES, ERROR_CODE_SECTION_TITLES,
};

/// Whether `source` is an API reference page rather than a page of `## ActionName` sections:
/// it has a numbered level-2 heading (`## 1. 接口描述`) and no level-2 heading is an action
/// name.
pub(crate) fn is_reference_page(source: &str) -> bool {
    let headings = Layout::of(page_text(source)).headings;
    headings.iter().any(|heading| heading.number.is_some())
        && !headings.iter().any(|heading| {
            heading.number.is_none() && is_action_name(heading.title.trim_matches('`'))
        })
}

/// Reads one API reference page: its action and the codes of its error-code section, as an
/// [`ActionListing`] whose `line` is the `Action` row's. `known` says whether the service enum
/// lists a code: a code cell that white space cuts (`InvalidKeyPairNameIncludeIllega l Char`)
/// is that code when `known` says so. Errors name the line: no `Action` row, an `Action` row
/// without an action name, no error-code section, a bad code row. What the reader took other
/// than as written (the description naming another action than the `Action` row, an empty
/// error-code section) is in the listing's `notes`.
pub(crate) fn parse_reference_page(
    source: &str,
    known: &dyn Fn(&str) -> bool,
) -> Result<ActionListing, Vec<Diagnostic>> {
    let source = page_text(source);
    let layout = Layout::of(source);
    let lines: Vec<&str> = source.lines().collect();
    let mut errors = Vec::new();
    let mut notes = Vec::new();

    let (name, line) = match action_row(&layout, &lines) {
        Ok(found) => found,
        Err(error) => {
            errors.push(error);
            (String::new(), 0)
        }
    };
    if !name.is_empty() {
        notes.extend(other_actions_in_prose(&layout, &lines, &name));
    }
    let section = match error_code_section(&layout, &lines, known) {
        Ok(section) => section,
        Err(mut problems) => {
            errors.append(&mut problems);
            Section::default()
        }
    };
    notes.extend(section.note);
    if errors.is_empty() {
        Ok(ActionListing {
            name,
            line,
            rows: section.rows,
            retired_since: None,
            retired: Vec::new(),
            cut_codes: section.cut_codes,
            notes,
        })
    } else {
        errors.sort_by_key(|e| e.line().unwrap_or(0));
        Err(errors)
    }
}

/// Reads action pages of the invoking crate, each `(file name, text)`: one page with
/// `## ActionName` sections (when `directory` is false and the page is not an API reference
/// page), or API reference pages, one action each, in the order given, `known` saying which
/// codes the service enum lists (see [`parse_reference_page`]). Every problem comes with the
/// file it concerns; two files for one action are an error at the second one's `Action` row.
pub(crate) fn parse_action_pages(
    pages: &[(&str, &str)],
    directory: bool,
    known: &dyn Fn(&str) -> bool,
) -> Result<ActionPage, Vec<(String, Diagnostic)>> {
    if let [(name, text)] = pages {
        if !directory && !is_reference_page(text) {
            return read_sections(text, None)
                .map(|(page, _)| page)
                .map_err(|diagnostics| with_file(name, diagnostics));
        }
    }
    let mut actions: Vec<ActionListing> = Vec::with_capacity(pages.len());
    let mut first: CodeMap<String, (usize, usize)> = CodeMap::default();
    let mut errors = Vec::new();
    for (index, (name, text)) in pages.iter().enumerate() {
        match parse_reference_page(text, known) {
            Ok(listing) => {
                if let Some(&(page, line)) = first.get(&listing.name) {
                    errors.push((
                        (*name).to_owned(),
                        Diagnostic::error(
                            Location::Line(listing.line),
                            format!(
                                "action `{}` has a second page: `{}` (line {line}) is its page \
                                 already; keep one file per action",
                                listing.name, pages[page].0
                            ),
                        ),
                    ));
                    continue;
                }
                first.insert(listing.name.clone(), (index, listing.line));
                actions.push(listing);
            }
            Err(diagnostics) => errors.extend(with_file(name, diagnostics)),
        }
    }
    if errors.is_empty() {
        Ok(ActionPage { actions })
    } else {
        Err(errors)
    }
}

fn with_file(name: &str, diagnostics: Vec<Diagnostic>) -> Vec<(String, Diagnostic)> {
    diagnostics
        .into_iter()
        .filter(Diagnostic::is_error)
        .map(|diagnostic| (name.to_owned(), diagnostic))
        .collect()
}

/// A level-2 heading: its 1-based line, its section number (`## 4. 错误码` → 4) and its title
/// without the number.
struct Heading {
    line: usize,
    number: Option<u32>,
    title: String,
}

/// The level-2 headings of a page and which lines are inside fenced code blocks.
struct Layout {
    headings: Vec<Heading>,
    /// Per 0-based line: inside a fenced code block (fences included).
    in_code: Vec<bool>,
}

impl Layout {
    /// The layout of a page's text ([`page_text`]).
    fn of(source: &str) -> Layout {
        let mut headings = Vec::new();
        let mut in_code = Vec::new();
        let mut fence: Option<(char, usize)> = None;
        for (index, line) in source.lines().enumerate() {
            let stripped = line.trim();
            let fence_char = stripped.chars().next().filter(|c| matches!(c, '`' | '~'));
            if let Some(c) = fence_char {
                let run = stripped.chars().take_while(|&x| x == c).count();
                let rest = &stripped[run * c.len_utf8()..];
                match fence {
                    // A backtick fence's info string has no backtick: ```{..}```Error is code.
                    None if run >= 3 && !(c == '`' && rest.contains('`')) => {
                        fence = Some((c, run));
                        in_code.push(true);
                        continue;
                    }
                    Some((open, length)) if open == c && run >= length && rest.is_empty() => {
                        fence = None;
                        in_code.push(true);
                        continue;
                    }
                    _ => {}
                }
            }
            in_code.push(fence.is_some());
            if fence.is_some() {
                continue;
            }
            let Some(text) = stripped.strip_prefix("##") else {
                continue;
            };
            if !text.starts_with(char::is_whitespace) {
                continue;
            }
            let text = text.trim().trim_end_matches('#').trim();
            let digits = text.chars().take_while(char::is_ascii_digit).count();
            let after = &text[digits..];
            let numbered = digits > 0 && after.starts_with(['.', '．', '、']);
            let (number, title) = if numbered {
                let title = after
                    .trim_start_matches(['.', '．', '、'])
                    .trim()
                    .to_owned();
                (text[..digits].parse().ok(), title)
            } else {
                (None, text.to_owned())
            };
            headings.push(Heading {
                line: index + 1,
                number,
                title,
            });
        }
        Layout { headings, in_code }
    }

    /// The 1-based lines of section `number`, after its heading up to the next one.
    fn section(&self, number: u32, lines: usize) -> Option<(usize, std::ops::Range<usize>)> {
        let at = self
            .headings
            .iter()
            .position(|h| h.number == Some(number))?;
        Some((self.headings[at].line, self.body(at, lines)))
    }

    fn body(&self, at: usize, lines: usize) -> std::ops::Range<usize> {
        let start = self.headings[at].line + 1;
        let end = self.headings.get(at + 1).map_or(lines + 1, |h| h.line);
        start..end
    }

    fn is_code(&self, line: usize) -> bool {
        self.in_code.get(line - 1).copied().unwrap_or(false)
    }
}

/// The action named by the `Action` row of the input parameters (section 2, or the whole page
/// when it has no section 2), and the row's line.
fn action_row(layout: &Layout, lines: &[&str]) -> Result<(String, usize), Diagnostic> {
    let (heading, range) = layout
        .section(2, lines.len())
        .unwrap_or((0, 1..lines.len() + 1));
    for number in range {
        let Some(line) = lines.get(number - 1) else {
            continue;
        };
        if layout.is_code(number) || !line.contains('|') {
            continue;
        }
        let cells = cells(line);
        let first = cells
            .first()
            .map_or("", |c| c.trim_matches(['`', '*']).trim());
        if first != "Action" || cells.len() < 2 {
            continue;
        }
        let description = cells
            .iter()
            .rev()
            .find(|c| !c.is_empty())
            .copied()
            .unwrap_or("");
        return match value_after_colon(description) {
            Some(name) if is_action_name(&name) => Ok((name, number)),
            _ => Err(Diagnostic::error(
                Location::Line(number),
                format!(
                    "the `Action` row does not name the action: its description should end \
                     with the action's name after a colon (`公共参数，本接口取值：RunInstances`, \
                     `Common parameter. The value used for this API: RunInstances`), but it \
                     is `{description}`"
                ),
            )),
        };
    }
    Err(Diagnostic::error(
        if heading > 0 {
            Location::Line(heading)
        } else {
            Location::Page
        },
        "the page names no action: an API reference page names it in the `Action` row of its \
         input parameters (`| Action | 是 | String | 公共参数，本接口取值：RunInstances |`)",
    ))
}

/// The text after the last `:` or `：` of a cell, blanks (also U+200B) trimmed, a trailing
/// full stop and backticks dropped.
fn value_after_colon(cell: &str) -> Option<String> {
    let (at, colon) = cell
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, ':' | '：'))?;
    let value = &cell[at + colon.len_utf8()..];
    let blank = |c: char| c.is_whitespace() || c == '\u{200b}';
    let value = value
        .trim_matches(blank)
        .trim_end_matches(['.', '。'])
        .trim_matches('`')
        .trim_matches(blank);
    Some(value.to_owned())
}

/// Where the description (section 1, or everything above section 2 when there is no
/// section 1) says `本接口 (X)` / `This API (X)` with an `X` that is not `action`: a note
/// there. The `Action` row is what the API is called with, so it names the action, not the
/// prose.
fn other_actions_in_prose(layout: &Layout, lines: &[&str], action: &str) -> Vec<PageNote> {
    let range = match layout.section(1, lines.len()) {
        Some((_, range)) => range,
        None => {
            1..layout
                .section(2, lines.len())
                .map_or(lines.len() + 1, |(line, _)| line)
        }
    };
    let mut notes = Vec::new();
    for number in range {
        let Some(line) = lines.get(number - 1) else {
            continue;
        };
        if layout.is_code(number) {
            continue;
        }
        for phrase in API_SELF_REFERENCES {
            for (at, _) in line.match_indices(phrase) {
                let Some(named) = parenthesised(&line[at + phrase.len()..]) else {
                    continue;
                };
                if is_action_name(named) && named != action {
                    notes.push(PageNote::ProseNamesOtherAction {
                        line: number,
                        phrase: format!("{phrase} ({named})"),
                    });
                }
            }
        }
    }
    notes
}

/// `X` of a text that starts with `(X)` or `（X）`, blanks (also U+200B) before it skipped.
fn parenthesised(text: &str) -> Option<&str> {
    let text = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{200b}');
    let inner = text.strip_prefix('(').or_else(|| text.strip_prefix('（'))?;
    let end = inner.find([')', '）'])?;
    Some(inner[..end].trim())
}

/// What the error-code section gives: its rows, the rows whose code white space cuts, and a
/// note when it is empty.
#[derive(Default)]
struct Section {
    rows: Vec<crate::read::Row>,
    cut_codes: Vec<CutCode>,
    note: Option<PageNote>,
}

/// Whether a line of the error-code section says nothing: blank, or a thematic break (`---`,
/// `***`, `___`, spaces allowed between the marks).
fn says_nothing(line: &str) -> bool {
    let marks: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    marks.is_empty()
        || (marks.len() >= 3
            && ['-', '*', '_']
                .iter()
                .any(|&mark| marks.chars().all(|c| c == mark)))
}

/// The rows of the error-code section, read by the page reader (a code cut by white space is
/// the code `known` has without it); a section without a table lists no codes, and an empty
/// one (blank lines, thematic breaks) says so in a note.
fn error_code_section(
    layout: &Layout,
    lines: &[&str],
    known: &dyn Fn(&str) -> bool,
) -> Result<Section, Vec<Diagnostic>> {
    let Some(at) = layout
        .headings
        .iter()
        .position(|h| is_error_code_section_title(&h.title))
    else {
        let after = layout
            .headings
            .iter()
            .find(|h| h.number.is_some_and(|n| n > 4))
            .map_or(Location::Page, |h| Location::Line(h.line));
        let titles: Vec<String> = ERROR_CODE_SECTION_TITLES
            .iter()
            .map(|t| format!("`## 4. {t}`"))
            .collect();
        return Err(vec![Diagnostic::error(
            after,
            format!(
                "the page has no error-code section ({}): an action that lists no codes still \
                 has it, empty or with a sentence that says so",
                titles.join(", ")
            ),
        )]);
    };
    let heading = layout.headings[at].line;
    let body = layout.body(at, lines.len());
    let mut first_table_line = None;
    let mut has_text = false;
    // The page with every line outside the section emptied, so that line numbers stay.
    let mut section = String::with_capacity(lines.len() * 2);
    for (index, line) in lines.iter().enumerate() {
        let number = index + 1;
        if body.contains(&number) {
            has_text |= !says_nothing(line);
            if !layout.is_code(number) && line.contains('|') {
                first_table_line.get_or_insert(number);
            }
            section.push_str(line);
        }
        section.push('\n');
    }
    let Some(table_line) = first_table_line else {
        let note = (!has_text).then_some(PageNote::EmptyErrorSection { line: heading });
        return Ok(Section {
            note,
            ..Section::default()
        });
    };
    read_tables(&section, known)
        .map(|(parsed, cut_codes)| Section {
            rows: parsed.rows,
            cut_codes,
            note: None,
        })
        .map_err(|diagnostics| {
            // What the reader says of the whole page (no error-code table) is about the
            // section's table: point at it.
            diagnostics
                .into_iter()
                .filter(Diagnostic::is_error)
                .map(|mut diagnostic| {
                    if diagnostic.location == Location::Page {
                        diagnostic.location = Location::Line(table_line);
                    }
                    diagnostic
                })
                .collect()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(description: &str, action_row: &str, codes: &str) -> String {
        format!(
            "\n## 1. 接口描述\n\n{description}\n\n## 2. 输入参数\n\n\
             | 参数名称 | 是否必选 | 类型 | 描述 |\n|---------|---------|---------|---------|\n\
             {action_row}\n| Version | 是 | String | 公共参数，本接口取值：2017-03-12 |\n\n\
             ## 3. 输出参数\n\n| 参数名称 | 类型 | 描述 |\n|---|---|---|\n| RequestId | String | x |\n\n\
             {codes}## 5. 示例\n\n```\nhttps://x/?Action=Y\n```\n"
        )
    }

    /// A service that lists no code: no cut code is joined.
    const NONE: fn(&str) -> bool = |_| false;

    const ROW: &str = "| Action | 是 | String | 公共参数，本接口取值：RunInstances |";
    const CODES: &str =
        "## 4. 错误码\n\n| 错误码 | 描述 |\n|---|---|\n| InvalidZone.MismatchRegion | 指定的`zone`不存在。 |\n| 9003 | x |\n\n";

    fn errors(source: &str) -> Vec<(usize, String)> {
        parse_reference_page(source, &NONE)
            .expect_err("rejected")
            .into_iter()
            .map(|d| (d.line().unwrap_or(0), d.message))
            .collect()
    }

    #[test]
    fn the_action_and_the_codes_of_section_4() {
        let text = page("本接口 (RunInstances) 用于创建实例。", ROW, CODES);
        assert!(is_reference_page(&text));
        let listing = parse_reference_page(&text, &NONE).expect("a reference page");
        assert_eq!(listing.name, "RunInstances");
        assert_eq!(listing.line, 10);
        let codes: Vec<&str> = listing.rows.iter().map(|r| r.code.as_str()).collect();
        assert_eq!(codes, ["InvalidZone.MismatchRegion", "9003"]);
        assert_eq!(listing.rows[0].line, 23);
        assert_eq!((listing.retired_since, listing.retired.len()), (None, 0));
    }

    #[test]
    fn every_wording_of_the_action_row() {
        for (row, description) in [
            ("| Action | Yes | String | Common parameter. The value used for this API: CreateVpc |", "This API (CreateVpc) is used to create VPCs."),
            ("| Action | Yes | String | Common parameter. Value used in this API: CreateVpc. |", "This API（CreateVpc）"),
            ("| Action | Yes | String | Common parameter. The value\u{200b}used for this API:\u{200b}CreateVpc |", ""),
            ("| Action | はい | String | 共通パラメータ。このインターフェースの値：CreateVpc |", "このインターフェース (CreateVpc) は"),
            ("| Action | 예 | String | 공통 매개변수, 본 API의 값: CreateVpc |", "본 API(CreateVpc)는"),
            ("Action | 是 | String | 公共参数，本接口取值：`CreateVpc`", "本接口（CreateVpc）"),
        ] {
            let text = page(description, row, CODES);
            let listing = parse_reference_page(&text, &NONE).unwrap_or_else(|e| panic!("{row}: {e:?}"));
            assert_eq!(listing.name, "CreateVpc", "{row}");
        }
    }

    #[test]
    fn section_4_in_every_edition_and_without_codes() {
        for title in ["Error Codes", "エラーコード", "오류 코드"] {
            let codes =
                format!("## 4. {title}\n\n| {title} | Description |\n|---|---|\n| A | a |\n\n");
            let codes = codes.replace("| Error Codes |", "| Error Code |");
            let listing = parse_reference_page(&page("", ROW, &codes), &NONE)
                .unwrap_or_else(|e| panic!("{title}: {e:?}"));
            assert_eq!(listing.rows.len(), 1, "{title}");
        }
        let none = page("", ROW, "## 4. 错误码\n\n该接口没有业务错误码。\n\n");
        assert!(parse_reference_page(&none, &NONE)
            .expect("no codes")
            .rows
            .is_empty());
    }

    #[test]
    fn a_page_without_action_or_section_4_or_with_two_actions() {
        let no_action = errors(&page("", "| Region | 是 | String | 地域 |", CODES));
        assert_eq!(no_action.len(), 1);
        assert_eq!(no_action[0].0, 6, "the heading of the input parameters");
        assert!(no_action[0].1.starts_with("the page names no action"));

        let unnamed = errors(&page("", "| Action | 是 | String | 公共参数 |", CODES));
        assert_eq!(unnamed[0].0, 10);
        assert!(unnamed[0].1.contains("does not name the action"));

        let no_section = errors(&page("", ROW, ""));
        assert_eq!(no_section[0].0, 19, "where section 4 should be");
        assert!(no_section[0]
            .1
            .starts_with("the page has no error-code section"));
        assert!(no_section[0].1.contains("`## 4. 错误码`"));

        // Prose naming an action does not stand in for a missing `Action` row.
        let prose_only = errors(&page(
            "本接口 (TerminateInstances) 用于退还。",
            "| Region | 是 | String | 地域 |",
            CODES,
        ));
        assert!(prose_only[0].1.starts_with("the page names no action"));

        let bad_code = errors(&page(
            "",
            ROW,
            "## 4. 错误码\n\n| 错误码 | 描述 |\n|---|---|\n| A B | x |\n\n",
        ));
        assert_eq!(bad_code[0].0, 23);
    }

    #[test]
    fn pages_of_a_directory_one_action_each() {
        let run = page("", ROW, CODES);
        let other = page("", &ROW.replace("RunInstances", "StopInstances"), CODES);
        let read =
            parse_action_pages(&[("a.md", &run), ("b.md", &other)], true, &NONE).expect("two");
        let names: Vec<&str> = read.actions.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["RunInstances", "StopInstances"]);
        let twice = parse_action_pages(&[("a.md", &run), ("c.md", &run)], true, &NONE)
            .expect_err("one action twice");
        assert_eq!(twice[0].0, "c.md");
        assert_eq!(twice[0].1.line(), Some(10));
        assert!(twice[0].1.message.contains("`a.md` (line 10)"));
        // A page of `## ActionName` sections is not an API reference page, alone or in a
        // directory.
        let sections = "## RunInstances\n\n| 错误码 | 描述 |\n|---|---|\n| A | a |\n";
        assert!(!is_reference_page(sections));
        assert!(
            !is_reference_page(&format!("{sections}\n## 4. 错误码\n")),
            "a bad section"
        );
        assert_eq!(
            parse_action_pages(&[("s.md", sections)], false, &NONE)
                .expect("sections")
                .actions
                .len(),
            1
        );
        let in_directory = parse_action_pages(&[("s.md", sections)], true, &NONE)
            .expect_err("not a reference page");
        assert!(in_directory[0]
            .1
            .message
            .starts_with("the page names no action"));
    }

    #[test]
    fn an_empty_error_code_section_lists_no_codes_and_says_so() {
        for body in [
            "",
            "\n",
            "\n\n   \n\t\n\u{3000}\n",
            "\n---\n\n",
            "\n* * *\n",
            "\n___\n\n",
        ] {
            let text = page("", ROW, &format!("## 4. 错误码\n{body}"));
            let listing =
                parse_reference_page(&text, &NONE).unwrap_or_else(|e| panic!("{body:?}: {e:?}"));
            assert!(listing.rows.is_empty(), "{body:?}");
            assert_eq!(
                listing.notes,
                [PageNote::EmptyErrorSection { line: 19 }],
                "{body:?}"
            );
        }
        // The English heading, followed at once by section 5.
        let text = page("", ROW, "## 4. Error Codes\n");
        let listing = parse_reference_page(&text, &NONE).expect("an empty section");
        assert_eq!(listing.notes, [PageNote::EmptyErrorSection { line: 19 }]);
        // A sentence is not an empty section: no note.
        let text = page("", ROW, "## 4. 错误码\n\n该接口没有业务错误码。\n\n");
        let listing = parse_reference_page(&text, &NONE).expect("a sentence");
        assert!(listing.rows.is_empty() && listing.notes.is_empty());
    }

    #[test]
    fn a_section_whose_table_cannot_be_read_is_still_an_error() {
        let unread = errors(&page(
            "",
            ROW,
            "## 4. 错误码\n\n| 参数 | 含义 |\n|---|---|\n| A | a |\n\n",
        ));
        assert!(
            unread[0].1.starts_with("no error-code table found"),
            "{unread:?}"
        );
        let no_description = errors(&page(
            "",
            ROW,
            "## 4. 错误码\n\n| 错误码 | 类型 |\n|---|---|\n| A | a |\n\n",
        ));
        assert_eq!(no_description[0].0, 21);
        assert!(no_description[0].1.contains("no description column"));
    }

    #[test]
    fn the_action_row_wins_over_prose_naming_another_action() {
        for (description, row, named, phrase) in [
            (
                "本接口 (ModifyImageSharePermission) 用于查询镜像分享信息。",
                "| Action | 是 | String | 公共参数，本接口取值：DescribeImageSharePermission |",
                "DescribeImageSharePermission",
                "本接口 (ModifyImageSharePermission)",
            ),
            (
                "This API (CreateVpnGateways) is used to create a VPN gateway.",
                "| Action | Yes | String | Common parameter. The value used for this API: CreateVpnGateway |",
                "CreateVpnGateway",
                "This API (CreateVpnGateways)",
            ),
            (
                "This API（ResetInstancePassword）is used to reset passwords.",
                "| Action | Yes | String | Common parameter. Value used in this API: `ResetInstancesPassword`. |",
                "ResetInstancesPassword",
                "This API (ResetInstancePassword)",
            ),
        ] {
            let text = page(description, row, CODES);
            let listing = parse_reference_page(&text, &NONE)
                .unwrap_or_else(|e| panic!("{description}: {e:?}"));
            assert_eq!(listing.name, named);
            assert_eq!(
                listing.notes,
                [PageNote::ProseNamesOtherAction {
                    line: 4,
                    phrase: phrase.to_owned()
                }]
            );
            assert_eq!(listing.rows.len(), 2);
        }
        // Prose naming the action itself is no note.
        let text = page("本接口 (RunInstances) 用于创建实例。", ROW, CODES);
        assert!(parse_reference_page(&text, &NONE)
            .expect("a page")
            .notes
            .is_empty());
    }

    #[test]
    fn a_code_cut_by_white_space_is_the_service_code_it_spells() {
        let known = |code: &str| {
            [
                "InvalidKeyPairNameIncludeIllegalChar",
                "InvalidParameter.Foo",
            ]
            .contains(&code)
        };
        for cell in [
            "InvalidKeyPairNameIncludeIllega l Char",
            "InvalidKeyPairNameIncludeIllega\tl\u{3000}Char",
            "InvalidKeyPair NameIncludeIllegal\u{a0}Char.",
            "`InvalidKeyPairNameIncludeIllega l Char`",
            "Invalid Parameter . Foo",
        ] {
            let codes = format!(
                "## 4. 错误码\n\n| 错误码 | 描述 |\n|---|---|\n| A | a |\n| {cell} | x |\n\n"
            );
            let listing = parse_reference_page(&page("", ROW, &codes), &known)
                .unwrap_or_else(|e| panic!("{cell}: {e:?}"));
            let read: Vec<&str> = listing.rows.iter().map(|r| r.code.as_str()).collect();
            assert!(known(read[1]), "{cell}: {read:?}");
            assert_eq!(read[0], "A");
            let written = cell.trim_matches('`');
            assert_eq!(
                listing.cut_codes,
                [CutCode {
                    line: 24,
                    written: written.to_owned()
                }],
                "{cell}"
            );
        }
        // A cut code that spells no code the service lists is today's error, at its row.
        for cell in ["InvalidKeyPairNameIncludeIllega l Chars", "A B"] {
            let codes = format!("## 4. 错误码\n\n| 错误码 | 描述 |\n|---|---|\n| {cell} | x |\n\n");
            let rejected: Vec<(usize, String)> =
                parse_reference_page(&page("", ROW, &codes), &known)
                    .expect_err("no such code")
                    .into_iter()
                    .map(|d| (d.line().unwrap_or(0), d.message))
                    .collect();
            assert_eq!(
                rejected,
                [(
                    23,
                    format!("error code `{cell}` contains a space; codes are one word")
                )]
            );
        }
        // Other faults are not joined away: a code with a `/` and a space stays an error.
        let codes =
            "## 4. 错误码\n\n| 错误码 | 描述 |\n|---|---|\n| Invalid/Parameter . Foo | x |\n\n";
        assert!(parse_reference_page(&page("", ROW, codes), &|_| true).is_err());
    }
}
