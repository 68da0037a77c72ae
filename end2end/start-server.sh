#!/usr/bin/env bash
# Starts the built server for the browser tests on a fresh SQLite database with the demo data.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
db_dir="$(mktemp -d)"
export DATABASE_URL="sqlite://$db_dir/p2c.sqlite?mode=rwc"
export P2C_ADDR="127.0.0.1:${E2E_PORT:-3217}"
export P2C_SEED_DEMO=true
export P2C_SITE_ROOT="${P2C_SITE_ROOT:-$here/../target/site}"
exec "${P2C_SERVER_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/p2c/target}/debug/server}"
