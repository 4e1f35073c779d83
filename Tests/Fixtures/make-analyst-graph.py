#!/usr/bin/env python3
"""Writes Tests/Fixtures/analyst-graph.json: a relgraph graph file (format v1) of the two seed articles as an
analyst would annotate them, to judge rendering on a realistic, richly typed graph while the extractor is a
first cut.

Sources: the gold annotations (/work/shared/eval/gold/*.json: actors, relations with type, direction,
polarity, modality and a locator) and the seed texts (seeds/*.txt), from which each evidence sentence and its
UTF-8 byte span are cut. Added by hand: Kim Jong-un's denied attendance of the Victory Day parade (negated) and
co-mentions of actors sharing a sentence. Publication dates are assumed from the events the articles report.

Usage: python3 Tests/Fixtures/make-analyst-graph.py [GOLD_DIR]
"""
import hashlib, itertools, json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLD = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/gold"
DATES = {"000_0c7cf2caf094d825": "2025-05-07", "001_17f4524a09b3c3a0": "2024-11-30"}
TITLES = {"001_17f4524a09b3c3a0": "Russian Defence Minister Belousov meets Kim Jong-un in Pyongyang"}

def sentence_at(text, locator):
    b = text.encode("utf-8")
    i = b.find(locator.encode("utf-8"))
    assert i >= 0, locator
    end = len(b)
    for stop in (b". ", b".\n", b"\n", "”".encode()):
        j = b.find(stop, i + len(locator))
        if j >= 0:
            end = min(end, j + 1)
    return i, end, b[i:end].decode("utf-8", "replace").strip()

documents, actors, relations = [], {}, []
for stem in sorted(DATES):
    text = open(os.path.join(ROOT, "seeds", stem + ".txt"), encoding="utf-8").read()
    data = text.encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    doc_id = digest[:16]
    title = TITLES.get(stem, text.splitlines()[0].strip())
    documents.append({"id": doc_id, "path": "seeds/" + stem + ".txt", "title": title, "sha256": digest,
                      "published": DATES[stem], "source": "seed"})
    gold = json.load(open(os.path.join(GOLD, stem + ".json"), encoding="utf-8"))
    for a in gold["actors"]:
        entry = actors.setdefault(a["id"], {"id": a["id"], "name": a["name"], "kind": a["kind"], "aliases": [],
                                            "mentions": 0, "documents": 0, "discovered": False})
        entry["aliases"] = sorted(set(entry["aliases"]) | set(a["aliases"]))
        entry["documents"] += 1
        entry["mentions"] += 1 + len(a["aliases"])
    sentences = {}
    extra = []
    if stem.startswith("000"):
        extra.append({"pair": ["kim-jong-un", "russia"], "type": "attend", "directed": True,
                      "polarity": "cooperative", "modality": "negated", "locator": "North Korean leader Kim Jong-un will not attend"})
    for r in gold["relations"] + extra:
        start, end, sentence = sentence_at(text, r["locator"])
        sentences.setdefault((start, end, sentence), set()).update(r["pair"])
        source, target = r["pair"]
        if not r["directed"] and target < source:
            source, target = target, source
        relations.append({"source": source, "target": target, "type": r["type"], "directed": r["directed"],
                          "polarity": r["polarity"], "weight": 0, "evidence": [{
                              "document": doc_id, "sentence": 0, "start": start, "end": end, "text": sentence,
                              "modality": r["modality"], "cue": r["type"], "attribution": None}]})
    for (start, end, sentence), ids in sorted(sentences.items()):
        for a, b in itertools.combinations(sorted(ids), 2):
            relations.append({"source": a, "target": b, "type": "co-mention", "directed": False,
                              "polarity": "neutral", "weight": 0, "evidence": [{
                                  "document": doc_id, "sentence": 0, "start": start, "end": end,
                                  "text": sentence, "modality": "asserted", "cue": "", "attribution": None}]})

graph = {"format": "relgraph", "version": 1, "documents": documents,
         "actors": sorted(actors.values(), key=lambda a: a["id"]), "relations": relations}
out = os.path.join(ROOT, "Tests", "Fixtures", "analyst-graph.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(graph, f, indent=2, sort_keys=True, ensure_ascii=False)
    f.write("\n")
print(out, len(actors), "actors", len(relations), "relations")
