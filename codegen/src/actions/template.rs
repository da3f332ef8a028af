//! The generated code of one per-action enum, as source text with `@MARKER@`s that
//! [`super::generate`] fills in. Every accessor goes through the service enum: `service`
//! maps a variant to the service enum's value (a promoted `&'static` constant), so the
//! per-action enum keeps no table of codes or descriptions of its own, except for the codes the
//! service page does not list.

/// One per-action enum: its definition and a `const _` block with everything else.
///
/// Every function is `#[inline]`: the compiler then generates code only for the ones a crate
/// uses, where it otherwise compiled every method of every enum (most crates use a few of the
/// hundreds of actions a page has; see `docs/benchmarks.md`).
pub(super) const ACTION: &str = r#####"
@ENUM_DOC@
#[non_exhaustive]
#[derive(Clone, Debug)]
@VIS@ enum @NAME@ {
    @VARIANTS@
    #[doc = @OTHER_DOC@]
    Other(@SERVICE@),
}

// Deprecated (retired) variants are named here, on purpose.
#[allow(deprecated)]
const _: () = {
    use ::core::option::Option::None as __None;
    use ::core::result::Result::{Err as __Err, Ok as __Ok};

    // The codes this action lists that the service page does not, and their descriptions.
    static UNLISTED: ::tencent_errors::__private::Strings = @UNLISTED_CODES@;
    static UNLISTED_DESCRIPTIONS: ::tencent_errors::__private::Strings =
        ::tencent_errors::__private::descriptions!(@UNLISTED_DESCRIPTIONS@);

    // The service enum's value of a variant, or the index in `UNLISTED` of a code the service
    // page does not list.
    #[allow(unreachable_code)] // when the action lists no code
    #[inline]
    fn service(error: &@NAME@) -> ::core::result::Result<&@SERVICE@, usize> {
        __Ok(match error {
            @SERVICE_ARMS@
            @NAME@::Other(other) => other,
        })
    }

    // The variant at a 1-based position in `ALL`. With `position` below, the compiler turns
    // the conversion from the service enum into a table load and arithmetic on the
    // discriminant, where one `match` from variant to variant was a jump per variant.
    #[allow(unreachable_code)] // when the action lists no code
    #[inline]
    fn listed(position: usize) -> ::core::option::Option<@NAME@> {
        ::core::option::Option::Some(match position {
            @LISTED_ARMS@
            _ => return __None,
        })
    }

    impl ::core::convert::From<@SERVICE@> for @NAME@ {
        /// The action's variant for the code, or `Other` with the service enum's value.
        #[inline]
        fn from(error: @SERVICE@) -> Self {
            let position: usize = match &error {
                @POSITION_ARMS@
                _ => 0,
            };
            match listed(position) {
                ::core::option::Option::Some(listed) => listed,
                __None => match error {
                    @UNKNOWN_ARMS@
                    other => @NAME@::Other(other),
                },
            }
        }
    }

    impl ::core::convert::From<@NAME@> for @SERVICE@ {
        /// The service enum's variant for the code (`@UNKNOWN@` for a code the service page
        /// does not list): the code string is the same.
        #[inline]
        fn from(error: @NAME@) -> Self {
            match error {
                @NAME@::Other(other) => other,
                action => match service(&action) {
                    __Ok(known) => ::core::clone::Clone::clone(known),
                    __Err(index) => @SERVICE@::@UNKNOWN@(::std::string::String::from(
                        UNLISTED.get(index).unwrap_or_default(),
                    )),
                },
            }
        }
    }

    impl @NAME@ {
        /// The service these codes belong to.
        pub const SERVICE: &'static str = @SERVICE@::SERVICE;

        /// The action, as its API page names it.
        pub const ACTION: &'static str = @ACTION@;

        /// Every code the action lists, in page order (each once).
        pub const ALL: &'static [@NAME@] = &[@ALL@];

        /// The variant for `code`: the service enum's lookup (one perfect-hash probe), then a
        /// `match` to the action's variant; every code the action does not list is `Other`,
        /// kept as the service enum has it. Never fails.
        #[inline]
        pub fn from_code(code: &str) -> Self {
            <Self as ::core::convert::From<@SERVICE@>>::from(@SERVICE@::from_code(code))
        }

        /// The exact code string.
        #[inline]
        pub fn code(&self) -> &str {
            match service(self) {
                __Ok(known) => known.code(),
                __Err(index) => UNLISTED.get(index).unwrap_or_default(),
            }
        }

        /// Whether the action lists this code (it is not `Other`).
        #[inline]
        pub fn is_known(&self) -> bool {
            !::core::matches!(self, @NAME@::Other(_))
        }

        /// The service page's description as plain text (for a code only the action page
        /// lists, the action page's); `None` as for the service enum.
        #[inline]
        pub fn description(&self) -> ::core::option::Option<&'static str> {
            match service(self) {
                __Ok(known) => known.description(),
                __Err(index) => UNLISTED_DESCRIPTIONS.get(index),
            }
        }

        /// The description in exactly `language` (the action pages are Chinese).
        #[inline]
        pub fn description_in(
            &self,
            language: ::tencent_errors::Language,
        ) -> ::core::option::Option<&'static str> {
            match (service(self), language) {
                (__Ok(known), language) => known.description_in(language),
                (__Err(index), ::tencent_errors::Language::Chinese) => {
                    UNLISTED_DESCRIPTIONS.get(index)
                }
                (__Err(_), _) => __None,
            }
        }

        /// The code's family.
        #[inline]
        pub fn category(&self) -> ::tencent_errors::Category {
            match service(self) {
                __Ok(known) => known.category(),
                __Err(_) => ::tencent_errors::Category::of(self.code()),
            }
        }

        /// Whether retrying can help; see `tencent_errors::RetryClass`.
        #[inline]
        pub fn retry_class(&self) -> ::tencent_errors::RetryClass {
            match service(self) {
                __Ok(known) => known.retry_class(),
                __Err(_) => ::tencent_errors::RetryClass::of(self.code()),
            }
        }

        /// The public code (公共错误码) this is, if it is one; see `tencent_errors::CommonError`.
        #[inline]
        pub fn common(&self) -> ::core::option::Option<::tencent_errors::CommonError> {
            ::tencent_errors::CommonError::of(self.code())
        }
    }

    impl ::core::fmt::Display for @NAME@ {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::tencent_errors::__private::display(self.code(), self.description(), f)
        }
    }

    impl ::std::error::Error for @NAME@ {}

    impl ::core::str::FromStr for @NAME@ {
        type Err = ::core::convert::Infallible;

        #[inline]
        fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
            __Ok(Self::from_code(code))
        }
    }

    impl ::core::cmp::PartialEq for @NAME@ {
        #[inline]
        fn eq(&self, other: &Self) -> bool {
            self.code() == other.code()
        }
    }

    impl ::core::cmp::Eq for @NAME@ {}

    impl ::core::hash::Hash for @NAME@ {
        #[inline]
        fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
            ::core::hash::Hash::hash(self.code(), state)
        }
    }

    impl ::tencent_errors::ServiceError for @NAME@ {
        #[inline]
        fn service(&self) -> &'static str {
            Self::SERVICE
        }
        #[inline]
        fn code(&self) -> &str {
            self.code()
        }
        #[inline]
        fn description(&self) -> ::core::option::Option<&'static str> {
            self.description()
        }
        #[inline]
        fn description_in(
            &self,
            language: ::tencent_errors::Language,
        ) -> ::core::option::Option<&'static str> {
            self.description_in(language)
        }
        #[inline]
        fn is_known(&self) -> bool {
            self.is_known()
        }
        #[inline]
        fn category(&self) -> ::tencent_errors::Category {
            self.category()
        }
        #[inline]
        fn retry_class(&self) -> ::tencent_errors::RetryClass {
            self.retry_class()
        }
        #[inline]
        fn from_code(code: &str) -> Self {
            Self::from_code(code)
        }
    }

    ::tencent_errors::__private::impl_serde!(@NAME@);
};
"#####;
