"""The language clipper stores for a page against the page's true language, on every labelled
set, and the thresholds of the rule that believes a text over its declaration.

    python bench/languages.py [--sets fundus,zyte,readability,newspaper] [--processes 2]
                              [--limit N] [--no-grid]

**Stored against true** (``../shared/data``: the four extraction sets, every page cleaned by
:func:`clipper.clean.clean_page` as ``dedupe`` cleans it).  A page's true language:

- ``label``: Readability's ``expected-metadata.json`` ``lang`` (73 of its 130 pages; what the
  page's own ``<html lang>`` says, read by a browser's parser: Readability.js takes
  ``document.documentElement.lang``);
- ``text``: the language of the set's expected text (the human-checked article body), told by
  py3langid over the whole of it with probability ≥ 0.99 (pages below that, and pages whose
  expected text is lorem ipsum, which py3langid calls Latin, have none).  This is the same
  model as the rule's, on another text (the expected body, not clipper's cleaned one): every
  page where the stored and the declared language differ was read by eye (the report lists
  them) — German company blogs under ``lang="en"``, English Business Insider pages under
  ``lang="de"``, South African Zulu and Xhosa and a Tanzanian Swahili paper under their
  group's ``lang="en"``, a Libération page whose IE conditional comments hold ``lang="en"``.

Printed per set: pages with a true language, how many the stored language matches, and the
declaration alone (a page's ``<html lang>`` / meta, else its text's language, as clipper
stored it before the rule).  Pages the rule moves off their declaration are listed.

**Grid** (``--no-grid`` skips it): the rule's thresholds, tuned on ``fundus`` (its cleaned texts
in 23 languages) and confirmed on the others and on three English text sets (wire-syndication
680, same-story-pairs 304, story-chains-energy 100 texts).  Each text with a true ``text``
language T is cut to 150, 300, 400, 600, 1,000, 2,000 characters and whole (at a line end), and
given to :func:`clipper.language.believed_language` under T (any switch is a *false switch*),
under a wrong declaration W (``en``, or ``de`` for English texts: a *fix* when it gives T, a
*wrong* switch when another language) and, for *mixed* pages, as the text followed by as many
characters of another page's text in W, declared W (a switch is a false one: a page of two
languages keeps its declaration).  Counted for each probability threshold and minimum length.

Writes ``bench/results/languages.json``.  Skips (exit 0) when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import itertools
import json
import multiprocessing
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from extraction import DATA, DIRS, LOADERS, READABILITY, raw_page  # noqa: E402

from clipper.clean import clean_page  # noqa: E402
from clipper.config import CleanConfig  # noqa: E402
from clipper.declaredlanguage import declared_language  # noqa: E402
from clipper.language import believed_language, detect_language, identify  # noqa: E402
from clipper.page import Article  # noqa: E402
from clipper.read.sniffing import page_head  # noqa: E402

RESULTS = REPO / "bench" / "results" / "languages.json"
SETS = ("fundus", "zyte", "readability", "newspaper")
TUNED = ("fundus",)
TEXT_SETS = {
    "wire-syndication": DATA / "wire-syndication-texts" / "articles.jsonl",
    "same-story-pairs": DATA / "same-story-pairs" / "articles.jsonl",
    "story-chains-energy": DATA / "story-chains-energy" / "articles.jsonl",
}
TRUTH_PROBABILITY = 0.99
CUTS = (150, 300, 400, 600, 1000, 2000, None)
PROBABILITIES = (0.9, 0.99, 0.999)
MIN_CHARS = (0, 200, 400, 800)
# the mixed-page check off (a share no text reaches) and on
SHARES = (1.01, 0.2)
_CONFIG = CleanConfig()


def _label(case_id: str) -> str | None:
    path = READABILITY / case_id / "expected-metadata.json"
    if not path.exists():
        return None
    lang = json.loads(path.read_text(encoding="utf-8")).get("lang")
    return lang.split("-")[0].lower() if lang else None


def _truth_language(text: str) -> str | None:
    if not text.strip():
        return None
    code, probability = identify(text)
    return code if probability >= TRUTH_PROBABILITY and code != "la" else None


def _job(job: tuple[str, dict[str, Any]]) -> dict[str, Any]:
    name, case = job
    body = case["body"]
    raw = raw_page(case)
    result = clean_page(raw, _CONFIG)
    text = result.text if isinstance(result, Article) else None
    declared = declared_language(page_head(body if isinstance(body, bytes) else body.encode()))
    return {
        "set": name,
        "id": case["id"],
        "declared": declared,
        # the declaration alone: what clipper stored before the rule
        "declaration": declared or (detect_language(text) if text else None),
        "stored": result.language if isinstance(result, Article) else None,
        "text": text,
        "label": _label(case["id"]) if name == "readability" else None,
        "truth": _truth_language(case["truth"]),
    }


def stored_against_truth(names: list[str], processes: int, limit: int | None) -> list[dict]:
    jobs = [(n, c) for n in names for c in LOADERS[n]()[:limit]]
    with multiprocessing.Pool(processes) as pool:
        return list(pool.imap(_job, jobs, chunksize=4))


def _tally(pages: list[dict], truth: str) -> dict[str, int]:
    known = [p for p in pages if p[truth] and p["text"]]
    return {
        "pages": len(known),
        "declaration_right": sum(p["declaration"] == p[truth] for p in known),
        "stored_right": sum(p["stored"] == p[truth] for p in known),
    }


def _cut(text: str, n: int | None) -> str:
    if n is None or len(text) <= n:
        return text
    end = text.rfind("\n", 0, n)
    return text[: end if end > n // 2 else n]


def _wrong(truth: str) -> str:
    return "de" if truth == "en" else "en"


def grid(texts: list[tuple[str, str]], others: dict[str, list[str]]) -> dict[str, Any]:
    """Counts for every (probability, minimum length) of the rule over ``texts`` ((true
    language, text) pairs); ``others`` holds texts by language for the mixed pages."""
    import clipper.language

    # the rule as clipper runs it, its identifications remembered across the thresholds
    clipper.language.identify = functools.cache(identify)
    out: dict[str, Any] = {}
    for p, m, share in itertools.product(PROBABILITIES, MIN_CHARS, SHARES):
        config = dataclasses.replace(
            _CONFIG,
            text_language_min_probability=p,
            text_language_min_chars=m,
            text_language_mixed_share=share,
        )
        counts = dict.fromkeys(
            (
                "own",
                "false_switch",
                "wrongly_declared",
                "fixed",
                "wrong_switch",
                "mixed",
                "mixed_switch",
            ),
            0,
        )
        by_cut: dict[str, list[int]] = {}
        for i, (truth, text) in enumerate(texts):
            wrong = _wrong(truth)
            pool = others.get(wrong) or []
            for n in CUTS:
                part = _cut(text, n)
                key = str(n or "whole")
                row = by_cut.setdefault(key, [0, 0, 0, 0])
                counts["own"] += 1
                if believed_language(truth, part, config) != truth:
                    counts["false_switch"] += 1
                    row[0] += 1
                counts["wrongly_declared"] += 1
                got = believed_language(wrong, part, config)
                if got == truth:
                    counts["fixed"] += 1
                    row[1] += 1
                elif got != wrong:
                    counts["wrong_switch"] += 1
                    row[2] += 1
                if pool:
                    # the text, then as much of a page in the declared language
                    other = pool[i % len(pool)]
                    half = min(len(part), len(other))
                    mixed = _cut(part, half) + "\n" + _cut(other, half)
                    counts["mixed"] += 1
                    if believed_language(wrong, mixed, config) != wrong:
                        counts["mixed_switch"] += 1
                        row[3] += 1
        out[f"p{p}/min{m}/share{share}"] = {**counts, "by_cut": by_cut}
    return out


def _text_set(path: Path) -> list[tuple[str, str]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            text = (json.loads(line).get("text") or "").strip()
            truth = _truth_language(text)
            if truth:
                out.append((truth, text))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="pages per set")
    parser.add_argument("--no-grid", action="store_true")
    args = parser.parse_args(argv)
    names = [n for n in args.sets.split(",") if n and DIRS[n].is_dir()]
    if not names:
        from _common import shared_missing

        print(shared_missing(DATA))
        return 0
    t0 = time.perf_counter()
    pages = stored_against_truth(names, args.processes, args.limit)
    results: dict[str, Any] = {"sets": {}}
    print(f"{'set':<13}{'truth':<7}{'pages':>6}{'declaration':>13}{'stored':>8}")
    for name in names:
        mine = [p for p in pages if p["set"] == name]
        tallies = {"text": _tally(mine, "truth")}
        if name == "readability":
            tallies["label"] = _tally(mine, "label")
        results["sets"][name] = {
            **tallies,
            "moved": [
                {k: p[k] for k in ("id", "declared", "stored", "truth", "label")}
                for p in mine
                if p["text"] and p["stored"] != p["declaration"]
            ],
        }
        for kind, t in tallies.items():
            print(
                f"{name:<13}{kind:<7}{t['pages']:>6}{t['declaration_right']:>13}"
                f"{t['stored_right']:>8}"
            )
    for name in names:
        for m in results["sets"][name]["moved"]:
            print(
                f"  moved {name} {m['id'][:40]}: declared {m['declared']} -> stored "
                f"{m['stored']} (truth {m['truth']}, label {m['label']})"
            )
    if not args.no_grid:
        texts = {
            name: [
                (p["truth"], p["text"])
                for p in pages
                if p["set"] == name and p["truth"] and p["text"]
            ]
            for name in names
        }
        for name, path in TEXT_SETS.items():
            if path.exists():
                texts[name] = _text_set(path)
        pool: dict[str, list[str]] = {}
        for name in texts:
            for truth, text in texts[name]:
                pool.setdefault(truth, []).append(text)
        results["grid"] = {}
        print(
            "\ngrid: own declaration switched / wrong declaration fixed, wrongly switched / "
            "mixed page switched (texts cut to "
            + ", ".join(str(c or "whole") for c in CUTS)
            + " characters)"
        )
        for name, pairs in texts.items():
            role = "tuned" if name in TUNED else "confirm"
            results["grid"][name] = g = grid(pairs, pool)
            print(f"{name} ({role}, {len(pairs)} texts)")
            for key, c in g.items():
                print(
                    f"  {key:<14} false {c['false_switch']:>4}/{c['own']:<5} fixed "
                    f"{c['fixed']:>5}/{c['wrongly_declared']:<5} wrong {c['wrong_switch']:>3}"
                    f"  mixed switched {c['mixed_switch']:>4}/{c['mixed']}"
                )
    wall = time.perf_counter() - t0
    print(f"\nwall time {wall:.1f}s")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
                "command": "python bench/languages.py " + " ".join(argv or sys.argv[1:]),
                "config": {
                    k: v
                    for k, v in dataclasses.asdict(_CONFIG).items()
                    if k.startswith("text_language")
                },
                "tuned_sets": list(TUNED),
                "wall_seconds": wall,
                **results,
            },
            indent=1,
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
