"""A record's cost in a cleaning worker, stage by stage, in CPU milliseconds a record.

    python bench/worker_stages.py [--records 2000] [--rounds 2] [--against DIR]
                                  [--corpora one-day fundus-dumps html] [--no-fresh]

Reading the corpus (``clipper.read.read_pages``, in the main process of a run), then what a
worker does for each record (``clipper.workers.prepare``): clean it (the text-dump line
cleaner), fingerprint it (words, shingles, MinHash, passage and opening keys), its story vector,
its template line keys and its full-text search text; and ``prepare`` as a whole.  Each stage
runs over all the records of a corpus in one process, its CPU time divided by the records; the
best of ``--rounds`` rounds (each stage, and ``prepare`` after them, starts with the
per-process answer caches empty, as a fresh worker does: the cleaner's line verdicts, the
identified openings, the template line keys, the paragraphs' words, sentences, story terms and
search words, and every memo ``clipper.paragraphs.forget`` empties).  Two corpora: the first
``--records`` one-day records of ``bench/oneday.py`` (wire paragraphs recombined, all fetched
the same day), and real pages of ``fundus-news-pages`` (23 languages) flattened to text dumps
as ``bench/textdump.py`` makes them: a set the per-record work was not tuned on.  And the HTML
pages of ``bench/speed.py`` (all 439 Zyte + Fundus pages, one JSONL file of ``{"url", "html"}``
records): there "trafilatura alone" is timed first, the baseline of issue 10's HTML targets (the
call ``speed.py`` times: ``extract_html`` on the page's bytes and URL, trafilatura with metadata),
and the cleaning is split into its parts (:data:`CLEAN_PARTS`: the HTML parse, clipper's page
metadata, the tree rules, trafilatura's extraction and retries, its metadata where clipper asks
for it apart, the post-clean, the declared original, language identification; "clean, rest" is
everything else in ``clean_page``, freeing the page's tree included), each part's own CPU
time (a part inside another counts once, in the inner one).

"prepare, fresh process" (unless ``--no-fresh``): ``prepare`` over all the corpus's records
in a process of its own, timed first after ``warm_up``, as a forked worker starts: the stages'
process has paid the set-ups a first page of a kind needs (dateparser's locales, a language's
tables) in its ``clean`` stage before its ``prepare`` runs, and a worker pays them once in its
``prepare``.  Beside it, "warm_up (the parent's)": ``warm_up``'s own CPU in that process, what
a run's parent pays once before it forks its workers (a set-up moved into ``warm_up`` leaves
each worker's "prepare, fresh process" and adds to it once).  Each round runs the stages'
process of each tree, then the fresh one of each.

``--against DIR``: the same in a checkout of the tree before a change (its own ``clipper``
package first on the path), the two trees' rounds interleaved, so the ratios come from one
command on one machine state; and a digest of everything ``prepare`` returned for each corpus
(cleaned text, title, fingerprint, the story vector as stored: every byte of
``Vector.to_bytes``, line keys, search text): equal digests mean
the change left every record's result as it was.  Writes ``bench/results/worker-stages.json``.
Without ``../shared/data`` it prints "skipped" and exits 0.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib
import importlib.util
import json
import pickle
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BENCH, PYTHON, SHARED_DATA, WORK, Run, figure, loadavg, progress, shared_missing

STAGES = ("clean", "fingerprint", "story vector", "line keys", "search text", "prepare")
# prepare timed alone in a process of its own, first after warm_up (a forked worker's start:
# the per-process set-ups its pages need, dateparser's locales among them, paid in it)
FRESH = "prepare, fresh process"
# warm_up's own CPU in that process: what a run's parent pays once before forking its workers
# (what it sets up, each worker does not pay again)
WARM_UP = "warm_up (the parent's)"
# Parts of clean_page timed on HTML pages: (name, names the cleaning modules call them by).
CLEAN_PARTS = (
    ("parse", ("parse_html", "load_page")),
    ("page metadata", ("page_meta",)),
    (
        "tree rules",
        (
            "drop_hidden_elements",
            "unwrap_layout_tables",
            "drop_link_teasers",
            "unwrap_heading_anchors",
            "keep_inline_words",
            "keep_words_after_empty_inline",
            "unwrap_section_heading_links",
            "read_prose_divs_as_paragraphs",
            "unwrap_linked_paragraphs",
        ),
    ),
    ("trafilatura", ("extract_html",)),
    ("trafilatura metadata", ("document_metadata",)),
    ("post-clean", ("post_clean", "_text_lines")),
    ("declared original", ("declared_original", "_declared_language", "declared_language")),
    ("language", ("detect_language",)),
    ("words counted", ("count_words",)),
)
# The modules of clean_page's HTML path (before the split of clipper.clean, that one alone).
CLEAN_MODULES = ("clipper.clean", "clipper.htmlclean", "clipper.extraction", "clipper.verdict")


def child(src: str, corpus: str, fresh: bool = False) -> dict[str, Any]:
    """One round over ``corpus`` (JSONL) with the clipper of ``src``: CPU seconds per stage.
    ``fresh``: only ``prepare`` over every record, timed first after ``warm_up`` (as a worker
    starts: nothing read before it but the two invented pages), as "prepare, fresh process"."""
    sys.path.insert(0, src)
    from clipper import dumplines, textdump
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
    started = time.process_time()
    pages = list(read_pages([corpus], config.read, lambda rejection: None))
    read_s = time.process_time() - started
    started = time.process_time()
    warm_up(config)  # in a run, the parent's before it forks the workers
    warm_up_s = time.process_time() - started
    html = all(page.kind == "html" for page in pages)
    hasher = MinHasher(config.fingerprint)
    from clipper import fingerprint, language, searchtext, templates
    from clipper.stories import vectors as story_vectors

    # per-process answer caches (a tree without one skips it): each stage, and prepare after
    # the stages, starts with them empty, as a fresh worker does

    # the fingerprint's words: clipper.words, in a tree before its split clipper.fingerprint
    words = (
        importlib.import_module("clipper.words")
        if importlib.util.find_spec("clipper.words")
        else fingerprint
    )
    # the story terms: clipper.stories.tokens, in a tree before its split clipper.stories.vectors
    story_terms = (
        importlib.import_module("clipper.stories.tokens")
        if importlib.util.find_spec("clipper.stories.tokens")
        else story_vectors
    )
    # the words' zipf values: clipper.stories.termweights, in a tree before its split vectors
    story_weights = (
        importlib.import_module("clipper.stories.termweights")
        if (importlib.util.find_spec("clipper.stories.termweights"))
        else story_vectors
    )
    caches = [
        getattr(module, name, None)
        for module, name in (
            (dumplines, "_furniture_verdict"),
            (language, "_opening_language"),
            (templates, "_short_line_key"),
            (words, "_words_by_paragraph"),
            (words, "_sentence_word_counts_by_paragraph"),
            (story_terms, "_terms_by_paragraph"),
            (searchtext, "_words_by_paragraph"),
        )
    ]
    # and every line and paragraph memo of clipper.paragraphs (a tree before it skips it)
    paragraphs = (
        importlib.import_module("clipper.paragraphs")
        if importlib.util.find_spec("clipper.paragraphs")
        else None
    )

    def forget() -> None:
        for cache in caches:
            getattr(cache, "cache_clear", getattr(cache, "forget", lambda: None))()
        getattr(paragraphs, "forget", lambda: None)()
        getattr(story_weights, "_ZIPF", {}).clear()  # the words' zipf values kept

    seconds: dict[str, float] = {}

    def timed(stage: str, job: Any) -> Any:
        started = time.process_time()
        result = job()
        seconds[stage] = time.process_time() - started
        return result

    seconds["read"] = read_s
    if fresh:
        seconds[WARM_UP] = warm_up_s
        results = timed("prepare, fresh process", lambda: prepare(pages, config))
        return {
            "records": len(pages),
            "seconds": seconds,
            "digest": prepared_digest(results),
            "clipper": textdump.__file__,
            "pickled_bytes": 0,
        }
    if html:
        timed("trafilatura alone", lambda: trafilatura_alone(corpus))
    forget()
    cleaned = timed("clean", lambda: [clean_page(page, config.clean) for page in pages])
    if html:  # again, each part timed
        from clipper import clean

        forget()
        with parts_timed(seconds):
            [clean.clean_page(page, config.clean) for page in pages]
    articles = [a for a in cleaned if isinstance(a, Article)]
    texts = [a.text for a in articles]
    timed("fingerprint", lambda: fingerprint_texts(texts, hasher))
    timed(
        "story vector",
        lambda: [vectorize(a.title, a.text, a.language, config.stories) for a in articles],
    )
    limit = config.clean.template_max_words
    timed("line keys", lambda: [short_line_keys(text, limit) for text in texts])
    timed("search text", lambda: [(search_text(a.title), search_text(a.text)) for a in articles])
    forget()
    results = timed("prepare", lambda: prepare(pages, config))
    started = time.process_time()
    blob = pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)
    pickle.loads(blob)
    seconds["pickling"] = time.process_time() - started
    return {
        "records": len(pages),
        "seconds": seconds,
        "digest": prepared_digest(results),
        "clipper": textdump.__file__,
        "pickled_bytes": len(blob),
    }


def prepared_digest(results: list[Any]) -> str:
    """A digest of everything ``prepare`` returned for each record (its first 16 hex digits)."""
    digest = hashlib.sha256()
    for item in results:
        if not hasattr(item, "fingerprint"):  # a Rejection
            digest.update(pickle.dumps((item.origin, item.reason, item.detail)))
            continue
        f, v = item.fingerprint, item.story_vector
        a = item.article
        digest.update(
            pickle.dumps(
                (
                    a.title,
                    a.text,
                    a.author,
                    a.published,
                    a.language,
                    a.url,
                    a.site,
                    a.declared_original,
                    a.date_ignored,
                    f.word_count,
                    f.content_hash,
                    f.signature.tobytes(),
                    f.lead_signature.tobytes(),
                    f.shingle_sequence.tobytes(),
                    f.passage_keys.tobytes(),
                    f.opening_keys.tobytes(),
                    f.window_keys.tobytes(),
                    v.to_bytes(),
                    sorted(item.line_keys),
                    item.search_title,
                    item.search_body,
                )
            )
        )
    return digest.hexdigest()[:16]


def trafilatura_alone(corpus: str) -> None:
    """Issue 10's HTML baseline, as ``bench/speed.py`` times it: read the JSONL, then
    ``extract_html`` (trafilatura's ``bare_extraction`` with clipper's options, metadata on)
    on each page's bytes and URL."""
    from clipper.clean import extract_html

    with open(corpus, encoding="utf-8") as f:
        for record in map(json.loads, f):
            extract_html(record["html"].encode("utf-8"), record["url"])


