//! Telling a page's language from its text: the one home of that rule (`docs/design.md`,
//! "Languages"). Headers say nothing (Chinese pages with `| Code | Description |` headers
//! exist), so only the descriptions count.

use tencent_errors_runtime::Language;

use super::Row;
use crate::diagnostic::{Diagnostic, Location};

/// The language of a page from its descriptions: among the rows with a description, when at
/// least a fifth contain kana it is Japanese, hangul Korean, CJK ideographs (and neither)
/// Chinese; otherwise English. An error says why it cannot be told: no row has a description,
/// or a fifth have kana and a fifth hangul.
pub(crate) fn page_language(rows: &[Row]) -> Result<Language, String> {
    let (mut described, mut kana, mut hangul, mut ideographs) = (0usize, 0, 0, 0);
    for text in rows
        .iter()
        .filter_map(|row| row.description.as_ref().map(|d| d.text.as_str()))
    {
        described += 1;
        let (mut has_kana, mut has_hangul, mut has_ideograph) = (false, false, false);
        for c in text.chars() {
            has_kana |= is_kana(c);
            has_hangul |= is_hangul(c);
            has_ideograph |= is_cjk_ideograph(c);
        }
        kana += usize::from(has_kana);
        hangul += usize::from(has_hangul);
        ideographs += usize::from(has_ideograph);
    }
    if described == 0 {
        return Err(
            "the page's language cannot be told: none of its codes has a description".to_owned(),
        );
    }
    let telling = |count: usize| count * 5 >= described;
    match (telling(kana), telling(hangul)) {
        (true, true) => Err(format!(
            "the page's language cannot be told: {kana} of its {described} descriptions have \
             Japanese kana and {hangul} Korean hangul; give one page per language"
        )),
        (true, false) => Ok(Language::Japanese),
        (false, true) => Ok(Language::Korean),
        (false, false) if telling(ideographs) => Ok(Language::Chinese),
        (false, false) => Ok(Language::English),
    }
}

/// The language of each of a crate's pages, in order, or the problem with the file it concerns
/// (the name given in `names`). One page may be in any language, and one without descriptions
/// counts as Chinese (nothing of it is in a language anyway); with several pages each is one
/// language (`path = ["zh.md", "en.md", "ja.md", "ko.md"]`, any subset): a page whose language
/// cannot be told, or two pages in one language, is an error.
pub(crate) fn page_languages(
    pages: &[(&str, &[Row])],
) -> Result<Vec<Language>, (String, Vec<Diagnostic>)> {
    if let [(_, rows)] = pages {
        return Ok(vec![single_page_language(rows)]);
    }
    let mut languages: Vec<Language> = Vec::with_capacity(pages.len());
    for (index, (name, rows)) in pages.iter().enumerate() {
        let fail = |message: String| {
            (
                (*name).to_owned(),
                vec![Diagnostic::error(Location::Page, message)],
            )
        };
        let language = page_language(rows).map_err(|message| {
            fail(format!(
                "{message}; with several pages (`path = [..]`) each page must be in one language"
            ))
        })?;
        if let Some(first) = languages.iter().position(|&l| l == language) {
            return Err(fail(format!(
                "the page is in {} like `{}`; give one page per language (Chinese, English, \
                 Japanese, Korean)",
                language_name(language),
                pages[first].0
            )));
        }
        debug_assert_eq!(languages.len(), index);
        languages.push(language);
    }
    Ok(languages)
}

/// The language of a crate's only page: [`page_language`], Chinese when it cannot be told.
pub(crate) fn single_page_language(rows: &[Row]) -> Language {
    page_language(rows).unwrap_or(Language::Chinese)
}

/// The English name of a language, for messages and docs.
pub(crate) fn language_name(language: Language) -> &'static str {
    match language {
        Language::English => "English",
        Language::Japanese => "Japanese",
        Language::Korean => "Korean",
        _ => "Chinese",
    }
}

/// Hiragana, katakana (also half-width and the phonetic extensions): only Japanese has them.
fn is_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{ff66}'..='\u{ff9f}')
}

/// Hangul syllables and jamo: only Korean has them.
fn is_hangul(c: char) -> bool {
    matches!(c, '\u{ac00}'..='\u{d7af}' | '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}')
}

/// CJK unified ideographs (with extension A and the compatibility block): Chinese, and kanji.
fn is_cjk_ideograph(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::parse_page;

    fn rows(texts: &[&str]) -> Vec<Row> {
        let mut page = String::from("| 错误码 | 说明 |\n|---|---|\n");
        for (i, text) in texts.iter().enumerate() {
            page.push_str(&format!("| A{i} | {text} |\n"));
        }
        parse_page(&page).expect("a page").rows
    }

    #[test]
    fn the_language_follows_the_text() {
        let language = |texts: &[&str]| page_language(&rows(texts));
        assert_eq!(language(&["参数错误。", "Bad."]), Ok(Language::Chinese));
        assert_eq!(
            language(&["Bad.", "Worse.", "Missing.", "Gone.", "Odd.", "参数"]),
            Ok(Language::English)
        );
        // Kanji alone would be Chinese; kana make it Japanese.
        assert_eq!(
            language(&["パラメータエラー。", "内部エラー。", "操作に失敗しました。"]),
            Ok(Language::Japanese)
        );
        assert_eq!(
            language(&["매개변수 오류.", "내부 오류.", "token 오류."]),
            Ok(Language::Korean)
        );
        assert!(language(&[""]).unwrap_err().contains("none of its codes"));
        assert!(language(&["エラー", "오류"]).unwrap_err().contains("kana"));
    }

    #[test]
    fn several_pages_need_one_language_each() {
        let zh = rows(&["参数错误。"]);
        let en = rows(&["Bad."]);
        let ja = rows(&["エラー。"]);
        let none = rows(&[""]);
        assert_eq!(
            page_languages(&[("zh.md", &zh), ("ja.md", &ja), ("en.md", &en)]),
            Ok(vec![
                Language::Chinese,
                Language::Japanese,
                Language::English
            ])
        );
        assert_eq!(
            page_languages(&[("x.md", &none)]),
            Ok(vec![Language::Chinese])
        );
        let (file, diagnostics) =
            page_languages(&[("a.md", &zh), ("b.md", &zh)]).expect_err("two Chinese pages");
        assert_eq!(file, "b.md");
        assert!(diagnostics[0]
            .message
            .starts_with("the page is in Chinese like `a.md`"));
        let (file, diagnostics) =
            page_languages(&[("a.md", &zh), ("c.md", &none)]).expect_err("untold");
        assert_eq!(file, "c.md");
        assert!(diagnostics[0].message.contains("cannot be told"));
    }
}
