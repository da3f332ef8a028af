//! The bundled data and its format, beside the model: `format` owns the layout and files of a
//! data directory (`codegen/data/`), `bundled` builds a bundled service's model (and its
//! per-action page) from them, and `catalogue` lists the bundled services for the facade.

pub(crate) mod bundled;
mod catalogue;
pub mod format;

pub use catalogue::for_each_service;
