#!/usr/bin/env bash
# Binary size that generated enums add, per 100 codes: with both languages, with Chinese only,
# without the `descriptions` feature, and without retired codes (`retired = false`).
#
# Builds small stripped release binaries that decode a code from the command line with the
# enums of: no service, es, vpc, and the 25 services bundled before every service was; each
# calls `from_code`, `Display`, `Debug`, `category`, `retry_class`, `clone` and `==`, so nothing
# is left out, and prints the number of codes with `--count`. "Chinese only" builds against a
# copy of this tree without the English pages (codegen's build script lists what `codegen/data/` holds).
#
#   benches/size.sh
#
# Scratch files go to $WORK (default: target/size-bench).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benches/scratch-crate.sh"
work=${WORK:-$root/target/size-bench}
export CARGO_TARGET_DIR="$work/target"
mkdir -p "$work"

rm -rf "$work/zh-tree"
mkdir -p "$work/zh-tree"
git -C "$root" ls-files -z | (cd "$root" && xargs -0 cp --parents -t "$work/zh-tree")
rm -rf "$work/zh-tree/codegen/data/en"

earlier="as cam cbs cdb ckafka clb cls cvm dc dnspod es gaap lighthouse mongodb monitor mps postgres redis scf ssl sts tat tcr tke vpc"

binary() { # name, tree, options, services...
    local name=$1 tree=$2 options=$3
    shift 3
    scratch_crate "$work/$name" "size-$name" "$root/Cargo.lock" \
        "tencent-errors = { path = \"$tree\", default-features = false, features = [\"serde\"] }" \
        '
[features]
descriptions = ["tencent-errors/descriptions"]

[profile.release]
strip = true
'
    {
        echo "#![allow(dead_code, deprecated)]"
        echo "use tencent_errors::ServiceError;"
        for service in "$@"; do
            echo "mod m_$service { tencent_errors::tencent_errors!(\"$service\", name = Error$options); }"
        done
        echo 'fn show<E: ServiceError + std::fmt::Debug>(code: &str) {'
        echo '    let e = E::from_code(code);'
        echo '    println!("{e} {e:?} {:?} {:?} {}", e.category(), e.retry_class(), e.clone() == e);'
        echo '}'
        echo 'fn main() {'
        echo '    let code = std::env::args().nth(1).unwrap_or_default();'
        echo '    #[allow(unused_mut)]'
        echo '    let mut count = 0;'
        for service in "$@"; do
            echo "    count += m_$service::Error::ALL.len();"
            echo "    show::<m_$service::Error>(&code);"
        done
        echo '    if code == "--count" { println!("{count}"); }'
        echo '}'
    } > "$work/$name/src/main.rs"
}

build() { # name, features -> "size codes"
    cargo build --quiet --release --manifest-path "$work/$1/Cargo.toml" --features "$2"
    local exe="$CARGO_TARGET_DIR/release/size-$1"
    echo "$(stat -c %s "$exe") $("$exe" --count | tail -n 1)"
}

echo "machine: $(nproc) cores; $(rustc --version); this tree $(git -C "$root" rev-parse --short HEAD)"
printf '\n| build | services | codes | binary (bytes) | added | added per 100 codes |\n|---|---|---:|---:|---:|---:|\n'
for config in "both:$root::descriptions" "zh:$work/zh-tree::descriptions" "off:$root::" "current:$root:, retired = false:descriptions"; do
    IFS=: read -r label tree options features <<< "$config"
    case $label in
        both) text="both languages" ;; zh) text="Chinese only" ;;
        off) text="no descriptions" ;; current) text="both languages, retired = false" ;;
    esac
    binary "$label-none" "$tree" "$options"
    read -r base _ < <(build "$label-none" "$features")
    printf '| %s | none | 0 | %d | | |\n' "$text" "$base"
    for set in es vpc earlier; do
        case $set in earlier) services=$earlier ;; *) services=$set ;; esac
        # shellcheck disable=SC2086
        binary "$label-$set" "$tree" "$options" $services
        read -r size codes < <(build "$label-$set" "$features")
        name=$set; [ "$set" = earlier ] && name="the 25 earlier"
        printf '| %s | %s | %d | %d | %d | %d |\n' "$text" "$name" "$codes" "$size" $((size - base)) $(((size - base) * 100 / codes))
    done
done
