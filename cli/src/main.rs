//! `tencent-errors`: check error-code pages, expand them into Rust source, diff two versions.
//!
//! Exit codes: 0 success; 1 a page has errors (or cannot be read), or `check --strict` found
//! suspicious rows; 2 `diff --fail-on LEVEL` found a change of at least LEVEL (or the arguments
//! are wrong, as clap reports).

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;
use tencent_errors_cli::{expand_page, ExpandOptions};
use tencent_errors_codegen::diff::{diff, DescriptionText, Diff, Level};
use tencent_errors_codegen::report::{check_page, diagnostics, Diagnostic, PageReport};
use tencent_errors_codegen::{page_model, Model, Rename};

#[derive(Parser)]
#[command(
    name = "tencent-errors",
    version,
    about = "Check, expand and diff Tencent Cloud error-code pages."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Output format: text for people, json for programs.
    #[arg(long, value_enum, default_value_t = Format::Text, global = true)]
    format: Format,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Parse pages and report codes, families, variant-name collisions, merged and suspicious rows.
    Check {
        /// Markdown error-code pages.
        #[arg(required = true)]
        pages: Vec<PathBuf>,
        /// Also list every code with its line, variant, category and retry class.
        #[arg(long)]
        list: bool,
        /// Treat suspicious rows as errors (exit code 1).
        #[arg(long)]
        strict: bool,
        /// Name a code's variant, as the macro's `rename = { "Code" = Variant }` (repeatable).
        #[arg(long = "rename", value_name = "CODE=VARIANT", value_parser = parse_rename)]
        renames: Vec<Rename>,
    },
    /// Print the code `tencent_errors!(SERVICE, path = PAGE)` generates, pretty-printed.
    Expand {
        /// A markdown error-code page.
        page: PathBuf,
        /// The service name; default: the page's file stem.
        #[arg(long)]
        service: Option<String>,
        /// The enum's name, as the macro's `name = ...`.
        #[arg(long)]
        name: Option<String>,
        /// The enum's visibility, as the macro's `vis = ...` (`pub(crate)`, or "" for private).
        #[arg(long, allow_hyphen_values = true)]
        vis: Option<String>,
        /// Name a code's variant, as the macro's `rename = { "Code" = Variant }` (repeatable).
        #[arg(long = "rename", value_name = "CODE=VARIANT", value_parser = parse_rename)]
        renames: Vec<Rename>,
    },
    /// Compare two versions of a page: added, removed, re-described codes, renamed variants,
    /// and the semver verdict for the enum.
    Diff {
        /// The old page.
        old: PathBuf,
        /// The new page.
        new: PathBuf,
        /// Exit with code 2 when the verdict is this level or higher.
        #[arg(long, value_enum, value_name = "LEVEL")]
        fail_on: Option<FailOn>,
    },
    /// Import published SDK packages (wheels or unpacked directories) into the bundled data:
    /// pages of the newest package per site, history of every code, provenance.
    Import(tencent_errors_cli::import::ImportArgs),
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Patch,
    Minor,
    Major,
}

impl FailOn {
    fn level(self) -> Level {
        match self {
            FailOn::Patch => Level::Patch,
            FailOn::Minor => Level::Minor,
            FailOn::Major => Level::Major,
        }
    }
}

fn parse_rename(value: &str) -> Result<Rename, String> {
    match value.split_once('=') {
        Some((code, variant)) if !code.trim().is_empty() && !variant.trim().is_empty() => {
            Ok(Rename { code: code.trim().to_owned(), variant: variant.trim().to_owned() })
        }
        _ => Err(format!("expected CODE=VARIANT (like `InvalidParameter.ValueTooLarge=ValueTooLarge`), got `{value}`")),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let format = cli.format;
    match cli.command {
        Command::Check {
            pages,
            list,
            strict,
            renames,
        } => check(&pages, list, strict, &renames, format),
        Command::Expand {
            page,
            service,
            name,
            vis,
            renames,
        } => expand(
            &page,
            ExpandOptions {
                service,
                name,
                vis,
                renames,
            },
            format,
        ),
        Command::Diff { old, new, fail_on } => compare(&old, &new, fail_on, format),
        Command::Import(args) => tencent_errors_cli::import::run(&args, format == Format::Json),
    }
}

/// The printable name of a path, as given.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

fn read(path: &Path) -> Result<String, Vec<Diagnostic>> {
    let bytes = std::fs::read(path).map_err(|error| {
        vec![Diagnostic {
            line: 0,
            message: format!("cannot read: {error}"),
        }]
    })?;
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        vec![Diagnostic {
            line,
            message: "the page is not valid UTF-8; save it as UTF-8".to_owned(),
        }]
    })
}

