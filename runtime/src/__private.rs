//! Support for the code that `tencent_errors!` generates. Not public API: the items here may
//! change in any release, and only generated code may use them.

use core::fmt;
#[cfg(feature = "serde")]
use core::marker::PhantomData;

use crate::{Category, CommonError, Language, RetryClass, ServiceError};

#[cfg(feature = "serde")]
pub use serde;

/// The multiplier that mixes words into the hash and spreads pilots over slots (2^64 / φ).
const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

/// Constants (digits of π) that keep the second operand of each multiply away from zero.
const KEYS: [u64; 2] = [0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344];

#[inline(always)]
fn fold_multiply(a: u64, b: u64) -> u64 {
    let product = (a as u128).wrapping_mul(b as u128);
    (product as u64) ^ ((product >> 64) as u64)
}

/// The little-endian word at `bytes[at..at + 8]`; callers guarantee the range.
#[inline(always)]
fn word(bytes: &[u8], at: usize) -> u64 {
    let mut buffer = [0u8; 8];
    buffer.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(buffer)
}

/// The little-endian half-word at `bytes[at..at + 4]`; callers guarantee the range.
#[inline(always)]
fn half_word(bytes: &[u8], at: usize) -> u64 {
    let mut buffer = [0u8; 4];
    buffer.copy_from_slice(&bytes[at..at + 4]);
    u64::from(u32::from_le_bytes(buffer))
}

/// The hash that both the perfect-hash builder (at expansion time) and [`lookup`] use.
///
/// Folds sixteen bytes per 64×64→128-bit multiply, reading the last sixteen bytes as whole
/// (possibly overlapping) words, so that no byte-by-byte tail or `memcpy` is needed; up to 32
/// bytes the two multiplies are independent. The length is mixed in first, so inputs whose
/// overlapping reads coincide still differ. There is no finalising multiply: each fold already
/// mixes all 128 product bits, and [`bucket`] and [`slot`] multiply again.
#[inline(always)]
pub fn hash(bytes: &[u8], seed: u64) -> u64 {
    let len = bytes.len();
    let state = seed ^ (len as u64).wrapping_mul(MIX);
    // Sixteen bytes at `at`, folded into `state` with `key`.
    let fold = |state: u64, at: usize, key: u64| {
        fold_multiply(word(bytes, at) ^ state, word(bytes, at + 8) ^ key)
    };
    if len <= 16 {
        let (a, b) = if len >= 8 {
            (word(bytes, 0), word(bytes, len - 8))
        } else if len >= 4 {
            (half_word(bytes, 0), half_word(bytes, len - 4))
        } else if len > 0 {
            let spread = u64::from(bytes[0]) << 16
                | u64::from(bytes[len / 2]) << 8
                | u64::from(bytes[len - 1]);
            (spread, 0)
        } else {
            (0, 0)
        };
        fold_multiply(a ^ state, b ^ KEYS[0])
    } else if len <= 32 {
        // The first sixteen bytes and the last sixteen.
        fold(state, 0, KEYS[0]) ^ fold(state, len - 16, KEYS[1]).rotate_left(23)
    } else {
        // Whole blocks while more than sixteen bytes remain, then the last sixteen.
        let mut state = state;
        for block in bytes[..len - 1].chunks_exact(16) {
            state = fold_multiply(word(block, 0) ^ state, word(block, 8) ^ KEYS[0]);
        }
        fold(state, len - 16, KEYS[1])
    }
}

/// The bucket of a hash: `hash * buckets / 2^64`, so every bucket count works.
#[inline(always)]
pub fn bucket(hash: u64, buckets: usize) -> usize {
    (((hash as u128) * (buckets as u128)) >> 64) as usize
}

/// The slot of a hash once its bucket's pilot is known; `shift` is `64 - log2(slots)`.
#[inline(always)]
pub fn slot(hash: u64, pilot: u64, shift: u32) -> usize {
    ((hash ^ pilot).wrapping_mul(MIX) >> shift) as usize
}

