//! Codes and names as keys, shared by every stage from reading on: the hash map codes and
//! names are looked up in, and what a name must be to become a variant.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A hash map keyed by codes or names, with [`CodeHasher`].
pub(crate) type CodeMap<K, V> = HashMap<K, V, BuildHasherDefault<CodeHasher>>;

/// An unkeyed multiply-rotate hash for the model's maps of codes and names. The keys come from
/// the user's own page at compile time, so SipHash's resistance to chosen keys buys nothing,
/// and unoptimised (`docs/design.md`, "Build cost") SipHash was a fifth of the cost of a model.
#[derive(Default)]
pub(crate) struct CodeHasher(u64);

impl Hasher for CodeHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut hash = self.0;
        let mut at = 0;
        while at < bytes.len() {
            hash = (hash.rotate_left(5) ^ u64::from(bytes[at])).wrapping_mul(0x517c_c1b7_2722_0a95);
            at += 1;
        }
        self.0 = hash;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Whether `name` can be a variant: a Rust identifier that is not a keyword.
pub fn is_valid_variant_name(name: &str) -> bool {
    let mut chars = name.chars();
    let starts_well = chars.next().is_some_and(|c| c == '_' || c.is_alphabetic());
    starts_well
        && name != "_"
        && chars.all(|c| c == '_' || c.is_alphanumeric())
        && syn::parse_str::<syn::Ident>(name).is_ok()
}
