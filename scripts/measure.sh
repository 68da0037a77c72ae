#!/usr/bin/env bash
# Prints what a visitor downloads: the release wasm, js and css, raw and compressed, and how long
# the release build took. A measurement, not a test: it never fails on a number.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/install.sh release
export PATH="$HOME/.cache/p2c/tools/node_modules/.bin:$PATH"
start=$SECONDS
cargo leptos build --release --split >/dev/null 2>&1 || cargo leptos build --release --split
echo "release build: $((SECONDS - start)) s"
printf '%-14s %10s %10s\n' file bytes gzip-9
for f in target/site/pkg/p2c.wasm target/site/pkg/p2c.js target/site/pkg/p2c.css; do
  printf '%-14s %10s %10s\n' "$(basename "$f")" "$(wc -c < "$f")" "$(gzip -9 -c "$f" | wc -c)"
done
