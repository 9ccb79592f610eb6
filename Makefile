# factlens: `make run` builds the WebAssembly client and the host and serves
# the default article; `make test` runs every test (unit, component,
# browser). See README.md.

GO      ?= go
ADDR    ?= :8000
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
BIN     := bin/factcheck
WASM    := web/app.wasm
ENGINE  := web/engine.wasm
AXE     := tools/axe/node_modules/axe-core/axe.min.js

.PHONY: all build wasm host run test vet fmt bench fuzz load clean axe

all: build

build: wasm host

# The client: the same main package built for the browser. Server code
# lives in !wasm files, so it stays out of this binary. The claim engine
# is a module of its own, run in a Web Worker by the pages that check
# texts (cmd/factcheck/internal/worker).
# Then their brotli and gzip copies (.wasm.br, .wasm.gz), which the host
# serves to browsers that accept them (tools/compress, pure Go).
wasm:
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $(WASM) ./cmd/factcheck
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $(ENGINE) ./cmd/factcheck/internal/worker
	$(GO) run ./tools/compress $(WASM) $(ENGINE)

host:
	$(GO) build -trimpath -ldflags='-X main.version=$(VERSION)' -o $(BIN) ./cmd/factcheck

run: build
	@echo "factlens: serving the default article on http://localhost$(ADDR)/"
	$(BIN) serve -addr $(ADDR)

vet:
	@test -z "$$(gofmt -l .)" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./cmd/... ./app/... ./facts/...

# axe-core, pinned in tools/axe, for the browser tests' accessibility
# check (cmd/factcheck/internal/server/browser_test.go).
axe: $(AXE)

$(AXE): tools/axe/package.json tools/axe/package-lock.json
	cd tools/axe && npm ci --no-audit --no-fund
	touch $@

test: wasm vet $(AXE)
	$(GO) test -race ./...

# The engine's Go benchmarks, then the delivery figures (WASM size, first
# highlighted paint, time until interactive, engine throughput natively
# and in Chromium) measured against a go-app hello world; see
# cmd/factcheck/internal/bench.
bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./facts/...
	$(GO) run ./cmd/factcheck/internal/bench -web web

# Each fuzz target for FUZZTIME (plain go test runs their seed corpora).
# Minimising a new interesting input may take go test's default of 60s,
# which would use up FUZZTIME: FUZZMINTIME bounds it.
FUZZTIME ?= 30s
FUZZMINTIME ?= 5s
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzTag$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./facts/timex
	$(GO) test -run '^$$' -fuzz '^FuzzDetect$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./facts/lang
	$(GO) test -run '^$$' -fuzz '^FuzzFind$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./facts/claims
	$(GO) test -run '^$$' -fuzz '^FuzzClaims$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./facts/verify
	$(GO) test -run '^$$' -fuzz '^FuzzCheck$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./facts/check
	$(GO) test -run '^$$' -fuzz '^FuzzAPICheck$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./cmd/factcheck/internal/server
	$(GO) test -run '^$$' -fuzz '^FuzzParseClassroomFragment$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./app

# A bounded load test of the host binary on 127.0.0.1 (tools/load): the
# mixed load for LOADTIME, then GET / against a plain http.FileServer.
LOADTIME ?= 30s
load: host
	$(GO) run ./tools/load -bin $(BIN) -duration $(LOADTIME)

clean:
	rm -rf bin $(WASM) $(WASM).br $(WASM).gz $(ENGINE) $(ENGINE).br $(ENGINE).gz
