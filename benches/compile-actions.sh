#!/usr/bin/env bash
# Build cost of per-action enums: a scratch crate expanding cvm and vpc with `actions = *`
# (106 + 448 actions) against the same crate without actions. Dependencies are built once;
# then each crate alone is rebuilt RUNS times in debug (taking turns) and the medians and
# their ratio are printed. See docs/benchmarks.md ("Per-action enums").
#
#   RUNS=5 benches/compile-actions.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}
work=${WORK:-${CARGO_TARGET_DIR:-$root/target}/compile-actions}
export CARGO_TARGET_DIR="$work/target"
for krate in plain actions; do
    mkdir -p "$work/$krate/src"
    cat > "$work/$krate/Cargo.toml" <<TOML
[package]
name = "compile-actions-$krate"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
tencent-errors = { path = "$root" }

[workspace]
TOML
    cp "$root/Cargo.lock" "$work/$krate/Cargo.lock"
done
cat > "$work/plain/src/lib.rs" <<'RS'
pub mod cvm { tencent_errors::tencent_errors!("cvm"); }
pub mod vpc { tencent_errors::tencent_errors!("vpc"); }
RS
cat > "$work/actions/src/lib.rs" <<'RS'
pub mod cvm { tencent_errors::tencent_errors!("cvm", actions = *); }
pub mod vpc { tencent_errors::tencent_errors!("vpc", actions = *); }
RS
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for krate in plain actions; do
    cargo build --quiet --offline --manifest-path "$work/$krate/Cargo.toml"
    : > "$work/times-$krate"
done
for _ in $(seq "$runs"); do
    for krate in plain actions; do
        touch "$work/$krate/src/lib.rs"
        start=$(date +%s.%N)
        cargo build --quiet --offline --manifest-path "$work/$krate/Cargo.toml"
        end=$(date +%s.%N)
        awk -v a="$start" -v b="$end" 'BEGIN { print b - a }' >> "$work/times-$krate"
    done
done
plain=$(median < "$work/times-plain")
actions=$(median < "$work/times-actions")
printf '| debug | %.2f s | %.2f s | %.2fx |\n' "$plain" "$actions" "$(awk -v a="$actions" -v b="$plain" 'BEGIN { print a / b }')"
if [ -n "${TIMINGS:-}" ]; then
    touch "$work/actions/src/lib.rs"
    RUSTFLAGS="-Z time-passes" cargo +nightly build --offline --manifest-path "$work/actions/Cargo.toml" 2>&1 | sort -k2 -n | tail -15 || true
fi
