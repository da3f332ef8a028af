#!/usr/bin/env bash
# The whole cloud in one crate: every bundled service, with `actions = *` where the service has
# an action page, against the same crate without actions. Dependencies are built first; then
# each crate is built from nothing of its own (its incremental cache and artifacts removed)
# in debug under `/usr/bin/time -v` (wall time, peak memory), then `cargo check`ed the same way.
# See docs/benchmarks.md ("Per-action enums", "The whole cloud").
#
#   benches/compile-cloud.sh                 # this tree
#   TREE=/path/to/other/tree benches/compile-cloud.sh   # another checkout (e.g. a `git archive`)
#   CRATES=actions benches/compile-cloud.sh  # only the crate with actions
#   COMMANDS=build benches/compile-cloud.sh  # only `cargo build` (default: build, then check)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benches/scratch-crate.sh"
tree=${TREE:-$root}
crates=${CRATES:-plain actions}
work=${WORK:-${CARGO_TARGET_DIR:-$root/target}/compile-cloud}
export CARGO_TARGET_DIR="$work/target"
services=$(ls "$tree/codegen/data/zh" "$tree/codegen/data/en" | grep '\.md$' | sed 's/\.md$//' | sort -u)
for krate in $crates; do
    scratch_crate "$work/$krate" "compile-cloud-$krate" "$tree/Cargo.lock" \
        "tencent-errors = { path = \"$tree\" }"
    : > "$work/$krate/src/lib.rs"
    echo '#![allow(deprecated)]' >> "$work/$krate/src/lib.rs"
    for service in $services; do
        if [ "$krate" = actions ] && [ -f "$tree/codegen/data/actions/$service.md" ]; then
            options=", actions = *"
        else
            options=""
        fi
        echo "pub mod s_$service { tencent_errors::tencent_errors!(\"$service\"$options); }" >> "$work/$krate/src/lib.rs"
    done
done
for krate in $crates; do
    # Dependencies only: an empty crate of the same manifest.
    mv "$work/$krate/src/lib.rs" "$work/$krate/src/lib.rs.full"
    : > "$work/$krate/src/lib.rs"
    cargo build --quiet --offline --manifest-path "$work/$krate/Cargo.toml"
    cargo check --quiet --offline --manifest-path "$work/$krate/Cargo.toml"
    mv "$work/$krate/src/lib.rs.full" "$work/$krate/src/lib.rs"
done
measure() { # crate, cargo subcommand
    local name="compile_cloud_$1"
    rm -rf "$CARGO_TARGET_DIR"/debug/incremental/"$name"-* "$CARGO_TARGET_DIR"/debug/deps/lib"$name"-* \
        "$CARGO_TARGET_DIR"/debug/deps/"$name"-* "$CARGO_TARGET_DIR"/debug/.fingerprint/compile-cloud-"$1"-*
    /usr/bin/time -v -o "$work/time-$1-$2" cargo "$2" --quiet --offline --manifest-path "$work/$1/Cargo.toml"
    local wall rss
    wall=$(grep 'Elapsed (wall clock)' "$work/time-$1-$2" | awk '{ print $NF }')
    rss=$(grep 'Maximum resident set size' "$work/time-$1-$2" | awk '{ printf "%.2f", $NF / 1048576 }')
    printf '| %s | %s | %s | %s GiB |\n' "$1" "$2" "$wall" "$rss"
}
echo "| crate | command | wall (m:ss) | peak memory (rustc, largest process) |"
echo "|---|---|---:|---:|"
for krate in $crates; do
    for command in ${COMMANDS:-build check}; do
        measure "$krate" "$command"
    done
done
