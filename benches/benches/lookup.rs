//! Item 1 and 2 of the performance issue: `from_code` against a `HashMap`, a `phf` map and a
//! plain `match` (all generated from the same page, see build.rs), at 25 and 555 codes, for
//! known codes, unknown codes and a 90/10 mix; and the O(1) accessors.
//!
//! Every query set holds the same number of owned strings (as a decoded response would), drawn
//! with a fixed seed, so that the two sizes and the four implementations see the same mix.

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Duration;

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use tencent_errors::__private::{lookup, CodeTable, Strings};
use tencent_errors::ServiceError;

mod vpc {
    // `CreateNatGateway` lists the most codes of any vpc action (54).
    tencent_errors::tencent_errors!("vpc", actions = [CreateNatGateway]);
}

include!(concat!(env!("OUT_DIR"), "/baselines.rs"));

/// Queries per benchmark iteration.
const QUERIES: usize = 1024;

/// A small deterministic generator (xorshift64*), so every run draws the same queries.
struct Draw(u64);

impl Draw {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        ((self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 32) as usize) % n
    }
}

/// Codes of the other bundled pages that the vpc page does not list: realistic unknown codes
/// (same families, same lengths) for both sizes.
fn unknown_codes() -> Vec<String> {
    let vpc: std::collections::HashSet<&str> =
        vpc::VpcError::ALL.iter().map(|e| e.code()).collect();
    let mut unknown = Vec::new();
    for service in tencent_errors_codegen::BUNDLED_SERVICES {
        // Retired services have no page.
        let Some(page) = service.zh.or(service.en) else {
            continue;
        };
        let model =
            tencent_errors_codegen::build_model(page, &[]).expect("bundled pages are valid");
        unknown.extend(
            model
                .codes
                .into_iter()
                .map(|c| c.code)
                .filter(|c| !vpc.contains(c.as_str())),
        );
    }
    unknown.sort();
    unknown.dedup();
    unknown
}

/// `QUERIES` codes, each known with probability `known_percent`.
fn queries(known: &[&str], unknown: &[String], known_percent: usize, seed: u64) -> Vec<String> {
    let mut draw = Draw(seed);
    (0..QUERIES)
        .map(|_| {
            if draw.below(100) < known_percent {
                known[draw.below(known.len())].to_owned()
            } else {
                unknown[draw.below(unknown.len())].clone()
            }
        })
        .collect()
}

/// The table `from_code` uses (same builder, same codes, codes packed the same way), for the
/// index-only comparison.
fn code_table(codes: &[&'static str]) -> CodeTable<Strings> {
    let table = tencent_errors_codegen::__internals::build_lookup_table(codes).expect("a table");
    let mut bounds = vec![0u32];
    bounds.extend(codes.iter().scan(0, |end, code| {
        *end += code.len() as u32;
        Some(*end)
    }));
    CodeTable {
        seed: table.seed,
        shift: table.shift,
        pilots: Box::leak(table.pilots.into_boxed_slice()),
        slots: Box::leak(table.slots.into_boxed_slice()),
        codes: Strings {
            text: Box::leak(codes.concat().into_boxed_str()),
            bounds: Box::leak(bounds.into_boxed_slice()),
        },
    }
}

struct Size<E: 'static> {
    label: String,
    all: &'static [E],
    by_match: fn(&str) -> E,
    index_by_match: fn(&str) -> Option<usize>,
    phf: &'static phf::Map<&'static str, E>,
    phf_index: &'static phf::Map<&'static str, usize>,
}

fn sizes() -> (Size<vpc::VpcError>, Size<vpc25::Vpc25Error>) {
    (
        Size {
            label: vpc::VpcError::ALL.len().to_string(),
            all: vpc::VpcError::ALL,
            by_match: vpc_baselines::by_match,
            index_by_match: vpc_baselines::index_by_match,
            phf: &vpc_baselines::PHF,
            phf_index: &vpc_baselines::PHF_INDEX,
        },
        Size {
            label: vpc25::Vpc25Error::ALL.len().to_string(),
            all: vpc25::Vpc25Error::ALL,
            by_match: vpc25_baselines::by_match,
            index_by_match: vpc25_baselines::index_by_match,
            phf: &vpc25_baselines::PHF,
            phf_index: &vpc25_baselines::PHF_INDEX,
        },
    )
}

