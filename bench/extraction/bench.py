#!/usr/bin/env python3
"""Extraction benchmark: relgraph's whole `build` (release: read, clean, split, find actors, resolve, find
relations, merge, write the graph file) against spaCy's en_core_web_sm NER, the peer a user would otherwise pick,
on the same articles in the same run.

* relgraph: a .jsonl corpus generated from the seeds and the development articles (bench/corpus/make_corpus.py,
  names swapped and paragraphs shuffled so every document is new), built with --jobs 1 and --jobs N (all cores);
  median of REPEAT runs; MB/s and documents/s of input. The one-core run is pinned to one CPU with `taskset`
  (when the system has it), so that reading and gathering cannot borrow a second core.
* spaCy (skipped with a message if the git-ignored virtualenv lacks it): words/s and MB/s on the seeds and the
  development articles, all pipes and NER-only, one core (bench/extraction/spacy_rate.py).
* The ratio: relgraph one-core MB/s over spaCy NER-only MB/s (goal: at least 500).

Usage: bench.py RELGRAPH WORKDIR [MB] [REPEAT] [PYTHON_WITH_SPACY]
"""
import glob, json, os, shutil, statistics, subprocess, sys, time

relgraph, work = sys.argv[1], sys.argv[2]
mb = float(sys.argv[3]) if len(sys.argv) > 3 else 10.0
repeat = int(sys.argv[4]) if len(sys.argv) > 4 else 3
spacy_python = sys.argv[5] if len(sys.argv) > 5 else sys.executable
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
os.makedirs(work, exist_ok=True)
articles = sorted(glob.glob(os.path.join(root, "seeds", "*.txt"))) + sorted(
    glob.glob(os.path.join(root, "eval", "dev", "articles", "*.txt")))

corpus = os.path.join(work, f"corpus-{mb:g}mb.jsonl")
if not os.path.exists(corpus):
    subprocess.run([sys.executable, os.path.join(root, "bench", "corpus", "make_corpus.py"), "--mb", str(mb), "-o",
                    corpus] + articles, check=True, stdout=subprocess.DEVNULL)
size = os.path.getsize(corpus)
docs = sum(1 for line in open(corpus, encoding="utf-8") if line.strip())
words = sum(len(json.loads(line)["text"].split()) for line in open(corpus, encoding="utf-8") if line.strip())
cores = os.cpu_count() or 1


def timed(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


print(f"corpus: {corpus}: {size / 1e6:.1f} MB, {docs:,} documents, {words:,} words; {cores} cores")
print()
print("| tool | input | cores | seconds | MB/s | documents/s | words/s |")
print("|---|---|---:|---:|---:|---:|---:|")
rates = {}
for jobs in sorted({1, cores}):
    pin = ["taskset", "-c", "0"] if jobs == 1 and shutil.which("taskset") else []
    secs = statistics.median(
        timed(pin + [relgraph, "build", corpus, "-o", os.path.join(work, "out.json"), "--quiet", "--jobs", str(jobs)])
        for _ in range(repeat))
    rates[jobs] = size / secs / 1e6
    print(f"| relgraph build | generated corpus | {jobs} | {secs:.2f} | {size / secs / 1e6:.2f} | {docs / secs:,.0f} "
          f"| {words / secs:,.0f} |", flush=True)

spacy = json.loads(subprocess.run([spacy_python, os.path.join(here, "spacy_rate.py")] + articles, check=True,
                                  capture_output=True, text=True).stdout)
if "skipped" in spacy:
    print(f"\nspaCy: {spacy['skipped']}")
    sys.exit(0)
for label, name in (("all", "all pipes"), ("ner", "NER only")):
    r = spacy[label]
    print(f"| spaCy en_core_web_sm, {name} | seeds + dev articles | 1 | {r['seconds']:.2f} | {r['mb_per_s']:.3f} "
          f"| {spacy['articles'] / r['seconds']:,.1f} | {r['words_per_s']:,.0f} |")
ratio = rates[1] / spacy["ner"]["mb_per_s"]
print(f"\nrelgraph one core / spaCy NER-only, MB/s: {ratio:,.0f}x (goal: 500x); all cores: "
      f"{rates[cores] / spacy['ner']['mb_per_s']:,.0f}x")
