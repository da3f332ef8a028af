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
        options: crate::expand::ExpandOptions,
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
    Import(crate::import::ImportArgs),
    /// Compare two data directories (or directories of pages) service by service: one report
    /// for a whole refresh, with per-service and overall semver verdicts and a changelog
    /// fragment.
    Sync(crate::sync::SyncArgs),
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
