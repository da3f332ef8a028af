//! A reader for rustdoc's search index, as written by rustdoc 1.95 (the "stringdex" format
//! under `doc/search.index/`), enough to follow a doc alias to its item.
//!
//! The index is a table with one row per searchable name (items, and aliases as rows of their
//! own) stored column by column:
//!
//! - `search.index/root.js` is `rr_('<json>')`; the JSON maps each column name (`name`,
//!   `normalizedName`, `alias`, `entry`, ...) to `{"N": counts, "E": emptyset, "H": hashes}`:
//!   the column's rows come in buckets of `N[i]` non-empty rows each (`N` is a list of
//!   numbers written as hex nibbles, `0x30 | nibble` for leading nibbles and `0x60 | nibble`
//!   for the last one), `E` is a base64 Roaring bitmap of the rows that are empty (they are
//!   not stored), and `H` holds 6 bytes per bucket whose hex is the bucket's file name.
//! - `search.index/<column>/<hex>.js` is `rd_("<string>")` (bytes as a JS string) or
//!   `rb_("<base64>")`: the bucket's non-empty rows in order, each a length in the same nibble
//!   encoding followed by the bytes, or a single byte `0x30 + k` repeating the `k`-th most
//!   recent distinct value (the last 16 are remembered).
//! - An alias row has the alias as `name`, its lowercased form as `normalizedName`, and in
//!   `alias` the JSON number of the row of the item it stands for; an item's `entry` is a JSON
//!   array `[crate, item type, module path row, exact module path row, parent row + 1, ...]`,
//!   with item type 6 for enums and 15 for variants.
//!
//! This mirrors `static.files/stringdex-*.js` and `search-*.js`; if a later rustdoc changes the
//! format, [`SearchIndex::open`] fails with a message saying which part was not understood.
#![allow(dead_code)]

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::Path;

/// rustdoc's item type numbers (`itemTypes` in `search-*.js`).
pub const ITEM_TYPE_ENUM: u64 = 6;
/// See [`ITEM_TYPE_ENUM`].
pub const ITEM_TYPE_VARIANT: u64 = 15;

/// The columns of a search index, decoded.
pub struct SearchIndex {
    columns: HashMap<String, Vec<Vec<u8>>>,
}

impl SearchIndex {
    /// Reads the columns `wanted` of the index under `doc` (the `doc/` directory).
    pub fn open(doc: &Path, wanted: &[&str]) -> Result<SearchIndex, String> {
        let dir = doc.join("search.index");
        let root_path = dir.join("root.js");
        let root = fs::read_to_string(&root_path).map_err(|e| {
            format!(
                "{}: {e} (not rustdoc 1.95's index layout?)",
                root_path.display()
            )
        })?;
        let json = root
            .strip_prefix("rr_('")
            .and_then(|rest| rest.trim_end().strip_suffix("')"))
            .ok_or("root.js is not `rr_('<json>')`")?;
        let root: serde_json::Value =
            serde_json::from_str(json).map_err(|e| format!("root.js: {e}"))?;
        let mut columns = HashMap::new();
        for &name in wanted {
            let column = root
                .get(name)
                .ok_or_else(|| format!("root.js has no column `{name}`"))?;
            let field = |key: &str| {
                column
                    .get(key)
                    .and_then(|v| v.as_str())
                    .ok_or_else(|| format!("column `{name}` has no string `{key}`"))
            };
            let counts = nibble_numbers(field("N")?.as_bytes())
                .ok_or_else(|| format!("column `{name}`: bad counts"))?;
            let hashes =
                base64(field("H")?).ok_or_else(|| format!("column `{name}`: bad hashes"))?;
            let empty = roaring(
                &base64(field("E")?).ok_or_else(|| format!("column `{name}`: bad emptyset"))?,
            )
            .map_err(|e| format!("column `{name}` emptyset: {e}"))?;
            if hashes.len() != counts.len() * 6 {
                return Err(format!(
                    "column `{name}`: {} buckets but {} hash bytes",
                    counts.len(),
                    hashes.len()
                ));
            }
            let mut rows = Vec::new();
            for (bucket, &count) in counts.iter().enumerate() {
                let hex: String = hashes[bucket * 6..bucket * 6 + 6]
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect();
                let path = dir.join(name).join(format!("{hex}.js"));
                let values = bucket_values(&path)?;
                if values.len() != count as usize {
                    return Err(format!(
                        "{}: {} values, root.js says {count}",
                        path.display(),
                        values.len()
                    ));
                }
                let mut values = values.into_iter();
                let mut taken = 0;
                while taken < count {
                    if empty.contains(&(rows.len() as u32)) {
                        rows.push(Vec::new());
                    } else {
                        rows.push(values.next().unwrap_or_default());
                        taken += 1;
                    }
                }
            }
            columns.insert(name.to_owned(), rows);
        }
        Ok(SearchIndex { columns })
    }

