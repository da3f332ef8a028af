//! Reading an error-code page: every markdown table with an error-code column and a description
//! column, parsed with pulldown-cmark.
//!
//! What a page may hold, and what is an error (reported with the row's line):
//!
//! - Tables with or without outer pipes, any alignment row (`|:--|--:|`, also with tabs),
//!   CRLF line endings, a UTF-8 byte-order mark, trailing blanks, Chinese or English headers.
//! - Code cells are trimmed and lose one trailing `.`; the rest must be `[A-Za-z]` followed by
//!   `[A-Za-z0-9._-]`, with no empty segment. `_` in a code is never emphasis (`A._B_` is that
//!   code). HTML in a code cell is an error (`<b>Code</b>`), and so is `*` (`**Code**`).
//! - Description cells: `<br>` becomes a line break, known formatting tags (`<b>`, `<font>`,
//!   ...) are dropped and their text kept, `<Placeholder>`-like words that are not HTML stay as
//!   text, entities are decoded, `\|` is a pipe (also inside inline code).
//! - A row with more cells than the header is an error: GFM would drop the extra cells, losing
//!   text after an unescaped `|` (typically one inside inline code).
//! - The same code twice in one table: merged when the descriptions agree, an error naming
//!   both lines when they differ (see [`crate::model::Model::build`]).

use std::borrow::Cow;
use std::fmt;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Header texts that mark the error-code column (compared after trimming, ASCII case-insensitive).
pub const CODE_HEADERS: &[&str] = &["错误码", "Error Code", "Code", "ErrorCode"];
/// Header texts that mark the description column.
pub const DESCRIPTION_HEADERS: &[&str] = &[
    "说明",
    "错误描述",
    "描述",
    "Description",
    "Error Description",
    "Error Message",
];

/// Where relative links on Tencent's pages point to.
const SITE: &str = "https://cloud.tencent.com";

/// One row of an error-code table, normalised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The code, trimmed, with a trailing `.` removed.
    pub code: String,
    /// The description, `None` when the cell is empty.
    pub description: Option<Description>,
    /// 1-based line of the row in the page.
    pub line: usize,
    /// Which table the row came from (0-based, counting only error-code tables).
    pub table: usize,
    /// Whether that table is the public table (公共错误码) or a service table.
    pub kind: TableKind,
}

/// A description cell in two renderings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Description {
    /// Markdown for rustdoc: inline code, emphasis and links kept, relative links made absolute,
    /// everything else escaped so rustdoc shows the text as written.
    pub markdown: String,
    /// Plain text: what `description()` returns.
    pub text: String,
}

/// The role of a table, from the nearest heading above it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableKind {
    /// Under a heading that names the common codes (`公共错误码`, "Common Error Codes").
    Public,
    /// Any other error-code table (`业务错误码`, ...).
    Service,
}

/// A problem with a page, at a line (0 when it concerns the whole page).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageError {
    /// 1-based line, or 0 for the whole page.
    pub line: usize,
    /// What is wrong, and how to fix it.
    pub message: String,
}

impl PageError {
    fn at(line: usize, message: impl Into<String>) -> Self {
        PageError {
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            f.write_str(&self.message)
        } else {
            write!(f, "line {}: {}", self.line, self.message)
        }
    }
}

