//! Reading a published SDK package (a wheel file or an unpacked directory): its name, version, site and every service's codes.
//!
//! A service is a directory `tencentcloud/<python name>/` with at least one
//! `<vYYYYMMDD>/errorcodes.py`; its codes are the union over its API versions, the newest
//! version's description winning (a newer version without a comment keeps the older text).

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use tencent_errors_codegen::format::{parse_version, Dataset, Site};

use super::errorcodes;
use super::ImportError;

/// A service's codes and their descriptions (`None`: published without one).
pub type Codes = BTreeMap<String, Option<String>>;

/// Python package names that are not the API's service name: `as` is a Python keyword.
/// The one place for such renames.
pub const PYTHON_NAMES: &[(&str, &str)] = &[("autoscaling", "as")];

/// Package name and version given on the command line (they override what the source says).
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    /// `--package NAME`.
    pub package: Option<String>,
    /// `--version V`.
    pub version: Option<String>,
}

/// A package as read: what it is and what it publishes.
#[derive(Clone, Debug)]
pub struct Package {
    /// The normalised package name (`tencentcloud-sdk-python`).
    pub name: String,
    /// Its version (`3.1.195`).
    pub version: String,
    /// The site it publishes.
    pub site: Site,
    /// Service name (`as`, not `autoscaling`) to its codes.
    pub services: BTreeMap<String, Codes>,
}

/// The PEP 503 normal form of a package name: lowercase, runs of `-`, `_`, `.` as one `-`.
pub fn normalise_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.trim().chars() {
        if matches!(c, '-' | '_' | '.') {
            if !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

/// The API service name of a Python package directory.
pub fn service_name(python: &str) -> &str {
    PYTHON_NAMES
        .iter()
        .find(|(from, _)| *from == python)
        .map_or(python, |(_, to)| to)
}

/// One `errorcodes.py` found in a source.
struct CodesFile {
    /// `tencentcloud/<python name>/<api version>/errorcodes.py`, as shown in errors.
    shown: String,
    python_name: String,
    api_version: String,
    text: String,
}

/// Reads a wheel (any file) or an unpacked directory.
pub fn read(source: &Path, overrides: &Overrides) -> Result<Package, ImportError> {
    let io = |error: std::io::Error| ImportError::Io {
        path: source.to_path_buf(),
        error,
    };
    let metadata = std::fs::metadata(source).map_err(io)?;
    let (meta_name, meta_version, files) = if metadata.is_dir() {
        read_directory(source)?
    } else {
        read_wheel(source)?
    };
    let name = overrides
        .package
        .clone()
        .or(meta_name)
        .map(|name| normalise_name(&name))
        .ok_or_else(|| ImportError::Metadata {
            path: source.to_path_buf(),
            message: "no `*.dist-info/METADATA` says which package this is: pass `--package NAME`"
                .into(),
        })?;
    let version =
        overrides
            .version
            .clone()
            .or(meta_version)
            .ok_or_else(|| ImportError::Metadata {
                path: source.to_path_buf(),
                message: "neither `*.dist-info/METADATA` nor `tencentcloud/__init__.py` gives the \
                      version: pass `--version V`"
                    .into(),
            })?;
    parse_version(&version).map_err(|message| ImportError::Metadata {
        path: source.to_path_buf(),
        message,
    })?;
    let Some(Dataset::Site(site)) = Dataset::of_package(&name) else {
        return Err(ImportError::UnknownPackage {
            path: source.to_path_buf(),
            name,
        });
    };
    let services = union(source, files)?;
    Ok(Package {
        name,
        version,
        site,
        services,
    })
}

/// Parses every file and takes the union over API versions (oldest first, so newer text wins).
fn union(source: &Path, mut files: Vec<CodesFile>) -> Result<BTreeMap<String, Codes>, ImportError> {
    files.sort_by(|a, b| (&a.python_name, &a.api_version).cmp(&(&b.python_name, &b.api_version)));
    let mut services: BTreeMap<String, Codes> = BTreeMap::new();
    let mut python_of: BTreeMap<String, String> = BTreeMap::new();
    for file in files {
        let service = service_name(&file.python_name).to_owned();
        tencent_errors_codegen::check_service_name(&service).map_err(|message| {
            ImportError::Syntax {
                file: format!("{}!{}", source.display(), file.shown),
                line: 0,
                message: format!("the directory does not name a service: {message}"),
            }
        })?;
        if let Some(other) = python_of.insert(service.clone(), file.python_name.clone()) {
            if other != file.python_name {
                return Err(ImportError::Syntax {
                    file: format!("{}!{}", source.display(), file.shown),
                    line: 0,
                    message: format!(
                        "`tencentcloud/{other}/` and `tencentcloud/{}/` are both the service `{service}`",
                        file.python_name
                    ),
                });
            }
        }
        let entries = errorcodes::parse(&file.text).map_err(|error| ImportError::Syntax {
            file: format!("{}!{}", source.display(), file.shown),
            line: error.line,
            message: error.message,
        })?;
        let codes = services.entry(service).or_default();
        for entry in entries {
            match entry.description {
                Some(text) => {
                    codes.insert(entry.code, Some(text));
                }
                None => {
                    codes.entry(entry.code).or_insert(None);
                }
            }
        }
    }
    Ok(services)
}

/// `tencentcloud/<python name>/<api version>/errorcodes.py` → (python name, api version);
/// `Ok(None)` for any other path; an error for an `errorcodes.py` that is not in a version directory.
fn codes_path(path: &str) -> Result<Option<(String, String)>, String> {
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        ["tencentcloud", python, api_version, "errorcodes.py"] => {
            let is_version = api_version.len() == 9
                && api_version.starts_with('v')
                && api_version[1..].chars().all(|c| c.is_ascii_digit());
            if is_version {
                Ok(Some(((*python).to_owned(), (*api_version).to_owned())))
            } else {
                Err(format!(
                    "`{api_version}` is not an API version directory (`vYYYYMMDD`)"
                ))
            }
        }
        _ => Ok(None),
    }
}

/// `Name:` and `Version:` of a `METADATA` file (its header ends at the first blank line).
fn metadata_fields(text: &str) -> (Option<String>, Option<String>) {
    let mut name = None;
    let mut version = None;
    for line in text.lines() {
        if line.trim().is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Name:") {
            name.get_or_insert_with(|| value.trim().to_owned());
        } else if let Some(value) = line.strip_prefix("Version:") {
            version.get_or_insert_with(|| value.trim().to_owned());
        }
    }
    (name, version)
}

