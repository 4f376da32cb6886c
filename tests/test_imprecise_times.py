"""Which page came first when a date is imprecise (clipper.canonical rule 6, newcomer 27
findings 6 and 20), on invented sites and pages.

A time written without a zone ("2026-12-04 18:00") is the site's wall clock: on a site whose
address names a country (``.co.jp``, ``.co.kr``, ``.co.id``, ``.com.au``) it lies within that
country's offsets (clipper.sitezones), elsewhere anywhere from UTC-12 to UTC+14.  A date alone
is some time of that day.  Where two spans overlap the date does not say which page came first:
a page stating its time comes before one giving a day alone, and the walk's order (most words
first) decides the rest.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.archive import open_archive
from clipper.canonical import Node, rank_key
from clipper.config import Config
from clipper.models import Cluster, Page
from clipper.pipeline import dedupe
from clipper.pubwindows import earliest_first, publication_span
from clipper.sitezones import country_zones, offsets, site_country
from tests.test_copies import invented_paragraphs
from tests.test_originals import canonicals

HOUR = 3600.0


def page(
    page_id: int, words: int, published: str, url: str, zoneless: bool | None = None,
    fetched: str | None = None,
) -> Node:
    return Node(
        page_id, rank_key(words, published, url, url, f"h{page_id}"), f"h{page_id}",
        fetched_at=fetched, zoneless=zoneless,
    )


def shown(*nodes: Node) -> int:
    """The canonical of full copies of one another, given in any order."""
    best, *others = sorted(nodes, key=lambda n: n.rank)
    edges = [(n.page_id, best.page_id, 0.9, 1.0) for n in others]  # worse → better
    (chosen,) = set(canonicals(list(nodes), edges).values())
    return chosen


WIRE = "https://pacific-wire.example/story"  # a copy that states its time with its zone


# --- finding 20: a local time without a zone, read on the site's clock ---------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://www.minato-nippo.co.jp/articles/20261204-1",  # ja: JST, UTC+9
        "https://news.hanbada-ilbo.co.kr/view/88121",  # ko: KST, UTC+9
        "https://harian-pelabuhan.co.id/berita/2026/12/04/dermaga",  # id: UTC+7 to +9
        "https://www.harbourside-herald.com.au/news/ferry-fares",  # en: UTC+8 to +11 (December)
    ],
)
def test_a_zoneless_time_on_a_sites_clock_is_before_a_later_utc_copy(url: str) -> None:
    """18:00 in Tokyo, Seoul, Jakarta to Jayapura or Perth to Sydney is 11:00 UTC at the
    latest (07:00 UTC in Sydney's summer): a longer copy stating 11:30 UTC came after it.  Main
    compared "18:00" with "11:30" as if both were UTC and showed the copy."""
    original = page(1, 600, "2026-12-04T18:00:00", url, zoneless=True)
    copy = page(2, 640, "2026-12-04T11:30:00", WIRE, zoneless=False)
    assert shown(copy, original) == 1
    # a copy stating a time before the earliest reading of the site's clock came first
    early = page(2, 640, "2026-12-04T06:30:00", WIRE, zoneless=False)
    assert shown(early, original) == 2


def test_a_country_of_several_zones_is_a_range() -> None:
    """Indonesia keeps UTC+7, +8 and +9: 16:30 there is 07:30 to 09:30 UTC.  A copy stating
    08:30 UTC may be before or after it: the date does not decide, the walk's order (most
    words) does, whichever page is longer; 10:00 UTC is after it, 07:00 before it."""
    url = "https://harian-pelabuhan.co.id/berita/2026/12/04/pasar"
    for longer, words in ((1, (640, 600)), (2, (600, 640))):
        original = page(1, words[0], "2026-12-04T16:30:00", url, zoneless=True)
        copy = page(2, words[1], "2026-12-04T08:30:00", WIRE, zoneless=False)
        assert shown(original, copy) == shown(copy, original) == longer
    original = page(1, 600, "2026-12-04T16:30:00", url, zoneless=True)
    assert shown(page(2, 640, "2026-12-04T10:00:00", WIRE, zoneless=False), original) == 1
    assert shown(page(2, 640, "2026-12-04T07:00:00", WIRE, zoneless=False), original) == 2


def test_a_zoneless_time_on_a_site_of_no_country_is_any_clock() -> None:
    """"2026-12-04 08:00" on a .com site is 2026-12-03 18:00 to 2026-12-04 20:00 UTC: neither
    before nor after a copy stating 10:00 UTC (main put it first, as 08:00 UTC); a copy of the
    day before at 17:00 UTC, or of the day after, is still told apart."""
    url = "https://www.gulf-coast-ledger.com/local/bridge"
    zoneless = page(1, 600, "2026-12-04T08:00:00", url, zoneless=True)
    assert shown(page(2, 640, "2026-12-04T10:00:00", WIRE, zoneless=False), zoneless) == 2
    assert shown(page(2, 640, "2026-12-03T17:00:00", WIRE, zoneless=False), zoneless) == 2
    assert shown(page(2, 640, "2026-12-04T21:00:00", WIRE, zoneless=False), zoneless) == 1


def test_two_zoneless_times_of_sites_of_no_country_go_by_their_wall_times() -> None:
    """Two records whose scraper wrote naive times (news-please's ``date_publish``) on sites of
    no country: nothing says their clocks differ, so the earlier wall time is first, however
    few its words and in any order (their spans alone overlap: the longer was shown); a
    zoneless time still overlaps a zoned copy a few hours off, and a site with a country still
    reads its own clock."""
    early = page(1, 600, "2026-12-04T08:00:00", "https://www.gulf-coast-ledger.com/a", True)
    late = page(2, 640, "2026-12-04T11:30:00", "https://harbour-weekly.example/a", True)
    assert shown(early, late) == shown(late, early) == 1
    same = page(2, 640, "2026-12-04T08:00:00", "https://harbour-weekly.example/a", True)
    assert shown(early, same) == shown(same, early) == 2  # one wall time: the walk's order
    zoned = page(3, 640, "2026-12-04T11:30:00", WIRE, zoneless=False)
    assert shown(early, late, zoned) == shown(zoned, late, early) == 3
    tokyo = page(2, 640, "2026-12-04T16:00:00", "https://www.minato-nippo.co.jp/a", True)
    assert shown(early, tokyo) == shown(tokyo, early) == 2  # 07:00 UTC or later: overlaps


def test_a_generic_country_code_names_no_clock() -> None:
    assert site_country("www.minato-nippo.co.jp") == "JP"
    assert site_country("hanbada-ilbo.co.kr") == "KR"
    assert site_country("bbc-like.co.uk") == "GB"
    assert site_country("startup-news.io") is None
    assert site_country("pacific-wire.example") is None
    assert site_country(None) is None
    assert country_zones("jp") == ("Asia/Tokyo",)
    assert len(country_zones("ID")) == 4


def test_a_countrys_offsets_follow_its_summer_time() -> None:
    from datetime import datetime, timedelta

    december, july = datetime(2026, 12, 4, 18), datetime(2026, 7, 4, 18)
    assert offsets("JP", december) == (timedelta(hours=9), timedelta(hours=9))
    assert offsets("ID", december) == (timedelta(hours=7), timedelta(hours=9))
    assert offsets("AU", december) == (timedelta(hours=8), timedelta(hours=11))
    assert offsets("AU", july) == (timedelta(hours=8), timedelta(hours=10, minutes=30))
    assert offsets(None, july) == (timedelta(hours=-12), timedelta(hours=14))


# --- finding 6: a date alone is some time of that day ---------------------------------------


def test_a_day_alone_does_not_beat_a_time_of_that_day_in_a_zone_west_of_utc() -> None:
    """A longer page saying only "2026-12-04" and a copy stating 2026-12-04T20:00-05:00
    (2026-12-05 01:00 UTC, the same day where it was written): main put the day first (its
    UTC day is earlier).  The date does not say which came first, and the page stating its
    time comes before a day alone, in any order."""
    day = page(1, 640, "2026-12-04", "https://bayview-daily.example/a")
    timed = page(2, 600, "2026-12-05T01:00:00", WIRE, zoneless=False)
    assert shown(timed, day) == shown(day, timed) == 2
    # a day alone that may be the same day as a time west or east of UTC: the time first
    timed = page(2, 600, "2026-12-04T01:30:00", WIRE, zoneless=False)  # 09:30 in Singapore
    tokyo = page(1, 640, "2026-12-04", "https://www.minato-nippo.co.jp/a")
    assert shown(timed, tokyo) == shown(tokyo, timed) == 2


def test_a_day_alone_on_a_sites_clock_ends_with_its_day_there() -> None:
    """Tokyo's 4 December ends at 15:00 UTC: its page came before a longer copy stating 16:00
    UTC (main: the copy, its UTC day the same); on a site of no country the day may run to
    12:00 UTC on the 5th, and the copy stating its time is shown."""
    tokyo = page(1, 600, "2026-12-04", "https://www.minato-nippo.co.jp/a")
    late = page(2, 640, "2026-12-04T16:00:00", WIRE, zoneless=False)
    assert shown(late, tokyo) == shown(tokyo, late) == 1
    anywhere = page(1, 600, "2026-12-04", "https://bayview-daily.example/a")
    assert shown(late, anywhere) == 2


def test_two_days_alone_go_by_their_days() -> None:
    """"2026-01-01" and "2026-01-03" on sites of no country overlap by two hours between
    UTC-12 and UTC+14, but on any one clock the first is earlier: it is shown, not the longer;
    two pages of one day go by the walk's order."""
    first = page(1, 600, "2026-01-01", "https://bayview-daily.example/a")
    third = page(2, 640, "2026-01-03", "https://harbour-weekly.example/a")
    assert shown(first, third) == shown(third, first) == 1
    same = page(2, 640, "2026-01-01", "https://harbour-weekly.example/a")
    assert shown(first, same) == 2


def test_a_day_alone_is_still_ordered_against_other_days_and_its_fetch() -> None:
    """Days apart decide: a day alone two days before a time, or a time two days before a day
    alone, came first; a page of a day alone fetched at 00:45 UTC was published before a
    longer copy stating 01:30 UTC."""
    timed = page(1, 640, "2026-12-04T01:30:00", WIRE, zoneless=False)
    before = page(2, 600, "2026-12-02", "https://bayview-daily.example/a")
    assert shown(timed, before) == 2
    after = page(2, 600, "2026-12-06", "https://bayview-daily.example/a")
    assert shown(timed, after) == 1
    fetched = page(2, 600, "2026-12-04", "https://bayview-daily.example/a",
                   fetched="2026-12-04T00:45:00")
    assert shown(timed, fetched) == 2


def test_spans() -> None:
    assert publication_span("2026-12-04T18:00:00", True, None, "a.co.jp")[:2] == pytest.approx(
        (publication_span("2026-12-04T09:00:00")[0],) * 2
    )
    start, end, *_ = publication_span("2026-12-04", None, None, "a.co.jp")
    assert end - start == pytest.approx(24 * HOUR - 1)
    start, end, *_ = publication_span("2026-12-04", None, None, None)
    assert end - start == pytest.approx(50 * HOUR - 1)
    assert publication_span(None)[:2] == (float("-inf"), float("inf"))
    assert publication_span("last Tuesday")[:2] == (float("-inf"), float("inf"))


def test_the_callers_order_decides_only_where_the_spans_overlap() -> None:
    inf = float("inf")
    spans = {"a": (0.0, 10.0, inf, inf), "b": (5.0, 6.0, inf, inf), "c": (7.0, 8.0, inf, inf),
             "d": (20.0, 20.0, inf, inf)}
    """The caller's order decides between spans the date does not tell apart (a, b; a, c),
    never against a span that ends before another begins (b before c, every span before d)."""
    assert list(earliest_first("abcd", spans.__getitem__)) == ["a", "b", "c", "d"]
    assert list(earliest_first("dcba", spans.__getitem__)) == ["b", "c", "a", "d"]


# --- the pipeline: zoneless times stored, then ranked on the site's clock ------------------


def _canonical(folder: Path, records: list[dict[str, str]]) -> str | None:
    folder.mkdir()
    path = folder / "night.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return shown_after(folder / "a.db", [path])


def shown_after(db: Path, nights: list[Path]) -> str | None:
    """The address of the one cluster's page shown after ``nights`` were read into the archive
    ``db``, one run each, in that order."""
    archive = open_archive(str(db))
    try:
        for night in nights:
            dedupe(archive, [str(night)], Config(workers=1))
        with archive.sessions() as session:
            return session.execute(
                select(Page.url).join(Cluster, Cluster.canonical_page_id == Page.id)
            ).scalar_one()
    finally:
        archive.close()


@pytest.mark.parametrize(
    ("url", "language", "written"),
    [
        ("https://www.minato-nippo.co.jp/articles/20261204-1", "ja", "2026-12-04 18:00"),
        ("https://news.hanbada-ilbo.co.kr/view/88121", "ko", "2026-12-04 18:00:00"),
        ("https://harian-pelabuhan.co.id/berita/2026/12/04/dermaga", "id", "2026-12-04 16:30"),
        ("https://www.harbourside-herald.com.au/news/ferry-fares", "en", "2026-12-04 18:00"),
    ],
)
def test_dedupe_shows_the_sites_zoneless_original_in_any_order(
    tmp_path: Path, url: str, language: str, written: str
) -> None:
    paragraphs = invented_paragraphs(27, 7)
    original = {"url": url, "title": "Ferry fares rise on the island route", "language": language,
                "text": "\n\n".join(paragraphs), "date_publish": written,
                "date_download": "2026-12-04T12:00:00Z"}
    copy = {"url": WIRE, "title": "Ferry fares rise on the island route",
            "text": "\n\n".join([*paragraphs, "Readers can send their questions to the desk."]),
            "date_publish": "2026-12-04T11:30:00Z", "date_download": "2026-12-04T12:05:00Z"}
    found = {
        _canonical(tmp_path / str(n), order)
        for n, order in enumerate(([original, copy], [copy, original]))
    }
    assert found == {url}


def test_an_archive_that_showed_the_copy_shows_the_sites_original_after_the_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Night one chosen as before 0055 (a zoneless time read as UTC), set back to 0054: the
    upgrade (the user's next command) shows the Japanese site's page, as an archive made
    afresh."""
    from datetime import datetime

    from sqlalchemy import text

    from clipper import originals
    from clipper.archive import current_revision
    from tests.conftest import build

    def as_utc(node: Node) -> tuple[float, float, float, float]:  # the rule of before 0055
        moment = (datetime.fromisoformat(node.rank[1]) - datetime(1970, 1, 1)).total_seconds()
        return (moment, moment, float("inf"), float("inf"))

    paragraphs = invented_paragraphs(27, 7)
    url = "https://www.minato-nippo.co.jp/articles/20261204-1"
    path = tmp_path / "night1.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (
        {"url": url, "title": "Ferry fares rise", "text": "\n\n".join(paragraphs),
         "date_publish": "2026-12-04 18:00", "date_download": "2026-12-04T12:00:00Z"},
        {"url": WIRE, "title": "Ferry fares rise",
         "text": "\n\n".join([*paragraphs, "Readers can send their questions to the desk."]),
         "date_publish": "2026-12-04T11:30:00Z", "date_download": "2026-12-04T12:05:00Z"},
    )))
    monkeypatch.setattr(originals, "span", as_utc)
    archive, _ = build(tmp_path / "old.db", [path])

    def shown_url() -> str | None:
        with archive.sessions() as session:
            return session.execute(
                select(Page.url).join(Cluster, Cluster.canonical_page_id == Page.id)
            ).scalar_one()

    assert shown_url() == WIRE
    with archive.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0054'"))
    archive.close()
    monkeypatch.undo()
    archive = open_archive(str(tmp_path / "old.db"))
    try:
        assert (current_revision(archive) or "") >= "0055"
        assert shown_url() == url
    finally:
        archive.close()