/// Parses a page and returns its rows in page order, or every problem found.
///
/// A page without any error-code table is an error; other tables and prose are ignored.
pub fn parse_page(source: &str) -> Result<Vec<Row>, Vec<PageError>> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let source = &*blank_delimiter_rows_with_spaces(source);
    let lines = LineIndex::new(source);
    let mut rows = Vec::new();
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
            Event::Start(Tag::Table(_)) => {
                table = Some(TableState::new(lines.line_of(range.start), &last_heading));
            }
            Event::End(TagEnd::Table) => {
                if let Some(state) = table.take() {
                    if state.columns.is_some() {
                        tables_seen += 1;
                        first_table_line.get_or_insert(state.line);
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
                        &mut rows,
                        &mut errors,
                    );
                }
            }
        }
    }

    if tables_seen > 0 && rows.is_empty() && errors.is_empty() {
        errors.push(PageError::at(
            first_table_line.unwrap_or(0),
            "the error-code tables have no rows: the page lists no codes",
        ));
    }
    if tables_seen == 0 && errors.is_empty() {
        errors.push(PageError::at(
            0,
            format!(
                "no error-code table found: expected a markdown table whose header has a code \
                 column ({}) and a description column ({})",
                quoted(CODE_HEADERS),
                quoted(DESCRIPTION_HEADERS)
            ),
        ));
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

/// pulldown-cmark accepts only spaces around the dashes of a table's delimiter row
/// (`|---|---|`), while GFM also accepts tabs, and hand-edited pages have tabs and full-width
/// spaces there. Other blanks in delimiter rows become spaces, byte for byte, so that offsets
/// and line numbers do not move; every other line is left alone.
fn blank_delimiter_rows_with_spaces(source: &str) -> Cow<'_, str> {
    let is_blank = |c: char| c.is_whitespace() && c != '\r' && c != '\n';
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

fn quoted(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Column positions of an error-code table.
#[derive(Clone, Copy)]
struct Columns {
    code: usize,
    description: usize,
    count: usize,
}

struct TableState {
    line: usize,
    kind: TableKind,
    header: Vec<String>,
    /// `None` until the header is read, and for tables that are not error-code tables.
    columns: Option<Columns>,
    skip: bool,
    row_line: usize,
    row_source: (usize, usize),
    cells: Vec<Cell>,
    cell: Option<Cell>,
}

impl TableState {
    fn new(line: usize, heading: &str) -> Self {
        let lower = heading.to_lowercase();
        let kind =
            if heading.contains("公共") || lower.contains("common") || lower.contains("public") {
                TableKind::Public
            } else {
                TableKind::Service
            };
        TableState {
            line,
            kind,
            header: Vec::new(),
            columns: None,
            skip: false,
            row_line: line,
            row_source: (0, 0),
            cells: Vec::new(),
            cell: None,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn event(
        &mut self,
        event: Event<'_>,
        range: std::ops::Range<usize>,
        source: &str,
        lines: &LineIndex,
        table_index: usize,
        rows: &mut Vec<Row>,
        errors: &mut Vec<PageError>,
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
                self.columns = self.find_columns(errors);
                if self.columns.is_none() {
                    self.skip = true;
                }
            }
            Event::Start(Tag::TableRow) => {
                self.row_line = lines.line_of(range.start);
                self.row_source = (range.start, range.end);
                self.cells.clear();
            }
            Event::End(TagEnd::TableRow) => {
                let cells = std::mem::take(&mut self.cells);
                if let Some(columns) = self.columns {
                    let raw = source
                        .get(self.row_source.0..self.row_source.1)
                        .unwrap_or("");
                    match self.row(columns, cells, raw, table_index) {
                        Ok(row) => rows.push(row),
                        Err(message) => errors.push(PageError::at(self.row_line, message)),
                    }
                }
            }
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

    fn find_columns(&self, errors: &mut Vec<PageError>) -> Option<Columns> {
        let position = |names: &[&str]| {
            self.header
                .iter()
                .position(|h| names.iter().any(|n| h.eq_ignore_ascii_case(n)))
        };
        let code = position(CODE_HEADERS)?;
        match position(DESCRIPTION_HEADERS) {
            Some(description) => Some(Columns {
                code,
                description,
                count: self.header.len(),
            }),
            None => {
                errors.push(PageError::at(
                    self.line,
                    format!(
                        "table has an error-code column (`{}`) but no description column; \
                         name one of its columns {}",
                        self.header[code],
                        quoted(DESCRIPTION_HEADERS)
                    ),
                ));
                None
            }
        }
    }

    fn row(
        &self,
        columns: Columns,
        cells: Vec<Cell>,
        raw: &str,
        table: usize,
    ) -> Result<Row, String> {
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
        let code = normalise_code(
            code_cell
                .map(|c| c.code_text())
                .unwrap_or_default()
                .as_str(),
        )?;
        let description = description_cell.and_then(Cell::into_description);
        Ok(Row {
            code,
            description,
            line: self.row_line,
            table,
            kind: self.kind,
        })
    }
}

/// Counts the cells a table row's source has, as GFM splits them: on every `|` that is not
/// escaped, ignoring a leading and a trailing one.
fn count_cells(raw: &str) -> usize {
    let row = raw.trim_end_matches(['\n', '\r']).trim();
    let bytes = row.as_bytes();
    // An indexed pass that keeps what the count needs, not every pipe: cheap unoptimised.
    let (mut pipes, mut first_pipe, mut last_pipe) = (0, None, None);
    let mut escaped = false;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => escaped = !escaped,
            b'|' if !escaped => {
                pipes += 1;
                first_pipe = first_pipe.or(Some(at));
                last_pipe = Some(at);
            }
            _ => escaped = false,
        }
        at += 1;
    }
    let mut cells = pipes + 1;
    if first_pipe == Some(0) {
        cells -= 1;
    }
    if bytes.len() > 1 && last_pipe == Some(bytes.len() - 1) {
        cells -= 1;
    }
    cells
}

/// Trims and checks a code cell: surrounding blanks (also full-width and no-break spaces) and
/// one trailing `.` are dropped; what remains must be `[A-Za-z][A-Za-z0-9_-]*` segments joined
/// by single dots.
pub fn normalise_code(cell: &str) -> Result<String, String> {
    let is_blank = |c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}';
    let trimmed = cell.trim_matches(is_blank);
    let code = trimmed.strip_suffix('.').unwrap_or(trimmed);
    if is_well_formed(code) {
        Ok(code.to_owned())
    } else {
        check_code(trimmed, code)
    }
}

/// The rule of [`normalise_code`], written to say what is wrong: `trimmed` is the cell without
/// its blanks, `code` also without a trailing `.`.
fn check_code(trimmed: &str, code: &str) -> Result<String, String> {
    let is_blank = |c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}';
    if code.is_empty() || trimmed.chars().all(|c| c == '.') {
        return Err(if trimmed.is_empty() {
            "empty error-code cell".to_owned()
        } else {
            format!("`{trimmed}` is not an error code: it has no letters")
        });
    }
    if let Some(c) = code.chars().find(|&c| is_blank(c)) {
        let what = if c == ' ' {
            "a space".to_owned()
        } else {
            format!("the blank {c:?}")
        };
        return Err(format!(
            "error code `{code}` contains {what}; codes are one word"
        ));
    }
    if let Some(c) = code
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
    {
        return Err(format!(
            "error code `{code}` contains `{c}`; codes may only use A-Z, a-z, 0-9, `.`, `_` and `-`"
        ));
    }
    if !code.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Err(format!("error code `{code}` must start with a letter"));
    }
    if code.split('.').any(str::is_empty) {
        return Err(format!("error code `{code}` has an empty segment (`..`)"));
    }
    Ok(code.to_owned())
}

