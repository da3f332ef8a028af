//! Running each command: read its pages, build the result, print it as text or JSON, and
//! choose the exit code.
//!
//! Exit codes: 0 success; 1 a page has errors (or cannot be read), or `check --strict` found
//! suspicious rows (for `sync`: a page has errors, a directory cannot be read, or the
//! changelog cannot be written); 2 `diff --fail-on LEVEL` or `sync --fail-on LEVEL` found a
//! change of at least LEVEL (or the arguments are wrong, as clap reports).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;

use crate::args::{ExpandOptions, FailOn, Format, ImportArgs, SyncArgs};
use crate::check::{check_page, PageReport};
use crate::diagnostic::{Diagnostic, FileDiagnostic};
use crate::diff::{Diff, Level};
use crate::expand::header;
use crate::import::ImportOptions;
use crate::output::{emit, emit_json, print_errors};
use crate::page::{self, Rename};
use crate::sync::{Report, Snapshot};
use crate::text;
use crate::words::plural;

/// What `check --format json` prints.
#[derive(Serialize)]
struct CheckOutput {
    ok: bool,
    pages: Vec<PageOutput>,
    /// With `--actions-path`.
    #[serde(skip_serializing_if = "Option::is_none")]
    actions: Option<ActionsOutput>,
}

/// `check --actions-path PATH [--service NAME]`.
pub struct ActionsCheck {
    /// The per-action input, as the macro's `actions_path`.
    pub path: PathBuf,
    /// The service, when the pages do not name it.
    pub service: Option<String>,
}

/// The per-action part of [`CheckOutput`].
#[derive(Serialize)]
struct ActionsOutput {
    path: String,
    ok: bool,
    errors: Vec<FileDiagnostic>,
    /// Each action and how many codes it lists.
    actions: Vec<ActionSummary>,
}

/// One action of [`ActionsOutput`].
#[derive(Serialize)]
struct ActionSummary {
    name: String,
    codes: usize,
    /// How many of them the service pages do not list.
    not_on_service_pages: usize,
}

/// Reads `check.path` as `tencent_errors!(.., actions = *, actions_path = ..)` would, against
/// the service of `pages` (or the bundled `--service`).
fn check_actions(pages: &[PathBuf], check: &ActionsCheck) -> ActionsOutput {
    let path = shown(&check.path);
    let inputs: Vec<String> = if pages.is_empty() {
        check.service.iter().cloned().collect()
    } else {
        pages.iter().map(|page| shown(page)).collect()
    };
    let options = ExpandOptions {
        service: if pages.is_empty() {
            None
        } else {
            check.service.clone()
        },
        actions: Some("*".to_owned()),
        actions_path: Some(check.path.clone()),
        ..ExpandOptions::default()
    };
    let built = crate::expand::request(&inputs, Path::new("."), &options)
        .and_then(|request| page::build(&request));
    match built {
        Ok(built) => ActionsOutput {
            path,
            ok: true,
            errors: Vec::new(),
            actions: built
                .actions
                .iter()
                .flat_map(|actions| &actions.models)
                .map(|model| ActionSummary {
                    name: model.name.clone(),
                    codes: model.codes.len(),
                    not_on_service_pages: model.unlisted_by_service().count(),
                })
                .collect(),
        },
        Err(errors) => ActionsOutput {
            path,
            ok: false,
            errors,
            actions: Vec::new(),
        },
    }
}

/// One page of [`CheckOutput`].
#[derive(Serialize)]
struct PageOutput {
    path: String,
    ok: bool,
    errors: Vec<Diagnostic>,
    report: Option<PageReport>,
}

/// `check`: reports on `pages`; with `strict`, suspicious rows fail the check.
pub fn check(
    pages: &[PathBuf],
    list: bool,
    strict: bool,
    renames: &[Rename],
    actions: Option<&ActionsCheck>,
    format: Format,
) -> ExitCode {
    let several = pages.len() > 1;
    let mut outputs = Vec::new();
    for page in pages {
        let path = shown(page);
        let output = match page::read(page).and_then(|source| check_page(&source, renames)) {
            Ok(report) => PageOutput {
                path,
                ok: !strict || report.suspicious.is_empty(),
                errors: Vec::new(),
                report: Some(report),
            },
            Err(errors) => PageOutput {
                path,
                ok: false,
                errors,
                report: None,
            },
        };
        if format == Format::Text {
            print_page(&output, list, several);
        }
        outputs.push(output);
    }
    let actions = actions.map(|check| check_actions(pages, check));
    if let (Format::Text, Some(actions)) = (format, &actions) {
        for error in &actions.errors {
            eprintln!("{}", error.render());
        }
        if actions.ok {
            let codes: usize = actions.actions.iter().map(|a| a.codes).sum();
            let unlisted: usize = actions.actions.iter().map(|a| a.not_on_service_pages).sum();
            emit(&format!(
                "{}: {}, {} ({unlisted} not on the service pages)\n",
                actions.path,
                plural(actions.actions.len(), "action", "actions"),
                plural(codes, "code", "codes")
            ));
        }
    }
    let ok = outputs.iter().all(|o| o.ok) && actions.as_ref().is_none_or(|a| a.ok);
    match format {
        Format::Json => emit_json(&CheckOutput {
            ok,
            pages: outputs,
            actions,
        }),
        Format::Text if several => {
            let failed = outputs.iter().filter(|o| !o.ok).count();
            let suspicious: usize = outputs
                .iter()
                .filter_map(|o| o.report.as_ref())
                .map(|r| r.suspicious.len())
                .sum();
            emit(&format!(
                "checked {} pages: {failed} failed, {suspicious} suspicious rows\n",
                outputs.len()
            ));
        }
        Format::Text => {}
    }
    exit_code(ok)
}

