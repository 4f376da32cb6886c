"""Hard-wrapped text dumps (what ``lynx -dump`` or ``w3m -dump`` leave) cleaned by clipper, on
real pages, against the same pages' one-line-a-paragraph dumps.

    python bench/wrapped_dumps.py [--limit N] [--width 76]

A terminal browser flattens a page into lines of at most a fixed width: every paragraph, and a
long headline, becomes several lines.  This script makes each page's text dump as
``bench/textdump.py`` does (one block element a line), then two wrapped renderings of it, with
Python's ``textwrap`` (a well-kept wrapper that breaks where lynx and w3m do, between words):
"lynx" (3-space indent, a blank line after each block, ``--width`` columns, lynx's default 76)
and "w3m" (no indent, no blank lines, 80 columns).  Each is cleaned by
:func:`clipper.textdump.clean_text_dump` with the hard wraps joined (:mod:`clipper.reflow`, as
clipper does now) and without (as before 2026-12-03, in the same run), and scored against the
page's expected body with the Zyte benchmark metric (``bench/extraction.py``), beside the
unwrapped dump.  Headlines: exact after case and punctuation folding (fundus, readability).
Last, how many of the unwrapped dumps :func:`clipper.reflow.unwrap` changes at all: a dump of
one paragraph a line must be left alone.

Sets: ``fundus`` (the rule's thresholds were set looking at its figures), ``newspaper`` and
``readability`` (confirmation).  Writes ``bench/results/wrapped-dumps.json``.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED_DATA, Run, figure, progress, shared_missing
from extraction import score
from textdump import _same_headline, fundus, newspaper, readability, titled

import clipper.textdump as textdump
from clipper.reflow import unwrap
from clipper.textdump import clean_text_dump


def lynx(dump: str, width: int) -> str:
    """``dump`` as lynx -dump lays it out: indented, wrapped, a blank line after each block."""
    return "\n\n".join(
        textwrap.fill(line, width, initial_indent="   ", subsequent_indent="   ")
        for line in dump.splitlines()
    )


def w3m(dump: str, width: int = 80) -> str:
    """``dump`` wrapped as w3m -dump lays out divs: no indent, no blank lines between blocks."""
    return "\n".join(textwrap.fill(line, width) for line in dump.splitlines())


def _cleaned(dump: str, joined: bool) -> tuple[str, str | None]:
    keep = textdump.unwrap
    if not joined:
        textdump.unwrap = lambda lines: list(lines)
    try:
        out = clean_text_dump(dump)
    finally:
        textdump.unwrap = keep
    return "\n".join(out.paragraphs), out.title


def body_scores(
    pairs: list[tuple[str, str]], wrappers: dict[str, Callable[[str], str]]
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "one line a paragraph": score((t, _cleaned(d, True)[0]) for d, t in pairs)
    }
    for name, wrap in wrappers.items():
        wrapped = [(wrap(d), t) for d, t in pairs]
        out[f"{name}, wraps kept (before)"] = score((t, _cleaned(d, False)[0]) for d, t in wrapped)
        out[f"{name}, wraps joined (now)"] = score((t, _cleaned(d, True)[0]) for d, t in wrapped)
    return out


def headline_scores(
    pairs: list[tuple[str, str]], wrappers: dict[str, Callable[[str], str]]
) -> dict[str, float]:
    def exact(dumps: list[str], joined: bool) -> float:
        got = [_cleaned(d, joined)[1] for d in dumps]
        hits = sum(_same_headline(g, t) for g, (_, t) in zip(got, pairs, strict=True))
        return hits / len(pairs)

    out = {"one line a paragraph": exact([d for d, _ in pairs], True)}
    for name, wrap in wrappers.items():
        dumps = [wrap(d) for d, _ in pairs]
        out[f"{name}, wraps kept (before)"] = exact(dumps, False)
        out[f"{name}, wraps joined (now)"] = exact(dumps, True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="pages per set (default: all)")
    parser.add_argument("--width", type=int, default=76, help="lynx's columns (default 76)")
    args = parser.parse_args(argv)
    if not SHARED_DATA.exists():
        print(shared_missing(SHARED_DATA))
        return 0
    results = Run("wrapped-dumps", argv)
    wrappers: dict[str, Callable[[str], str]] = {
        f"lynx {args.width}": lambda d: lynx(d, args.width),
        "w3m 80": w3m,
    }
    for set_name, pages in (
        ("fundus", fundus),
        ("newspaper", newspaper),
        ("readability", readability),
    ):
        progress(f"{set_name}: flattening pages")
        pairs = list(pages())[: args.limit]
        touched = sum(unwrap(d.splitlines()) != d.splitlines() for d, _ in pairs)
        scores = body_scores(pairs, wrappers)
        print(f"\n{set_name} ({len(pairs)} pages; unwrapped dumps reflow changed: {touched})")
        print(f"{'dump':<36} {'F1':>6} {'P':>6} {'R':>6}")
        for name, s in scores.items():
            print(f"{name:<36} {s['f1']:6.3f} {s['precision']:6.3f} {s['recall']:6.3f}")
            results.add(figure(f"body F1, {set_name}, {name}", s["f1"]))
        results.add(figure(f"unwrapped dumps changed, {set_name}", touched, f"of {len(pairs)}"))
        results.data[set_name] = {"bodies": scores, "unwrapped dumps changed": touched}
    progress("headlines: flattening pages")
    for set_name, titled_pairs in titled().items():
        titled_pairs = titled_pairs[: args.limit]
        got = headline_scores(titled_pairs, wrappers)
        print(f"\nheadlines from {set_name} dumps ({len(titled_pairs)} pages): exact")
        for name, value in got.items():
            print(f"{name:<36} {value:6.3f}")
            results.add(figure(f"headline exact, {set_name}, {name}", value))
        results.data[f"headlines {set_name}"] = got
    print(f"\nwrote {results.write()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
