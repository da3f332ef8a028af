//! The words that mark a page's tables: header texts of the code and description columns, the
//! heading words of the public table, and the titles of an API reference page's error-code
//! section, in the four editions of Tencent's site (Chinese, English, Japanese, Korean). Every
//! keyword the readers compare against lives here.
//!
//! Header cells are compared after [`header_key`]: blanks (also U+3000) removed, full-width
//! parentheses and colons made ASCII, ASCII letters lower-cased. So `Error Code`, `ErrorCode`
//! and `error code` are one header, and so are `错误码（Code）` and `错误码 (Code)`.

/// Header texts that mark the error-code column: the wordings Tencent's pages use.
pub(crate) const CODE_HEADERS: &[&str] = &[
    "错误码",
    "错误代码",
    "返回码",
    "错误码(Code)",
    "Error Code",
    "Code",
    "エラーコード",
    "오류 코드",
    "에러 코드",
];

/// Header texts that mark the description column. A column headed with a word of
/// `WEAK_DESCRIPTION_HEADERS` (`备注`, "remarks") is the description column only when no
/// column has one of the others.
pub(crate) const DESCRIPTION_HEADERS: &[&str] = &[
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
    "説明",
    "エラー説明",
    "エラーメッセージ",
    "설명",
    "오류 설명",
    "오류 메시지",
    "备注",
    "備考",
    "비고",
];

/// The description headers that yield to any other (a code table with both a `说明` and a
/// `备注` column describes its codes in `说明`): "remarks" in Chinese, Japanese and Korean.
const WEAK_DESCRIPTION_HEADERS: &[&str] = &["备注", "備考", "비고"];

/// Words of a heading that names the public table: `公共错误码`, "Common Error Codes",
/// `共通エラーコード`, `공통 오류 코드` (ASCII words compared in any case). Other headings
/// (`业务错误码`, "Business Error Codes", "Application Error Codes", `業務エラーコード`,
/// `サービスエラーコード`, `비즈니스 오류 코드`) name service tables.
const PUBLIC_HEADING_WORDS: &[&str] = &["公共", "共通", "공통", "common", "public"];

/// Whether a heading names the public table (公共错误码, "Common Error Codes"): the table under
/// it is [`TableKind::Public`](crate::read::TableKind::Public).
pub fn is_public_heading(heading: &str) -> bool {
    let lower = heading.to_lowercase();
    PUBLIC_HEADING_WORDS.iter().any(|word| lower.contains(word))
}

/// Titles of the error-code section of an API reference page (`## 4. 错误码`, after the
/// section number), in the four editions.
pub const ERROR_CODE_SECTION_TITLES: &[&str] = &[
    "错误码",
    "Error Codes",
    "Error Code",
    "エラーコード",
    "오류 코드",
    "에러 코드",
];

/// How an API reference page refers to its action in its description (`## 1.`), followed by
/// the action's name in parentheses: `本接口 (RunInstances)`, `本接口（RunInstances）`,
/// `This API (CreateVpc)`, in the four editions. Where it names another action than the
/// `Action` row, the row wins and the enum's docs note the phrase.
pub const API_SELF_REFERENCES: &[&str] = &[
    "本接口",
    "This API",
    "This interface",
    "本API",
    "このAPI",
    "このインターフェース",
    "本インターフェース",
    "이 API",
    "본 API",
    "해당 API",
];

/// Whether a heading's text (section number removed) titles an API reference page's
/// error-code section; compared as header cells are.
pub(crate) fn is_error_code_section_title(title: &str) -> bool {
    is_header(title, ERROR_CODE_SECTION_TITLES)
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
            "エラーコード",
            "오류 코드",
            "오류코드",
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
            "説明",
            "설명",
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
        assert_eq!(
            description_column(&header(&["エラーコード", "備考", "説明"])),
            Some(2)
        );
    }

    #[test]
    fn public_headings_in_the_four_editions() {
        for public in [
            "公共错误码",
            "Common Error Codes",
            "共通エラーコード",
            "공통 오류 코드",
            "Public error codes",
        ] {
            assert!(is_public_heading(public), "{public}");
        }
        for service in [
            "业务错误码",
            "Business Error Codes",
            "Application Error Codes",
            "業務エラーコード",
            "サービスエラーコード",
            "비즈니스 오류 코드",
            "错误码列表",
        ] {
            assert!(!is_public_heading(service), "{service}");
        }
    }

    #[test]
    fn error_code_section_titles_in_the_four_editions() {
        for title in [
            "错误码",
            "Error Codes",
            "error codes",
            "エラーコード",
            "오류 코드",
        ] {
            assert!(is_error_code_section_title(title), "{title}");
        }
        for other in ["输入参数", "Error", "示例", "Input Parameters"] {
            assert!(!is_error_code_section_title(other), "{other}");
        }
    }
}
