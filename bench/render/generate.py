#!/usr/bin/env python3
"""Writes a synthetic relgraph graph file (format v1) of N actors for the render benchmark.

Preferential attachment (each new actor ties to 2 earlier ones, chosen in proportion to degree, as in
Barabasi-Albert) gives the hub-and-spoke shape of news actor networks: ~2N relations, a few heavy hubs.
Kinds, relation types, polarity, modality and dates are drawn from fixed distributions with a seeded RNG,
so the same N gives the same file.

Usage: generate.py N OUT.json [SEED]
"""
import hashlib, json, random, sys

n, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
kinds = ["person"] * 5 + ["state"] * 2 + ["organization"] * 2 + ["military_unit", "media"]
types = [("meet", False, "cooperative"), ("visit", True, "cooperative"), ("supply", True, "cooperative"),
         ("sign", True, "cooperative"), ("statement", True, "neutral"), ("report", True, "neutral"),
         ("criticize", True, "conflictual"), ("threaten", True, "conflictual"), ("attack", True, "conflictual"),
         ("cooperate", False, "cooperative")]
modalities = ["asserted"] * 6 + ["reported"] * 2 + ["speculative", "negated"]
docs = []
for d in range(max(1, n // 20)):
    digest = hashlib.sha256(f"doc{d}".encode()).hexdigest()
    docs.append({"id": digest[:16], "path": f"gen/{d}.txt", "title": f"Synthetic article {d}", "sha256": digest,
                 "published": f"2024-{1 + d % 12:02d}-{1 + d % 28:02d}"})
actors = [{"id": f"actor-{i:05d}", "name": f"Actor {i}", "kind": rng.choice(kinds), "aliases": [],
           "mentions": 1 + rng.randrange(20), "documents": 1} for i in range(n)]
ends, pairs = [], set()
for i in range(1, n):
    for j in set(rng.choice(ends) if ends and rng.random() < 0.9 else rng.randrange(i) for _ in range(2)):
        pairs.add((j, i))
        ends += [i, j]
relations = []
for a, b in sorted(pairs):
    t, directed, polarity = rng.choice(types)
    source, target = (actors[a]["id"], actors[b]["id"]) if directed or a < b else (actors[b]["id"], actors[a]["id"])
    evidence = []
    for k in range(1 + (rng.random() < 0.3)):
        doc = rng.choice(docs)
        text = f"Actor {a} and Actor {b}: {t} (sentence {k}) as reported by the synthetic wire."
        evidence.append({"document": doc["id"], "sentence": k, "start": k * 100, "end": k * 100 + len(text.encode()),
                         "text": text, "modality": rng.choice(modalities), "cue": t})
    relations.append({"source": source, "target": target, "type": t, "directed": directed, "polarity": polarity,
                      "weight": 0, "evidence": evidence})
json.dump({"format": "relgraph", "version": 1, "documents": docs, "actors": actors, "relations": relations},
          open(out, "w"), indent=1, sort_keys=True)
print(f"{out}: {n} actors, {len(relations)} relations", file=sys.stderr)
