#!/usr/bin/env bash
# Everything the generator writes and says, into one directory, so that a change meant to
# change nothing (a refactor) is proved by `diff -r` against the same run on the commit before:
#
#   - every bundled service, bare and with `actions = *` (`expand <service>`);
#   - the seed pages, the test pages that must expand, and the API reference fixtures;
#   - `check` of every bad test page (the diagnostics, file:line and message);
#   - `check --actions-path` of the API reference fixtures, and `sync` of the seeds against
#     the bundled data's pages of the same services.
#
#   benches/expansions.sh OUT_DIR               # this tree's tool (built in release)
#   git worktree add /tmp/before HEAD~1 && (cd /tmp/before && benches/expansions.sh /tmp/a)
#   benches/expansions.sh /tmp/b && diff -r /tmp/a /tmp/b && echo identical
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: $0 OUT_DIR}
mkdir -p "$out/bundled" "$out/actions" "$out/pages" "$out/check"
(cd "$root" && cargo build --quiet --release --locked -p tencent-errors-cli)
tool=${CARGO_TARGET_DIR:-$root/target}/release/tencent-errors
cd "$root"
services=$(ls codegen/data/zh codegen/data/en | grep '\.md$' | sed 's/\.md$//' | sort -u)
services="$services $(cut -f2 codegen/data/history.tsv | tail -n +2 | sort -u)"
for service in $(echo "$services" | tr ' ' '\n' | sort -u); do
    "$tool" expand "$service" > "$out/bundled/$service.rs" 2>&1 || true
    "$tool" expand "$service" --actions '*' > "$out/actions/$service.rs" 2>&1 || true
done
for page in tests/fixtures/seeds/*.md tests/ui/pages/ok/*.md; do
    name=$(echo "$page" | tr / _)
    "$tool" expand "$page" > "$out/pages/$name.rs" 2>&1 || true
done
for dir in tests/fixtures/api/*/; do
    name=$(echo "$dir" | tr / _)
    service=$(basename "$dir" | cut -d- -f1)
    "$tool" expand "$service" --actions '*' --actions-path "$dir" > "$out/pages/$name.rs" 2>&1 || true
    "$tool" check --service "$service" --actions-path "$dir" > "$out/check/$name.txt" 2>&1 || true
done
for page in tests/ui/pages/bad/*.md; do
    name=$(echo "$page" | tr / _)
    "$tool" check "$page" > "$out/check/$name.txt" 2>&1 || true
    "$tool" check "$page" --format json > "$out/check/$name.json" 2>&1 || true
done
"$tool" sync tests/fixtures/seeds codegen/data/zh > "$out/check/sync.txt" 2>&1 || true
echo "$(find "$out" -type f | wc -l) files in $out"
