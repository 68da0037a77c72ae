#!/usr/bin/env bash
# Installs what is missing, and only that: `install.sh run` for running the app, `install.sh test`
# for the whole test suite, `install.sh release` for optimised builds. Safe to run again; takes a
# second when everything is present.
set -euo pipefail
source "$(dirname "$0")/env.sh"
purpose="${1:-run}"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_missing=()
want_deb() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed" || apt_missing+=("$1"); }
if [ "$purpose" = test ]; then
  want_deb chromium
  want_deb postgresql
fi
if [ ${#apt_missing[@]} -gt 0 ]; then
  say "Installing Debian packages: ${apt_missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${apt_missing[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

# 0.3.7 is the newest cargo-leptos that builds on Rust 1.95; no_downloads because this
# machine reaches package registries only.
if ! cargo leptos --version 2>/dev/null | grep -q '0\.3\.7'; then
  say "Installing cargo-leptos 0.3.7 (about 20 minutes on 2 cores)"
  cargo install cargo-leptos --locked --version 0.3.7 --features no_downloads
fi

# wasm-bindgen-cli must be exactly the wasm-bindgen version in Cargo.lock.
wb_version="$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')"
if ! wasm-bindgen --version 2>/dev/null | grep -qF "$wb_version"; then
  say "Installing wasm-bindgen-cli $wb_version"
  # Not --locked: its lock file names a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$wb_version"
fi

if [ "$purpose" = test ]; then
  if ! cargo nextest --version >/dev/null 2>&1; then
    say "Installing cargo-nextest"
    cargo install cargo-nextest --locked
  fi
  stamp="end2end/node_modules/.installed-from-lock"
  if [ ! -f "$stamp" ] || ! cmp -s end2end/package-lock.json "$stamp"; then
    say "Installing the end-to-end test packages (no browser download: Debian's Chromium is used)"
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    cp end2end/package-lock.json "$stamp"
  fi
  # A real SMTP server for the mail tests (server/tests/api/smtp.rs), in its own venv so the
  # system Python stays untouched.
  venv="$HOME/.cache/p2c/tools/smtp-venv"
  if [ ! -x "$venv/bin/python" ]; then
    say "Creating the Python venv for the test SMTP server"
    python3 -m venv "$venv"
  fi
  if ! "$venv/bin/python" -c 'import aiosmtpd' 2>/dev/null; then
    say "Installing aiosmtpd 1.4.6"
    "$venv/bin/pip" install --quiet --disable-pip-version-check aiosmtpd==1.4.6
  fi
fi

if [ "$purpose" = release ]; then
  # wasm-opt for release builds. Debian's binaryen (108) produces a wasm that fails to hydrate
  # ("WebAssembly.Table.set(): Argument 1 is invalid for table"); npm's 132 works.
  tools="$HOME/.cache/p2c/tools"
  if ! "$tools/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q 'version 132'; then
    say "Installing wasm-opt (npm binaryen 132)"
    npm install --prefix "$tools" --no-audit --no-fund --loglevel=error binaryen@132
  fi
fi
