"""A page dated by its day alone is within ``--since``/``--until`` bounds given as times when
its day reaches them, on ``--tz``'s clock (clipper.searchfilters.date_bounds' days), in every
command that filters by date: search, export, stories, stats, clusters (a never-fetched page's
sighting is its day), and the digest's backfill.  Newcomer 39: ``export --since
2026-12-04T00:00 --tz UTC`` left out the pages dated ``2026-12-04`` (the day was read as its
first second, and ``"2026-12-04" < "2026-12-04T00:00:00"`` as text); with ``--tz
Asia/Dubai``, ``--since 2026-12-04T03:59`` kept them and ``T04:00`` dropped them.

Invented sites and pages: records of a news-please crawl without a fetch time.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner

from clipper.archive import open_archive
from clipper.cli import cli
from clipper.config import Config
from clipper.pipeline import dedupe
from tests.test_copies import invented_paragraphs

# Three reports, each its own article: two dated by a day alone, one by a moment.
DATES = {
    "G": ("https://saltpan-courier.example/news/quay-lights", "2026-12-04"),
    "H": ("https://saltpan-courier.example/news/ferry-timetable", "2026-12-03"),
    "I": ("https://dune-ledger.example/city/desal-plant", "2026-12-04T05:00:00Z"),  # 09:00 Dubai
}
TITLES = {
    "G": "Quay lights replaced before the festival",
    "H": "Winter ferry timetable published",
    "I": "Desalination plant adds a fourth line",
}
QUERY = " OR ".join(f"zorvel{name.lower()}" for name in DATES)


def _records() -> list[dict[str, str]]:
    return [
        {
            "url": url,
            "title": TITLES[name],
            "date_publish": published,
            "maintext": "\n".join(
                f"Zorvel{name.lower()} " + p for p in invented_paragraphs(390 + n, 3)
            ),
        }
        for n, (name, (url, published)) in enumerate(DATES.items())
    ]


@pytest.fixture(scope="module")
def db(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("day-alone") / "night.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _records()), encoding="utf-8")
    archive = open_archive(module_db_url)
    try:
        summary = dedupe(archive, [str(path)], Config(workers=1))
        assert summary.stored == 3, summary.as_dict()
    finally:
        archive.close()
    return module_db_url


def _cli(*argv: str) -> Any:
    result = CliRunner().invoke(cli, list(argv))
    assert result.exit_code == 0, result.output
    return result.output


def _lines(*argv: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in _cli(*argv).splitlines() if line.strip()]


_NAMES = {url: name for name, (url, _) in DATES.items()}


def _found(db: str, command: str, *args: str) -> set[str]:
    """The reports (G, H, I) a command lists (or, ``stats``, how many it counts: as many
    names as pages) with the date options ``args``."""
    if command == "search":
        rows = _lines("search", "--db", db, "--json", *args, QUERY)
        return {_NAMES[row["url"]] for row in rows}
    if command == "export":
        return {_NAMES[row["url"]] for row in _lines("export", "--db", db, *args)}
    if command == "stories":
        found: set[str] = set()
        for row in _lines("stories", "--db", db, "--json", *args):
            detail = json.loads(_cli("show", "--db", db, f"story:{row['story_id']}", "--json"))
            found |= {_NAMES[cluster["url"]] for cluster in detail["clusters"]}
        return found
    if command == "clusters":
        rows = _lines("clusters", "--db", db, "--json", *args)
        found = set()
        for row in rows:
            detail = json.loads(_cli("show", "--db", db, str(row["cluster_id"]), "--json"))
            found.add(_NAMES[detail["canonical"]["url"]])
        return found
    assert command == "stats"
    counted = json.loads(_cli("stats", "--db", db, "--json", *args))["pages"]
    return set(list("GHI")[:counted])  # only the count is compared


@pytest.mark.parametrize("command", ["search", "export", "stories", "clusters", "stats"])
@pytest.mark.parametrize(
    ("args", "expected", "by_day"),
    [
        # the day the bound falls on is within it, from its first second to its last
        (("--since", "2026-12-04T00:00", "--tz", "UTC"), {"G", "I"}, None),
        (("--since", "2026-12-04T23:59", "--tz", "UTC"), {"G"}, {"G", "I"}),
        (("--until", "2026-12-04T00:00", "--tz", "UTC"), {"G", "H"}, {"G", "H", "I"}),
        (("--until", "2026-12-03T23:59", "--tz", "UTC"), {"H"}, None),
        # Dubai's 4th began at 20:00 UTC on the 3rd: the 4th is within either bound
        (("--since", "2026-12-04T03:59", "--tz", "Asia/Dubai"), {"G", "I"}, None),
        (("--since", "2026-12-04T04:00", "--tz", "Asia/Dubai"), {"G", "I"}, None),
        (("--since", "2026-12-04T10:00", "--tz", "Asia/Dubai"), {"G"}, {"G", "I"}),
        # New York's 3rd ends at 05:00 UTC on the 4th: 23:00 there is not yet the 4th
        (("--until", "2026-12-03T23:00", "--tz", "America/New_York"), {"H"}, None),
        # both bounds within one day of the reader's clock
        (
            ("--since", "2026-12-04T10:00", "--until", "2026-12-04T11:00", "--tz", "Asia/Dubai"),
            {"G"},
            None,
        ),
        (
            ("--since", "2026-12-04T08:00", "--until", "2026-12-04T10:00", "--tz", "Asia/Dubai"),
            {"G", "I"},
            None,
        ),
        # whole days, as before
        (
            ("--since", "2026-12-04", "--until", "2026-12-04", "--tz", "Asia/Dubai"),
            {"G", "I"},
            None,
        ),
        (("--until", "2026-12-03", "--tz", "UTC"), {"H"}, None),
    ],
)
def test_a_day_alone_is_within_bounds_its_day_reaches(
    db: str, command: str, args: tuple[str, ...], expected: set[str], by_day: set[str] | None
) -> None:
    """``by_day``: what ``stories`` lists where it differs (with one bound, a date-time counts
    by its day there: "a report on or after this day")."""
    if command == "stories" and by_day is not None:
        expected = by_day
    if command == "stats":
        expected = set(list("GHI")[: len(expected)])
    assert _found(db, command, *args) == expected


def test_a_day_alone_is_no_backfill_of_the_day_the_backfill_starts() -> None:
    """The digest's backfill (every page stored in the window dated before the bound): a
    page dated by the bound's own day is in part after it."""
    from types import SimpleNamespace

    from clipper.digest.collect import is_backfill

    def story(*dates: str) -> Any:
        return SimpleNamespace(
            pages=[
                SimpleNamespace(date=date, run_id=1, dated=True, cluster_id=i)
                for i, date in enumerate(dates)
            ]
        )

    before = "2026-11-28T01:53:00"
    assert not is_backfill(story("2026-11-28"), {1}, before)
    assert is_backfill(story("2026-11-27"), {1}, before)
    assert is_backfill(story("2026-11-28T01:52:00"), {1}, before)
    assert not is_backfill(story("2026-11-27", "2026-11-28T02:00:00"), {1}, before)
