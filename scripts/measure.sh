#!/usr/bin/env bash
# Prints what a visitor downloads: the release wasm, js and css, raw and compressed, and how long
# the release build took. A measurement, not a test: it never fails on a number.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/install.sh release
export PATH="$HOME/.cache/p2c/tools/node_modules/.bin:$PATH"
start=$SECONDS
cargo leptos build --release >/dev/null 2>&1 || cargo leptos build --release
echo "release build: $((SECONDS - start)) s"
printf '%-14s %10s %10s %10s\n' file bytes gzip-9 brotli
for f in target/site/pkg/p2c.wasm target/site/pkg/p2c.js target/site/pkg/p2c.css; do
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(python3 -c 'import sys
try:
    import brotli
    print(len(brotli.compress(open(sys.argv[1],"rb").read(), quality=11)))
except ImportError:
    print("-")' "$f")
  printf '%-14s %10s %10s %10s\n' "$(basename "$f")" "$(wc -c < "$f")" "$gz" "$br"
done