/// The value stored for the `n`-th pilot candidate, spread over all 64 bits.
#[inline]
pub fn pilot_value(candidate: u64) -> u64 {
    fold_multiply(candidate.wrapping_add(1), MIX)
}

/// Strings packed into one: string `i` is `text[bounds[i]..bounds[i + 1]]`.
///
/// Generated enums keep their codes, descriptions and variant names this way rather than as
/// `&'static [&'static str]`: in a position-independent binary every `&str` in a table costs
/// 16 bytes plus a 24-byte dynamic relocation, more than most codes are long.
#[derive(Debug)]
pub struct Strings {
    /// Every string, one after the other.
    pub text: &'static str,
    /// Where each string starts, and where the last one ends.
    pub bounds: &'static [u32],
}

impl Strings {
    /// No strings at all.
    pub const EMPTY: Strings = Strings {
        text: "",
        bounds: &[],
    };

    /// String `index`; `None` past the end and for empty strings (which stand for "none").
    #[inline]
    pub fn get(&self, index: usize) -> Option<&'static str> {
        let (start, end) = self.range(index)?;
        self.text.get(start..end).filter(|s| !s.is_empty())
    }

    #[inline(always)]
    fn range(&self, index: usize) -> Option<(usize, usize)> {
        let start = *self.bounds.get(index)? as usize;
        let end = *self.bounds.get(index.checked_add(1)?)? as usize;
        Some((start, end))
    }
}

/// The codes of a [`CodeTable`]: packed [`Strings`] (what generated code uses), or a plain
/// slice.
pub trait CodeList {
    /// Code `index` as bytes.
    fn code_bytes(&self, index: usize) -> Option<&[u8]>;
}

impl CodeList for Strings {
    #[inline(always)]
    fn code_bytes(&self, index: usize) -> Option<&[u8]> {
        let (start, end) = self.range(index)?;
        self.text.as_bytes().get(start..end)
    }
}

impl CodeList for &'static [&'static str] {
    #[inline(always)]
    fn code_bytes(&self, index: usize) -> Option<&[u8]> {
        self.get(index).map(|code| code.as_bytes())
    }
}

/// A perfect-hash table over one page's codes, built at expansion time.
///
/// `slots` has a power-of-two length `2^(64 - shift)`; each entry is an index into `codes`, or
/// `u32::MAX` where no code lands.
#[derive(Debug)]
pub struct CodeTable<Codes: CodeList = Strings> {
    /// The hash seed for which the builder found a collision-free assignment.
    pub seed: u64,
    /// `64 - log2(slots.len())`.
    pub shift: u32,
    /// One pilot per bucket.
    pub pilots: &'static [u64],
    /// Code indices by slot.
    pub slots: &'static [u32],
    /// Every listed code, in page order.
    pub codes: Codes,
}

/// The page-order index of `code`, or `None` when the page does not list it.
#[inline(always)]
pub fn lookup<Codes: CodeList>(table: &CodeTable<Codes>, code: &str) -> Option<usize> {
    let hash = hash(code.as_bytes(), table.seed);
    let pilot = *table.pilots.get(bucket(hash, table.pilots.len()))?;
    let index = *table.slots.get(slot(hash, pilot, table.shift))? as usize;
    match table.codes.code_bytes(index) {
        Some(candidate) if same_bytes(candidate, code.as_bytes()) => Some(index),
        _ => None,
    }
}

/// `a == b`, comparing up to 32 bytes as (overlapping) whole words inline instead of calling
/// `memcmp`; longer inputs fall back to `==`.
#[inline(always)]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let len = a.len();
    if len != b.len() {
        return false;
    }
    let differ = |at: usize| word(a, at) ^ word(b, at);
    if len > 32 {
        a == b
    } else if len > 16 {
        differ(0) | differ(8) | differ(len - 16) | differ(len - 8) == 0
    } else if len >= 8 {
        differ(0) | differ(len - 8) == 0
    } else {
        a == b
    }
}

