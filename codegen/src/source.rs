//! Reading a page of the invoking crate (`path = "..."`): the file-system policy. Paths are
//! relative to the crate's `Cargo.toml`, must stay inside the crate (no absolute paths, no
//! `..`, no links out), and the file must be UTF-8.

use std::path::{Component, Path, PathBuf};

/// Reads a page of the invoking crate; returns its text and canonical path.
pub(crate) fn read_page(
    path: &syn::LitStr,
    manifest_dir: Option<&Path>,
) -> syn::Result<(String, PathBuf)> {
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
    let metadata = std::fs::metadata(&full).map_err(|e| {
        fail(match e.kind() {
            std::io::ErrorKind::NotFound => {
                format!("`{value}` not found (paths are relative to the directory of your crate's Cargo.toml)")
            }
            _ => format!("cannot read `{value}`: {e}"),
        })
    })?;
    if metadata.is_dir() {
        return Err(fail(format!(
            "`{value}` is a directory; name the markdown file inside it"
        )));
    }
    let canonical = full
        .canonicalize()
        .map_err(|e| fail(format!("cannot resolve `{value}`: {e}")))?;
    let canonical_root = root
        .canonicalize()
        .map_err(|e| fail(format!("cannot resolve the crate root: {e}")))?;
    if !canonical.starts_with(&canonical_root) {
        return Err(fail(format!(
            "`{value}` resolves (through a link) to a file outside the crate"
        )));
    }
    let bytes =
        std::fs::read(&canonical).map_err(|e| fail(format!("cannot read `{value}`: {e}")))?;
    let source = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        fail(format!(
            "{}: the page is not valid UTF-8; save it as UTF-8",
            crate::diagnostic::place(&value, Some(line))
        ))
    })?;
    Ok((source, canonical))
}
