//! Reading pages of the invoking crate (`path = "..."`, `actions_path = "..."`): the file-system
//! policy. Paths are relative to the crate's `Cargo.toml`, must stay inside the crate (no
//! absolute paths, no `..`, no links out), and files must be UTF-8. `actions_path` may also name
//! a directory: its markdown files are read in order of their names.

use std::path::{Component, Path, PathBuf};

use crate::data::format::Site;
use crate::request::{DataDirectory, Page};

/// A file of the invoking crate, read.
#[derive(Clone, Debug)]
pub(crate) struct CrateFile {
    /// As the macro call names it (`docs/api/创建实例.md` for a file of the directory
    /// `docs/api`), for diagnostics.
    pub(crate) name: String,
    /// Its text.
    pub(crate) text: String,
    /// Its canonical path, to track for rebuilds.
    pub(crate) file: PathBuf,
}

/// Reads a page of the invoking crate; returns its text and canonical path.
pub(crate) fn read_page(
    path: &syn::LitStr,
    manifest_dir: Option<&Path>,
) -> syn::Result<(String, PathBuf)> {
    let (full, root) = resolve(path, manifest_dir)?;
    let value = path.value();
    if full.is_dir() {
        return Err(syn::Error::new(
            path.span(),
            format!("`{value}` is a directory; name the markdown file inside it"),
        ));
    }
    let file = read_inside(path, &value, &full, &root)?;
    Ok((file.text, file.file))
}

/// Reads what `path` names: one page, or every markdown file (`*.md`, any case) directly in a
/// directory, in byte order of their file names (so that the result does not depend on the
/// file system). Returns the files and whether `path` is a directory. An empty directory is an
/// error.
pub(crate) fn read_page_or_directory(
    path: &syn::LitStr,
    manifest_dir: Option<&Path>,
) -> syn::Result<(Vec<CrateFile>, bool)> {
    let (full, root) = resolve(path, manifest_dir)?;
    let value = path.value();
    if !full.is_dir() {
        return Ok((vec![read_inside(path, &value, &full, &root)?], false));
    }
    let fail = |message: String| syn::Error::new(path.span(), message);
    let names = markdown_files(&full)
        .map_err(|e| fail(format!("cannot list the directory `{value}`: {e}")))?;
    if names.is_empty() {
        return Err(fail(format!(
            "the directory `{value}` has no markdown file (`*.md`); put one API reference page \
             per action in it"
        )));
    }
    let directory = value.trim_end_matches('/');
    let mut files = Vec::with_capacity(names.len());
    for name in names {
        let shown = format!("{directory}/{name}");
        files.push(read_inside(path, &shown, &full.join(&name), &root)?);
    }
    Ok((files, true))
}

/// The names of the markdown files (`*.md`, any case) directly in `directory`, in byte order:
/// the files a directory given to `actions_path` holds, in the order they are read (so that
/// the expansion does not depend on the file system's order).
pub fn markdown_files(directory: &Path) -> std::io::Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(directory)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.to_ascii_lowercase().ends_with(".md") && entry.path().is_file() {
            names.push(name);
        }
    }
    names.sort_unstable();
    Ok(names)
}

/// The full path `path` names and the crate root, after the checks that need no file system:
/// not empty, not absolute, no `..`; and the path must exist.
fn resolve(path: &syn::LitStr, manifest_dir: Option<&Path>) -> syn::Result<(PathBuf, PathBuf)> {
    let value = path.value();
    let fail = |message: String| syn::Error::new(path.span(), message);
    let relative = Path::new(&value);
    if value.is_empty() {
        return Err(fail(
            "`path` is empty; name a markdown file relative to your crate's Cargo.toml".into(),
        ));
    }
    for component in relative.components() {
        match component {
            Component::RootDir | Component::Prefix(_) => {
                return Err(fail(format!(
                    "`{value}` is absolute; `path` is relative to your crate's Cargo.toml and must stay inside the crate"
                )))
            }
            Component::ParentDir => {
                return Err(fail(format!(
                    "`{value}` leaves the crate through `..`; pages must live inside the crate that invokes the macro"
                )))
            }
            _ => {}
        }
    }
    let root = manifest_dir.ok_or_else(|| {
        fail("CARGO_MANIFEST_DIR is not set: `path = ...` needs a build run by cargo".into())
    })?;
    let full = root.join(relative);
    std::fs::metadata(&full).map_err(|e| {
        fail(match e.kind() {
            std::io::ErrorKind::NotFound => {
                format!("`{value}` not found (paths are relative to the directory of your crate's Cargo.toml)")
            }
            _ => format!("cannot read `{value}`: {e}"),
        })
    })?;
    Ok((full, root.to_owned()))
}

