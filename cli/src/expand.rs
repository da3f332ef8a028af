//! Expanding what `tencent_errors!` would be given (a bundled service, or pages of one service,
//! and the macro's options as flags) into pretty-printed Rust source that is token for token
//! what the macro generates, for reading and for checking in.

use std::fmt::Write as _;
use std::path::Path;

use proc_macro2::TokenStream;

use crate::args::ExpandOptions;
use crate::diagnostic::FileDiagnostic;
#[cfg(test)]
use crate::page::Rename;
use crate::page::{self, check_service_name, ActionSelection, Request};

/// An expansion.
#[derive(Clone, Debug)]
pub struct Expansion {
    /// The service name used.
    pub service: String,
    /// The enum's name.
    pub name: String,
    /// The generated items, exactly as the macro generates them except for the file-tracking
    /// constants (see [`expand`]).
    pub tokens: TokenStream,
}

impl Expansion {
    /// The items pretty-printed by prettyplease (no header comment).
    pub fn pretty(&self) -> Result<String, FileDiagnostic> {
        let file: syn::File = syn::parse2(self.tokens.clone()).map_err(|error| {
            FileDiagnostic::whole(
                &self.service,
                format!("internal error: the generated code does not parse: {error}"),
            )
        })?;
        Ok(prettyplease::unparse(&file))
    }
}

/// The service name the macro would be given for `page`: its file stem (`docs/cvm.md` → `cvm`).
pub fn service_of(page: &Path) -> Result<String, String> {
    let stem = page
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    check_service_name(&stem)
        .map(|()| stem.clone())
        .map_err(|message| {
            format!("{message}; the file name does not give a service name, pass `--service NAME`")
        })
}

/// The [`Request`] for `inputs` (pages of one service, or one bundled service's name) and
/// `options`, with every file read; relative paths are relative to `base`. A page's name is
/// its path as given.
pub fn request(
    inputs: &[String],
    base: &Path,
    options: &ExpandOptions,
) -> Result<Request, Vec<FileDiagnostic>> {
    let (pages, services): (Vec<&String>, Vec<&String>) = inputs
        .iter()
        .partition(|input| base.join(input.as_str()).is_file());
    let first = inputs.first().map_or("", String::as_str);
    let fail = |message: String| vec![FileDiagnostic::whole(first, message)];
    let service = match (services.as_slice(), &options.service, pages.first()) {
        ([], Some(service), _) => service.clone(),
        ([], None, Some(page)) => service_of(Path::new(page.as_str())).map_err(&fail)?,
        ([service], None, None) => (*service).clone(),
        ([service], Some(_), None) => {
            return Err(fail(format!(
                "`{service}` is a bundled service's name or a page that does not exist; give \
                 one or the other, not `--service` as well"
            )))
        }
        ([service], _, Some(_)) | ([service, ..], _, _) => {
            return Err(fail(format!(
                "`{service}` is not a file: give the pages of one service, or the name of one \
                 bundled service alone"
            )))
        }
        ([], None, None) => return Err(fail("nothing to expand".to_owned())),
    };
    let mut request = Request::new(service);
    for page in pages {
        request.pages.push(read(base, page)?);
    }
    if let Some(path) = &options.actions_path {
        request.actions_path = Some(actions_path(base, &path.display().to_string())?);
    }
    request.renames = options.renames.clone();
    if let Some(name) = &options.name {
        request.name = Some(
            syn::parse_str(name)
                .map_err(|_| fail(format!("`--name {name}` is not a Rust identifier")))?,
        );
    }
    if let Some(vis) = &options.vis {
        request.vis = Some(syn::parse_str(vis).map_err(|_| {
            fail(format!(
                "`--vis {vis}` is not a visibility: use `pub`, `pub(crate)`, `pub(super)` or \"\""
            ))
        })?);
    }
    if let Some(lang) = &options.lang {
        request.language = Some(page::language(lang).map_err(fail)?);
    }
    if let Some(retired) = options.retired {
        request.retired = retired;
    }
    if let Some(actions) = &options.actions {
        // What the names must be (some, each once) is `build`'s to check, for the macro too.
        request.actions = Some(if actions.trim() == "*" {
            ActionSelection::All
        } else {
            ActionSelection::Listed(
                actions
                    .split(',')
                    .map(|name| name.trim().to_owned())
                    .filter(|name| !name.is_empty())
                    .collect(),
            )
        });
    }
    if let Some(module) = &options.actions_mod {
        request.actions_mod = Some(
            syn::parse_str(module)
                .map_err(|_| fail(format!("`--actions-mod {module}` is not a module name")))?,
        );
    }
    Ok(request)
}

