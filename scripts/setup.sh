#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) Suitcase needs on a
# bare machine. Idempotent: whatever is already there at the right version is
# skipped. Versions are pinned in one place, here.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal wasm-bindgen in Cargo.lock
WASM_SPLIT_VERSION=0.2.4       # wasm_split_cli_support: splits the wasm at lazy routes
# ... patched to group its chunks (tools/wasm-split/): the stamp names the patch.
WASM_SPLIT_STAMP="$WASM_SPLIT_VERSION+$(sha256sum tools/wasm-split/grouping.patch | cut -c1-12)"
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
have_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -q "$2"; }

with_browser=0
[ "${1:-}" = "--browser" ] && with_browser=1

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

# The tools are built once per machine and then run for seconds, so they get a
# lighter release profile than their own (no LTO, parallel code generation,
# opt-level 2, no debug info): most of a bare machine's setup time is these
# compiles. Scoped to the installs (the app's own build keeps its profile).
tool_profile=(
  CARGO_PROFILE_RELEASE_LTO=false
  CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
  CARGO_PROFILE_RELEASE_OPT_LEVEL=2
  CARGO_PROFILE_RELEASE_DEBUG=false
  CARGO_PROFILE_RELEASE_INCREMENTAL=false
)

# The cargo installs are independent: run them side by side.
pids=()
if ! have_version trunk "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 12 minutes the first time)"
  env "${tool_profile[@]}" cargo install --locked trunk --version "$TRUNK_VERSION" >/tmp/suitcase-install-trunk.log 2>&1 &
  pids+=($!)
fi
if ! have_version wasm-bindgen "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 13 minutes the first time)"
  # Without --locked: its lock file names a crate version the registry lacks.
  env "${tool_profile[@]}" cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" >/tmp/suitcase-install-wasm-bindgen.log 2>&1 &
  pids+=($!)
fi

if ! command -v wasm-split-cli >/dev/null || [ "$(cat "$HOME/.cargo/.suitcase-wasm-split" 2>/dev/null)" != "$WASM_SPLIT_STAMP" ]; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION with chunk grouping (about 2 minutes the first time)"
  ( env "${tool_profile[@]}" tools/wasm-split/install.sh "$WASM_SPLIT_VERSION" \
      >/tmp/suitcase-install-wasm-split.log 2>&1 && echo "$WASM_SPLIT_STAMP" > "$HOME/.cargo/.suitcase-wasm-split" ) &
  pids+=($!)
fi

if [ "$with_browser" = 1 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  say "installing Chromium and ChromeDriver (Debian packages)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# npm packages: wasm-opt (binaryen), playwright-core, lighthouse, axe.
stamp=node_modules/.suitcase-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi

for pid in "${pids[@]}"; do
  if ! wait "$pid"; then
    say "a cargo install failed; see /tmp/suitcase-install-*.log"
    tail -20 /tmp/suitcase-install-*.log
    exit 1
  fi
done

have_version trunk "$TRUNK_VERSION" || { say "trunk $TRUNK_VERSION missing after install"; exit 1; }
have_version wasm-bindgen "$WASM_BINDGEN_VERSION" || { say "wasm-bindgen $WASM_BINDGEN_VERSION missing after install"; exit 1; }
command -v wasm-split-cli >/dev/null || { say "wasm-split-cli missing after install"; exit 1; }
have_version wasm-opt "version 132" || { say "wasm-opt 132 missing (npm binaryen)"; exit 1; }
say "toolchain ready"
