"""``show`` lists a cluster's other pages "earliest first" by each page's time on one UTC time
line, whatever kind of time it is: a time with its zone, a zoneless time its country's clocks
pin, a zoneless time of no known clock (as written), a day alone (its start), a fetch time for
a page giving no date; ties by fetch, then page id (newcomer 40, finding 8a: a Polish "14:41",
13:41 UTC, was listed after a "14:02 UTC" page and a "14:30" dump, by its stored wall time).
The same list on SQLite and PostgreSQL and in any order the pages were read.  Invented
records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import BACKENDS, cli_ok, new_location
from tests.test_copies import invented_paragraphs

TEXT = "\n\n".join(invented_paragraphs(4101, 5))
TITLE = "Border crossing reopens after grain deal"

# (host, publication date, fetch time, country): every kind of time a desk's dumps give
RECORDS = [
    ("zoned.example", "2026-12-04T14:02:00+00:00", None, None),  # 14:02 UTC
    ("pinned.example", "2026-12-04 14:41", None, "PL"),  # Poland's 14:41: 13:41 UTC
    ("wall.example", "2026-12-04 14:30", None, None),  # no known clock: as written
    ("day.example", "2026-12-04", None, None),  # a day alone: its start
    ("fetched.example", None, "2026-12-04T14:10:00Z", None),  # no date: its fetch
    ("later.example", "2026-12-05T09:45:00+01:00", None, None),  # 08:45 UTC next day
    ("kyiv.example", "2026-12-04 16:05", None, "UA"),  # Kyiv's 16:05: 14:05 UTC
    # the same moment as zoned.example, fetched: after it (a page never fetched is listed
    # by when it was stored, later than any fetch here)
    ("tie.example", "2026-12-04T13:02:00-01:00", "2026-12-04T15:00:00Z", None),
]
EARLIEST_FIRST = [
    "day.example",
    "pinned.example",
    "tie.example",
    "zoned.example",
    "kyiv.example",
    "fetched.example",
    "wall.example",
    "later.example",
]


def _record(host: str, published: str | None, fetched: str | None, country: str | None) -> dict:
    record: dict[str, Any] = {
        "url": f"https://{host}/news/grain-deal", "title": TITLE, "text": TEXT
    }
    if published:
        record["published"] = published
    if fetched:
        record["fetched_at"] = fetched
    if country:
        record["country"] = country
    return record


def _listed(db: str) -> tuple[str, list[str]]:
    shown = json.loads(cli_ok(db, "show", "1", "--json").output)
    return shown["canonical"]["site"], [variant["site"] for variant in shown["variants"]]


@pytest.mark.parametrize("backend", BACKENDS)
def test_copies_are_listed_by_their_time_on_one_clock_in_any_order(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    found = []
    for order, records in (("in-order", RECORDS), ("reversed", RECORDS[::-1])):
        folder = tmp_path / order
        folder.mkdir()
        night = folder / "night.jsonl"
        night.write_text(
            "".join(json.dumps(_record(*r)) + "\n" for r in records), encoding="utf-8"
        )
        db = new_location(request, backend, folder)
        cli_ok(db, "dedupe", "--workers", "1", str(night))
        found.append(_listed(db))
    canonical, listed = found[0]
    assert listed == [site for site in EARLIEST_FIRST if site != canonical]
    assert found[1] == found[0]


def test_the_text_says_it_in_that_order(tmp_path: Path) -> None:
    night = tmp_path / "night.jsonl"
    night.write_text("".join(json.dumps(_record(*r)) + "\n" for r in RECORDS), encoding="utf-8")
    db = str(tmp_path / "a.db")
    cli_ok(db, "dedupe", "--workers", "1", str(night))
    canonical, _ = _listed(db)
    shown = cli_ok(db, "show", "1", "--no-text").output
    listing = shown.split("(earliest first):", 1)[1]
    places = [listing.index(f"· {site} ·") for site in EARLIEST_FIRST if site != canonical]
    assert places == sorted(places)
    for line in ("2026-12-04 14:05 UTC · kyiv.example", "fetched 2026-12-04 14:10 UTC · fetched",
                 "2026-12-04 14:30 (no time zone given) · wall.example"):
        assert line in listing or f" {canonical} " in f" {line} "
