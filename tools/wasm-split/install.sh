#!/usr/bin/env bash
# Installs wasm-split-cli (crate wasm_split_cli_support) with Suitcase's
# chunk-grouping patch (grouping.patch, see its src/grouping.rs).
#
# Upstream's splitter gives every distinct set of lazy split points its own
# chunk: about 210 chunks, most under 2 KB, and 60-140 wasm requests for a
# feature's first open. The patch merges them (the merge that adds the fewest
# bytes first) until a feature needs at most WASM_SPLIT_MAX_CHUNKS of them;
# tools/split.mjs sets the limits.
#
# The crate comes from crates.io through cargo (its checksum is verified by
# cargo against the registry index), is patched in a scratch directory and
# installed from there. Extra environment (e.g. CARGO_PROFILE_RELEASE_*) is
# passed through to `cargo install`.
set -euo pipefail
version=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A throwaway manifest that depends on the exact version: `cargo fetch` puts
# the verified .crate in cargo's cache.
mkdir -p "$work/fetch/src"
cat > "$work/fetch/Cargo.toml" <<TOML
[package]
name = "suitcase-fetch-wasm-split"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
wasm_split_cli_support = "=$version"
TOML
: > "$work/fetch/src/lib.rs"
cargo fetch --manifest-path "$work/fetch/Cargo.toml" >/dev/null

crate=$(ls "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/"wasm_split_cli_support-$version.crate" | head -1)
tar -xzf "$crate" -C "$work"
src="$work/wasm_split_cli_support-$version"
(cd "$src" && git apply "$here/grouping.patch")
cargo install --locked --force --path "$src" --features build-binary
