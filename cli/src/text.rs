//! The text format, for people: one renderer per command's result.

pub mod check;
pub mod diff;
pub mod services;
pub mod sync;

/// The width of the widest of `lengths` (0 for none), to align a column.
fn width(lengths: impl Iterator<Item = usize>) -> usize {
    lengths.max().unwrap_or(0)
}
