"""Authors: how often clipper stores a page's byline as the page's labels give it.

    python bench/authors.py [--sets fundus,readability] [--limit N] [--processes 2]

Sets (``../shared/data``, see its README): ``fundus`` (258 news pages of 181 publishers; the
labels' ``authors``, a list of names, empty where the parser found none) and ``readability``
(Mozilla Readability's test pages; ``expected-metadata.json``'s ``byline``, one string as the
page shows it: "By Jane Doe and John Roe", "Jane Doe, Staff Writer"; pages whose byline is
null or empty are left out, since Readability's null also stands for "not looked for").

Systems, each on the very same page bytes and URL:

(a) ``trafilatura``: ``trafilatura.bare_extraction(html, url=url, with_metadata=True)``'s
    ``author`` (its default settings);
(b) ``clipper``: :func:`clipper.clean.clean_page`'s ``Article.author`` as stored.

Scoring, by name: a name is its ``\\w+`` words, NFKC-casefolded, in order; a byline string is
split into names at ``;``, ``,``, `` and ``, ``&``, `` und ``, `` et ``, `` y ``, `` e ``
and " | ", and a name's leading "By"/"Von"/"Par"/"Por" word dropped (the same split on both
sides, so only which names were found counts, not how they were joined).  A predicted name
is right when its words equal a true name's words, or are the true name's words minus
(or plus) trailing role words such as "Staff Writer" (a true name's words contained whole in
the predicted name, or the reverse, both ≥ 2 words).  Per page: names right, names predicted,
names true; precision and recall are micro-averaged over pages, and ``pages exact`` counts the
pages whose predicted names are all right and all there (a page with no true name and no
prediction counts as exact).  Fundus's labels are a parser's (its own rules per publisher),
so a few disagreements are the labels' choice (an agency, a section name); the page list
printed with ``--show`` is there to read them.

Tuned on ``fundus`` (clipper.bylines, 2026-12-03), confirmed on ``readability``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import re
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import extraction  # noqa: E402
from _common import loadavg, now_iso, shared_missing  # noqa: E402
from extraction import DATA, raw_page  # noqa: E402

from clipper.clean import clean_page  # noqa: E402
from clipper.config import CleanConfig  # noqa: E402
from clipper.page import Article  # noqa: E402

RESULTS = REPO / "bench" / "results" / "authors.json"
SETS = ("fundus", "readability")

_SPLIT = re.compile(r"\s*(?:;|,|\||&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", re.IGNORECASE)
_LEAD = frozenset(("by", "von", "par", "por", "door", "av", "di", "de"))
_WORD = re.compile(r"\w+")


def names(byline: str | None) -> list[tuple[str, ...]]:
    """A byline as its names, each a tuple of casefolded words ("By Jane Doe and John Roe" ->
    [("jane", "doe"), ("john", "roe")])."""
    out: list[tuple[str, ...]] = []
    for part in _SPLIT.split(unicodedata.normalize("NFKC", byline or "")):
        words = tuple(w.casefold() for w in _WORD.findall(part))
        while words and words[0] in _LEAD and len(words) > 1:
            words = words[1:]
        if words and words not in out:
            out.append(words)
    return out


def _same(predicted: tuple[str, ...], truth: tuple[str, ...]) -> bool:
    if predicted == truth:
        return True
    short, long_ = sorted((predicted, truth), key=len)
    if len(short) < 2:
        return False
    return any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def score_page(predicted: str | None, truth: list[str]) -> tuple[int, int, int]:
    """(names right, names predicted, names true) of one page."""
    pred = names(predicted)
    true = [n for t in truth for n in names(t)]
    right = sum(1 for p in pred if any(_same(p, t) for t in true))
    return right, len(pred), len(true)


# --------------------------------------------------------------------------- the sets


def _fundus_cases() -> list[dict[str, Any]]:
    return extraction.LOADERS["fundus"]()


def _readability_cases() -> list[dict[str, Any]]:
    return [
        {**case, "authors": [case["byline"]]}
        for case in extraction.LOADERS["readability"]()
        if case.get("byline") and case["byline"].strip()
    ]


LOADERS = {"fundus": _fundus_cases, "readability": _readability_cases}
_CONFIG = CleanConfig()


def _job(case: dict[str, Any]) -> dict[str, Any]:
    from trafilatura import bare_extraction

    raw = raw_page(case)
    doc = bare_extraction(raw.body, url=raw.url, with_metadata=True)
    traf = getattr(doc, "author", None) if doc is not None else None
    result = clean_page(raw, _CONFIG)
    mine = result.author if isinstance(result, Article) else None
    return {"id": case["id"], "truth": case["authors"], "trafilatura": traf, "clipper": mine}


def _totals(rows: list[dict[str, Any]], system: str) -> dict[str, float]:
    right = pred = true = exact = 0
    for row in rows:
        r, p, t = score_page(row[system], row["truth"])
        right, pred, true = right + r, pred + p, true + t
        exact += r == p == t
    precision = right / pred if pred else 0.0
    recall = right / true if true else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "pages_exact": exact,
        "pages": len(rows),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--limit", type=int)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--show", action="store_true", help="print every page clipper misses")
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(shared_missing(DATA))
        return 0
    results: dict[str, Any] = {
        "timestamp": now_iso(),
        "command": "python bench/authors.py " + " ".join(argv or sys.argv[1:]),
        "loadavg_start": loadavg(),
        "sets": {},
        "figures": [],
    }
    for name in args.sets.split(","):
        cases = LOADERS[name]()[: args.limit]
        t0 = time.perf_counter()
        with multiprocessing.get_context("spawn").Pool(args.processes) as pool:
            rows = pool.map(_job, cases, chunksize=4)
        seconds = time.perf_counter() - t0
        tuned = " (tuned on)" if name == "fundus" else " (confirms)"
        print(f"\n{name}{tuned}: {len(rows)} pages, {seconds:.0f} s")
        print(f"  {'system':<12} {'P':>6} {'R':>6} {'F1':>6}  pages exact")
        entry = {}
        for system in ("trafilatura", "clipper"):
            t = _totals(rows, system)
            entry[system] = t
            print(
                f"  {system:<12} {t['precision']:>6.3f} {t['recall']:>6.3f} {t['f1']:>6.3f}"
                f"  {t['pages_exact']}/{t['pages']}"
            )
        results["sets"][name] = entry
        for system in ("trafilatura", "clipper"):
            results["figures"].append(
                {
                    "figure": f"author name F1, {name}{tuned}, {system}",
                    "value": entry[system]["f1"],
                    "unit": "",
                    "target": None,
                    "met": None,
                }
            )
        if args.show:
            for row in rows:
                right, predicted, true = score_page(row["clipper"], row["truth"])
                if not right == predicted == true:
                    print(
                        f"  - {row['id']}: {row['clipper']!r}  truth {row['truth']!r}"
                        f"  (trafilatura {row['trafilatura']!r})"
                    )
    results["loadavg_end"] = loadavg()
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