/// `__version__ = '3.1.195'` in `tencentcloud/__init__.py`.
fn init_version(text: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let value = line.trim().strip_prefix("__version__")?.trim_start();
        let value = value.strip_prefix('=')?.trim();
        let quote = value.chars().next().filter(|c| *c == '\'' || *c == '"')?;
        Some(value[1..].strip_suffix(quote)?.to_owned())
    })
}

type Read3 = (Option<String>, Option<String>, Vec<CodesFile>);

fn read_wheel(source: &Path) -> Result<Read3, ImportError> {
    let zip_error = |error: zip::result::ZipError| ImportError::Zip {
        path: source.to_path_buf(),
        message: error.to_string(),
    };
    let file = File::open(source).map_err(|error| ImportError::Io {
        path: source.to_path_buf(),
        error,
    })?;
    let mut archive = zip::ZipArchive::new(file).map_err(zip_error)?;
    let mut names: Vec<String> = archive.file_names().map(str::to_owned).collect();
    names.sort();
    let mut read_text = |name: &str| -> Result<String, ImportError> {
        let mut entry = archive.by_name(name).map_err(zip_error)?;
        let mut bytes = Vec::new();
        entry
            .read_to_end(&mut bytes)
            .map_err(|error| ImportError::Zip {
                path: source.to_path_buf(),
                message: format!("{name}: {error}"),
            })?;
        String::from_utf8(bytes).map_err(|_| ImportError::Syntax {
            file: format!("{}!{name}", source.display()),
            line: 0,
            message: "not UTF-8".into(),
        })
    };
    let metadata: Vec<&String> = names
        .iter()
        .filter(|name| {
            name.strip_suffix("/METADATA")
                .is_some_and(|dir| dir.ends_with(".dist-info") && !dir.contains('/'))
        })
        .collect();
    let (name, version) = match metadata.as_slice() {
        [] => (None, None),
        [one] => metadata_fields(&read_text(one)?),
        _ => {
            return Err(ImportError::Metadata {
                path: source.to_path_buf(),
                message: "the wheel has more than one `*.dist-info/METADATA`".into(),
            })
        }
    };
    let version = match version {
        Some(version) => Some(version),
        None if names.iter().any(|n| n == "tencentcloud/__init__.py") => {
            init_version(&read_text("tencentcloud/__init__.py")?)
        }
        None => None,
    };
    let mut files = Vec::new();
    for name in &names {
        let parsed = codes_path(name).map_err(|message| ImportError::Syntax {
            file: format!("{}!{name}", source.display()),
            line: 0,
            message,
        })?;
        if let Some((python_name, api_version)) = parsed {
            files.push(CodesFile {
                text: read_text(name)?,
                shown: name.clone(),
                python_name,
                api_version,
            });
        }
    }
    if !names.iter().any(|n| n.starts_with("tencentcloud/")) {
        return Err(ImportError::Zip {
            path: source.to_path_buf(),
            message: "the wheel holds no `tencentcloud/` package".into(),
        });
    }
    Ok((name, version, files))
}