/// Whether `code` is `[A-Za-z][A-Za-z0-9_-]*` segments joined by single dots: the rule of
/// [`normalise_code`] in one indexed pass over the bytes, cheap even unoptimised (as the
/// proc-macro runs), for the well-formed codes that nearly every row has.
fn is_well_formed(code: &str) -> bool {
    let bytes = code.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let mut after_dot = false;
    let mut at = 1;
    while at < bytes.len() {
        let byte = bytes[at];
        if byte == b'.' {
            if after_dot {
                return false;
            }
            after_dot = true;
        } else if byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-' {
            after_dot = false;
        } else {
            return false;
        }
        at += 1;
    }
    !after_dot
}

/// The contents of one table cell in both renderings.
#[derive(Default)]
struct Cell {
    markdown: String,
    text: String,
    /// Destinations of the links currently open (`None` when the link is dropped).
    links: Vec<Option<String>>,
    /// The first HTML tag of the cell (an error in a code cell).
    html: Option<String>,
    /// Emphasis delimiters as written (`_`, `**`, ...) and where in `text` they stood: a code
    /// cell's `_` are part of the code, not emphasis (`A._B_` is the code `A._B_`).
    delimiters: Vec<(usize, &'static str)>,
    at_line_start: bool,
}

impl Cell {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Text(text) => {
                self.text.push_str(&text);
                let line_start = self.at_line_start || self.markdown.is_empty();
                push_escaped(&mut self.markdown, &text, line_start);
                self.at_line_start = false;
            }
            Event::Code(code) => {
                self.text.push_str(&code);
                push_code_span(&mut self.markdown, &code);
                self.at_line_start = false;
            }
            Event::InlineHtml(html) | Event::Html(html) => {
                let tag = html_tag(&html);
                if tag.is_some() && self.html.is_none() {
                    self.html = Some(html.trim().to_owned());
                }
                match tag {
                    Some("br") => {
                        self.text.push('\n');
                        self.markdown.push_str("\\\n");
                        self.at_line_start = true;
                    }
                    // Formatting tags are dropped; the text between them is kept.
                    Some(_) => {}
                    // `<InstanceId>` and the like are placeholders, not markup: keep them.
                    None => self.event(Event::Text(html)),
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                self.text.push(' ');
                self.markdown.push(' ');
            }
            Event::Start(Tag::Emphasis) | Event::End(TagEnd::Emphasis) => self.markdown.push('*'),
            Event::Start(Tag::Strong) | Event::End(TagEnd::Strong) => self.markdown.push_str("**"),
            Event::Start(Tag::Strikethrough) | Event::End(TagEnd::Strikethrough) => {
                self.markdown.push_str("~~")
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                let target = absolute_link(&dest_url);
                if target.is_some() {
                    self.markdown.push('[');
                }
                self.links.push(target);
            }
            Event::End(TagEnd::Link) => {
                if let Some(Some(target)) = self.links.pop() {
                    self.markdown.push_str("](");
                    self.markdown.push_str(&target);
                    self.markdown.push(')');
                }
            }
            _ => {}
        }
    }

