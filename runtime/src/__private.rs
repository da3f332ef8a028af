//! Support for the code that `tencent_errors!` generates. Not public API: the items here may
//! change in any release, and only generated code may use them.

use core::fmt;
use core::marker::PhantomData;

#[cfg(feature = "serde")]
use crate::ServiceError;

#[cfg(feature = "serde")]
pub use serde;

/// The multiplier that mixes words into the hash and spreads pilots over slots (2^64 / φ).
const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

#[inline(always)]
fn fold_multiply(a: u64, b: u64) -> u64 {
    let product = (a as u128).wrapping_mul(b as u128);
    (product as u64) ^ ((product >> 64) as u64)
}

/// The hash that both the perfect-hash builder (at expansion time) and [`lookup`] use.
///
/// Reads eight bytes at a time and folds each word in with a 64×64→128-bit multiply; the
/// length is mixed in first so that codes that differ only by trailing zero bytes differ.
#[inline]
pub fn hash(bytes: &[u8], seed: u64) -> u64 {
    let mut state = seed ^ (bytes.len() as u64).wrapping_mul(MIX);
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let mut buffer = [0u8; 8];
        buffer.copy_from_slice(word);
        state = fold_multiply(state ^ u64::from_le_bytes(buffer), MIX);
    }
    let tail = words.remainder();
    if !tail.is_empty() {
        let mut buffer = [0u8; 8];
        buffer[..tail.len()].copy_from_slice(tail);
        state = fold_multiply(state ^ u64::from_le_bytes(buffer), MIX);
    }
    fold_multiply(state, MIX ^ 0x2D35_8DCC_AA6C_78A5)
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

/// A perfect-hash table over one page's codes, built at expansion time.
///
/// `slots` has a power-of-two length `2^(64 - shift)`; each entry is an index into `codes`, or
/// `u32::MAX` where no code lands.
#[derive(Debug)]
pub struct CodeTable {
    /// The hash seed for which the builder found a collision-free assignment.
    pub seed: u64,
    /// `64 - log2(slots.len())`.
    pub shift: u32,
    /// One pilot per bucket.
    pub pilots: &'static [u64],
    /// Code indices by slot.
    pub slots: &'static [u32],
    /// Every listed code, in page order.
    pub codes: &'static [&'static str],
}

/// The page-order index of `code`, or `None` when the page does not list it.
#[inline]
pub fn lookup(table: &CodeTable, code: &str) -> Option<usize> {
    let hash = hash(code.as_bytes(), table.seed);
    let pilot = *table.pilots.get(bucket(hash, table.pilots.len()))?;
    let index = *table.slots.get(slot(hash, pilot, table.shift))? as usize;
    match table.codes.get(index) {
        Some(&candidate) if candidate == code => Some(index),
        _ => None,
    }
}

/// `Display` for generated enums: `Code: description`, or the bare code when unlisted.
pub fn display(code: &str, description: Option<&str>, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match description {
        Some(description) => write!(f, "{code}: {description}"),
        None => f.write_str(code),
    }
}

/// Deserializes any [`ServiceError`] from its code string, borrowing when it can.
pub struct CodeVisitor<E>(PhantomData<fn() -> E>);

impl<E> CodeVisitor<E> {
    /// A visitor for `E`.
    pub const fn new() -> Self {
        CodeVisitor(PhantomData)
    }
}

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