/// A code's category and retry class in one byte, as the generated tables store them:
/// the category's position in [`Category::ALL`] times four, plus the retry class.
pub fn pack_class(category: Category, retry: RetryClass) -> u8 {
    let position = Category::ALL
        .iter()
        .position(|&c| c == category)
        .unwrap_or(Category::ALL.len() - 1);
    let retry = match retry {
        RetryClass::Throttling => 0,
        RetryClass::Transient => 1,
        _ => 2,
    };
    (position * 4 + retry) as u8
}

/// The category packed by [`pack_class`].
#[inline]
pub fn class_category(class: u8) -> Category {
    match Category::ALL.get(usize::from(class >> 2)) {
        Some(&category) => category,
        None => Category::ServiceSpecific,
    }
}

/// The retry class packed by [`pack_class`].
#[inline]
pub fn class_retry(class: u8) -> RetryClass {
    match class & 3 {
        0 => RetryClass::Throttling,
        1 => RetryClass::Transient,
        _ => RetryClass::NotRetryable,
    }
}

/// `description()` of a generated enum with descriptions in two languages: the text in its
/// default language, or else in the other one (see [`Language`](crate::Language)).
#[inline]
pub fn describe(
    primary: Option<&'static str>,
    fallback: Option<&'static str>,
) -> Option<&'static str> {
    match primary {
        Some(text) => Some(text),
        None => fallback,
    }
}

/// `Display` for generated enums: `Code: description`, or the bare code when unlisted.
pub fn display(code: &str, description: Option<&str>, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match description {
        Some(description) => write!(f, "{code}: {description}"),
        None => f.write_str(code),
    }
}

/// What per-action enums reach their service enum through; every generated service enum
/// implements it (in its `const _` block, so no helper name reaches the invoking module).
pub trait Indexed: ServiceError {
    /// The service enum's `SERVICE`.
    fn service_name() -> &'static str;
    /// Every listed code, in page order: the service enum's `ALL`.
    fn all() -> &'static [Self];
    /// The code's index in [`Indexed::all`], `None` for the unlisted-code variant.
    fn index(&self) -> Option<usize>;
    /// The unlisted-code variant (`Unknown`) holding `code`.
    fn unknown(code: &str) -> Self;
}

/// In [`ActionTable::services`]: the entry is the index of a code the service page does not
/// list, in [`ActionTable::unlisted`].
pub const UNLISTED_FLAG: u16 = 0x8000;

/// The tables of one per-action enum. Positions are 1-based places in the enum's `ALL`
/// (0 stands for `Other`); every two-byte entry is little-endian.
#[derive(Debug)]
pub struct ActionTable {
    /// Per position (from 1): the code's index in the service enum's `ALL`, two bytes each;
    /// [`UNLISTED_FLAG`] plus an index into [`ActionTable::unlisted`] for a code the service
    /// page does not list.
    pub services: &'static [u8],
    /// Per index in the service enum's `ALL`: the code's position in the action, 0 when the
    /// action does not list it (and past the end); one byte each, or two when `wide`.
    pub positions: &'static [u8],
    /// Whether [`ActionTable::positions`] has two bytes per entry (more than 255 codes).
    pub wide: bool,
    /// The codes the action lists that the service page does not.
    pub unlisted: Strings,
    /// Their descriptions (from the action page), empty without the `descriptions` feature.
    pub unlisted_descriptions: Strings,
    /// The position of each code in [`ActionTable::unlisted`], two bytes each.
    pub unlisted_positions: &'static [u8],
    /// The variants' names in position order, for `Debug`.
    pub names: Strings,
}

/// The two-byte little-endian entry `at` of `bytes`.
#[inline(always)]
fn pair(bytes: &[u8], at: usize) -> Option<u16> {
    let start = at.checked_mul(2)?;
    match bytes.get(start..start.checked_add(2)?) {
        Some(&[low, high]) => Some(u16::from_le_bytes([low, high])),
        _ => None,
    }
}

impl ActionTable {
    /// The action's position of the service enum's code at `index`, 0 when not listed.
    #[inline(always)]
    fn position_of(&self, index: usize) -> usize {
        let position = if self.wide {
            pair(self.positions, index)
        } else {
            self.positions.get(index).map(|&p| u16::from(p))
        };
        position.map_or(0, usize::from)
    }

