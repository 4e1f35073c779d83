#!/usr/bin/env python3
"""Times relgraph (release) against igraph and NetworkX on the same seeded edge lists, in one run.

relgraph is timed per algorithm with its hidden --timing flag (load and algorithm separately, as the peers);
peers are timed in-process on graphs loaded from the same file. Prints a Markdown table with the ratio
relgraph / fastest peer (below 1: relgraph is faster).
Usage: run.py RELGRAPH DATA_DIR [sizes...]
"""
import os
import re
import subprocess
import sys
import time

import igraph as ig
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def ensure(n, data):
    path = os.path.join(data, f"actors_{n}.csv")
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(n), path], check=True)
    return path


def read_edges(path):
    edges = []
    with open(path) as f:
        for line in f:
            if line.startswith("#") or line.startswith("source"):
                continue
            u, v, w = line.rstrip("\n").split(",")
            edges.append((u, v, float(w)))
    return edges


def relgraph(binary, args):
    r = subprocess.run([binary] + args + ["--timing"], capture_output=True, text=True, check=True)
    out = {}
    for line in r.stderr.splitlines():
        m = re.match(r"(\w+) ([0-9.]+)(?: modularity ([-0-9.e]+))?", line)
        if m:
            out[m.group(1)] = float(m.group(2))
            if m.group(3):
                out["modularity"] = float(m.group(3))
    return out


def timed(f):
    t = time.perf_counter()
    value = f()
    return time.perf_counter() - t, value


def main():
    binary, data = sys.argv[1], sys.argv[2]
    sizes = [int(s) for s in sys.argv[3:]] or [1000, 10000, 100000]
    os.makedirs(data, exist_ok=True)
    rows = []
    for n in sizes:
        path = ensure(n, data)
        t_read, edges = timed(lambda: read_edges(path))
        t_ig, g = timed(lambda: ig.Graph.TupleList(edges, directed=False, weights=True))
        g.es["dist"] = [1.0 / w for w in g.es["weight"]]
        t_nx, h = timed(lambda: nx.Graph([(u, v, {"weight": w, "dist": 1.0 / w}) for u, v, w in edges]))
        r = relgraph(binary, ["rank", path, "--by", "degree", "--top", "1"])
        rows.append((n, "load", r["load"], t_read + t_ig, t_read + t_nx, ""))

        r = relgraph(binary, ["rank", path, "--by", "pagerank", "--top", "1"])
        ti, _ = timed(lambda: g.pagerank(weights="weight"))
        tn, _ = timed(lambda: nx.pagerank(h, weight="weight")) if n <= 100000 else (None, None)
        rows.append((n, "pagerank", r["pagerank"], ti, tn, ""))

        if n <= 10000:
            r = relgraph(binary, ["rank", path, "--by", "betweenness", "--top", "1"])
            ti, _ = timed(lambda: g.betweenness(weights="dist"))
            tn = timed(lambda: nx.betweenness_centrality(h, weight="dist"))[0] if n <= 1000 else None
            rows.append((n, "betweenness (weighted, exact)", r["betweenness"], ti, tn, ""))
            r = relgraph(binary, ["rank", path, "--by", "closeness", "--top", "1"])
            ti, _ = timed(lambda: g.closeness(weights="dist"))
            tn = timed(lambda: nx.closeness_centrality(h, distance="dist"))[0] if n <= 1000 else None
            rows.append((n, "closeness (weighted)", r["closeness"], ti, tn, ""))

        r = relgraph(binary, ["communities", path])
        ti, part = timed(lambda: g.community_leiden(objective_function="modularity", weights="weight", n_iterations=2))
        qi = g.modularity(part, weights="weight")
        tl, ml = timed(lambda: g.community_multilevel(weights="weight"))
        ql = g.modularity(ml, weights="weight")
        tn, qn = None, None
        if n <= 10000:
            tn, comms = timed(lambda: nx.community.louvain_communities(h, weight="weight", seed=0))
            qn = nx.community.modularity(h, comms, weight="weight")
        note = f"Q relgraph {r['modularity']:.3f}, igraph Leiden {qi:.3f}, igraph Louvain {ql:.3f} ({tl:.3f} s)"
        if qn is not None:
            note += f", NetworkX Louvain {qn:.3f}"
        rows.append((n, "communities (Leiden)", r["leiden"], ti, tn, note))

    print("| nodes | algorithm | relgraph s | igraph s | NetworkX s | relgraph / fastest peer | notes |")
    print("|---:|---|---:|---:|---:|---:|---|")
    for n, name, ours, ti, tn, note in rows:
        peers = [t for t in (ti, tn) if t is not None]
        ratio = ours / min(peers) if peers and min(peers) > 0 else float("nan")
        fmt = lambda t: "—" if t is None else f"{t:.3f}"
        print(f"| {n:,} | {name} | {ours:.3f} | {fmt(ti)} | {fmt(tn)} | {ratio:.2f} | {note} |")


if __name__ == "__main__":
    main()
