//! Reading an error-code page: finds every markdown table with an error-code column and a
//! description column (pulldown-cmark events) and turns its rows into [`Row`]s. Code cells are
//! checked in `code`, description cells rendered in `cell`; the rules a page follows are in
//! `docs/design.md` ("Reading a page").

use std::borrow::Cow;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

use crate::diagnostic::{quote_list, Diagnostic, Location};
use crate::read::headers::{
    code_column, description_column, is_public_heading, CODE_HEADERS, DESCRIPTION_HEADERS,
};

use super::cell::{emphasis_delimiter, Cell, Description};
use super::code::{self, normalise_code, read_code_cell};

/// One row of an error-code table, normalised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The code, trimmed, with a trailing `.` (and copy-paste artefacts around it) removed.
    pub code: String,
    /// Whether the code cell had a trailing `.` that reading dropped (`AuthFailure.`), for
    /// `tencent-errors check` to point out.
    pub trailing_dot: bool,
    /// The description, `None` when the cell is empty.
    pub description: Option<Description>,
    /// 1-based line of the row in the page.
    pub line: usize,
    /// Which table the row came from (0-based, counting only error-code tables).
    pub table: usize,
    /// Whether that table is the public table (公共错误码) or a service table.
    pub kind: TableKind,
}

/// The role of a table, from the nearest heading above it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableKind {
    /// Under a heading that names the common codes (`公共错误码`, "Common Error Codes").
    Public,
    /// Any other error-code table (`业务错误码`, ...).
    Service,
}

/// A page's rows, and what the reader accepted but is worth a look.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedPage {
    /// Every row of every error-code table, in page order.
    pub rows: Vec<Row>,
    /// Warnings ([`Severity::Warning`](crate::Severity::Warning)): the page expands as it is.
    pub warnings: Vec<Diagnostic>,
}

/// A code cell that white space cuts (`InvalidKeyPairNameIncludeIllega l Char` on Tencent's
/// CreateKeyPair page), read as the code it spells without the white space because the caller
/// knows that code (see `parse_page_joining`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CutCode {
    /// 1-based line of the row.
    pub line: usize,
    /// The code cell as the page wrote it, blanks around it trimmed.
    pub written: String,
}

/// Parses a page and returns its rows in page order, or every problem found (errors, and the
/// warnings found on the way).
///
/// A page without any error-code table is an error; other tables and prose are ignored.
pub fn parse_page(source: &str) -> Result<ParsedPage, Vec<Diagnostic>> {
    parse_page_joining(source, &|_| false).map(|(page, _)| page)
}

/// [`parse_page`], except that a code cell with white space of any kind inside the code is
/// read as the code without it when `known` says that code is one the caller expects (the
/// service enum lists it), and reported in the second list. Any other such cell is the error
/// [`parse_page`] gives.
pub(crate) fn parse_page_joining(
    source: &str,
    known: &dyn Fn(&str) -> bool,
) -> Result<(ParsedPage, Vec<CutCode>), Vec<Diagnostic>> {
    read_tables(page_text(source), known)
}

/// The rows of codes kept outside a page, `(code, description as markdown source)` (as
/// `history.tsv` keeps them), read as the rows of a page's table: each code as a code cell is,
/// each description as it renders in a description cell. pulldown-cmark gives text the context
/// of a table cell (inline only: `1. x` is no list there, `# x` no heading) only inside a
/// table, so the pairs are read as one table, in one pass. Every row has line 0 (it is on no
/// page) and is of one service table.
pub(crate) fn kept_rows<'a>(
    kept: impl Iterator<Item = (&'a str, &'a str)>,
) -> Result<Vec<Row>, Vec<Diagnostic>> {
    let mut table = String::from("| 错误码 | 说明 |\n|---|---|\n");
    let mut count = 0;
    for (code, description) in kept {
        table.push_str(&format!(
            "| {code} | {} |\n",
            description.replace('|', "\\|").replace('\n', "<br>")
        ));
        count += 1;
    }
    if count == 0 {
        return Ok(Vec::new());
    }
    let mut rows = parse_page(&table)?.rows;
    for row in &mut rows {
        row.line = 0;
    }
    Ok(rows)
}

/// A page's text as every reader reads it: without the byte-order mark an editor may have saved
/// it with. The one place it is dropped: each reader's entry calls this once, and what it
/// hands on (to [`read_tables`], to the action and API reference readers) is the page's text.
pub(crate) fn page_text(source: &str) -> &str {
    source.strip_prefix('\u{feff}').unwrap_or(source)
}

/// [`parse_page_joining`] of a page's text ([`page_text`]).
pub(super) fn read_tables(
    source: &str,
    known: &dyn Fn(&str) -> bool,
) -> Result<(ParsedPage, Vec<CutCode>), Vec<Diagnostic>> {
    let source = &*blank_delimiter_rows_with_spaces(source);
    let lines = LineIndex::new(source);
    let mut rows = Vec::new();
    let mut cut = Vec::new();
    let mut errors = Vec::new();
    let mut heading: Option<String> = None;
    let mut last_heading = String::new();
    let mut table: Option<TableState> = None;
    let mut tables_seen = 0usize;
    let mut first_table_line: Option<usize> = None;

    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);

    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { .. }) => {
                heading = Some(String::new());
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(text) = heading.take() {
                    last_heading = text;
                }
            }
            Event::Text(text) | Event::Code(text) if heading.is_some() => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&text);
                }
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => {
                if let Some(block) = source.get(range.clone()) {
                    errors.extend(unclosed_fence(block, lines.line_of(range.start)));
                }
            }
            Event::Start(Tag::Table(_)) => {
                table = Some(TableState::new(lines.line_of(range.start), &last_heading));
            }
            Event::End(TagEnd::Table) => {
                if let Some(state) = table.take() {
                    if state.columns.is_some() {
                        tables_seen += 1;
                        first_table_line.get_or_insert(state.line);
                    } else if let Some(diagnostic) = state.probe.and_then(|p| p.verdict()) {
                        errors.push(diagnostic);
                    }
                }
            }
            _ => {
                if let Some(state) = table.as_mut() {
                    state.event(
                        event,
                        range,
                        source,
                        &lines,
                        tables_seen,
                        &mut Output {
                            rows: &mut rows,
                            cut: &mut cut,
                            errors: &mut errors,
                            known,
                        },
                    );
                }
            }
        }
    }

    finish(rows, cut, errors, tables_seen, first_table_line)
}

