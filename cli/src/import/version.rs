//! Package versions (`3.1.195`): checking and ordering them numerically, part by part.

use std::cmp::Ordering;

/// The numeric parts of a version (`3.1.195` → `[3, 1, 195]`), or why it is not one.
pub fn parse(version: &str) -> Result<Vec<u64>, String> {
    let parts: Option<Vec<u64>> = version
        .split('.')
        .map(|part| {
            (!part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse().ok())
                .flatten()
        })
        .collect();
    parts.ok_or_else(|| {
        format!(
            "`{}` is not a release version (numbers separated by `.`, like `3.1.195`)",
            version.escape_debug()
        )
    })
}

/// Orders two versions numerically (`3.0.1200` < `3.1.195`; `3.1` = `3.1.0`); versions that
/// do not parse sort by their text, after those that do.
pub fn compare(a: &str, b: &str) -> Ordering {
    match (parse(a), parse(b)) {
        (Ok(mut a), Ok(mut b)) => {
            let len = a.len().max(b.len());
            a.resize(len, 0);
            b.resize(len, 0);
            a.cmp(&b)
        }
        (Ok(_), Err(_)) => Ordering::Less,
        (Err(_), Ok(_)) => Ordering::Greater,
        (Err(_), Err(_)) => a.cmp(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_by_number() {
        assert_eq!(compare("3.0.1200", "3.1.195"), Ordering::Less);
        assert_eq!(compare("3.1.195", "3.1.193"), Ordering::Greater);
        assert_eq!(compare("3.1", "3.1.0"), Ordering::Equal);
        assert_eq!(compare("10.0", "9.9"), Ordering::Greater);
        assert_eq!(parse("3.1.195"), Ok(vec![3, 1, 195]));
        assert!(parse("3.1.0rc1").is_err());
        assert!(parse("3..1").is_err());
        assert!(parse("").is_err());
    }
}