fn print_errors(file: &str, errors: &[Diagnostic]) {
    for error in errors {
        eprintln!("{}", error.render(file));
    }
}

/// Writes to standard output; a closed pipe (`tencent-errors ... | head`) ends the program
/// quietly instead of panicking like `print!`.
fn emit(text: &str) {
    let mut stdout = std::io::stdout().lock();
    if let Err(error) = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        if error.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("tencent-errors: cannot write the output: {error}");
        }
        std::process::exit(1);
    }
}

fn print_json(value: &impl Serialize) {
    match serde_json::to_string_pretty(value) {
        Ok(json) => emit(&format!("{json}\n")),
        Err(error) => eprintln!("tencent-errors: cannot write JSON: {error}"),
    }
}

// ---------------------------------------------------------------------------------------------
// check

#[derive(Serialize)]
struct CheckOutput {
    ok: bool,
    pages: Vec<PageOutput>,
}

#[derive(Serialize)]
struct PageOutput {
    path: String,
    ok: bool,
    errors: Vec<Diagnostic>,
    report: Option<PageReport>,
}

fn check(
    pages: &[PathBuf],
    list: bool,
    strict: bool,
    renames: &[Rename],
    format: Format,
) -> ExitCode {
    let mut outputs = Vec::new();
    for page in pages {
        let path = shown(page);
        let result = read(page).and_then(|source| check_page(&source, renames));
        let output = match result {
            Ok(report) => {
                let ok = !strict || report.suspicious.is_empty();
                PageOutput {
                    path,
                    ok,
                    errors: Vec::new(),
                    report: Some(report),
                }
            }
            Err(errors) => PageOutput {
                path,
                ok: false,
                errors,
                report: None,
            },
        };
        if format == Format::Text {
            print_page(&output, list, pages.len() > 1);
        }
        outputs.push(output);
    }
    let ok = outputs.iter().all(|o| o.ok);
    match format {
        Format::Json => print_json(&CheckOutput { ok, pages: outputs }),
        Format::Text if pages.len() > 1 => {
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
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn print_page(output: &PageOutput, list: bool, separate: bool) {
    let path = &output.path;
    let Some(report) = &output.report else {
        emit(&format!("{path}: {} error(s)\n", output.errors.len()));
        print_errors(path, &output.errors);
        return;
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{path}: {} codes from {} rows ({} merged), {} families",
        report.codes.len(),
        report.rows,
        report.merged.len(),
        report.families.len()
    );

    let width = report
        .families
        .iter()
        .map(|f| f.name.len())
        .max()
        .unwrap_or(0);
    let public = report.families.iter().filter(|f| f.public).count();
    let _ = writeln!(
        out,
        "\nfamilies: {public} public, {} service-specific",
        report.families.len() - public
    );
    for family in &report.families {
        let kind = if family.public {
            "public"
        } else {
            "service-specific"
        };
        let _ = writeln!(out, "  {:width$}  {:>4}  {kind}", family.name, family.codes);
    }

    if report.collisions.is_empty() {
        let _ = writeln!(out, "\ncollisions: none, every code has its base name");
    } else {
        let _ = writeln!(
            out,
            "\ncollisions: {} (each code of a group gets its segmented name)",
            report.collisions.len()
        );
        for collision in &report.collisions {
            let reserved = if collision.reserved {
                " (a reserved name)"
            } else {
                ""
            };
            let _ = writeln!(out, "  `{}`{reserved}", collision.base);
            let width = collision
                .codes
                .iter()
                .map(|c| c.code.len())
                .max()
                .unwrap_or(0);
            for resolved in &collision.codes {
                let _ = writeln!(
                    out,
                    "    {:width$} -> {}  (line {})",
                    resolved.code, resolved.variant, resolved.line
                );
            }
        }
    }
    let renamed: Vec<_> = report
        .codes
        .iter()
        .filter(|c| c.naming == "renamed")
        .collect();
    if !renamed.is_empty() {
        let _ = writeln!(out, "\nrenamed by --rename: {}", renamed.len());
        for code in renamed {
            let _ = writeln!(out, "  {} -> {}", code.code, code.variant);
        }
    }

    if !report.merged.is_empty() {
        let _ = writeln!(out, "\nmerged rows: {}", report.merged.len());
        for merged in &report.merged {
            let what = if merged.description_replaced {
                "the service table's description replaces the public table's"
            } else {
                "the first description is kept"
            };
            let _ = writeln!(
                out,
                "  line {}: `{}` repeats line {}; {what}",
                merged.line, merged.code, merged.into_line
            );
        }
    }

    if report.suspicious.is_empty() {
        let _ = writeln!(out, "\nsuspicious rows: none");
    } else {
        let _ = writeln!(out, "\nsuspicious rows: {}", report.suspicious.len());
        for suspicion in &report.suspicious {
            let _ = writeln!(
                out,
                "  {path}:{}: warning: {}",
                suspicion.line, suspicion.message
            );
        }
    }

    if list {
        let _ = writeln!(out, "\ncodes");
        let width = report.codes.iter().map(|c| c.code.len()).max().unwrap_or(0);
        for code in &report.codes {
            let _ = writeln!(
                out,
                "  {:>5}  {:width$}  {}  ({}, {})",
                code.line, code.code, code.variant, code.category, code.retry
            );
        }
    }
    let _ = writeln!(
        out,
        "\n{path}: {}",
        if output.ok { "ok" } else { "failed (--strict)" }
    );
    if separate {
        out.push('\n');
    }
    emit(&out);
}

// ---------------------------------------------------------------------------------------------
// expand

#[derive(Serialize)]
struct ExpandOutput {
    path: String,
    ok: bool,
    errors: Vec<Diagnostic>,
    service: Option<String>,
    name: Option<String>,
    code: Option<String>,
}

fn expand(page: &Path, options: ExpandOptions, format: Format) -> ExitCode {
    let path = shown(page);
    let result = read(page)
        .and_then(|source| expand_page(&path, &source, &options))
        .and_then(|expansion| Ok((expansion.pretty().map_err(|e| vec![e])?, expansion)));
    let output = match result {
        Ok((code, expansion)) => ExpandOutput {
            code: Some(format!("{}{code}", header(&path, &options))),
            path,
            ok: true,
            errors: Vec::new(),
            service: Some(expansion.service),
            name: Some(expansion.name),
        },
        Err(errors) => ExpandOutput {
            path,
            ok: false,
            errors,
            service: None,
            name: None,
            code: None,
        },
    };
    match format {
        Format::Json => print_json(&output),
        Format::Text => {
            print_errors(&output.path, &output.errors);
            if let Some(code) = &output.code {
                emit(code);
            }
        }
    }
    if output.ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// The comment on top of expanded code: where it came from and how to regenerate it.
fn header(path: &str, options: &ExpandOptions) -> String {
    let mut command = format!("tencent-errors expand {path}");
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
    format!(
        "// @generated by `{command}` (tencent-errors-cli {version}).\n\
         // Do not edit: change the page and regenerate. The code uses the hidden `__private` items\n\
         // of `tencent-errors` {version}: regenerate it whenever you upgrade that crate.\n\n",
        version = env!("CARGO_PKG_VERSION")
    )
}

// ---------------------------------------------------------------------------------------------
// diff

#[derive(Serialize)]
struct DiffOutput {
    old: String,
    new: String,
    ok: bool,
    errors: Vec<FileDiagnostic>,
    #[serde(flatten)]
    diff: Option<Diff>,
}

#[derive(Serialize)]
struct FileDiagnostic {
    path: String,
    line: usize,
    message: String,
}

fn model_of(page: &Path) -> Result<Model, Vec<Diagnostic>> {
    let source = read(page)?;
    page_model(&source, &[]).map_err(|problems| diagnostics(problems, &[]))
}

fn compare(old: &Path, new: &Path, fail_on: Option<FailOn>, format: Format) -> ExitCode {
    let (old_path, new_path) = (shown(old), shown(new));
    let mut errors = Vec::new();
    let mut models = Vec::new();
    for (page, path) in [(old, &old_path), (new, &new_path)] {
        match model_of(page) {
            Ok(model) => models.push(model),
            Err(found) => errors.extend(found.into_iter().map(|d| FileDiagnostic {
                path: path.clone(),
                line: d.line,
                message: d.message,
            })),
        }
    }
    let result = match (errors.is_empty(), models.as_slice()) {
        (true, [before, after]) => Some(diff(before, after)),
        _ => None,
    };
    let code = match &result {
        None => ExitCode::from(1),
        Some(d) if fail_on.is_some_and(|level| d.verdict.level >= level.level()) => {
            ExitCode::from(2)
        }
        Some(_) => ExitCode::SUCCESS,
    };
    match format {
        Format::Json => print_json(&DiffOutput {
            old: old_path,
            new: new_path,
            ok: result.is_some(),
            errors,
            diff: result,
        }),
        Format::Text => {
            for error in &errors {
                eprintln!(
                    "{}",
                    Diagnostic {
                        line: error.line,
                        message: error.message.clone()
                    }
                    .render(&error.path)
                );
            }
            if let Some(d) = &result {
                emit(&render_diff(&old_path, &new_path, d));
            }
        }
    }
    code
}

fn render_diff(old: &str, new: &str, d: &Diff) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{old} -> {new}");
    let width = d
        .added
        .iter()
        .chain(&d.removed)
        .map(|c| c.code.len())
        .chain(d.renamed.iter().map(|r| r.code.len()))
        .max()
        .unwrap_or(0);
    if !d.added.is_empty() {
        let _ = writeln!(out, "\nadded: {}", d.added.len());
        for code in &d.added {
            let _ = writeln!(out, "  + {:width$}  {}", code.code, code.variant);
        }
    }
    if !d.removed.is_empty() {
        let _ = writeln!(out, "\nremoved: {}", d.removed.len());
        for code in &d.removed {
            let _ = writeln!(out, "  - {:width$}  {}", code.code, code.variant);
        }
    }
    if !d.renamed.is_empty() {
        let _ = writeln!(out, "\nrenamed variants: {}", d.renamed.len());
        for renamed in &d.renamed {
            let _ = writeln!(
                out,
                "  ~ {:width$}  {} -> {}: {}",
                renamed.code, renamed.old, renamed.new, renamed.reason
            );
        }
    }
    if !d.case_changes.is_empty() {
        let _ = writeln!(
            out,
            "\nremoved codes that were probably re-cased as added ones: {}",
            d.case_changes.len()
        );
        for change in &d.case_changes {
            let _ = writeln!(out, "  {} -> {}", change.old, change.new);
        }
    }
    if !d.redescribed.is_empty() {
        let _ = writeln!(out, "\nre-described: {}", d.redescribed.len());
        for changed in &d.redescribed {
            // When only links or emphasis changed, the markdown shows what.
            let markup = changed.markup_only();
            let show = |description: &Option<DescriptionText>| match description {
                None => "(none)".to_owned(),
                Some(d) if markup => d.markdown.replace('\n', " "),
                Some(d) => d.text.replace('\n', " "),
            };
            let note = if markup { " (markup only)" } else { "" };
            let _ = writeln!(out, "  * {}{note}", changed.code);
            let _ = writeln!(out, "      old: {}", show(&changed.old));
            let _ = writeln!(out, "      new: {}", show(&changed.new));
        }
    }
    let _ = writeln!(out, "\nverdict: {}", d.verdict.level);
    for reason in &d.verdict.reasons {
        let _ = writeln!(out, "  {reason}");
    }
    out
}
