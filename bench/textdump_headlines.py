"""Headlines of text dumps built from real headlines and bodies: kept right, lost, or wrongly
taken from the body; this checkout against a baseline checkout in the same command.

    python bench/textdump_headlines.py [--baseline DIR] [--headlines-only]

Three sets of ``../shared/data`` state each article's headline beside its body:
``fundus-news-pages`` (the expected headline, standfirst and body sections of 258 pages of 181
publishers in 41 countries and many languages: inflected ones, CJK, Greek, Cyrillic; tuned on),
``same-story-pairs`` (304 English articles, body one paragraph a line) and
``story-chains-energy`` (100 English articles, body one line): confirmation, not tuned on.  Each
article becomes text dumps at run time (never stored: the texts belong to their publishers) in
the layouts scrapers write: the headline, a blank line and the body (``blank``); the headline
straight above the body (``tight``); the headline, a dateline ("Published 24 July 2017", from
the record's date) and the body (``dateline``).  Each checkout cleans every dump with
:func:`clipper.textdump.clean_text_dump` in its own process (``PYTHONPATH=DIR``, default
baseline ``../main``) and each dump is scored:

- ``right``: the title is the headline (after case and punctuation folding);
- ``in text``: the headline is not the title but kept as a line of the text;
- ``lost``: the headline is neither the title nor a line of the text (the reader cannot see
  it and search cannot find its words);
- ``wrong``: the title is something else (a body line taken for the headline), whatever
  became of the headline (so ``wrong`` overlaps ``in text`` and ``lost``).

The body kept is scored too, as ``bench/textdump.py`` scores it (the Zyte benchmark's F1 of
4-gram shingles against the article's body: for the text sets, the body the dump was built
from), on these dumps and on the real pages ``bench/textdump.py`` flattens to text
(fundus-news-pages, newspaper-article-pages, readability-test-pages): a standfirst kept below
the headline must cost no precision there.

Writes ``bench/results/textdump_headlines.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO, SHARED_DATA, Run, figure, shared_missing
from extraction import _fundus_cases, score
from textdump import _same_headline, fundus, newspaper, readability

_CHILD = """
import json, sys
from clipper.textdump import clean_text_dump
cases = json.load(open(sys.argv[1], encoding="utf-8"))
out = {}
for key, text in cases.items():
    cleaned = clean_text_dump(text)
    out[key] = [cleaned.title, cleaned.paragraphs]
json.dump(out, sys.stdout)
"""

SETS = {
    "fundus-news-pages": "tuned on",
    "same-story-pairs": "confirmation",
    "story-chains-energy": "confirmation",
}
LAYOUTS = ("blank", "tight", "dateline")


def articles(name: str) -> list[tuple[str, str, str, str]]:
    """(id, headline, body, date) of the set's articles that state a headline."""
    if name == "fundus-news-pages":
        return [
            (str(case["id"]), case["title"].strip(), case["truth"], case["date"] or "")
            for case in _fundus_cases()
            if case["title"] and case["truth"]
        ]
    out = []
    with (SHARED_DATA / name / "articles.jsonl").open(encoding="utf-8") as f:
        for number, line in enumerate(f):
            record = json.loads(line)
            if record.get("title") and record.get("text"):
                key = str(record.get("doc_id", number))
                out.append((key, record["title"].strip(), record["text"], record.get("date", "")))
    return out


def dumps(name: str) -> dict[str, tuple[str, str]]:
    """case id -> (dump, headline), one dump per article and layout."""
    out = {}
    for key, headline, body, day in articles(name):
        try:
            dateline = f"Published {date.fromisoformat(day[:10]):%d %B %Y}"
        except ValueError:
            dateline = "Published 1 June 2021"
        for layout in LAYOUTS:
            head = {
                "blank": [headline, ""],
                "tight": [headline],
                "dateline": [headline, dateline, ""],
            }[layout]
            out[f"{name}/{layout}/{key}"] = ("\n".join([*head, body]), headline)
    return out


def built_bodies(name: str) -> list[tuple[str, str]]:
    """(dump, body) of the ``tight`` dumps of a text set: the body is what the text must keep."""
    return [
        (dump, body)
        for (key, (dump, _)), (_, _, body, _) in zip(
            ((k, v) for k, v in dumps(name).items() if k.split("/")[1] == "tight"),
            articles(name),
            strict=True,
        )
    ]


