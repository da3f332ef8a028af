//! The time the macro spends on the vpc page (530 codes),
//! measured through the codegen library that the proc-macro calls: parsing the page, building
//! the model, generating the tokens (perfect-hash search included), and the whole `expand_in`
//! path the proc-macro runs, including rendering the tokens to text.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use tencent_errors_codegen::{build_model, bundled_page, expand_in, generate, parse_page, Target};

fn expand(c: &mut Criterion) {
    let page = bundled_page("vpc").expect("bundled");
    let model = build_model(page, &[]).expect("valid");
    let codes: Vec<&str> = model.codes.iter().map(|c| c.code.as_str()).collect();
    let target = Target::new("vpc", "the bundled page `vpc.md`");
    let input: proc_macro2::TokenStream = "\"vpc\"".parse().expect("tokens");

    let mut group = c.benchmark_group("expand/vpc");
    group.bench_function("parse_page", |b| b.iter(|| parse_page(black_box(page))));
    group.bench_function("build_model (parse + model)", |b| {
        b.iter(|| build_model(black_box(page), &[]))
    });
    group.bench_function("lookup::build", |b| {
        b.iter(|| tencent_errors_codegen::__internals::build_lookup_table(black_box(&codes)))
    });
    group.bench_function("generate", |b| {
        b.iter(|| generate(black_box(&target), black_box(&model)))
    });
    group.bench_function("build_model + generate", |b| {
        b.iter(|| {
            generate(
                black_box(&target),
                &build_model(black_box(page), &[]).expect("valid"),
            )
        })
    });
    group.bench_function("expand_in", |b| {
        b.iter(|| expand_in(black_box(input.clone()), None))
    });
    group.bench_function("expand_in + to_string", |b| {
        b.iter(|| expand_in(black_box(input.clone()), None).to_string())
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .sample_size(30);
    targets = expand
}
criterion_main!(benches);