    /// The value of `column` in `row`, as text (empty when the row has none).
    pub fn text(&self, column: &str, row: usize) -> String {
        let value = self.columns.get(column).and_then(|rows| rows.get(row));
        value
            .map(|v| String::from_utf8_lossy(v).into_owned())
            .unwrap_or_default()
    }

    /// The value of `column` in `row` as JSON, when it has one.
    pub fn json(&self, column: &str, row: usize) -> Option<serde_json::Value> {
        let value = self.columns.get(column)?.get(row)?;
        serde_json::from_slice(value).ok()
    }

    /// The rows whose `name` is exactly `name`.
    pub fn rows_named(&self, name: &str) -> Vec<usize> {
        let rows = self
            .columns
            .get("name")
            .map(Vec::as_slice)
            .unwrap_or_default();
        (0..rows.len())
            .filter(|&row| rows[row] == name.as_bytes())
            .collect()
    }
}

/// Numbers in rustdoc's nibble encoding: bytes below 0x60 carry leading nibbles, the byte at or
/// above 0x60 carries the last one.
fn nibble_numbers(bytes: &[u8]) -> Option<Vec<u64>> {
    let mut numbers = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let (n, next) = nibble_number(bytes, i)?;
        numbers.push(n);
        i = next;
    }
    Some(numbers)
}

fn nibble_number(bytes: &[u8], mut i: usize) -> Option<(u64, usize)> {
    let mut n: u64 = 0;
    loop {
        let c = *bytes.get(i)?;
        n = n.checked_mul(16)? | u64::from(c & 0xf);
        i += 1;
        if c >= 0x60 {
            return Some((n, i));
        }
    }
}

/// The non-empty rows stored in one bucket file.
fn bucket_values(path: &Path) -> Result<Vec<Vec<u8>>, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let text = text.trim_end();
    let data = if let Some(body) = text.strip_prefix("rd_(").and_then(|t| t.strip_suffix(')')) {
        // A JS string literal of char codes below 256; JSON reads the escapes rustdoc uses.
        let string: String =
            serde_json::from_str(body).map_err(|e| format!("{}: {e}", path.display()))?;
        string
            .chars()
            .map(|c| {
                u8::try_from(u32::from(c))
                    .map_err(|_| format!("{}: char {c:?} above 255", path.display()))
            })
            .collect::<Result<Vec<u8>, String>>()?
    } else if let Some(body) = text
        .strip_prefix("rb_(\"")
        .and_then(|t| t.strip_suffix("\")"))
    {
        base64(body).ok_or_else(|| format!("{}: bad base64", path.display()))?
    } else {
        return Err(format!("{}: neither rd_(...) nor rb_(...)", path.display()));
    };
    let mut values = Vec::new();
    let mut recent: Vec<Vec<u8>> = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if (0x30..=0x3f).contains(&c) {
            let value = recent
                .get(usize::from(c - 0x30))
                .ok_or_else(|| format!("{}: back-reference past the start", path.display()))?;
            values.push(value.clone());
            i += 1;
        } else {
            let (len, next) =
                nibble_number(&data, i).ok_or_else(|| format!("{}: bad length", path.display()))?;
            let end = next + len as usize;
            let value = data
                .get(next..end)
                .ok_or_else(|| format!("{}: value past the end", path.display()))?
                .to_vec();
            values.push(value.clone());
            recent.insert(0, value);
            recent.truncate(16);
            i = end;
        }
    }
    Ok(values)
}

