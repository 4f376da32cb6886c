"""An upgrade through several migrations that change the search text builds the full-text index
once, at the end, from the search text as the newest of them reads it
(:func:`clipper.backends.reindex_later`): an archive at 0061 went through four rebuilds (0062,
0063, 0066, 0067), each reading every page again.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import head_revision, open_archive
from clipper.backends import Backend
from clipper.config import Config
from clipper.pipeline import dedupe
from clipper.search import search
from clipper.searchtext import search_text
from tests.searchpages import index_as_before, write_article_pages

VIENNA = "donau-rundschau.example"
PUBLISHED = "2026-12-04T09:00:00+01:00"
PAGES = {
    "vienna.html": (
        "de",
        f"https://{VIENNA}/politik/gipfel",
        "Bundesregierung lädt zum Gespräch nach Brüssel",
        [
            "Die Bundesregierung will beim Klimagipfel in Brüssel über die Maßnahmen für den "
            "Nahverkehr sprechen, sagte ein Sprecher am Montag in Wien.",
            "Die Gespräche sollen im Frühjahr fortgesetzt werden, hieß es.",
        ],
    ),
}


def _archive_at(folder: Path, revision: str) -> Path:
    """An SQLite archive of ``PAGES`` indexed as an older clipper did, set back to
    ``revision`` (its next opening upgrades it)."""
    folder.mkdir()
    db = folder / "old.db"
    archive = open_archive(str(db))
    dedupe(archive, [str(write_article_pages(folder / "pages", PAGES, PUBLISHED))], Config())
    archive.close()
    index_as_before(db, search_text, revision)
    return db


def test_an_upgrade_from_0061_builds_the_index_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _archive_at(tmp_path / "old", "0061")
    current = _archive_at(tmp_path / "head", head_revision())
    calls: list[int] = []
    rebuild = Backend.reindex_all

    def counted(self: Backend, connection: Any, batch: int = 2000) -> int:
        calls.append(1)
        return rebuild(self, connection, batch)

    monkeypatch.setattr(Backend, "reindex_all", counted)
    upgraded = open_archive(str(old))
    try:
        assert len(calls) == 1
        # what each of 0062 to 0067 made findable is, after the one rebuild
        for query in ("Bruessel", "Regierung", "Klima", "Gespraeche"):
            assert [hit.site for hit in search(upgraded, query)] == [VIENNA], query
    finally:
        upgraded.close()
    # an archive already at the head is not indexed again when opened
    open_archive(str(current)).close()
    assert len(calls) == 1
