#!/usr/bin/env bash
# Runs every test layer and ends with one line: "N passed, N failed".
#   1. native: cargo test --workspace (core: model, documents, formats; locales)
#   2. browser: wasm-bindgen-test in headless Chromium (IndexedDB storage)
#   3. end to end: Playwright on the release build served under /suitcase/
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

scripts/setup.sh --browser || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
mkdir -p reports

total_pass=0
total_fail=0
summary=()

# Adds the counts of one layer. Args: name, exit code, passed, failed.
count() {
  local name=$1 code=$2 pass=${3:-0} fail=${4:-0}
  if [ "$code" != 0 ] && [ "$fail" = 0 ]; then fail=1; fi # crashed without counting
  total_pass=$((total_pass + pass))
  total_fail=$((total_fail + fail))
  summary+=("$name: $pass passed, $fail failed")
}

# Sums cargo's "test result: ... N passed; M failed" lines of a log.
cargo_counts() {
  awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i) ~ /^passed/) p += $(i-1); if ($(i) ~ /^failed/) f += $(i-1) } }
       END { print p + 0, f + 0 }' "$1"
}

echo "== native tests"
cargo test --workspace --locked 2>&1 | tee reports/native.log
code=${PIPESTATUS[0]}
read -r p f < <(cargo_counts reports/native.log)
count native "$code" "$p" "$f"

echo "== browser tests (wasm-bindgen-test, headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
WASM_BINDGEN_TEST_TIMEOUT=180 \
  cargo test --locked --features unsplit --target wasm32-unknown-unknown --test web_storage --test web_autosave --test web_revisions 2>&1 | tee reports/web.log
code=${PIPESTATUS[0]}
read -r p f < <(cargo_counts reports/web.log)
count browser "$code" "$p" "$f"

echo "== release build under /suitcase/, first screens prerendered"
if trunk build --release --offline --public-url /suitcase/ 2>&1 | tee reports/build.log | tail -5 \
   && [ "${PIPESTATUS[0]}" = 0 ] \
   && node tools/prerender.mjs dist 2>&1 | tee -a reports/build.log | tail -3 \
   && [ "${PIPESTATUS[0]}" = 0 ]; then
  echo "== end-to-end tests (Playwright, headless Chromium)"
  node --test --test-concurrency=1 --test-reporter=tap tests/e2e/ 2>&1 | tee reports/e2e.tap
  code=${PIPESTATUS[0]}
  p=$(awk '/^# pass /{print $3}' reports/e2e.tap | tail -1)
  f=$(awk '/^# fail /{print $3}' reports/e2e.tap | tail -1)
  count e2e "$code" "${p:-0}" "${f:-0}"
else
  count build 1 0 1
fi

echo
printf '%s\n' "${summary[@]}"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" = 0 ]
