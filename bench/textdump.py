"""Text-dump cleaning beyond English: real pages flattened to text dumps, cleaned with the English
furniture table alone and with every language table, scored against each page's expected body.

    python bench/textdump.py [--limit N]

A crawler's text dump is the page's visible text, one block element a line (what a "save as
text" or ``innerText`` gives): skip links, consent banners, share bars, "read also" boxes and
all.  This script makes those dumps from real pages with lxml (scripts, styles and ``<head>``
removed, one line per block element), runs :func:`clipper.textdump.clean_text_dump` on each
three times: as clipper did before (English phrases only, no menu rule), with the menu rule
and only the English table of :mod:`clipper.furniture`, and with every table; and scores the
cleaned text against the page's expected body with the Zyte benchmark metric (4-gram shingle
multisets, ``bench/extraction.py``).  The uncleaned dump is scored too.  Then the headline
clipper guesses for a dump without a title, against the page's true headline (fundus and
readability state them), with the rule before 2026-12-01 as the baseline in the same run.

Sets: ``fundus-news-pages`` (258 pages, 23 languages; the set the tables and rules were checked
on), ``newspaper-article-pages`` (145 pages) and ``readability-test-pages`` (130 pages, expected
text = the flattened ``expected.html``): never looked at while writing them, the confirmation
sets.  Last, the publication date read from each dump's dateline, against fundus's
``publishing_date`` (tuned on) and readability's ``publishedTime`` (33 pages; confirmation).
The menu rule's thresholds were chosen on fundus (see ``clipper/dumpblocks.py``).  Writes
``bench/results/textdump.json``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.html
from _common import SHARED_DATA, Run, figure, progress, shared_missing
from extraction import _fundus_cases, score

import clipper.dumpblocks as dumpblocks
import clipper.dumpheadlines as dumpheadlines
import clipper.dumplines as dumplines
import clipper.furniture as furniture
import clipper.furniture.compiled as compiled
import clipper.textdump as textdump
from clipper import paragraphs
from clipper.textdump import clean_text_dump

_SPACES = re.compile(r"\s+")
_DROP = ("script", "style", "noscript", "template", "svg", "head", "iframe")
_BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "br",
    "form",
    "button",
    "dt",
    "dd",
    "pre",
    "address",
    "label",
}


def visible_tree(text: str) -> lxml.html.HtmlElement | None:
    """A page's parsed tree without what a browser does not show (:data:`_DROP`: scripts,
    styles, ``<head>``…); None when lxml cannot parse it."""
    try:
        root = lxml.html.fromstring(text)
    except (ValueError, lxml.etree.ParserError):
        return None
    for bad in root.xpath("//" + " | //".join(_DROP)):
        bad.drop_tree()
    return root


def flatten(html: bytes | str) -> str:
    """The visible text of a page, one block element a line (whitespace inside a block
    collapsed, as a browser renders it)."""
    if isinstance(html, bytes):
        try:
            text = html.decode("utf-8")
        except UnicodeDecodeError:
            text = html.decode("cp1252", errors="replace")
    else:
        text = html
    root = visible_tree(text)
    if root is None:
        return ""
    for el in root.iter():
        el.text = _SPACES.sub(" ", el.text) if el.text else el.text
        el.tail = _SPACES.sub(" ", el.tail) if el.tail else el.tail
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


def fundus() -> Iterator[tuple[str, str]]:
    """(dump, expected body) for each fundus page with an expected body (pages matched to their
    expected versions by ``bench/extraction.py``)."""
    for case in _fundus_cases():
        if case["truth"]:
            yield flatten(case["body"]), case["truth"]


def newspaper() -> Iterator[tuple[str, str]]:
    root = SHARED_DATA / "newspaper-article-pages"
    for path in sorted((root / "html").glob("*.html.gz")):
        name = path.name.removesuffix(".html.gz")
        truth = root / "text" / f"{name}.txt"
        if truth.exists():
            yield flatten(gzip.decompress(path.read_bytes())), truth.read_text()


def readability() -> Iterator[tuple[str, str]]:
    root = SHARED_DATA / "readability-test-pages"
    for case in sorted(p for p in root.iterdir() if (p / "source.html.gz").exists()):
        expected = flatten(gzip.decompress((case / "expected.html.gz").read_bytes()))
        if expected:
            yield flatten(gzip.decompress((case / "source.html.gz").read_bytes())), expected


def run(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    english = compiled.compile_tables([furniture.TABLES["en"]])
    every = compiled.compile_tables(list(furniture.TABLES.values()))
    settings = {
        # close to clipper before the language tables and the menu rule (which scored 0.686 /
        # 0.546 / 0.810 on these dumps at b04420f)
        "English table, no menu rule": (english, 10**9),
        "English table only": (english, dumpblocks.MENU_RUN),
        "all language tables": (every, dumpblocks.MENU_RUN),
    }
    menu_run = dumpblocks.MENU_RUN
    out["dump, uncleaned"] = score((truth, dump) for dump, truth in pairs)
    for name, (matchers, run) in settings.items():
        compiled._ALL, dumpblocks.MENU_RUN = matchers, run
        paragraphs.forget()  # a line's kept reading is no setting's but its own
        cleaned = [(truth, "\n".join(clean_text_dump(dump).paragraphs)) for dump, truth in pairs]
        out[name] = score(cleaned)
    compiled._ALL, dumpblocks.MENU_RUN = None, menu_run
    paragraphs.forget()
    return out


def titled() -> dict[str, list[tuple[str, str]]]:
    """(dump, true headline) per set that states headlines: fundus (its expected title) and
    readability (``expected-metadata.json``); newspaper-article-pages has none."""
    out = {"fundus": [(flatten(c["body"]), c["title"]) for c in _fundus_cases() if c["title"]]}
    root = SHARED_DATA / "readability-test-pages"
    pairs = []
    for case in sorted(p for p in root.iterdir() if (p / "source.html.gz").exists()):
        meta = case / "expected-metadata.json"
        title = json.loads(meta.read_text(encoding="utf-8")).get("title") if meta.exists() else ""
        if title:
            pairs.append((flatten(gzip.decompress((case / "source.html.gz").read_bytes())), title))
    out["readability"] = pairs
    return out


def dated() -> dict[str, list[tuple[str, str, datetime | None]]]:
    """(dump, true publication day, fetch time) per set that states dates: fundus
    (``publishing_date``; fetched at its crawl date) and readability (``publishedTime`` of
    ``expected-metadata.json``, 33 pages; no fetch time)."""
    out: dict[str, list[tuple[str, str, datetime | None]]] = {
        "fundus": [
            (flatten(c["body"]), c["date"], datetime.fromisoformat(c["fetched_at"]))
            for c in _fundus_cases()
            if c["date"]
        ]
    }
    root = SHARED_DATA / "readability-test-pages"
    cases: list[tuple[str, str, datetime | None]] = []
    for case in sorted(p for p in root.iterdir() if (p / "source.html.gz").exists()):
        meta = case / "expected-metadata.json"
        stated = json.loads(meta.read_text(encoding="utf-8")) if meta.exists() else {}
        when = stated.get("publishedTime")
        if when:
            source = gzip.decompress((case / "source.html.gz").read_bytes())
            cases.append((flatten(source), str(when)[:10], None))
    out["readability"] = cases
    return out


def date_scores(cases: list[tuple[str, str, datetime | None]]) -> dict[str, int]:
    """How many dumps got a dateline, and how many of those are the true day (before
    2026-12-01 a text dump never had a date of its own: 0 found)."""
    got = [
        (published or "")[:10] or None  # the day: a dateline may give its time of day too
        for published in (clean_text_dump(d, latest=fetched).published for d, _, fetched in cases)
    ]
    return {
        "pages": len(cases),
        "found": sum(g is not None for g in got),
        "right": sum(g == day for g, (_, day, _) in zip(got, cases, strict=True)),
    }


def _same_headline(got: str | None, truth: str) -> bool:
    def fold(value: str) -> str:
        return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", value).casefold()))

    return bool(got) and fold(got or "") == fold(truth)


def _repeated_first(
    candidates: list[str],
    body: list[str],
    opening: str | None = None,
    opening_needs_word: bool = False,
) -> str | None:
    """The headline rule before 2026-12-01, the baseline: the most repeated candidate, ties:
    the first (with a 16-line head zone); the dump's ``opening`` line was no evidence."""
    counts = Counter(dumplines.line_key(c) for c in candidates)
    most = max(counts.values())
    return next(c for c in candidates if counts[dumplines.line_key(c)] == most)