/// What `--actions-path` names, read: one page, or every markdown file of a directory (in byte
/// order of their names, as the macro reads them).
fn actions_path(base: &Path, path: &str) -> Result<page::ActionsPath, Vec<FileDiagnostic>> {
    let full = base.join(path);
    if !full.is_dir() {
        return Ok(page::ActionsPath {
            name: path.to_owned(),
            directory: false,
            pages: vec![read(base, path)?],
        });
    }
    let names = page::markdown_files(&full).map_err(|error| {
        vec![FileDiagnostic::whole(
            path,
            format!("cannot list the directory: {error}"),
        )]
    })?;
    let directory = path.trim_end_matches('/');
    let mut pages = Vec::with_capacity(names.len());
    for name in names {
        pages.push(read(base, &format!("{directory}/{name}"))?);
    }
    Ok(page::ActionsPath {
        name: path.to_owned(),
        directory: true,
        pages,
    })
}

/// A page given on the command line, read (any path: the macro's rule that pages live inside
/// the crate does not apply to a command run by hand).
fn read(base: &Path, path: &str) -> Result<page::Page, Vec<FileDiagnostic>> {
    let text = page::read(&base.join(path)).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| e.in_file(path))
            .collect::<Vec<_>>()
    })?;
    Ok(page::Page {
        name: path.to_owned(),
        text,
        track: None,
    })
}

/// Expands `inputs` with `options` as `tencent_errors!` would, given the same pages (as
/// `path = [..]`, relative to the crate) or the same bundled service.
///
/// The one difference: the macro also emits `const _: &[u8] = include_bytes!("/absolute/page.md");`
/// for each page of the crate, so that cargo rebuilds the crate when a page changes. Checked-in
/// code must not contain an absolute path of the machine that generated it, and does not need
/// the page to build, so the expansion leaves it out: regenerate the file when the page changes.
pub fn expand(
    inputs: &[String],
    base: &Path,
    options: &ExpandOptions,
) -> Result<Expansion, Vec<FileDiagnostic>> {
    let request = request(inputs, base, options)?;
    let built = page::build(&request)?;
    let tokens = page::generate(&built, &request)?;
    Ok(Expansion {
        service: request.service.clone(),
        name: built.target.name.to_string(),
        tokens,
    })
}

