"""A text-dump record's cost in a cleaning worker, stage by stage, in CPU milliseconds a record.

    python bench/worker_stages.py [--records 2000] [--rounds 2] [--against DIR]

What a worker does for each record (``clipper.workers.prepare``): clean it (the text-dump line
cleaner), fingerprint it (words, shingles, MinHash, passage and opening keys), its story vector,
its template line keys and its full-text search text; and ``prepare`` as a whole.  Each stage
runs over all the records of a corpus in one process, its CPU time divided by the records; the
best of ``--rounds`` rounds (each round starts with the cleaner's line cache empty, as a fresh
worker does).  Two corpora: the first ``--records`` one-day records of ``bench/oneday.py``
(wire paragraphs recombined, all fetched the same day), and real pages of
``fundus-news-pages`` (23 languages) flattened to text dumps as ``bench/textdump.py`` makes
them: a set the per-record work was not tuned on.

``--against DIR``: the same in a checkout of the tree before a change (its own ``clipper``
package first on the path), the two trees' rounds interleaved, so the ratios come from one
command on one machine state; and a digest of everything ``prepare`` returned for each corpus
(cleaned text, title, fingerprint, story vector, line keys, search text): equal digests mean
the change left every record's result as it was.  Writes ``bench/results/worker-stages.json``.
Without ``../shared/data`` it prints "skipped" and exits 0.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BENCH, PYTHON, SHARED_DATA, WORK, Run, figure, loadavg, progress

STAGES = ("clean", "fingerprint", "story vector", "line keys", "search text", "prepare")


def child(src: str, corpus: str) -> dict[str, Any]:
    """One round over ``corpus`` (JSONL) with the clipper of ``src``: CPU seconds per stage."""
    sys.path.insert(0, src)
    from clipper import textdump
    from clipper.clean import clean_page
    from clipper.config import Config
    from clipper.fingerprint import MinHasher, fingerprint_texts
    from clipper.page import Article
    from clipper.read import read_pages
    from clipper.searchtext import search_text
    from clipper.stories import vectorize
    from clipper.templates import short_line_keys
    from clipper.workers import prepare, warm_up

    config = Config(workers=1)
    pages = list(read_pages([corpus], config.read, lambda rejection: None))
    warm_up(config)
    hasher = MinHasher(config.fingerprint)
    forget = getattr(getattr(textdump, "_furniture_verdict", None), "cache_clear", lambda: None)
    seconds: dict[str, float] = {}

    def timed(stage: str, job: Any) -> Any:
        started = time.process_time()
        result = job()
        seconds[stage] = time.process_time() - started
        return result

    forget()
    cleaned = timed("clean", lambda: [clean_page(page, config.clean) for page in pages])
    articles = [a for a in cleaned if isinstance(a, Article)]
    texts = [a.text for a in articles]
    timed("fingerprint", lambda: fingerprint_texts(texts, hasher))
    timed("story vector",
          lambda: [vectorize(a.title, a.text, a.language, config.stories) for a in articles])
    limit = config.clean.template_max_words
    timed("line keys", lambda: [short_line_keys(text, limit) for text in texts])
    timed("search text", lambda: [(search_text(a.title), search_text(a.text)) for a in articles])
    forget()
    results = timed("prepare", lambda: prepare(pages, config))
    digest = hashlib.sha256()
    for item in results:
        if not hasattr(item, "fingerprint"):  # a Rejection
            digest.update(pickle.dumps((item.origin, item.reason, item.detail)))
            continue
        f, v = item.fingerprint, item.story_vector
        digest.update(pickle.dumps((
            item.article.title, item.article.text, item.article.author, item.article.published,
            f.word_count, f.content_hash, f.signature.tobytes(), f.lead_signature.tobytes(),
            f.shingle_sequence.tobytes(), f.passage_keys.tobytes(), f.opening_keys.tobytes(),
            f.window_keys.tobytes(), v.keys.tobytes(), v.weights.tobytes(),
            sorted(item.line_keys), item.search_title, item.search_body,
        )))
    return {"records": len(pages), "seconds": seconds, "digest": digest.hexdigest()[:16],
            "clipper": textdump.__file__}


def one_day_corpus(n: int) -> Path:
    import oneday

    return oneday.corpus(n)


def fundus_corpus() -> Path:
    """fundus-news-pages flattened to text dumps (``bench/textdump.py``), as JSONL records."""
    import textdump

    path = WORK / "worker-stages" / "fundus-dumps.jsonl"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = [
            json.dumps({"url": f"https://dumps.invalid/fundus/{i}", "text": dump})
            for i, (dump, _) in enumerate(textdump.fundus())
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_child(tree: Path, corpus: Path) -> dict[str, Any]:
    proc = subprocess.run(
        [PYTHON, str(BENCH / "worker_stages.py"), "--_child", str(tree), str(corpus)],
        stdout=subprocess.PIPE, text=True, check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=2_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--against", type=Path, default=None)
    parser.add_argument("--_child", nargs=2, metavar=("SRC", "CORPUS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._child:
        print(json.dumps(child(*args._child)))
        return
    if not (SHARED_DATA / "wire-syndication-texts").exists():
        print(f"skipped: {SHARED_DATA} is absent")
        return
    run = Run("worker-stages")
    trees = {"this": BENCH.parent} | ({"before": args.against.resolve()} if args.against else {})
    corpora = {"one-day": one_day_corpus(args.records), "fundus dumps": fundus_corpus()}
    best: dict[tuple[str, str], dict[str, float]] = {}
    digests: dict[tuple[str, str], set[str]] = {}
    records: dict[str, int] = {}
    for round_ in range(args.rounds):
        for corpus_name, corpus in corpora.items():
            for tree_name, tree in trees.items():
                progress(f"round {round_ + 1}: {tree_name}, {corpus_name} ...")
                out = run_child(tree, corpus)
                if not out["clipper"].startswith(str(tree)):
                    raise SystemExit(f"{tree_name} ran the clipper of {out['clipper']}")
                records[corpus_name] = out["records"]
                key = (tree_name, corpus_name)
                digests.setdefault(key, set()).add(out["digest"])
                seen = best.setdefault(key, {})
                for stage, s in out["seconds"].items():
                    seen[stage] = min(seen.get(stage, float("inf")), s)
    rows = []
    for corpus_name in corpora:
        n = records[corpus_name]
        print(f"\n{corpus_name}: {n:,} records, CPU ms a record (best of {args.rounds})")
        print(f"  {'stage':14s}" + "".join(f"{t:>10s}" for t in trees)
              + ("     ratio" if len(trees) == 2 else ""))
        for stage in STAGES:
            ms = {t: 1000 * best[(t, corpus_name)][stage] / n for t in trees}
            line = f"  {stage:14s}" + "".join(f"{ms[t]:10.3f}" for t in trees)
            if len(trees) == 2 and ms["before"]:
                line += f"{ms['this'] / ms['before']:10.2f}"
            print(line)
            rows.append({"corpus": corpus_name, "stage": stage}
                        | {f"{t}_ms": ms[t] for t in trees})
            run.add(figure(f"worker, {corpus_name}: {stage}", ms["this"], "ms a record"))
            if len(trees) == 2 and ms["before"]:
                run.add(figure(f"worker, {corpus_name}: {stage}, this tree ÷ {args.against}",
                               ms["this"] / ms["before"], "×"))
        same = {t: sorted(digests[(t, corpus_name)]) for t in trees}
        print("  prepare() digest: " + ", ".join(f"{t} {' '.join(d)}" for t, d in same.items()))
        if len(trees) == 2:
            run.add(figure(f"worker, {corpus_name}: same prepare() output as {args.against}",
                           str(same["this"] == same["before"]), ""))
    run.data.update({"rows": rows, "records": records, "rounds": args.rounds,
                     "digests": {f"{t} / {c}": sorted(d) for (t, c), d in digests.items()}})
    path = run.write()
    print(f"\nload {run.data['loadavg_start']} → {loadavg()}; wrote {path}")


if __name__ == "__main__":
    main()
