//! What the code generator (at expansion time) and the generated code (at run time) must agree
//! on, in one place both use: `tencent-errors-codegen` calls these functions to build the tables
//! it writes into the generated code, and the generated code calls them to read those tables.
//!
//! - The hash of the perfect-hash tables: [`hash`], [`bucket`], [`slot`] and [`pilot_value`]
//!   (codegen's `lookup::build` finds a seed and pilots with them; [`lookup`](super::lookup)
//!   probes with them). Codegen's `lookup` tests build tables and look every code up here.
//! - The class byte: [`pack_class`] (codegen, writing `CLASSES`) and [`class_category`],
//!   [`class_retry`] (the generated `category()` and `retry_class()`). Codegen's
//!   `generate` tests read the bytes it writes back with these.
//!
//! - The name of the per-action enums' catch-all variant, [`OTHER_VARIANT`] (codegen names it
//!   in the generated enums and keeps codes from taking it; `Debug` prints it).
//!
//! Changing anything here changes every generated table: both sides follow, since both call
//! these functions, but the checked-in expansions (`runtime/src/common.rs`,
//! `cli/tests/expanded/`) must be regenerated.

use crate::{Category, RetryClass};

/// The variant of a per-action enum that holds every code the action does not list.
pub const OTHER_VARIANT: &str = "Other";

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
pub(super) fn word(bytes: &[u8], at: usize) -> u64 {
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

/// The hash that both the perfect-hash builder (at expansion time) and [`lookup`](super::lookup) use.
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
    fn prefixes_and_zero_padding_hash_differently() {
        let mut seen = std::collections::HashSet::new();
        for len in 0..64 {
            assert!(
                seen.insert(hash(&vec![0u8; len], 0)),
                "zeros of length {len}"
            );
        }
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
}
