//! Member names as the decoder reads them: matched against a fixed list without allocating
//! (`FieldSeed`), sorted into `Error`, `RequestId` and the rest (`ResponseKeySeed`), or kept to
//! be replayed to the payload type (`Key`).

use core::fmt;

use serde::de::value::{BorrowedStrDeserializer, StrDeserializer, StringDeserializer};
use serde::de::{self, DeserializeSeed, Deserializer, Visitor};

/// A key compared against a fixed list of names, without allocating: the index of the name
/// it equals, or `None`.
pub(super) struct FieldSeed(pub(super) &'static [&'static str]);

impl<'de> DeserializeSeed<'de> for FieldSeed {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for FieldSeed {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<Er: de::Error>(self, key: &str) -> Result<Self::Value, Er> {
        Ok(self.0.iter().position(|name| *name == key))
    }
}

/// A key kept for replaying to `T`: borrowed from the body unless it had escapes.
pub(super) enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl<'de> Key<'de> {
    pub(super) fn replay<S, Er>(self, seed: S) -> Result<S::Value, Er>
    where
        S: DeserializeSeed<'de>,
        Er: de::Error,
    {
        match self {
            Key::Borrowed(key) => seed.deserialize(BorrowedStrDeserializer::<Er>::new(key)),
            Key::Owned(key) => seed.deserialize(StringDeserializer::<Er>::new(key)),
        }
    }
}

/// Reads a key into a [`Key`].
pub(super) struct OwnKeySeed;

impl<'de> DeserializeSeed<'de> for OwnKeySeed {
    type Value = Key<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for OwnKeySeed {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<Er: de::Error>(self, key: &'de str) -> Result<Self::Value, Er> {
        Ok(Key::Borrowed(key))
    }

    fn visit_str<Er: de::Error>(self, key: &str) -> Result<Self::Value, Er> {
        Ok(Key::Owned(key.to_owned()))
    }

    fn visit_string<Er: de::Error>(self, key: String) -> Result<Self::Value, Er> {
        Ok(Key::Owned(key))
    }
}

/// A member name of `Response`: `Error` gives the seed back unused, any other name is passed
/// to the seed.
pub(super) enum ResponseKey<S, V> {
    Error(S),
    RequestId(V),
    Other(V),
}

pub(super) struct ResponseKeySeed<S>(pub(super) S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for ResponseKeySeed<S> {
    type Value = ResponseKey<S, S::Value>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de, S: DeserializeSeed<'de>> ResponseKeySeed<S> {
    fn classify<D: Deserializer<'de>>(
        self,
        key: &str,
        deserializer: D,
    ) -> Result<ResponseKey<S, S::Value>, D::Error> {
        match key {
            "Error" => Ok(ResponseKey::Error(self.0)),
            "RequestId" => Ok(ResponseKey::RequestId(self.0.deserialize(deserializer)?)),
            _ => Ok(ResponseKey::Other(self.0.deserialize(deserializer)?)),
        }
    }
}

impl<'de, S: DeserializeSeed<'de>> Visitor<'de> for ResponseKeySeed<S> {
    type Value = ResponseKey<S, S::Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<Er: de::Error>(self, key: &'de str) -> Result<Self::Value, Er> {
        self.classify(key, BorrowedStrDeserializer::new(key))
    }

    fn visit_str<Er: de::Error>(self, key: &str) -> Result<Self::Value, Er> {
        self.classify(key, StrDeserializer::new(key))
    }
}