const MIXES: [(&str, usize); 3] = [("known", 100), ("unknown", 0), ("mix90", 90)];

fn from_code_for<E: ServiceError + Clone>(c: &mut Criterion, size: &Size<E>, unknown: &[String]) {
    let codes: Vec<&'static str> = size.all.iter().map(|e| e.code()).collect();
    let hash_map: HashMap<&'static str, E> = codes
        .iter()
        .copied()
        .zip(size.all.iter().cloned())
        .collect();
    let hash_index: HashMap<&'static str, usize> =
        codes.iter().enumerate().map(|(i, &c)| (c, i)).collect();
    let table = code_table(&codes);
    for (mix, known_percent) in MIXES {
        let queries = queries(
            &codes,
            unknown,
            known_percent,
            0x9E37_79B9 + known_percent as u64,
        );
        for q in &queries {
            // The baselines must agree with `from_code` before they are timed.
            let expected = E::from_code(q);
            assert!(
                (size.by_match)(q) == expected
                    && size
                        .phf
                        .get(q.as_str())
                        .cloned()
                        .unwrap_or_else(|| E::from_code(q))
                        == expected
                    && hash_map.contains_key(q.as_str()) == expected.is_known()
            );
            assert_eq!(lookup(&table, q), (size.index_by_match)(q));
            assert_eq!(
                size.phf_index.get(q.as_str()).copied(),
                hash_index.get(q.as_str()).copied()
            );
        }

        let mut group = c.benchmark_group(format!("from_code/{}/{mix}", size.label));
        group.sampling_mode(SamplingMode::Flat);
        group.throughput(Throughput::Elements(QUERIES as u64));
        group.bench_function("tencent-errors", |b| {
            b.iter(|| {
                for q in &queries {
                    black_box(E::from_code(black_box(q)));
                }
            })
        });
        group.bench_function("phf", |b| {
            b.iter(|| {
                for q in &queries {
                    let q = black_box(q.as_str());
                    black_box(
                        size.phf
                            .get(q)
                            .cloned()
                            .unwrap_or_else(|| unknown_variant::<E>(q)),
                    );
                }
            })
        });
        group.bench_function("match", |b| {
            b.iter(|| {
                for q in &queries {
                    black_box((size.by_match)(black_box(q)));
                }
            })
        });
        group.bench_function("HashMap", |b| {
            b.iter(|| {
                for q in &queries {
                    let q = black_box(q.as_str());
                    black_box(
                        hash_map
                            .get(q)
                            .cloned()
                            .unwrap_or_else(|| unknown_variant::<E>(q)),
                    );
                }
            })
        });
        if known_percent == 0 {
            // The floor for unlisted codes: the copy into `Unknown(String)` (allocate, copy,
            // free) that every contender above makes, with no search at all.
            group.bench_function("copy alone", |b| {
                b.iter(|| {
                    for q in &queries {
                        black_box(String::from(black_box(q.as_str())));
                    }
                })
            });
        }
        group.finish();

        // The same lookups without building the enum (no `Unknown(String)` allocation), to
        // compare the search alone.
        let mut group = c.benchmark_group(format!("index/{}/{mix}", size.label));
        group.sampling_mode(SamplingMode::Flat);
        group.throughput(Throughput::Elements(QUERIES as u64));
        group.bench_function("tencent-errors", |b| {
            b.iter(|| {
                for q in &queries {
                    black_box(lookup(&table, black_box(q)));
                }
            })
        });
        group.bench_function("phf", |b| {
            b.iter(|| {
                for q in &queries {
                    black_box(size.phf_index.get(black_box(q.as_str())).copied());
                }
            })
        });
        group.bench_function("match", |b| {
            b.iter(|| {
                for q in &queries {
                    black_box((size.index_by_match)(black_box(q)));
                }
            })
        });
        group.bench_function("HashMap", |b| {
            b.iter(|| {
                for q in &queries {
                    black_box(hash_index.get(black_box(q.as_str())).copied());
                }
            })
        });
        group.finish();
    }
}

/// What the maps fall back to; `from_code` of an unlisted code is exactly `Unknown(code)`.
#[inline(always)]
fn unknown_variant<E: ServiceError>(code: &str) -> E {
    E::from_code(code)
}

fn from_code(c: &mut Criterion) {
    let unknown = unknown_codes();
    let (large, small) = sizes();
    from_code_for(c, &small, &unknown);
    from_code_for(c, &large, &unknown);
}

