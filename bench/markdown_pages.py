"""Whole-page Markdown (what crawlers for language models write without main-content
filtering) cleaned by clipper, against the same page's text dump, on real pages.

    python bench/markdown_pages.py [--limit N] [--sets fundus,zyte] [--processes 2]

Crawl4AI's ``raw_markdown`` and Jina Reader or Firecrawl without main-content filtering turn
the whole page into Markdown: menus, footers and cookie banners become list items and
paragraphs of one document.  This script makes that Markdown from real pages with
markdownify (a well-kept HTML-to-Markdown converter, in the ``dev`` extras that ``make
install`` installs; not a dependency of clipper itself: the script says so and stops without
it) after dropping scripts,
styles and ``<head>``, reads it as clipper reads a ``markdown`` field
(:func:`clipper.read.markdown.markdown_html`, then :func:`clipper.clean.clean_page`), and
scores the stored text against the page's expected body with ``bench/extraction.py``'s metric
(the Zyte benchmark's).  Three systems on the same pages: the page's text dump
(``bench/textdump.py``'s flattening, :func:`clipper.textdump.clean_text_dump`): Markdown
must be cleaned at least as well; the Markdown without the navigation rule of
:mod:`clipper.read.markdown` (as before 2026-12-03); and the Markdown as clipper reads it now.
Sets: ``fundus`` (tuned on), ``zyte`` and ``newspaper`` (confirmation).  Prints a table;
writes ``bench/results/markdown-pages.json``.
"""

from __future__ import annotations

import argparse
import sys
from multiprocessing import Pool
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.html
from _common import SHARED_DATA, Run, figure, progress, shared_missing
from extraction import LOADERS, score
from textdump import flatten, visible_tree

import clipper.read.markdown as markdown
from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.textdump import clean_text_dump

SYSTEMS = ("text dump", "markdown, no navigation rule", "markdown")
_CONFIG = CleanConfig()


def whole_page_markdown(html: bytes | str) -> str:
    """The page as a crawler's whole-page Markdown: markdownify of its ``<body>``."""
    from markdownify import markdownify

    text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    root = visible_tree(text)
    if root is None:
        return ""
    return str(markdownify(lxml.html.tostring(root, encoding="unicode"), heading_style="ATX"))


def _cleaned(md: str, case: dict[str, Any], rule: bool) -> str:
    navigation = markdown._navigation
    if not rule:
        markdown._navigation = lambda tokens: set()
    try:
        body = markdown.markdown_html(md, case.get("title"))
    finally:
        markdown._navigation = navigation
    raw = RawPage(origin=case["id"], kind="html", body=body.encode("utf-8"), url=case["url"])
    out = clean_page(raw, _CONFIG)
    return out.text if isinstance(out, Article) else ""


def _job(case: dict[str, Any]) -> tuple[str, str, str, str]:
    md = whole_page_markdown(case["body"])
    dump = "\n".join(clean_text_dump(flatten(case["body"])).paragraphs)
    return case["truth"], dump, _cleaned(md, case, False), _cleaned(md, case, True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="pages per set (default: all)")
    parser.add_argument("--sets", default="fundus,zyte,newspaper")
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args(argv)
    try:
        import markdownify  # noqa: F401
    except ImportError:
        print("markdownify is not installed (pip install markdownify): nothing to measure")
        return 0
    if not SHARED_DATA.exists():
        print(shared_missing(SHARED_DATA))
        return 0
    results = Run("markdown-pages", argv)
    for set_name in args.sets.split(","):
        cases = [c for c in LOADERS[set_name]() if c["truth"]][: args.limit]
        progress(f"{set_name}: {len(cases)} pages")
        with Pool(args.processes) as pool:
            rows = pool.map(_job, cases, chunksize=4)
        print(f"\n{set_name} ({len(cases)} pages as whole-page Markdown)")
        print(f"{'system':<32} {'F1':>6} {'P':>6} {'R':>6}")
        scores = {}
        for k, system in enumerate(SYSTEMS, start=1):
            s = score((row[0], row[k]) for row in rows)
            scores[system] = s
            print(f"{system:<32} {s['f1']:6.4f} {s['precision']:6.4f} {s['recall']:6.4f}")
            results.add(figure(f"{system} F1, {set_name}", s["f1"]))
        results.data[set_name] = scores
    print(f"\nwrote {results.write()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
