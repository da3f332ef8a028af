//! The error-code pages shipped with the crate, one per service, and what they expand to.
//!
//! They are copies of Tencent Cloud's current error-code pages for the API 3.0 services below;
//! `tencent_errors!("cvm")` reads `pages/cvm.md`.

use crate::diagnostic::Diagnostic;
use crate::generate::{generate, Target};

macro_rules! bundled_pages {
    ($($service:literal),* $(,)?) => {
        /// The services with a bundled page, sorted.
        pub const BUNDLED_SERVICES: &[&str] = &[$($service),*];

        /// The bundled page of `service`, if there is one.
        pub fn bundled_page(service: &str) -> Option<&'static str> {
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
/// [`expand`](crate::expand), so that expanding a bundled page costs no parsing.
pub fn bundled_expansion(service: &str) -> Option<Result<String, Vec<Diagnostic>>> {
    let source = bundled_page(service)?;
    let target = Target::new(service, origin(service));
    Some(
        crate::build_model(source, &[])
            .and_then(|model| generate(&target, &model).map_err(|e| vec![e]))
            .map(|tokens| tokens.to_string()),
    )
}

/// How the generated docs name a bundled page.
pub(crate) fn origin(service: &str) -> String {
    format!("the bundled page `{service}.md`")
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
        assert_eq!(files, BUNDLED_SERVICES);
        assert!(BUNDLED_SERVICES
            .iter()
            .all(|s| bundled_page(s).is_some_and(|p| !p.is_empty())));
        assert_eq!(bundled_page("nope"), None);
    }
}
