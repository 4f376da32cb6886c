"""A cluster's first and last seen cover every page of it: each page's fetch, else (a saved page
of no fetch time) its publication time.  A cluster fetched on one night and grown by saved
copies on the next moves to cover them, in ``show``, ``clusters`` (table and ``--json``) and
``stories``, on SQLite and PostgreSQL; a re-run of the same night and the other order of the
nights give the same times (newcomer 40, finding 8b: they stuck at night 1's JSONL fetch time,
the saved copies' times counted only where no page was fetched).  Invented pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import BACKENDS, cli_ok, new_location
from tests.test_copies import invented_paragraphs
from tests.test_seen_clocks import _saved

PARAGRAPHS = invented_paragraphs(4201, 5)
URL = "https://grain-wire.example/2026/12/04/deal"


def _nights(folder: Path) -> tuple[Path, Path]:
    """Night 1: a scraper's record, fetched 15:00 UTC.  Night 2: saved pages, no fetch time:
    a copy published the next morning (08:45 UTC) and one published before night 1's fetch
    (12:10 UTC)."""
    night1, night2 = folder / "night1", folder / "night2"
    night1.mkdir()
    night2.mkdir()
    record = {
        "url": URL,
        "title": "Harbour festival",
        "text": "\n\n".join(PARAGRAPHS),
        "published": "2026-12-04T14:30:00+01:00",
        "fetched_at": "2026-12-04T15:00:00Z",
    }
    (night1 / "n.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (night2 / "later.html").write_text(
        _saved("https://coast-daily.example/news/deal", PARAGRAPHS, "2026-12-05T09:45:00+01:00")
    )
    (night2 / "earlier.html").write_text(
        _saved("https://tide-news.example/deal", PARAGRAPHS, "2026-12-04T12:10:00Z")
    )
    return night1, night2


def _seen(db: str) -> dict[str, object]:
    (row,) = [json.loads(line) for line in cli_ok(db, "clusters", "--json").output.splitlines()]
    (story,) = [json.loads(line) for line in cli_ok(db, "stories", "--json").output.splitlines()]
    shown = json.loads(cli_ok(db, "show", str(row["cluster_id"]), "--json").output)
    return {
        "clusters": (row["first_seen"], row["last_seen"]),
        "kinds": (row["first_seen_as"], row["last_seen_as"], row["seen_as"]),
        "show": (shown["first_seen"], shown["last_seen"]),
        "show kinds": (shown["first_seen_as"], shown["last_seen_as"]),
        "story": (story["first_seen"], story["last_seen"]),
    }


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_cluster_grown_by_saved_copies_is_seen_when_they_were_published(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    night1, night2 = _nights(tmp_path)
    db = new_location(request, backend, tmp_path)
    cli_ok(db, "dedupe", "--workers", "1", str(night1))
    # the record's publication (14:30+01:00) before its fetch (15:00 UTC) is its first sighting
    night_one = ("2026-12-04T13:30:00+00:00", "2026-12-04T15:00:00+00:00")
    assert _seen(db)["clusters"] == night_one
    assert _seen(db)["kinds"] == ("published", "fetched", "published")
    cli_ok(db, "dedupe", "--workers", "1", str(night2))
    grown = _seen(db)
    covered = ("2026-12-04T12:10:00+00:00", "2026-12-05T08:45:00+00:00")
    assert grown["clusters"] == grown["show"] == grown["story"] == covered
    assert grown["kinds"] == ("published", "published", "published")
    assert grown["show kinds"] == ("published", "published")
    # a re-run of either night moves nothing
    cli_ok(db, "dedupe", "--workers", "1", str(night2))
    cli_ok(db, "dedupe", "--workers", "1", str(night1))
    assert _seen(db) == grown
    # the other order of the nights (a backfill) gives the same times
    (tmp_path / "backfill").mkdir()
    other = new_location(request, backend, tmp_path / "backfill")
    cli_ok(other, "dedupe", "--workers", "1", str(night2))
    cli_ok(other, "dedupe", "--workers", "1", str(night1))
    assert _seen(other) == grown


def test_the_table_and_the_header_say_which_time_each_end_is(tmp_path: Path) -> None:
    night1, night2 = _nights(tmp_path)
    (night2 / "earlier.html").unlink()  # first seen stays night 1's fetch
    record = json.loads((night1 / "n.jsonl").read_text(encoding="utf-8"))
    del record["published"]  # a record giving no publication time: first seen when fetched
    (night1 / "n.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = str(tmp_path / "a.db")
    for night in (night1, night2):
        cli_ok(db, "dedupe", "--workers", "1", str(night))
    table = cli_ok(db, "clusters").output
    assert "2026-12-04 15:00  2026-12-05 08:45 P  Harbour festival" in table
    assert "P: a page's publication time (not a fetch)" in table
    header = " ".join(cli_ok(db, "show", "1", "--no-text").output.split("\n\n", 1)[0].split())
    assert "first seen 2026-12-04 15:00 UTC (fetched)" in header
    assert "last seen 2026-12-05 08:45 UTC (published)" in header
    (row,) = [json.loads(line) for line in cli_ok(db, "clusters", "--json").output.splitlines()]
    assert (row["first_seen_as"], row["last_seen_as"], row["seen_as"]) == (
        "fetched",
        "published",
        "fetched",
    )
