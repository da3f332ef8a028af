//! The languages Tencent Cloud publishes its error-code pages in.

use core::fmt;

/// A language a code's description can be in.
///
/// Tencent Cloud publishes each service's error-code page in Chinese (the reference) and in
/// English (a translation that may lag behind and lack some codes); its international site also
/// has Japanese and Korean editions, which lag further. The bundled data is Chinese and English
/// (the SDK packages it is imported from publish no other language); an enum built from pages of
/// your own (`path = ["zh.md", "en.md", "ja.md", "ko.md"]`, any subset) carries the text of each
/// page given. Whatever languages it has, a generated enum has the same methods, and its
/// descriptions follow one rule:
///
/// - [`description()`](crate::ServiceError::description) gives the text in the enum's
///   *default language* (Chinese unless the macro's `lang = "en"`, `"ja"` or `"ko"` option says
///   otherwise) and, when the code has no text in it, the first text it has in the other
///   languages in [`fallback_order`](Language::fallback_order): English, then Chinese, then the
///   rest;
/// - [`description_in(language)`](crate::ServiceError::description_in) gives the text in
///   exactly `language`, or `None` when the code has none in it (also for unlisted codes, for
///   a language no page was given in, and for every code when the `descriptions` feature is
///   off).
///
/// The enum is `#[non_exhaustive]`: adding a language is a minor release
/// (`docs/versioning.md`).
///
/// ```
/// use tencent_errors_runtime::Language;
///
/// assert_eq!(Language::Chinese.as_str(), "zh");
/// assert_eq!(Language::Korean.to_string(), "ko");
/// assert_eq!(
///     Language::ALL,
///     &[Language::Chinese, Language::English, Language::Japanese, Language::Korean]
/// );
/// assert_eq!(
///     Language::Japanese.fallback_order(),
///     &[Language::Japanese, Language::English, Language::Chinese, Language::Korean]
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Language {
    /// Simplified Chinese (`zh`), the language of the reference pages.
    Chinese,
    /// English (`en`).
    English,
    /// Japanese (`ja`), an edition of Tencent Cloud's international site.
    Japanese,
    /// Korean (`ko`), an edition of Tencent Cloud's international site.
    Korean,
}

impl Language {
    /// Every language, Chinese first, then English, Japanese and Korean.
    pub const ALL: &'static [Language] = &[
        Language::Chinese,
        Language::English,
        Language::Japanese,
        Language::Korean,
    ];

    /// The ISO 639-1 code: `"zh"`, `"en"`, `"ja"` or `"ko"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Language::Chinese => "zh",
            Language::English => "en",
            Language::Japanese => "ja",
            Language::Korean => "ko",
        }
    }

    /// The languages `description()` tries, in order, for an enum whose default language is
    /// `self`: `self`, then English (the language of the international site the other
    /// editions are translated for), then Chinese (the reference), then the others in
    /// [`Language::ALL`] order. Chinese and English fall back to each other, as they always
    /// have.
    pub const fn fallback_order(self) -> &'static [Language] {
        use Language::{Chinese, English, Japanese, Korean};
        match self {
            Chinese => &[Chinese, English, Japanese, Korean],
            English => &[English, Chinese, Japanese, Korean],
            Japanese => &[Japanese, English, Chinese, Korean],
            Korean => &[Korean, English, Chinese, Japanese],
        }
    }
}

/// The ISO 639-1 code, as [`Language::as_str`].
impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_iso_639_1_and_display_as_such() {
        let codes: Vec<&str> = Language::ALL.iter().map(|l| l.as_str()).collect();
        assert_eq!(codes, ["zh", "en", "ja", "ko"]);
        for &language in Language::ALL {
            assert_eq!(language.to_string(), language.as_str());
        }
    }

    #[test]
    fn every_fallback_order_starts_with_its_language_and_has_every_language_once() {
        for &language in Language::ALL {
            let order = language.fallback_order();
            assert_eq!(order[0], language);
            let mut sorted = order.to_vec();
            sorted.sort();
            assert_eq!(sorted, Language::ALL);
        }
        assert_eq!(
            Language::Chinese.fallback_order()[1],
            Language::English,
            "zh and en fall back to each other, as before Japanese and Korean"
        );
        assert_eq!(Language::English.fallback_order()[1], Language::Chinese);
    }
}