/// The page read: its rows and warnings, or every problem, with those of the page as a whole
/// (its tables have no rows, it has no error-code table) when nothing else is wrong.
fn finish(
    rows: Vec<Row>,
    cut: Vec<CutCode>,
    mut errors: Vec<Diagnostic>,
    tables_seen: usize,
    first_table_line: Option<usize>,
) -> Result<(ParsedPage, Vec<CutCode>), Vec<Diagnostic>> {
    let no_errors = |diagnostics: &[Diagnostic]| !diagnostics.iter().any(Diagnostic::is_error);
    if tables_seen > 0 && rows.is_empty() && no_errors(&errors) {
        errors.push(Diagnostic::error(
            first_table_line.map_or(Location::Page, Location::Line),
            "the error-code tables have no rows: the page lists no codes",
        ));
    }
    if tables_seen == 0 && no_errors(&errors) {
        errors.push(Diagnostic::error(
            Location::Page,
            format!(
                "no error-code table found: expected a markdown table whose header has a code \
                 column ({}) and a description column ({})",
                quote_list(CODE_HEADERS),
                quote_list(DESCRIPTION_HEADERS)
            ),
        ));
    }
    if no_errors(&errors) {
        let page = ParsedPage {
            rows,
            warnings: errors,
        };
        Ok((page, cut))
    } else {
        Err(errors)
    }
}

/// pulldown-cmark accepts only spaces around the dashes of a table's delimiter row
/// (`|---|---|`), while GFM also accepts tabs, and hand-edited pages have tabs and full-width
/// spaces there. Other blanks in delimiter rows become spaces, byte for byte, so that offsets
/// and line numbers do not move; every other line is left alone.
fn blank_delimiter_rows_with_spaces(source: &str) -> Cow<'_, str> {
    let is_blank = |c: char| code::is_blank(c) && c != '\r' && c != '\n';
    let mut fixed: Option<String> = None;
    let mut start = 0;
    for line in source.split_inclusive('\n') {
        let content = line.trim_end_matches(['\r', '\n']);
        let delimiter_row = content.contains('-')
            && content.contains('|')
            && content
                .chars()
                .all(|c| matches!(c, '|' | ':' | '-') || is_blank(c));
        if delimiter_row && content.contains(|c: char| is_blank(c) && c != ' ') {
            let out = fixed.get_or_insert_with(|| source[..start].to_owned());
            for c in content.chars() {
                if is_blank(c) {
                    out.extend(std::iter::repeat(' ').take(c.len_utf8()));
                } else {
                    out.push(c);
                }
            }
            out.push_str(&line[content.len()..]);
        } else if let Some(out) = fixed.as_mut() {
            out.push_str(line);
        }
        start += line.len();
    }
    fixed.map_or(Cow::Borrowed(source), Cow::Owned)
}

/// A fenced code block (`block`, starting at line `first_line`) that is never closed swallows
/// the rest of the page; when an error-code table is in what it swallowed, that is an error at
/// the table's header, naming the line that was meant to close the block. Real pages do this
/// when the closing fence runs into the next sentence (`` ```Error 中的 Code ``): GFM reads
/// that as code, not as a fence.
fn unclosed_fence(block: &str, first_line: usize) -> Option<Diagnostic> {
    let mut block_lines = block.lines();
    let opening = block_lines.next()?.trim_start();
    let fence_char = opening.chars().next()?;
    let fence_len = opening.chars().take_while(|&c| c == fence_char).count();
    let fence: String = std::iter::repeat(fence_char).take(fence_len).collect();
    let closed = block.lines().skip(1).any(|line| {
        let line = line.trim();
        line.len() >= fence_len && line.chars().all(|c| c == fence_char)
    });
    if closed {
        return None;
    }
    let mut meant_to_close = None;
    for (offset, line) in block_lines.enumerate() {
        let line_number = first_line + 1 + offset;
        let trimmed = line.trim();
        if meant_to_close.is_none() && trimmed.starts_with(&fence) {
            meant_to_close = Some(line_number);
        }
        let header: Vec<String> = trimmed
            .trim_matches('|')
            .split('|')
            .map(|cell| cell.trim().to_owned())
            .collect();
        if header.len() > 1 && code_column(&header).is_some() {
            let cause = match meant_to_close {
                Some(at) => format!(
                    "line {at} has text after the {fence} meant to close it, and a closing \
                     fence stands alone on its line"
                ),
                None => "it has no closing fence".to_owned(),
            };
            return Some(Diagnostic::at_line(
                line_number,
                format!(
                    "this error-code table is inside the code block opened at line {first_line}, \
                     which is never closed ({cause}), so its codes would be lost; close the \
                     block with a line of only {fence}"
                ),
            ));
        }
    }
    None
}

