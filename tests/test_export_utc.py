"""``clipper export``'s ``published_utc``, ``published_from``, ``published_to`` and ``region``:
one UTC time line for a BI tool (newcomer 28, finding 11: ``published`` holds UTC times, a
source's zoneless local times and bare dates in one column, and ``pandas.to_datetime(utc=True)``
silently reads an Indian page's "10:15" as 10:15 UTC, five and a half hours off).

Invented news-please records: a page dated with its zone, an Indian (``.in``) page's zoneless
time, an Indonesian one (three zones: a span), a ``.com`` page stating Mexico (``"country":
"MX"``), a ``.com`` page of no country, a date alone and an undated page.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from clipper.cli import cli
from tests.conftest import records_archive

_TOPICS = [
    ("harbour", "The harbour board of Elmsport approved a new breakwater on Thursday after a "
     "decade of winter storms flooded the fish market twice a year."),
    ("library", "The county library in Dunmere will open on Sundays from January, its trustees "
     "said, after volunteers offered to staff the reading rooms."),
    ("orchard", "Apple growers in the Talvane valley expect their smallest harvest in twenty "
     "years after a late frost killed most of the blossom in April."),
    ("tramway", "The tram line between Korvik station and the university will close for three "
     "weeks in February while the old rails are replaced."),
    ("bakery", "A bakery in Old Lusk that has sold rye bread since 1890 will close at the end of "
     "the month because no one in the family wants to take it over."),
    ("choir", "The boys' choir of St Aldric's won the national competition in Braymouth on "
     "Saturday with a programme of carols sung in four languages."),
    ("bridge", "Engineers closed the footbridge over the Lenn river on Monday after divers found "
     "cracks in two of the piers that hold up its central span."),
]


def _text(topic: str, lead: str) -> str:
    return "\n\n".join(
        [
            lead,
            f"Residents told reporters the {topic} news had been expected for months, and a "
            "public meeting is planned for next week in the town hall.",
            f"Officials said further details about the {topic} plan would be published on the "
            "council's website once the budget for next year is settled.",
        ]
    )


def _record(url: str, topic: int, date_publish: str | None, **extra: str) -> dict[str, object]:
    name, lead = _TOPICS[topic]
    record: dict[str, object] = {
        "url": url, "title": f"The {name} story", "maintext": _text(name, lead), **extra
    }
    if date_publish is not None:
        record["date_publish"] = date_publish
    return record


RECORDS = [
    _record("https://zoned.example.com/a", 0, "2026-12-03T04:45:00+02:00"),
    _record("https://deshpatra.in/b", 1, "2026-12-03 10:15:00"),
    _record("https://kabarpagi.co.id/c", 2, "2026-12-03 10:15:00"),
    _record("https://diariobajio.com/d", 3, "2026-12-03 21:40:00", country="MX"),
    _record("https://nowhere-news.com/e", 4, "2026-12-03 10:15:00"),
    _record("https://deshpatra.in/f", 5, "2026-12-03"),
    _record("https://undated.example.com/g", 6, None),
]
# url → (published, published_zoneless, published_utc, published_from, published_to, region)
EXPECTED = {
    "https://zoned.example.com/a": (
        "2026-12-03T02:45:00+00:00", False, "2026-12-03T02:45:00+00:00",
        "2026-12-03T02:45:00+00:00", "2026-12-03T02:45:00+00:00", None,
    ),
    # India keeps one offset, +05:30: the moment is pinned; an English page on .in is India's
    # (English is written there: clipper.declaredregion.address_region)
    "https://deshpatra.in/b": (
        "2026-12-03T10:15:00", True, "2026-12-03T04:45:00+00:00",
        "2026-12-03T04:45:00+00:00", "2026-12-03T04:45:00+00:00", "IN",
    ),
    # Indonesia's clocks are UTC+7 to +9: a span, no one moment
    "https://kabarpagi.co.id/c": (
        "2026-12-03T10:15:00", True, None,
        "2026-12-03T01:15:00+00:00", "2026-12-03T03:15:00+00:00", None,
    ),
    # Mexico's clocks in December, UTC-8 (Tijuana) to UTC-5 (Cancún)
    "https://diariobajio.com/d": (
        "2026-12-03T21:40:00", True, None,
        "2026-12-04T02:40:00+00:00", "2026-12-04T05:40:00+00:00", "MX",
    ),
    # no country: any clock people keep, UTC-12 to UTC+14
    "https://nowhere-news.com/e": (
        "2026-12-03T10:15:00", True, None,
        "2026-12-02T20:15:00+00:00", "2026-12-03T22:15:00+00:00", None,
    ),
    # a date alone: the whole day on India's clock
    "https://deshpatra.in/f": (
        "2026-12-03", None, None,
        "2026-12-02T18:30:00+00:00", "2026-12-03T18:29:59+00:00", "IN",
    ),
    "https://undated.example.com/g": (None, None, None, None, None, None),
}
NEW = ("published_utc", "published_from", "published_to", "region")


def _export(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["export", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def _expected_row(url: str) -> dict[str, object]:
    names = ("published", "published_zoneless", *NEW)
    return dict(zip(names, EXPECTED[url], strict=True))


def test_jsonl_places_every_date_on_the_utc_time_line(tmp_path: Path) -> None:
    db = records_archive(tmp_path, RECORDS)
    rows = [json.loads(line) for line in _export(db, "--format", "jsonl").splitlines()]
    assert len(rows) == len(RECORDS)
    for row in rows:
        got = {name: row[name] for name in ("published", "published_zoneless", *NEW)}
        assert got == _expected_row(row["url"]), row["url"]
        # the new fields come after the old ones, in the documented order (then session
        # 29's updated and session 30's partial, then dates44's published_local)
        assert list(row)[-8:-4] == list(NEW)
        assert list(row)[-4:] == ["updated", "partial", "changed_run", "published_local"]
        # every span holds its moment, and every value reads as an aware UTC time
        if row["published_from"] is not None:
            first = datetime.fromisoformat(row["published_from"])
            last = datetime.fromisoformat(row["published_to"])
            assert first.utcoffset() is not None and first <= last
            if row["published_utc"] is not None:
                assert first == datetime.fromisoformat(row["published_utc"]) == last


def test_csv_tsv_and_excel_csv_write_the_same_columns(tmp_path: Path) -> None:
    db = records_archive(tmp_path, RECORDS)
    for args, delimiter in (
        (("--format", "csv"), ","),
        (("--format", "csv", "--delimiter", "tab"), "\t"),
        (("--excel", "--format", "csv"), ","),
    ):
        text = _export(db, *args).lstrip("\ufeff")
        rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))
        assert len(rows) == len(RECORDS), args
        for row in rows:
            expected = _expected_row(row["url"])
            for name in NEW:
                assert row[name] == (expected[name] or ""), (args, row["url"], name)


def test_workbook_writes_the_utc_columns_as_date_cells(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    db = records_archive(tmp_path, RECORDS)
    out = tmp_path / "clips.xlsx"
    _export(db, "--format", "xlsx", "-o", str(out))
    sheet = load_workbook(out, read_only=True)["pages"]
    header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert len(rows) == len(RECORDS)
    for values in rows:
        row = dict(zip(header, values, strict=True))
        expected = _expected_row(str(row["url"]))
        for name in ("published_utc", "published_from", "published_to"):
            want = expected[name]
            assert row[name] == (
                None if want is None
                else datetime.fromisoformat(str(want)).replace(tzinfo=None)
            ), (row["url"], name)
        assert row["region"] == expected["region"]


def test_workbook_time_cells_say_their_clock_and_the_published_column_sorts(
    tmp_path: Path,
) -> None:
    """A time its source wrote without a zone is its own clock, not UTC: beside the
    ``published`` column's UTC cells it must not pass for one (an Indian page's 10:15 beside a
    zoned page's 02:45 UTC, read as 10:15 UTC: newcomer 31's F-M, which kept it text).  Text
    among date cells made the column unsortable, and the UTC cells did not say they were UTC
    (newcomer 33: EFE's 10:32+01:00 shown 09:32).  Every time cell is now a date cell whose
    number format says its clock: "UTC", or "(no time zone given)" for a time written
    without one (as written); a date alone a date; ``published_zoneless`` says which."""
    from openpyxl import load_workbook

    db = records_archive(tmp_path, RECORDS)
    out = tmp_path / "clips.xlsx"
    _export(db, "--format", "xlsx", "-o", str(out))
    sheet = load_workbook(out)["pages"]
    header = [c.value for c in sheet[1]]
    cells = {
        str(row[header.index("url")].value): row[header.index("published")]
        for row in sheet.iter_rows(min_row=2)
    }
    zoned = cells["https://zoned.example.com/a"]
    assert zoned.is_date and zoned.value == datetime(2026, 12, 3, 2, 45)
    assert zoned.number_format == 'yyyy-mm-dd hh:mm:ss "UTC"'
    for url in ("https://deshpatra.in/b", "https://kabarpagi.co.id/c"):
        zoneless = cells[url]
        assert zoneless.is_date and zoneless.value == datetime(2026, 12, 3, 10, 15), url
        assert zoneless.number_format == 'yyyy-mm-dd hh:mm:ss "(no time zone given)"', url
    assert cells["https://deshpatra.in/f"].is_date  # a date alone: no clock to mistake
    assert cells["https://deshpatra.in/f"].number_format == "yyyy-mm-dd"
    # every dated row's published is a date cell: the column sorts
    dated = [c for c in cells.values() if c.value is not None]
    assert dated and all(c.is_date for c in dated)
    # the zoneless page's moment, where clipper can pin one, is still a UTC date cell
    pinned = next(
        row for row in sheet.iter_rows(min_row=2)
        if row[header.index("url")].value == "https://deshpatra.in/b"
    )[header.index("published_utc")]
    assert pinned.is_date and pinned.value == datetime(2026, 12, 3, 4, 45)
    assert pinned.number_format == 'yyyy-mm-dd hh:mm:ss "UTC"'


def test_a_workbook_with_tz_writes_its_times_on_that_clock(tmp_path: Path) -> None:
    """``export --format xlsx --tz Asia/Singapore``: the publication and fetch times are
    Singapore's, each cell saying so; published_utc stays UTC, as its name says; without
    --tz every time is UTC (newcomer 34, finding 10: a Singapore client's sheet was UTC)."""
    from openpyxl import load_workbook

    db = records_archive(tmp_path, RECORDS)
    local, utc = tmp_path / "sgt.xlsx", tmp_path / "utc.xlsx"
    _export(db, "--format", "xlsx", "--tz", "Asia/Singapore", "-o", str(local))
    result = CliRunner().invoke(
        cli, ["export", "--db", str(db), "--format", "xlsx", "-o", str(utc)],
        env={"CLIPPER_TZ": None, "TZ": "Asia/Singapore"},
    )
    assert result.exit_code == 0, result.output

    def cells(path: Path) -> dict[str, dict[str, Any]]:
        sheet = load_workbook(path)["pages"]
        header = [cell.value for cell in sheet[1]]
        rows = {}
        for row in sheet.iter_rows(min_row=2):
            named = dict(zip(header, row, strict=True))
            rows[str(named["url"].value)] = named
        return rows

    zoned = cells(local)["https://zoned.example.com/a"]
    plain = cells(utc)["https://zoned.example.com/a"]
    # 04:45 at +02:00 is 02:45 UTC, 10:45 in Singapore
    assert zoned["published"].value == datetime(2026, 12, 3, 10, 45)
    assert zoned["published"].number_format == 'yyyy-mm-dd hh:mm:ss "Asia/Singapore"'
    assert plain["published"].value == datetime(2026, 12, 3, 2, 45)
    assert plain["published"].number_format == 'yyyy-mm-dd hh:mm:ss "UTC"'
    for name in ("published_utc", "published_from"):
        assert zoned[name].value == plain[name].value == datetime(2026, 12, 3, 2, 45), name
        assert zoned[name].number_format == 'yyyy-mm-dd hh:mm:ss "UTC"', name
    # a time written without a zone stays as written, said so, in both
    kabar = cells(local)["https://kabarpagi.co.id/c"]["published"]
    assert kabar.value == datetime(2026, 12, 3, 10, 15)
    assert "no time zone given" in str(kabar.number_format)


def test_csv_and_jsonl_with_tz_write_their_times_on_that_clock(tmp_path: Path) -> None:
    """``export --tz Europe/Warsaw`` to CSV (for Excel too) and JSON Lines: a zoned time is
    written on Warsaw's clock with its offset, as a workbook writes it, not UTC beside the
    zoneless copies' local times (newcomer 36, finding 4: PAP's 10:15 Warsaw read 09:15 beside
    its copies' 11:02, the wire 1 h 47 min ahead instead of 47 min); a time written without
    a zone stays as written; published_utc stays UTC; without --tz, UTC."""
    db = records_archive(tmp_path, RECORDS)
    zoned_url, zoneless_url = "https://zoned.example.com/a", "https://kabarpagi.co.id/c"
    for args in (["--format", "csv"], ["--format", "csv", "--excel", "--delimiter", ";"]):
        delimiter = ";" if "--excel" in args else ","
        text = _export(db, *args, "--tz", "Europe/Warsaw").lstrip("\ufeff")
        rows = {row["url"]: row for row in csv.DictReader(io.StringIO(text), delimiter=delimiter)}
        # 04:45 at +02:00 is 02:45 UTC, 03:45 in Warsaw (CET, +01:00)
        assert rows[zoned_url]["published"] == "2026-12-03T03:45:00+01:00", args
        assert rows[zoned_url]["published_utc"] == "2026-12-03T02:45:00+00:00", args
        assert rows[zoned_url]["fetched_at"].endswith("+01:00") or not rows[zoned_url][
            "fetched_at"
        ], args
        assert rows[zoneless_url]["published"] == "2026-12-03T10:15:00", args
    lines = _export(db, "--format", "jsonl", "--tz", "Europe/Warsaw").splitlines()
    records = {record["url"]: record for record in map(json.loads, lines)}
    assert records[zoned_url]["published"] == "2026-12-03T03:45:00+01:00"
    assert records[zoneless_url]["published"] == "2026-12-03T10:15:00"
    plain = CliRunner().invoke(
        cli, ["export", "--db", str(db), "--format", "jsonl"], env={"CLIPPER_TZ": None}
    )
    assert plain.exit_code == 0, plain.output
    by_url = {record["url"]: record for record in map(json.loads, plain.stdout.splitlines())}
    assert by_url[zoned_url]["published"] == "2026-12-03T02:45:00+00:00"
