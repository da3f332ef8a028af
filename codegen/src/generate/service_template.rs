//! The generated code around the enum's definition: lookups, accessors and trait impls, as
//! source text with [`ServiceMarker`]s that [`super::generate`] fills in.

use super::template::markers;

markers! {
    /// The markers of [`IMPLEMENTATION`].
    pub(super) enum ServiceMarker {
        /// The enum's name (a type).
        Name = "NAME",
        /// The catch-all variant's name.
        Unknown = "UNKNOWN",
        /// The service's name, a string literal (`"cvm"`).
        Service = "SERVICE",
        /// How many codes.
        Count = "COUNT",
        /// `include_bytes!` of every file read.
        Track = "TRACK",
        /// How many codes are current.
        Current = "CURRENT",
        /// The default language's variant of `Language`.
        Language = "LANGUAGE",
        /// The tables of texts and names.
        DescriptionsEn = "DESCRIPTIONS_EN",
        DescriptionsJa = "DESCRIPTIONS_JA",
        DescriptionsKo = "DESCRIPTIONS_KO",
        Retired = "RETIRED",
        Codes = "CODES",
        Descriptions = "DESCRIPTIONS",
        Names = "NAMES",
        Classes = "CLASSES",
        /// The perfect-hash table.
        Seed = "SEED",
        Shift = "SHIFT",
        Pilots = "PILOTS",
        Slots = "SLOTS",
        /// The `match` arms and the list of every variant.
        IndexArms = "INDEX_ARMS",
        VariantArms = "VARIANT_ARMS",
        All = "ALL",
        /// The doc of `from_code`, a string literal.
        FromCodeDoc = "FROM_CODE_DOC",
    }
}

