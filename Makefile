# Glasshouse: `make site` builds the scorecard from Content/ into Site/; `make test` runs every test.
# Both install what a bare Debian machine lacks first (apt-get; sudo only when not root).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev

.PHONY: site test deps build clean

deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build -c release --product glasshouse

site: build
	.build/release/glasshouse build --content Content --output Site
	@echo "Open $(CURDIR)/Site/index.html in a browser."

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build Site/*
