#!/usr/bin/env bash
# What the service crates (`services/`) cost and save, side by side in one run. See
# docs/benchmarks.md ("Service crates").
#
#   benches/services.sh rebuild   # a user crate naming cvm's and vpc's per-action enums through
#                                 # the service crates, rebuilt after `touch`, against the same
#                                 # crate expanding both without actions and with `actions = *`
#   benches/services.sh clean     # clean build of a user crate depending on tencent-errors-cvm
#                                 # against one expanding tencent_errors!("cvm") itself
#   benches/services.sh cloud     # a crate depending on every service crate, clean debug
#                                 # build, against benches/compile-cloud.sh's single crate
#   benches/services.sh doc       # cargo doc of the largest service crate (csip)
#   benches/services.sh parts     # the smallest service crate's build, part by part
#   benches/services.sh all       # each of them, one after the other
#
# RUNS (default 3) repeats the rebuild and clean measurements, taking turns; times are medians
# of wall time and of CPU time (user + sys). Peak memory is the largest process's (rustc).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benches/scratch-crate.sh"
runs=${RUNS:-3}
work=${WORK:-${CARGO_TARGET_DIR:-$root/target}/services-bench}
mkdir -p "$work"
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
timed() { # label, command...: appends wall and CPU seconds to $work/{wall,cpu}-label
    local label=$1
    shift
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@"
    awk '{ print $1 }' "$work/time" >> "$work/wall-$label"
    awk '{ print $2 + $3 }' "$work/time" >> "$work/cpu-$label"
    awk '{ printf "%.2f\n", $4 / 1048576 }' "$work/time" >> "$work/rss-$label"
}
reset() { for label in "$@"; do : > "$work/wall-$label"; : > "$work/cpu-$label"; : > "$work/rss-$label"; done; }
row() { # label, baseline label, description
    local w c bw bc
    w=$(median < "$work/wall-$1")
    c=$(median < "$work/cpu-$1")
    bw=$(median < "$work/wall-$2")
    bc=$(median < "$work/cpu-$2")
    printf '| %s | %.2f s | %.2f s | %sx | %sx | %s GiB |\n' "$3" "$w" "$c" "$(ratio "$w" "$bw")" \
        "$(ratio "$c" "$bc")" "$(sort -n "$work/rss-$1" | tail -1)"
}
header() {
    echo "| crate | wall | CPU | wall ratio | CPU ratio | peak memory |"
    echo "|---|---:|---:|---:|---:|---:|"
}

