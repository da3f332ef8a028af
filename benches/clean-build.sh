#!/usr/bin/env bash
# Clean debug builds of a user crate that expands one bundled service, against an earlier
# commit and against variants of this tree, all in one run (runs taking turns; medians).
#
#   benches/clean-build.sh                  # BASE=2c3d175 (25 bundled pages), RUNS=3
#   BASE=<commit> RUNS=5 benches/clean-build.sh
#
# Crates (each `cargo build` from an empty target directory, dependencies included):
#   base        `tencent_errors!("cvm")` against BASE, checked out in a git worktree
#   cvm         `tencent_errors!("cvm")` against this tree
#   cvm-zh      the same against a copy of this tree without the English pages (codegen's
#               build script lists what `codegen/data/` holds): what the second language costs
#   mps         `tencent_errors!("mps")` (57 retired codes) against this tree
#   mps-current `tencent_errors!("mps", retired = false)`: what the history costs
#
# Scratch files go to $WORK (default: target/clean-build-bench).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benches/scratch-crate.sh"
base=${BASE:-2c3d175}
runs=${RUNS:-3}
work=${WORK:-$root/target/clean-build-bench}
rm -rf "$work"
mkdir -p "$work"

git -C "$root" worktree add -q --detach "$work/base-tree" "$base"
trap 'git -C "$root" worktree remove --force "$work/base-tree"' EXIT

# This tree without English pages: copy the tracked files and remove them; codegen's build
# script lists the services from what `codegen/data/` holds.
mkdir -p "$work/zh-tree"
git -C "$root" ls-files -z | (cd "$root" && xargs -0 cp --parents -t "$work/zh-tree")
rm -rf "$work/zh-tree/codegen/data/en"

crate() { # name, tree, invocation
    scratch_crate "$work/$1" "clean-build-$1" "$2/Cargo.lock" "tencent-errors = { path = \"$2\" }"
    cat > "$work/$1/src/main.rs" <<RUST
$3

fn main() {
    let code = std::env::args().nth(1).unwrap_or_default();
    let error = Error::from_code(&code);
    println!("{error} {:?} {} {}", error, error.category(), error.retry_class());
}
RUST
}
crate base "$work/base-tree" 'tencent_errors::tencent_errors!("cvm", name = Error);'
crate cvm "$root" 'tencent_errors::tencent_errors!("cvm", name = Error);'
crate cvm-zh "$work/zh-tree" 'tencent_errors::tencent_errors!("cvm", name = Error);'
crate mps "$root" 'tencent_errors::tencent_errors!("mps", name = Error);'
crate mps-current "$root" 'tencent_errors::tencent_errors!("mps", name = Error, retired = false);'
crates=(base cvm cvm-zh mps mps-current)

for krate in "${crates[@]}"; do # fetch once, so that the timed builds are offline
    cargo fetch -q --manifest-path "$work/$krate/Cargo.toml"
done
echo "machine: $(nproc) cores; $(rustc --version); base $(git -C "$root" rev-parse --short "$base"), this tree $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet || echo '+changes')"
for _ in $(seq "$runs"); do
    for krate in "${crates[@]}"; do
        rm -rf "$work/$krate/target"
        /usr/bin/time -f "%e %U %S" -o "$work/time" \
            cargo build -q --offline --manifest-path "$work/$krate/Cargo.toml"
        read -r wall user sys < "$work/time"
        echo "$wall $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" >> "$work/times-$krate"
        size=$(stat -c %s "$work/$krate/target/debug/clean-build-$krate")
        echo "$size" > "$work/size-$krate"
    done
done

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf '\n| crate | wall (median s) | CPU (median s) | debug binary (bytes) |\n|---|---:|---:|---:|\n'
for krate in "${crates[@]}"; do
    wall=$(cut -d' ' -f1 < "$work/times-$krate" | median)
    cpu=$(cut -d' ' -f2 < "$work/times-$krate" | median)
    eval "wall_${krate//-/_}=$wall cpu_${krate//-/_}=$cpu"
    printf '| %s | %.2f | %.2f | %s |\n' "$krate" "$wall" "$cpu" "$(cat "$work/size-$krate")"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3fx", a / b }'; }
printf '\n| comparison | wall | CPU |\n|---|---:|---:|\n'
printf '| cvm, this tree / base | %s | %s |\n' "$(ratio "$wall_cvm" "$wall_base")" "$(ratio "$cpu_cvm" "$cpu_base")"
printf '| cvm, both languages / Chinese only | %s | %s |\n' "$(ratio "$wall_cvm" "$wall_cvm_zh")" "$(ratio "$cpu_cvm" "$cpu_cvm_zh")"
printf '| mps, with retired codes / without | %s | %s |\n' "$(ratio "$wall_mps" "$wall_mps_current")" "$(ratio "$cpu_mps" "$cpu_mps_current")"
