//! The single-pass decoder: `parse` and the visitors it drives serde_json with.
//!
//! `parse` drives serde_json with a hand-written visitor for the top-level object. For
//! `Response` it reads the first key itself: when that is `Error` (the order Tencent sends) the
//! payload type is never involved. Otherwise it hands `T` a deserializer that replays that key
//! and then reads the rest of `Response` through `InterceptingMap`, which passes every member to
//! `T` except `Error`: on `Error` it decodes the error into `State`, skips the rest of
//! `Response` and tells `T` the map has ended. `RequestId` is copied into `State` on its way to
//! `T`. Typed envelope failures are recorded in `State::failure` next to the serde error that
//! unwinds the parser.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::forward_to_deserialize_any;

use super::error_object::{Captured, ErrorSeed};
use super::failure::{fail, reject, Failure};
use super::keys::{FieldSeed, Key, OwnKeySeed, ResponseKey, ResponseKeySeed};
use super::tee::TeeSeed;
use crate::ServiceError;

/// What the decoder learns besides the payload.
pub(super) struct State<E> {
    /// An `Error` found by `InterceptingMap`, handed back once `T` returns.
    pub(super) error: Option<Captured<E>>,
    pub(super) request_id: Option<String>,
    pub(super) failure: Option<Failure>,
    /// `T` failed without an `Error` having been seen.
    pub(super) payload_failed: bool,
}

impl<E> State<E> {
    pub(super) fn new() -> Self {
        State {
            error: None,
            request_id: None,
            failure: None,
            payload_failed: false,
        }
    }
}

/// One pass over `body`: the payload, or the captured `Error`.
pub(super) fn parse<'de, R, T, E>(
    read: R,
    state: &mut State<E>,
) -> Result<Result<T, Captured<E>>, serde_json::Error>
where
    R: serde_json::de::Read<'de>,
    T: de::Deserialize<'de>,
    E: ServiceError,
{
    let mut deserializer = serde_json::Deserializer::new(read);
    let outcome = (&mut deserializer).deserialize_any(TopVisitor {
        state: &mut *state,
        payload: PhantomData::<fn() -> T>,
    })?;
    deserializer.end()?;
    if let Some(failure) = state.failure {
        // Only reachable when a payload type swallowed one of the envelope's errors.
        return Err(de::Error::custom(failure.message()));
    }
    Ok(outcome)
}

/// The top-level object: finds `Response`, ignores everything else.
struct TopVisitor<'a, T, E> {
    state: &'a mut State<E>,
    payload: PhantomData<fn() -> T>,
}

impl<'a, T, E> TopVisitor<'a, T, E> {
    fn failure_slot(self) -> &'a mut Option<Failure> {
        &mut self.state.failure
    }
}

impl<'de, T, E> Visitor<'de> for TopVisitor<'_, T, E>
where
    T: de::Deserialize<'de>,
    E: ServiceError,
{
    type Value = Result<T, Captured<E>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Tencent Cloud response object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let state = self.state;
        let mut outcome = None;
        while let Some(field) = map.next_key_seed(FieldSeed(&["Response"]))? {
            if field.is_some() {
                if outcome.is_some() {
                    return Err(de::Error::duplicate_field("Response"));
                }
                outcome = Some(map.next_value_seed(ResponseSeed {
                    state: &mut *state,
                    payload: PhantomData::<fn() -> T>,
                })?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        match outcome {
            Some(outcome) => Ok(outcome),
            None => Err(fail(&mut state.failure, Failure::MissingResponse)),
        }
    }

    reject!(Failure::NotAnObject; bool, i64, u64, i128, u128, f64, str, unit, seq);
}

/// The value of `Response`.
struct ResponseSeed<'a, T, E> {
    state: &'a mut State<E>,
    payload: PhantomData<fn() -> T>,
}

impl<'de, T, E> DeserializeSeed<'de> for ResponseSeed<'_, T, E>
where
    T: de::Deserialize<'de>,
    E: ServiceError,
{
    type Value = Result<T, Captured<E>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(ResponseVisitor {
            state: self.state,
            payload: self.payload,
        })
    }
}

struct ResponseVisitor<'a, T, E> {
    state: &'a mut State<E>,
    payload: PhantomData<fn() -> T>,
}

impl<'a, T, E> ResponseVisitor<'a, T, E> {
    fn failure_slot(self) -> &'a mut Option<Failure> {
        &mut self.state.failure
    }
}