# Three user crates with the same functions, their error types from three places.
user_crates() {
    local dir=$1
    scratch_crate "$dir/plain" "services-bench-plain" "$root/Cargo.lock" \
        "tencent-errors = { path = \"$root\" }"
    cat > "$dir/plain/src/lib.rs" <<'RS'
tencent_errors::tencent_errors!("cvm");
tencent_errors::tencent_errors!("vpc");
pub fn run_instances(code: &str) -> CvmError { CvmError::from_code(code) }
pub fn create_vpc(code: &str) -> VpcError { VpcError::from_code(code) }
RS
    scratch_crate "$dir/actions" "services-bench-actions" "$root/Cargo.lock" \
        "tencent-errors = { path = \"$root\" }"
    cat > "$dir/actions/src/lib.rs" <<'RS'
pub mod cvm { tencent_errors::tencent_errors!("cvm", actions = *); }
pub mod vpc { tencent_errors::tencent_errors!("vpc", actions = *); }
pub fn run_instances(code: &str) -> cvm::cvm_actions::RunInstancesError {
    cvm::cvm_actions::RunInstancesError::from_code(code)
}
pub fn create_vpc(code: &str) -> vpc::vpc_actions::CreateVpcError {
    vpc::vpc_actions::CreateVpcError::from_code(code)
}
RS
    scratch_crate "$dir/crates" "services-bench-crates" "$root/Cargo.lock" \
        "tencent-errors = { path = \"$root\" }
tencent-errors-cvm = { path = \"$root/services/cvm\" }
tencent-errors-vpc = { path = \"$root/services/vpc\" }"
    cat > "$dir/crates/src/lib.rs" <<'RS'
pub fn run_instances(code: &str) -> tencent_errors_cvm::actions::RunInstancesError {
    tencent_errors_cvm::actions::RunInstancesError::from_code(code)
}
pub fn create_vpc(code: &str) -> tencent_errors_vpc::actions::CreateVpcError {
    tencent_errors_vpc::actions::CreateVpcError::from_code(code)
}
RS
}

rebuild() {
    local dir=$work/rebuild
    export CARGO_TARGET_DIR=$dir/target
    user_crates "$dir"
    local kinds=(plain crates actions)
    for kind in "${kinds[@]}"; do
        cargo build --quiet --offline --manifest-path "$dir/$kind/Cargo.toml"
    done
    reset "${kinds[@]/#/rebuild-}"
    for _ in $(seq "$runs"); do
        for kind in "${kinds[@]}"; do
            touch "$dir/$kind/src/lib.rs"
            timed "rebuild-$kind" cargo build --quiet --offline --manifest-path "$dir/$kind/Cargo.toml"
        done
    done
    echo "Rebuild after \`touch\` (RUNS=$runs):"
    echo
    header
    row rebuild-plain rebuild-plain "cvm + vpc without actions, in the crate"
    row rebuild-crates rebuild-plain "per-action enums through tencent-errors-cvm and -vpc"
    row rebuild-actions rebuild-plain "cvm + vpc with \`actions = *\`, in the crate"
    echo
}

clean() {
    local dir=$work/clean
    user_crates "$dir"
    scratch_crate "$dir/cvm-macro" "services-bench-cvm-macro" "$root/Cargo.lock" \
        "tencent-errors = { path = \"$root\" }"
    echo 'tencent_errors::tencent_errors!("cvm");' > "$dir/cvm-macro/src/lib.rs"
    scratch_crate "$dir/cvm-crate" "services-bench-cvm-crate" "$root/Cargo.lock" \
        "tencent-errors = { path = \"$root\" }
tencent-errors-cvm = { path = \"$root/services/cvm\" }"
    echo 'pub use tencent_errors_cvm::actions::RunInstancesError;' > "$dir/cvm-crate/src/lib.rs"
    local kinds=(cvm-macro cvm-crate)
    for kind in "${kinds[@]}"; do
        CARGO_TARGET_DIR=$dir/target-$kind cargo fetch --quiet --manifest-path "$dir/$kind/Cargo.toml"
    done
    reset "${kinds[@]/#/clean-}"
    for _ in $(seq "$runs"); do
        for kind in "${kinds[@]}"; do
            rm -rf "$dir/target-$kind"
            CARGO_TARGET_DIR=$dir/target-$kind timed "clean-$kind" \
                cargo build --quiet --offline --manifest-path "$dir/$kind/Cargo.toml"
        done
    done
    echo "Clean debug build of a user crate, every dependency included (RUNS=$runs):"
    echo
    header
    row clean-cvm-macro clean-cvm-macro "\`tencent_errors!(\"cvm\")\` in the crate"
    row clean-cvm-crate clean-cvm-macro "depends on tencent-errors-cvm (every cvm action)"
    echo
}

cloud() {
    local dir=$work/cloud
    export CARGO_TARGET_DIR=$dir/target
    local dependencies="tencent-errors = { path = \"$root\" }"
    local service
    for service in $(ls "$root/services"); do
        dependencies="$dependencies
tencent-errors-${service//_/-} = { path = \"$root/services/$service\" }"
    done
    scratch_crate "$dir/crate" "services-bench-cloud" "$root/Cargo.lock" "$dependencies"
    echo '// Every service crate, linked.' > "$dir/crate/src/lib.rs"
    # tencent-errors and its dependencies first: what is measured is the service crates.
    scratch_crate "$dir/deps" "services-bench-cloud-deps" "$root/Cargo.lock" \
        "tencent-errors = { path = \"$root\" }"
    : > "$dir/deps/src/lib.rs"
    cargo build --quiet --offline --manifest-path "$dir/deps/Cargo.toml"
    reset cloud-crates
    timed cloud-crates cargo build --quiet --offline --manifest-path "$dir/crate/Cargo.toml"
    echo "The whole cloud, clean debug build, dependencies built (one run each, side by side):"
    echo
    echo "| build | wall | CPU | peak memory (largest rustc) |"
    echo "|---|---:|---:|---:|"
    printf '| every service crate (%s), from a crate depending on all | %s s | %s s | %s GiB |\n' \
        "$(ls "$root/services" | wc -l)" "$(cat "$work/wall-cloud-crates")" \
        "$(cat "$work/cpu-cloud-crates")" "$(cat "$work/rss-cloud-crates")"
    WORK=$work/compile-cloud CRATES=actions COMMANDS=build "$root/benches/compile-cloud.sh" | tail -n +3
    echo
}

doc() {
    export CARGO_TARGET_DIR=$work/doc-target
    (cd "$root" && cargo build --quiet --offline -p tencent-errors)
    reset doc-csip
    (cd "$root" && timed doc-csip cargo doc --quiet --offline --no-deps -p tencent-errors-csip)
    printf '| `cargo doc -p tencent-errors-csip` | %s s wall | %s s CPU | %s GiB | %s of HTML |\n' \
        "$(cat "$work/wall-doc-csip")" "$(cat "$work/cpu-doc-csip")" "$(cat "$work/rss-doc-csip")" \
        "$(du -sh "$CARGO_TARGET_DIR/doc/tencent_errors_csip" | cut -f1)"
    echo
}

parts() {
    export CARGO_TARGET_DIR=$work/parts-target
    local smallest
    smallest=$(cd "$root/services" && du -sb -- */data | sort -n | head -1 | cut -f2 | cut -d/ -f1)
    (cd "$root" && cargo build --quiet --offline -p "tencent-errors-${smallest//_/-}")
    touch "$root/services/$smallest/src/lib.rs"
    echo "The smallest service crate, $smallest, rebuilt (rustc -Z time-passes, top passes):"
    echo
    (cd "$root" && RUSTC_BOOTSTRAP=1 cargo rustc --quiet --offline -p "tencent-errors-${smallest//_/-}" \
        -- -Z time-passes 2>&1) | awk '$1 == "time:" { print }' | sort -k2 -n -r | head -12
    echo
}

what=${1:-all}
case "$what" in
    rebuild) rebuild ;;
    clean) clean ;;
    cloud) cloud ;;
    doc) doc ;;
    parts) parts ;;
    all) rebuild; clean; doc; parts; cloud ;;
    *) echo "usage: $0 rebuild|clean|cloud|doc|parts|all" >&2; exit 2 ;;
esac