    fn finish(mut self) -> Self {
        // An unclosed link cannot happen with pulldown-cmark, but never leave a dangling `[`.
        while let Some(target) = self.links.pop() {
            if target.is_some() {
                self.markdown.push(']');
            }
        }
        self
    }

    /// The cell's text with emphasis delimiters put back: what a code cell says.
    fn code_text(&self) -> String {
        let mut code = String::with_capacity(self.text.len());
        let mut copied = 0;
        for &(at, delimiter) in &self.delimiters {
            code.push_str(self.text.get(copied..at).unwrap_or(""));
            code.push_str(delimiter);
            copied = at;
        }
        code.push_str(self.text.get(copied..).unwrap_or(""));
        code
    }

    fn into_description(self) -> Option<Description> {
        let text = self.text.trim();
        if text.is_empty() {
            return None;
        }
        Some(Description {
            markdown: self
                .markdown
                .trim()
                .trim_end_matches('\\')
                .trim_end()
                .to_owned(),
            text: text.to_owned(),
        })
    }
}

/// The delimiter an emphasis or strong event was written with (`_`, `*`, `__`, `**`), read from
/// the source: an opening one at the start of the event's range, a closing one at its end.
fn emphasis_delimiter(
    event: &Event<'_>,
    range: &std::ops::Range<usize>,
    source: &str,
) -> Option<&'static str> {
    let (width, opening) = match event {
        Event::Start(Tag::Emphasis) => (1, true),
        Event::End(TagEnd::Emphasis) => (1, false),
        Event::Start(Tag::Strong) => (2, true),
        Event::End(TagEnd::Strong) => (2, false),
        _ => return None,
    };
    let at = if opening {
        range.start
    } else {
        range.end.checked_sub(width)?
    };
    match source.get(at..at + width)? {
        "_" => Some("_"),
        "*" => Some("*"),
        "__" => Some("__"),
        "**" => Some("**"),
        _ => None,
    }
}

/// HTML elements that pages use for formatting; other `<word>`s are placeholders and stay text.
const HTML_ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "big",
    "blockquote",
    "br",
    "center",
    "code",
    "del",
    "div",
    "em",
    "font",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "s",
    "samp",
    "script",
    "small",
    "span",
    "strike",
    "strong",
    "style",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "tt",
    "u",
    "ul",
    "var",
    "wbr",
    "!--",
];

/// The element name of an HTML tag or comment (`<br/>` → `br`), if it is a known element.
fn html_tag(html: &str) -> Option<&'static str> {
    let inner = html.trim().strip_prefix('<')?.trim_start_matches('/');
    if inner.starts_with("!--") {
        return Some("!--");
    }
    let name: String = inner
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let name = name.to_ascii_lowercase();
    HTML_ELEMENTS
        .iter()
        .find(|&&element| element == name)
        .copied()
}

/// Makes a link target absolute, or returns `None` when it cannot be resolved (the link text
/// is then kept as plain text).
fn absolute_link(target: &str) -> Option<String> {
    let target = target.trim();
    let absolute = if target.starts_with("https://") || target.starts_with("http://") {
        target.to_owned()
    } else if let Some(rest) = target.strip_prefix("//") {
        format!("https://{rest}")
    } else if target.starts_with('/') {
        format!("{SITE}{target}")
    } else if target.starts_with("mailto:") {
        target.to_owned()
    } else {
        return None;
    };
    let mut escaped = String::with_capacity(absolute.len());
    for c in absolute.chars() {
        match c {
            ' ' => escaped.push_str("%20"),
            '(' => escaped.push_str("%28"),
            ')' => escaped.push_str("%29"),
            '<' => escaped.push_str("%3C"),
            '>' => escaped.push_str("%3E"),
            c if c.is_control() => {}
            c => escaped.push(c),
        }
    }
    Some(escaped)
}

