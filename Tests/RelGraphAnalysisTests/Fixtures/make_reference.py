#!/usr/bin/env python3
"""Reference values for RelGraphAnalysisTests, computed with NetworkX.

Run from the package root in a virtualenv (git-ignored):
    python3 -m venv .venv && .venv/bin/pip install 'networkx==3.*'
    .venv/bin/python Tests/RelGraphAnalysisTests/Fixtures/make_reference.py
Writes <name>.csv (the edge list the Swift tests read) and reference.json next to this script.
Weighted path measures use distance = 1/weight, as relgraph does.
"""
import json
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def random_weighted(n, m, seed, directed=False):
    rng = random.Random(seed)
    g = nx.gnm_random_graph(n, m, seed=seed, directed=directed)
    for u, v in g.edges():
        g[u][v]["weight"] = rng.randint(1, 10)
    return nx.relabel_nodes(g, {v: f"n{v}" for v in g})


def dangling():
    g = nx.DiGraph()
    edges = [("a", "b", 2), ("a", "c", 1), ("b", "c", 3), ("c", "a", 1), ("c", "d", 1), ("d", "e", 4),
             ("b", "f", 1), ("f", "e", 2), ("g", "a", 1), ("e", "h", 1)]
    g.add_weighted_edges_from(edges)  # e->h, h dangling; g only points out; d -> e
    return g


def disconnected():
    g = nx.Graph()
    g.add_weighted_edges_from([("a", "b", 1), ("b", "c", 2), ("c", "a", 3), ("c", "d", 1),
                               ("x", "y", 5), ("y", "z", 1), ("p", "q", 1)])
    return g


def karate():
    g = nx.karate_club_graph()
    return nx.relabel_nodes(g, {v: str(v) for v in g})


GRAPHS = {
    "florentine": (nx.florentine_families_graph(), False),
    "kite": (nx.krackhardt_kite_graph(), False),
    "karate": (karate(), True),
    "dangling": (dangling(), True),
    "disconnected": (disconnected(), True),
    "random_undirected": (random_weighted(60, 200, seed=7), True),
    "random_directed": (random_weighted(40, 150, seed=11, directed=True), True),
}


def scores(d):
    return {str(k): float(v) for k, v in d.items()}


def reference(g, weighted):
    for u, v, data in g.edges(data=True):
        data["dist"] = 1.0 / data.get("weight", 1)
    w = "weight" if weighted else None
    dist = "dist" if weighted else None
    out = {
        "directed": g.is_directed(),
        "pagerank": scores(nx.pagerank(g, alpha=0.85, weight=w, tol=1e-15, max_iter=100000)),
        "pagerank_unweighted": scores(nx.pagerank(g, alpha=0.85, weight=None, tol=1e-15, max_iter=100000)),
        "betweenness": scores(nx.betweenness_centrality(g, weight=None)),
        "betweenness_weighted": scores(nx.betweenness_centrality(g, weight=dist)),
        "closeness": scores(nx.closeness_centrality(g)),
        "closeness_weighted": scores(nx.closeness_centrality(g, distance=dist)),
        "harmonic": scores(nx.harmonic_centrality(g)),
        "harmonic_weighted": scores(nx.harmonic_centrality(g, distance=dist)),
        "degree": scores(dict(g.degree())),
        "strength": scores(dict(g.degree(weight=w))),
    }
    if g.is_directed():
        out["in_degree"] = scores(dict(g.in_degree()))
        out["out_strength"] = scores(dict(g.out_degree(weight=w)))
        out["weak_components"] = sorted(sorted(str(x) for x in c) for c in nx.weakly_connected_components(g))
        out["strong_components"] = sorted(sorted(str(x) for x in c) for c in nx.strongly_connected_components(g))
    else:
        out["weak_components"] = sorted(sorted(str(x) for x in c) for c in nx.connected_components(g))
        if nx.is_connected(g):
            out["eigenvector"] = scores(nx.eigenvector_centrality(g, weight=w, tol=1e-14, max_iter=100000))
        best = max(nx.community.modularity(g, nx.community.louvain_communities(g, weight=w, seed=s), weight=w)
                   for s in range(5))
        out["louvain_modularity"] = best
    # Shortest-path costs (distance = 1/weight) and hop counts from the first three nodes.
    sources = list(g.nodes())[:3]
    out["path_costs"] = {str(s): {str(t): d for t, d in nx.single_source_dijkstra_path_length(g, s, weight=dist).items()}
                         for s in sources}
    out["path_hops"] = {str(s): {str(t): d for t, d in nx.single_source_shortest_path_length(g, s).items()}
                        for s in sources}
    return out


def main():
    ref = {}
    for name, (g, weighted) in GRAPHS.items():
        with open(os.path.join(HERE, name + ".csv"), "w") as f:
            f.write(f"# {name}: written by make_reference.py\n")
            f.write("source,target,weight\n" if weighted else "source,target\n")
            for u, v, data in g.edges(data=True):
                f.write(f"{u},{v},{data['weight']}\n" if weighted else f"{u},{v}\n")
        ref[name] = reference(g, weighted)
    ref["_networkx"] = nx.__version__
    with open(os.path.join(HERE, "reference.json"), "w") as f:
        json.dump(ref, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
