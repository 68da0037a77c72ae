#!/usr/bin/env bash
# Starts the built server for the browser tests on a fresh SQLite database with the demo data.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
db_dir="$(mktemp -d)"
export DATABASE_URL="sqlite://$db_dir/p2c.sqlite?mode=rwc"
export P2C_ADDR="127.0.0.1:${E2E_PORT:-3217}"
export P2C_SEED_DEMO=true
# More published pledges than one page holds, so paging can be tried (tests/compendium.spec.ts).
export P2C_SEED_BULK=40
# The suite signs the same demo accounts in dozens of times a minute, from one address; the
# limits themselves are tested in server/tests/api/security.rs.
export P2C_SIGN_INS_PER_ACCOUNT_PER_MINUTE=1000
export P2C_ANONYMOUS_POSTS_PER_IP_PER_MINUTE=1000
# Mail: .eml files (lettre's file transport) in a directory the tests read; tests/outbox.ts
# computes the same path. One directory per port, emptied of old messages at each start.
unset SMTP_URL
export P2C_OUTBOX_DIR="${E2E_OUTBOX_DIR:-$here/../target/e2e-outbox-${E2E_PORT:-3217}}"
mkdir -p "$P2C_OUTBOX_DIR"
find "$P2C_OUTBOX_DIR" -maxdepth 1 -name '*.eml' -delete
export P2C_OUTBOX_POLL_MS=200
export P2C_PUBLIC_URL="http://127.0.0.1:${E2E_PORT:-3217}"
# Signed letters of intent (PDF) and progress evidence go next to the throw-away database.
export P2C_LETTERS_DIR="$db_dir/letters"
export P2C_EVIDENCE_DIR="$db_dir/evidence"
export P2C_SITE_ROOT="${P2C_SITE_ROOT:-$here/../target/site}"
exec "${P2C_SERVER_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/p2c/target}/debug/server}"