impl<'de, T, E> Visitor<'de> for ResponseVisitor<'_, T, E>
where
    T: de::Deserialize<'de>,
    E: ServiceError,
{
    type Value = Result<T, Captured<E>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the `Response` object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let state = self.state;
        // Read the first key here: when it is `Error`, as Tencent sends it, `T` is not needed.
        let mut pending = None;
        let mut request_id_next = false;
        loop {
            match map.next_key_seed(ResponseKeySeed(OwnKeySeed))? {
                None => break,
                Some(ResponseKey::Error(_)) => {
                    match map.next_value_seed(ErrorSeed::new(&mut state.failure))? {
                        Some(captured) => {
                            drain(&mut map, state)?;
                            return Ok(Err(captured));
                        }
                        None => continue,
                    }
                }
                Some(ResponseKey::RequestId(key)) => {
                    pending = Some(key);
                    request_id_next = true;
                    break;
                }
                Some(ResponseKey::Other(key)) => {
                    pending = Some(key);
                    break;
                }
            }
        }
        let result = T::deserialize(Replay {
            map: InterceptingMap {
                inner: map,
                state: &mut *state,
                pending,
                request_id_next,
            },
        });
        if let Some(captured) = state.error.take() {
            // `InterceptingMap` has read `Response` to its end; `T`'s verdict (most likely a
            // missing field) does not matter.
            return Ok(Err(captured));
        }
        match result {
            Ok(payload) => Ok(Ok(payload)),
            Err(error) => {
                state.payload_failed = true;
                Err(error)
            }
        }
    }

    reject!(Failure::ResponseNotAnObject; bool, i64, u64, i128, u128, f64, str, unit, seq);
}

/// Reads the rest of `Response` once `Error` has been found: keeps `RequestId`, rejects a
/// second `Error` that is not `null`, skips everything else.
fn drain<'de, A, E>(map: &mut A, state: &mut State<E>) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    E: ServiceError,
{
    while let Some(key) = map.next_key_seed(ResponseKeySeed(PhantomData::<IgnoredAny>))? {
        match key {
            ResponseKey::Error(_) => {
                if map
                    .next_value_seed(ErrorSeed::<E>::new(&mut state.failure))?
                    .is_some()
                {
                    return Err(de::Error::duplicate_field("Error"));
                }
            }
            ResponseKey::RequestId(_) => {
                map.next_value_seed(TeeSeed {
                    seed: PhantomData::<IgnoredAny>,
                    slot: &mut state.request_id,
                })?;
            }
            ResponseKey::Other(_) => {
                map.next_value::<IgnoredAny>()?;
            }
        }
    }
    Ok(())
}

/// The members of `Response` as `T` sees them: everything but `Error`, which ends the map.
struct InterceptingMap<'a, 'de, A, E> {
    inner: A,
    state: &'a mut State<E>,
    /// The first key, already read by `ResponseVisitor`.
    pending: Option<Key<'de>>,
    /// The value about to be read is `RequestId`'s.
    request_id_next: bool,
}

impl<'de, A, E> MapAccess<'de> for InterceptingMap<'_, 'de, A, E>
where
    A: MapAccess<'de>,
    E: ServiceError,
{
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some(key) = self.pending.take() {
            return key.replay(seed).map(Some);
        }
        let mut seed = seed;
        loop {
            match self.inner.next_key_seed(ResponseKeySeed(seed))? {
                None => return Ok(None),
                Some(ResponseKey::Other(key)) => return Ok(Some(key)),
                Some(ResponseKey::RequestId(key)) => {
                    self.request_id_next = true;
                    return Ok(Some(key));
                }
                Some(ResponseKey::Error(unused)) => {
                    match self
                        .inner
                        .next_value_seed(ErrorSeed::new(&mut self.state.failure))?
                    {
                        Some(captured) => {
                            drain(&mut self.inner, self.state)?;
                            self.state.error = Some(captured);
                            return Ok(None);
                        }
                        None => seed = unused,
                    }
                }
            }
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        if core::mem::take(&mut self.request_id_next) {
            self.inner.next_value_seed(TeeSeed {
                seed,
                slot: &mut self.state.request_id,
            })
        } else {
            self.inner.next_value_seed(seed)
        }
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

/// The deserializer `T` gets for `Response`: a map, whatever `T` asks for.
struct Replay<'a, 'de, A, E> {
    map: InterceptingMap<'a, 'de, A, E>,
}

impl<'de, A, E> Deserializer<'de> for Replay<'_, 'de, A, E>
where
    A: MapAccess<'de>,
    E: ServiceError,
{
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_map(self.map)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_newtype_struct(self)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde_json::de::StrRead;

    use super::*;
    use crate::test_support::TestError;

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "PascalCase")]
    struct Payload {
        #[allow(dead_code)]
        total_count: u64,
    }

    #[test]
    fn failure_is_recorded_next_to_the_serde_error() {
        let mut state = State::<TestError>::new();
        let result = parse::<_, IgnoredAny, TestError>(
            StrRead::new(r#"{"Response": {"Error": 1}}"#),
            &mut state,
        );
        assert!(result.is_err());
        assert!(matches!(state.failure, Some(Failure::ErrorNotAnObject)));
        assert!(!state.payload_failed);

        let mut state = State::<TestError>::new();
        let result = parse::<_, Payload, TestError>(
            StrRead::new(r#"{"Response": {"TotalCount": []}}"#),
            &mut state,
        );
        assert!(result.is_err());
        assert!(state.failure.is_none());
        assert!(state.payload_failed);
    }
}