@contextlib.contextmanager
def parts_timed(seconds: dict[str, float]) -> Any:
    """Within the block, add each part of :data:`CLEAN_PARTS` (the functions the modules of
    :data:`CLEAN_MODULES` call by those names; a tree without one skips it) and "clean, rest" to
    ``seconds``: CPU seconds of their own (a part inside another is the inner part's)."""
    from clipper import clean

    # only the tree's own modules: an editable install can find a newer tree's module by name
    home = Path(clean.__file__).parent
    modules = [
        importlib.import_module(name)
        for name in CLEAN_MODULES
        if (spec := importlib.util.find_spec(name)) is not None
        and spec.origin is not None
        and Path(spec.origin).parent == home
    ]

    inner: list[float] = []
    own: dict[str, float] = {}

    def timer(part: str, function: Any) -> Any:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            inner.append(0.0)
            try:
                return function(*args, **kwargs)
            finally:
                took = time.process_time() - started
                own[part] = own.get(part, 0.0) + took - inner.pop()
                if inner:
                    inner[-1] += took

        return timed

    saved = {
        (module, name): getattr(module, name)
        for module in modules
        for _, names in CLEAN_PARTS
        for name in names
        if hasattr(module, name)
    }
    for part, names in CLEAN_PARTS:
        for (module, name), function in saved.items():
            if name in names:
                setattr(module, name, timer(part, function))
    whole = clean.clean_page
    clean.clean_page = timer("clean, rest", whole)
    try:
        yield
    finally:
        clean.clean_page = whole
        for (module, name), function in saved.items():
            setattr(module, name, function)
    seconds.update(own)


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


