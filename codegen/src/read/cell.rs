//! Table cells: collects a cell's pulldown-cmark events and renders a description twice, as
//! rustdoc markdown (inline code, emphasis and absolute links kept, the rest escaped) and as
//! plain text for `description()`.

use pulldown_cmark::{Event, Tag, TagEnd};

/// Where relative links on Tencent's pages point to.
const SITE: &str = "https://cloud.tencent.com";

/// A description cell in two renderings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Description {
    /// Markdown for rustdoc: inline code, emphasis and links kept, relative links made absolute,
    /// everything else escaped so rustdoc shows the text as written.
    pub markdown: String,
    /// Plain text: what `description()` returns.
    pub text: String,
}

/// The contents of one table cell in both renderings.
#[derive(Default)]
pub(super) struct Cell {
    markdown: String,
    pub(super) text: String,
    /// Destinations of the links currently open (`None` when the link is dropped).
    links: Vec<Option<String>>,
    /// The first HTML tag of the cell (an error in a code cell).
    pub(super) html: Option<String>,
    /// Emphasis delimiters as written (`_`, `**`, ...) and where in `text` they stood: a code
    /// cell's `_` are part of the code, not emphasis (`A._B_` is the code `A._B_`).
    pub(super) delimiters: Vec<(usize, &'static str)>,
    at_line_start: bool,
    /// The HTML lists currently open: `None` for `<ul>`, the next item's number for `<ol>`.
    lists: Vec<Option<usize>>,
}

impl Cell {
    pub(super) fn event(&mut self, event: Event<'_>) {
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
                let closing = html.trim_start().starts_with("</");
                match (tag, closing) {
                    (Some("br"), _) | (Some("summary"), true) => self.line_break(),
                    (Some("ul"), false) => self.lists.push(None),
                    (Some("ol"), false) => self.lists.push(Some(1)),
                    (Some("ul" | "ol"), true) => {
                        self.lists.pop();
                        self.end_block();
                    }
                    (Some("li"), false) => self.list_item(),
                    // Formatting tags are dropped; the text between them is kept.
                    (Some(_), _) => {}
                    // `<InstanceId>` and the like are placeholders, not markup: keep them.
                    (None, _) => self.event(Event::Text(html)),
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

    /// `<br>`, and the end of a `<summary>`: a hard line break.
    fn line_break(&mut self) {
        self.text.push('\n');
        self.markdown.push_str("\\\n");
        self.at_line_start = true;
    }

    /// `<li>`: a new line starting with `- ` (or `1. ` in an `<ol>`), in the text as in the
    /// markdown, where it makes a list (a list may interrupt a paragraph).
    fn list_item(&mut self) {
        let marker = match self.lists.last_mut() {
            Some(Some(number)) => {
                *number += 1;
                format!("{}. ", *number - 1)
            }
            _ => "- ".to_owned(),
        };
        trim_trailing_blanks(&mut self.text);
        trim_trailing_blanks(&mut self.markdown);
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        if !self.markdown.is_empty() {
            self.markdown.push('\n');
        }
        self.text.push_str(&marker);
        self.markdown.push_str(&marker);
        self.at_line_start = true;
    }

    /// The end of an HTML list: what follows starts a new line (a new paragraph in markdown,
    /// or it would continue the last item).
    fn end_block(&mut self) {
        trim_trailing_blanks(&mut self.text);
        trim_trailing_blanks(&mut self.markdown);
        self.text.push('\n');
        self.markdown.push_str("\n\n");
        self.at_line_start = true;
    }

    pub(super) fn finish(mut self) -> Self {
        // An unclosed link cannot happen with pulldown-cmark, but never leave a dangling `[`.
        while let Some(target) = self.links.pop() {
            if target.is_some() {
                self.markdown.push(']');
            }
        }
        self
    }

    /// The cell's text with emphasis delimiters put back: what a code cell says.
    pub(super) fn code_text(&self) -> String {
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

    pub(super) fn into_description(self) -> Option<Description> {
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
pub(super) fn emphasis_delimiter(
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

/// Drops blanks at the end of `text` (spaces left before a list item would end the line).
fn trim_trailing_blanks(text: &mut String) {
    let kept = text.trim_end_matches([' ', '\t']).len();
    text.truncate(kept);
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
    "details",
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
    "summary",
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
/// in runs between them, in an indexed pass, cheap unoptimised (`docs/design.md`, "Build cost"):
/// this is most of what an expansion does with a description.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_with_backticks_get_longer_fences() {
        let mut out = String::new();
        push_code_span(&mut out, "a`b");
        assert_eq!(out, "``a`b``");
        out.clear();
        push_code_span(&mut out, "`x");
        assert_eq!(out, "`` `x ``");
    }
}
