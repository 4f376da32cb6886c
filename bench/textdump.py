"""Text-dump cleaning beyond English: real pages flattened to text dumps, cleaned with the English
furniture table alone and with every language table, scored against each page's expected body.

    python bench/textdump.py [--limit N]

A crawler's text dump is the page's visible text, one block element a line (what a "save as
text" or ``innerText`` gives): skip links, consent banners, share bars, "read also" boxes and
all.  This script makes those dumps from real pages with lxml (scripts, styles and ``<head>``
removed, one line per block element), runs :func:`clipper.textdump.clean_text_dump` on each
twice: with only the English table of :mod:`clipper.furniture` (what clipper did before the
language tables) and with all tables, and scores the cleaned text against the page's expected
body with the Zyte benchmark metric (4-gram shingle multisets, ``bench/extraction.py``).

Sets: ``fundus-news-pages`` (258 pages, 23 languages; the set the tables were checked on) and
``newspaper-article-pages`` (145 pages, never looked at while writing the tables: the
confirmation set).  Writes ``bench/results/textdump.json``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.html
from _common import SHARED_DATA, Run, figure, progress
from extraction import score

import clipper.furniture as furniture
from clipper.textdump import clean_text_dump

_DROP = ("script", "style", "noscript", "template", "svg", "head", "iframe")
_BLOCKS = {
    "p", "div", "section", "article", "header", "footer", "nav", "aside", "main", "li", "ul",
    "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption", "table",
    "tr", "td", "th", "br", "form", "button", "dt", "dd", "pre", "address", "label",
}


def flatten(html: bytes | str) -> str:
    """The visible text of a page, one block element a line."""
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in root.xpath("//" + " | //".join(_DROP)):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


def fundus() -> Iterator[tuple[str, str]]:
    """(dump, expected body) for each fundus page with an expected body."""
    root = SHARED_DATA / "fundus-news-pages"
    expected: dict[tuple[str, str], str] = {}
    for path in sorted((root / "expected").glob("*/*.json")):
        for key, art in json.loads(path.read_text()).items():
            body = art.get("body") or {}
            parts = list(body.get("summary", []))
            for section in body.get("sections", []):
                parts += section.get("headline", []) + section.get("paragraphs", [])
            expected[(path.stem, key)] = "\n".join(parts)
    with gzip.open(root / "pages.jsonl.gz", "rt") as f:
        for line in f:
            record = json.loads(line)
            versions = [v for (pub, v) in expected if pub == record["publisher"]]
            key = next(
                (v for v in versions if record.get("crawl_date", "").startswith(v)),
                versions[0] if len(versions) == 1 else None,
            )
            truth = expected.get((record["publisher"], key)) if key else None
            if truth:
                yield flatten(record["html"]), truth


def newspaper() -> Iterator[tuple[str, str]]:
    root = SHARED_DATA / "newspaper-article-pages"
    for path in sorted((root / "html").glob("*.html.gz")):
        name = path.name.removesuffix(".html.gz")
        truth = root / "text" / f"{name}.txt"
        if truth.exists():
            yield flatten(gzip.decompress(path.read_bytes())), truth.read_text()


def run(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    settings = {
        "english table only": furniture.compile_tables([furniture.TABLES["en"]]),
        "all language tables": furniture.compile_tables(list(furniture.TABLES.values())),
    }
    for name, matchers in settings.items():
        furniture._ALL = matchers
        cleaned = [(truth, "\n".join(clean_text_dump(dump).paragraphs)) for dump, truth in pairs]
        out[name] = score(cleaned)
        out[name + " (dump uncleaned)"] = score((truth, dump) for dump, truth in pairs)
    furniture._ALL = None
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="pages per set (default: all)")
    args = parser.parse_args(argv)
    if not SHARED_DATA.exists():
        print("../shared/data is not beside the repo: nothing to measure")
        return 0
    results = Run("textdump", argv)
    for set_name, pages in (("fundus", fundus), ("newspaper", newspaper)):
        progress(f"{set_name}: flattening pages")
        pairs = list(pages())[: args.limit]
        scores = run(pairs)
        print(f"\n{set_name} ({len(pairs)} pages as text dumps)")
        print(f"{'setting':<42} {'F1':>6} {'P':>6} {'R':>6}")
        for name, s in scores.items():
            if "uncleaned" in name and name.startswith("all"):
                continue
            label = "dump, uncleaned" if "uncleaned" in name else name
            print(f"{label:<42} {s['f1']:6.3f} {s['precision']:6.3f} {s['recall']:6.3f}")
        results.add(
            figure(f"text-dump F1, {set_name}, all tables", scores["all language tables"]["f1"]),
            figure(
                f"text-dump F1, {set_name}, English table only",
                scores["english table only"]["f1"],
            ),
        )
        results.data[set_name] = scores
    print(f"\nwrote {results.write()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
