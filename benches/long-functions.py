#!/usr/bin/env python3
"""Functions longer than a limit in the non-test code of the workspace's libraries and tool.

Counted from the line of `fn` to its closing brace (rustfmt's layout: the brace at the `fn`
line's indentation), in src/, macros/src, codegen/src, runtime/src and cli/src; a file's
`#[cfg(test)]` module and everything after it is test code and not counted.

    python3 benches/long-functions.py          # every function over 80 lines, longest first
    python3 benches/long-functions.py --limit 60
"""
import argparse
import os
import re

ROOTS = ["src", "macros/src", "codegen/src", "runtime/src", "cli/src"]
FN = re.compile(r"^(\s*)(?:pub(?:\([^)]*\))?\s+)?(?:const\s+)?(?:async\s+)?(?:unsafe\s+)?fn\s+(\w+)")


def functions(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    end = len(lines)
    for at, line in enumerate(lines):
        if line.startswith("#[cfg(test)]"):
            end = at
            break
    found = []
    for at in range(end):
        match = FN.match(lines[at])
        if not match or lines[at].rstrip().endswith(";"):
            continue
        indent = match.group(1)
        for close in range(at, end):
            if lines[close] == indent + "}" or (close == at and lines[at].rstrip().endswith("}")):
                found.append((close - at + 1, match.group(2), at + 1))
                break
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=80)
    args = parser.parse_args()
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    long = []
    for top in ROOTS:
        for folder, _, files in os.walk(os.path.join(root, top)):
            for name in files:
                if name.endswith(".rs"):
                    path = os.path.join(folder, name)
                    for length, fn, line in functions(path):
                        if length > args.limit:
                            long.append((length, f"{os.path.relpath(path, root)}:{line}", fn))
    for length, place, fn in sorted(long, reverse=True):
        print(f"{length:4} {place} {fn}")
    print(f"{len(long)} functions over {args.limit} lines")


if __name__ == "__main__":
    main()
