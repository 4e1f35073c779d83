#!/usr/bin/env python3
"""Generate a large .jsonl corpus for relgraph's scale tests and benchmarks by repeating and varying articles.

Each output line is one article {"id","title","date","url","source","text"}. Variation: paragraphs are
shuffled, actor names are swapped for others of the same kind (so the graph grows, not just repeats), dates
spread over 2023-2025, and a serial number is added so every document has its own content hash.
Deterministic for a given --seed.

Usage: python3 bench/corpus/make_corpus.py --mb 100 -o bench/data/corpus-100mb.jsonl [ARTICLE ...]
(default articles: seeds/*.txt and eval/dev/articles/*.txt)
"""
import argparse, glob, json, random, sys

SWAPS = [
    ["Kim Jong-un", "Kim Yo Jong", "Choe Son-hui", "Pak Jong-chon", "No Kwang-chol"],
    ["Vladimir Putin", "Sergei Lavrov", "Sergei Shoigu", "Dmitry Peskov", "Valery Gerasimov"],
    ["Andrei Belousov", "Sergei Shoigu", "Sergei Lavrov"],
    ["Yury Ushakov", "Dmitry Peskov", "Maria Zakharova"],
    ["Ukraine", "Ukraine", "Belarus"],
    ["TASS", "RIA Novosti", "Interfax"],
    ["Korean Central News Agency", "KCNA", "Rodong Sinmun"],
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=100.0)
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("articles", nargs="*")
    a = ap.parse_args()
    paths = a.articles or sorted(glob.glob("seeds/*.txt") + glob.glob("eval/dev/articles/*.txt"))
    if not paths:
        sys.exit("no articles found; run from the repository root or pass article files")
    texts = []
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as f:
            lines = f.read().split("\n")
        title = next((l for l in lines if l.strip()), "untitled")
        texts.append((title, [l for l in lines[1:] if l.strip()]))
    rng = random.Random(a.seed)
    target = int(a.mb * 1024 * 1024)
    written = 0
    n = 0
    with open(a.output, "w", encoding="utf-8") as out:
        while written < target:
            title, paras = texts[n % len(texts)]
            paras = paras[:]
            rng.shuffle(paras)
            body = "\n\n".join(paras)
            for group in SWAPS:
                if rng.random() < 0.5:
                    src = rng.choice(group)
                    dst = rng.choice(group)
                    body = body.replace(src, dst)
            date = f"{rng.randint(2023, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            text = f"{title}\n\n{body}\n\n(Corpus item {n}.)"
            rec = {"id": f"c{n:07d}", "title": title, "date": date, "url": f"https://example.org/a/{n}",
                   "source": rng.choice(["Example Wire", "Example Daily", "Example Times"]), "text": text}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    print(f"wrote {n} documents, {written / 1048576:.1f} MB to {a.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
