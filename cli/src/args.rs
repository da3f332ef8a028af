//! The command line: the subcommands and their options, as clap parses them.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::diff::Level;
use crate::page::Rename;

/// The parsed command line.
#[derive(Parser)]
#[command(
    name = "tencent-errors",
    version,
    about = "Check, expand and diff Tencent Cloud error-code pages."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// Output format: text for people, json for programs.
    #[arg(long, value_enum, default_value_t = Format::Text, global = true)]
    pub format: Format,
}

/// How results are printed.
// The variants have no doc comments: clap would print them in `--help` as well as the field's.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// The subcommands.
#[derive(Subcommand)]
pub enum Command {
    /// Parse pages and report codes, families, variant-name collisions, merged and suspicious rows.
    Check {
        /// Markdown error-code pages (each is checked on its own).
        #[arg(required_unless_present = "actions_path")]
        pages: Vec<PathBuf>,
        /// Also list every code with its line, variant, category and retry class.
        #[arg(long)]
        list: bool,
        /// Treat suspicious rows and warnings as errors (exit code 1).
        #[arg(long, visible_alias = "deny-warnings")]
        strict: bool,
        /// Name a code's variant, as the macro's `rename = { "Code" = Variant }` (repeatable).
        #[arg(long = "rename", value_name = "CODE=VARIANT", value_parser = parse_rename)]
        renames: Vec<Rename>,
        /// Also read per-action input as the macro's `actions_path` does (one page of
        /// `## ActionName` sections, an API reference page, or a directory of them), against the
        /// service the PAGES describe together (or the bundled `--service` without PAGES).
        #[arg(long, value_name = "PATH")]
        actions_path: Option<PathBuf>,
        /// The service name for `--actions-path`; default: the first page's file stem.
        #[arg(long, requires = "actions_path")]
        service: Option<String>,
    },
    /// Print the code `tencent_errors!` generates for a bundled service (`expand cvm`) or for
    /// pages of one service (`expand zh.md en.md`), with the macro's options as flags.
    Expand {
        /// A bundled service's name, or the pages of one service (one per language).
        #[arg(required = true, value_name = "SERVICE|PAGE")]
        inputs: Vec<String>,
        /// The macro's options.
        #[command(flatten)]
        options: ExpandOptions,
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
    Import(ImportArgs),
    /// Compare two data directories (or directories of pages) service by service: one report
    /// for a whole refresh, with per-service and overall semver verdicts and a changelog
    /// fragment.
    Sync(SyncArgs),
    /// Write a crate per bundled service (`services/<service>/`: the macro with every action on
    /// the service's part of the data), or check that the tree is what it would write.
    Services {
        /// Only these services; default: every service a site publishes, and every service
        /// that already has a crate in OUT.
        services: Vec<String>,
        /// The data directory to generate from.
        #[arg(long, value_name = "DIR", default_value = "codegen/data")]
        data: PathBuf,
        /// The directory of the crates.
        #[arg(long, value_name = "OUT", default_value = "services")]
        out: PathBuf,
        /// Write nothing: list what differs, and exit with 1 when anything does.
        #[arg(long)]
        check: bool,
    },
}

/// The macro's options, as `expand`'s flags give them.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct ExpandOptions {
    /// The service name; default: the first page's file stem.
    #[arg(long)]
    pub service: Option<String>,
    /// The enum's name, as the macro's `name = ...`.
    #[arg(long)]
    pub name: Option<String>,
    /// The enum's visibility, as the macro's `vis = ...` (`pub(crate)`, or "" for private).
    #[arg(long, allow_hyphen_values = true)]
    pub vis: Option<String>,
    /// Name a code's variant, as the macro's `rename = { "Code" = Variant }` (repeatable).
    #[arg(long = "rename", value_name = "CODE=VARIANT", value_parser = parse_rename)]
    pub renames: Vec<Rename>,
    /// The default language of `description()`, as the macro's `lang = "en"`.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// `false` leaves out the codes no current page lists, as the macro's `retired = false`.
    #[arg(long, value_name = "BOOL")]
    pub retired: Option<bool>,
    /// Per-action enums, as the macro's `actions = [A, B]` (`A,B`) or `actions = *` (`'*'`).
    #[arg(long, value_name = "A,B|*")]
    pub actions: Option<String>,
    /// The module of the per-action enums, as the macro's `actions_mod = ...`.
    #[arg(long, value_name = "MODULE")]
    pub actions_mod: Option<String>,
    /// The per-action input, as the macro's `actions_path = "..."`.
    #[arg(long, value_name = "PATH")]
    pub actions_path: Option<PathBuf>,
}

