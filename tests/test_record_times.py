"""The times a crawler's record gives (session 20): a publication time written the local way
beside its date (Scrapy / JSONL exports: "às 13h00", "15h30", "13.00 Uhr", "14:05 hrs.", a
Latin "PM" after a Hindi date), read into the page's publication time; Event Registry's
``dateTime`` beside its day-only ``date``; C4's and RedPajama's ``timestamp``, the Common Crawl
capture's time (C4's dataset card), read as the fetch time, never as a publication date.  All
records here are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from clipper.read.declareddates import declared_date

TEXT = (
    "The harbour board approved a new ferry timetable for the winter months after a long "
    "meeting on Tuesday evening.\n\nCrossings to the island will run every ninety minutes."
)


def _read(tmp_path: Path, *records: dict[str, object]) -> list[RawPage]:
    path = tmp_path / "items.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    rejected: list[Rejection] = []
    pages = list(read_pages([path], ReadLimits(), rejected.append))
    assert rejected == []
    return pages


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("14 मई 2025 06:10 PM", "2025-05-14T18:10:00"),  # Hindi date, Latin AM/PM
        ("मई 14, 2025 12:05 AM", "2025-05-14T00:05:00"),
        ("14 de maio de 2025 às 13h00", "2025-05-14T13:00:00"),  # Portuguese
        ("14 de maio de 2025, 9h", "2025-05-14T09:00:00"),
        ("May 14, 2025 14:05 hrs.", "2025-05-14T14:05:00"),  # Indian / Pakistani English
        ("14 May, 2025 | 14:05 hrs", "2025-05-14T14:05:00"),
        ("14.05.2025, 13.00 Uhr", "2025-05-14T13:00:00"),  # German, numbers only
        ("14. Mai 2025, 13.00 Uhr", "2025-05-14T13:00:00"),
        ("14 mai 2025 à 15h30", "2025-05-14T15:30:00"),  # French
        ("14 de mayo de 2025, 13.00 h", "2025-05-14T13:00:00"),  # Spanish
    ],
)
def test_a_time_written_the_local_way_is_the_publication_time(
    tmp_path: Path, written: str, read: str
) -> None:
    (page,) = _read(tmp_path, {"url": "https://harbour.example/a", "text": TEXT, "date": written})
    assert (page.published, page.date_unread) == (read, None)


@pytest.mark.parametrize(
    ("day", "time", "read"),
    [
        ("14 मई 2025", "06:10 PM", "2025-05-14T18:10:00"),  # a Scrapy item's two fields
        ("14 de maio de 2025", "às 13h00", "2025-05-14"),  # not a time alone: the day stays
        ("14 de maio de 2025", "13h00", "2025-05-14T13:00:00"),
        ("May 14, 2025", "14:05 hrs.", "2025-05-14T14:05:00"),
        ("2025-05-14", "18:10 WIB", "2025-05-14T18:10:00+07:00"),
        ("May 14, 2025", "06:10 PM IST", "2025-05-14"),  # a zone not known: the day alone
        ("May 14, 2025", "yesterday", "2025-05-14"),
    ],
)
def test_a_time_given_apart_from_its_day_is_read_with_it(
    tmp_path: Path, day: str, time: str, read: str
) -> None:
    (page,) = _read(
        tmp_path, {"url": "https://harbour.example/a", "text": TEXT, "date": day, "time": time}
    )
    assert (page.published, page.date_unread) == (read, None)


@pytest.mark.parametrize(
    "written",
    [
        "04/05/2025 à 15h30",  # day and month in numbers with slashes: never guessed
        "14 de maio às 13h00",  # no year
        "2025 13h00",  # no day or month
    ],
)
def test_a_time_of_an_unknown_zone_or_a_date_lacking_a_part_stays_unread(written: str) -> None:
    assert declared_date(written) == (None, written)


def test_a_time_in_a_zone_no_page_names_keeps_its_day() -> None:
    """IST after an AM/PM with no language or address naming India's, Ireland's or Israel's:
    the day alone, no time of day that could be hours off (newcomer 24 finding 6); after
    "hrs" too, two words after the time (newcomer 39 finding 2: "14:30 UAE time" lost its
    whole date where one word kept its day)."""
    assert declared_date("14 मई 2025 06:10 PM IST") == ("2025-05-14", None)
    assert declared_date("14 May 2025 14:05 hrs IST") == ("2025-05-14", None)


def test_event_registry_s_date_time_beats_its_day(tmp_path: Path) -> None:
    """Event Registry writes the day (``date``), the time (``time``), both (``dateTime``: when
    it found the article) and the publisher's own time when known (``dateTimePub``): the most
    precise of them that agrees with the day is the publication time; one on another day is
    passed over."""
    base = {"uri": "8412", "lang": "eng", "isDuplicate": False, "dataType": "news",
            "title": "Ferry timetable changes", "body": TEXT,
            "source": {"uri": "harbour.example", "dataType": "news", "title": "Harbour Post"}}
    pages = _read(
        tmp_path,
        base | {"url": "https://harbour.example/1", "date": "2026-12-03", "time": "06:10:00",
                "dateTime": "2026-12-03T06:10:00Z"},
        base | {"url": "https://harbour.example/2", "date": "2026-12-03", "time": "06:10:00",
                "dateTime": "2026-12-03T06:10:00Z", "dateTimePub": "2026-12-03T05:58:00Z"},
        base | {"url": "https://harbour.example/3", "date": "2026-12-03",
                "dateTime": "2026-12-04T06:10:00Z"},
        base | {"url": "https://harbour.example/4", "dateTime": "2026-12-03T06:10:00Z"},
    )
    assert [p.published for p in pages] == [
        "2026-12-03T06:10:00Z", "2026-12-03T05:58:00Z", "2026-12-03", "2026-12-03T06:10:00Z"
    ]
    assert [p.site for p in pages] == ["harbour.example"] * 4


def test_c4_and_redpajama_timestamps_are_fetch_times(tmp_path: Path) -> None:
    """C4 (``{"text", "url", "timestamp"}``) and RedPajama (``{"text", "meta": {"url",
    "timestamp", "language", "source"}}``): the timestamp is when Common Crawl fetched the
    page, so the page is fetched then and undated."""
    pages = _read(
        tmp_path,
        {"text": TEXT, "timestamp": "2019-04-25T12:57:54Z", "url": "https://harbour.example/c4"},
        {"text": TEXT.replace("ninety", "sixty"),
         "meta": {"timestamp": "2019-04-25T12:57:54", "url": "https://harbour.example/rp",
                  "language": "en", "source": "c4"}},
    )
    assert [(p.url, p.fetched_at, p.published) for p in pages] == [
        ("https://harbour.example/c4", "2019-04-25T12:57:54Z", None),
        ("https://harbour.example/rp", "2019-04-25T12:57:54", None),
    ]
    assert pages[1].language == "en"


def test_a_fineweb_record_s_date_is_its_crawl_s(tmp_path: Path) -> None:
    """FineWeb names the Common Crawl dump of each record (``"dump": "CC-MAIN-2024-10"``),
    and its ``date`` is that crawl's (its dataset card: "crawl date (from CommonCrawl)"): the
    fetch time.  A record without a dump keeps its ``date`` as the publication date."""
    fineweb: dict[str, object] = {"text": TEXT, "id": "<urn:uuid:1f0c>", "dump": "CC-MAIN-2024-10",
               "url": "https://harbour.example/fw", "date": "2024-02-21T04:13:06Z",
               "file_path": "s3://commoncrawl/crawl-data/CC-MAIN-2024-10/segments/x.warc.gz",
               "language": "en", "language_score": 0.97, "token_count": 41}
    scrapy: dict[str, object] = {"text": TEXT.replace("ninety", "sixty"), "url": "https://harbour.example/s",
              "date": "2024-02-21T04:13:06Z"}
    pages = _read(tmp_path, fineweb, scrapy)
    assert [(p.fetched_at, p.published) for p in pages] == [
        ("2024-02-21T04:13:06Z", None), (None, "2024-02-21T04:13:06Z")
    ]
