# Banmian — see README.md. "make run" and "make test" set up everything first.
GO      ?= go
VERSION := $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml 2>/dev/null)
COMMIT  := $(shell git rev-parse --short HEAD 2>/dev/null)
DATE    := $(shell date -u +%Y-%m-%dT%H:%M:%SZ)
LDFLAGS := -X main.commit=$(COMMIT) -X main.date=$(DATE)

.PHONY: setup build run test fuzz fonts

setup:
	@bash scripts/setup.sh

build: setup
	$(GO) build -ldflags "$(LDFLAGS)" -o banmian .

run: build
	./banmian

test: setup
	$(GO) vet ./...
	$(GO) test -count=1 ./...

# Each fuzzer for FUZZTIME (default 5m); new interesting inputs land in testdata/fuzz.
FUZZTIME ?= 5m
fuzz:
	$(GO) test ./article/plaintext -run '^$$' -fuzz FuzzImport -fuzztime $(FUZZTIME)
	$(GO) test ./article -run '^$$' -fuzz FuzzRead -fuzztime $(FUZZTIME)

fonts:
	/usr/bin/python3 scripts/make-fonts.py assets/fonts
