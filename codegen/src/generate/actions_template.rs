//! The generated code of one per-action enum, as source text with [`ActionMarker`]s that
//! [`super::generate_actions`] fills in. The enum implements `__private::Action` with the only two
//! `match`es over its variants (variant → position or `Other`, position → variant), `Other`'s
//! constructor, and byte tables from
//! position to the service enum's `ALL` and back; every method is one call to a generic
//! `__private::action_*` function, which the compiler checks once in the runtime instead of
//! once per enum (see `docs/benchmarks.md`, "Per-action enums"). Codes and descriptions stay in
//! the service enum's tables, except for the codes the service page does not list.

use super::template::markers;

markers! {
    /// The markers of [`ACTION`].
    pub(super) enum ActionMarker {
        /// The enum's docs and its `#[deprecated]`, as attributes.
        EnumDoc = "ENUM_DOC",
        EnumDeprecated = "ENUM_DEPRECATED",
        /// The visibility of the enum.
        Vis = "VIS",
        /// The enum's name (a type).
        Name = "NAME",
        /// The service enum (a type: `super::CvmError`).
        ServiceEnum = "SERVICE_ENUM",
        /// The service enum's catch-all variant, the per-action enum's.
        Unknown = "UNKNOWN",
        Other = "OTHER",
        /// The action's name, a string literal.
        Action = "ACTION",
        /// The variants' definitions, and the doc of `Other` (a string literal).
        Variants = "VARIANTS",
        OtherDoc = "OTHER_DOC",
        /// The `match` arms and the list of every variant.
        PositionArms = "POSITION_ARMS",
        ListedArms = "LISTED_ARMS",
        All = "ALL",
        /// How many codes are current.
        Current = "CURRENT",
        /// The byte tables to and from the service enum.
        Services = "SERVICES",
        Positions = "POSITIONS",
        Wide = "WIDE",
        UnlistedPositions = "UNLISTED_POSITIONS",
        /// The tables of texts and names.
        Names = "NAMES",
        UnlistedCodes = "UNLISTED_CODES",
        UnlistedDescriptions = "UNLISTED_DESCRIPTIONS",
        Retired = "RETIRED",
        /// The page's language's variant of `Language`.
        Language = "LANGUAGE",
    }
}

/// One per-action enum: its definition and a `const _` block with everything else.
///
/// Every function is `#[inline]`: the compiler then generates code only for the ones a crate
/// uses, where it otherwise compiled every method of every enum (most crates use a few of the
/// hundreds of actions a page has; see `docs/benchmarks.md`).
pub(super) const ACTION: &str = r#####"
@ENUM_DOC@@ENUM_DEPRECATED@
#[non_exhaustive]
@VIS@ enum @NAME@ {
    @VARIANTS@
    #[doc = @OTHER_DOC@]
    @OTHER@(@SERVICE_ENUM@),
}