/// Reads `service`'s part of the data directory `path` (`data = "data"`): its pages, its
/// per-action page, the history and sources files, those present, each a file inside the crate.
pub(crate) fn read_data_directory(
    path: &syn::LitStr,
    manifest_dir: Option<&Path>,
    service: &str,
) -> syn::Result<DataDirectory> {
    let (full, root) = resolve(path, manifest_dir)?;
    let value = path.value();
    let directory = value.trim_end_matches('/');
    if !full.is_dir() {
        return Err(syn::Error::new(
            path.span(),
            format!(
                "`{value}` is not a directory; `data` names a directory in the layout of the \
                 bundled data (`zh/{service}.md`, `en/{service}.md`, `history.tsv`, ...)"
            ),
        ));
    }
    let read = |relative: &str| -> syn::Result<Option<Page>> {
        let file = full.join(relative);
        if !file.is_file() {
            return Ok(None);
        }
        let shown = format!("{directory}/{relative}");
        let read = read_inside(path, &shown, &file, &root)?;
        Ok(Some(Page {
            name: read.name,
            text: read.text,
            track: Some(read.file),
        }))
    };
    let site_pages = |site: Site| markdown_files(&full.join(site.as_str())).unwrap_or_default();
    DataDirectory::read(directory, service, read, site_pages)
}

/// Reads the file `full` (shown as `shown`), which must resolve to a file inside `root` and be
/// UTF-8; errors point at `path`.
fn read_inside(
    path: &syn::LitStr,
    shown: &str,
    full: &Path,
    root: &Path,
) -> syn::Result<CrateFile> {
    let fail = |message: String| syn::Error::new(path.span(), message);
    let canonical = full
        .canonicalize()
        .map_err(|e| fail(format!("cannot resolve `{shown}`: {e}")))?;
    let canonical_root = root
        .canonicalize()
        .map_err(|e| fail(format!("cannot resolve the crate root: {e}")))?;
    if !canonical.starts_with(&canonical_root) {
        return Err(fail(format!(
            "`{shown}` resolves (through a link) to a file outside the crate"
        )));
    }
    let bytes =
        std::fs::read(&canonical).map_err(|e| fail(format!("cannot read `{shown}`: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        fail(format!(
            "{}: the page is not valid UTF-8; save it as UTF-8",
            crate::diagnostic::place(shown, Some(line))
        ))
    })?;
    Ok(CrateFile {
        name: shown.to_owned(),
        text,
        file: canonical,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_directory_gives_its_markdown_files_in_byte_order() {
        let directory = std::env::temp_dir().join(format!(
            "tencent-errors-markdown-files-{}",
            std::process::id()
        ));
        std::fs::create_dir_all(directory.join("nested.md")).expect("a scratch directory");
        for name in ["退还实例.md", "b.md", "A.MD", "notes.txt"] {
            std::fs::write(directory.join(name), "x").expect("a scratch file");
        }
        let names = markdown_files(&directory);
        std::fs::remove_dir_all(&directory).expect("clean up");
        assert_eq!(
            names.expect("listed"),
            ["A.MD", "b.md", "退还实例.md"],
            "no directories, no other files"
        );
    }
}
