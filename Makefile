# relgraph — make targets. `make graphs` and `make test` each work alone on a fresh Debian machine.
SWIFT      ?= swift
RELEASE    := .build/release/relgraph
SEEDS      := seeds
GRAPHS     := Graphs

.PHONY: deps build release test graphs lint clean score bench fuzz bench-render

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
	$(SWIFT) build -c release --product relgraph

test: deps
	$(SWIFT) test

# The pictures of the seed graph. RENDER_FLAGS: the first-cut extractor states few relations yet, so the committed
# pictures include co-mentions (pale grey lines); drop the flag once extraction finds typed relations.
RENDER_FLAGS ?= --include-co-mentions
graphs: release
	@mkdir -p $(GRAPHS)
	$(RELEASE) build $(SEEDS) -o $(GRAPHS)/seeds.json
	$(RELEASE) render $(GRAPHS)/seeds.json -o $(GRAPHS)/seeds.svg $(RENDER_FLAGS)
	$(RELEASE) render $(GRAPHS)/seeds.json -o $(GRAPHS)/seeds.png --dpi 110 $(RENDER_FLAGS)
	$(RELEASE) render $(GRAPHS)/seeds.json -o $(GRAPHS)/seeds-kim-jong-un.svg --focus "Kim Jong-un" --depth 2 $(RENDER_FLAGS)

# Benchmark (not a test): relgraph's whole render command vs the Graphviz program on the same DOT text.
bench-render: release
	@command -v dot >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq graphviz >/dev/null; }
	python3 bench/render/bench.py $(RELEASE) .build/bench-render

score: release
	python3 ../shared/eval/score.py --relgraph $(RELEASE) --verbose

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

clean:
	rm -rf .build
