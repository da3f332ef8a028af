//! The library behind the `tencent-errors` command: checking, expanding and diffing Tencent
//! Cloud error-code pages (one, or every service of a data refresh), and printing the results; the binary only parses the arguments.
//!
//! - [`args`]: the command line, as clap parses it: every clap type (the subcommands and
//!   their options, [`ExpandOptions`] among them) is there;
//! - [`commands`]: running each command, `import` too, from files to printed results (through
//!   [`output`]) and exit code;
//! - [`check`]: what a page holds and which rows look wrong;
//! - [`mod@expand`]: what the macro generates for a bundled service or pages, as pretty-printed
//!   Rust source, token for token the macro's;
//! - [`diff`]: the changes between two models of a page and their semver verdict;
//! - [`import`]: the bundled data rebuilt from the published SDK packages (one history merge
//!   for the sites' services and for the actions);
//! - [`sync`]: the report on a whole data refresh, every service diffed;
//! - [`services`]: a crate per bundled service, planned and written;
//! - [`text`] and [`output`]: printing for people and for programs;
//! - [`page`]: the one module that uses `tencent_errors_codegen`'s parsing, models and
//!   generation, and words its problems as [`diagnostic`]s, once (`import` and `sync` read and
//!   write the bundled data through its `format`, and list pages with its `markdown_files`);
//! - [`diagnostic`]: problems as `file:line: message`.
//!
//! No two modules import each other: [`args`] needs only [`diff`]'s `Level` and [`page`]'s
//! `Rename`, and the modules that take their options from it (`expand`, `commands`) are not
//! among them; [`page`] words problems as [`diagnostic`]s, which need nothing of it.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod args;
pub mod check;
pub mod commands;
pub mod diagnostic;
pub mod diff;
pub mod expand;
pub mod import;
pub mod output;
pub mod page;
pub mod services;
pub mod sync;
pub mod text;
mod words;

pub use args::ExpandOptions;
pub use expand::{expand, service_of, Expansion};
