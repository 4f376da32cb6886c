"""``clipper stories --tz ZONE`` (newcomer 26 finding 18: the one query command with --since and
--until but no --tz; its days were UTC's whatever the machine's zone): the same option as
search, clusters and export, so ``--since``/``--until`` dates, ``today`` and ``yesterday`` are
days of that zone (``CLIPPER_TZ`` too), a stored time compared with the times those days start
at and a stored date with the days.

Fixtures: three invented articles on unrelated events, one published late on 2 November UTC
(3 November in Tokyo), one early on 2 November UTC, and one dated 3 November with no time.
clusters, which had --tz, shows its seen times in that zone too.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from tests.conftest import records_archive

_LATE = "https://westmere-courier.example/2026/11/02/cranes"
_EARLY = "https://hafenblatt.example/2026/11/02/faehre"
_DAY = "https://minato-shimbun.example/2026/11/03/kome"

_FIELDS = ("url", "title", "date_publish", "maintext")
_RECORDS = [
    dict(zip(_FIELDS, row, strict=True))
    for row in (
        (
            _LATE,
            "Westmere's new cranes to start work in spring",
            "2026-11-02T20:00:00Z",
            "The harbour authority of Westmere said on Monday that its four new container "
            "cranes would begin service next spring after months of delay at the builder's "
            "yard. Dockworkers' representatives asked for a training timetable in writing "
            "before the cranes arrive on the quay.",
        ),
        (
            _EARLY,
            "Fähre nach Kirchsand fährt bald nicht mehr",
            "2026-11-02T10:00:00Z",
            "Die Fährverbindung zwischen Altwerder und Kirchsand wird zum Jahresende "
            "eingestellt, teilte die Reederei Elbtal am Montag mit. Seit 1921 pendelte die "
            "Fähre über die Elbe, Pendler müssen künftig einen Umweg über die Brücke bei "
            "Nordheim fahren.",
        ),
        (
            _DAY,
            "新米の出荷始まる 北陸の農協",
            "2026-11-03",
            "北陸地方の農協で三日、今年収穫された新米の出荷が始まった。夏の猛暑で一部に品質の"
            "低下が見られたものの、全体の収量は平年並みを確保したという。農協の担当者は価格の"
            "動向を注視している。",
        ),
    )
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return records_archive(tmp_path_factory.mktemp("stories-zone"), _RECORDS)


def _stories(db: Path, *args: str, env: dict[str, str] | None = None) -> set[str]:
    """The lead addresses of the stories ``clipper stories --json ARGS`` lists."""
    result = CliRunner().invoke(cli, ["stories", "--db", str(db), "--json", *args], env=env)
    assert result.exit_code == 0, result.output
    found = set()
    for line in result.stdout.splitlines():
        story = json.loads(line)
        show = CliRunner().invoke(cli, ["show", "--db", str(db), "--json", "--no-text",
                                        f"story:{story['story_id']}"])  # fmt: skip
        found |= {cluster["url"] for cluster in json.loads(show.stdout)["clusters"]}
    return found


@pytest.mark.parametrize(
    ("zone", "day", "expected"),
    [
        ("Asia/Tokyo", "2026-11-03", {_LATE, _DAY}),  # 20:00 UTC on the 2nd is the 3rd there
        ("UTC", "2026-11-03", {_DAY}),
        ("UTC", "2026-11-02", {_LATE, _EARLY}),
        ("Asia/Tokyo", "2026-11-02", {_EARLY}),
        ("America/Los_Angeles", "2026-11-02", {_LATE, _EARLY}),
    ],
)
def test_stories_of_a_day_are_those_of_that_day_in_tz(
    db: Path, zone: str, day: str, expected: set[str]
) -> None:
    assert _stories(db, "--tz", zone, "--since", day, "--until", day) == expected
    env = {"CLIPPER_TZ": zone}
    assert _stories(db, "--since", day, "--until", day, env=env) == expected


def test_a_zone_that_does_not_exist_is_bad_usage(db: Path) -> None:
    result = CliRunner().invoke(cli, ["stories", "--db", str(db), "--tz", "Asia/Nowhere"])
    assert result.exit_code == 2
    assert "is not a time zone" in result.output and "Traceback" not in result.output


def test_clusters_show_their_seen_times_in_tz(db: Path) -> None:
    """clusters had --tz for its --since/--until but showed first and last seen in UTC,
    unnamed: they are shown in the zone, named in the headers; --json keeps UTC.  The article
    dated 3 November with no time is seen that day, in every zone (newcomer 37b, F9)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    listed = CliRunner().invoke(cli, ["clusters", "--db", str(db), "--json"])
    seen = {json.loads(line)["cluster_id"]: json.loads(line)["first_seen"]
            for line in listed.stdout.splitlines()}  # fmt: skip
    assert all(value.endswith("+00:00") or len(value) == 10 for value in seen.values())
    assert sorted(value for value in seen.values() if len(value) == 10) == ["2026-11-03"]
    for zone, name in (("Asia/Tokyo", " (JST)"), ("UTC", "")):
        shown = CliRunner().invoke(cli, ["clusters", "--db", str(db), "--tz", zone],
                                   env={"COLUMNS": "120"})  # fmt: skip
        assert shown.exit_code == 0, shown.output
        header, *rows = shown.stdout.splitlines()
        # (a blank line and what the marks of times that are no fetch's mean may follow)
        rows = rows[: rows.index("")] if "" in rows else rows
        assert f"FIRST SEEN{name} " in header and f"LAST SEEN{name} " in header
        for row in rows:
            cluster, *_ = row.split()
            if len(seen[int(cluster)]) == 10:  # a day alone: the day, no time
                assert row.split()[3:6] == [seen[int(cluster)], "P", seen[int(cluster)]]
                continue
            local = datetime.fromisoformat(seen[int(cluster)]).astimezone(ZoneInfo(zone))
            assert local.strftime("%Y-%m-%d %H:%M") in row