def cleaned(checkout: Path, cases: dict[str, str]) -> dict[str, tuple[str | None, list[str]]]:
    """case id -> (title, paragraphs) as the clipper of ``checkout`` cleans the dump."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as f:
        json.dump(cases, f)
        f.flush()
        env = {**os.environ, "PYTHONPATH": str(checkout)}
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, f.name],
            env=env,
            cwd=checkout,
            check=True,
            capture_output=True,
            text=True,
        )
    found = json.loads(done.stdout)
    return {key: (title, paragraphs) for key, (title, paragraphs) in found.items()}


def verdict(title: str | None, paragraphs: list[str], headline: str) -> list[str]:
    """right, or in text / lost and maybe wrong (see the module docstring)."""
    if _same_headline(title, headline):
        return ["right"]
    wrong = ["wrong"] if title is not None else []
    if any(_same_headline(line, headline) for line in paragraphs):
        return ["in text", *wrong]
    return ["lost", *wrong]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", type=Path, default=REPO.parent / "main")
    parser.add_argument(
        "--listing", type=Path, default=Path(tempfile.gettempdir()) / "textdump_headlines.tsv"
    )
    parser.add_argument(
        "--headlines-only",
        action="store_true",
        help="score the headlines only, not the bodies (under a minute)",
    )
    args = parser.parse_args(argv)
    if not SHARED_DATA.exists():
        print(shared_missing(SHARED_DATA))
        return 0
    checkouts = {"baseline": args.baseline.resolve(), "this checkout": REPO}
    run = Run("textdump_headlines", sys.argv)
    figures: list[dict[str, Any]] = []
    listing: list[str] = []
    kinds = ("right", "in text", "lost", "wrong")
    print(
        f"{'set':<20} {'layout':<9} {'checkout':<14} {'dumps':>6} "
        + " ".join(f"{k:>8}" for k in kinds)
    )
    for name, role in SETS.items():
        cases = dumps(name)
        texts = {key: dump for key, (dump, _) in cases.items()}
        got = {label: cleaned(checkout, texts) for label, checkout in checkouts.items()}
        for layout in (*LAYOUTS, "all"):
            keys = [k for k in cases if layout == "all" or k.split("/")[1] == layout]
            for label in checkouts:
                counts = dict.fromkeys(kinds, 0)
                for key in keys:
                    for kind in verdict(*got[label][key], cases[key][1]):
                        counts[kind] += 1
                print(
                    f"{name:<20} {layout:<9} {label:<14} {len(keys):6d} "
                    + " ".join(f"{counts[k]:8d}" for k in kinds)
                )
                for kind in kinds:
                    figures.append(
                        figure(
                            f"headline {kind}, {name} ({role}), {layout}, {label}",
                            counts[kind],
                            "dumps",
                        )
                    )
        for key, (_, headline) in cases.items():
            old, new = (got[label][key][0] for label in checkouts)
            if old != new:
                listing.append(f"{key}\t{headline}\t{old or '-'}\t{new or '-'}\n")
    args.listing.write_text("".join(listing), encoding="utf-8")
    print(f"titles changed: {len(listing)} (listing: {args.listing})")
    print(
        f"{'body F1':<20} {'dumps':<9} {'checkout':<14} {'pages':>6} {'F1':>8} {'prec.':>8} "
        f"{'recall':>8}"
    )
    flattened = {
        "fundus (flattened)": fundus,
        "newspaper (flattened)": newspaper,
        "readability (flattened)": readability,
    }
    for name, pairs in (
        []
        if args.headlines_only
        else [
            *((f"{n} (built)", [(d, b) for d, b in built_bodies(n)]) for n in SETS),
            *((n, list(make())) for n, make in flattened.items()),
        ]
    ):
        texts = {str(i): dump for i, (dump, _) in enumerate(pairs)}
        for label, checkout in checkouts.items():
            bodies = cleaned(checkout, texts)
            scores = score(
                (truth, "\n".join(bodies[str(i)][1])) for i, (_, truth) in enumerate(pairs)
            )
            print(
                f"{name:<30} {label:<14} {len(pairs):6d} {scores['f1']:8.4f} "
                f"{scores['precision']:8.4f} {scores['recall']:8.4f}"
            )
            figures.append(figure(f"body F1, {name}, {label}", round(scores["f1"], 4)))
            figures.append(
                figure(f"body precision, {name}, {label}", round(scores["precision"], 4))
            )
            figures.append(figure(f"body recall, {name}, {label}", round(scores["recall"], 4)))
    run.data["baseline"] = str(args.baseline)
    run.add(*figures)
    print(f"wrote {run.write()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
