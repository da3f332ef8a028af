//! Support for the code that `tencent_errors!` generates, and what the code generator shares
//! with it. Not public API: the items here may change in any release. Generated code uses them
//! by absolute path (`::tencent_errors::__private::...`); `tencent-errors-codegen` uses
//! [`shared`]'s functions, so that the tables it writes and the code that reads them agree.
//!
//! By job:
//! - [`shared`]: the hash of the perfect-hash tables and the class byte, used by codegen and by
//!   generated code;
//! - `table`: packed strings ([`Strings`]) and the perfect-hash lookup ([`CodeTable`],
//!   [`lookup`]);
//! - `descriptions`: the description helpers (`descriptions!`, [`display`]);
//! - `action`: the per-action enums' runtime ([`Action`], [`Indexed`], `action_*`);
//! - `serde_impls`: serde as code strings (`impl_serde!`).

mod action;
mod descriptions;
mod serde_impls;
pub mod shared;
mod table;

pub use action::*;
pub use descriptions::*;
#[cfg(feature = "serde")]
pub use serde;
pub use serde_impls::*;
pub use shared::{class_category, class_retry};
pub use table::*;