def html_corpus() -> Path:
    """All the HTML pages of ``bench/speed.py`` (Zyte + Fundus), as it writes them."""
    import speed

    return speed.html_corpus(None)


CORPORA = ("one-day", "fundus-dumps", "html")


def run_child(tree: Path, corpus: Path, fresh: bool = False) -> dict[str, Any]:
    proc = subprocess.run(
        [PYTHON, str(BENCH / "worker_stages.py"), "--_child", str(tree), str(corpus)]
        + (["--_fresh"] if fresh else []),
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=2_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--against", type=Path, default=None)
    parser.add_argument("--corpora", nargs="+", choices=CORPORA, default=list(CORPORA))
    parser.add_argument(
        "--no-fresh",
        action="store_true",
        help="skip the fresh-process prepare round of each tree and corpus",
    )
    parser.add_argument("--_child", nargs=2, metavar=("SRC", "CORPUS"), help=argparse.SUPPRESS)
    parser.add_argument("--_fresh", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._child:
        src, corpus = args._child
        print(json.dumps(child(src, corpus, fresh=args._fresh)))
        return
    if not (SHARED_DATA / "wire-syndication-texts").exists():
        print(shared_missing(SHARED_DATA))
        return
    run = Run("worker-stages")
    trees = {"this": BENCH.parent} | ({"before": args.against.resolve()} if args.against else {})
    makers = {
        "one-day": lambda: one_day_corpus(args.records),
        "fundus dumps": fundus_corpus,
        "html": html_corpus,
    }
    corpora = {name: makers[name]() for name in makers if name.replace(" ", "-") in args.corpora}
    best: dict[tuple[str, str], dict[str, float]] = {}
    digests: dict[tuple[str, str], set[str]] = {}
    records: dict[str, int] = {}
    for round_ in range(args.rounds):
        for corpus_name, corpus in corpora.items():
            # the stages in one process per tree, then prepare alone in a fresh one per tree:
            # the trees interleaved in each
            for fresh in (False,) if args.no_fresh else (False, True):
                for tree_name, tree in trees.items():
                    what = "prepare in a fresh process" if fresh else "stages"
                    progress(f"round {round_ + 1}: {tree_name}, {corpus_name}, {what} ...")
                    out = run_child(tree, corpus, fresh)
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
        print(
            f"  {'stage':22s}"
            + "".join(f"{t:>10s}" for t in trees)
            + ("     ratio" if len(trees) == 2 else "")
        )
        fresh_rows = () if args.no_fresh else (FRESH, WARM_UP)
        stages = ["read", *STAGES, *fresh_rows, "pickling"]
        if corpus_name == "html":
            parts = [part for part, _ in CLEAN_PARTS] + ["clean, rest"]
            stages = [*stages[:1], "trafilatura alone", *stages[1:2], *parts, *stages[2:]]
        for stage in stages:
            ms = {t: 1000 * best[(t, corpus_name)].get(stage, 0.0) / n for t in trees}
            line = f"  {stage:22s}" + "".join(f"{ms[t]:10.3f}" for t in trees)
            if len(trees) == 2 and ms["before"]:
                line += f"{ms['this'] / ms['before']:10.2f}"
            print(line)
            rows.append({"corpus": corpus_name, "stage": stage} | {f"{t}_ms": ms[t] for t in trees})
            run.add(figure(f"worker, {corpus_name}: {stage}", ms["this"], "ms a record"))
            if len(trees) == 2 and ms["before"]:
                run.add(
                    figure(
                        f"worker, {corpus_name}: {stage}, this tree ÷ {args.against}",
                        ms["this"] / ms["before"],
                        "×",
                    )
                )
        if corpus_name == "html":
            for t in trees:
                b = best[(t, corpus_name)]
                for stage in ("prepare", *(() if args.no_fresh else (FRESH,))):
                    ratio = b[stage] / b["trafilatura alone"]
                    print(
                        f"  {t}: {stage} ÷ trafilatura alone {ratio:.3f}, beyond it "
                        f"{1000 * (b[stage] - b['trafilatura alone']) / n:.2f} ms a page"
                    )
                    if t == "this":
                        run.add(figure(f"worker, html: {stage} ÷ trafilatura alone", ratio, "×"))
        same = {t: sorted(digests[(t, corpus_name)]) for t in trees}
        print("  prepare() digest: " + ", ".join(f"{t} {' '.join(d)}" for t, d in same.items()))
        if len(trees) == 2:
            run.add(
                figure(
                    f"worker, {corpus_name}: same prepare() output as {args.against}",
                    str(same["this"] == same["before"]),
                    "",
                )
            )
    run.data.update(
        {
            "rows": rows,
            "records": records,
            "rounds": args.rounds,
            "digests": {f"{t} / {c}": sorted(d) for (t, c), d in digests.items()},
        }
    )
    path = run.write()
    print(f"\nload {run.data['loadavg_start']} → {loadavg()}; wrote {path}")


if __name__ == "__main__":
    main()