/// Column positions of an error-code table.
#[derive(Clone, Copy)]
struct Columns {
    code: usize,
    description: usize,
    count: usize,
}

/// Where a table's rows go, and which cut codes may be joined.
struct Output<'a> {
    rows: &'a mut Vec<Row>,
    cut: &'a mut Vec<CutCode>,
    errors: &'a mut Vec<Diagnostic>,
    known: &'a dyn Fn(&str) -> bool,
}

struct TableState {
    line: usize,
    kind: TableKind,
    header: Vec<String>,
    /// `None` until the header is read, and for tables that are not error-code tables.
    columns: Option<Columns>,
    /// For a table whose header names no code column: what its cells look like.
    probe: Option<Probe>,
    skip: bool,
    row_line: usize,
    row_source: (usize, usize),
    cells: Vec<Cell>,
    cell: Option<Cell>,
}

impl TableState {
    fn new(line: usize, heading: &str) -> Self {
        let kind = if is_public_heading(heading) {
            TableKind::Public
        } else {
            TableKind::Service
        };
        TableState {
            line,
            kind,
            header: Vec::new(),
            columns: None,
            probe: None,
            skip: false,
            row_line: line,
            row_source: (0, 0),
            cells: Vec::new(),
            cell: None,
        }
    }

    fn event(
        &mut self,
        event: Event<'_>,
        range: std::ops::Range<usize>,
        source: &str,
        lines: &LineIndex,
        table_index: usize,
        out: &mut Output<'_>,
    ) {
        if self.skip {
            return;
        }
        match event {
            Event::End(TagEnd::TableHead) => {
                self.header = self
                    .cells
                    .drain(..)
                    .map(|c| c.text.trim().to_owned())
                    .collect();
                self.columns = self.find_columns(out.errors);
                if self.columns.is_none() {
                    if code_column(&self.header).is_none() {
                        self.probe = Some(Probe::new(self.line, &self.header));
                    } else {
                        self.skip = true;
                    }
                }
            }
            Event::Start(Tag::TableRow) => {
                self.row_line = lines.line_of(range.start);
                self.row_source = (range.start, range.end);
                self.cells.clear();
            }
            Event::End(TagEnd::TableRow) => self.end_row(source, table_index, out),
            Event::Start(Tag::TableCell) => self.cell = Some(Cell::default()),
            Event::End(TagEnd::TableCell) => {
                if let Some(cell) = self.cell.take() {
                    self.cells.push(cell.finish());
                }
            }
            other => {
                if let Some(cell) = self.cell.as_mut() {
                    if let Some(delimiter) = emphasis_delimiter(&other, &range, source) {
                        cell.delimiters.push((cell.text.len(), delimiter));
                    }
                    cell.event(other);
                }
            }
        }
    }

    /// A row of the table read: a [`Row`] of an error-code table (or its error), a row of a
    /// table being probed.
    fn end_row(&mut self, source: &str, table_index: usize, out: &mut Output<'_>) {
        let Output {
            rows,
            cut,
            errors,
            known,
        } = out;
        let cells = std::mem::take(&mut self.cells);
        if let Some(columns) = self.columns {
            let raw = source
                .get(self.row_source.0..self.row_source.1)
                .unwrap_or("");
            match self.row(columns, cells, raw, table_index, *known) {
                Ok((row, warning, written)) => {
                    if let Some(written) = written {
                        cut.push(CutCode {
                            line: self.row_line,
                            written,
                        });
                    }
                    if let Some(message) = warning {
                        errors.push(Diagnostic::warning(Location::Line(self.row_line), message));
                    }
                    rows.push(row);
                }
                Err(message) => errors.push(Diagnostic::at_line(self.row_line, message)),
            }
        } else if let Some(probe) = self.probe.as_mut() {
            probe.row(&cells);
        }
    }

    fn find_columns(&self, errors: &mut Vec<Diagnostic>) -> Option<Columns> {
        let code = code_column(&self.header)?;
        match description_column(&self.header) {
            Some(description) => Some(Columns {
                code,
                description,
                count: self.header.len(),
            }),
            None => {
                errors.push(Diagnostic::at_line(
                    self.line,
                    format!(
                        "table has an error-code column (`{}`) but no description column; \
                         name one of its columns {}",
                        self.header[code],
                        quote_list(DESCRIPTION_HEADERS)
                    ),
                ));
                None
            }
        }
    }