/// The comment on top of expanded code: where it came from and how to regenerate it.
pub fn header(inputs: &[String], options: &ExpandOptions) -> String {
    let mut command = String::from("tencent-errors expand");
    for input in inputs {
        let _ = write!(command, " {input}");
    }
    if let Some(service) = &options.service {
        let _ = write!(command, " --service {service}");
    }
    if let Some(name) = &options.name {
        let _ = write!(command, " --name {name}");
    }
    if let Some(vis) = &options.vis {
        let _ = write!(command, " --vis '{vis}'");
    }
    for rename in &options.renames {
        let _ = write!(command, " --rename {}={}", rename.code, rename.variant);
    }
    if let Some(lang) = &options.lang {
        let _ = write!(command, " --lang {lang}");
    }
    if let Some(retired) = options.retired {
        let _ = write!(command, " --retired {retired}");
    }
    if let Some(actions) = &options.actions {
        let _ = write!(command, " --actions '{actions}'");
    }
    if let Some(module) = &options.actions_mod {
        let _ = write!(command, " --actions-mod {module}");
    }
    if let Some(path) = &options.actions_path {
        let _ = write!(command, " --actions-path {}", path.display());
    }
    format!(
        "// @generated by `{command}` (tencent-errors-cli {version}).\n\
         // Do not edit: change the page and regenerate. The code uses the hidden `__private` items\n\
         // of `tencent-errors` {version}: regenerate it whenever you upgrade that crate.\n\n",
        version = env!("CARGO_PKG_VERSION")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "| 错误码 | 说明 |\n|---|---|\n| A.B | x |\n";

    /// A page in a fresh scratch directory, named `name`.
    /// Writes `text` as `name` in a directory of its own: tests run in parallel, and two of
    /// them write an `a.md` of different contents.
    fn scratch(name: &str, text: &str) -> String {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "tencent-errors-cli-expand-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).expect("scratch dir");
        let path = dir.join(name);
        std::fs::write(&path, text).expect("write");
        path.display().to_string()
    }

    #[test]
    fn the_service_comes_from_the_file_stem_unless_given() {
        let page = scratch("my_svc.md", PAGE);
        let expansion = expand(
            std::slice::from_ref(&page),
            Path::new("."),
            &ExpandOptions::default(),
        )
        .expect("expands");
        assert_eq!(
            (expansion.service.as_str(), expansion.name.as_str()),
            ("my_svc", "MySvcError")
        );
        let options = ExpandOptions {
            service: Some("other".into()),
            ..ExpandOptions::default()
        };
        assert_eq!(
            expand(&[page], Path::new("."), &options)
                .expect("expands")
                .name,
            "OtherError"
        );
    }

    #[test]
    fn a_bundled_service_is_named_alone() {
        let expansion = expand(
            &["dc".to_owned()],
            Path::new("."),
            &ExpandOptions::default(),
        )
        .expect("dc");
        assert_eq!(expansion.name, "DcError");
        let errors = expand(
            &["dcc".to_owned()],
            Path::new("."),
            &ExpandOptions::default(),
        )
        .expect_err("dcc");
        assert!(errors[0].message.contains("did you mean"), "{errors:?}");
        let page = scratch("x.md", PAGE);
        let errors = expand(
            &["dc".to_owned(), page],
            Path::new("."),
            &ExpandOptions::default(),
        )
        .expect_err("mixed");
        assert!(errors[0].message.contains("not a file"), "{errors:?}");
    }

    #[test]
    fn bad_names_are_explained() {
        let page = scratch("my-page.md", PAGE);
        let errors = expand(
            std::slice::from_ref(&page),
            Path::new("."),
            &ExpandOptions::default(),
        )
        .expect_err("bad stem");
        assert!(errors[0].message.contains("--service"), "{errors:?}");
        for (options, expected) in [
            (
                ExpandOptions {
                    name: Some("1x".into()),
                    ..ExpandOptions::default()
                },
                "identifier",
            ),
            (
                ExpandOptions {
                    vis: Some("private".into()),
                    ..ExpandOptions::default()
                },
                "visibility",
            ),
            (
                ExpandOptions {
                    lang: Some("fr".into()),
                    ..ExpandOptions::default()
                },
                "unknown language",
            ),
            (
                ExpandOptions {
                    actions_mod: Some("ops".into()),
                    ..ExpandOptions::default()
                },
                // Checked by `build`, for the macro and the command line alike.
                "`actions_mod` needs `actions`",
            ),
        ] {
            let options = ExpandOptions {
                service: Some("x".into()),
                ..options
            };
            let errors =
                expand(std::slice::from_ref(&page), Path::new("."), &options).expect_err(expected);
            assert!(errors[0].message.contains(expected), "{errors:?}");
        }
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
        let pretty = expand(&[scratch("a.md", PAGE)], Path::new("."), &options)
            .expect("expands")
            .pretty()
            .expect("prints");
        assert!(pretty.contains("pub(crate) enum Codes {"), "{pretty}");
        assert!(pretty.contains("    Ab,"), "{pretty}");
        assert!(!pretty.contains("include_bytes"));
    }

    #[test]
    fn the_header_gives_the_command_that_regenerates_the_file() {
        let options = ExpandOptions {
            vis: Some(String::new()),
            renames: vec![Rename {
                code: "A.B".into(),
                variant: "Ab".into(),
            }],
            actions: Some("*".into()),
            ..ExpandOptions::default()
        };
        let header = header(&["docs/x.md".to_owned()], &options);
        assert!(
            header.starts_with(
                "// @generated by `tencent-errors expand docs/x.md --vis '' --rename A.B=Ab \
                 --actions '*'` ("
            ),
            "{header}"
        );
        assert!(header.ends_with(".\n\n"), "{header}");
    }

    #[test]
    fn page_errors_keep_their_file_and_line() {
        let page = scratch("a.md", "| 错误码 | 说明 |\n|---|---|\n| A B | x |\n");
        let errors = expand(
            std::slice::from_ref(&page),
            Path::new("."),
            &ExpandOptions::default(),
        )
        .expect_err("bad row");
        assert_eq!(
            (errors[0].path.as_str(), errors[0].line),
            (page.as_str(), 3)
        );
    }
}