/// `tencent-errors import`: the command-line arguments.
#[derive(clap::Args, Clone, Debug)]
pub struct ImportArgs {
    /// Wheel files (`.whl`) of `tencentcloud-sdk-python` or `tencentcloud-sdk-python-intl-en`,
    /// or directories holding their unpacked `tencentcloud/`, or unpacked `tencentcloud-sdk-go`
    /// trees (holding `tencentcloud/common/http/request.go`); imported in the order given.
    #[arg(required = true, value_name = "SOURCE")]
    pub sources: Vec<PathBuf>,
    /// The data directory to merge into (the repository's is `codegen/data`).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The package name, for a directory without `*.dist-info` (overrides the source's).
    #[arg(long, value_name = "NAME")]
    pub package: Option<String>,
    /// The package version, for a directory without `*.dist-info` or `tencentcloud/__init__.py`,
    /// or a Go tree whose `request.go` does not name it (overrides the source's).
    #[arg(long, value_name = "V")]
    pub version: Option<String>,
    /// The import date recorded in `sources.tsv` (UTC); default: today.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
}

/// `tencent-errors sync`: the command-line arguments.
#[derive(clap::Args, Clone, Debug)]
pub struct SyncArgs {
    /// The data before the refresh: a data directory (`zh/`, `en/`, `history.tsv`,
    /// `sources.tsv`) or a directory of `<service>.md` pages.
    #[arg(value_name = "OLD_DIR")]
    pub old: PathBuf,
    /// The data after the refresh, in either layout.
    #[arg(value_name = "NEW_DIR")]
    pub new: PathBuf,
    /// Exit with code 2 when the overall verdict is this level or higher.
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub fail_on: Option<FailOn>,
    /// Write a changelog fragment (markdown) to this file.
    #[arg(long, value_name = "FILE")]
    pub changelog: Option<PathBuf>,
}

/// The verdicts `diff --fail-on` and `sync --fail-on` can fail on.
// No doc comments on the variants, for the same reason as `Format`'s.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Patch,
    Minor,
    Major,
}

impl FailOn {
    /// The lowest verdict that fails.
    pub fn level(self) -> Level {
        match self {
            FailOn::Patch => Level::Patch,
            FailOn::Minor => Level::Minor,
            FailOn::Major => Level::Major,
        }
    }
}

pub(crate) fn parse_rename(value: &str) -> Result<Rename, String> {
    match value.split_once('=') {
        Some((code, variant)) if !code.trim().is_empty() && !variant.trim().is_empty() => {
            Ok(Rename {
                code: code.trim().to_owned(),
                variant: variant.trim().to_owned(),
            })
        }
        _ => Err(format!(
            "expected CODE=VARIANT (like `InvalidParameter.ValueTooLarge=ValueTooLarge`), got \
             `{value}`"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renames_are_code_equals_variant() {
        assert_eq!(
            parse_rename(" A.B = Ab "),
            Ok(Rename {
                code: "A.B".into(),
                variant: "Ab".into()
            })
        );
        for bad in ["A.B", "=Ab", "A.B=", " = "] {
            assert!(parse_rename(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_command_line_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
