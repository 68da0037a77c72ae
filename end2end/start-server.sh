#!/usr/bin/env bash
# Starts the built server for the browser tests on a fresh SQLite database with the demo data.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
db_dir="$(mktemp -d)"
export DATABASE_URL="sqlite://$db_dir/p2c.sqlite?mode=rwc"
export P2C_ADDR="127.0.0.1:${E2E_PORT:-3217}"
export P2C_SEED_DEMO=true
# The suite signs the same demo accounts in dozens of times a minute, from one address; the
# limits themselves are tested in server/tests/api/security.rs.
export P2C_SIGN_INS_PER_ACCOUNT_PER_MINUTE=1000
export P2C_ANONYMOUS_POSTS_PER_IP_PER_MINUTE=1000
export P2C_SITE_ROOT="${P2C_SITE_ROOT:-$here/../target/site}"
exec "${P2C_SERVER_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/p2c/target}/debug/server}"
