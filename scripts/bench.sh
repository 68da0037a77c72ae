#!/usr/bin/env bash
# The compendium benchmark, on the release build with PLEDGES published pledges (default 100,000)
# in ITU's published mix. Prints figures and never fails on a number:
#   (a) the filtered list page: wrk at 32 connections against the app and against nginx serving
#       the identical HTML bytes from disk, requests per second, their ratio and p99 latency;
#   (b) every export of everything (CSV, XLSX, JSON, DOCX): time and the server's peak RSS, with
#       `sqlite3 -csv` of the same columns as the reference for CSV;
#   (c) the hydrate bundle (wasm + js), gzip and brotli;
#   (d) an uncached mixed workload: UNCACHED distinct list, search and dashboard addresses, each
#       asked once, 8 at a time (scripts/bench_uncached.py): p50, p99 and addresses per second.
# The seeded database is kept under ~/.cache/p2c/bench and reused while the generator is unchanged.
# Only loopback addresses are used; every load run is bounded in time.
set -euo pipefail
source "$(dirname "$0")/env.sh"
PLEDGES="${PLEDGES:-100000}"
DURATION="${BENCH_SECONDS:-10}"
APP_PORT="${BENCH_APP_PORT:-3291}"
NGINX_PORT="${BENCH_NGINX_PORT:-3292}"
LIST_PATH='/?focus_area=access&group=ldc'
UNCACHED="${BENCH_UNCACHED:-400}"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

scripts/install.sh release
missing=()
for tool in nginx wrk sqlite3 brotli; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  say "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi
export PATH="$HOME/.cache/p2c/tools/node_modules/.bin:$PATH"

say "Release build (wasm-opt from npm binaryen)"
cargo leptos build --release --split
server_bin="$CARGO_TARGET_DIR/release/server"

bench_dir="$HOME/.cache/p2c/bench"
mkdir -p "$bench_dir"
stamp="$(sha256sum app/src/ssr/bulk_seed.rs migration/src/*.rs | sha256sum | cut -c1-12)"
db="$bench_dir/p2c-$PLEDGES-$stamp.sqlite"
if [ ! -f "$db" ]; then
  say "Seeding $PLEDGES published pledges (once; kept as $db)"
  rm -f "$bench_dir"/p2c-"$PLEDGES"-*.sqlite*
  start=$SECONDS
  DATABASE_URL="sqlite://$db.part?mode=rwc" RUST_LOG=warn "$server_bin" seed-bulk --pledges "$PLEDGES"
  sqlite3 "$db.part" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
  mv "$db.part" "$db"; rm -f "$db.part-wal" "$db.part-shm"
  echo "seeded in $((SECONDS - start)) s"
fi

work="$(mktemp -d)"
cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

say "Starting the release server on 127.0.0.1:$APP_PORT"
# Every request comes from one loopback address: the per-address budgets of uncached pages and the
# API (120 a minute, for strangers) would answer most of (d) with 429.
DATABASE_URL="sqlite://$db?mode=rw" P2C_ADDR="127.0.0.1:$APP_PORT" P2C_SITE_ROOT="$ROOT/target/site" \
  P2C_PAGE_RENDERS_PER_IP_PER_MINUTE=1000000 P2C_API_PER_IP_PER_MINUTE=1000000 \
  RUST_LOG=warn "$server_bin" >"$work/server.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$APP_PORT/healthz" >/dev/null && break; sleep 0.2; done

# (a) The list page, from the app and from nginx with the same bytes.
# nginx's workers run as `nobody`: mktemp's directory (0700) would have them answer 404, and a
# benchmark of 153-byte error pages (as this script measured until 2026-12-01).
chmod 755 "$work"
mkdir -p "$work/www"
curl -fs "http://127.0.0.1:$APP_PORT$LIST_PATH" -o "$work/www/index.html"
cat >"$work/nginx.conf" <<EOF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  # As a site serving files would be set up: no copy through user space, file handles kept open.
  access_log off;
  sendfile on;
  tcp_nopush on;
  open_file_cache max=100;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/www;
    location / { default_type text/html; try_files /index.html =404; }
  }
}
EOF
nginx -c "$work/nginx.conf" -p "$work"
sleep 0.5
curl -fs "http://127.0.0.1:$NGINX_PORT$LIST_PATH" -o "$work/from-nginx.html" \
  && cmp -s "$work/www/index.html" "$work/from-nginx.html" \
  || { echo "nginx does not serve the page's bytes; no figure for (a)" >&2; exit 1; }
