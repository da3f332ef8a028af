//! Packed string tables and the perfect-hash lookup over a page's codes.

use super::shared::{bucket, hash, slot, word};

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
