//! The per-action enums' runtime: the hidden `Action` trait each per-action enum implements
//! (its two `match`es and its tables), the `Indexed` trait each service enum implements, and the
//! generic `action_*` functions every method of a per-action enum calls, so that the compiler
//! checks them once here instead of once per enum (see `docs/benchmarks.md`, "Per-action
//! enums").

use core::fmt;

use super::descriptions::display;
use super::table::Strings;
use crate::{Category, CommonError, Language, RetryClass, ServiceError};

/// What per-action enums reach their service enum through; every generated service enum
/// implements it (in its `const _` block, so no helper name reaches the invoking module).
pub trait Indexed: ServiceError {
    /// The service enum's `SERVICE`.
    fn service_name() -> &'static str;
    /// Every listed code, in page order: the service enum's `ALL`.
    fn all() -> &'static [Self];
    /// The code's index in [`Indexed::all`], `None` for the unlisted-code variant.
    fn index(&self) -> Option<usize>;
    /// The unlisted-code variant (`Unknown`) holding `code`.
    fn unknown(code: &str) -> Self;
}

/// In [`ActionTable::services`]: the entry is the index of a code the service page does not
/// list, in [`ActionTable::unlisted`].
pub const UNLISTED_FLAG: u16 = 0x8000;

/// The tables of one per-action enum. Positions are 1-based places in the enum's `ALL`
/// (0 stands for `Other`); every two-byte entry is little-endian.
#[derive(Debug)]
pub struct ActionTable {
    /// Per position (from 1): the code's index in the service enum's `ALL`, two bytes each;
    /// [`UNLISTED_FLAG`] plus an index into [`ActionTable::unlisted`] for a code the service
    /// page does not list.
    pub services: &'static [u8],
    /// Per index in the service enum's `ALL`: the code's position in the action, 0 when the
    /// action does not list it (and past the end); one byte each, or two when `wide`.
    pub positions: &'static [u8],
    /// Whether [`ActionTable::positions`] has two bytes per entry (more than 255 codes).
    pub wide: bool,
    /// The codes the action lists that the service page does not.
    pub unlisted: Strings,
    /// Their descriptions (from the action page), empty without the `descriptions` feature.
    pub unlisted_descriptions: Strings,
    /// The language of [`ActionTable::unlisted_descriptions`]: the action page's.
    pub language: Language,
    /// The position of each code in [`ActionTable::unlisted`], two bytes each.
    pub unlisted_positions: &'static [u8],
    /// The variants' names in position order, for `Debug`.
    pub names: Strings,
    /// Per position: the release since which the code is retired for this action (the first
    /// release in which the action no longer lists it, or the service no longer publishes it,
    /// or the action itself is gone); empty for a current code.
    pub retired: Strings,
}

/// The two-byte little-endian entry `at` of `bytes`.
#[inline(always)]
fn pair(bytes: &[u8], at: usize) -> Option<u16> {
    let start = at.checked_mul(2)?;
    match bytes.get(start..start.checked_add(2)?) {
        Some(&[low, high]) => Some(u16::from_le_bytes([low, high])),
        _ => None,
    }
}

impl ActionTable {
    /// The action's position of the service enum's code at `index`, 0 when not listed.
    #[inline(always)]
    fn position_of(&self, index: usize) -> usize {
        let position = if self.wide {
            pair(self.positions, index)
        } else {
            self.positions.get(index).map(|&p| u16::from(p))
        };
        position.map_or(0, usize::from)
    }

    /// The position of a code the service page does not list, 0 when the action does not
    /// list it either. Linear, over the few such codes of this action.
    #[cold]
    fn unlisted_position(&self, code: &str) -> usize {
        (0..self.unlisted.bounds.len().saturating_sub(1))
            .find(|&i| self.unlisted.get(i) == Some(code))
            .and_then(|i| pair(self.unlisted_positions, i))
            .map_or(0, usize::from)
    }
}

