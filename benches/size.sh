#!/usr/bin/env bash
# Binary size that generated enums add, per 100 codes.
#
# Builds small release binaries (stripped) that decode a code from the command line with the
# enums of: no page, the es page, the vpc page, and all bundled pages; each calls `from_code`,
# `Display`, `Debug`, `category`, `retry_class`, `clone` and `==` so nothing is left out. Each
# set is built with default features, without the `descriptions` feature, and with default
# features plus fat LTO (one codegen unit), which merges the strings pages share.
#
#   benches/size.sh
#
# Scratch files go to $WORK (default: $CARGO_TARGET_DIR/size-bench, else target/size-bench).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-${CARGO_TARGET_DIR:-$root/target}/size-bench}
export CARGO_TARGET_DIR="$work/target"
mkdir -p "$work/generator"

cat > "$work/generator/Cargo.toml" <<TOML
[package]
name = "compile-bench-generator"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
tencent-errors-codegen = { path = "$root/codegen" }
proc-macro2 = "1"
syn = { version = "2", features = ["full"] }
prettyplease = "0.2"

[[bin]]
name = "generate"
path = "$root/benches/compile/generate.rs"

[workspace]
TOML
cp "$root/Cargo.lock" "$work/generator/Cargo.lock"
count() { cargo run -q --release --manifest-path "$work/generator/Cargo.toml" -- --count "$@"; }

all_pages=$(sed -n '/^bundled_pages!(/,/^);/p' "$root/codegen/src/bundled.rs" | grep -o '"[a-z_0-9]*"' | tr -d '"' | tr '\n' ' ')

binary() { # name, pages...
    local name=$1; shift
    mkdir -p "$work/$name/src"
    cat > "$work/$name/Cargo.toml" <<TOML
[package]
name = "size-$name"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
tencent-errors = { path = "$root", default-features = false, features = ["serde"] }

[features]
descriptions = ["tencent-errors/descriptions"]

[profile.release]
strip = true

[profile.release-lto]
inherits = "release"
lto = "fat"
codegen-units = 1

[workspace]
TOML
    cp "$root/Cargo.lock" "$work/$name/Cargo.lock"
    {
        echo "#![allow(dead_code)]"
        echo "use tencent_errors::ServiceError;"
        for page in "$@"; do echo "mod m_$page { tencent_errors::tencent_errors!(\"$page\"); }"; done
        echo 'fn show<E: ServiceError + std::fmt::Debug>(code: &str) {'
        echo '    let e = E::from_code(code);'
        echo '    println!("{e} {e:?} {:?} {:?} {}", e.category(), e.retry_class(), e.clone() == e);'
        echo '}'
        echo 'fn main() {'
        echo '    let code = std::env::args().nth(1).unwrap_or_default();'
        echo '    println!("{:?} {:?}", tencent_errors::Category::of(&code), tencent_errors::RetryClass::of(&code));'
        for page in "$@"; do
            local enum
            enum=$(echo "$page" | awk -F_ '{ for (i = 1; i <= NF; i++) printf "%s", toupper(substr($i, 1, 1)) substr($i, 2) } END { print "Error" }')
            echo "    show::<m_$page::$enum>(&code);"
        done
        echo '}'
    } > "$work/$name/src/main.rs"
}

binary none
binary es es
binary vpc vpc
# shellcheck disable=SC2086
binary all $all_pages

build() { # name, profile, features -> size in bytes
    cargo build --quiet --manifest-path "$work/$1/Cargo.toml" --profile "$2" --features "$3"
    local dir=$2
    [ "$dir" = dev ] && dir=debug
    stat -c %s "$CARGO_TARGET_DIR/$dir/size-$1"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); $(rustc --version)"
printf '\n| build | pages | codes | binary (bytes) | added | added per 100 codes |\n|---|---|---:|---:|---:|---:|\n'
for config in "release descriptions" "release " "release-lto descriptions"; do
    read -r profile features <<< "$config"
    label="$profile, ${features:-no descriptions}"
    base=$(build none "$profile" "$features")
    printf '| %s | none | 0 | %d | | |\n' "$label" "$base"
    for name in es vpc all; do
        case $name in all) pages=$all_pages ;; *) pages=$name ;; esac
        # shellcheck disable=SC2086
        codes=$(count $pages)
        size=$(build "$name" "$profile" "$features")
        printf '| %s | %s | %d | %d | %d | %d |\n' "$label" "$name" "$codes" "$size" $((size - base)) $(((size - base) * 100 / codes))
    done
done
