"""``--since``/``--until`` read a publication time written without a zone on its site's clocks
(clipper.searchfilters.date_filters, one rule for search, export and stories), and a story's
lead is the first published by rule 6's reading of dates.  Invented sites and pages.

A zoneless time on a site whose address names a country of one offset is that moment (India's
"2026-12-03 02:00" is 20:30 UTC on the 2nd); of a country of several, every moment its clocks
can mean, kept where any of them is within the bounds (Indonesia's "08:00" is 23:00 to 01:00
UTC); of a site whose address names no country, as written, on the reader's clock (``--tz``).
Main compared all of them with the UTC bounds as if they were UTC.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import select, text

from clipper.archive import current_revision, open_archive
from clipper.cli import cli
from clipper.config import Config
from clipper.models import Page
from clipper.pipeline import dedupe
from tests.test_copies import invented_paragraphs
from tests.test_stories import FERRY_A, FERRY_B, record, run, write_jsonl

# Six reports, each its own story, each with a word of its own to search for.
DATES = {
    "A": ("https://www.deccan-lantern.in/city/ring-road", "2026-12-03 02:00:00"),  # 2nd 20:30 UTC
    "B": ("https://www.deccan-lantern.in/city/flyover", "2026-12-02 20:00:00"),  # 2nd 14:30 UTC
    "C": ("https://www.deccan-lantern.in/city/metro", "2026-12-03 10:00:00"),  # 3rd 04:30 UTC
    "D": ("https://kabar-pagi.co.id/berita/pelabuhan", "2026-12-03 08:00:00"),  # 23:00-01:00
    "E": ("https://harbour-gazette.com/news/tides", "2026-12-02 20:00:00"),  # no country
    "F": ("https://harbour-gazette.com/news/cranes", "2026-12-03T01:00:00Z"),  # with its zone
}
TITLES = dict(zip(DATES, [
    "Ring road opens to lorries", "Flyover shut for repairs", "Metro line reaches airport",
    "Dredging begins in the old basin", "Tide gauges replaced", "Cranes idle after storm",
], strict=True))
QUERY = " OR ".join(f"kalven{name.lower()}" for name in DATES)


def _records() -> list[dict[str, str]]:
    return [
        {"url": url, "title": TITLES[name], "date_publish": published,
         "date_download": "2026-12-03T12:00:00Z",
         "maintext": "\n".join([f"Kalven{name.lower()} " + p
                                 for p in invented_paragraphs(280 + n, 3)])}
        for n, (name, (url, published)) in enumerate(DATES.items())
    ]


@pytest.fixture(scope="module")
def db(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("zoneless-filters")
    path = folder / "night.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _records()), encoding="utf-8")
    archive = open_archive(module_db_url)
    try:
        summary = dedupe(archive, [str(path)], Config(workers=1))
        assert summary.stored == 6, summary.as_dict()
    finally:
        archive.close()
    return module_db_url


def _cli(*argv: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(cli, list(argv))
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def _reports(db: str, story_id: int) -> frozenset[str]:
    """The reports (A-F) of a story."""
    result = CliRunner().invoke(cli, ["show", "--db", db, f"story:{story_id}", "--json"])
    assert result.exit_code == 0, result.output
    detail = json.loads(result.output)  # one document
    urls = {url: name for name, (url, _) in DATES.items()}
    return frozenset(urls[cluster["url"]] for cluster in detail["clusters"])


def _found(db: str, command: str, *args: str) -> set[str]:
    """The reports (A-F) a command lists with the date options ``args``: of ``stories``,
    every report of the stories it lists (the story stage may join some of them)."""
    if command == "stories":
        listed = _cli("stories", "--db", db, "--json", *args)
        return {name for row in listed for name in _reports(db, row["story_id"])}
    if command == "search":
        rows = _cli("search", "--db", db, "--json", "--limit", "50", *args, QUERY)
    else:
        rows = _cli("export", "--db", db, *args)
    urls = {url: name for name, (url, _) in DATES.items()}
    return {urls[row["url"]] for row in rows}


def _stories_of(db: str, reports: set[str]) -> set[str]:
    """Every report of the stories holding any of ``reports``."""
    stories = [_reports(db, row["story_id"]) for row in _cli("stories", "--db", db, "--json")]
    return {name for story in stories if story & reports for name in story}


@pytest.mark.parametrize("command", ["search", "export", "stories"])
@pytest.mark.parametrize(
    ("args", "expected"),
    [
        # in UTC: India's "02:00" of the 3rd was the 2nd; Indonesia's "08:00" of the 3rd is
        # of both days (23:00 to 01:00 UTC); the .com site's "20:00" is of its written day
        (("--since", "2026-12-03", "--tz", "UTC"), {"C", "D", "F"}),
        (("--until", "2026-12-02", "--tz", "UTC"), {"A", "B", "D", "E"}),
        # in Delhi the 3rd began at 18:30 UTC on the 2nd: India's "20:00" of the 2nd is the
        # 2nd, its "02:00" of the 3rd the 3rd; the .com "20:00" of the 2nd is the 2nd there too
        (("--since", "2026-12-03", "--tz", "Asia/Kolkata"), {"A", "C", "D", "F"}),
        (("--until", "2026-12-02", "--tz", "Asia/Kolkata"), {"B", "E"}),
        # times: Indonesia's span meets 00:30-02:00 UTC, India's 04:30 does not
        (("--since", "2026-12-03T00:30:00", "--until", "2026-12-03T02:00:00", "--tz", "UTC"),
         {"D", "F"}),
    ],
)
def test_since_and_until_read_a_zoneless_time_on_its_sites_clock(
    db: str, command: str, args: tuple[str, ...], expected: set[str]
) -> None:
    if command == "stories":  # a story with a report within the bounds
        expected = _stories_of(db, expected)
    assert _found(db, command, *args) == expected


def test_the_spans_are_stored_in_utc(db: str) -> None:
    archive = open_archive(db)
    try:
        with archive.sessions() as session:
            got = {
                row.url: (row.published_from, row.published_to)
                for row in session.execute(select(Page.url, Page.published_from, Page.published_to))
            }
    finally:
        archive.close()
    assert got[DATES["A"][0]] == ("2026-12-02T20:30:00", "2026-12-02T20:30:00")
    assert got[DATES["D"][0]] == ("2026-12-02T23:00:00", "2026-12-03T01:00:00")
    assert got[DATES["E"][0]] == (None, None)  # no country: read as written
    assert got[DATES["F"][0]] == (None, None)  # a moment: its stored UTC time


def test_an_archive_of_before_0057_is_filled_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "night.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _records()), encoding="utf-8")
    archive = open_archive(str(tmp_path / "old.db"))
    try:
        dedupe(archive, [str(path)], Config(workers=1))
        with archive.engine.begin() as connection:
            connection.execute(text("UPDATE pages SET published_from = NULL, published_to = NULL"))
            connection.execute(text("UPDATE alembic_version SET version_num = '0056'"))
    finally:
        archive.close()
    db = str(tmp_path / "old.db")
    archive = open_archive(db)
    try:
        assert (current_revision(archive) or "") >= "0057"
    finally:
        archive.close()
    assert _found(db, "search", "--since", "2026-12-03", "--tz", "UTC") == {"C", "D", "F"}


@pytest.mark.parametrize(
    ("japan", "lead"),
    [
        # 18:00 in Japan is 09:00 UTC, before the other report's 11:30 UTC (main compared
        # "18:00" with "11:30" and led with the later report)
        ("2025-06-04 18:00:00", FERRY_A[0]),
        # 21:00 in Japan is 12:00 UTC, after it
        ("2025-06-04 21:00:00", FERRY_B[0]),
    ],
)
def test_a_storys_lead_is_its_first_report_on_its_sites_clock(
    tmp_path: Path, japan: str, lead: str
) -> None:
    db = tmp_path / "a.db"
    records = [
        record(FERRY_A, "https://www.varnholm-shimbun.co.jp/news/ferry", japan),
        record(FERRY_B, "https://valleyherald.example/ferry-fog", "2025-06-04T11:30:00Z"),
    ]
    run(db, [write_jsonl(tmp_path / "in.jsonl", records)])
    result = CliRunner().invoke(cli, ["stories", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    (story,) = [json.loads(line) for line in result.output.splitlines()]
    assert story["size"] == 2 and story["title"] == lead
