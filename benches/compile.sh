#!/usr/bin/env bash
# Build cost of `tencent_errors!` against the same code pre-expanded.
#
# Builds three scratch crates that depend on this repository's `tencent-errors` (same runtime,
# same features; benches/compile/generate.rs writes them): `macro` invokes the macro for every
# bundled page COPIES times, `macro-path` does the same with `path = "pages/<service>.md"` (a
# crate's own pages, parsed at every expansion), and `expanded` holds exactly the code the
# bundled invocations expand to. Dependencies are built once; then each crate alone is rebuilt
# RUNS times per profile (debug, release, and debug with the proc-macro optimised), taking
# turns, and the medians and their ratios to `expanded` are printed. See docs/benchmarks.md.
#
#   benches/compile.sh                 # COPIES: enough for 5,000 variants; RUNS=5
#   RUNS=9 COPIES=3 benches/compile.sh
#   PROFILES=dev benches/compile.sh     # one profile only
#
# Scratch files go to $WORK (default: $CARGO_TARGET_DIR/compile-bench, else target/compile-bench).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benches/scratch-crate.sh"
runs=${RUNS:-5}
work=${WORK:-${CARGO_TARGET_DIR:-$root/target}/compile-bench}
export CARGO_TARGET_DIR="$work/target"
mkdir -p "$work/generator" "$work/macro" "$work/macro-path" "$work/expanded"

scratch_crate "$work/generator" compile-bench-generator "$root/Cargo.lock" \
    "tencent-errors-codegen = { path = \"$root/codegen\" }
proc-macro2 = \"1\"
syn = { version = \"2\", features = [\"full\"] }
prettyplease = \"0.2\"" "
[[bin]]
name = \"generate\"
path = \"$root/benches/compile/generate.rs\"
"
for krate in macro macro-path expanded; do
    scratch_crate "$work/$krate" "compile-bench-$krate" "$root/Cargo.lock" \
        "tencent-errors = { path = \"$root\" }"
done

generate() { cargo run -q --release --manifest-path "$work/generator/Cargo.toml" -- "$1" "$work"; }
read -r per_copy pages < <(generate 1)
copies=${COPIES:-$(( (5000 + per_copy - 1) / per_copy ))}
read -r variants pages < <(generate "$copies")

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); $(rustc --version)"
echo "scratch crates: $copies copies of the $pages bundled pages = $variants variants;" \
     "expanded source $(wc -c < "$work/expanded/src/lib.rs") bytes; $runs runs per crate and profile"

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Proc-macros run unoptimised by default (cargo's `build-override` is opt-level 0 in both
# profiles); `dev-optimised-macro` shows what `[profile.dev.build-override] opt-level = 3` in the
# user's workspace changes.
cat >> "$work/macro/Cargo.toml" <<TOML

[profile.dev-optimised-macro]
inherits = "dev"
[profile.dev-optimised-macro.build-override]
opt-level = 3
TOML
for krate in macro-path expanded; do
    sed -n '/^\[profile.dev-optimised-macro\]/,$p' "$work/macro/Cargo.toml" >> "$work/$krate/Cargo.toml"
done

printf '\n| profile | macro (median s) | ratio | macro, `path =` (median s) | ratio | pre-expanded (median s) |\n|---|---:|---:|---:|---:|---:|\n'
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3fx", a / b }'; }
for profile in ${PROFILES:-dev release dev-optimised-macro}; do
    for krate in macro macro-path expanded; do # dependencies, once
        cargo build --quiet --profile "$profile" --manifest-path "$work/$krate/Cargo.toml"
    done
    flags=(--quiet --offline --profile "$profile")
    for krate in macro macro-path expanded; do : > "$work/times-$profile-$krate"; done
    for _ in $(seq "$runs"); do
        for krate in macro macro-path expanded; do
            touch "$work/$krate/src/lib.rs"
            start=$(date +%s.%N)
            cargo build "${flags[@]}" --manifest-path "$work/$krate/Cargo.toml"
            end=$(date +%s.%N)
            awk -v a="$start" -v b="$end" 'BEGIN { print b - a }' >> "$work/times-$profile-$krate"
        done
    done
    with_macro=$(median < "$work/times-$profile-macro")
    with_path=$(median < "$work/times-$profile-macro-path")
    expanded=$(median < "$work/times-$profile-expanded")
    printf '| %s | %.2f | %s | %.2f | %s | %.2f |\n' "$profile" "$with_macro" "$(ratio "$with_macro" "$expanded")" \
        "$with_path" "$(ratio "$with_path" "$expanded")" "$expanded"
done
