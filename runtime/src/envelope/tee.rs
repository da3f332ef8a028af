//! Copying `Response.RequestId` on its way to the payload type: `TeeSeed` hands a value to
//! another seed and keeps a copy of it when it is a string.

use core::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, Visitor};

/// Passes a value to `seed` and copies it into `slot` if it is a string.
pub(super) struct TeeSeed<'a, S> {
    pub(super) seed: S,
    pub(super) slot: &'a mut Option<String>,
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for TeeSeed<'_, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.seed.deserialize(Tee {
            inner: deserializer,
            slot: self.slot,
        })
    }
}

/// A deserializer that copies every string it hands out into `slot`.
struct Tee<'a, D> {
    inner: D,
    slot: &'a mut Option<String>,
}

macro_rules! tee_methods {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
                self.inner.$method($($arg,)* TeeVisitor { inner: visitor, slot: self.slot })
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Tee<'_, D> {
    type Error = D::Error;

    tee_methods! {
        deserialize_any();
        deserialize_bool();
        deserialize_i8();
        deserialize_i16();
        deserialize_i32();
        deserialize_i64();
        deserialize_i128();
        deserialize_u8();
        deserialize_u16();
        deserialize_u32();
        deserialize_u64();
        deserialize_u128();
        deserialize_f32();
        deserialize_f64();
        deserialize_char();
        deserialize_str();
        deserialize_string();
        deserialize_bytes();
        deserialize_byte_buf();
        deserialize_option();
        deserialize_unit();
        deserialize_unit_struct(name: &'static str);
        deserialize_newtype_struct(name: &'static str);
        deserialize_seq();
        deserialize_tuple(len: usize);
        deserialize_tuple_struct(name: &'static str, len: usize);
        deserialize_map();
        deserialize_struct(name: &'static str, fields: &'static [&'static str]);
        deserialize_enum(name: &'static str, variants: &'static [&'static str]);
        deserialize_identifier();
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        // Skipping would not show the string: read it, and let the visitor ignore it.
        self.inner.deserialize_any(TeeVisitor {
            inner: visitor,
            slot: self.slot,
        })
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

struct TeeVisitor<'a, V> {
    inner: V,
    slot: &'a mut Option<String>,
}

macro_rules! forward_visits {
    ($($method:ident($ty:ty);)*) => {
        $(
            fn $method<Er: de::Error>(self, value: $ty) -> Result<V::Value, Er> {
                self.inner.$method(value)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for TeeVisitor<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.expecting(f)
    }

    forward_visits! {
        visit_bool(bool);
        visit_i8(i8);
        visit_i16(i16);
        visit_i32(i32);
        visit_i64(i64);
        visit_i128(i128);
        visit_u8(u8);
        visit_u16(u16);
        visit_u32(u32);
        visit_u64(u64);
        visit_u128(u128);
        visit_f32(f32);
        visit_f64(f64);
        visit_char(char);
        visit_bytes(&[u8]);
        visit_borrowed_bytes(&'de [u8]);
        visit_byte_buf(Vec<u8>);
    }

    fn visit_str<Er: de::Error>(self, value: &str) -> Result<V::Value, Er> {
        *self.slot = Some(value.to_owned());
        self.inner.visit_str(value)
    }

    fn visit_borrowed_str<Er: de::Error>(self, value: &'de str) -> Result<V::Value, Er> {
        *self.slot = Some(value.to_owned());
        self.inner.visit_borrowed_str(value)
    }

    fn visit_string<Er: de::Error>(self, value: String) -> Result<V::Value, Er> {
        *self.slot = Some(value.clone());
        self.inner.visit_string(value)
    }

    fn visit_none<Er: de::Error>(self) -> Result<V::Value, Er> {
        self.inner.visit_none()
    }

    fn visit_unit<Er: de::Error>(self) -> Result<V::Value, Er> {
        self.inner.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.inner.visit_some(Tee {
            inner: deserializer,
            slot: self.slot,
        })
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.inner.visit_newtype_struct(Tee {
            inner: deserializer,
            slot: self.slot,
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.inner.visit_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.inner.visit_map(map)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.inner.visit_enum(data)
    }
}

#[cfg(test)]
mod tests {
    use core::marker::PhantomData;

    use serde::de::value::{StrDeserializer, StringDeserializer};
    use serde::de::IgnoredAny;

    use super::*;

    #[test]
    fn tee_copies_strings_whichever_way_they_arrive() {
        type Er = serde::de::value::Error;

        let mut slot = None;
        let value = TeeSeed {
            seed: PhantomData::<String>,
            slot: &mut slot,
        }
        .deserialize(StringDeserializer::<Er>::new("owned".into()));
        assert_eq!(value.ok().as_deref(), Some("owned"));
        assert_eq!(slot.as_deref(), Some("owned"));

        let mut slot = None;
        let value = TeeSeed {
            seed: PhantomData::<IgnoredAny>,
            slot: &mut slot,
        }
        .deserialize(StrDeserializer::<Er>::new("ignored"));
        assert!(value.is_ok());
        assert_eq!(slot.as_deref(), Some("ignored"));

        let mut slot = None;
        let value = TeeSeed {
            seed: PhantomData::<Option<&str>>,
            slot: &mut slot,
        }
        .deserialize(&mut serde_json::Deserializer::from_str(r#""borrowed""#));
        assert_eq!(value.ok().flatten(), Some("borrowed"));
        assert_eq!(slot.as_deref(), Some("borrowed"));

        let mut slot = None;
        let value = TeeSeed {
            seed: PhantomData::<u32>,
            slot: &mut slot,
        }
        .deserialize(&mut serde_json::Deserializer::from_str("7"));
        assert_eq!(value.ok(), Some(7));
        assert_eq!(slot, None);
    }
}