    /// The position of a code the service page does not list, 0 when the action does not
    /// list it either. Linear, over the few such codes of this action.
    #[cold]
    fn unlisted_position(&self, code: &str) -> usize {
        (0..self.unlisted.bounds.len().saturating_sub(1))
            .find(|&i| self.unlisted.get(i) == Some(code))
            .and_then(|i| pair(self.unlisted_positions, i))
            .map_or(0, usize::from)
    }
}

/// A per-action enum, as its generated code sees it: the two `match`es over its variants
/// (variant ↔ position) and `Other`. Everything else is the generic `action_*` functions here,
/// which the compiler checks once, in this crate, rather than once per enum.
pub trait Action: Sized + 'static {
    /// The service enum.
    type Service: Indexed;
    /// The enum's tables.
    const TABLE: &'static ActionTable;
    /// The variant's 1-based position in `ALL`, 0 for `Other`.
    fn position(&self) -> usize;
    /// The variant at a 1-based position, `None` for 0 and past the end.
    fn listed(position: usize) -> Option<Self>;
    /// The service enum's value in `Other`.
    fn other(&self) -> Option<&Self::Service>;
    /// The service enum's value in `Other`, taken.
    fn into_other(self) -> Option<Self::Service>;
    /// `Other(other)`.
    fn from_other(other: Self::Service) -> Self;
}

/// The service enum's value of a listed position, or the index in `unlisted` of a code the
/// service page does not list (`usize::MAX`, which is no string, for a bad position).
#[inline]
fn action_service_at<A: Action>(position: usize) -> Result<&'static A::Service, usize> {
    match pair(A::TABLE.services, position.wrapping_sub(1)) {
        Some(entry) if entry & UNLISTED_FLAG != 0 => Err(usize::from(entry & !UNLISTED_FLAG)),
        Some(entry) => A::Service::all().get(usize::from(entry)).ok_or(usize::MAX),
        None => Err(usize::MAX),
    }
}

/// The service enum's value of a per-action error (what `Other` holds, or the listed code's
/// constant), or the index in `unlisted` of a code the service page does not list.
#[inline]
fn action_service<A: Action>(error: &A) -> Result<&A::Service, usize> {
    match error.other() {
        Some(other) => Ok(other),
        None => action_service_at::<A>(error.position()),
    }
}

/// `From<Service>` of a per-action enum: the listed variant (through the position tables),
/// or `Other`.
#[inline]
pub fn action_from<A: Action>(service: A::Service) -> A {
    let table = A::TABLE;
    let position = match service.index() {
        Some(index) => table.position_of(index),
        None if !table.unlisted_positions.is_empty() => table.unlisted_position(service.code()),
        None => 0,
    };
    match A::listed(position) {
        Some(listed) => listed,
        None => A::from_other(service),
    }
}

/// `from_code` of a per-action enum: the service enum's lookup, then [`action_from`].
#[inline]
pub fn action_from_code<A: Action>(code: &str) -> A {
    action_from(A::Service::from_code(code))
}

/// `From<Action>` for the service enum: the same code as the service enum has it.
#[inline]
pub fn action_into_service<A: Action>(error: A) -> A::Service {
    let position = error.position();
    match error.into_other() {
        Some(other) => other,
        None => match action_service_at::<A>(position) {
            Ok(known) => known.clone(),
            Err(index) => A::Service::unknown(A::TABLE.unlisted.get(index).unwrap_or_default()),
        },
    }
}

/// `code()` of a per-action enum.
#[inline]
pub fn action_code<A: Action>(error: &A) -> &str {
    match action_service(error) {
        Ok(known) => known.code(),
        Err(index) => A::TABLE.unlisted.get(index).unwrap_or_default(),
    }
}

/// `is_known()` of a per-action enum: the action lists the code.
#[inline]
pub fn action_is_known<A: Action>(error: &A) -> bool {
    error.other().is_none()
}

