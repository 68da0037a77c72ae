#!/usr/bin/env bash
# Lighthouse (mobile) on the public pages of the release build, in Debian's Chromium: the list,
# the dashboard and a permalink, with 2,000 published pledges. Prints the four scores and every
# scored audit below 100 per page, with simulated throttling (Lighthouse's default) and with
# devtools throttling. A measurement: it never fails on a score.
set -euo pipefail
source "$(dirname "$0")/env.sh"
PORT="${LIGHTHOUSE_PORT:-3293}"
scripts/install.sh release
tools="$HOME/.cache/p2c/tools"
export PATH="$tools/node_modules/.bin:$PATH"
if ! lighthouse --version 2>/dev/null | grep -q '^12\.'; then
  echo "==> Installing Lighthouse 12 (npm)"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error lighthouse@12
fi
cargo leptos build --release --split
work="$(mktemp -d)"
cleanup() { [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
DATABASE_URL="sqlite://$work/p2c.sqlite?mode=rwc" P2C_ADDR="127.0.0.1:$PORT" P2C_SEED_DEMO=true \
  P2C_SEED_BULK=2000 P2C_SITE_ROOT="$ROOT/target/site" P2C_OUTBOX_DIR="$work/outbox" RUST_LOG=warn \
  "$CARGO_TARGET_DIR/release/server" >"$work/server.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
base="http://127.0.0.1:$PORT"
permalink="$(curl -fs "$base/" | grep -o '/compendium/P2C-[0-9]*-[0-9]*' | head -1)"
for path in / /dashboard "$permalink"; do
  curl -fs "$base$path" >/dev/null # the page cache is warm, as for most visitors
  for throttling in simulate devtools; do
    CHROME_PATH=/usr/bin/chromium lighthouse "$base$path" --quiet --form-factor=mobile \
      --throttling-method="$throttling" --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
      --output=json --output-path="$work/report.json" >/dev/null 2>&1 || true
    python3 - "$work/report.json" "$path" "$throttling" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
scores = {k: round(v["score"] * 100) for k, v in report["categories"].items() if v["score"] is not None}
print(f"{sys.argv[2]} ({sys.argv[3]} throttling): {scores}")
for audit in report["audits"].values():
    if audit.get("scoreDisplayMode") in ("numeric", "binary", "metricSavings") and (audit.get("score") or 1) < 1:
        print(f"    {audit['id']}: {audit.get('displayValue') or audit['score']}")
PY
  done
done
