//! `tencent-errors`: parses the arguments and runs the command (see `tencent_errors_cli`).

use std::process::ExitCode;

use clap::Parser;
use tencent_errors_cli::args::{Cli, Command, FailOn};
use tencent_errors_cli::commands;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let format = cli.format;
    match cli.command {
        Command::Check {
            pages,
            list,
            strict,
            renames,
            actions_path,
            service,
        } => {
            let actions = actions_path.map(|path| commands::ActionsCheck { path, service });
            commands::check(&pages, list, strict, &renames, actions.as_ref(), format)
        }
        Command::Expand { inputs, options } => commands::expand(&inputs, &options, format),
        Command::Diff { old, new, fail_on } => {
            commands::diff(&old, &new, fail_on.map(FailOn::level), format)
        }
        Command::Import(args) => commands::import(&args, format),
        Command::Sync(args) => commands::sync(&args, format),
        Command::Services {
            services,
            data,
            out,
            check,
        } => commands::services(&services, &data, &out, check, format),
    }
}
