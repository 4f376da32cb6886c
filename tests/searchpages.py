"""Invented article pages for the search tests: each page one HTML file as a site serves it
(its language, canonical link, publication time, headline and paragraphs)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# file name → (language, URL, headline, paragraphs)
Pages = Mapping[str, tuple[str, str, str, Sequence[str]]]


def write_article_pages(folder: Path, pages: Pages, published: str) -> Path:
    """Write ``pages`` into ``folder`` (made if missing), each published at ``published``
    (ISO 8601 with its offset); returns ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (lang, url, title, paragraphs) in pages.items():
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        (folder / name).write_text(
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<title>{title}</title><link rel="canonical" href="{url}">'
            f'<meta property="article:published_time" content="{published}">'
            f"</head><body><article><h1>{title}</h1>{body}</article></body></html>",
            encoding="utf-8",
        )
    return folder


def index_as_before(db: Path, words: Callable[[str], str], revision: str) -> None:
    """Make the SQLite archive ``db`` look indexed by an older clipper: each page's title and
    text indexed as ``words`` makes its search text, the archive set back to ``revision``
    (the next ``open_archive`` upgrades it)."""
    import sqlite3

    from clipper.searchtext import search_text

    con = sqlite3.connect(db)
    with con:
        rows = con.execute("SELECT id, title, text, language FROM pages").fetchall()
        for page_id, title, body, language in rows:
            con.execute(
                "INSERT INTO pages_fts (pages_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)",
                (page_id, search_text(title, language), search_text(body, language)),
            )
            con.execute(
                "INSERT INTO pages_fts (rowid, title, text) VALUES (?, ?, ?)",
                (page_id, words(title), words(body)),
            )
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.close()


def hit_sites(archive: Any, query: str) -> list[str]:
    """The sites of the pages ``search`` finds for ``query`` in ``archive``, sorted, each once
    (a page without a site as ``""``)."""
    from clipper.search import search

    return sorted({hit.site or "" for hit in search(archive, query)})


def stored_archive(location: str, folder: Path, pages: Pages, published: str) -> Iterator[Any]:
    """A module fixture's body: the archive at ``location`` (open) with ``pages`` written into
    ``folder`` and stored by one run, closed when the module is done."""
    from clipper.archive import open_archive
    from clipper.config import Config
    from clipper.pipeline import dedupe

    opened = open_archive(location)
    dedupe(opened, [str(write_article_pages(folder, pages, published))], Config(workers=1))
    yield opened
    opened.close()


@contextmanager
def upgraded_archive(
    folder: Path, pages: Pages, published: str, words: Callable[[str], str], revision: str
) -> Iterator[Any]:
    """A SQLite archive in ``folder`` with ``pages`` stored by one run, then indexed as an
    older clipper indexed them (:func:`index_as_before`) and opened again, as every command
    opens an archive: upgraded from ``revision``; closed after the block."""
    from clipper.archive import open_archive
    from clipper.config import Config
    from clipper.pipeline import dedupe

    db = folder / "old.db"
    opened = open_archive(str(db))
    written = write_article_pages(folder / "pages", pages, published)
    dedupe(opened, [str(written)], Config(workers=1))
    opened.close()
    index_as_before(db, words, revision)
    stale = open_archive(str(db))
    try:
        yield stale
    finally:
        stale.close()
