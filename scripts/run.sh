#!/usr/bin/env bash
# Installs what is missing, builds, and runs the app on SQLite with demo data.
#   scripts/run.sh            a debug build, quick to rebuild while developing
#   scripts/run.sh --release  the optimised build a deployment serves (wasm-opt from npm binaryen)
set -euo pipefail
source "$(dirname "$0")/env.sh"
profile=debug
case "${1:-}" in
  "") ;;
  --release) profile=release ;;
  *) echo "usage: scripts/run.sh [--release]" >&2; exit 2 ;;
esac
if [ "$profile" = release ]; then
  scripts/install.sh release
  export PATH="$HOME/.cache/p2c/tools/node_modules/.bin:$PATH"
  cargo leptos build --release --split
else
  scripts/install.sh run
  cargo leptos build --split
fi
mkdir -p data
export DATABASE_URL="${DATABASE_URL:-sqlite://data/p2c.sqlite?mode=rwc}"
export P2C_SEED_DEMO="${P2C_SEED_DEMO:-true}"
export P2C_SITE_ROOT="$ROOT/target/site"
exec "$CARGO_TARGET_DIR/$profile/server"