/// Sorted entries of a directory.
fn entries(dir: &Path) -> Result<Vec<PathBuf>, ImportError> {
    let io = |error| ImportError::Io {
        path: dir.to_path_buf(),
        error,
    };
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        paths.push(entry.map_err(io)?.path());
    }
    paths.sort();
    Ok(paths)
}

fn read_file(path: &Path) -> Result<String, ImportError> {
    let bytes = std::fs::read(path).map_err(|error| ImportError::Io {
        path: path.to_path_buf(),
        error,
    })?;
    String::from_utf8(bytes).map_err(|_| ImportError::Syntax {
        file: path.display().to_string(),
        line: 0,
        message: "not UTF-8".into(),
    })
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A directory holding `tencentcloud/` (or that `tencentcloud/` directory itself).
fn read_directory(source: &Path) -> Result<Read3, ImportError> {
    let root = if source.join("tencentcloud").is_dir() {
        source.to_path_buf()
    } else if file_name(source) == "tencentcloud" {
        source
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
    } else {
        return Err(ImportError::Metadata {
            path: source.to_path_buf(),
            message: "the directory holds no `tencentcloud/` package".into(),
        });
    };
    let mut name = None;
    let mut version = None;
    for path in entries(&root)? {
        let metadata = path.join("METADATA");
        if file_name(&path).ends_with(".dist-info") && metadata.is_file() {
            if name.is_some() {
                return Err(ImportError::Metadata {
                    path: root.clone(),
                    message: "more than one `*.dist-info/METADATA`".into(),
                });
            }
            let (n, v) = metadata_fields(&read_file(&metadata)?);
            name = Some(n);
            version = v;
        }
    }
    let package = root.join("tencentcloud");
    let init = package.join("__init__.py");
    if version.is_none() && init.is_file() {
        version = init_version(&read_file(&init)?);
    }
    let mut files = Vec::new();
    for service_dir in entries(&package)? {
        if !service_dir.is_dir() {
            continue;
        }
        for version_dir in entries(&service_dir)? {
            let codes = version_dir.join("errorcodes.py");
            if !codes.is_file() {
                continue;
            }
            let shown = format!(
                "tencentcloud/{}/{}/errorcodes.py",
                file_name(&service_dir),
                file_name(&version_dir)
            );
            let (python_name, api_version) = codes_path(&shown)
                .map_err(|message| ImportError::Syntax {
                    file: codes.display().to_string(),
                    line: 0,
                    message,
                })?
                .ok_or_else(|| ImportError::Syntax {
                    file: codes.display().to_string(),
                    line: 0,
                    message: "not a file name this command reads".into(),
                })?;
            files.push(CodesFile {
                text: read_file(&codes)?,
                shown,
                python_name,
                api_version,
            });
        }
    }
    Ok((name.flatten(), version, files))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_normalised_and_mapped_to_sites() {
        assert_eq!(
            normalise_name("TencentCloud_SDK.python--intl_en"),
            "tencentcloud-sdk-python-intl-en"
        );
        assert_eq!(
            Dataset::of_package(&normalise_name("tencentcloud_sdk_python")),
            Some(Dataset::Site(Site::Zh))
        );
        assert_eq!(
            Dataset::of_package("tencentcloud-sdk-python-intl-en"),
            Some(Dataset::Site(Site::En))
        );
        assert_eq!(
            Dataset::of_package("tencentcloud-sdk-go"),
            Some(Dataset::Actions)
        );
        assert_eq!(service_name("autoscaling"), "as");
        assert_eq!(service_name("cvm"), "cvm");
    }

    #[test]
    fn paths_metadata_and_init_versions() {
        assert_eq!(
            codes_path("tencentcloud/cvm/v20170312/errorcodes.py"),
            Ok(Some(("cvm".into(), "v20170312".into())))
        );
        assert_eq!(codes_path("tencentcloud/cvm/v20170312/models.py"), Ok(None));
        assert!(codes_path("tencentcloud/cvm/latest/errorcodes.py").is_err());
        assert_eq!(
            metadata_fields("Metadata-Version: 2.1\nName: tencentcloud-sdk-python\nVersion: 3.1.195\n\nName: body"),
            (Some("tencentcloud-sdk-python".into()), Some("3.1.195".into()))
        );
        assert_eq!(
            init_version("# c\n\n__version__ = '3.1.195'\n"),
            Some("3.1.195".into())
        );
        assert_eq!(init_version("version = 1\n"), None);
    }
}