fn accessors_for<E: ServiceError + Clone>(c: &mut Criterion, size: &Size<E>) {
    let mut draw = Draw(7);
    let values: Vec<E> = (0..QUERIES)
        .map(|_| size.all[draw.below(size.all.len())].clone())
        .collect();
    let mut group = c.benchmark_group(format!("accessors/{}", size.label));
    group.sampling_mode(SamplingMode::Flat);
    group.throughput(Throughput::Elements(QUERIES as u64));
    group.bench_function(BenchmarkId::new("code", "random"), |b| {
        b.iter(|| {
            for v in &values {
                black_box(black_box(v).code());
            }
        })
    });
    group.bench_function(BenchmarkId::new("description", "random"), |b| {
        b.iter(|| {
            for v in &values {
                black_box(ServiceError::description(black_box(v)));
            }
        })
    });
    group.bench_function(BenchmarkId::new("category", "random"), |b| {
        b.iter(|| {
            for v in &values {
                black_box(black_box(v).category());
            }
        })
    });
    group.finish();
}

fn accessors(c: &mut Criterion) {
    let (large, small) = sizes();
    // Through the inherent methods (what users call), not the trait.
    accessors_inherent(c);
    accessors_for(c, &small);
    accessors_for(c, &large);
}

/// The inherent methods on single values: the first, a middle and the last variant, and an
/// unlisted code, so that a search (cost growing with the position) would show.
fn accessors_inherent(c: &mut Criterion) {
    let all = vpc::VpcError::ALL;
    let picks = [
        ("first", all[0].clone()),
        ("middle", all[all.len() / 2].clone()),
        ("last", all[all.len() - 1].clone()),
        ("unknown", vpc::VpcError::from_code("Brand.New.Code")),
    ];
    let mut group = c.benchmark_group(format!("accessors/{}-position", all.len()));
    for (label, value) in &picks {
        group.bench_with_input(BenchmarkId::new("code", label), value, |b, v| {
            b.iter(|| black_box(v).code().len())
        });
        group.bench_with_input(BenchmarkId::new("description", label), value, |b, v| {
            b.iter(|| black_box(v).description())
        });
        group.bench_with_input(BenchmarkId::new("category", label), value, |b, v| {
            b.iter(|| black_box(v).category())
        });
    }
    group.finish();
}

/// `from_code` of a per-action enum (the service lookup, then a `match` to the action's variant)
/// against the service enum's, on the same queries: the action's 54 codes ("listed"), all 555
/// vpc codes (mostly `Other` for the action), and a 90/10 mix of vpc codes and unknown ones.
fn per_action(c: &mut Criterion) {
    use vpc::vpc_actions::CreateNatGatewayError;
    let unknown = unknown_codes();
    let listed: Vec<&str> = CreateNatGatewayError::ALL
        .iter()
        .map(|e| e.code())
        .collect();
    let service: Vec<&str> = vpc::VpcError::ALL.iter().map(|e| e.code()).collect();
    for (label, known, percent) in [
        ("listed", &listed, 100),
        ("service", &service, 100),
        ("mix90", &service, 90),
    ] {
        let queries = queries(known, &unknown, percent, 0x5eed);
        for q in &queries {
            let action = CreateNatGatewayError::from_code(q);
            assert_eq!(action.code(), q.as_str());
            assert_eq!(action.is_known(), listed.contains(&q.as_str()));
        }
        let mut group = c.benchmark_group(format!("per_action/{label}"));
        group.throughput(Throughput::Elements(QUERIES as u64));
        group.sampling_mode(SamplingMode::Flat);
        group.bench_function("VpcError", |b| {
            b.iter(|| {
                for q in &queries {
                    black_box(vpc::VpcError::from_code(black_box(q)));
                }
            })
        });
        group.bench_function("CreateNatGatewayError", |b| {
            b.iter(|| {
                for q in &queries {
                    black_box(CreateNatGatewayError::from_code(black_box(q)));
                }
            })
        });
        group.finish();
    }
}

/// Many short samples (about a millisecond each): on a busy machine a preempted sample is an
/// outlier that the median ignores, instead of a slowdown spread over every long sample.
fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_millis(800))
        .sample_size(400)
}

criterion_group! {
    name = benches;
    config = config();
    targets = from_code, accessors, per_action
}
criterion_main!(benches);
