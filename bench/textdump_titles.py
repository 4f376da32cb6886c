"""Headlines guessed for text dumps without a title, this checkout against a baseline checkout
in the same command.

    python bench/textdump_titles.py [--baseline DIR] [--listing PATH]

Title-less text dumps are built at run time (never stored in the repo) from real pages whose
true headline is known: ``fundus-news-pages`` (the expected title) and
``readability-test-pages`` (``expected-metadata.json``'s title), each page flattened to its
visible text, one block element a line, furniture and all (``bench/textdump.py``'s
:func:`flatten`, what a scraper's ``innerText`` gives).  Each checkout cleans every dump with
:func:`clipper.textdump.clean_text_dump` in its own process (``PYTHONPATH=DIR``, default
baseline ``../main``) and is scored: the share of headlines exactly right (after case and
punctuation folding) and the share of dumps left without one.  ``zyte-article-extraction`` and
``newspaper-article-pages`` state no headline: their truth is the headline each page declares
in its markup, as clipper's HTML cleaning reads it (:func:`declared_dumps`).

The 680 ``wire-syndication-texts`` records carry no title field either, so no truth: they are
counted (titled / untitled, headlines changed) and their changed headlines listed
(tab-separated: record id, publisher, baseline's, this checkout's) at ``PATH`` (default: the
system's temporary folder, never the repo: the texts belong to their publishers), to be judged
by reading; the headlines that changed on the sets with truth are listed at ``PATH`` with
``.titled.tsv`` (case, true headline, baseline's, this checkout's).  Writes
``bench/results/textdump_titles.json``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO, SHARED_DATA, Run, figure, shared_missing
from extraction import _fundus_cases
from textdump import _same_headline, flatten

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

_CHILD = """
import json, sys
from clipper.textdump import clean_text_dump
cases = json.load(open(sys.argv[1], encoding="utf-8"))
json.dump({key: clean_text_dump(text).title for key, text in cases.items()}, sys.stdout)
"""


def titled_dumps() -> dict[str, dict[str, tuple[str, str]]]:
    """set -> {case id: (dump, true headline)} for the sets that state headlines."""
    fundus = {
        f"fundus/{i}": (flatten(case["body"]), case["title"])
        for i, case in enumerate(_fundus_cases())
        if case["title"]
    }
    readability = {}
    root = SHARED_DATA / "readability-test-pages"
    for case in sorted(p for p in root.iterdir() if (p / "source.html.gz").exists()):
        meta = case / "expected-metadata.json"
        title = json.loads(meta.read_text(encoding="utf-8")).get("title") if meta.exists() else ""
        if title:
            source = gzip.decompress((case / "source.html.gz").read_bytes())
            readability[f"readability/{case.name}"] = (flatten(source), title)
    return {"fundus": fundus, "readability": readability, **declared_dumps()}


def declared_dumps() -> dict[str, dict[str, tuple[str, str]]]:
    """The sets that state no headline, ``zyte-article-extraction`` and
    ``newspaper-article-pages``, with the headline their pages declare as truth: the one
    clipper's HTML cleaning reads from the page's markup (JSON-LD, og:title, ``<h1>``,
    ``<title>`` without the site's name), which never looks at the text-dump guess."""
    pages: dict[str, list[tuple[str, bytes]]] = {"zyte": [], "newspaper": []}
    zyte = SHARED_DATA / "zyte-article-extraction"
    truth = json.loads((zyte / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        path = zyte / "html" / f"{key}.html.gz"
        if path.exists():
            pages["zyte"].append((key, gzip.decompress(path.read_bytes())))
    for path in sorted((SHARED_DATA / "newspaper-article-pages" / "html").glob("*.html.gz")):
        name = path.name.removesuffix(".html.gz")
        pages["newspaper"].append((name, gzip.decompress(path.read_bytes())))
    config = CleanConfig()
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for set_name, found in pages.items():
        out[set_name] = {}
        for key, html in found:
            url = truth[key].get("url") if set_name == "zyte" else None
            article = clean_page(RawPage(origin=key, kind="html", body=html, url=url), config)
            if isinstance(article, Article) and article.title:
                out[set_name][f"{set_name}/{key}"] = (flatten(html), article.title)
    return out


def wire_records() -> dict[str, tuple[str, str]]:
    """record id -> (text, publisher) of the wire-syndication texts."""
    out = {}
    with (SHARED_DATA / "wire-syndication-texts" / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            out[record["id"]] = (record["text"], record["publisher"])
    return out


def titles(checkout: Path, cases: dict[str, str]) -> dict[str, str | None]:
    """case id -> headline the clipper of ``checkout`` guesses for the text dump."""
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
    got: dict[str, str | None] = json.loads(done.stdout)
    return got


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", type=Path, default=REPO.parent / "main")
    parser.add_argument(
        "--listing", type=Path, default=Path(tempfile.gettempdir()) / "textdump_titles.tsv"
    )
    args = parser.parse_args(argv)
    if not SHARED_DATA.exists():
        print(shared_missing(SHARED_DATA))
        return 0
    checkouts = {"baseline": args.baseline.resolve(), "this checkout": REPO}
    run = Run("textdump_titles", sys.argv)
    figures: list[dict[str, Any]] = []
    print(f"{'set':<12} {'checkout':<14} {'dumps':>6} {'exact':>7} {'none':>7}")
    scored: list[str] = []
    for set_name, cases in titled_dumps().items():
        dumps = {key: dump for key, (dump, _) in cases.items()}
        guesses = {name: titles(checkout, dumps) for name, checkout in checkouts.items()}
        for key, (_, truth) in cases.items():
            old, new = (guesses[name][key] for name in checkouts)
            if old != new:
                scored.append(f"{key}\t{truth}\t{old or '-'}\t{new or '-'}\n")
        for name, got in guesses.items():
            exact = sum(_same_headline(got[key], truth) for key, (_, truth) in cases.items()) / len(
                cases
            )
            none = sum(got[key] is None for key in cases) / len(cases)
            print(f"{set_name:<12} {name:<14} {len(cases):6d} {exact:7.3f} {none:7.3f}")
            figures.append(figure(f"untitled dump headline exact, {set_name}, {name}", exact))
            figures.append(figure(f"untitled dump no headline, {set_name}, {name}", none))
    wire = wire_records()
    texts = {key: text for key, (text, _) in wire.items()}
    wire_got = {name: titles(checkout, texts) for name, checkout in checkouts.items()}
    for name, titled in wire_got.items():
        untitled = sum(t is None for t in titled.values())
        print(f"{'wire':<12} {name:<14} {len(wire):6d} {'':>7} {untitled / len(wire):7.3f}")
        figures.append(figure(f"wire records without a headline, {name}", untitled, "records"))
    was, now = wire_got["baseline"], wire_got["this checkout"]
    changed = [key for key in wire if was[key] != now[key]]
    print(f"wire headlines changed: {len(changed)} (listing: {args.listing})")
    titled_listing = args.listing.with_suffix(".titled.tsv")
    titled_listing.write_text("".join(scored), encoding="utf-8")
    print(f"headlines changed on the titled sets: {len(scored)} (listing: {titled_listing})")
    figures.append(figure("wire headlines changed", len(changed), "records"))
    with args.listing.open("w", encoding="utf-8") as out:
        for key in changed:
            out.write(f"{key}\t{wire[key][1]}\t{was[key] or '-'}\t{now[key] or '-'}\n")
    run.data["baseline"] = str(args.baseline)
    run.add(*figures)
    print(f"wrote {run.write()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