    /// The row, a warning about it, and the code cell as written when it is a cut code that
    /// `known` joins.
    fn row(
        &self,
        columns: Columns,
        cells: Vec<Cell>,
        raw: &str,
        table: usize,
        known: &dyn Fn(&str) -> bool,
    ) -> Result<(Row, Option<String>, Option<String>), String> {
        let written = count_cells(raw);
        if written > columns.count {
            return Err(format!(
                "row has {written} cells but the table header has {}; a `|` inside a \
                 description must be escaped as `\\|` (also inside inline code)",
                columns.count
            ));
        }
        let mut cells = cells.into_iter();
        let mut code_cell = None;
        let mut description_cell = None;
        for index in 0..columns.count {
            let cell = cells.next();
            if index == columns.code {
                code_cell = cell;
            } else if index == columns.description {
                description_cell = cell;
            }
        }
        if let Some(html) = code_cell.as_ref().and_then(|c| c.html.as_deref()) {
            return Err(format!(
                "error-code cell contains the HTML tag `{html}`; write the bare code"
            ));
        }
        let as_written = code_cell.as_ref().map(Cell::code_text).unwrap_or_default();
        let (read, cut) = match &code_cell {
            Some(cell) => match read_code_cell(&as_written, &cell.text, &cell.delimiters) {
                Ok(read) => (read, None),
                Err(message) => {
                    let code = joined_code(&as_written, known).ok_or(message)?;
                    let read = code::ReadCode {
                        code,
                        artefacts: None,
                        trailing_dot: false,
                    };
                    (
                        read,
                        Some(as_written.trim_matches(code::is_blank).to_owned()),
                    )
                }
            },
            None => (read_code_cell("", "", &[])?, None),
        };
        let warning = read.artefacts.map(|artefacts| {
            format!(
                "code `{}` read from a cell with copy-paste artefacts around it ({artefacts}); \
                 write the bare code",
                read.code
            )
        });
        let description = description_cell.and_then(Cell::into_description);
        let row = Row {
            code: read.code,
            trailing_dot: read.trailing_dot,
            description,
            line: self.row_line,
            table,
            kind: self.kind,
        };
        Ok((row, warning, cut))
    }
}

/// The code a cell cut by white space spells (`A.B c` → `A.Bc`) when `known` says it is one;
/// `None` for a cell without white space inside it, or one that is no known code without it.
fn joined_code(written: &str, known: &dyn Fn(&str) -> bool) -> Option<String> {
    let trimmed = written.trim_matches(code::is_blank);
    if !trimmed.contains(code::is_blank) {
        return None;
    }
    let joined: String = trimmed.chars().filter(|&c| !code::is_blank(c)).collect();
    normalise_code(&joined).ok().filter(|code| known(code))
}

/// What the cells of a table that is not an error-code table look like, column by column: a
/// table whose header names no code column but whose rows hold codes must not be skipped in
/// silence. The rule (also in `docs/design.md`, "Reading a page"): in a table of at least two
/// rows, a column where more than half of the rows are codes of a public family
/// (`InvalidParameter.X`, `AuthFailure`: `Category::of` is not `ServiceSpecific`) makes the
/// page an error; otherwise a column where more than half of the rows are well-formed codes
/// with a `.` or of a public family is a warning (a parameter table listing `Filters.N` looks
/// the same).
struct Probe {
    line: usize,
    header: Vec<String>,
    rows: usize,
    /// Per column: rows whose cell is a code of a public family, and rows whose cell is a
    /// well-formed code with a `.` in another family; and the first such code.
    columns: Vec<(usize, usize, Option<String>)>,
}

impl Probe {
    fn new(line: usize, header: &[String]) -> Self {
        Probe {
            line,
            header: header.to_vec(),
            rows: 0,
            columns: vec![(0, 0, None); header.len()],
        }
    }

    fn row(&mut self, cells: &[Cell]) {
        self.rows += 1;
        for (cell, column) in cells.iter().zip(self.columns.iter_mut()) {
            if cell.html.is_some() {
                continue;
            }
            let Ok(read) = read_code_cell(&cell.code_text(), &cell.text, &cell.delimiters) else {
                continue;
            };
            let public = tencent_errors_runtime::Category::of(&read.code)
                != tencent_errors_runtime::Category::ServiceSpecific;
            if public {
                column.0 += 1;
            } else if read.code.contains('.')
                && read.code.starts_with(|c: char| c.is_ascii_alphabetic())
            {
                // Dotted numbers (`1.0`) are versions, not codes, for this guess.
                column.1 += 1;
            } else {
                continue;
            }
            column.2.get_or_insert(read.code);
        }
    }

    /// The error or warning for this table, if it looks like an error-code table.
    fn verdict(self) -> Option<Diagnostic> {
        if self.rows < 2 {
            return None;
        }
        let majority = |count: usize| count * 2 > self.rows;
        let column = |error: bool| {
            self.columns.iter().position(|&(public, dotted, _)| {
                if error {
                    majority(public)
                } else {
                    majority(public + dotted)
                }
            })
        };
        let (index, error) = match column(true) {
            Some(index) => (index, true),
            None => (column(false)?, false),
        };
        let example = self.columns[index].2.clone().unwrap_or_default();
        let header = self.header.get(index).map_or("", String::as_str);
        let expected = format!(
            "head its code column `错误码` and its description column `说明` (recognised: {} for \
             codes, {} for descriptions)",
            quote_list(CODE_HEADERS),
            quote_list(DESCRIPTION_HEADERS)
        );
        let location = Location::Line(self.line);
        Some(if error {
            Diagnostic::error(
                location,
                format!(
                    "table looks like an error-code table (column `{header}` holds codes such \
                     as `{example}`) but its header is not recognised, so its codes would be \
                     lost; {expected}"
                ),
            )
        } else {
            Diagnostic::warning(
                location,
                format!(
                    "table is skipped, but column `{header}` holds what look like error codes \
                     (such as `{example}`); if it is an error-code table, {expected}"
                ),
            )
        })
    }
}

