#!/usr/bin/env bash
# Build cost of per-action enums: a scratch crate expanding cvm and vpc with `actions = *`
# (106 + 448 actions) against the same crate without actions. Dependencies are built once;
# then each crate alone is rebuilt RUNS times in debug (taking turns) and the medians of wall
# time and of CPU time (user + sys, steadier on a shared machine) and their ratios are printed.
# With BASE=<dir> (another checkout, e.g. `git archive <commit> | tar -x -C <dir>`), the same
# two crates against it are built in the same turns. A third crate, `actions = *, retired =
# false`, is the same expansion without the history (no retired actions, codes an action no
# longer lists, or retired service codes): the cost of keeping history. See docs/benchmarks.md
# ("Per-action enums").
#
#   RUNS=5 benches/compile-actions.sh
#   BASE=/tmp/before RUNS=3 benches/compile-actions.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benches/scratch-crate.sh"
runs=${RUNS:-3}
work=${WORK:-${CARGO_TARGET_DIR:-$root/target}/compile-actions}
export CARGO_TARGET_DIR="$work/target"
trees=("this:$root")
if [ -n "${BASE:-}" ]; then
    trees+=("base:$(cd "$BASE" && pwd)")
fi
crates=()
for entry in "${trees[@]}"; do
    tree_name=${entry%%:*}
    tree=${entry#*:}
    for kind in plain actions current; do
        krate="$tree_name-$kind"
        crates+=("$krate")
        scratch_crate "$work/$krate" "compile-actions-$krate" "$tree/Cargo.lock" \
            "tencent-errors = { path = \"$tree\" }"
        case "$kind" in
            plain) options="" ;;
            actions) options=", actions = *" ;;
            current) options=", actions = *, retired = false" ;;
        esac
        cat > "$work/$krate/src/lib.rs" <<RS
pub mod cvm { tencent_errors::tencent_errors!("cvm"$options); }
pub mod vpc { tencent_errors::tencent_errors!("vpc"$options); }
RS
    done
done
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for krate in "${crates[@]}"; do
    cargo build --quiet --offline --manifest-path "$work/$krate/Cargo.toml"
    : > "$work/wall-$krate"
    : > "$work/cpu-$krate"
done
for _ in $(seq "$runs"); do
    for krate in "${crates[@]}"; do
        touch "$work/$krate/src/lib.rs"
        /usr/bin/time -f '%e %U %S' -o "$work/time" \
            cargo build --quiet --offline --manifest-path "$work/$krate/Cargo.toml"
        awk '{ print $1 }' "$work/time" >> "$work/wall-$krate"
        awk '{ print $2 + $3 }' "$work/time" >> "$work/cpu-$krate"
    done
done
echo "| tree | without actions (wall / CPU) | with \`actions = *\` (wall / CPU) | ratio (wall / CPU) | \`actions = *, retired = false\` (wall / CPU) | history's cost (CPU) |"
echo "|---|---:|---:|---:|---:|---:|"
for entry in "${trees[@]}"; do
    tree_name=${entry%%:*}
    pw=$(median < "$work/wall-$tree_name-plain")
    pc=$(median < "$work/cpu-$tree_name-plain")
    aw=$(median < "$work/wall-$tree_name-actions")
    ac=$(median < "$work/cpu-$tree_name-actions")
    cw=$(median < "$work/wall-$tree_name-current")
    cc=$(median < "$work/cpu-$tree_name-current")
    printf '| %s | %.2f s / %.2f s | %.2f s / %.2f s | %.2fx / %.2fx | %.2f s / %.2f s | %+.1f%% |\n' \
        "$tree_name" "$pw" "$pc" "$aw" "$ac" \
        "$(awk -v a="$aw" -v b="$pw" 'BEGIN { print a / b }')" \
        "$(awk -v a="$ac" -v b="$pc" 'BEGIN { print a / b }')" "$cw" "$cc" \
        "$(awk -v a="$ac" -v b="$cc" 'BEGIN { print (a / b - 1) * 100 }')"
done
