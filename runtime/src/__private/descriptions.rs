//! The description helpers of generated enums: the `descriptions!` macro that keeps or drops
//! the description tables with the `descriptions` feature, and `Display`.

use core::fmt;

/// `Display` for generated enums: `Code: description`, or the bare code when unlisted.
pub fn display(code: &str, description: Option<&str>, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match description {
        Some(description) => write!(f, "{code}: {description}"),
        None => f.write_str(code),
    }
}

/// The descriptions of a generated enum in one language: `descriptions!(Strings { ... })` is
/// the [`Strings`] as written when the `descriptions` feature is on. An enum with descriptions
/// in two languages wraps each table in it.
#[cfg(feature = "descriptions")]
#[doc(hidden)]
#[macro_export]
macro_rules! __descriptions {
    ($($strings:tt)*) => {
        $($strings)*
    };
}

/// The descriptions of a generated enum: [`Strings::EMPTY`], so that no description reaches the
/// binary, because the `descriptions` feature is off.
#[cfg(not(feature = "descriptions"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __descriptions {
    ($($strings:tt)*) => {
        $crate::__private::Strings::EMPTY
    };
}

pub use crate::__descriptions as descriptions;

#[cfg(test)]
mod tests {
    use super::super::Strings;

    #[test]
    fn descriptions_are_kept_only_with_the_feature() {
        static TABLE: Strings = crate::__private::descriptions!(Strings {
            text: "ac",
            bounds: &[0, 1, 1, 2]
        });
        let all: Vec<Option<&str>> = (0..4).map(|i| TABLE.get(i)).collect();
        let expected = if cfg!(feature = "descriptions") {
            [Some("a"), None, Some("c"), None]
        } else {
            [None; 4]
        };
        assert_eq!(all, expected);
    }

    #[test]
    fn both_languages_tables_are_empty_without_the_feature() {
        static CHINESE: Strings = crate::__private::descriptions!(Strings {
            text: "实例不存在",
            bounds: &[0, 15, 15]
        });
        static ENGLISH: Strings = crate::__private::descriptions!(Strings {
            text: "Not foundThrottled",
            bounds: &[0, 9, 18]
        });
        let both: Vec<(Option<&str>, Option<&str>)> =
            (0..3).map(|i| (CHINESE.get(i), ENGLISH.get(i))).collect();
        if cfg!(feature = "descriptions") {
            assert_eq!(
                both,
                [
                    (Some("实例不存在"), Some("Not found")),
                    (None, Some("Throttled")),
                    (None, None)
                ]
            );
        } else {
            assert_eq!(both, [(None, None); 3]);
        }
    }

    #[test]
    fn display_is_the_code_and_the_description() {
        struct Shown(&'static str, Option<&'static str>);
        impl core::fmt::Display for Shown {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                super::display(self.0, self.1, f)
            }
        }
        assert_eq!(Shown("A.B", Some("说明")).to_string(), "A.B: 说明");
        assert_eq!(Shown("A.B", None).to_string(), "A.B");
    }
}