def title_scores(pairs: list[tuple[str, str]]) -> dict[str, dict[str, float]]:
    """Headlines guessed from text dumps (no title given): exact after case and punctuation
    folding, and the share of pages left without one; now and with the rule before."""
    rule, zone = dumpheadlines.guess_title, textdump.HEAD_ZONE_LINES
    out = {}
    for name, (guess, lines) in {
        "before (most repeated, 16 lines)": (_repeated_first, 16),
        "now": (rule, zone),
    }.items():
        dumpheadlines.guess_title, textdump.HEAD_ZONE_LINES = guess, lines
        paragraphs.forget()
        got = [clean_text_dump(dump).title for dump, _ in pairs]
        out[name] = {
            "exact": sum(_same_headline(g, t) for g, (_, t) in zip(got, pairs, strict=True))
            / len(pairs),
            "none": sum(g is None for g in got) / len(pairs),
        }
    dumpheadlines.guess_title, textdump.HEAD_ZONE_LINES = rule, zone
    paragraphs.forget()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="pages per set (default: all)")
    args = parser.parse_args(argv)
    if not SHARED_DATA.exists():
        print(shared_missing(SHARED_DATA))
        return 0
    results = Run("textdump", argv)
    sets = (("fundus", fundus), ("newspaper", newspaper), ("readability", readability))
    for set_name, pages in sets:
        progress(f"{set_name}: flattening pages")
        pairs = list(pages())[: args.limit]
        scores = run(pairs)
        print(f"\n{set_name} ({len(pairs)} pages as text dumps)")
        print(f"{'setting':<42} {'F1':>6} {'P':>6} {'R':>6}")
        for name, s in scores.items():
            print(f"{name:<42} {s['f1']:6.3f} {s['precision']:6.3f} {s['recall']:6.3f}")
        results.add(
            figure(f"text-dump F1, {set_name}, all tables", scores["all language tables"]["f1"]),
            figure(
                f"text-dump F1, {set_name}, English phrases only, no menu rule",
                scores["English table, no menu rule"]["f1"],
            ),
        )
        results.data[set_name] = scores
    progress("headlines: flattening pages")
    for set_name, pairs in titled().items():
        pairs = pairs[: args.limit]
        got = title_scores(pairs)
        print(f"\nheadlines guessed from {set_name} text dumps ({len(pairs)} pages)")
        print(f"{'rule':<42} {'exact':>6} {'none':>6}")
        for name, s in got.items():
            print(f"{name:<42} {s['exact']:6.3f} {s['none']:6.3f}")
        results.add(figure(f"text-dump headline exact, {set_name}", got["now"]["exact"]))
        results.data[f"headlines {set_name}"] = got
    progress("publication dates: flattening pages")
    print(f"\n{'publication date from the dump':<42} {'pages':>6} {'found':>6} {'right':>6}")
    for set_name, cases in dated().items():
        day = date_scores(cases[: args.limit])
        print(f"{set_name:<42} {day['pages']:6d} {day['found']:6d} {day['right']:6d}")
        results.add(
            figure(f"text-dump dates found, {set_name}", day["found"], f"of {day['pages']}"),
            figure(f"text-dump dates right, {set_name}", day["right"], f"of {day['found']}"),
        )
        results.data[f"dates {set_name}"] = day
    print(f"\nwrote {results.write()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
