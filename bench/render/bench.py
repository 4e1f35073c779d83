#!/usr/bin/env python3
"""Render benchmark: relgraph's whole `render` command (release build: read the graph file, build the view, write
DOT, lay out and render in-process through libgvc, write the file) against the Graphviz program (`dot -K ENGINE`)
on the same DOT text (written by `relgraph render --dot-for svg`: the text relgraph itself lays out), same engine, same output format, same run.

Each case runs both commands alternately REPEAT times and reports the median wall-clock time of each, their ratio
(relgraph / program; <= 1.0 means relgraph's whole command is no slower than the program's layout+render), and the
median of the pair-by-pair ratios, which a machine whose speed drifts during the run moves less.

Usage: bench.py RELGRAPH WORKDIR [REPEAT]
"""
import os, statistics, subprocess, sys, time

relgraph, work = sys.argv[1], sys.argv[2]
repeat = int(sys.argv[3]) if len(sys.argv) > 3 else 3
here = os.path.dirname(os.path.abspath(__file__))
os.makedirs(work, exist_ok=True)
cases = [(100, "dot"), (100, "neato"), (100, "sfdp"), (1000, "dot"), (1000, "sfdp"), (5000, "sfdp")]

def timed(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start

print(f"| actors | relations | engine | relgraph render (s) | `dot -K` program (s) | ratio | pair median |")
print(f"|---:|---:|---|---:|---:|---:|---:|")
for n, engine in cases:
    graph = os.path.join(work, f"g{n}.json")
    if not os.path.exists(graph):
        subprocess.run([sys.executable, os.path.join(here, "generate.py"), str(n), graph], check=True)
    dot = os.path.join(work, f"g{n}-{engine}.dot")
    # The DOT text relgraph lays out for SVG (its legend has one line more than `--format dot`'s).
    subprocess.run([relgraph, "render", graph, "-o", dot, "--layout", engine, "--dot-for", "svg"], check=True)
    edges = sum(1 for line in open(dot) if " -> " in line)
    ours, theirs = [], []
    for _ in range(repeat):
        ours.append(timed([relgraph, "render", graph, "-o", os.path.join(work, "ours.svg"), "--layout", engine]))
        theirs.append(timed(["dot", "-K" + engine, "-Tsvg", dot, "-o", os.path.join(work, "theirs.svg")]))
    a, b = statistics.median(ours), statistics.median(theirs)
    pairs = statistics.median(x / y for x, y in zip(ours, theirs))
    print(f"| {n:,} | {edges:,} | {engine} | {a:.3f} | {b:.3f} | {a / b:.2f} | {pairs:.2f} |", flush=True)
