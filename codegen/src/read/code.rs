//! Error-code cells: trims copy-paste blanks and a trailing `.` (and, around a code that is
//! otherwise well formed, emphasis, invisible characters and full-width punctuation), then checks
//! what remains against the code grammar, saying what is wrong when it does not match.

use super::chars::describe;

/// Blanks that surround a pasted code: any Unicode white space (U+3000 and U+00A0 included).
pub(super) fn is_blank(c: char) -> bool {
    c.is_whitespace()
}

/// Invisible characters that copy-paste leaves around a code: zero-width space, (non-)joiners,
/// left-to-right and right-to-left marks, word joiner, and the byte-order mark.
fn is_invisible_artefact(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{200e}' | '\u{200f}' | '\u{2060}' | '\u{feff}'
    )
}

/// Full-width punctuation that a code copied out of a Chinese sentence drags along.
fn is_trailing_punctuation(c: char) -> bool {
    matches!(c, '。' | '；' | '，' | '：' | '、')
}

/// Trims and checks a code cell: surrounding blanks (also full-width and no-break spaces) and
/// one trailing `.` are dropped; what remains must be `[A-Za-z0-9_-]+` segments joined by
/// single dots, the first character a letter or a digit. Codes need not be Rust identifiers: real
/// pages list `9003` (the variant is then `Code9003`, see `crate::model::naming::base_name`).
pub fn normalise_code(cell: &str) -> Result<String, String> {
    let trimmed = cell.trim_matches(is_blank);
    let code = trimmed.strip_suffix('.').unwrap_or(trimmed);
    if is_well_formed(code) {
        Ok(code.to_owned())
    } else {
        check_code(trimmed, cell)
    }
}

/// A code cell read by [`read_code_cell`].
#[derive(Debug, PartialEq, Eq)]
pub(super) struct ReadCode {
    /// The code.
    pub(super) code: String,
    /// What was dropped around it (emphasis, invisible characters, full-width punctuation),
    /// for a warning; `None` for a bare code.
    pub(super) artefacts: Option<String>,
    /// Whether the cell had a trailing `.` after the code, which reading dropped.
    pub(super) trailing_dot: bool,
}

/// Whether `text`, the code cell (or what is left of it once artefacts are dropped), ends with
/// a `.` after the code: codes never end with one.
fn has_trailing_dot(text: &str) -> bool {
    text.trim_matches(is_blank).ends_with('.')
}

