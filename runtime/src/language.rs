//! The languages Tencent Cloud publishes its error-code pages in.

use core::fmt;

/// A language a code's description can be in.
///
/// Tencent Cloud publishes each service's error-code page in Chinese (the reference) and in
/// English (a translation that may lag behind and lack some codes). A generated enum can carry
/// both, and its descriptions follow one rule:
///
/// - [`description()`](crate::ServiceError::description) gives the text in the enum's
///   *default language*, Chinese unless the macro's `lang = "en"` option makes it English, and
///   falls back to the other language when the code has no text in the default one;
/// - [`description_in(language)`](crate::ServiceError::description_in) gives the text in
///   exactly `language`, or `None` when the code has none in it (also for unlisted codes, and
///   for every code when the `descriptions` feature is off).
///
/// ```
/// use tencent_errors_runtime::Language;
///
/// assert_eq!(Language::Chinese.as_str(), "zh");
/// assert_eq!(Language::English.to_string(), "en");
/// assert_eq!(Language::ALL, &[Language::Chinese, Language::English]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Language {
    /// Simplified Chinese (`zh`), the language of the reference pages.
    Chinese,
    /// English (`en`).
    English,
}

impl Language {
    /// Every language, Chinese first.
    pub const ALL: &'static [Language] = &[Language::Chinese, Language::English];

    /// The ISO 639-1 code: `"zh"` or `"en"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Language::Chinese => "zh",
            Language::English => "en",
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
        assert_eq!(codes, ["zh", "en"]);
        for &language in Language::ALL {
            assert_eq!(language.to_string(), language.as_str());
        }
    }
}
