//! Error-code cells: trims copy-paste blanks and a trailing `.`, then checks what remains
//! against the code grammar, saying what is wrong when it does not match.

/// Blanks that surround a pasted code: any Unicode white space (U+3000 and U+00A0 included).
pub(super) fn is_blank(c: char) -> bool {
    c.is_whitespace()
}

/// Trims and checks a code cell: surrounding blanks (also full-width and no-break spaces) and
/// one trailing `.` are dropped; what remains must be `[A-Za-z][A-Za-z0-9_-]*` segments joined
/// by single dots.
pub fn normalise_code(cell: &str) -> Result<String, String> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
