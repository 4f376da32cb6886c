"""A wall time of unknown zone beside a moment (clipper.canonical rule 6, newcomer 31 finding
D), on invented sites and pages.

"2026-11-30 07:00" on a site whose address names no country is any moment from 17:00 UTC the
day before to 19:00 UTC that day.  Beside a copy stating "07:00:00-05:00" (12:00 UTC) the spans
overlap: the date does not say which came first, and the rule's next criteria decide.  Main's
next criterion, the walk's order, compared the dates as written ("07:00" before "12:00", the
UTC the zoned time is stored as), so the aggregator's copy of a press release was shown over
the distributor's page.  Of as many words, a moment now comes before a wall time that names a
span of moments; where the spans do tell, they still decide.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.archive import open_archive
from clipper.canonical import Node
from clipper.models import Cluster, Page
from tests.test_copies import invented_paragraphs
from tests.test_imprecise_times import page, shown, shown_after

DISTRIBUTOR = "https://www.newswire-hub.example/releases/brightline-q3-results-40117"
AGGREGATOR = "https://www.aardvark-markets.example/news/wire/brightline-q3-results"
STATION = "https://www.kxyz-like.com/business/press-releases/brightline-q3-results"


def test_a_wall_time_of_unknown_zone_does_not_beat_a_moment_it_may_follow() -> None:
    """Same text, as many words: the distributor's 12:00 UTC ("07:00:00-05:00") is shown
    over the aggregator's "07:00" of unknown zone, in any order; and over a .com station's
    "06:30" (any clock: neither is surely first)."""
    moment = page(1, 350, "2026-11-30T12:00:00", DISTRIBUTOR, zoneless=False)
    wall = page(2, 350, "2026-11-30T07:00:00", AGGREGATOR, zoneless=True)
    station = page(3, 350, "2026-11-30T06:30:00", STATION, zoneless=True)
    for nodes in itertools.permutations((moment, wall, station)):
        assert shown(*nodes) == 1
    assert shown(wall, moment) == shown(moment, wall) == 1


@pytest.mark.parametrize(
    ("written", "first"),
    [
        ("2026-11-29T20:00:00", 2),  # 06:00 to 08:00 UTC on the 30th at the latest: before
        ("2026-12-01T03:00:00", 1),  # 13:00 UTC on the 30th at the earliest: after
        ("2026-11-30T02:00:00", 1),  # 12:00 UTC on the 29th to 14:00 UTC on the 30th: unknown
        ("2026-11-30T23:00:00", 1),  # 09:00 UTC on the 30th to 11:00 UTC on the 1st: unknown
    ],
)
def test_the_spans_decide_where_they_tell(written: str, first: int) -> None:
    """A wall time before or after the moment at every reading (UTC-12 to UTC+14) is still
    ordered by its span, whichever is longer; where one reading is before and another after,
    the moment is shown."""
    moment = page(1, 350, "2026-11-30T12:00:00", DISTRIBUTOR, zoneless=False)
    for words in (340, 350, 360):
        wall = page(2, words, written, AGGREGATOR, zoneless=True)
        if first == 1 and words > 350:
            continue  # overlapping spans: the walk's order (most words) still comes first
        assert shown(wall, moment) == shown(moment, wall) == first


def test_more_words_still_decide_before_how_the_time_is_written() -> None:
    """Overlapping spans leave the walk's order first: the longer page is shown, zoned or not
    (a site's trailer is no reason to prefer a zone; newcomer 27's rule stays)."""
    moment = page(1, 340, "2026-11-30T12:00:00", DISTRIBUTOR, zoneless=False)
    wall = page(2, 360, "2026-11-30T07:00:00", AGGREGATOR, zoneless=True)
    assert shown(wall, moment) == shown(moment, wall) == 2


def test_one_moment_written_two_ways_goes_by_the_walks_order() -> None:
    """A Japanese site's zoneless "21:00" is 12:00 UTC, the moment the distributor states:
    neither is earlier, and the walk's order (after the date: the address) decides, not the
    two strings as stored ("21:00" against "12:00")."""
    wall = page(1, 350, "2026-11-30T21:00:00", "https://www.kaigan-shimbun.co.jp/k/7", True)
    for url, first in (("https://b-wire.example/r", 2), ("https://z-wire.example/r", 1)):
        moment = page(2, 350, "2026-11-30T12:00:00", url, zoneless=False)
        assert shown(wall, moment) == shown(moment, wall) == first  # by address: b, www, z


# --- the pipeline: nights in either order ----------------------------------------------------


def _night(folder: Path, name: str, records: list[dict[str, str]]) -> Path:
    path = folder / name
    path.mkdir(parents=True)
    (path / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def _release_nights(tmp_path: Path) -> list[Path]:
    text = "\n\n".join(invented_paragraphs(31, 7))
    title = "Brightline Tools Reports Third Quarter Results"
    return [
        _night(tmp_path, "night1", [
            {"url": AGGREGATOR, "title": title, "text": text, "published": "2026-11-30 07:00"},
        ]),
        _night(tmp_path, "night2", [
            {"url": DISTRIBUTOR, "title": title, "text": text,
             "published": "2026-11-30T07:00:00-05:00"},
        ]),
    ]


def test_dedupe_shows_the_distributors_page_whichever_night_comes_first(tmp_path: Path) -> None:
    nights = _release_nights(tmp_path)
    found = {
        shown_after(tmp_path / "in-order.db", nights),
        shown_after(tmp_path / "reversed.db", nights[::-1]),
    }
    assert found == {DISTRIBUTOR}


def test_an_archive_that_showed_the_aggregator_shows_the_distributor_after_the_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both nights chosen as before 0074 (the walk's order comparing "07:00" with "12:00"),
    set back to 0073: the upgrade (the user's next command) shows the distributor's page, as
    an archive made afresh."""
    from sqlalchemy import text

    from clipper import originals
    from clipper.archive import current_revision

    def by_rank(node: Node) -> tuple[bool, float, tuple[object, ...]]:  # before 0074
        day_alone = len(node.rank[1]) <= 10
        return (day_alone, originals.span(node)[1] if day_alone else 0.0, node.rank)

    nights = _release_nights(tmp_path)
    db = tmp_path / "old.db"
    monkeypatch.setattr(originals, "_stated_time_first", by_rank)
    assert shown_after(db, nights) == AGGREGATOR
    archive = open_archive(str(db))
    with archive.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0073'"))
    archive.close()
    monkeypatch.undo()
    archive = open_archive(str(db))
    try:
        assert (current_revision(archive) or "") >= "0074"
        with archive.sessions() as session:
            assert session.execute(
                select(Page.url).join(Cluster, Cluster.canonical_page_id == Page.id)
            ).scalar_one() == DISTRIBUTOR
    finally:
        archive.close()
