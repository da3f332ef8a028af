//! Reading an unpacked `tencentcloud-sdk-go` tree (a clone at a release tag, or `git archive`
//! of one): per service and action, the codes of the `// 可能返回的错误码:` comment block above
//! the action's method in `tencentcloud/<svc>/<vYYYYMMDD>/client.go`, with their descriptions
//! from the same directory's `errors.go`.
//!
//! Line shapes, as every client.go of v1.0.1000 and v1.3.166 writes them:
//!
//! ```text
//! // 可能返回的错误码:
//! //  INVALIDPERIOD = "InvalidPeriod"
//! func (c *Client) AllocateHosts(request *AllocateHostsRequest) (...) {
//! ```
//!
//! and, in errors.go, one `\t// description` line directly above each `\tNAME = "Code"`. Inside
//! a block any other line is an error naming the file and line; so is any line of errors.go
//! that is not a comment, a blank, `package`, `const (`, `)` or a code.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::ImportError;

/// An action's codes and their descriptions (`None`: errors.go has none), in byte order.
pub type ActionCodes = BTreeMap<String, Option<String>>;

/// A service's actions.
pub type Actions = BTreeMap<String, ActionCodes>;

/// A release of the Go SDK, as read.
#[derive(Clone, Debug)]
pub struct GoRelease {
    /// Its version (`1.3.166`).
    pub version: String,
    /// Service name to its actions (services with at least one action).
    pub services: BTreeMap<String, Actions>,
}

/// The marker line that opens an action's list of codes.
const BLOCK: &str = "// 可能返回的错误码:";
/// The start of an action's method (and of its `WithContext` twin).
const METHOD: &str = "func (c *Client) ";
/// The suffix of the context-taking twin of an action's method.
const TWIN: &str = "WithContext";

/// The `tencentcloud/` directory of `source` if it is a Go SDK tree (it holds
/// `tencentcloud/common/http/request.go`, or is that `tencentcloud/` itself).
pub fn tree_root(source: &Path) -> Option<PathBuf> {
    [source.join("tencentcloud"), source.to_path_buf()]
        .into_iter()
        .find(|dir| dir.join("common/http/request.go").is_file() && dir.ends_with("tencentcloud"))
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ImportError + '_ {
    move |error| ImportError::Io {
        path: path.to_path_buf(),
        error,
    }
}

/// Reads the release in `root` (a `tencentcloud/` directory); `version` overrides the one
/// `common/http/request.go` names (`SDK_GO_1.3.166`).
pub fn read(root: &Path, version: Option<&str>) -> Result<GoRelease, ImportError> {
    let version = match version {
        Some(version) => version.to_owned(),
        None => release_version(root)?,
    };
    tencent_errors_codegen::format::parse_version(&version).map_err(|message| {
        ImportError::Metadata {
            path: root.to_path_buf(),
            message,
        }
    })?;
    let mut services = BTreeMap::new();
    let mut names: Vec<String> = std::fs::read_dir(root)
        .map_err(io(root))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    for service in names {
        let dir = root.join(&service);
        let mut versions: Vec<String> = match std::fs::read_dir(&dir) {
            Ok(entries) => entries
                .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
                .filter(|name| is_api_version(name) && dir.join(name).join("client.go").is_file())
                .collect(),
            Err(_) => continue,
        };
        if versions.is_empty() {
            continue;
        }
        tencent_errors_codegen::check_service_name(&service).map_err(|message| {
            ImportError::Syntax {
                file: format!("tencentcloud/{service}/"),
                line: 0,
                message: format!("the directory does not name a service: {message}"),
            }
        })?;
        // Newest first: an action's codes are the union, each described by the newest version
        // that lists it for the action.
        versions.sort_unstable_by(|a, b| b.cmp(a));
        let mut actions = Actions::new();
        for api_version in versions {
            let shown = |file: &str| format!("tencentcloud/{service}/{api_version}/{file}");
            let base = dir.join(&api_version);
            let errors_path = base.join("errors.go");
            let descriptions = match std::fs::read_to_string(&errors_path) {
                Ok(text) => parse_errors(&text).map_err(|(line, message)| ImportError::Syntax {
                    file: shown("errors.go"),
                    line,
                    message,
                })?,
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => BTreeMap::new(),
                Err(error) => return Err(io(&errors_path)(error)),
            };
            let client_path = base.join("client.go");
            let text = std::fs::read_to_string(&client_path).map_err(io(&client_path))?;
            let listed = parse_client(&text).map_err(|(line, message)| ImportError::Syntax {
                file: shown("client.go"),
                line,
                message,
            })?;
            for (action, codes) in listed {
                let entry = actions.entry(action).or_default();
                for code in codes {
                    let description = descriptions.get(&code).cloned().flatten();
                    entry.entry(code).or_insert(description);
                }
            }
        }
        if !actions.is_empty() {
            services.insert(service, actions);
        }
    }
    Ok(GoRelease { version, services })
}