/// A page's report on standard output, or its errors on standard error; `separate` ends a
/// report with a blank line, before the next page's.
fn print_page(output: &PageOutput, list: bool, separate: bool) {
    let path = &output.path;
    match &output.report {
        Some(report) => {
            let mut out = text::check::page(path, report, output.ok, list);
            if separate {
                out.push('\n');
            }
            emit(&out);
        }
        None => {
            emit(&format!("{path}: {} error(s)\n", output.errors.len()));
            print_errors(path, &output.errors);
        }
    }
}

/// What `expand --format json` prints.
#[derive(Serialize)]
struct ExpandOutput {
    inputs: Vec<String>,
    ok: bool,
    errors: Vec<FileDiagnostic>,
    service: Option<String>,
    name: Option<String>,
    code: Option<String>,
}

/// `expand`: prints the code the macro generates for `inputs`, with a header comment.
pub fn expand(inputs: &[String], options: &ExpandOptions, format: Format) -> ExitCode {
    let result = crate::expand::expand(inputs, Path::new("."), options)
        .and_then(|expansion| Ok((expansion.pretty().map_err(|e| vec![e])?, expansion)));
    let output = match result {
        Ok((code, expansion)) => ExpandOutput {
            code: Some(format!("{}{code}", header(inputs, options))),
            inputs: inputs.to_vec(),
            ok: true,
            errors: Vec::new(),
            service: Some(expansion.service),
            name: Some(expansion.name),
        },
        Err(errors) => ExpandOutput {
            inputs: inputs.to_vec(),
            ok: false,
            errors,
            service: None,
            name: None,
            code: None,
        },
    };
    match format {
        Format::Json => emit_json(&output),
        Format::Text => {
            for error in &output.errors {
                eprintln!("{}", error.render());
            }
            if let Some(code) = &output.code {
                emit(code);
            }
        }
    }
    exit_code(output.ok)
}

/// What `diff --format json` prints.
#[derive(Serialize)]
struct DiffOutput {
    old: String,
    new: String,
    ok: bool,
    errors: Vec<FileDiagnostic>,
    #[serde(flatten)]
    diff: Option<Diff>,
}

/// `diff`: the changes from `old` to `new`; exit code 2 when the verdict reaches `fail_on`.
pub fn diff(old: &Path, new: &Path, fail_on: Option<Level>, format: Format) -> ExitCode {
    let (old_path, new_path) = (shown(old), shown(new));
    let mut errors = Vec::new();
    let mut models = Vec::new();
    for (page, path) in [(old, &old_path), (new, &new_path)] {
        match page::read(page).and_then(|source| page::model(&source, &[])) {
            Ok(model) => models.push(model),
            Err(found) => errors.extend(found.into_iter().map(|d| d.in_file(path))),
        }
    }
    let result = match (errors.is_empty(), models.as_slice()) {
        (true, [before, after]) => Some(crate::diff::diff(before, after)),
        _ => None,
    };
    let code = match &result {
        None => ExitCode::from(1),
        Some(d) if fail_on.is_some_and(|level| d.verdict.level >= level) => ExitCode::from(2),
        Some(_) => ExitCode::SUCCESS,
    };
    match format {
        Format::Json => emit_json(&DiffOutput {
            old: old_path,
            new: new_path,
            ok: result.is_some(),
            errors,
            diff: result,
        }),
        Format::Text => {
            for error in &errors {
                eprintln!("{}", error.render());
            }
            if let Some(d) = &result {
                emit(&text::diff::diff(&old_path, &new_path, d));
            }
        }
    }
    code
}

/// What `sync --format json` prints.
#[derive(Serialize)]
struct SyncOutput {
    ok: bool,
    errors: Vec<FileDiagnostic>,
    #[serde(flatten)]
    report: Option<Report>,
    /// The changelog fragment (markdown), as `--changelog FILE` writes it.
    changelog: Option<String>,
}

