#!/usr/bin/env bash
# Installs what is missing and runs every test: lints, unit and integration tests on SQLite and
# PostgreSQL, then the browser tests in Chromium against a freshly built app.
set -euo pipefail
source "$(dirname "$0")/env.sh"
started=$SECONDS
step() { printf '\n\033[1m==> %s (%ss)\033[0m\n' "$*" "$((SECONDS - started))"; }

scripts/install.sh test
step "PostgreSQL"
source scripts/postgres.sh

step "Format and lints"
cargo fmt --all --check
# The frontend is linted for wasm on its own: built together with the server, cargo would
# merge the `ssr` and `hydrate` features of the app crate.
cargo clippy --workspace --exclude frontend --all-targets --locked -- -D warnings
cargo clippy -p frontend --target wasm32-unknown-unknown --locked -- -D warnings

step "Unit and integration tests (SQLite and PostgreSQL)"
cargo nextest run --workspace --exclude frontend --locked

step "Building the app for the browser tests"
cargo leptos build --split
python3 app/data/check_countries.py >/dev/null

step "Browser tests (Chromium)"
export P2C_SITE_ROOT="$ROOT/target/site"
export P2C_SERVER_BIN="$CARGO_TARGET_DIR/debug/server"
(cd end2end && npx playwright test)

step "All tests passed"
