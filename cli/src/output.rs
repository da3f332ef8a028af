//! Writing results: standard output that survives a closed pipe, JSON, errors on standard error.

use std::io::Write as _;

use serde::Serialize;

use crate::diagnostic::Diagnostic;

/// Writes to standard output; a closed pipe (`tencent-errors ... | head`) ends the program
/// quietly instead of panicking like `print!`.
pub fn emit(text: &str) {
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

/// Writes `value` to standard output as pretty-printed JSON.
pub fn emit_json(value: &impl Serialize) {
    match serde_json::to_string_pretty(value) {
        Ok(json) => emit(&format!("{json}\n")),
        Err(error) => eprintln!("tencent-errors: cannot write JSON: {error}"),
    }
}

/// Prints `errors` of `file` on standard error, one `file:line: message` a line.
pub fn print_errors(file: &str, errors: &[Diagnostic]) {
    for error in errors {
        eprintln!("{}", error.render(file));
    }
}