/// `vYYYYMMDD`.
fn is_api_version(name: &str) -> bool {
    name.len() == 9 && name.starts_with('v') && name[1..].bytes().all(|b| b.is_ascii_digit())
}

/// The version `common/http/request.go` sends (`"SDK_GO_1.3.166"` → `1.3.166`).
fn release_version(root: &Path) -> Result<String, ImportError> {
    let path = root.join("common/http/request.go");
    let text = std::fs::read_to_string(&path).map_err(io(&path))?;
    let mut found = text.lines().filter_map(|line| {
        let start = line.find("\"SDK_GO_")? + "\"SDK_GO_".len();
        let end = line[start..].find('"')?;
        Some(line[start..start + end].to_owned())
    });
    let version = found.next();
    match (version, found.next()) {
        (Some(version), None) => Ok(version),
        (None, _) => Err(ImportError::Metadata {
            path,
            message: "names no `SDK_GO_<version>`: give the release with --version".into(),
        }),
        (Some(_), Some(_)) => Err(ImportError::Metadata {
            path,
            message: "names `SDK_GO_<version>` twice: give the release with --version".into(),
        }),
    }
}

/// `NAME = "Code"` (after the indent or the `//  ` of a block line) → the code.
fn code_line(rest: &str) -> Option<&str> {
    let (name, value) = rest.split_once(" = ")?;
    let code = value.strip_prefix('"')?.strip_suffix('"')?;
    let name_ok = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    (name_ok && !code.is_empty() && !code.contains(['"', '\\'])).then_some(code)
}

/// The action of a method line (`func (c *Client) Name(request *NameRequest) ...`), its
/// `WithContext` twin being the same action; `None` for any other method.
fn method_action(line: &str) -> Option<&str> {
    let rest = line.strip_prefix(METHOD)?;
    let (name, params) = rest.split_once('(')?;
    let action = match name.strip_suffix(TWIN) {
        Some(action) if params.starts_with("ctx context.Context, request *") => action,
        _ if params.starts_with("request *") => name,
        _ => return None,
    };
    tencent_errors_codegen::format::is_action_name(action).then_some(action)
}

/// The actions of a client.go and the codes each lists (in list order; repeats kept once).
pub fn parse_client(text: &str) -> Result<BTreeMap<String, Vec<String>>, (usize, String)> {
    let mut actions: BTreeMap<String, Vec<String>> = BTreeMap::new();
    // The codes of the open block, and the line that opened it.
    let mut block: Option<(usize, Vec<String>)> = None;
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let line = line.trim_end_matches('\r');
        if line == BLOCK {
            if let Some((opened, _)) = &block {
                return Err((
                    number,
                    format!(
                        "a second `{BLOCK}` block before the method of the one at line {opened}"
                    ),
                ));
            }
            block = Some((number, Vec::new()));
            continue;
        }
        if let Some(action) = method_action(line) {
            let codes = actions.entry(action.to_owned()).or_default();
            for code in block.take().map(|(_, codes)| codes).unwrap_or_default() {
                if !codes.contains(&code) {
                    codes.push(code);
                }
            }
            continue;
        }
        let Some((opened, codes)) = block.as_mut() else {
            continue;
        };
        match line.strip_prefix("//  ").and_then(code_line) {
            Some(code) => codes.push(code.to_owned()),
            None => {
                return Err((
                    number,
                    format!(
                        "inside the `{BLOCK}` block opened at line {opened}: expected \
                         `//  NAME = \"Code\"` or the action's `{METHOD}Name(` line, found `{}`",
                        line.escape_debug()
                    ),
                ))
            }
        }
    }
    match block {
        Some((opened, _)) => Err((
            opened,
            format!("the `{BLOCK}` block is not followed by an action's method"),
        )),
        None => Ok(actions),
    }
}

