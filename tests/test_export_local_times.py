"""``clipper export``'s ``published_local``: the publication date on the site's own clock in one
meaning, a wall time without an offset or a date alone, beside ``published_utc`` (the moment,
UTC), where ``published`` mixes a source's zoneless wall times with UTC ones (dates44).  A
zoneless time as written; a zoned one on the clocks of the page's country where they show one
wall time, else on the clock of the offset it was written with where that can be the page's
(dates51: "+02:00" of a site of no known country was null); null where neither settles it (a
"Z" of a site of no country).  CSV, JSON Lines and a workbook alike;
``--tz`` moves ``published``, never ``published_local``.  Invented records."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path

from click.testing import CliRunner

from clipper.cli import cli
from clipper.pubwindows import local_column
from tests.conftest import records_archive
from tests.test_export_utc import RECORDS, _record

_MORE = [
    # written with its zone on a Swedish site: Stockholm's clock (UTC+1 in December)
    _record("https://tidning.se/h", 0, "2026-12-03T14:30:00+00:00"),
    # on a US site: its clocks show four wall times at once
    _record("https://dailyharbor.us/i", 1, "2026-12-03T14:30:00+00:00"),
    # ... its own offset says which ("-05:00": New York's); one no US clock keeps does not
    _record("https://dailyharbor.us/j", 2, "2026-12-03T09:30:00-05:00"),
    _record("https://dailyharbor.us/k", 3, "2026-12-03T09:30:00+03:00"),
    # a "Z" of a site of no country: what systems write for UTC, not the site's clock
    _record("https://wirefeed.example.com/l", 4, "2026-12-03T14:30:00Z"),
]
# url → published_local
EXPECTED = {
    # zoned, no country: at the offset it was written with, "+02:00"
    "https://zoned.example.com/a": "2026-12-03T04:45:00",
    "https://deshpatra.in/b": "2026-12-03T10:15:00",
    "https://kabarpagi.co.id/c": "2026-12-03T10:15:00",  # as written, on any of its clocks
    "https://diariobajio.com/d": "2026-12-03T21:40:00",
    "https://nowhere-news.com/e": "2026-12-03T10:15:00",
    "https://deshpatra.in/f": "2026-12-03",
    "https://undated.example.com/g": None,
    "https://tidning.se/h": "2026-12-03T15:30:00",
    "https://dailyharbor.us/i": None,
    "https://dailyharbor.us/j": "2026-12-03T09:30:00",
    "https://dailyharbor.us/k": None,
    "https://wirefeed.example.com/l": None,
}


def _export(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["export", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_jsonl_gives_the_sites_wall_clock_in_one_meaning(tmp_path: Path) -> None:
    db = records_archive(tmp_path, [*RECORDS, *_MORE])
    for args in ((), ("--tz", "Asia/Tokyo")):
        rows = [json.loads(ln) for ln in _export(db, "--format", "jsonl", *args).splitlines()]
        assert {r["url"]: r["published_local"] for r in rows} == EXPECTED, args
        for row in rows:
            if row["published_local"] is not None:
                # never an offset: a wall time or a day
                assert datetime.fromisoformat(row["published_local"]).tzinfo is None
    # --tz moved the zoned published, not the site's clock
    tokyo = [json.loads(ln) for ln in _export(db, "--tz", "Asia/Tokyo").splitlines()]
    (swedish,) = [r for r in tokyo if r["url"] == "https://tidning.se/h"]
    assert (swedish["published"], swedish["published_local"]) == (
        "2026-12-03T23:30:00+09:00",
        "2026-12-03T15:30:00",
    )


def test_csv_writes_the_same_column(tmp_path: Path) -> None:
    db = records_archive(tmp_path, [*RECORDS, *_MORE])
    rows = list(csv.DictReader(io.StringIO(_export(db, "--format", "csv"), newline="")))
    assert {r["url"]: r["published_local"] for r in rows} == {
        url: value or "" for url, value in EXPECTED.items()
    }
    assert list(rows[0])[-1] == "published_local"  # added last: old columns keep their places


def test_workbook_cells_say_the_sites_clock(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    db = records_archive(tmp_path, [*RECORDS, *_MORE])
    out = tmp_path / "clips.xlsx"
    _export(db, "--format", "xlsx", "-o", str(out))
    sheet = load_workbook(out)["pages"]
    header = [c.value for c in sheet[1]]
    cells = {
        str(row[header.index("url")].value): row[header.index("published_local")]
        for row in sheet.iter_rows(min_row=2)
    }
    swedish = cells["https://tidning.se/h"]
    assert swedish.value == datetime(2026, 12, 3, 15, 30)
    assert swedish.number_format == 'yyyy-mm-dd hh:mm:ss "(site\'s clock)"'
    assert cells["https://dailyharbor.us/i"].value is None


def test_a_time_stored_before_zones_were_kept_has_no_wall_clock() -> None:
    # migration 0031: UTC or a wall time, unknown
    assert local_column("2026-12-03T10:15:00", None, "https://deshpatra.in/b", None) is None
    assert local_column("not a date", True, None, None) is None


def test_a_declared_offset_gives_the_wall_time_of_a_site_of_no_country() -> None:
    # Israel's, India's, Thailand's, the Gulf's and Argentina's offsets on .com sites
    for moment, offset, wall in (
        ("2026-12-07T12:30:00", 120, "2026-12-07T14:30:00"),
        ("2026-12-07T09:00:00", 330, "2026-12-07T14:30:00"),
        ("2026-12-07T07:30:00", 420, "2026-12-07T14:30:00"),
        ("2026-12-07T11:30:00", 180, "2026-12-07T14:30:00"),
        ("2026-12-07T17:30:00", -180, "2026-12-07T14:30:00"),
    ):
        assert (
            local_column(moment, False, "https://www.harbour-daily.com/a", None, None, offset)
            == wall
        )
    # a zero offset of no country, and no offset kept (a page stored before migration 0108)
    for kept in (0, None):
        assert (
            local_column("2026-12-07T12:30:00", False, "https://x.com/a", None, None, kept)
            is None
        )
    # the country's one clock comes first: a Swedish site writing UTC
    assert (
        local_column("2026-12-07T12:30:00", False, "https://tidning.se/a", None, None, 0)
        == "2026-12-07T13:30:00"
    )
