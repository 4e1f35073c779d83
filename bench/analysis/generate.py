#!/usr/bin/env python3
"""Seeded random actor-like graphs for `make bench-analysis`.

An actor graph has blocs (planted communities of 10-300 actors), a few hubs (heavy-tailed degrees) and tie
strengths that are mostly weak (weights 1-10, geometric). Average degree 8: n*4 undirected edges, 80% of them
inside a bloc. Usage: generate.py N OUT.csv [SEED]
"""
import random
import sys


def generate(n, seed):
    rng = random.Random(seed)
    blocs = []
    start = 0
    while start < n:
        size = min(n - start, rng.randint(10, 300))
        blocs.append(range(start, start + size))
        start += size
    bloc_of = [0] * n
    for b, members in enumerate(blocs):
        for v in members:
            bloc_of[v] = b
    # Heavy-tailed activity: Pareto weights pick edge ends, so a few actors are hubs.
    activity = [rng.paretovariate(2.2) for _ in range(n)]
    cumulative_by_bloc = []
    for members in blocs:
        acc, total = [], 0.0
        for v in members:
            total += activity[v]
            acc.append(total)
        cumulative_by_bloc.append((acc, total))
    acc_all, total_all = [], 0.0
    for v in range(n):
        total_all += activity[v]
        acc_all.append(total_all)

    import bisect

    def pick(acc, total, offset):
        return offset + bisect.bisect_left(acc, rng.random() * total)

    edges = {}
    target = n * 4
    while len(edges) < target:
        u = pick(acc_all, total_all, 0)
        if rng.random() < 0.8:
            b = bloc_of[u]
            acc, total = cumulative_by_bloc[b]
            v = pick(acc, total, blocs[b].start)
        else:
            v = pick(acc_all, total_all, 0)
        if u == v:
            continue
        key = (min(u, v), max(u, v))
        if key not in edges:
            w = 1
            while w < 10 and rng.random() < 0.45:
                w += 1
            edges[key] = w
    return edges


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 2024
    edges = generate(n, seed)
    with open(out, "w") as f:
        f.write(f"# actor-like random graph: n={n} seed={seed}\nsource,target,weight\n")
        for (u, v), w in edges.items():
            f.write(f"a{u},a{v},{w}\n")


if __name__ == "__main__":
    main()
