"""What indexing compound words' parts (clipper.compounds) costs: index bytes and words per page,
and the time of a one-word query, on the fundus pages of the languages that split (``de``,
``nl``, ``sv``, ``da``, ``nb``, ``fi``, by clipper's language identification), against
another checkout's search text and against FTS5's trigram tokenizer over the raw text (the
substring route).

Each variant's search text goes into a contentless FTS5 table of clipper's tokenizer (the
trigram one: raw title and body, ``tokenize='trigram'``) in a fresh in-memory database; the
size is its shadow tables' bytes (``dbstat``).  Queries: each page's compound heads, one at a
time, ``--rounds`` times (best), p50/p95 in microseconds; the trigram table is queried for the
same words as substrings.

    python bench/search_compound_index.py --against DIR

Pages are built at run time from ``../shared/data`` (never committed); without it the script
prints "skipped" and exits 0.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED_DATA, fundus_pages, in_tree, shared_missing

LANGUAGES = {"de", "nl", "sv", "da", "nb", "fi"}


def pages() -> list[tuple[str, str, str]]:
    """(language, title, body) of the fundus pages in a splitting language."""
    return fundus_pages(LANGUAGES)


def texts(tree: str, items: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """The search text of each page by the clipper of ``tree`` (run in a child process)."""
    script = (
        "import json,sys,inspect\n"
        "from clipper.searchtext import search_text\n"
        "takes = 'language' in inspect.signature(search_text).parameters\n"
        "items = json.load(sys.stdin)\n"
        "out = [[search_text(t, l) if takes else search_text(t), "
        "search_text(b, l) if takes else search_text(b)] for l, t, b in items]\n"
        "json.dump(out, sys.stdout)\n"
    )
    return [tuple(pair) for pair in in_tree(tree, script, items)]


def table(rows: list[tuple[str, str]], tokenize: str) -> sqlite3.Connection:
    con = sqlite3.connect(":memory:")
    con.execute(f'CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize="{tokenize}")')
    con.executemany("INSERT INTO t (title, text) VALUES (?, ?)", rows)
    con.commit()
    return con


def size(con: sqlite3.Connection) -> int:
    return int(con.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 't_%'").fetchone()[0])


def timings(con: sqlite3.Connection, words: list[str], rounds: int) -> list[float]:
    """Each word's query time (best of ``rounds``), in microseconds, sorted."""
    return sorted(min(_timed(con, f'"{word}"') for _ in range(rounds)) * 1e6 for word in words)


def _timed(con: sqlite3.Connection, query: str) -> float:
    start = time.perf_counter()
    con.execute("SELECT rowid FROM t WHERE t MATCH ?", (query,)).fetchall()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", metavar="DIR", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if not SHARED_DATA.exists():
        print(shared_missing(SHARED_DATA))
        return
    from clipper.backends.sqlite import FTS5_TOKENIZER
    from clipper.compounds import compound_parts

    items = pages()
    here = str(Path(__file__).resolve().parent.parent)
    ours, theirs = texts(here, items), texts(args.against, items)
    raw = [(t, b) for _, t, b in items]
    heads = sorted(
        {
            compound_parts(word, language)[1]
            for (language, _, _), (title, body) in zip(items, ours, strict=True)
            for word in (title + " " + body).split()
            if len(compound_parts(word, language)) > 1
        }
    )
    tokenizer = FTS5_TOKENIZER.replace('"', "'")
    print(
        f"{len(items)} pages ({', '.join(sorted({i[0] for i in items}))}), "
        f"{len(heads)} compound heads as queries"
    )
    for name, rows, tokenize in (
        ("against", theirs, tokenizer),
        ("this tree", ours, tokenizer),
        ("trigram, raw text", raw, "trigram"),
    ):
        con = table(rows, tokenize)
        words = sum(len((t + " " + b).split()) for t, b in rows) / len(rows)
        found = sum(
            len(con.execute("SELECT rowid FROM t WHERE t MATCH ?", (f'"{w}"',)).fetchall())
            for w in heads
        )
        spent = timings(con, heads, args.rounds)
        p50, p95 = spent[len(spent) // 2], spent[int(len(spent) * 0.95)]
        print(
            f"{name}: {size(con) / len(rows):.0f} index bytes/page, {words:.0f} words/page, "
            f"heads find {found} page hits, query p50 {p50:.0f} us, p95 {p95:.0f} us"
        )


if __name__ == "__main__":
    main()