wrk_run() {
  local out
  out="$(wrk -t2 -c32 -d"${DURATION}s" --latency "$@" 2>&1)"
  if grep -q 'Non-2xx' <<<"$out"; then
    echo "${*: -1} answered errors under load; no figure for (a):" >&2
    echo "$out" >&2
    exit 1
  fi
  echo "$out"
}
app_out="$(wrk_run "http://127.0.0.1:$APP_PORT$LIST_PATH")"
nginx_out="$(wrk_run "http://127.0.0.1:$NGINX_PORT$LIST_PATH")"
# As browsers ask for it: the app sends the brotli it stored with the page.
br_out="$(wrk_run -H 'Accept-Encoding: gzip, deflate, br' "http://127.0.0.1:$APP_PORT$LIST_PATH")"
br_bytes="$(curl -fs -H 'Accept-Encoding: br' "http://127.0.0.1:$APP_PORT$LIST_PATH" | wc -c)"
rps() { awk '/Requests\/sec/ {print $2}' <<<"$1"; }
p99() { awk '$1 == "99%" {print $2}' <<<"$1"; }
bytes="$(wc -c <"$work/www/index.html")"

# (b) Exports of everything: wall time and the server's peak RSS (VmHWM reset before each).
export_row() {
  local ext="$1"
  echo 5 >"/proc/$app_pid/clear_refs" 2>/dev/null || true
  local t
  t="$(curl -fs -o "$work/export.$ext" -w '%{time_total}' "http://127.0.0.1:$APP_PORT/compendium.$ext")"
  local hwm
  hwm="$(awk '/VmHWM/ {print $2}' "/proc/$app_pid/status")"
  printf '%-6s %10.2f s %10s MB %12s bytes\n' "$ext" "$t" "$((hwm / 1024))" "$(wc -c <"$work/export.$ext")"
}
columns="public_ref, title, organisation_name, stakeholder_type, partners, pledge_type, fa_access, fa_adoption, fa_value_creation, fa_accelerate, usd_cents, ldc_level, lldc_level, sids_level, published_at, doc"
sqlite_start=$(date +%s.%N)
sqlite3 -csv "$db" "SELECT $columns FROM compendium_entries ORDER BY published_at DESC, pledge_id DESC" >"$work/reference.csv"
sqlite_time=$(awk -v a="$sqlite_start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.3f", b - a}')

echo
say "Results ($PLEDGES published pledges; $(nproc) cores)"
echo "(a) list page $LIST_PATH ($bytes bytes), wrk -c32 -d${DURATION}s"
printf '    app   %10s req/s   p99 %s\n' "$(rps "$app_out")" "$(p99 "$app_out")"
printf '    nginx %10s req/s   p99 %s\n' "$(rps "$nginx_out")" "$(p99 "$nginx_out")"
awk -v a="$(rps "$app_out")" -v n="$(rps "$nginx_out")" 'BEGIN {printf "    ratio app/nginx: %.3f\n", a / n}'
printf '    app, Accept-Encoding br (%s bytes sent) %10s req/s   p99 %s\n' "$br_bytes" "$(rps "$br_out")" "$(p99 "$br_out")"
echo "(b) exports of everything (time, server peak RSS, size)"
csv_time=""
for ext in csv json xlsx docx; do
  row="$(export_row "$ext")"
  echo "    $row"
  [ "$ext" = csv ] && csv_time="$(awk '{print $2}' <<<"$row")"
done
printf '    sqlite3 -csv of the same rows (with the public document): %.2f s, %s bytes\n' \
  "$sqlite_time" "$(wc -c <"$work/reference.csv")"
awk -v c="$csv_time" -v s="$sqlite_time" 'BEGIN {printf "    CSV export / sqlite3: %.2f\n", c / s}'
echo "(c) hydrate bundle (each file compressed on its own, as it is served)"
# The compendium list loads the main wasm, its js and the split loader; every other page adds the
# chunks of its lazy group, listed in the split manifest (preloaded by the server-rendered page).
python3 - "$ROOT/target/site/pkg" <<'PY'
import gzip, json, os, subprocess, sys
pkg = sys.argv[1]
def size(name, how):
    data = open(os.path.join(pkg, name), "rb").read()
    if how == "raw":
        return len(data)
    if how == "gzip":
        return len(gzip.compress(data, 9))
    return len(subprocess.run(["brotli", "-q", "11", "-c"], input=data, capture_output=True).stdout)
main = ["p2c.wasm", "p2c.js", "__wasm_split.______________________.js"]
def row(label, files):
    print("    %-34s %3d files %10d raw %10d gzip-9 %10d brotli-11" % (
        label, len(files), *(sum(size(f, h) for f in files) for h in ("raw", "gzip", "br"))))
row("compendium list (main)", main)
manifest = json.load(open(os.path.join(pkg, "__wasm_split_manifest.json")))
for name, chunks in sorted(manifest.items()):
    group = name.split("_pages")[0] + " pages"
    row("  + " + group, [c + ".wasm" for c in chunks])
every = [f for f in os.listdir(pkg) if f.endswith((".wasm", ".js"))]
row("every wasm and js file", every)
PY
echo "(d) uncached mixed workload (list, search, dashboard), each address once"
python3 scripts/bench_uncached.py "http://127.0.0.1:$APP_PORT" "$UNCACHED" 8
