//! The error-code pages shipped with the crate, one per service.
//!
//! They are copies of Tencent Cloud's current error-code pages for the API 3.0 services below;
//! `tencent_errors!("cvm")` reads `pages/cvm.md`.

macro_rules! bundled_pages {
    ($($service:literal),* $(,)?) => {
        /// The services with a bundled page, sorted.
        pub const SERVICES: &[&str] = &[$($service),*];

        /// The bundled page of `service`, if there is one.
        pub fn page(service: &str) -> Option<&'static str> {
            match service {
                $($service => Some(include_str!(concat!("../pages/", $service, ".md"))),)*
                _ => None,
            }
        }
    };
}

bundled_pages!(
    "as",
    "cam",
    "cbs",
    "cdb",
    "ckafka",
    "clb",
    "cls",
    "cvm",
    "dc",
    "dnspod",
    "es",
    "gaap",
    "lighthouse",
    "mongodb",
    "monitor",
    "mps",
    "postgres",
    "redis",
    "scf",
    "ssl",
    "sts",
    "tat",
    "tcr",
    "tke",
    "vpc",
);

/// What `tencent_errors!("service")` (a bundled page, no options) expands to, as source text;
/// `None` if `service` has no bundled page.
///
/// The proc-macro computes these in its build script and hands them to
/// [`expand`](crate::expand), so that expanding a bundled page costs no
/// parsing.
pub fn expansion(service: &str) -> Option<Result<String, String>> {
    let source = page(service)?;
    let target = crate::Target::new(service, origin(service));
    Some(
        crate::generate_page(&target, source, &[])
            .map(|tokens| tokens.to_string())
            .map_err(|problems| format!("{service}.md: {problems:?}")),
    )
}

/// How the generated docs name a bundled page.
pub(crate) fn origin(service: &str) -> String {
    format!("the bundled page `{service}.md`")
}

/// Bundled services whose names are close to `service` (for "did you mean" hints), closest first.
pub fn similar(service: &str) -> Vec<&'static str> {
    let mut scored: Vec<(usize, &'static str)> = SERVICES
        .iter()
        .map(|&candidate| (edit_distance(service, candidate), candidate))
        .filter(|&(distance, candidate)| {
            distance <= 2.max(service.len() / 3)
                || (!service.is_empty()
                    && (candidate.starts_with(service) || service.starts_with(candidate)))
        })
        .collect();
    scored.sort();
    scored
        .into_iter()
        .map(|(_, candidate)| candidate)
        .take(3)
        .collect()
}

/// Levenshtein distance between two strings, in characters.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_in_pages_is_bundled_and_sorted() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/pages");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .expect("pages directory")
            .map(|entry| {
                entry
                    .expect("entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .filter_map(|name| name.strip_suffix(".md").map(str::to_owned))
            .collect();
        files.sort();
        assert_eq!(files, SERVICES);
        assert!(SERVICES
            .iter()
            .all(|s| page(s).is_some_and(|p| !p.is_empty())));
        assert_eq!(page("nope"), None);
    }

    #[test]
    fn suggestions_are_close_names() {
        assert_eq!(similar("cvmm")[0], "cvm");
        assert_eq!(similar("postgresql")[0], "postgres");
        assert!(similar("qqqqqqqq").is_empty());
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
