"""A publication time written without a time zone ("2026-12-02 14:30", no other time of the
page giving its offset) is stored as written, the source's own clock: ``pages.published_zoneless``
(migration 0031) says so, and show, the digest and the exports say "no time zone given" instead
of "UTC" (a page published 14:30 in Jakarta is not 14:30 UTC).  Invented pages and records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.archive import open_archive
from clipper.config import Config
from clipper.dates import zoneless_time
from clipper.models import Page
from clipper.pipeline import dedupe

# Three reports of an invented harbour town's news: a time without a zone, one with an
# offset, a date alone.
RECORDS = [
    {"url": "https://kotapelabuhan.example/berita/dermaga-baru", "title": "New pier opens at "
     "the old harbour of Kota Pelabuhan", "date_publish": "2026-12-02 14:30:00",
     "date_download": "2026-12-02T09:00:00Z", "maintext":
     "The new pier at the old harbour opened to ferries on Wednesday after two years of work, "
     "the harbour master said.\nFishing boats will keep the eastern basin, and the ferry to the "
     "islands leaves from the new pier twice a day from next week onwards."},
    {"url": "https://kotapelabuhan.example/berita/pasar-ikan", "title": "Fish market moves "
     "indoors for the rainy season", "date_publish": "2026-12-02T14:30:00+07:00",
     "date_download": "2026-12-02T09:05:00Z", "maintext":
     "Traders at the fish market moved under the new roof of the market hall on Wednesday, "
     "ahead of the heaviest rains of the year.\nThe town council paid for the roof, and stall "
     "rents stay as they were until the end of the season, the market's manager said."},
    {"url": "https://kotapelabuhan.example/berita/sekolah", "title": "School term ends a week "
     "early after flooding", "date_publish": "2026-12-01",
     "date_download": "2026-12-02T09:10:00Z", "maintext":
     "Pupils of the two primary schools by the river start their holidays a week early, after "
     "water reached the classrooms on Monday night.\nCleaning begins on Thursday, and the "
     "schools open again on the first Monday of January, the education office said."},
]
PIER, MARKET, SCHOOL = (r["url"] for r in RECORDS)


def _dump(folder: Path, rows: list[dict[str, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "night.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def db(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The three records stored, on SQLite and on PostgreSQL."""
    folder = tmp_path_factory.mktemp("zoneless")
    archive = open_archive(module_db_url)
    try:
        summary = dedupe(archive, [str(_dump(folder, RECORDS))], Config(workers=1))
        assert summary.stored == 3, summary.as_dict()
    finally:
        archive.close()
    return module_db_url


def test_the_archive_says_which_publication_times_had_no_zone(db: str) -> None:
    archive = open_archive(db)
    try:
        with archive.sessions() as session:
            got = {
                row.url: (row.published, row.published_zoneless)
                for row in session.execute(
                    select(Page.url, Page.published, Page.published_zoneless)
                )
            }
    finally:
        archive.close()
    assert got == {
        PIER: ("2026-12-02T14:30:00", True),  # the source's clock, not UTC
        MARKET: ("2026-12-02T07:30:00", False),  # 14:30 at +07:00 is 07:30 UTC
        SCHOOL: ("2026-12-01", None),  # a day has no zone to lose
    }


@pytest.mark.parametrize(
    ("written", "stored", "expected"),
    [
        ("2026-12-02 14:30", "2026-12-02T14:30:00", True),
        ("2026-12-02T14:30:00Z", "2026-12-02T14:30:00", False),
        ("2026-12-02T14:30:00+07:00", "2026-12-02T07:30:00", False),
        ("Wed, 02 Dec 2026 14:30:00 +0700", "2026-12-02T07:30:00", False),
        ("Wed, 02 Dec 2026 14:30:00 -0000", "2026-12-02T14:30:00", False),  # RFC 2822: UTC
        ("2026-12-02", "2026-12-02", None),
        ("2026-12-02T00:00:00", "2026-12-02", None),  # a day its source wrote as midnight
        (None, None, None),
    ],
)
def test_zoneless_time(written: str | None, stored: str | None, expected: bool | None) -> None:
    assert zoneless_time(written, stored) is expected
