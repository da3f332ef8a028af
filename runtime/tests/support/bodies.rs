//! Generated response bodies, the one source of random input of the runtime's tests: the
//! proptest strategies that make envelope-shaped JSON, documents that keep their members in
//! the generated order, and deterministic draws for tests that loop on their own.

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use serde_json::Value;

/// The keys the envelope cares about, and others.
pub fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec!["Response", "Error", "Code", "Message", "RequestId", "TotalCount", "Data"])
            .prop_map(str::to_owned),
        1 => any::<String>(),
    ]
}

/// Any JSON value, nested up to five levels, with envelope keys and codes among its strings.
pub fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("JSON numbers are finite", |f| f.is_finite())
            .prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        prop::sample::select(vec![
            "InvalidInstanceId.NotFound",
            "RequestLimitExceeded",
            "Brand.New",
            ""
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            members(inner).prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// Object members with distinct keys, in the generated order.
pub fn members(value: impl Strategy<Value = Value>) -> impl Strategy<Value = Vec<(String, Value)>> {
    prop::collection::vec((key(), value), 0..6).prop_map(|members| {
        let mut seen = std::collections::HashSet::new();
        members
            .into_iter()
            .filter(|(key, _)| seen.insert(key.clone()))
            .collect()
    })
}

/// An object written with its members in the given order (a `Value` would sort them).
#[derive(Clone, Debug)]
pub enum Doc {
    Value(Value),
    Object(Vec<(String, Doc)>),
}

impl Doc {
    pub fn render(&self, out: &mut String) {
        match self {
            Doc::Value(value) => out.push_str(&value.to_string()),
            Doc::Object(members) => {
                out.push('{');
                for (index, (key, value)) in members.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    out.push_str(&Value::from(key.as_str()).to_string());
                    out.push(':');
                    value.render(out);
                }
                out.push('}');
            }
        }
    }

    pub fn to_body(&self) -> String {
        let mut body = String::new();
        self.render(&mut body);
        body
    }
}

/// Puts `wanted` members among `others` (dropping others with the same keys), in shuffled order.
pub fn object(wanted: Vec<(String, Doc)>, others: Vec<(String, Value)>, order: &[usize]) -> Doc {
    let mut members: Vec<(String, Doc)> = others
        .into_iter()
        .filter(|(key, _)| !wanted.iter().any(|(w, _)| w == key))
        .map(|(key, value)| (key, Doc::Value(value)))
        .collect();
    for (index, member) in wanted.into_iter().enumerate() {
        let at = order.get(index).copied().unwrap_or(0) % (members.len() + 1);
        members.insert(at, member);
    }
    Doc::Object(members)
}

/// Bodies of every shape: anything, a `Response` holding anything, and envelopes whose
/// `Error`, `Code`, `Message` and `RequestId` are well-formed or not, among other members.
pub fn body() -> impl Strategy<Value = Doc> {
    let order = prop::collection::vec(any::<usize>(), 4);
    let error = (
        prop_oneof![3 => any::<String>().prop_map(Value::from), 1 => json_value()],
        prop::option::of(
            prop_oneof![3 => any::<String>().prop_map(Value::from), 1 => json_value()],
        ),
        members(json_value()),
        order.clone(),
    )
        .prop_map(|(code, message, others, order)| {
            let mut wanted = vec![("Code".to_owned(), Doc::Value(code))];
            if let Some(message) = message {
                wanted.push(("Message".to_owned(), Doc::Value(message)));
            }
            object(wanted, others, &order)
        });
    let error = prop_oneof![4 => error, 1 => json_value().prop_map(Doc::Value)];
    let response = (
        prop::option::of(error),
        prop::option::of(
            prop_oneof![3 => any::<String>().prop_map(Value::from), 1 => json_value()],
        ),
        members(json_value()),
        order.clone(),
    )
        .prop_map(|(error, request_id, others, order)| {
            let mut wanted = Vec::new();
            if let Some(error) = error {
                wanted.push(("Error".to_owned(), error));
            }
            if let Some(request_id) = request_id {
                wanted.push(("RequestId".to_owned(), Doc::Value(request_id)));
            }
            object(wanted, others, &order)
        });
    let envelope =
        (response, members(json_value()), order).prop_map(|(response, others, order)| {
            object(vec![("Response".to_owned(), response)], others, &order)
        });
    prop_oneof![
        1 => json_value().prop_map(Doc::Value),
        1 => json_value().prop_map(|v| Doc::Object(vec![("Response".to_owned(), Doc::Value(v))])),
        6 => envelope,
    ]
}

/// Deterministic draws from proptest's generator, for tests that run their own loop (to count
/// what they saw, or to damage bodies step by step) rather than run under `proptest!`.
pub struct Draws(TestRunner);

impl Default for Draws {
    fn default() -> Self {
        Self::new()
    }
}

impl Draws {
    /// The same sequence on every run.
    pub fn new() -> Self {
        Draws(TestRunner::deterministic())
    }

    /// A value of `strategy`.
    pub fn sample<S: Strategy>(&mut self, strategy: &S) -> S::Value {
        match strategy.new_tree(&mut self.0) {
            Ok(tree) => tree.current(),
            Err(reason) => panic!("the strategy gave up: {reason}"),
        }
    }

    /// A number in `0..n`; `n` is not zero.
    pub fn below(&mut self, n: usize) -> usize {
        (self.0.rng().next_u64() % n as u64) as usize
    }

    /// One of `items`, which is not empty.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}
