# Suitcase: two commands are all you need.
#   make serve   build and serve the app locally (installs what is missing)
#   make test    run every test layer (installs Chromium and the e2e tools too)
# Also: make audit (sizes, Lighthouse, axe), make bench, make lint, make dist.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
PUBLIC_URL ?= /

.PHONY: serve test audit bench lint dist setup clean

setup:
	@scripts/setup.sh

serve: setup
	@echo "Suitcase will be at http://127.0.0.1:8080/ (Ctrl-C to stop)"
	trunk serve --release --offline --public-url / --dist target/serve-dist

test:
	@scripts/test.sh

# SITE_URL (optional, e.g. https://user.github.io/suitcase/) adds canonical links.
dist: setup
	@scripts/setup.sh --browser
	trunk build --release --offline --public-url $(PUBLIC_URL)
	node tools/prerender.mjs dist $(if $(SITE_URL),--site $(SITE_URL))

audit: setup
	@scripts/setup.sh --browser
	trunk build --release --offline --public-url / --dist target/audit-dist
	node tools/prerender.mjs target/audit-dist
	node tools/audit.mjs target/audit-dist

bench: setup
	@scripts/setup.sh --browser
	cargo bench -p suitcase-core --bench backup_format
	cargo bench -p suitcase-core --bench solver
	CHROMEDRIVER=/usr/bin/chromedriver CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test --release --features unsplit --target wasm32-unknown-unknown --test bench_storage_web --test bench_solver_web -- --nocapture 2>&1 \
	  | grep -E 'BENCH|test result'

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets --features unsplit -- -D warnings

clean:
	rm -rf dist target/audit-dist reports
