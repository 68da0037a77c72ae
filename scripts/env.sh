# Sourced by the other scripts: where the project is and where builds go.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
# Builds live outside the checkout so a fresh clone (as in CI) reuses compiled dependencies.
export CARGO_TARGET_DIR="${P2C_TARGET_DIR:-${CARGO_TARGET_DIR:-$HOME/.cache/p2c/target}}"
export PATH="$HOME/.cargo/bin:$PATH"
cd "$ROOT"
# cargo-leptos compiles the server with this set, and leptos then links `p2c.wasm` instead of
# `p2c_bg.wasm`; setting it for every cargo command keeps test builds and app builds identical.
export LEPTOS_OUTPUT_NAME=p2c
