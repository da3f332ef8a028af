//! The perfect-hash table behind `from_code`, built at expansion time.
//!
//! Each code hashes (with [`tencent_errors_runtime::__private::shared::hash`]) into a bucket; each bucket
//! gets a *pilot* chosen so that its codes land in free slots of a power-of-two table. A lookup
//! is one hash, two array reads and one string comparison, whatever the page's size. The search
//! is deterministic: the same codes always give the same table.

use tencent_errors_runtime::__private::shared::{bucket, hash, pilot_value, slot};

/// Marks a slot that no code occupies.
pub const EMPTY: u32 = u32::MAX;

/// Average codes per bucket: larger means fewer pilots to store but a longer search.
const CODES_PER_BUCKET: usize = 4;

/// Pilot candidates tried per bucket before moving on to the next seed.
const PILOT_ATTEMPTS: u64 = 1 << 16;

/// A table ready to be emitted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// The hash seed.
    pub seed: u64,
    /// `64 - log2(slots.len())`.
    pub shift: u32,
    /// One pilot per bucket.
    pub pilots: Vec<u64>,
    /// Code index per slot, or `EMPTY` (`u32::MAX`).
    pub slots: Vec<u32>,
}

/// Builds the table for `codes` (which must be unique).
///
/// Returns `None` only if no seed below 2^16 works, which does not happen for unique codes in
/// practice; the caller reports it as an error rather than panicking.
pub fn build(codes: &[&str]) -> Option<Table> {
    if codes.len() >= EMPTY as usize {
        return None;
    }
    let slot_count = (codes.len() + codes.len() / 4).max(2).next_power_of_two();
    let shift = 64 - slot_count.trailing_zeros();
    let bucket_count = codes.len().div_ceil(CODES_PER_BUCKET).max(1);
    (0..1u64 << 16).find_map(|seed| try_seed(codes, seed, shift, slot_count, bucket_count))
}

fn try_seed(
    codes: &[&str],
    seed: u64,
    shift: u32,
    slot_count: usize,
    bucket_count: usize,
) -> Option<Table> {
    let hashes: Vec<u64> = codes.iter().map(|c| hash(c.as_bytes(), seed)).collect();
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
    for (index, &h) in hashes.iter().enumerate() {
        buckets[bucket(h, bucket_count)].push(index);
    }
    // Fill the fullest buckets first, while the table is emptiest.
    let mut order: Vec<usize> = (0..bucket_count).collect();
    order.sort_by_key(|&b| (std::cmp::Reverse(buckets[b].len()), b));

    let mut slots = vec![EMPTY; slot_count];
    let mut pilots = vec![0u64; bucket_count];
    let mut taken: Vec<usize> = Vec::new();
    for b in order {
        let members = &buckets[b];
        if members.is_empty() {
            break;
        }
        let pilot = (0..PILOT_ATTEMPTS).map(pilot_value).find(|&pilot| {
            taken.clear();
            for &member in members {
                let s = slot(hashes[member], pilot, shift);
                if slots[s] != EMPTY || taken.contains(&s) {
                    return false;
                }
                taken.push(s);
            }
            true
        })?;
        pilots[b] = pilot;
        for &member in members {
            slots[slot(hashes[member], pilot, shift)] = member as u32;
        }
    }
    Some(Table {
        seed,
        shift,
        pilots,
        slots,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use tencent_errors_runtime::__private::{lookup, CodeTable};

    fn leak(table: Table, codes: Vec<String>) -> CodeTable<&'static [&'static str]> {
        let codes: Vec<&'static str> = codes
            .into_iter()
            .map(|c| &*Box::leak(c.into_boxed_str()))
            .collect();
        CodeTable {
            seed: table.seed,
            shift: table.shift,
            pilots: Box::leak(table.pilots.into_boxed_slice()),
            slots: Box::leak(table.slots.into_boxed_slice()),
            codes: Box::leak(codes.into_boxed_slice()),
        }
    }

    fn check(codes: Vec<String>) {
        let refs: Vec<&str> = codes.iter().map(String::as_str).collect();
        let table = build(&refs).expect("a table exists");
        assert!(table.slots.len().is_power_of_two());
        let table = leak(table, codes.clone());
        for (index, code) in codes.iter().enumerate() {
            assert_eq!(lookup(&table, code), Some(index), "{code}");
            let unknown = format!("{code}.Unlisted");
            assert_eq!(lookup(&table, &unknown), None);
        }
        assert_eq!(lookup(&table, ""), None);
    }

    #[test]
    fn every_code_is_found_at_its_index() {
        check(vec![]);
        check(vec!["A".into()]);
        check(
            (0..555)
                .map(|i| format!("InvalidParameterValue.Code{i}"))
                .collect(),
        );
        check((0..20_000).map(|i| format!("F{i}.x")).collect());
    }

    #[test]
    fn the_search_is_deterministic() {
        let codes = ["AuthFailure", "InternalError", "LimitExceeded"];
        assert_eq!(build(&codes), build(&codes));
    }
}
