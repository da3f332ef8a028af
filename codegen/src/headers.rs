//! The words that mark a page's tables: header texts of the code and description columns, and
//! the heading words of the public table. Every keyword the reader compares against lives here.
//!
//! Header cells are compared after [`header_key`]: blanks (also U+3000) removed, full-width
//! parentheses and colons made ASCII, ASCII letters lower-cased. So `Error Code`, `ErrorCode`
//! and `error code` are one header, and so are `错误码（Code）` and `错误码 (Code)`.

/// Header texts that mark the error-code column: the wordings Tencent's pages use.
pub const CODE_HEADERS: &[&str] = &[
    "错误码",
    "错误代码",
    "返回码",
    "错误码(Code)",
    "Error Code",
    "Code",
];

/// Header texts that mark the description column. A column headed with a word of
/// `WEAK_DESCRIPTION_HEADERS` (`备注`, "remarks") is the description column only when no
/// column has one of the others.
pub const DESCRIPTION_HEADERS: &[&str] = &[
    "说明",
    "描述",
    "错误描述",
    "错误信息",
    "错误说明",
    "含义",
    "描述信息",
    "错误码描述",
    "错误码说明",
    "Description",
    "Message",
    "Error Message",
    "Error Description",
    "Meaning",
    "备注",
];

/// The description headers that yield to any other (a code table with both a `说明` and a
/// `备注` column describes its codes in `说明`).
const WEAK_DESCRIPTION_HEADERS: &[&str] = &["备注"];

/// Whether a heading names the public table (公共错误码, "Common Error Codes"): the table under
/// it is [`TableKind::Public`](crate::parse::TableKind::Public).
pub fn is_public_heading(heading: &str) -> bool {
    let lower = heading.to_lowercase();
    heading.contains("公共") || lower.contains("common") || lower.contains("public")
}

/// A header cell as it is compared: blanks dropped, full-width `（）：` made ASCII, ASCII
/// letters lower-cased.
fn header_key(header: &str) -> String {
    header
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            '：' => ':',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Whether `header` (a header cell's text) is one of `names`.
fn is_header(header: &str, names: &[&str]) -> bool {
    let key = header_key(header);
    names.iter().any(|name| header_key(name) == key)
}

/// The position of the error-code column among a table's header cells.
pub(crate) fn code_column(header: &[String]) -> Option<usize> {
    header.iter().position(|h| is_header(h, CODE_HEADERS))
}

/// The position of the description column: the first column with a description header, one
/// with a weak header (`备注`) only if there is no other.
pub(crate) fn description_column(header: &[String]) -> Option<usize> {
    let strong: Vec<&str> = DESCRIPTION_HEADERS
        .iter()
        .copied()
        .filter(|name| !WEAK_DESCRIPTION_HEADERS.contains(name))
        .collect();
    header
        .iter()
        .position(|h| is_header(h, &strong))
        .or_else(|| {
            header
                .iter()
                .position(|h| is_header(h, WEAK_DESCRIPTION_HEADERS))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| (*c).to_owned()).collect()
    }

    #[test]
    fn code_headers_in_every_wording() {
        for wording in [
            "错误码",
            "错误代码",
            "返回码",
            "错误码（Code）",
            "错误码(Code)",
            "错误码 (code)",
            "Error Code",
            "ErrorCode",
            "error code",
            "ERRORCODE",
            "Code",
            "\u{3000}错误码\u{3000}",
        ] {
            assert_eq!(code_column(&header(&[wording, "x"])), Some(0), "{wording}");
        }
        for other in ["参数", "Codes", "错误", "Name", ""] {
            assert_eq!(code_column(&header(&[other])), None, "{other}");
        }
    }

    #[test]
    fn description_headers_in_every_wording() {
        for wording in [
            "说明",
            "描述",
            "错误描述",
            "错误信息",
            "错误说明",
            "含义",
            "描述信息",
            "备注",
            "Description",
            "Message",
            "Error Message",
            "ErrorMessage",
            "Error Description",
            "meaning",
        ] {
            assert_eq!(
                description_column(&header(&["错误码", wording])),
                Some(1),
                "{wording}"
            );
        }
    }

    #[test]
    fn remarks_yield_to_a_real_description_column() {
        assert_eq!(
            description_column(&header(&["错误码", "备注", "说明"])),
            Some(2)
        );
        assert_eq!(
            description_column(&header(&["错误码", "描述", "说明"])),
            Some(1),
            "otherwise the first one"
        );
        assert_eq!(description_column(&header(&["错误码", "备注"])), Some(1));
        assert_eq!(description_column(&header(&["错误码", "参数"])), None);
    }
}