/// `description()` of a per-action enum: the service enum's, or the action page's for a code
/// the service page does not list.
#[inline]
pub fn action_description<A: Action>(error: &A) -> Option<&'static str> {
    match action_service(error) {
        Ok(known) => known.description(),
        Err(index) => A::TABLE.unlisted_descriptions.get(index),
    }
}

/// `description_in()` of a per-action enum (the action pages are Chinese).
#[inline]
pub fn action_description_in<A: Action>(error: &A, language: Language) -> Option<&'static str> {
    match (action_service(error), language) {
        (Ok(known), language) => known.description_in(language),
        (Err(index), Language::Chinese) => A::TABLE.unlisted_descriptions.get(index),
        (Err(_), _) => None,
    }
}

/// `category()` of a per-action enum.
#[inline]
pub fn action_category<A: Action>(error: &A) -> Category {
    match action_service(error) {
        Ok(known) => known.category(),
        Err(_) => Category::of(action_code(error)),
    }
}

/// `retry_class()` of a per-action enum.
#[inline]
pub fn action_retry_class<A: Action>(error: &A) -> RetryClass {
    match action_service(error) {
        Ok(known) => known.retry_class(),
        Err(_) => RetryClass::of(action_code(error)),
    }
}

/// `common()` of a per-action enum.
#[inline]
pub fn action_common<A: Action>(error: &A) -> Option<CommonError> {
    CommonError::of(action_code(error))
}

/// `Clone` of a per-action enum.
#[inline]
pub fn action_clone<A: Action>(error: &A) -> A {
    match error.other() {
        Some(other) => A::from_other(other.clone()),
        None => match A::listed(error.position()) {
            Some(listed) => listed,
            None => A::from_other(A::Service::unknown("")),
        },
    }
}

/// `Debug` of a per-action enum, as derived: the variant's name, or `Other(..)`.
#[inline]
pub fn action_debug<A: Action>(error: &A, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match error.other() {
        Some(other) => f.debug_tuple("Other").field(other).finish(),
        None => f.write_str(
            A::TABLE
                .names
                .get(error.position().wrapping_sub(1))
                .unwrap_or_default(),
        ),
    }
}

/// `Display` of a per-action enum: see [`display`].
#[inline]
pub fn action_display<A: Action>(error: &A, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    display(action_code(error), action_description(error), f)
}

/// `PartialEq` of a per-action enum: by code.
#[inline]
pub fn action_eq<A: Action>(a: &A, b: &A) -> bool {
    action_code(a) == action_code(b)
}

/// `Hash` of a per-action enum: the code's.
#[inline]
pub fn action_hash<A: Action, H: core::hash::Hasher>(error: &A, state: &mut H) {
    core::hash::Hash::hash(action_code(error), state)
}

/// Every per-action enum is a [`ServiceError`] through this one impl, not an impl each: the
/// compiler checks these functions once instead of once per enum.
#[doc(hidden)]
impl<A> ServiceError for A
where
    A: Action
        + fmt::Debug
        + fmt::Display
        + std::error::Error
        + Clone
        + Eq
        + core::hash::Hash
        + Send
        + Sync,
{
    #[inline]
    fn service(&self) -> &'static str {
        A::Service::service_name()
    }
    #[inline]
    fn code(&self) -> &str {
        action_code(self)
    }
    #[inline]
    fn description(&self) -> Option<&'static str> {
        action_description(self)
    }
    #[inline]
    fn description_in(&self, language: Language) -> Option<&'static str> {
        action_description_in(self, language)
    }
    #[inline]
    fn is_known(&self) -> bool {
        action_is_known(self)
    }
    #[inline]
    fn category(&self) -> Category {
        action_category(self)
    }
    #[inline]
    fn retry_class(&self) -> RetryClass {
        action_retry_class(self)
    }
    #[inline]
    fn from_code(code: &str) -> Self {
        action_from_code(code)
    }
}

/// Deserializes any [`ServiceError`] from its code string, borrowing when it can.
#[cfg(feature = "serde")]
pub struct CodeVisitor<E>(PhantomData<fn() -> E>);