/// Appends text so that rustdoc's markdown shows it as written: markdown punctuation is
/// backslash-escaped and bare URLs become autolinks (rustdoc warns about bare URLs).
fn push_escaped(out: &mut String, text: &str, line_start: bool) {
    let mut rest = text;
    let mut first = line_start;
    while !rest.is_empty() {
        let (plain, tail) = match find_url(rest) {
            Some(at) => rest.split_at(at),
            None => (rest, ""),
        };
        push_plain(out, plain, first);
        if tail.is_empty() {
            break;
        }
        let end = tail
            .find(|c: char| {
                c.is_whitespace() || !c.is_ascii() || matches!(c, '<' | '>' | '"' | '`')
            })
            .unwrap_or(tail.len());
        let mut url = &tail[..end];
        url = url.trim_end_matches(['.', ',', ';', ':', ')', '!', '?', '\'']);
        if url.len() <= "https://".len() {
            // Only a scheme: plain text.
            let scheme_len = if tail.starts_with("https://") { 8 } else { 7 };
            for c in tail[..scheme_len].chars() {
                out.push(c);
            }
            rest = &tail[scheme_len..];
        } else {
            out.push('<');
            out.push_str(url);
            out.push('>');
            rest = &tail[url.len()..];
        }
        first = false;
    }
}

/// Where the first `http://` or `https://` in `text` starts.
fn find_url(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at + "http://".len() <= bytes.len() {
        if bytes[at] == b'h' {
            let rest = &bytes[at..];
            if rest.starts_with(b"http://") || rest.starts_with(b"https://") {
                return Some(at);
            }
        }
        at += 1;
    }
    None
}

/// Appends `plain` (no URL in it) with markdown punctuation backslash-escaped. `first` says
/// that only blanks and digits precede it on its line, where `-`, `+`, `=`, `.` and `)` could
/// start a list or a heading and are escaped too (until the first other character).
///
/// Every character to escape is ASCII, so once past the start of the line the text is copied
/// in runs between them, in an indexed pass: the proc-macro runs unoptimised, and this is most
/// of what it does with a description.
fn push_plain(out: &mut String, plain: &str, mut first: bool) {
    let mut rest = plain;
    while first {
        let Some(c) = rest.chars().next() else {
            return;
        };
        if is_markdown_punctuation(c) || matches!(c, '-' | '+' | '=' | '.' | ')') {
            out.push('\\');
        }
        out.push(c);
        first = c.is_whitespace() || c.is_ascii_digit();
        rest = &rest[c.len_utf8()..];
    }
    let bytes = rest.as_bytes();
    let mut verbatim = 0;
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] < 0x80 && is_markdown_punctuation(char::from(bytes[at])) {
            out.push_str(&rest[verbatim..at]);
            out.push('\\');
            verbatim = at;
        }
        at += 1;
    }
    out.push_str(&rest[verbatim..]);
}

/// Characters that markdown may read as syntax anywhere in a line.
fn is_markdown_punctuation(c: char) -> bool {
    matches!(
        c,
        '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '~' | '|' | '&' | '!'
    )
}

