# Banmian — see README.md. "make run" and "make test" set up everything first.
GO      ?= go
VERSION := $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml 2>/dev/null)
COMMIT  := $(shell git rev-parse --short HEAD 2>/dev/null)
DATE    := $(shell date -u +%Y-%m-%dT%H:%M:%SZ)
LDFLAGS := -X=main.stamp=$(COMMIT)@$(DATE)

.PHONY: setup build run test fuzz fonts profiles bench package check-package walk

setup:
	@bash scripts/setup.sh

build: setup
	$(GO) build -ldflags "$(LDFLAGS)" -o banmian .

run: build
	./banmian

# Hygiene first (formatting, a tidy go.mod, vet, staticcheck), then every test.
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
test: setup
	@unformatted=$$(gofmt -l $$(find . -name '*.go' -not -path './third_party/*')); \
		if [ -n "$$unformatted" ]; then echo "gofmt -w these files:"; echo "$$unformatted"; exit 1; fi
	$(GO) mod tidy -diff
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...
	$(GO) test -count=1 ./...

# Each fuzzer for FUZZTIME (default 5m); new interesting inputs land in testdata/fuzz.
FUZZTIME ?= 5m
fuzz:
	$(GO) test ./article/plaintext -run '^$$' -fuzz FuzzImport -fuzztime $(FUZZTIME)
	$(GO) test ./article -run '^$$' -fuzz FuzzRead -fuzztime $(FUZZTIME)
	$(GO) test ./layout -run '^$$' -fuzz FuzzCompose -fuzztime $(FUZZTIME)
	$(GO) test ./media -run '^$$' -fuzz FuzzReadPhotoMeta -fuzztime $(FUZZTIME)
	$(GO) test ./article/docx -run '^$$' -fuzz FuzzDocumentXML -fuzztime $(FUZZTIME)
	$(GO) test ./media/jpegscale -run '^$$' -fuzz FuzzDecodeScaled -fuzztime $(FUZZTIME)
	$(GO) test ./layout/hyphen -run '^$$' -fuzz FuzzPoints -fuzztime $(FUZZTIME)

# The real editor under Xvfb with real key presses and clicks (editing, the
# composition levers, the typography menus); screenshots in WALK, WALK-levers
# and WALK-typography (default /tmp/banmian-walk).
WALK ?= /tmp/banmian-walk
walk: setup
	@bash scripts/setup.sh --walk
	bash scripts/xvfb-walk.sh $(WALK)
	bash scripts/xvfb-walk-levers.sh $(WALK)-levers
	bash scripts/xvfb-walk-typography.sh $(WALK)-typography

fonts:
	/usr/bin/python3 scripts/make-fonts.py assets/fonts

# The CMYK press profiles and sRGB → CMYK tables under assets/profiles
# (ArgyllCMS and Little CMS from Debian; see assets/profiles/README.md).
profiles:
	@bash scripts/setup.sh --profiles
	bash scripts/make-profiles.sh assets/profiles

# Desktop packages into dist/: the Linux tarball (fyne tool) and its .deb;
# with Debian's gcc-mingw-w64, the Windows .exe with icon and version
# resources, a copy signed with a throw-away self-signed certificate labelled
# TEST-ONLY, and the .msi (wixl). Every step replaces its outputs: it re-runs.
FYNE_TOOL := $(shell $(GO) env GOPATH)/bin/fyne
MINGW     := x86_64-w64-mingw32-gcc

$(FYNE_TOOL):
	$(GO) install fyne.io/tools/cmd/fyne@v1.7.4

package: setup $(FYNE_TOOL)
	@bash scripts/setup.sh --package
	mkdir -p dist
	cp FyneApp.toml dist/.FyneApp.toml  # the fyne tool bumps the build number: keep ours
	# The fyne tool sets its own -ldflags for Windows (GOFLAGS' -X is lost
	# there): the stamp goes in as source as well.
	printf 'package main\n\nfunc init() {\n\tif stamp == "" {\n\t\tstamp = "%s"\n\t}\n}\n' "$(COMMIT)@$(DATE)" > zz_stamp_gen.go
	GOFLAGS="-ldflags=$(LDFLAGS)" $(FYNE_TOOL) package --os linux --release --name banmian
	mv banmian.tar.xz dist/banmian-linux-amd64.tar.xz
	bash scripts/add-cli.sh dist/banmian-linux-amd64.tar.xz "$(LDFLAGS)"
	GOFLAGS="-ldflags=$(LDFLAGS)" CC=$(MINGW) CGO_ENABLED=1 GOOS=windows GOARCH=amd64 $(FYNE_TOOL) package --os windows --release --name banmian
	mv banmian.exe dist/banmian-windows-amd64.exe
	mv dist/.FyneApp.toml FyneApp.toml
	rm -f fyne_metadata_init.go zz_stamp_gen.go
	bash scripts/sign-test.sh dist/banmian-windows-amd64.exe dist/banmian-windows-amd64-signed-TEST-ONLY.exe
	bash scripts/make-deb.sh
	bash scripts/make-msi.sh
	ls -l dist

check-package:
	bash scripts/check-package.sh

# Benchmarks of every stage, benchstat-friendly (go test -bench, 5 runs).
bench:
	$(GO) test -run '^$$' -bench . -benchmem -count 5 ./layout/... ./export/... ./article/... ./media/... | tee bench.txt
