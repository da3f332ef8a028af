//! Small pieces of English shared by the command's messages: quoting, short lists, plurals.

/// At most this many names in a list; the rest are counted.
const NAMES_SHOWN: usize = 5;

/// `` `name` ``.
pub fn quoted(name: &str) -> String {
    format!("`{name}`")
}

/// The first few `items`, joined with commas, and how many more there are.
pub fn some_of(items: impl Iterator<Item = String>) -> String {
    let items: Vec<String> = items.collect();
    let shown = items[..items.len().min(NAMES_SHOWN)].join(", ");
    match items.len().checked_sub(NAMES_SHOWN) {
        Some(more) if more > 0 => format!("{shown} and {more} more"),
        _ => shown,
    }
}

/// `1 code`, `2 codes`.
pub fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_quoted_and_cut_short() {
        let names = (0..7).map(|i| format!("n{i}"));
        assert_eq!(some_of(names), "n0, n1, n2, n3, n4 and 2 more");
        assert_eq!(some_of(["a".to_owned()].into_iter()), "a");
        assert_eq!(
            (plural(1, "code", "codes"), plural(0, "code", "codes")),
            ("1 code".to_owned(), "0 codes".to_owned())
        );
    }
}