/// A per-action enum, as its generated code sees it: the only two `match`es over its variants
/// (variant → position or `Other`'s value, position → variant) and `Other`'s constructor.
/// Everything else is the generic `action_*` functions here, which the compiler checks once,
/// in this crate, rather than once per enum: each function of an impl costs every enum about
/// the same, whatever its body (see `docs/benchmarks.md`, "Per-action enums").
pub trait Action: Sized + 'static {
    /// The service enum.
    type Service: Indexed;
    /// The enum's tables.
    const TABLE: &'static ActionTable;
    /// The variant's 1-based position in `ALL`, or the service enum's value in `Other`.
    fn view(&self) -> Result<usize, &Self::Service>;
    /// The variant at a 1-based position, `None` for 0 and past the end.
    fn listed(position: usize) -> Option<Self>;
    /// `Other(other)`.
    fn from_other(other: Self::Service) -> Self;
}

/// The variant's 1-based position in `ALL`, 0 for `Other`.
#[inline]
fn position<A: Action>(error: &A) -> usize {
    error.view().unwrap_or(0)
}

/// The service enum's value of a listed position, or the index in `unlisted` of a code the
/// service page does not list (`usize::MAX`, which is no string, for a bad position).
#[inline]
fn action_service_at<A: Action>(position: usize) -> Result<&'static A::Service, usize> {
    match pair(A::TABLE.services, position.wrapping_sub(1)) {
        Some(entry) if entry & UNLISTED_FLAG != 0 => Err(usize::from(entry & !UNLISTED_FLAG)),
        Some(entry) => A::Service::all().get(usize::from(entry)).ok_or(usize::MAX),
        None => Err(usize::MAX),
    }
}

/// The service enum's value of a per-action error (what `Other` holds, or the listed code's
/// constant), or the index in `unlisted` of a code the service page does not list.
#[inline]
fn action_service<A: Action>(error: &A) -> Result<&A::Service, usize> {
    match error.view() {
        Err(other) => Ok(other),
        Ok(position) => action_service_at::<A>(position),
    }
}

/// `From<Service>` of a per-action enum: the listed variant (through the position tables),
/// or `Other`.
#[inline]
pub fn action_from<A: Action>(service: A::Service) -> A {
    let table = A::TABLE;
    let position = match service.index() {
        Some(index) => table.position_of(index),
        None if !table.unlisted_positions.is_empty() => table.unlisted_position(service.code()),
        None => 0,
    };
    match A::listed(position) {
        Some(listed) => listed,
        None => A::from_other(service),
    }
}

/// `from_code` of a per-action enum: the service enum's lookup, then [`action_from`].
#[inline]
pub fn action_from_code<A: Action>(code: &str) -> A {
    action_from(A::Service::from_code(code))
}

/// `From<Action>` for the service enum: the same code as the service enum has it. (`Other`'s
/// value is cloned rather than moved out: one `match` fewer per enum, one allocation for an
/// unlisted code.)
#[inline]
pub fn action_into_service<A: Action>(error: A) -> A::Service {
    match action_service(&error) {
        Ok(known) => known.clone(),
        Err(index) => A::Service::unknown(A::TABLE.unlisted.get(index).unwrap_or_default()),
    }
}

/// `code()` of a per-action enum.
#[inline]
pub fn action_code<A: Action>(error: &A) -> &str {
    match action_service(error) {
        Ok(known) => known.code(),
        Err(index) => A::TABLE.unlisted.get(index).unwrap_or_default(),
    }
}

/// `is_known()` of a per-action enum: the action lists the code.
#[inline]
pub fn action_is_known<A: Action>(error: &A) -> bool {
    error.view().is_ok()
}

/// `retired_since()` of a per-action enum: the release since which the action no longer lists
/// the code (or the service no longer publishes it, or the action is gone); `None` for a
/// current code and for `Other`.
#[inline]
pub fn action_retired_since<A: Action>(error: &A) -> Option<&'static str> {
    A::TABLE.retired.get(position(error).wrapping_sub(1))
}

/// `is_retired()` of a per-action enum.
#[inline]
pub fn action_is_retired<A: Action>(error: &A) -> bool {
    action_retired_since(error).is_some()
}

