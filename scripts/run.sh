#!/usr/bin/env bash
# Installs what is missing, builds, and runs the app on SQLite with demo data.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/install.sh run
cargo leptos build
mkdir -p data
export DATABASE_URL="${DATABASE_URL:-sqlite://data/p2c.sqlite?mode=rwc}"
export P2C_SEED_DEMO="${P2C_SEED_DEMO:-true}"
export P2C_SITE_ROOT="$ROOT/target/site"
exec "$CARGO_TARGET_DIR/debug/server"