/// `sync`: every service of the old directory against the new one; exit code 1 when a page
/// has errors, 2 when the overall verdict reaches `--fail-on`.
pub fn sync(args: &SyncArgs, format: Format) -> ExitCode {
    let mut errors = Vec::new();
    let mut read = |dir: &Path| match Snapshot::read(dir) {
        Ok(snapshot) => Some(snapshot),
        Err(found) => {
            errors.extend(found);
            None
        }
    };
    let (old, new) = (read(&args.old), read(&args.new));
    let report = match (old, new) {
        (Some(old), Some(new)) => Some(crate::sync::sync(&old, &new)),
        _ => None,
    };
    if let Some(report) = &report {
        errors.extend(report.errors.iter().cloned());
    }
    let changelog = report.as_ref().map(text::sync::changelog);
    if let (Some(path), Some(fragment)) = (&args.changelog, &changelog) {
        if let Err(error) = std::fs::write(path, fragment) {
            errors.push(
                Diagnostic::whole(format!("cannot write the changelog: {error}"))
                    .in_file(&shown(path)),
            );
        }
    }
    let ok = errors.is_empty();
    let code = match &report {
        _ if !ok => ExitCode::from(1),
        Some(report) if report.fails_on(args.fail_on.map(FailOn::level)) => ExitCode::from(2),
        _ => ExitCode::SUCCESS,
    };
    match format {
        Format::Json => emit_json(&SyncOutput {
            ok,
            errors,
            report,
            changelog,
        }),
        Format::Text => {
            for error in &errors {
                eprintln!("{}", error.render());
            }
            if let Some(report) = &report {
                let mut out = text::sync::report(report);
                if let Some(path) = &args.changelog {
                    out.push_str(&format!("\nchangelog fragment: {}\n", shown(path)));
                }
                emit(&out);
            }
        }
    }
    code
}

/// `import`: merges `args.sources` into the data directory and prints what it did; an error
/// goes to standard error, with exit code 1, and nothing is written.
pub fn import(args: &ImportArgs, format: Format) -> ExitCode {
    let options = ImportOptions {
        package: args.package.clone(),
        version: args.version.clone(),
        date: args.date.clone(),
    };
    match crate::import::import(&args.sources, &args.out, &options) {
        Ok(summary) => {
            match format {
                Format::Json => emit_json(&summary),
                Format::Text => emit(&summary.to_string()),
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(1)
        }
    }
}

/// The printable name of a path, as given.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

fn exit_code(ok: bool) -> ExitCode {
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// What `services --format json` prints.
#[derive(Serialize)]
struct ServicesOutput<'a> {
    ok: bool,
    errors: Vec<FileDiagnostic>,
    /// Whether `--check` was given: then nothing was written.
    check: bool,
    /// Files written (or, with `--check`, that differ), `service/path`.
    changed: Vec<String>,
    /// Files of generated crates deleted.
    deleted: Vec<String>,
    crates: &'a [crate::services::PlannedCrate],
    /// Directories of OUT that are no bundled service's crate (left as they are).
    foreign: &'a [String],
}

/// `services`: plans a crate per service and writes it (or, with `check`, compares). Exit
/// code 1 when a page has errors, a directory of OUT is no service's crate, or (with `check`)
/// the tree differs.
pub fn services(only: &[String], data: &Path, out: &Path, check: bool, format: Format) -> ExitCode {
    let plan = match crate::services::plan(data, out, only) {
        Ok(plan) => plan,
        Err(errors) => {
            match format {
                Format::Json => emit_json(&ServicesOutput {
                    ok: false,
                    errors,
                    check,
                    changed: Vec::new(),
                    deleted: Vec::new(),
                    crates: &[],
                    foreign: &[],
                }),
                Format::Text => {
                    for error in &errors {
                        eprintln!("{}", error.render());
                    }
                }
            }
            return ExitCode::from(1);
        }
    };
    let (changed, deleted, errors) = if check {
        (crate::services::stale(&plan, out), Vec::new(), Vec::new())
    } else {
        match crate::services::write(&plan, out) {
            Ok(written) => (written.written, written.deleted, Vec::new()),
            Err(errors) => (Vec::new(), Vec::new(), errors),
        }
    };
    let current = !check || changed.is_empty();
    let ok = errors.is_empty() && plan.foreign.is_empty() && current;
    match format {
        Format::Json => emit_json(&ServicesOutput {
            ok,
            errors,
            check,
            changed,
            deleted,
            crates: &plan.crates,
            foreign: &plan.foreign,
        }),
        Format::Text => emit(&text::services::report(
            &plan, &changed, &deleted, &errors, check,
        )),
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
