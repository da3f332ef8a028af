#!/usr/bin/env python3
"""Summarises the last `cargo bench -p tencent-errors-benches` run as markdown tables.

Reads criterion's `<target>/criterion/**/new/{benchmark,estimates}.json` and prints, per group,
the median time (per element when the group has a throughput, i.e. per lookup) and each
benchmark's ratio to the group's reference (`tencent-errors`, or the first benchmark).

    python3 benches/report.py [TARGET_DIR]   # default: $CARGO_TARGET_DIR or ./target
"""

import json
import os
import sys
from collections import defaultdict


def fmt_time(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.2f} ns"


def main():
    target = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CARGO_TARGET_DIR", "target")
    root = os.path.join(target, "criterion")
    groups = defaultdict(list)
    for directory, _, files in os.walk(root):
        if os.path.basename(directory) != "new" or "benchmark.json" not in files:
            continue
        with open(os.path.join(directory, "benchmark.json")) as f:
            bench = json.load(f)
        with open(os.path.join(directory, "estimates.json")) as f:
            estimates = json.load(f)
        median = estimates["median"]["point_estimate"]
        elements = (bench.get("throughput") or {}).get("Elements")
        per = median / elements if elements else median
        name = bench["function_id"] + (f"/{bench['value_str']}" if bench.get("value_str") else "")
        groups[bench["group_id"]].append((name, per, elements))
    for group in sorted(groups):
        rows = groups[group]
        reference = next((per for name, per, _ in rows if name == "tencent-errors"), rows[0][1])
        unit = "per element" if rows[0][2] else "per iteration"
        print(f"\n### {group}\n\n| benchmark | median ({unit}) | ratio to tencent-errors |\n|---|---:|---:|")
        order = ["tencent-errors", "phf", "match", "HashMap"]
        rows.sort(key=lambda r: (order.index(r[0]) if r[0] in order else len(order), r[0]))
        for name, per, _ in rows:
            print(f"| {name} | {fmt_time(per)} | {per / reference:.2f}x |")


if __name__ == "__main__":
    main()