/// Appends an inline code span whose fence is longer than any backtick run inside it.
fn push_code_span(out: &mut String, code: &str) {
    let mut longest = 0;
    let mut run = 0;
    for c in code.chars() {
        if c == '`' {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    let fence = "`".repeat(longest + 1);
    let pad = code.starts_with('`')
        || code.ends_with('`')
        || (code.starts_with(' ') && code.ends_with(' '));
    out.push_str(&fence);
    if pad {
        out.push(' ');
    }
    out.push_str(code);
    if pad {
        out.push(' ');
    }
    out.push_str(&fence);
}

/// Byte offset → 1-based line number.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(source: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    fn line_of(&self, offset: usize) -> usize {
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
            .into_iter()
            .map(|r| r.code)
            .collect()
    }

    fn error_lines(page: &str) -> Vec<(usize, String)> {
        parse_page(page)
            .expect_err("page is rejected")
            .into_iter()
            .map(|e| (e.line, e.message))
            .collect()
    }

    #[test]
    fn reads_both_tables_and_ignores_other_tables() {
        let page = "### 公共错误码\n\n| 错误码 | 说明 |\n|---|---|\n| AuthFailure | 鉴权失败 |\n\n\
                    | 参数 | 含义 |\n|---|---|\n| Foo | bar |\n\n### 业务错误码\n\n\
                    | 错误码 | 说明 |\n|:--|:--|\n| FailedOperation.Foo | 失败 |\n";
        let rows = parse_page(page).expect("parses");
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

    proptest::proptest! {
        /// The fast check accepts exactly the codes the diagnosing one accepts.
        #[test]
        fn the_fast_code_check_agrees_with_the_diagnosing_one(code in "[A-Za-z0-9._ /-]{0,12}") {
            let checked = check_code(&code, &code);
            proptest::prop_assert_eq!(is_well_formed(&code), checked.is_ok());
            if let Ok(normalised) = checked {
                proptest::prop_assert_eq!(normalised, code);
            }
        }
    }

    #[test]
    fn code_cells_are_normalised() {
        assert_eq!(
            normalise_code("  AuthFailure.  ").as_deref(),
            Ok("AuthFailure")
        );
        assert_eq!(normalise_code("\u{3000}A.B\u{3000}").as_deref(), Ok("A.B"));
        assert!(normalise_code("").unwrap_err().contains("empty"));
        assert!(normalise_code("A B").unwrap_err().contains("space"));
        assert!(normalise_code("A/B").unwrap_err().contains("`/`"));
        assert!(normalise_code("1A")
            .unwrap_err()
            .contains("start with a letter"));
        assert!(normalise_code("...")
            .unwrap_err()
            .contains("`...` is not an error code"));
        assert!(normalise_code("A..B")
            .unwrap_err()
            .contains("empty segment"));
        assert!(normalise_code(".").unwrap_err().contains("no letters"));
    }

    #[test]
    fn descriptions_keep_markup_and_absolute_links() {
        let page = "| 错误码 | 说明 |\n|---|---|\n\
                    | A | [`Filter`](/document/api/213/15753#Filter) 传值 *超出* a\\|b <br> x &amp; y https://example.com/a。 |\n";
        let rows = parse_page(page).expect("parses");
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
        let rows = parse_page(page).expect("parses");
        assert_eq!(
            rows[0].description.as_ref().map(|d| d.markdown.as_str()),
            Some("see this")
        );
    }

    #[test]
    fn markdown_specials_in_text_are_escaped() {
        let page = "| 错误码 | 说明 |\n|---|---|\n| A | 字符（_+-&=!@#$%^*()）[x] <y> |\n";
        let rows = parse_page(page).expect("parses");
        let markdown = &rows[0].description.as_ref().expect("description").markdown;
        assert_eq!(markdown, "字符（\\_+-\\&=\\!@\\#$%^\\*()）\\[x\\] \\<y\\>");
    }

    #[test]
    fn html_tags_are_dropped_but_their_text_kept() {
        let page = "| 错误码 | 说明 |\n|---|---|\n| A | <b>bold</b> and <script>x</script> <!-- c --> <InstanceId> |\n";
        let rows = parse_page(page).expect("parses");
        let description = rows[0].description.as_ref().expect("description");
        assert_eq!(description.text, "bold and x  <InstanceId>");
        assert_eq!(description.markdown, "bold and x  \\<InstanceId\\>");
    }

    #[test]
    fn code_spans_with_backticks_get_longer_fences() {
        let mut out = String::new();
        push_code_span(&mut out, "a`b");
        assert_eq!(out, "``a`b``");
        out.clear();
        push_code_span(&mut out, "`x");
        assert_eq!(out, "`` `x ``");
    }

    #[test]
    fn empty_description_is_none() {
        let rows = parse_page("| 错误码 | 说明 |\n|---|---|\n| A |  |\n| B |\n").expect("parses");
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
        let rows = parse_page(page).expect("parses");
        assert_eq!(
            rows[2].description.as_ref().map(|d| d.text.as_str()),
            Some("z")
        );
        let errors = error_lines("| 错误码 | 说明 |\n|---|---|\n| **A** | x |\n");
        assert!(
            errors[0].1.contains("`**A**` contains `*`"),
            "{}",
            errors[0].1
        );
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
        let errors = error_lines("text\n\n| 错误码 | 备注 |\n|---|---|\n| A | b |\n");
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
