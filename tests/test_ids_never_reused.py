"""A cluster or story id, once given, is never given again (session 30's changes30 left it):
SQLite gives a new row the highest id + 1, so when a merge deleted the highest cluster, the
next night's new cluster took its id, and ``show`` of the merged id (or a script keeping ids
from an export) found the new cluster instead of where the old one went.

Invented pages: a harbour-bridge report carried in two halves by two papers (two clusters,
two stories) that the whole text, read the next night, joins (a cluster and a story merged
away), then an unrelated report on a third night (a new cluster and story).
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import text

from clipper.archive import open_archive
from clipper.cli import cli
from tests.conftest import build

FIRST = [
    "The county board voted on Tuesday night to build a new footbridge across the harbour, "
    "ending three years of argument over its price and its place beside the old ferry pier.",
    "The bridge will cost about 41 million dollars and open in the spring of 2029, the chair "
    "of the works committee, Dana Whitcombe, told reporters after the vote.",
    "Commuters from the island will at last have a direct path to the train station, she "
    "said, calling it a day the town had waited on for a generation.",
    "The plan passed by nine votes to four after a long debate in which two members asked to "
    "delay the decision until the budget talks in the new year.",
]
SECOND = [
    "Critics on the board said the county should not borrow for a bridge while schools in "
    "the smaller villages still wait for new roofs and working ventilation.",
    "Neighbours along the waterfront fear noise and lorries during the works, which are "
    "planned to last eighteen months and close part of the quay to sailing boats.",
    "The county will hold a public meeting on the project in January at the library, where "
    "the engineers will show the drawings and take questions on the timetable.",
    "The work will go out to tender in the summer, and the first piles could be driven in "
    "the autumn if nobody appeals the environmental review.",
]
OTHER = [
    "A late frost killed most of the apricot blossom in the valley orchards this week, "
    "growers said, the second poor harvest in a row for the small family farms.",
    "The growers' co-operative asked the state for emergency loans to carry its members "
    "through to next season and to pay for frost fans on the lower slopes.",
    "Agronomists said the cold snap came ten days after an unusually warm spell had pushed "
    "the trees into flower early, leaving them with no protection at all.",
]


def _record(url: str, title: str, paragraphs: list[str], published: str) -> str:
    return json.dumps(
        {"url": url, "title": title, "maintext": "\n\n".join(paragraphs),
         "date_publish": published, "language": "en"},
    )


NIGHTS = {
    "n1": [
        _record("https://harbour-gazette.example/bridge", "Footbridge approved", FIRST,
                "2026-12-01T08:30:00Z"),
        _record("https://island-times.example/bridge-critics", "Critics of the footbridge",
                SECOND, "2026-12-01T09:10:00Z"),
    ],
    "n2": [
        _record("https://wire-service.example/county-footbridge",
                "County approves harbour footbridge over critics' objections", FIRST + SECOND,
                "2026-12-01T10:00:00Z"),
    ],
    "n3": [
        _record("https://valley-ledger.example/frost", "Frost ruins apricot crop", OTHER,
                "2026-12-03T07:00:00Z"),
    ],
}


def _ids(db: Path) -> tuple[set[int], set[int]]:
    archive = open_archive(str(db))
    try:
        with archive.engine.connect() as connection:
            clusters = set(connection.scalars(text("SELECT id FROM clusters")))
            stories = set(connection.scalars(text("SELECT id FROM stories")))
    finally:
        archive.close()
    return clusters, stories


def test_a_merged_away_cluster_or_story_id_is_not_given_to_a_later_one(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    for night, lines in NIGHTS.items():
        dump = tmp_path / night
        dump.mkdir()
        (dump / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    before: tuple[set[int], set[int]] = (set(), set())
    gone: tuple[set[int], set[int]] = (set(), set())
    for night in NIGHTS:
        archive, _ = build(db, [tmp_path / night])
        archive.close()
        now = _ids(db)
        for kind, was, ids, away in zip(("cluster", "story"), before, now, gone, strict=True):
            # an id that appears tonight was never given before, deleted or not
            assert not (ids - was) & away, (night, kind, ids - was, away)
            away |= was - ids
        before = now
    # the second night merged the halves' clusters and stories away
    assert gone[0] and gone[1]
    for kind, ids in (("cluster", gone[0]), ("story", gone[1])):
        for old in ids:
            ref = str(old) if kind == "cluster" else f"story:{old}"
            result = CliRunner().invoke(cli, ["show", "--db", str(db), ref])
            assert result.exit_code == 5 and "was merged into" in result.output, result.output