/// Standard base64 (padding optional).
fn base64(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0);
    for c in text.bytes().filter(|&c| c != b'=') {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    Some(out)
}

/// A serialized Roaring bitmap (the portable format of the Roaring spec, as rustdoc writes it).
fn roaring(bytes: &[u8]) -> Result<BTreeSet<u32>, String> {
    let u16_at = |at: usize| -> Result<u32, String> {
        bytes
            .get(at..at + 2)
            .map(|b| u32::from(u16::from_le_bytes([b[0], b[1]])))
            .ok_or_else(|| "truncated".to_owned())
    };
    let u32_at = |at: usize| -> Result<u32, String> {
        bytes
            .get(at..at + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .ok_or_else(|| "truncated".to_owned())
    };
    let cookie = u32_at(0)?;
    let mut at = 4;
    let (size, runs, offsets) = match cookie & 0xffff {
        12347 => {
            let size = (cookie >> 16) as usize + 1;
            let runs = bytes
                .get(at..at + size.div_ceil(8))
                .ok_or("truncated")?
                .to_vec();
            at += size.div_ceil(8);
            (size, runs, size >= 4)
        }
        12346 if cookie == 12346 => {
            let size = u32_at(at)? as usize;
            at += 4;
            (size, Vec::new(), true)
        }
        _ => return Err(format!("unknown cookie {cookie:#x}")),
    };
    let mut headers = Vec::new();
    for _ in 0..size {
        headers.push((u16_at(at)?, u16_at(at + 2)? + 1));
        at += 4;
    }
    if offsets {
        at += 4 * size;
    }
    let mut set = BTreeSet::new();
    for (index, (key, cardinality)) in headers.into_iter().enumerate() {
        let high = key << 16;
        let is_run = runs
            .get(index / 8)
            .is_some_and(|b| b >> (index % 8) & 1 == 1);
        if is_run {
            let count = u16_at(at)?;
            at += 2;
            for _ in 0..count {
                let (start, length) = (u16_at(at)?, u16_at(at + 2)?);
                at += 4;
                set.extend((start..=start + length).map(|low| high | low));
            }
        } else if cardinality <= 4096 {
            for _ in 0..cardinality {
                set.insert(high | u16_at(at)?);
                at += 2;
            }
        } else {
            for word in 0..1024u32 {
                let w = bytes.get(at..at + 8).ok_or("truncated")?;
                let w = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
                at += 8;
                set.extend(
                    (0..64)
                        .filter(|bit| w >> bit & 1 == 1)
                        .map(|bit| high | (word * 64 + bit)),
                );
            }
        }
    }
    Ok(set)
}

#[test]
fn base64_and_roaring_decode_known_values() {
    assert_eq!(base64("aGVsbG8=").as_deref(), Some(&b"hello"[..]));
    assert_eq!(base64("aGVsbG8").as_deref(), Some(&b"hello"[..]));
    // An empty no-run bitmap, as rustdoc writes for columns without empty rows.
    assert_eq!(
        roaring(&base64("OjAAAAAAAAA=").unwrap_or_default()),
        Ok(BTreeSet::new())
    );
    // Cookie 12346, one container with key 0 and the values 1 and 5.
    let bytes = [
        0x3a, 0x30, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 5, 0,
    ];
    assert_eq!(roaring(&bytes), Ok(BTreeSet::from([1, 5])));
    // Cookie 12347 with one run container: 3..=6.
    let bytes = [0x3b, 0x30, 0, 0, 1, 0, 0, 3, 0, 1, 0, 3, 0, 3, 0];
    assert_eq!(roaring(&bytes), Ok(BTreeSet::from([3, 4, 5, 6])));
    assert_eq!(nibble_numbers(b"a1bc"), Some(vec![1, 0x12, 3]));
}
