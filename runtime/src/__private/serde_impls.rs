//! `serde` for generated enums: as their code strings.

#[cfg(feature = "serde")]
use core::fmt;
#[cfg(feature = "serde")]
use core::marker::PhantomData;

#[cfg(feature = "serde")]
use crate::ServiceError;

/// Deserializes any [`ServiceError`] from its code string, borrowing when it can.
#[cfg(feature = "serde")]
pub struct CodeVisitor<E>(PhantomData<fn() -> E>);

#[cfg(feature = "serde")]
impl<E> CodeVisitor<E> {
    /// A visitor for `E`.
    pub const fn new() -> Self {
        CodeVisitor(PhantomData)
    }
}

#[cfg(feature = "serde")]
impl<E> Default for CodeVisitor<E> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(feature = "serde")]
impl<'de, E: ServiceError> serde::de::Visitor<'de> for CodeVisitor<E> {
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Tencent Cloud error code string")
    }

    fn visit_str<Err: serde::de::Error>(self, code: &str) -> Result<E, Err> {
        Ok(E::from_code(code))
    }
}

/// Implements `serde::Serialize` and `serde::Deserialize` for a generated enum as its code
/// string when the `serde` feature is on; expands to nothing otherwise.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                serializer.serialize_str(<Self as $crate::ServiceError>::code(self))
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                deserializer.deserialize_str($crate::__private::CodeVisitor::<Self>::new())
            }
        }
    };
}

/// Expands to nothing: the `serde` feature is off.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {};
}

pub use crate::__impl_serde as impl_serde;
