"""A publication time written without a time zone ("2026-12-02 14:30", no other time of the
page giving its offset) is stored as written, the source's own clock: ``pages.published_zoneless``
(migration 0031) says so, and show, the digest and the exports say "no time zone given" instead
of "UTC" (a page published 14:30 in Jakarta is not 14:30 UTC).  Invented pages and records."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner, Result
from openpyxl import load_workbook
from sqlalchemy import select

from clipper.archive import open_archive
from clipper.cli import cli
from clipper.config import Config
from clipper.dates import zoneless_time
from clipper.digest.window import parse_since
from clipper.models import Page
from clipper.pipeline import dedupe

ATOM = "{http://www.w3.org/2005/Atom}"

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


# --- what a reader is shown ------------------------------------------------------------------


def _cli(*args: str, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(cli, list(args), env=env)
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def test_show_says_a_time_had_no_zone_instead_of_calling_it_utc(db: str) -> None:
    pier = _cli("show", "--db", db, "--no-text", PIER)
    assert pier.exit_code == 0, pier.output
    assert "2026-12-02 14:30 (no time zone given)" in pier.output
    assert "14:30 UTC" not in pier.output
    market = _cli("show", "--db", db, "--no-text", MARKET)
    assert "2026-12-02 07:30 UTC" in market.output
    document = json.loads(_cli("show", "--db", db, "--json", PIER).output)
    # as written: no offset made up for it (+00:00 would say UTC)
    assert document["canonical"]["date"] == "2026-12-02T14:30:00"
    assert document["canonical"]["date_zoneless"] is True
    document = json.loads(_cli("show", "--db", db, "--json", MARKET).output)
    assert document["canonical"]["date"] == "2026-12-02T07:30:00+00:00"
    assert document["canonical"]["date_zoneless"] is False


def test_exports_carry_whether_the_zone_was_given(db: str, tmp_path: Path) -> None:
    jsonl = {
        r["url"]: r for r in map(json.loads, _cli("export", "--db", db).output.splitlines())
    }
    assert {url: r["published_zoneless"] for url, r in jsonl.items()} == {
        PIER: True, MARKET: False, SCHOOL: None,
    }
    assert jsonl[PIER]["published"] == "2026-12-02T14:30:00"
    plain = _cli("export", "--db", db, "--format", "csv").output
    found = {r["url"]: r for r in csv.DictReader(io.StringIO(plain))}
    assert [found[u]["published_zoneless"] for u in (PIER, MARKET, SCHOOL)] == [
        "true", "false", "",
    ]
    book = tmp_path / "clippings.xlsx"
    assert _cli("export", "--db", db, "--format", "xlsx", "-o", str(book)).exit_code == 0
    sheet = load_workbook(book, read_only=True).worksheets[0]
    header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    at = header.index("published_zoneless")
    got = {row[header.index("url")]: row[at] for row in rows}
    assert (got[PIER], got[MARKET], got[SCHOOL]) == (True, False, None)


def test_the_digest_shows_times_in_its_readers_zone_and_a_zoneless_one_as_written(
    db: str,
) -> None:
    utc = _cli("digest", "--db", db, "--since", "30d", "--no-record")
    assert utc.exit_code == 0, utc.output
    assert "2026-12-02 14:30 (no time zone given)" in utc.output
    assert "2026-12-02 07:30 UTC" in utc.output
    jakarta = _cli("digest", "--db", db, "--since", "30d", "--no-record", "--tz", "Asia/Jakarta")
    assert "2026-12-02 14:30 WIB" in jakarta.output  # the market's 07:30 UTC
    assert "2026-12-02 14:30 (no time zone given)" in jakarta.output  # the pier: not moved
    berlin = _cli("digest", "--db", db, "--since", "30d", "--no-record", "--format", "html",
                  env={"CLIPPER_TZ": "Europe/Berlin"})
    assert "2026-12-02 08:30 CET" in berlin.output
    assert "2026-12-02 14:30 (no time zone given)" in berlin.output


def test_an_atom_entry_has_no_published_time_made_up_for_a_zoneless_one(db: str) -> None:
    feed = _cli("digest", "--db", db, "--since", "30d", "--no-record", "--format", "atom").output
    entries = {
        link.get("href"): entry
        for entry in ElementTree.fromstring(feed.encode()).iter(f"{ATOM}entry")
        for link in entry.iter(f"{ATOM}link")
        if link.get("rel") in (None, "alternate")  # feedgen leaves the default out
    }
    published = {url: entry.findtext(f"{ATOM}published") for url, entry in entries.items()}
    assert published[MARKET] == "2026-12-02T07:30:00+00:00"
    assert published[PIER] is None  # RFC 4287 needs a zone: the entry's text says 14:30
    assert "14:30 (no time zone given)" in ElementTree.tostring(
        entries[PIER], encoding="unicode")


def test_a_time_zone_name_the_database_lacks_is_a_usage_error(db: str) -> None:
    for command in (["digest", "--no-record"], ["export"], ["search", "pier"]):
        result = _cli(*command, "--db", db, "--tz", "Jakarta/WIB")
        assert result.exit_code == 2, result.output
        assert "'Jakarta/WIB' is not a time zone" in result.output
        assert "Asia/Jakarta" in result.output
    spelled = _cli("export", "--db", db, "--tz", "asia/jakarta")  # one name in another case
    assert spelled.exit_code == 0, spelled.output


def test_the_default_zone_is_the_machines(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLIPPER_TZ")
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    result = _cli("digest", "--db", db, "--since", "30d", "--no-record")
    assert "2026-12-02 14:30 WIB" in result.output


@pytest.mark.parametrize(
    ("zone", "day", "expected"),
    [
        # the whole UTC day: both times of the 2nd
        ("UTC", "2026-12-02", {PIER, MARKET}),
        # the 2nd in Jakarta began at 17:00 UTC on the 1st: the same two
        ("Asia/Jakarta", "2026-12-02", {PIER, MARKET}),
        # in Los Angeles the market's 07:30 UTC was 23:30 on the 1st, and a page dated the 1st
        # is of the 1st wherever it is read
        ("America/Los_Angeles", "2026-12-02", {PIER}),
        ("America/Los_Angeles", "2026-12-01", {MARKET, SCHOOL}),
        ("UTC", "2026-12-01", {SCHOOL}),
    ],
)
def test_since_and_until_days_are_days_of_the_readers_zone(
    db: str, zone: str, day: str, expected: set[str]
) -> None:
    out = _cli("export", "--db", db, "--since", day, "--until", day, "--tz", zone).output
    assert {json.loads(line)["url"] for line in out.splitlines()} == expected


def test_yesterday_starts_at_the_readers_midnight() -> None:
    # read at 06:00 in Jakarta (23:00 UTC the day before): yesterday is Jakarta's 1st,
    # which began at 17:00 UTC on November 30th; in UTC yesterday is November 30th
    until = "2026-12-01T23:00:00"
    assert parse_since("yesterday", until, ZoneInfo("Asia/Jakarta")) == "2026-11-30T17:00:00"
    assert parse_since("yesterday", until, ZoneInfo("UTC")) == "2026-11-30T00:00:00"
    assert parse_since("yesterday", until) == "2026-11-30T00:00:00"
    # a newsroom in Los Angeles at 22:00 on the 1st (06:00 UTC on the 2nd)
    assert parse_since("today", "2026-12-02T06:00:00", ZoneInfo("America/Los_Angeles")) == (
        "2026-12-01T08:00:00"
    )
    # a date-time without an offset is the reader's
    assert parse_since("2026-12-01T06:00", until, ZoneInfo("Asia/Jakarta")) == (
        "2026-11-30T23:00:00"
    )


def test_clusters_seen_on_a_day_of_the_readers_zone(db: str) -> None:
    """The three pages were fetched 09:00-09:10 UTC on the 2nd: 23:00-23:10 on the 1st in
    Honolulu."""
    def seen(zone: str) -> int:
        out = _cli("clusters", "--db", db, "--json", "--since", "2026-12-01", "--until",
                   "2026-12-01", "--tz", zone).output
        return len(out.splitlines())

    # the page dated 2026-12-01 alone, fetched on the 2nd, was out on the 1st in UTC too (a day
    # before its fetch counts: clipper.seentimes.first_sighting)
    assert (seen("UTC"), seen("Pacific/Honolulu")) == (1, 3)


def test_search_json_writes_a_zoneless_time_as_written(db: str) -> None:
    hits = {
        h["url"]: h
        for h in map(json.loads, _cli("search", "--db", db, "--json", "pier OR market").output
                     .splitlines())
    }
    assert (hits[PIER]["date"], hits[PIER]["date_zoneless"]) == ("2026-12-02T14:30:00", True)
    assert (hits[MARKET]["date"], hits[MARKET]["date_zoneless"]) == (
        "2026-12-02T07:30:00+00:00", False,
    )


def test_clusters_json_writes_a_zoneless_time_as_written(db: str) -> None:
    """newcomer 22's finding 14: clusters --json wrote the pier's 14:30 of no zone as
    "+00:00" (UTC made up), beside show, search and export writing it as stored."""
    rows = {
        r["url"]: r
        for r in map(json.loads, _cli("clusters", "--db", db, "--json").output.splitlines())
    }
    assert (rows[PIER]["date"], rows[PIER]["date_zoneless"]) == ("2026-12-02T14:30:00", True)
    assert (rows[MARKET]["date"], rows[MARKET]["date_zoneless"]) == (
        "2026-12-02T07:30:00+00:00", False,
    )
    assert (rows[SCHOOL]["date"], rows[SCHOOL]["date_zoneless"]) == ("2026-12-01", False)


def test_a_versions_zoneless_time_is_not_called_utc(tmp_path: Path) -> None:
    """show --diff names a version without a fetch time by its publication time: a zoneless
    one as written, in the text and in --json (it said "14:30 UTC", "+00:00")."""
    db = f"sqlite:///{tmp_path / 'v.db'}"
    first = {k: v for k, v in RECORDS[0].items() if k != "date_download"}
    second = {**first, "date_publish": "2026-12-03 08:15:00",
              "maintext": first["maintext"] + "\nThe first ferry left on time on Thursday."}
    for night, record in (("n1", first), ("n2", second)):
        assert _cli("dedupe", "--db", db, "--workers", "1",
                    str(_dump(tmp_path / night, [record]))).exit_code == 0
    shown = _cli("show", "--db", db, "--diff", PIER).output
    assert "published 2026-12-02 14:30 (no time zone given)" in shown, shown
    assert "14:30 UTC" not in shown
    document = json.loads(_cli("show", "--db", db, "--diff", "--json", PIER).output)
    assert (document["older"]["date"], document["older"]["date_zoneless"]) == (
        "2026-12-02T14:30:00", True,
    )