/// The cells of a table row's source, as GFM splits them: on every `|` that is not escaped
/// (`\|`), a leading and a trailing one dropped; each cell trimmed, escapes kept. The one cell
/// splitter of the page readers.
pub(super) fn split_cells(raw: &str) -> Vec<&str> {
    let row = raw.trim_end_matches(['\n', '\r']).trim();
    let bytes = row.as_bytes();
    // An indexed pass over the bytes: cheap unoptimised.
    let mut pipes = Vec::new();
    let mut escaped = false;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => escaped = !escaped,
            b'|' if !escaped => pipes.push(at),
            _ => escaped = false,
        }
        at += 1;
    }
    let mut start = 0;
    let mut end = row.len();
    if pipes.first() == Some(&0) {
        start = 1;
        pipes.remove(0);
    }
    if row.len() > 1 && pipes.last() == Some(&(row.len() - 1)) {
        end = row.len() - 1;
        pipes.pop();
    }
    let mut cells = Vec::with_capacity(pipes.len() + 1);
    for pipe in pipes {
        cells.push(row[start..pipe].trim());
        start = pipe + 1;
    }
    cells.push(row[start..end].trim());
    cells
}

/// How many cells a table row's source has ([`split_cells`]).
fn count_cells(raw: &str) -> usize {
    split_cells(raw).len()
}