/// Reads a code cell. `written` is the cell's text with its emphasis delimiters put back,
/// `text` the text without them and `delimiters` where in `text` they stood.
///
/// A cell that is a code as written is that code (`A._B_` is the code `A._B_`). Otherwise
/// copy-paste artefacts around the code are dropped: emphasis that wraps the whole cell
/// (`**A**`, `*A*`, `__A__`), invisible characters before or after it (U+200B, U+200C, U+200D,
/// U+200E, U+200F, U+2060, U+FEFF) and full-width punctuation after it (`。；，：、`). If what
/// remains is a code, it is read with a note of what was dropped; if not, the error quotes the
/// cell as written and says what is wrong with the code inside the artefacts.
pub(super) fn read_code_cell(
    written: &str,
    text: &str,
    delimiters: &[(usize, &'static str)],
) -> Result<ReadCode, String> {
    if let Ok(code) = normalise_code(written) {
        return Ok(ReadCode {
            code,
            artefacts: None,
            trailing_dot: has_trailing_dot(written),
        });
    }
    let mut dropped = Vec::new();
    let (start, end) = strip_artefacts(text, &mut dropped);
    let inner = text.get(start..end).unwrap_or("");
    let wraps =
        !delimiters.is_empty() && delimiters.iter().all(|&(at, _)| at <= start || at >= end);
    let candidate = if wraps {
        let bold = delimiters.iter().any(|(_, d)| d.len() == 2);
        let italic = delimiters.iter().any(|(_, d)| d.len() == 1);
        let what = match (bold, italic) {
            (true, true) => "bold and italic",
            (true, false) => "bold",
            _ => "italic",
        };
        let markers: Vec<&str> = delimiters.iter().map(|&(_, d)| d).collect();
        dropped.insert(
            0,
            format!(
                "the {what} markers `{}`",
                markers[..markers.len() / 2].concat()
            ),
        );
        inner.to_owned()
    } else {
        reinsert(text, delimiters, start, end)
    };
    let quote = written.trim_matches(is_blank);
    if dropped.is_empty() {
        return check_code(quote, &candidate).map(|code| ReadCode {
            code,
            artefacts: None,
            trailing_dot: has_trailing_dot(&candidate),
        });
    }
    let trimmed = candidate.trim_matches(is_blank);
    let code = trimmed.strip_suffix('.').unwrap_or(trimmed);
    if is_well_formed(code) {
        Ok(ReadCode {
            code: code.to_owned(),
            artefacts: Some(dropped.join(", ")),
            trailing_dot: has_trailing_dot(trimmed),
        })
    } else {
        check_code(quote, &candidate).map(|code| ReadCode {
            code,
            artefacts: Some(dropped.join(", ")),
            trailing_dot: has_trailing_dot(&candidate),
        })
    }
}

/// `text[start..end]` with every delimiter put back (those outside it at its ends).
fn reinsert(text: &str, delimiters: &[(usize, &'static str)], start: usize, end: usize) -> String {
    let mut out = String::with_capacity(end - start + 4);
    let mut copied = start;
    for &(at, delimiter) in delimiters {
        let at = at.clamp(start, end);
        out.push_str(text.get(copied..at).unwrap_or(""));
        out.push_str(delimiter);
        copied = at;
    }
    out.push_str(text.get(copied..end).unwrap_or(""));
    out
}

/// Where `text` is without the invisible characters and blanks around it and the full-width
/// punctuation after it (a byte range); what was dropped (other than blanks) is described in
/// `dropped`.
fn strip_artefacts(text: &str, dropped: &mut Vec<String>) -> (usize, usize) {
    let leading = text.trim_start_matches(|c: char| is_blank(c) || is_invisible_artefact(c));
    for c in text[..text.len() - leading.len()].chars() {
        if !is_blank(c) {
            dropped.push(format!("{} before the code", describe(c)));
        }
    }
    let inner = leading.trim_end_matches(|c: char| {
        is_blank(c) || is_invisible_artefact(c) || is_trailing_punctuation(c)
    });
    for c in leading[inner.len()..].chars() {
        if !is_blank(c) {
            dropped.push(format!("{} after the code", describe(c)));
        }
    }
    let start = text.len() - leading.len();
    (start, start + inner.len())
}

/// The rule of [`normalise_code`], written to say what is wrong with `text`; messages quote
/// the code as the page wrote it, `quote`.
fn check_code(quote: &str, text: &str) -> Result<String, String> {
    let trimmed = text.trim_matches(is_blank);
    let code = trimmed.strip_suffix('.').unwrap_or(trimmed);
    if code.is_empty() || trimmed.chars().all(|c| c == '.') {
        let invisible: Vec<String> = quote
            .chars()
            .filter(|&c| super::chars::is_invisible(c))
            .map(describe)
            .collect();
        return Err(if quote.is_empty() {
            "empty error-code cell".to_owned()
        } else if !invisible.is_empty()
            && quote
                .chars()
                .all(|c| c == '.' || super::chars::is_invisible(c) || is_blank(c))
        {
            format!(
                "error-code cell holds no code, only {}",
                invisible.join(", ")
            )
        } else {
            format!("`{quote}` is not an error code: it has no letters")
        });
    }
    if let Some(c) = code.chars().find(|&c| is_blank(c)) {
        let what = if c == ' ' {
            "a space".to_owned()
        } else {
            describe(c)
        };
        return Err(format!(
            "error code `{quote}` contains {what}; codes are one word"
        ));
    }
    if let Some(c) = code
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
    {
        return Err(format!(
            "error code `{quote}` contains {}; codes may only use A-Z, a-z, 0-9, `.`, `_` and `-`",
            describe(c)
        ));
    }
    if !code.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return Err(format!(
            "error code `{quote}` must start with a letter or a digit"
        ));
    }
    if code.split('.').any(str::is_empty) {
        return Err(format!("error code `{quote}` has an empty segment (`..`)"));
    }
    Ok(code.to_owned())
}

/// Whether `code` is `[A-Za-z0-9][A-Za-z0-9_-]*` segments joined by single dots: the rule of
/// [`normalise_code`] in one indexed pass over the bytes, cheap unoptimised (`docs/design.md`,
/// "Build cost"), for the well-formed codes that nearly every row has.
fn is_well_formed(code: &str) -> bool {
    let bytes = code.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_alphanumeric) {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `cell` as the strict rule sees it: blanks trimmed, one trailing `.` dropped.
    fn trimmed(cell: &str) -> &str {
        let trimmed = cell.trim_matches(is_blank);
        trimmed.strip_suffix('.').unwrap_or(trimmed)
    }

    proptest::proptest! {
        /// The fast check accepts exactly the cells the diagnosing one accepts, with the same
        /// code.
        #[test]
        fn the_fast_code_check_agrees_with_the_diagnosing_one(
            cell in "[A-Za-z0-9._ /*\u{3000}\u{200b}\u{430}。，-]{0,12}"
        ) {
            let checked = check_code(&cell, &cell);
            proptest::prop_assert_eq!(is_well_formed(trimmed(&cell)), checked.is_ok());
            if let Ok(normalised) = checked {
                proptest::prop_assert_eq!(normalised, trimmed(&cell));
            }
        }

        /// A well-formed code wrapped in any mix of artefacts reads as itself, with a note; one
        /// with an artefact inside stays an error that quotes the cell.
        #[test]
        fn artefacts_around_a_code_are_dropped_and_inside_it_are_errors(
            code in "[A-Za-z][A-Za-z0-9_-]{0,6}(\\.[A-Za-z0-9_-]{1,6}){0,2}",
            before in "[\u{200b}\u{200c}\u{200d}\u{2060}\u{feff} \u{3000}]{0,3}",
            after in "[\u{200b}\u{2060}\u{feff} 。；，：]{0,3}",
            bold in proptest::bool::ANY,
            inside in "[\u{200b}\u{2060}\u{feff}。；，：*]",
        ) {
            let text = format!("{before}{code}{after}");
            let delimiters: Vec<(usize, &'static str)> = if bold {
                vec![(before.len(), "**"), (before.len() + code.len(), "**")]
            } else {
                Vec::new()
            };
            let written = if bold {
                format!("{before}**{code}**{after}")
            } else {
                text.clone()
            };
            let read = read_code_cell(&written, &text, &delimiters);
            let read = read.map_err(proptest::test_runner::TestCaseError::fail)?;
            proptest::prop_assert_eq!(&read.code, &code);
            let bare = !bold && before.trim().is_empty() && after.trim().is_empty();
            proptest::prop_assert_eq!(read.artefacts.is_none(), bare, "{:?}", read);

            let middle = code.len() / 2 + 1;
            if middle < code.len() && code.is_char_boundary(middle) {
                let broken = format!("{}{inside}{}", &code[..middle], &code[middle..]);
                let error = read_code_cell(&broken, &broken, &[]);
                proptest::prop_assert!(error.is_err(), "{:?}", error);
                let message = error.unwrap_or_else(|e| ReadCode { code: e, artefacts: None, trailing_dot: false }).code;
                proptest::prop_assert!(message.contains(&format!("`{broken}`")), "{}", message);
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
        // Codes need not be identifiers (cdb lists `9003`).
        assert_eq!(normalise_code("9003").as_deref(), Ok("9003"));
        assert_eq!(normalise_code("1A.2b").as_deref(), Ok("1A.2b"));
        assert!(normalise_code("-1")
            .unwrap_err()
            .contains("must start with a letter or a digit"));
        assert!(normalise_code(".A")
            .unwrap_err()
            .contains("must start with a letter or a digit"));
        assert!(normalise_code("...")
            .unwrap_err()
            .contains("`...` is not an error code"));
        assert!(normalise_code("A..B")
            .unwrap_err()
            .contains("empty segment"));
        assert!(normalise_code(".").unwrap_err().contains("no letters"));
    }

    #[test]
    fn messages_quote_the_code_as_written_and_name_odd_characters() {
        assert_eq!(
            normalise_code(" A..B. ").unwrap_err(),
            "error code `A..B.` has an empty segment (`..`)"
        );
        assert_eq!(
            normalise_code("A\u{200b}B").unwrap_err(),
            "error code `A\u{200b}B` contains U+200B ZERO WIDTH SPACE; codes may only use A-Z, \
             a-z, 0-9, `.`, `_` and `-`"
        );
        assert!(normalise_code("\u{430}uth")
            .unwrap_err()
            .contains("contains `\u{430}` (U+0430 CYRILLIC SMALL LETTER A)"));
        assert!(normalise_code("A\u{3000}B")
            .unwrap_err()
            .contains("contains U+3000 IDEOGRAPHIC SPACE; codes are one word"));
    }

    #[test]
    fn copy_paste_artefacts_are_dropped_with_a_note() {
        let read = |written: &str, text: &str, delimiters: &[(usize, &'static str)]| {
            read_code_cell(written, text, delimiters)
        };
        let bold = read("**A.B**", "A.B", &[(0, "**"), (3, "**")]).expect("bold");
        assert_eq!(bold.code, "A.B");
        assert_eq!(bold.artefacts.as_deref(), Some("the bold markers `**`"));
        let italic = read("_A_", "A", &[(0, "_"), (1, "_")]).expect("italic");
        assert_eq!(italic.artefacts.as_deref(), Some("the italic markers `_`"));
        let stop = read("A。", "A。", &[]).expect("full stop");
        assert_eq!(
            stop.artefacts.as_deref(),
            Some("`。` (U+3002 IDEOGRAPHIC FULL STOP) after the code")
        );
        let invisible = read("\u{feff}A\u{200b}", "\u{feff}A\u{200b}", &[]).expect("invisible");
        assert_eq!(
            invisible.artefacts.as_deref(),
            Some(
                "U+FEFF ZERO WIDTH NO-BREAK SPACE before the code, U+200B ZERO WIDTH SPACE after \
                 the code"
            )
        );
        // `_` inside a code is the code's own: `A._B_` is read as written, without a note.
        let literal = read("A._B_", "A.B", &[(2, "_"), (3, "_")]).expect("literal");
        assert_eq!((literal.code.as_str(), literal.artefacts), ("A._B_", None));
        // Emphasis inside a code, or artefacts inside it, are errors quoting the cell.
        assert_eq!(
            read("A*B*", "AB", &[(1, "*"), (2, "*")]).unwrap_err(),
            "error code `A*B*` contains `*`; codes may only use A-Z, a-z, 0-9, `.`, `_` and `-`"
        );
        assert!(read("**A B**", "A B", &[(0, "**"), (3, "**")])
            .unwrap_err()
            .starts_with("error code `**A B**` contains a space"));
        assert!(read("A，B", "A，B", &[])
            .unwrap_err()
            .contains("`，` (U+FF0C FULLWIDTH COMMA)"));
        assert_eq!(
            read("\u{200b}", "\u{200b}", &[]).unwrap_err(),
            "error-code cell holds no code, only U+200B ZERO WIDTH SPACE"
        );
    }
}