/// The codes of an errors.go and the comment line above each (`None`: no comment).
pub fn parse_errors(text: &str) -> Result<BTreeMap<String, Option<String>>, (usize, String)> {
    let mut codes = BTreeMap::new();
    let mut comment: Option<String> = None;
    for (index, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if let Some(text) = line.strip_prefix("\t//") {
            let text = text.trim();
            comment = (!text.is_empty()).then(|| text.to_owned());
        } else if let Some(code) = line.strip_prefix('\t').and_then(code_line) {
            codes.insert(code.to_owned(), comment.take());
        } else if line.trim().is_empty() {
            comment = None;
        } else if !(line.starts_with("//")
            || line.starts_with("package ")
            || line == "const ("
            || line == ")")
        {
            return Err((
                index + 1,
                format!(
                    "expected a `\\t// description` line, a `\\tNAME = \"Code\"` line, a blank, \
                     `package`, `const (` or `)`, found `{}`",
                    line.escape_debug()
                ),
            ));
        }
    }
    Ok(codes)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLIENT: &str = "package v1\n\n// Run\n// runs\n//\n// 可能返回的错误码:\n//  B_X = \"B.X\"\n//  A = \"A\"\nfunc (c *Client) Run(request *RunRequest) (response *RunResponse, err error) {\n    return c.RunWithContext(context.Background(), request)\n}\n\n// Run\n// 可能返回的错误码:\n//  B_X = \"B.X\"\n//  A = \"A\"\nfunc (c *Client) RunWithContext(ctx context.Context, request *RunRequest) (response *RunResponse, err error) {\n}\n\n// Stop\nfunc (c *Client) Stop(request *StopRequest) (response *StopResponse, err error) {\n}\nfunc (c *Client) StopWithContext(ctx context.Context, request *StopRequest) (response *StopResponse, err error) {\n}\n";

    #[test]
    fn blocks_belong_to_the_method_below_and_twins_are_one_action() {
        let actions = parse_client(CLIENT).expect("parses");
        assert_eq!(actions.len(), 2);
        assert_eq!(actions["Run"], ["B.X", "A"]);
        assert!(actions["Stop"].is_empty());
    }

    #[test]
    fn other_lines_in_a_block_name_their_line() {
        let bad = CLIENT.replace(
            "//  A = \"A\"\nfunc (c *Client) Run(",
            "// A is\nfunc (c *Client) Run(",
        );
        assert_eq!(parse_client(&bad).unwrap_err().0, 8);
        let open = "// 可能返回的错误码:\n//  A = \"A\"\n";
        assert_eq!(parse_client(open).unwrap_err().0, 1);
    }

    #[test]
    fn errors_go_comments_describe_the_code_below() {
        let text = "// Copyright\n\npackage v1\n\nconst (\n\t// 此产品的特有错误码\n\n\t// 操作失败。\n\tFAILEDOPERATION = \"FailedOperation\"\n\n\tB = \"B\"\n)\n";
        let codes = parse_errors(text).expect("parses");
        assert_eq!(codes["FailedOperation"].as_deref(), Some("操作失败。"));
        assert_eq!(codes["B"], None);
        assert_eq!(parse_errors("var x = 1\n").unwrap_err().0, 1);
    }
}
