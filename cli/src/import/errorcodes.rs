//! Parsing one `errorcodes.py` of the Python SDK: its codes and the `# description` comment above each.
//!
//! The file is a list of `NAME = 'Code'` assignments, each with its description in the comment
//! block directly above it (several comment lines are joined with a space; a blank line ends a
//! block, so the license header describes nothing). Anything else is an error naming the line.

/// One `NAME = 'Code'` assignment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The error code (`InvalidParameter.ValueTooLarge`).
    pub code: String,
    /// The comment directly above, trimmed; `None` when there is none or it is blank.
    pub description: Option<String>,
    /// The 1-based line of the assignment.
    pub line: usize,
}

/// A line that is neither blank, a comment nor a code assignment (1-based line, what is wrong).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The 1-based line.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

/// The entries of an `errorcodes.py`, in file order.
pub fn parse(text: &str) -> Result<Vec<Entry>, SyntaxError> {
    let mut entries = Vec::new();
    let mut comment: Vec<&str> = Vec::new();
    for (index, raw) in text.split('\n').enumerate() {
        let line = index + 1;
        let content = raw.strip_suffix('\r').unwrap_or(raw);
        let trimmed = content.trim();
        if trimmed.is_empty() {
            comment.clear();
        } else if let Some(text) = trimmed.strip_prefix('#') {
            comment.push(text.trim());
        } else {
            let code = assignment(content).map_err(|message| SyntaxError { line, message })?;
            let joined = comment
                .iter()
                .filter(|piece| !piece.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            comment.clear();
            entries.push(Entry {
                code,
                description: (!joined.is_empty()).then_some(joined),
                line,
            });
        }
    }
    Ok(entries)
}

/// The code of `NAME = 'Code'` (or `"Code"`).
fn assignment(line: &str) -> Result<String, String> {
    let shown = || line.trim().escape_debug().to_string();
    let Some((name, value)) = line.split_once('=') else {
        return Err(format!(
            "expected a `# description` comment or `NAME = 'Code'`, found `{}`",
            shown()
        ));
    };
    let name = name.trim();
    let is_identifier = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !is_identifier {
        return Err(format!(
            "`{}` is not a Python name; expected `NAME = 'Code'`",
            name.escape_debug()
        ));
    }
    let value = value.trim();
    let quote = value.chars().next().filter(|c| *c == '\'' || *c == '"');
    let code = quote
        .and_then(|q| value[1..].strip_suffix(q))
        .ok_or_else(|| {
            format!(
                "the value of `{name}` is not one quoted string: `{}`",
                value.escape_debug()
            )
        })?;
    let valid = !code.is_empty()
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if !valid {
        return Err(format!(
            "`{}` (the value of `{name}`) is not an error code: use letters, digits, `.`, `_` and `-`",
            code.escape_debug()
        ));
    }
    Ok(code.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(code: &str, description: Option<&str>, line: usize) -> Entry {
        Entry {
            code: code.into(),
            description: description.map(Into::into),
            line,
        }
    }

    #[test]
    fn comments_directly_above_describe_the_code() {
        let text = "# -*- coding: utf8 -*-\n# License\n\n\n# 内部错误。 \nINTERNALERROR = 'InternalError'\n\nNODESC = \"No.Desc\"\n";
        assert_eq!(
            parse(text).expect("parses"),
            vec![
                entry("InternalError", Some("内部错误。"), 6),
                entry("No.Desc", None, 8)
            ]
        );
    }

    #[test]
    fn comment_blocks_are_joined_and_blank_lines_end_them() {
        let text = "# first\n#\n#  second \nA = 'A'\n# orphan\n\nB = 'B'\r\n#   \nC = 'C'\n";
        assert_eq!(
            parse(text).expect("parses"),
            vec![
                entry("A", Some("first second"), 4),
                entry("B", None, 7),
                entry("C", None, 9)
            ]
        );
    }

    #[test]
    fn other_lines_are_errors_with_their_line() {
        let error = parse("# x\nA = 'A'\nimport os\n").expect_err("not an assignment");
        assert_eq!(error.line, 3);
        assert!(error.message.contains("import os"), "{}", error.message);
        assert_eq!(parse("A = B\n").expect_err("unquoted").line, 1);
        assert_eq!(parse("\nA = 'a b'\n").expect_err("space").line, 2);
        assert_eq!(parse("A B = 'x'\n").expect_err("name").line, 1);
        assert_eq!(parse("A = 'x\"\n").expect_err("quotes").line, 1);
        assert_eq!(parse("A = ''\n").expect_err("empty").line, 1);
    }
}