/// Byte offset → 1-based line number: the one line index of the page readers.
pub(super) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub(super) fn new(source: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    pub(super) fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(index) => index + 1,
            Err(index) => index,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(page: &str) -> Vec<String> {
        parse_page(page)
            .expect("page parses")
            .rows
            .into_iter()
            .map(|r| r.code)
            .collect()
    }

    fn error_lines(page: &str) -> Vec<(usize, String)> {
        parse_page(page)
            .expect_err("page is rejected")
            .into_iter()
            .map(|e| (e.line().unwrap_or(0), e.message))
            .collect()
    }

    #[test]
    fn reads_both_tables_and_ignores_other_tables() {
        let page = "### 公共错误码\n\n| 错误码 | 说明 |\n|---|---|\n| AuthFailure | 鉴权失败 |\n\n\
                    | 参数 | 含义 |\n|---|---|\n| Foo | bar |\n\n### 业务错误码\n\n\
                    | 错误码 | 说明 |\n|:--|:--|\n| FailedOperation.Foo | 失败 |\n";
        let rows = parse_page(page).expect("parses").rows;
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].kind, TableKind::Public);
        assert_eq!(rows[0].line, 5);
        assert_eq!(rows[1].kind, TableKind::Service);
        assert_eq!(rows[1].code, "FailedOperation.Foo");
        assert_eq!(rows[1].line, 15);
        assert_eq!(rows[1].table, 1);
    }

    #[test]
    fn tables_without_outer_pipes_crlf_bom_and_english_headers() {
        let page = "\u{feff}Error Code | Description\r\n--|--\r\nA.B | first\r\nc-d_e.f.g.h | second  \r\n";
        assert_eq!(codes(page), ["A.B", "c-d_e.f.g.h"]);
    }

    #[test]
    fn tabs_and_full_width_spaces_in_delimiter_rows() {
        let page = "| 错误码 | 说明 |\r\n|---\t|:--|\t\r\n| A | a\t|\n\n错误码 | 说明\n---|---\u{3000}\nB | b\n";
        assert_eq!(codes(page), ["A", "B"]);
        let fixed = blank_delimiter_rows_with_spaces(page);
        assert_eq!(fixed.len(), page.len());
        assert!(fixed.contains("| A | a\t|"), "only delimiter rows change");
        assert!(matches!(
            blank_delimiter_rows_with_spaces("|-|-|\n- a\t\n"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn cells_are_counted_as_gfm_splits_them() {
        assert_eq!(count_cells("| a | b |\n"), 2);
        assert_eq!(count_cells("a | b"), 2);
        assert_eq!(count_cells("| a \\| b |"), 1, "an escaped pipe");
        assert_eq!(count_cells("| a \\\\| b |"), 2, "an escaped backslash");
        assert_eq!(count_cells("|"), 1);
        assert_eq!(count_cells("||"), 1);
        assert_eq!(count_cells(""), 1);
    }

    #[test]
    fn descriptions_keep_markup_and_absolute_links() {
        let page = "| 错误码 | 说明 |\n|---|---|\n\
                    | A | [`Filter`](/document/api/213/15753#Filter) 传值 *超出* a\\|b <br> x &amp; y https://example.com/a。 |\n";
        let rows = parse_page(page).expect("parses").rows;
        let description = rows[0].description.clone().expect("has a description");
        assert_eq!(
            description.text,
            "Filter 传值 超出 a|b \n x & y https://example.com/a。"
        );
        assert_eq!(
            description.markdown,
            "[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter) 传值 *超出* a\\|b \\\n x \\& y <https://example.com/a>。"
        );
    }

    #[test]
    fn unresolvable_links_keep_their_text() {
        let page = "| 错误码 | 说明 |\n|---|---|\n| A | see [this](#anchor) |\n";
        let rows = parse_page(page).expect("parses").rows;
        assert_eq!(
            rows[0].description.as_ref().map(|d| d.markdown.as_str()),
            Some("see this")
        );
    }

    #[test]
    fn markdown_specials_in_text_are_escaped() {
        let page = "| 错误码 | 说明 |\n|---|---|\n| A | 字符（_+-&=!@#$%^*()）[x] <y> |\n";
        let rows = parse_page(page).expect("parses").rows;
        let markdown = &rows[0].description.as_ref().expect("description").markdown;
        assert_eq!(markdown, "字符（\\_+-\\&=\\!@\\#$%^\\*()）\\[x\\] \\<y\\>");
    }

    #[test]
    fn html_tags_are_dropped_but_their_text_kept() {
        let page = "| 错误码 | 说明 |\n|---|---|\n| A | <b>bold</b> and <script>x</script> <!-- c --> <InstanceId> |\n";
        let rows = parse_page(page).expect("parses").rows;
        let description = rows[0].description.as_ref().expect("description");
        assert_eq!(description.text, "bold and x  <InstanceId>");
        assert_eq!(description.markdown, "bold and x  \\<InstanceId\\>");
    }

    #[test]
    fn empty_description_is_none() {
        let rows = parse_page("| 错误码 | 说明 |\n|---|---|\n| A |  |\n| B |\n")
            .expect("parses")
            .rows;
        assert!(rows.iter().all(|r| r.description.is_none()));
    }

    #[test]
    fn bad_rows_are_reported_with_their_lines() {
        let page = "# t\n\n| 错误码 | 说明 |\n|---|---|\n| Good | ok |\n| Bad Code | x |\n|  | y |\n| A | b | c |\n";
        let errors = error_lines(page);
        assert_eq!(errors.len(), 3);
        assert_eq!(errors[0].0, 6);
        assert!(errors[0].1.contains("space"));
        assert_eq!(errors[1].0, 7);
        assert!(errors[1].1.contains("empty"));
        assert_eq!(errors[2].0, 8);
        assert!(errors[2].1.contains("3 cells"));
    }

    #[test]
    fn underscores_in_codes_are_not_emphasis() {
        let page = "| 错误码 | 说明 |\n|---|---|\n| a._.a_ | x |\n|a-_._|y|\n| A.__B__.C | _z_ |\n";
        assert_eq!(codes(page), ["a._.a_", "a-_._", "A.__B__.C"]);
        let rows = parse_page(page).expect("parses").rows;
        assert_eq!(
            rows[2].description.as_ref().map(|d| d.text.as_str()),
            Some("z")
        );
        // Emphasis inside a code is not an artefact around it: an error that quotes the cell.
        let errors = error_lines("| 错误码 | 说明 |\n|---|---|\n| A**B** | x |\n");
        assert!(
            errors[0].1.contains("`A**B**` contains `*`"),
            "{}",
            errors[0].1
        );
    }

    #[test]
    fn artefacts_around_codes_are_read_with_warnings() {
        let page = "| 错误码 | 说明 |\n|---|---|\n| **FailedOperation.X** | a |\n| *B* | b |\n\
                    | __C__ | c |\n| D。 | d |\n| E；| e |\n| \u{200b}F\u{2060} | f |\n\
                    | \u{feff}G\u{200c}\u{200d} | g |\n| H | h |\n";
        let parsed = parse_page(page).expect("parses");
        let codes: Vec<&str> = parsed.rows.iter().map(|r| r.code.as_str()).collect();
        assert_eq!(
            codes,
            ["FailedOperation.X", "B", "C", "D", "E", "F", "G", "H"]
        );
        let lines: Vec<usize> = parsed
            .warnings
            .iter()
            .filter_map(Diagnostic::line)
            .collect();
        assert_eq!(
            lines,
            [3, 4, 5, 6, 7, 8, 9],
            "one warning per row but the bare one"
        );
        assert!(parsed.warnings.iter().all(|w| !w.is_error()));
        assert_eq!(
            parsed.warnings[0].message,
            "code `FailedOperation.X` read from a cell with copy-paste artefacts around it \
             (the bold markers `**`); write the bare code"
        );
        assert!(parsed.warnings[5]
            .message
            .contains("U+200B ZERO WIDTH SPACE before the code"));
        // Characters inside a code stay errors, named by code point.
        let errors =
            error_lines("| 错误码 | 说明 |\n|---|---|\n| A\u{200b}B | x |\n| C。D | y |\n");
        assert!(
            errors[0].1.contains("U+200B ZERO WIDTH SPACE"),
            "{}",
            errors[0].1
        );
        assert!(
            errors[1].1.contains("U+3002 IDEOGRAPHIC FULL STOP"),
            "{}",
            errors[1].1
        );
    }

    #[test]
    fn every_header_wording_makes_an_error_code_table() {
        for (code, description) in [
            ("错误代码", "说明"),
            ("返回码", "说明"),
            ("错误码（Code）", "错误信息"),
            ("Error Code", "Message"),
            ("Code", "Meaning"),
            ("错误码", "含义"),
            ("错误码", "备注"),
        ] {
            let page = format!("| {code} | {description} |\n|---|---|\n| A.B | x |\n");
            assert_eq!(codes(&page), ["A.B"], "{code} | {description}");
        }
    }

    #[test]
    fn tables_of_codes_under_unknown_headers_are_not_skipped_in_silence() {
        // Public families in the first column: an error naming the headers to use.
        let errors = error_lines(
            "# t\n\n| 代码 | 解释 |\n|---|---|\n| InvalidParameter.X | a |\n| AuthFailure | b |\n",
        );
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].0, 3);
        assert!(
            errors[0].1.starts_with(
                "table looks like an error-code table (column `代码` holds codes such as \
                 `InvalidParameter.X`) but its header is not recognised"
            ),
            "{}",
            errors[0].1
        );
        assert!(errors[0].1.contains("`错误码`"), "{}", errors[0].1);
        // Also beside a real error-code table, and in any column.
        let errors = error_lines(
            "| 错误码 | 说明 |\n|---|---|\n| A | a |\n\n| 序号 | 名称 |\n|---|---|\n\
             | 1 | FailedOperation.X |\n| 2 | FailedOperation.Y |\n| 3 | x |\n",
        );
        assert_eq!(errors[0].0, 5);
        // Dotted names of no public family could be a parameter table: a warning.
        let page = "| 错误码 | 说明 |\n|---|---|\n| A | a |\n\n| 参数名称 | 含义 |\n|---|---|\n\
                    | Filters.N | x |\n| InstanceIds.N | y |\n";
        let parsed = parse_page(page).expect("a warning only");
        assert_eq!(parsed.rows.len(), 1);
        assert_eq!(parsed.warnings.len(), 1);
        assert_eq!(parsed.warnings[0].line(), Some(5));
        assert!(parsed.warnings[0]
            .message
            .starts_with("table is skipped, but column `参数名称`"));
        // One row, or a minority of codes, or plain words: other tables stay ignored.
        for other in [
            "| 参数 | 含义 |\n|---|---|\n| InvalidParameter.X | a |\n",
            "| 参数 | 含义 |\n|---|---|\n| InvalidParameter | a |\n| b c | d |\n| e f | g |\n",
            "| 参数 | 类型 |\n|---|---|\n| Limit | Integer |\n| Offset | Integer |\n",
        ] {
            let page = format!("| 错误码 | 说明 |\n|---|---|\n| A | a |\n\n{other}");
            let parsed = parse_page(&page).expect("parses");
            assert!(parsed.warnings.is_empty(), "{other}: {:?}", parsed.warnings);
        }
    }

    #[test]
    fn html_lists_and_details_in_descriptions() {
        let page = "| 错误码 | 说明 |\n|---|---|\n\
                    | A | 可选：<ul><li>一级</li><li>二级 <b>x</b></li></ul>其他 |\n\
                    | B | <ol><li>-a</li><li>b</li></ol> |\n\
                    | C | <details><summary>更多</summary>内容</details> |\n";
        let rows = parse_page(page).expect("parses").rows;
        let description = |index: usize| rows[index].description.clone().expect("description");
        assert_eq!(description(0).text, "可选：\n- 一级\n- 二级 x\n其他");
        assert_eq!(description(0).markdown, "可选：\n- 一级\n- 二级 x\n\n其他");
        assert_eq!(description(1).text, "1. -a\n2. b");
        assert_eq!(description(1).markdown, "1. \\-a\n2. b");
        assert_eq!(description(2).text, "更多\n内容");
        assert_eq!(description(2).markdown, "更多\\\n内容");
    }

    #[test]
    fn html_in_a_code_cell_is_an_error() {
        let errors = error_lines(
            "| 错误码 | 说明 |\n|---|---|\n| <b>A</b> | x |\n| B<br> | y |\n| <C> | z |\n",
        );
        assert_eq!(errors.iter().map(|e| e.0).collect::<Vec<_>>(), [3, 4, 5]);
        assert!(errors[0].1.contains("HTML tag `<b>`"), "{}", errors[0].1);
        assert!(errors[1].1.contains("HTML tag `<br>`"), "{}", errors[1].1);
        assert!(errors[2].1.contains("contains `<`"), "{}", errors[2].1);
    }

    #[test]
    fn a_pipe_in_a_code_span_is_an_extra_cell() {
        let errors = error_lines("| 错误码 | 说明 |\n|---|---|\n| A | use `a|b` |\n");
        assert_eq!(errors[0].0, 3);
        assert!(errors[0].1.contains("\\|"));
    }

    #[test]
    fn a_trailing_dot_the_reader_drops_is_on_the_row() {
        let page = "| 错误码 | 说明 |\n|---|---|\n| AuthFailure. | x |\n| `B.C.` | y |\n\
                    | **D.** | z |\n| E | see E. |\n";
        let rows = parse_page(page).expect("parses").rows;
        let dots: Vec<(&str, bool)> = rows
            .iter()
            .map(|r| (r.code.as_str(), r.trailing_dot))
            .collect();
        assert_eq!(
            dots,
            [
                ("AuthFailure", true),
                ("B.C", true),
                ("D", true),
                ("E", false)
            ]
        );
    }

    #[test]
    fn cells_are_split_where_they_are_counted() {
        assert_eq!(split_cells("| Action | a \\| b |\n"), ["Action", "a \\| b"]);
        assert_eq!(split_cells("A | b"), ["A", "b"]);
        assert_eq!(split_cells("| A | b\\\\| c |"), ["A", "b\\\\", "c"]);
        assert_eq!(split_cells("|"), [""]);
        assert_eq!(split_cells(""), [""]);
    }

    #[test]
    fn escaped_pipes_are_not_cells() {
        assert_eq!(count_cells("| A | a\\|b |\n"), 2);
        assert_eq!(count_cells("A | b"), 2);
        assert_eq!(count_cells("| A | b | c |"), 3);
        assert_eq!(count_cells("| A | b\\\\| c |"), 3);
    }

    #[test]
    fn a_page_without_tables_or_without_description_column() {
        let errors = error_lines("# nothing here\n\njust prose\n");
        assert_eq!(errors[0].0, 0);
        assert!(errors[0].1.contains("no error-code table"));
        // `备注` (remarks) is a description column since issue 10; `状态` (state) is not.
        let errors = error_lines("text\n\n| 错误码 | 状态 |\n|---|---|\n| A | b |\n");
        assert_eq!(errors[0].0, 3);
        assert!(errors[0].1.contains("no description column"));
    }

    #[test]
    fn tables_without_rows_are_an_error() {
        let errors = error_lines("# t\n\n| 错误码 | 说明 |\n|---|---|\n\nprose\n");
        assert_eq!(
            errors,
            [(
                3,
                "the error-code tables have no rows: the page lists no codes".to_owned()
            )]
        );
    }

    /// What real pages do (issue 21): each page below is read with exactly the codes listed
    /// beside it, written out by hand rather than by the reader.
    #[test]
    fn habits_of_real_pages_lose_no_row() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "a BOM and leading blank lines",
                "\u{feff}\n\n\n## 功能说明\n\n| 错误码 | 说明 |\n|---|---|\n| A | a |\n| B.C | b |\n",
                &["A", "B.C"],
            ),
            (
                "rows without a leading pipe",
                "错误码 | 说明 |\n---|---|\nA.B | a |\nC | c |\n",
                &["A.B", "C"],
            ),
            (
                "a padded, column-aligned table",
                "| 错误码         | 说明   |\n|:---------------|:-------|\n| A.B            | a      |\n\
                 | CCCCCCCCCCCCCC | c      |\n",
                &["A.B", "CCCCCCCCCCCCCC"],
            ),
            (
                "`|:---|` delimiters",
                "| 错误码 | 说明 |\n|:---|:---|\n| A | a |\n",
                &["A"],
            ),
            (
                "no space before the closing pipe",
                "| 错误码 | 说明 |\n|---|---|\n| A | a。|\n| B |b|\n|C|c|\n",
                &["A", "B", "C"],
            ),
            (
                "backticks, bold and links in cells",
                "| 错误码 | 说明 |\n|---|---|\n| `A.B` | **x** [y](/document/1) `z` |\n\
                 | **C** | c |\n| [D](/x) | d |\n",
                &["A.B", "C", "D"],
            ),
            (
                "the same code twice with different descriptions",
                "| 错误码 | 说明 |\n|---|---|\n| A | one |\n| A | two |\n| B | b |\n",
                &["A", "A", "B"],
            ),
            (
                "a service section that repeats public codes",
                "### 公共错误码\n\n| 错误码 | 说明 |\n|---|---|\n| InvalidParameter | 参数错误。 |\n\n\
                 ### 业务错误码\n\n\n\n| 错误码 | 说明 |\n|:---|:---|\n| InvalidParameter | 参数错误 |\n\
                 | InvalidParameter.X | x |\n",
                &["InvalidParameter", "InvalidParameter", "InvalidParameter.X"],
            ),
            (
                "codes without a dot",
                "| 错误码 | 说明 |\n|---|---|\n| CdbError | a |\n| OperationDenied | b |\n",
                &["CdbError", "OperationDenied"],
            ),
            (
                "the JSON example flattened onto one line",
                "## 功能说明\n\n```\n{\"Response\":{\"Error\":{\"Code\":\"A\"}}}\n```\n\
                 Error 中的 Code 表示错误码\n\n| 错误码 | 说明 |\n|---|---|\n| A | a |\n",
                &["A"],
            ),
            (
                "the JSON example in one fenced line",
                "```{\"Response\":{\"Error\":{\"Code\":\"A\"}}}```Error 中的 Code 表示错误码。\n\n\
                 | 错误码 | 说明 |\n|---|---|\n| A | a |\n",
                &["A"],
            ),
            (
                "the JSON example run into the next sentence, unfenced",
                "{\"Response\":{\"Error\":{\"Code\":\"A\"}}}Error 中的 Code 表示错误码。\n\
                 | 错误码 | 说明 |\n|---|---|\n| A | a |\n",
                &["A"],
            ),
        ];
        for (habit, page, expected) in cases {
            let parsed = parse_page(page).unwrap_or_else(|e| panic!("{habit}: {e:?}"));
            let codes: Vec<&str> = parsed.rows.iter().map(|r| r.code.as_str()).collect();
            assert_eq!(&codes, expected, "{habit}");
        }
    }

    #[test]
    fn a_heading_ending_in_a_tab_still_names_the_public_table() {
        let rows = parse_page("### 公共错误码\t\n\n| 错误码 | 说明 |\n|---|---|\n| A | a |\n")
            .expect("parses")
            .rows;
        assert_eq!(rows[0].kind, TableKind::Public);
    }

    #[test]
    fn a_fence_run_into_the_next_sentence_is_an_error_at_the_table() {
        let page = "## 功能说明\n\n```\n{\"Response\":{}}\n```Error 中的 Code 表示错误码\n\n\
                    | 错误码 | 说明 |\n|---|---|\n| A | a |\n";
        let errors = error_lines(page);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].0, 7);
        assert!(
            errors[0].1.contains("code block opened at line 3")
                && errors[0]
                    .1
                    .contains("line 5 has text after the ``` meant to close it"),
            "{}",
            errors[0].1
        );
        // Without anything that looks like a closing fence.
        let errors = error_lines("```\n{}\n\n| 错误码 | 说明 |\n|---|---|\n| A | a |\n");
        assert_eq!(errors[0].0, 4);
        assert!(errors[0].1.contains("no closing fence"), "{}", errors[0].1);
        // A closed block, or an unclosed one with no table in it, is fine.
        assert_eq!(
            codes("```\n{}\n```\n\n| 错误码 | 说明 |\n|---|---|\n| A | a |\n"),
            ["A"]
        );
    }

    #[test]
    fn line_index_maps_offsets() {
        let index = LineIndex::new("a\nbc\n\nd");
        assert_eq!(index.line_of(0), 1);
        assert_eq!(index.line_of(2), 2);
        assert_eq!(index.line_of(3), 2);
        assert_eq!(index.line_of(5), 3);
        assert_eq!(index.line_of(6), 4);
    }
}