/// Everything but the enum's definition, with [`ServiceMarker`]s that [`super::generate`]
/// fills in.
pub(super) const IMPLEMENTATION: &str = r#####"
// Deprecated (retired) variants are named here, on purpose.
#[allow(deprecated)]
const _: () = {
    @TRACK@

    // A `use` in this block shadows whatever the invoking module calls `Some` or `None`.
    use ::core::option::Option::{None as __None, Some as __Some};

    static TABLE: ::tencent_errors::__private::CodeTable = ::tencent_errors::__private::CodeTable {
        seed: @SEED@,
        shift: @SHIFT@,
        pilots: &[@PILOTS@],
        slots: &[@SLOTS@],
        codes: @CODES@,
    };
    // Empty without the facade's `descriptions` feature.
    static DESCRIPTIONS: ::tencent_errors::__private::Strings =
        ::tencent_errors::__private::descriptions!(@DESCRIPTIONS@);
    static DESCRIPTIONS_EN: ::tencent_errors::__private::Strings =
        ::tencent_errors::__private::descriptions!(@DESCRIPTIONS_EN@);
    static DESCRIPTIONS_JA: ::tencent_errors::__private::Strings = @DESCRIPTIONS_JA@;
    static DESCRIPTIONS_KO: ::tencent_errors::__private::Strings = @DESCRIPTIONS_KO@;
    // The release since which each code is no longer published; empty for current codes.
    static RETIRED: ::tencent_errors::__private::Strings = @RETIRED@;
    const LANGUAGE: ::tencent_errors::Language = ::tencent_errors::Language::@LANGUAGE@;
    // The variants' names, for `Debug`.
    static NAMES: ::tencent_errors::__private::Strings = @NAMES@;
    static CLASSES: &[u8; @COUNT@] = @CLASSES@;

    // `index` and `variant` are inverse matches between variants and page order. The compiler
    // turns both into arithmetic on the discriminant (no jump table), which is what makes
    // `from_code`, `clone` and the accessors branch-free.
    #[allow(unreachable_code)] // when the page lists no code
    fn index(error: &@NAME@) -> ::core::option::Option<usize> {
        __Some(match error {
            @INDEX_ARMS@
            @NAME@::@UNKNOWN@(_) => return __None,
        })
    }

    #[allow(unreachable_code)] // when the page lists no code
    fn variant(index: usize) -> ::core::option::Option<@NAME@> {
        __Some(match index {
            @VARIANT_ARMS@
            _ => return __None,
        })
    }

    // Out of line, so that the allocation does not weigh on the inlined lookup.
    #[cold]
    #[inline(never)]
    fn unlisted(code: &str) -> @NAME@ {
        @NAME@::@UNKNOWN@(::std::string::String::from(code))
    }

    impl @NAME@ {
        /// The service these codes belong to.
        pub const SERVICE: &'static str = @SERVICE@;

        /// Every listed code, in page order: the current codes ([`Self::CURRENT`]), then the
        /// retired ones (deprecated variants for codes Tencent no longer publishes).
        pub const ALL: &'static [@NAME@] = &[@ALL@];

        /// The codes Tencent publishes today, in page order: [`Self::ALL`] without the
        /// retired ones.
        pub const CURRENT: &'static [@NAME@] = Self::ALL.split_at(@CURRENT@).0;

        #[doc = @FROM_CODE_DOC@]
        #[inline(always)]
        pub fn from_code(code: &str) -> Self {
            match ::tencent_errors::__private::lookup(&TABLE, code).and_then(variant) {
                ::core::option::Option::Some(known) => known,
                ::core::option::Option::None => unlisted(code),
            }
        }

        /// The exact code string.
        pub fn code(&self) -> &str {
            match self {
                @NAME@::@UNKNOWN@(code) => code,
                known => index(known).and_then(|i| TABLE.codes.get(i)).unwrap_or_default(),
            }
        }

        /// Whether the page lists this code.
        pub fn is_known(&self) -> bool {
            !::core::matches!(self, @NAME@::@UNKNOWN@(_))
        }

        /// The page's description as plain text, in the enum's default language or else in
        /// the first other language that has one (see `tencent_errors::Language`); `None` for
        /// unlisted codes, codes without one, and every code when the `descriptions` feature
        /// of `tencent-errors` is off.
        pub fn description(&self) -> ::core::option::Option<&'static str> {
            LANGUAGE.fallback_order().iter().find_map(|&language| self.description_in(language))
        }

        /// The description in exactly `language`, or `None` when the code has none in it.
        pub fn description_in(
            &self,
            language: ::tencent_errors::Language,
        ) -> ::core::option::Option<&'static str> {
            let texts = match language {
                ::tencent_errors::Language::Chinese => &DESCRIPTIONS,
                ::tencent_errors::Language::English => &DESCRIPTIONS_EN,
                ::tencent_errors::Language::Japanese => &DESCRIPTIONS_JA,
                ::tencent_errors::Language::Korean => &DESCRIPTIONS_KO,
                // A language of a later runtime; unreachable in the runtime's own `CommonError`.
                #[allow(unreachable_patterns)]
                _ => return __None,
            };
            index(self).and_then(|i| texts.get(i))
        }

        /// Whether Tencent Cloud no longer publishes this code (its variant is deprecated).
        pub fn is_retired(&self) -> bool {
            self.retired_since().is_some()
        }

        /// The first release of Tencent's SDK package that no longer lists this code, e.g.
        /// `"tencentcloud-sdk-python 3.1.195"`; `None` for current and unlisted codes.
        pub fn retired_since(&self) -> ::core::option::Option<&'static str> {
            index(self).and_then(|i| RETIRED.get(i)).filter(|since| !since.is_empty())
        }

        /// The code's family.
        pub fn category(&self) -> ::tencent_errors::Category {
            match index(self) {
                ::core::option::Option::Some(i) => ::tencent_errors::__private::class_category(CLASSES[i]),
                ::core::option::Option::None => ::tencent_errors::Category::of(self.code()),
            }
        }

        /// Whether retrying can help; see `tencent_errors::RetryClass`.
        pub fn retry_class(&self) -> ::tencent_errors::RetryClass {
            match index(self) {
                ::core::option::Option::Some(i) => ::tencent_errors::__private::class_retry(CLASSES[i]),
                ::core::option::Option::None => ::tencent_errors::RetryClass::of(self.code()),
            }
        }

        /// The public code (公共错误码, the codes every service can return) this is, if it is
        /// one: `Some(CommonError::AuthFailureSignatureExpire)` for
        /// `AuthFailure.SignatureExpire`, whatever the service; see `tencent_errors::CommonError`.
        pub fn common(&self) -> ::core::option::Option<::tencent_errors::CommonError> {
            ::tencent_errors::CommonError::of(self.code())
        }
    }

    // Not derived: the derived `clone` is a jump table over every variant.
    impl ::core::clone::Clone for @NAME@ {
        fn clone(&self) -> Self {
            match self {
                @NAME@::@UNKNOWN@(code) => @NAME@::@UNKNOWN@(::core::clone::Clone::clone(code)),
                known => match index(known).and_then(variant) {
                    ::core::option::Option::Some(known) => known,
                    ::core::option::Option::None => @NAME@::@UNKNOWN@(::std::string::String::new()),
                },
            }
        }
    }

    // Not derived: the derived `fmt` is a jump table over every variant, with a string each.
    // The output is the derived one's.
    impl ::core::fmt::Debug for @NAME@ {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            match self {
                @NAME@::@UNKNOWN@(code) => f.debug_tuple("@UNKNOWN@").field(code).finish(),
                known => f.write_str(index(known).and_then(|i| NAMES.get(i)).unwrap_or("")),
            }
        }
    }

    impl ::core::fmt::Display for @NAME@ {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::tencent_errors::__private::display(self.code(), self.description(), f)
        }
    }

    impl ::std::error::Error for @NAME@ {}

    impl ::core::str::FromStr for @NAME@ {
        type Err = ::core::convert::Infallible;

        fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
            ::core::result::Result::Ok(Self::from_code(code))
        }
    }

    impl ::core::cmp::PartialEq for @NAME@ {
        fn eq(&self, other: &Self) -> bool {
            match (index(self), index(other)) {
                (::core::option::Option::Some(a), ::core::option::Option::Some(b)) => a == b,
                _ => self.code() == other.code(),
            }
        }
    }

    impl ::core::cmp::Eq for @NAME@ {}

    impl ::core::hash::Hash for @NAME@ {
        fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
            ::core::hash::Hash::hash(self.code(), state)
        }
    }

    impl ::tencent_errors::ServiceError for @NAME@ {
        fn service(&self) -> &'static str {
            Self::SERVICE
        }
        fn code(&self) -> &str {
            self.code()
        }
        fn description(&self) -> ::core::option::Option<&'static str> {
            self.description()
        }
        fn description_in(
            &self,
            language: ::tencent_errors::Language,
        ) -> ::core::option::Option<&'static str> {
            self.description_in(language)
        }
        fn is_known(&self) -> bool {
            self.is_known()
        }
        fn category(&self) -> ::tencent_errors::Category {
            self.category()
        }
        fn retry_class(&self) -> ::tencent_errors::RetryClass {
            self.retry_class()
        }
        #[inline(always)]
        fn from_code(code: &str) -> Self {
            Self::from_code(code)
        }
    }

    // For the per-action enums of this service.
    #[doc(hidden)]
    impl ::tencent_errors::__private::Indexed for @NAME@ {
        #[inline]
        fn service_name() -> &'static str {
            Self::SERVICE
        }
        #[inline]
        fn all() -> &'static [Self] {
            Self::ALL
        }
        #[inline]
        fn index(&self) -> ::core::option::Option<usize> {
            index(self)
        }
        #[inline]
        fn unknown(code: &str) -> Self {
            unlisted(code)
        }
    }

    ::tencent_errors::__private::impl_serde!(@NAME@);
};
"#####;
