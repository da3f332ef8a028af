//! "Did you mean": the names closest to a mistyped one, for the hints in error messages.

/// Levenshtein distance between two strings, in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

/// The candidates close to `name`, closest first, at most `limit`: within `max_distance`
/// edits, or (when `prefixes` is set) one a prefix of the other.
pub(crate) fn closest<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    max_distance: usize,
    prefixes: bool,
    limit: usize,
) -> Vec<&'a str> {
    let mut scored: Vec<(usize, &'a str)> = candidates
        .into_iter()
        .map(|candidate| (edit_distance(name, candidate), candidate))
        .filter(|&(distance, candidate)| {
            distance <= max_distance
                || (prefixes
                    && !name.is_empty()
                    && (candidate.starts_with(name) || name.starts_with(candidate)))
        })
        .collect();
    scored.sort();
    scored
        .into_iter()
        .map(|(_, candidate)| candidate)
        .take(limit)
        .collect()
}

/// `; did you mean `x`?` or `; did you mean one of `x`, `y`?`, or `fallback` without candidates.
pub(crate) fn hint(similar: &[&str], fallback: &str) -> String {
    match similar {
        [] => fallback.to_owned(),
        [one] => format!("; did you mean `{one}`?"),
        many => format!(
            "; did you mean one of {}?",
            crate::diagnostic::quote_list(many)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_and_closest_names() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(closest("cvmm", ["cvm", "vpc"], 2, false, 3), ["cvm"]);
        assert_eq!(closest("post", ["postgres"], 0, true, 3), ["postgres"]);
        assert!(closest("qqqq", ["cvm"], 1, true, 3).is_empty());
        assert_eq!(hint(&[], "."), ".");
        assert_eq!(hint(&["a"], "."), "; did you mean `a`?");
        assert_eq!(hint(&["a", "b"], "."), "; did you mean one of `a`, `b`?");
        let services = crate::BUNDLED_SERVICES.iter().map(|service| service.name);
        assert_eq!(closest("postgresql", services, 3, true, 3)[0], "postgres");
    }
}
