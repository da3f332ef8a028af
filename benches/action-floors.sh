#!/usr/bin/env bash
# What each per-action design costs, side by side in one run: cvm and vpc expanded by the CLI
# (`tencent-errors expand <service> [--actions '*']`), cut down or rewritten per action by
# `benches/action_floors.py` (which says what each design is), and compiled as text
# (`include!`) in one scratch crate per design, taking turns. Two measures per crate, medians
# of RUNS: the rebuild after `touch` with cargo's default incremental cache (what
# `benches/compile-actions.sh` measures) and a build without the incremental cache
# (`CARGO_INCREMENTAL=0`, what a fresh checkout or CI pays); CPU time (user + sys) of
# cargo and rustc, and each design's ratio to the crate without actions. The macro's own
# running time is not in these numbers (it is in compile-actions.sh's). See docs/benchmarks.md
# ("Per-action enums").
#
#   RUNS=3 benches/action-floors.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benches/scratch-crate.sh"
runs=${RUNS:-3}
work=${WORK:-${CARGO_TARGET_DIR:-$root/target}/action-floors}
services=(cvm vpc)
mkdir -p "$work/expanded"
cargo build --quiet --offline -p tencent-errors-cli --manifest-path "$root/Cargo.toml"
cli="${CARGO_TARGET_DIR:-$root/target}/debug/tencent-errors"
for service in "${services[@]}"; do
    "$cli" expand "$service" > "$work/expanded/$service.rs"
    "$cli" expand "$service" --actions '*' > "$work/expanded/$service-actions.rs"
done
python3 "$root/benches/action_floors.py" "$work/expanded" "$work/designs" "${services[@]}"
designs=(without-actions definitions +action +from +std +serde today today-empty-bodies marker generic-wrapper)
export CARGO_TARGET_DIR="$work/target"
crate_dir() { echo "$work/crate-$(echo "$1" | tr '+' 'p')"; }
for design in "${designs[@]}"; do
    dir=$(crate_dir "$design")
    scratch_crate "$dir" "action-floors-$(basename "$dir")" "$root/Cargo.lock" \
        "tencent-errors = { path = \"$root\" }"
    {
        echo '#![allow(deprecated, dead_code, missing_docs)]'
        if [ -f "$work/designs/$design/prelude.rs" ]; then
            echo "include!(\"$work/designs/$design/prelude.rs\");"
        fi
        for service in "${services[@]}"; do
            echo "pub mod $service { include!(\"$work/designs/$design/$service.rs\"); }"
        done
    } > "$dir/src/lib.rs"
    # Warm up both ways: the first build after switching CARGO_INCREMENTAL rebuilds more.
    cargo build --quiet --offline --manifest-path "$dir/Cargo.toml"
    touch "$dir/src/lib.rs"
    CARGO_INCREMENTAL=0 cargo build --quiet --offline --manifest-path "$dir/Cargo.toml"
    touch "$dir/src/lib.rs"
    cargo build --quiet --offline --manifest-path "$dir/Cargo.toml"
    : > "$dir/incremental"
    : > "$dir/cold"
done
measure() {
    /usr/bin/time -f '%U %S' -o "$work/time" "$@"
    awk '{ print $1 + $2 }' "$work/time"
}
for _ in $(seq "$runs"); do
    for design in "${designs[@]}"; do
        dir=$(crate_dir "$design")
        touch "$dir/src/lib.rs"
        measure cargo build --quiet --offline --manifest-path "$dir/Cargo.toml" >> "$dir/incremental"
        touch "$dir/src/lib.rs"
        CARGO_INCREMENTAL=0 measure cargo build --quiet --offline --manifest-path "$dir/Cargo.toml" >> "$dir/cold"
        # Leave the incremental cache as the next incremental measure expects it.
        touch "$dir/src/lib.rs"
        cargo build --quiet --offline --manifest-path "$dir/Cargo.toml"
    done
done
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
base=$(crate_dir without-actions)
bi=$(median < "$base/incremental")
bc=$(median < "$base/cold")
echo "| design | source | incremental rebuild (CPU) | ratio | without incremental cache (CPU) | ratio |"
echo "|---|---:|---:|---:|---:|---:|"
for design in "${designs[@]}"; do
    dir=$(crate_dir "$design")
    i=$(median < "$dir/incremental")
    c=$(median < "$dir/cold")
    size=$(cat "$work/designs/$design"/*.rs | wc -c)
    printf '| `%s` | %.1f MB | %.2f s | %.2fx | %.2f s | %.2fx |\n' "$design" \
        "$(awk -v s="$size" 'BEGIN { print s / 1e6 }')" "$i" \
        "$(awk -v a="$i" -v b="$bi" 'BEGIN { print a / b }')" "$c" \
        "$(awk -v a="$c" -v b="$bc" 'BEGIN { print a / b }')"
done
