//! Writing generated source text: string and byte-string literals, packed string tables, and
//! lexing the text into tokens.

// Only for `lex`: the compiler's own lexer, when running inside a proc-macro.
extern crate proc_macro;

use std::fmt::Write as _;

use proc_macro2::TokenStream;

/// Strings to emit as one `__private::Strings`: their concatenation and bounds.
use crate::diagnostic::{Diagnostic, Location};

/// Strings to emit as one `__private::Strings`: their concatenation and bounds.
#[derive(Default)]
pub(crate) struct PackedStrings {
    pub(crate) text: String,
    bounds: String,
}

impl PackedStrings {
    pub(crate) fn push(&mut self, string: &str) {
        if self.bounds.is_empty() {
            self.bounds.push_str("0,");
        }
        self.text.push_str(string);
        let _ = write!(self.bounds, "{},", self.text.len());
    }

    /// `::tencent_errors::__private::Strings { text: "...", bounds: &[...] }`.
    pub(crate) fn write(&self, out: &mut String) {
        out.push_str("::tencent_errors::__private::Strings { text: ");
        push_string_literal(out, &self.text);
        out.push_str(", bounds: &[");
        out.push_str(&self.bounds);
        out.push_str("] }");
    }
}

/// Appends `bytes` as a byte string literal to `source` (zero as `\0`: per-action position
/// tables are mostly zeros).
pub(crate) fn push_byte_string_literal(source: &mut String, bytes: &[u8]) {
    source.push_str("b\"");
    for (at, &byte) in bytes.iter().enumerate() {
        match byte {
            b'"' | b'\\' => {
                source.push('\\');
                source.push(char::from(byte));
            }
            b' '..=b'~' => source.push(char::from(byte)),
            // `\0` before a digit reads like an octal escape (clippy's `octal_escapes` fires on
            // checked-in expansions): `\x00` there.
            0 if bytes.get(at + 1).is_some_and(u8::is_ascii_digit) => source.push_str("\\x00"),
            0 => source.push_str("\\0"),
            _ => {
                let _ = write!(source, "\\x{byte:02x}");
            }
        }
    }
    source.push('"');
}

/// Appends `text` as a string literal to `source`.
///
/// A string literal may hold any character verbatim except `"` and `\`, a bare carriage
/// return, and the bidirectional controls that rustc rejects, so only those (and other control
/// characters) are escaped. (`Literal::string` escapes through `char::escape_debug`, whose
/// Unicode printability check took a third of the expansion time on pages of Chinese text.)
/// The scan is over bytes: every character to escape starts with one of a few byte values.
pub(crate) fn push_string_literal(source: &mut String, text: &str) {
    source.push('"');
    let bytes = text.as_bytes();
    let mut verbatim = 0;
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        // The lead bytes of the characters to escape, narrowed by the second byte where that
        // is cheap: full-width punctuation (U+FFxx, lead byte 0xef) is common in Chinese text.
        let flagged = match byte {
            b'"' | b'\\' | 0x7f => true,
            0xc2 => bytes.get(at + 1).is_some_and(|&next| next < 0xa0), // U+0080..U+009F
            0xe2 => matches!(bytes.get(at + 1), Some(0x80 | 0x81)),     // U+2000..U+207F
            0xef => bytes.get(at + 1) == Some(&0xbb),                   // U+FEC0..U+FEFF
            _ => byte < 0x20 && byte != b'\n' && byte != b'\t',
        };
        if !flagged {
            at += 1;
            continue;
        }
        // `at` starts a character: flagged bytes are ASCII or UTF-8 lead bytes.
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let escape = if c == '"' || c == '\\' {
            Some(false)
        } else if c.is_control() || is_invisible_control(c) {
            Some(true)
        } else {
            None
        };
        if let Some(as_code_point) = escape {
            source.push_str(&text[verbatim..at]);
            if as_code_point {
                let _ = write!(source, "\\u{{{:x}}}", u32::from(c));
            } else {
                source.push('\\');
                source.push(c);
            }
            verbatim = at + c.len_utf8();
        }
        at += c.len_utf8();
    }
    source.push_str(&text[verbatim..]);
    source.push('"');
}

/// Characters that rustc refuses verbatim in literals (bidirectional overrides) or that would
/// be invisible in the expanded code (marks, the byte-order mark).
fn is_invisible_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// Lexes generated source text.
///
/// Inside a proc-macro this goes straight to the compiler's (optimised) lexer: going through
/// `proc_macro2::TokenStream::from_str` would first run proc-macro2's own lexer over the text
/// to validate it (unoptimised, see `docs/design.md`), which cost more than building the tokens.
pub(crate) fn lex(text: &str) -> Result<TokenStream, Diagnostic> {
    let error = |error: &dyn std::fmt::Display| {
        Diagnostic::error(
            Location::Page,
            format!("internal error: the generated code does not lex: {error}"),
        )
    };
    if proc_macro::is_available() {
        text.parse::<proc_macro::TokenStream>()
            .map(TokenStream::from)
            .map_err(|e| error(&e))
    } else {
        text.parse::<TokenStream>().map_err(|e| error(&e))
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_nul_byte_before_a_digit_is_not_an_octal_lookalike() {
        let mut out = String::new();
        push_byte_string_literal(&mut out, &[0, b'2', 0, b'a', 0]);
        assert_eq!(out, "b\"\\x002\\0a\\0\"");
    }

    use super::*;

    #[test]
    fn byte_string_literals_keep_their_value() {
        let bytes: Vec<u8> = (0..=255).collect();
        let mut source = String::new();
        push_byte_string_literal(&mut source, &bytes);
        let parsed: syn::LitByteStr = syn::parse_str(&source).expect("a byte string literal");
        assert_eq!(parsed.value(), bytes);
    }

    #[test]
    fn string_literals_keep_their_value() {
        for text in [
            "",
            "plain",
            "中文说明：参数错误。",
            "quote \" and backslash \\ and {braces}",
            "line\nbreak\ttab\r\nwindows",
            "nul \0 bell \u{7} delete \u{7f}",
            "bidi \u{202e}evil\u{202c} \u{2066}x\u{2069} mark \u{200f} bom \u{feff}",
            "emoji 🦀 and combining e\u{301}",
            "C1 \u{85}\u{9f} and full-width ，：（） \u{fe0f} \u{2070} \u{a0}",
        ] {
            let mut source = String::new();
            push_string_literal(&mut source, text);
            let parsed: syn::LitStr = syn::parse_str(&source).expect("a string literal");
            assert_eq!(parsed.value(), text);
            assert!(
                !source.contains('\r') && !source.contains('\u{202e}') && !source.contains('\0'),
                "{source}"
            );
        }
    }
}