/// `description()` of a per-action enum: the service enum's, or the action page's for a code
/// the service page does not list.
#[inline]
pub fn action_description<A: Action>(error: &A) -> Option<&'static str> {
    match action_service(error) {
        Ok(known) => known.description(),
        Err(index) => A::TABLE.unlisted_descriptions.get(index),
    }
}

/// `description_in()` of a per-action enum: the service enum's, or the action page's in the
/// page's language for a code the service page does not list.
#[inline]
pub fn action_description_in<A: Action>(error: &A, language: Language) -> Option<&'static str> {
    match action_service(error) {
        Ok(known) => known.description_in(language),
        Err(index) if language == A::TABLE.language => A::TABLE.unlisted_descriptions.get(index),
        Err(_) => None,
    }
}

/// `category()` of a per-action enum.
#[inline]
pub fn action_category<A: Action>(error: &A) -> Category {
    match action_service(error) {
        Ok(known) => known.category(),
        Err(_) => Category::of(action_code(error)),
    }
}

/// `retry_class()` of a per-action enum.
#[inline]
pub fn action_retry_class<A: Action>(error: &A) -> RetryClass {
    match action_service(error) {
        Ok(known) => known.retry_class(),
        Err(_) => RetryClass::of(action_code(error)),
    }
}

/// `common()` of a per-action enum.
#[inline]
pub fn action_common<A: Action>(error: &A) -> Option<CommonError> {
    CommonError::of(action_code(error))
}

/// `Clone` of a per-action enum.
#[inline]
pub fn action_clone<A: Action>(error: &A) -> A {
    match error.view() {
        Err(other) => A::from_other(other.clone()),
        Ok(position) => match A::listed(position) {
            Some(listed) => listed,
            None => A::from_other(A::Service::unknown("")),
        },
    }
}

/// `Debug` of a per-action enum, as derived: the variant's name, or `Other(..)`.
#[inline]
pub fn action_debug<A: Action>(error: &A, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match error.view() {
        Err(other) => f
            .debug_tuple(super::shared::OTHER_VARIANT)
            .field(other)
            .finish(),
        Ok(position) => f.write_str(
            A::TABLE
                .names
                .get(position.wrapping_sub(1))
                .unwrap_or_default(),
        ),
    }
}

/// `Display` of a per-action enum: see [`display`].
#[inline]
pub fn action_display<A: Action>(error: &A, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    display(action_code(error), action_description(error), f)
}

/// `PartialEq` of a per-action enum: by code.
#[inline]
pub fn action_eq<A: Action>(a: &A, b: &A) -> bool {
    action_code(a) == action_code(b)
}

/// `Hash` of a per-action enum: the code's.
#[inline]
pub fn action_hash<A: Action, H: core::hash::Hasher>(error: &A, state: &mut H) {
    core::hash::Hash::hash(action_code(error), state)
}

/// Every per-action enum is a [`ServiceError`] through this one impl, not an impl each: the
/// compiler checks these functions once instead of once per enum.
#[doc(hidden)]
impl<A> ServiceError for A
where
    A: Action
        + fmt::Debug
        + fmt::Display
        + std::error::Error
        + Clone
        + Eq
        + core::hash::Hash
        + Send
        + Sync,
{
    #[inline]
    fn service(&self) -> &'static str {
        A::Service::service_name()
    }
    #[inline]
    fn code(&self) -> &str {
        action_code(self)
    }
    #[inline]
    fn description(&self) -> Option<&'static str> {
        action_description(self)
    }
    #[inline]
    fn description_in(&self, language: Language) -> Option<&'static str> {
        action_description_in(self, language)
    }
    #[inline]
    fn is_known(&self) -> bool {
        action_is_known(self)
    }
    #[inline]
    fn category(&self) -> Category {
        action_category(self)
    }
    #[inline]
    fn retry_class(&self) -> RetryClass {
        action_retry_class(self)
    }
    #[inline]
    fn from_code(code: &str) -> Self {
        action_from_code(code)
    }
}