// Deprecated (retired) variants are named here, on purpose.
#[allow(deprecated)]
const _: () = {
    use ::core::option::Option::{None as __None, Some as __Some};
    use ::tencent_errors::__private as __p;

    #[doc(hidden)]
    impl __p::Action for @NAME@ {
        type Service = @SERVICE_ENUM@;
        const TABLE: &'static __p::ActionTable = &__p::ActionTable {
            services: @SERVICES@,
            positions: @POSITIONS@,
            wide: @WIDE@,
            unlisted: @UNLISTED_CODES@,
            unlisted_descriptions: __p::descriptions!(@UNLISTED_DESCRIPTIONS@),
            language: ::tencent_errors::Language::@LANGUAGE@,
            unlisted_positions: @UNLISTED_POSITIONS@,
            names: @NAMES@,
            retired: @RETIRED@,
        };
        #[allow(unreachable_code)] // when the action lists no code
        #[inline]
        fn view(&self) -> ::core::result::Result<usize, &@SERVICE_ENUM@> {
            ::core::result::Result::Ok(match self {
                @POSITION_ARMS@
                @NAME@::@OTHER@(other) => return ::core::result::Result::Err(other),
            })
        }
        #[allow(unreachable_code)] // when the action lists no code
        #[inline]
        fn listed(position: usize) -> ::core::option::Option<Self> {
            __Some(match position {
                @LISTED_ARMS@
                _ => return __None,
            })
        }
        #[inline]
        fn from_other(other: @SERVICE_ENUM@) -> Self {
            @NAME@::@OTHER@(other)
        }
    }

    impl ::core::convert::From<@SERVICE_ENUM@> for @NAME@ {
        /// The action's variant for the code, or `Other` with the service enum's value.
        #[inline]
        fn from(error: @SERVICE_ENUM@) -> Self {
            __p::action_from(error)
        }
    }

    impl ::core::convert::From<@NAME@> for @SERVICE_ENUM@ {
        /// The service enum's variant for the code (`@UNKNOWN@` for a code the service page
        /// does not list): the code string is the same.
        #[inline]
        fn from(error: @NAME@) -> Self {
            __p::action_into_service(error)
        }
    }

    impl @NAME@ {
        /// The service these codes belong to.
        pub const SERVICE: &'static str = @SERVICE_ENUM@::SERVICE;

        /// The action, as its API page names it.
        pub const ACTION: &'static str = @ACTION@;

        /// Every code the action lists, in page order (each once): the current codes
        /// ([`Self::CURRENT`]), then the retired ones (deprecated variants for codes the action
        /// no longer lists).
        pub const ALL: &'static [@NAME@] = &[@ALL@];

        /// The codes the action lists today, in page order: [`Self::ALL`] without the codes
        /// it no longer lists (empty for a retired action).
        pub const CURRENT: &'static [@NAME@] = Self::ALL.split_at(@CURRENT@).0;

        /// The variant for `code`: the service enum's lookup (one perfect-hash probe), then a
        /// table load to the action's variant; every code the action does not list is `Other`,
        /// kept as the service enum has it. Never fails.
        #[inline]
        pub fn from_code(code: &str) -> Self {
            __p::action_from_code(code)
        }

        /// The exact code string.
        #[inline]
        pub fn code(&self) -> &str {
            __p::action_code(self)
        }

        /// Whether the action lists this code (it is not `Other`).
        #[inline]
        pub fn is_known(&self) -> bool {
            __p::action_is_known(self)
        }

        /// The service page's description as plain text (for a code only the action page
        /// lists, the action page's); `None` as for the service enum.
        #[inline]
        pub fn description(&self) -> ::core::option::Option<&'static str> {
            __p::action_description(self)
        }

        /// The description in exactly `language`: the service enum's; for a code only the
        /// action's page lists, the page's own, in the page's language.
        #[inline]
        pub fn description_in(
            &self,
            language: ::tencent_errors::Language,
        ) -> ::core::option::Option<&'static str> {
            __p::action_description_in(self, language)
        }

        /// Whether the code is retired for this action: the action no longer lists it, the
        /// service no longer publishes it, or the action itself is gone (its variant is
        /// deprecated, or the enum is).
        #[inline]
        pub fn is_retired(&self) -> bool {
            __p::action_is_retired(self)
        }

        /// The first release of Tencent's SDK package since which the code is retired for this
        /// action, e.g. `"tencentcloud-sdk-go 1.3.166"`; `None` for current codes and `Other`.
        #[inline]
        pub fn retired_since(&self) -> ::core::option::Option<&'static str> {
            __p::action_retired_since(self)
        }

        /// The code's family.
        #[inline]
        pub fn category(&self) -> ::tencent_errors::Category {
            __p::action_category(self)
        }

        /// Whether retrying can help; see `tencent_errors::RetryClass`.
        #[inline]
        pub fn retry_class(&self) -> ::tencent_errors::RetryClass {
            __p::action_retry_class(self)
        }

        /// The public code (公共错误码) this is, if it is one; see `tencent_errors::CommonError`.
        #[inline]
        pub fn common(&self) -> ::core::option::Option<::tencent_errors::CommonError> {
            __p::action_common(self)
        }
    }

    // Not derived: a derive is a `match` over every variant; these go through the position.
    impl ::core::clone::Clone for @NAME@ {
        #[inline]
        fn clone(&self) -> Self {
            __p::action_clone(self)
        }
    }

    // The output is the derived one's: the variant's name, or `Other(..)`.
    impl ::core::fmt::Debug for @NAME@ {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            __p::action_debug(self, f)
        }
    }

    impl ::core::fmt::Display for @NAME@ {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            __p::action_display(self, f)
        }
    }

    impl ::std::error::Error for @NAME@ {}

    impl ::core::str::FromStr for @NAME@ {
        type Err = ::core::convert::Infallible;

        #[inline]
        fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
            ::core::result::Result::Ok(__p::action_from_code(code))
        }
    }

    impl ::core::cmp::PartialEq for @NAME@ {
        #[inline]
        fn eq(&self, other: &Self) -> bool {
            __p::action_eq(self, other)
        }
    }

    impl ::core::cmp::Eq for @NAME@ {}

    impl ::core::hash::Hash for @NAME@ {
        #[inline]
        fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
            __p::action_hash(self, state)
        }
    }

    // `ServiceError` is one generic impl in `__private`, for every `__private::Action`.

    __p::impl_serde!(@NAME@);
};
"#####;
