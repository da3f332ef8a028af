//! The library behind the `tencent-errors` command: expanding a page into pretty-printed Rust
//! source that is token for token what `tencent_errors!(service, path = page)` generates.
//!
//! Checking and diffing pages live in `tencent_errors_codegen::{report, diff}`; the command only
//! parses arguments and prints.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod import;

use std::path::Path;

use proc_macro2::TokenStream;
use tencent_errors_codegen::report::{diagnostics, Diagnostic};
use tencent_errors_codegen::{check_service_name, generate_page, Rename, Target};

/// What `tencent_errors!` options to expand a page with (besides `path`).
#[derive(Clone, Debug, Default)]
pub struct ExpandOptions {
    /// The service name (`"cvm"`); `None`: the page's file stem.
    pub service: Option<String>,
    /// `name = ...`: the enum's name; `None`: UpperCamel(service) + `Error`.
    pub name: Option<String>,
    /// `vis = ...` (`pub(crate)`, or empty for private); `None`: `pub`.
    pub vis: Option<String>,
    /// `rename = { ... }`.
    pub renames: Vec<Rename>,
}

/// An expanded page.
#[derive(Clone, Debug)]
pub struct Expansion {
    /// The service name used.
    pub service: String,
    /// The enum's name.
    pub name: String,
    /// The generated items, exactly as the macro generates them except for the file-tracking
    /// constant (see [`expand_page`]).
    pub tokens: TokenStream,
}

impl Expansion {
    /// The items pretty-printed by prettyplease (no header comment).
    pub fn pretty(&self) -> Result<String, Diagnostic> {
        let file: syn::File = syn::parse2(self.tokens.clone()).map_err(|error| Diagnostic {
            line: 0,
            message: format!("internal error: the generated code does not parse: {error}"),
        })?;
        Ok(prettyplease::unparse(&file))
    }
}

/// The service name the macro would be given for `page`: its file stem (`docs/cvm.md` → `cvm`).
pub fn service_of(page: &Path) -> Result<String, Diagnostic> {
    let stem = page
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    check_service_name(&stem)
        .map(|()| stem.clone())
        .map_err(|message| Diagnostic {
            line: 0,
            message: format!(
                "{message}; the file name does not give a service name, pass `--service NAME`"
            ),
        })
}

/// Expands `source`, the text of the page at `page_path`, as
/// `tencent_errors!("service", path = "<page_path>", ...)` would with that path.
///
/// The one difference: the macro also emits `const _: &[u8] = include_bytes!("/absolute/page.md");`
/// so that cargo rebuilds the crate when the page changes. Checked-in code must not contain an
/// absolute path of the machine that generated it, and does not need the page to build, so the
/// expansion leaves it out: regenerate the file when the page changes.
pub fn expand_page(
    page_path: &str,
    source: &str,
    options: &ExpandOptions,
) -> Result<Expansion, Vec<Diagnostic>> {
    let one = |message: String| vec![Diagnostic { line: 0, message }];
    let service = match &options.service {
        Some(service) => {
            check_service_name(service).map_err(one)?;
            service.clone()
        }
        None => service_of(Path::new(page_path)).map_err(|d| vec![d])?,
    };
    let mut target = Target::new(&service, format!("`{page_path}`"));
    if let Some(name) = &options.name {
        target.name = syn::parse_str(name)
            .map_err(|_| one(format!("`--name {name}` is not a Rust identifier")))?;
    }
    if let Some(vis) = &options.vis {
        target.vis = syn::parse_str(vis).map_err(|_| {
            one(format!(
                "`--vis {vis}` is not a visibility: use `pub`, `pub(crate)`, `pub(super)` or \"\""
            ))
        })?;
    }
    let name = target.name.to_string();
    let tokens = generate_page(&target, source, &options.renames)
        .map_err(|problems| diagnostics(problems, &options.renames))?;
    Ok(Expansion {
        service,
        name,
        tokens,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "| 错误码 | 说明 |\n|---|---|\n| A.B | x |\n";

    #[test]
    fn the_service_comes_from_the_file_stem_unless_given() {
        let expansion =
            expand_page("docs/my_svc.md", PAGE, &ExpandOptions::default()).expect("expands");
        assert_eq!(
            (expansion.service.as_str(), expansion.name.as_str()),
            ("my_svc", "MySvcError")
        );
        let options = ExpandOptions {
            service: Some("other".into()),
            ..ExpandOptions::default()
        };
        assert_eq!(
            expand_page("docs/my_svc.md", PAGE, &options)
                .expect("expands")
                .name,
            "OtherError"
        );
    }

    #[test]
    fn bad_names_are_explained() {
        let errors =
            expand_page("docs/my-page.md", PAGE, &ExpandOptions::default()).expect_err("bad stem");
        assert!(
            errors[0].message.contains("--service"),
            "{}",
            errors[0].message
        );
        let options = ExpandOptions {
            name: Some("1x".into()),
            ..ExpandOptions::default()
        };
        assert!(
            expand_page("a.md", PAGE, &options).expect_err("bad name")[0]
                .message
                .contains("identifier")
        );
        let options = ExpandOptions {
            vis: Some("private".into()),
            ..ExpandOptions::default()
        };
        assert!(expand_page("a.md", PAGE, &options).expect_err("bad vis")[0]
            .message
            .contains("visibility"));
    }

    #[test]
    fn options_reach_the_generated_code() {
        let options = ExpandOptions {
            name: Some("Codes".into()),
            vis: Some("pub(crate)".into()),
            renames: vec![Rename {
                code: "A.B".into(),
                variant: "Ab".into(),
            }],
            ..ExpandOptions::default()
        };
        let pretty = expand_page("a.md", PAGE, &options)
            .expect("expands")
            .pretty()
            .expect("prints");
        assert!(pretty.contains("pub(crate) enum Codes {"), "{pretty}");
        assert!(pretty.contains("    Ab,"), "{pretty}");
        assert!(!pretty.contains("include_bytes"));
    }

    #[test]
    fn page_errors_keep_their_lines() {
        let errors = expand_page(
            "a.md",
            "| 错误码 | 说明 |\n|---|---|\n| A B | x |\n",
            &ExpandOptions::default(),
        )
        .expect_err("bad row");
        assert_eq!(errors[0].line, 3);
    }
}
