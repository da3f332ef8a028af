//! The words that mark a page's tables: header texts of the code and description columns, and
//! the heading words of the public table. Every keyword the reader compares against lives here.

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

/// Whether a heading names the public table (公共错误码, "Common Error Codes"): the table under
/// it is [`TableKind::Public`](crate::parse::TableKind::Public).
pub fn is_public_heading(heading: &str) -> bool {
    let lower = heading.to_lowercase();
    heading.contains("公共") || lower.contains("common") || lower.contains("public")
}

/// Whether `header` (a trimmed header cell) is one of `names`.
pub fn is_header(header: &str, names: &[&str]) -> bool {
    names.iter().any(|name| header.eq_ignore_ascii_case(name))
}
