//! The text of a `services` run: the crates whose version moved, what was written, what is not
//! a crate.

use std::fmt::Write as _;

use crate::diagnostic::FileDiagnostic;
use crate::services::Plan;
use crate::words::plural;

/// The report on `plan`: `changed` are the files written (or, with `check`, that differ),
/// `deleted` the files removed.
pub fn report(
    plan: &Plan,
    changed: &[String],
    deleted: &[String],
    errors: &[FileDiagnostic],
    check: bool,
) -> String {
    let mut out = String::new();
    for planned in &plan.crates {
        match &planned.previous {
            None => {
                let _ = writeln!(out, "{} {}: new", planned.package, planned.version);
            }
            Some(previous) if *previous != planned.version => {
                let _ = writeln!(
                    out,
                    "{} {previous} -> {} ({})",
                    planned.package,
                    planned.version,
                    planned.level.as_str()
                );
            }
            Some(_) => {}
        }
    }
    for path in changed {
        let verb = if check { "differs" } else { "written" };
        let _ = writeln!(out, "{path}: {verb}");
    }
    for path in deleted {
        let _ = writeln!(out, "{path}: deleted (not generated any more)");
    }
    for foreign in &plan.foreign {
        let _ = writeln!(
            out,
            "{foreign}: not a bundled service's crate; left as it is (delete it or move it out)"
        );
    }
    for error in errors {
        let _ = writeln!(out, "{}", error.render());
    }
    let files = plural(changed.len(), "file", "files");
    let summary = if check && changed.is_empty() {
        "the tree is current".to_owned()
    } else if check {
        format!("{files} differ: run `tencent-errors services` to write them")
    } else {
        format!("{files} written, {} deleted", deleted.len())
    };
    let _ = writeln!(
        out,
        "{}: {summary}",
        plural(plan.crates.len(), "crate", "crates")
    );
    out
}