def _run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_days_shown_are_days_of_tz_as_the_filters_are(db: Path) -> None:
    """Newcomer 33, F7: an evening report found by ``--since D --until D --tz ZONE`` was listed
    under D + 1, its UTC day, by stories, show story: and search.  Here the cranes report
    (20:00 UTC on the 2nd, 05:00 on the 3rd in Tokyo) is found by a filter for the 3rd in
    Tokyo and listed on the 3rd; a day alone (the rice report's 3rd) stays its day in any
    zone; without --tz (UTC) the days are UTC's."""
    tokyo = ("--tz", "Asia/Tokyo", "--since", "2026-11-03", "--until", "2026-11-03")
    listed = [json.loads(line) for line in _run(db, "stories", "--json", *tokyo).splitlines()]
    assert sorted((s["first_day"], s["last_day"]) for s in listed) == [
        ("2026-11-03", "2026-11-03"),
        ("2026-11-03", "2026-11-03"),
    ]
    table = _run(db, "stories", *tokyo)
    assert "2026-11-02" not in table and table.count("2026-11-03  2026-11-03") == 2
    cranes = next(s for s in listed if s["title"].startswith("Westmere"))
    story = _run(db, "show", f"story:{cranes['story_id']}", "--tz", "Asia/Tokyo")
    assert "2026-11-03 to 2026-11-03" in story and "2026-11-02" not in story
    found = _run(db, "search", "cranes", *tokyo)
    assert "2026-11-03" in found and "2026-11-02" not in found
    # UTC: the cranes report's day is the 2nd; the rice report's day stays the 3rd everywhere
    assert "2026-11-02" in _run(db, "search", "cranes", "--tz", "UTC")
    assert "2026-11-02 to 2026-11-02" in _run(
        db, "show", f"story:{cranes['story_id']}", "--tz", "UTC"
    )
    rice = _run(db, "stories", "--json", "--tz", "America/Los_Angeles", "--since", "2026-11-03")
    assert [json.loads(line)["first_day"] for line in rice.splitlines()] == ["2026-11-03"]


def test_stats_says_the_archives_days_in_tz(db: Path) -> None:
    """stats' "dates": the earliest page (10:00 UTC on the 2nd) is of the 1st in Pago Pago
    (UTC-11), the latest (the 3rd, a day alone) of the 3rd in every zone."""
    assert "2026-11-02 … 2026-11-03" in _run(db, "stats", "--tz", "UTC")
    assert "2026-11-02 … 2026-11-03" in _run(db, "stats", "--tz", "Asia/Tokyo")
    assert "2026-11-01 … 2026-11-03" in _run(db, "stats", "--tz", "Pacific/Pago_Pago")


# Two times written without a zone, each on its site's one clock: a bridge report at 22:00 on
# 2 November in Argentina (UTC-3: 01:00 UTC on the 3rd) and a library report at 05:00 on the
# 3rd in Japan (UTC+9: 20:00 UTC on the 2nd).  Stored as written, on their wall days, the
# library's is the later day; shown in UTC, the bridge's.
_ORDERED = [
    dict(zip(_FIELDS, row, strict=True))
    for row in (
        (
            "https://bayside-ledger.com.ar/2026/11/02/bridge",
            "Bayside bridge closes for cable repairs",
            "2026-11-02T22:00:00",
            "The Bayside suspension bridge will close to traffic for three weekends while "
            "crews replace corroded cables, the county roads department said. Ferries will run "
            "every half hour and buses will be rerouted over the northern causeway.",
        ),
        (
            "https://valley-herald.co.jp/2026/11/03/library",
            "Valley library reopens after flood damage",
            "2026-11-03T05:00:00",
            "The central library of Millbrook reopened its doors after eight months of repairs "
            "to the flood-damaged basement archive. Volunteers spent the summer drying and "
            "cataloguing thousands of water-stained local newspapers and maps.",
        ),
    )
]


def test_stories_are_ordered_by_the_last_day_shown(tmp_path: Path) -> None:
    """fixes33b left the list ordered by the stored last day (a zoneless time's wall day)
    while the days shown follow --tz: in UTC the bridge report is of the 3rd and the library
    report of the 2nd, and the bridge comes first, past a --limit too; in Tokyo both are of
    the 3rd (a tie, as before: the lower story id first)."""
    db = records_archive(tmp_path, _ORDERED)

    def listed(*args: str) -> list[tuple[str, str]]:
        rows = [json.loads(line) for line in _run(db, "stories", "--json", *args).splitlines()]
        return [(row["title"].split()[1], row["last_day"]) for row in rows]

    assert listed("--tz", "UTC") == [("bridge", "2026-11-03"), ("library", "2026-11-02")]
    assert listed("--tz", "UTC", "--limit", "1") == [("bridge", "2026-11-03")]
    table = _run(db, "stories", "--tz", "UTC")
    assert table.index("Bayside") < table.index("Valley")
    tokyo = listed("--tz", "Asia/Tokyo")
    assert {day for _, day in tokyo} == {"2026-11-03"}