#[cfg(feature = "serde")]
impl<E> CodeVisitor<E> {
    /// A visitor for `E`.
    pub const fn new() -> Self {
        CodeVisitor(PhantomData)
    }
}

#[cfg(feature = "serde")]
impl<E> Default for CodeVisitor<E> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(feature = "serde")]
impl<'de, E: ServiceError> serde::de::Visitor<'de> for CodeVisitor<E> {
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Tencent Cloud error code string")
    }

    fn visit_str<Err: serde::de::Error>(self, code: &str) -> Result<E, Err> {
        Ok(E::from_code(code))
    }
}

/// Implements `serde::Serialize` and `serde::Deserialize` for a generated enum as its code
/// string when the `serde` feature is on; expands to nothing otherwise.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                serializer.serialize_str(<Self as $crate::ServiceError>::code(self))
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                deserializer.deserialize_str($crate::__private::CodeVisitor::<Self>::new())
            }
        }
    };
}

/// Expands to nothing: the `serde` feature is off.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {};
}

pub use crate::__impl_serde as impl_serde;

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
    use super::*;

    #[test]
    fn every_length_is_read_whole_and_every_byte_counts() {
        let text: Vec<u8> = (0..80u8).map(|i| b'A' + i % 26).collect();
        for len in 0..=text.len() {
            let bytes = &text[..len];
            assert_eq!(hash(bytes, 7), hash(bytes, 7));
            assert_ne!(
                hash(bytes, 7),
                hash(bytes, 8),
                "the seed matters at length {len}"
            );
            // Changing any single byte changes the hash: no byte is skipped by the word reads.
            for at in 0..len {
                let mut changed = bytes.to_vec();
                changed[at] ^= 0x20;
                assert_ne!(hash(&changed, 7), hash(bytes, 7), "byte {at} of {len}");
            }
        }
    }

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
        let described: Vec<Option<&str>> = (0..3)
            .map(|i| describe(CHINESE.get(i), ENGLISH.get(i)))
            .collect();
        let english: Vec<Option<&str>> = (0..3).map(|i| ENGLISH.get(i)).collect();
        if cfg!(feature = "descriptions") {
            // The default language first, the other one where it has no text.
            assert_eq!(described, [Some("实例不存在"), Some("Throttled"), None]);
            assert_eq!(english, [Some("Not found"), Some("Throttled"), None]);
        } else {
            assert_eq!(described, [None; 3]);
            assert_eq!(english, [None; 3]);
        }
    }

    #[test]
    fn packed_strings_are_cut_at_their_bounds() {
        let strings = Strings {
            text: "AuthFailure说明x",
            bounds: &[0, 11, 11, 17, 18],
        };
        let all: Vec<Option<&str>> = (0..6).map(|i| strings.get(i)).collect();
        assert_eq!(
            all,
            [
                Some("AuthFailure"),
                None,
                Some("说明"),
                Some("x"),
                None,
                None
            ]
        );
        assert_eq!(strings.code_bytes(2), Some("说明".as_bytes()));
        assert_eq!(strings.get(usize::MAX), None);
        // Bounds that do not fall on characters give `None`, not a panic.
        assert_eq!(
            Strings {
                text: "说",
                bounds: &[0, 1]
            }
            .get(0),
            None
        );
    }

    #[test]
    fn classes_unpack_to_what_was_packed() {
        for &category in Category::ALL {
            for retry in [
                RetryClass::Throttling,
                RetryClass::Transient,
                RetryClass::NotRetryable,
            ] {
                let class = pack_class(category, retry);
                assert_eq!(
                    (class_category(class), class_retry(class)),
                    (category, retry)
                );
            }
        }
        assert!(Category::ALL.len() * 4 <= 256, "a class fits in a byte");
    }

    #[test]
    fn prefixes_and_zero_padding_hash_differently() {
        let mut seen = std::collections::HashSet::new();
        for len in 0..64 {
            assert!(
                seen.insert(hash(&vec![0u8; len], 0)),
                "zeros of length {len}"
            );
        }
    }
}
