# The scratch crates the build-cost scripts compile, in one place: sourced by
# `clean-build.sh`, `compile.sh`, `compile-actions.sh`, `compile-cloud.sh`, `size.sh` and
# `action-floors.sh`.

# scratch_crate DIR NAME LOCK DEPENDENCIES [MORE_TOML]
#
# Writes DIR/Cargo.toml for a crate of its own workspace (so that the repository's workspace
# does not claim it): package NAME, the DEPENDENCIES lines under `[dependencies]`, MORE_TOML
# (features, profiles, targets) after them, and copies LOCK (a tree's `Cargo.lock`) beside
# it, so that the scratch crate builds offline with the versions that tree was tested with.
# Creates DIR/src; the caller writes the sources.
scratch_crate() {
    local dir=$1 name=$2 lock=$3 dependencies=$4 more=${5:-}
    mkdir -p "$dir/src"
    cat > "$dir/Cargo.toml" <<TOML
[package]
name = "$name"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
$dependencies
$more
[workspace]
TOML
    cp "$lock" "$dir/Cargo.lock"
}
