"""A story's first and last day come from the days its pages were published: a page that gives
no date does not stretch them to the day it was archived, and a story none of whose pages gives
a date says its day is unknown (newcomer 28, finding 2's knock-on: a Marathi and a Tamil story
of 3 December listed with LAST DAY the run's day, because one copy of each, a text dump with
no date and no fetch time, was dated by the day clipper stored it).

Invented text dumps: a harbour story dated 5 November and an undated copy of it, and a second
story whose only page is undated.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner

from clipper.cli import cli

_HARBOUR = (
    "The harbour board of Quillport voted on Tuesday to dredge the inner basin before the "
    "spring, after two trawlers ran aground on silt at low tide in October.\n\n"
    "The work will close the fish quay for three weeks in February, and the board said boats "
    "would land their catch at the ferry pier while the dredgers are at work.\n\n"
    "Fishermen welcomed the decision but asked for the quay to reopen before the herring "
    "season, which starts in the second week of March.\n"
)
_MILL = (
    "The old paper mill on the Brask river will become a school of crafts, the town council "
    "of Hollin decided on Thursday after a year of talks with the mill's owners.\n\n"
    "Weaving, pottery and carpentry workshops will open in the north hall next autumn, and the "
    "water wheel will be repaired to power a small museum of paper making.\n\n"
    "The council will pay for the roof; a trust of former mill workers will raise the rest.\n"
)


def _dumps(folder: Path) -> None:
    folder.mkdir()
    (folder / "harbour-dated.txt").write_text(
        "Quillport to dredge inner basin\nPublished: November 5, 2026\n\n" + _HARBOUR,
        encoding="utf-8",
    )
    # the same article, kept by another desk without its dateline
    (folder / "harbour-copy.txt").write_text(
        "Quillport to dredge inner basin\n\n" + _HARBOUR, encoding="utf-8"
    )
    (folder / "mill-undated.txt").write_text(
        "Paper mill to become a crafts school\n\n" + _MILL, encoding="utf-8"
    )


def _cli(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_story_days_come_from_dated_pages_or_say_unknown(tmp_path: Path) -> None:
    _dumps(tmp_path / "night")
    db = str(tmp_path / "a.db")
    _cli("dedupe", "--db", db, "--workers", "1", str(tmp_path / "night"))
    stories = {
        s["title"]: s for s in map(json.loads, _cli("stories", "--db", db, "--json").splitlines())
    }
    harbour = stories["Quillport to dredge inner basin"]
    mill = stories["Paper mill to become a crafts school"]
    assert harbour["pages"] == 2
    # not the day the undated copy was archived (today)
    assert (harbour["first_day"], harbour["last_day"]) == ("2026-11-05", "2026-11-05")
    assert (mill["first_day"], mill["last_day"]) == (None, None)
    table = _cli("stories", "--db", db)
    today = datetime.now(UTC).date().isoformat()
    assert today not in table, table
    (mill_line,) = [line for line in table.splitlines() if "Paper mill" in line]
    assert mill_line.split()[4:6] == ["unknown", "unknown"]
    shown = _cli("show", "--db", db, f"story:{mill['story_id']}")
    assert "day unknown (no page gives a date)" in shown.splitlines()[0]
    detail = json.loads(_cli("show", "--db", db, f"story:{mill['story_id']}", "--json"))
    assert [c["day"] for c in detail["clusters"]] == [None]
    harbour_detail = json.loads(
        _cli("show", "--db", db, f"story:{harbour['story_id']}", "--json")
    )
    assert [c["day"] for c in harbour_detail["clusters"]] == ["2026-11-05"]
    assert "2026-11-05 to 2026-11-05" in _cli("show", "--db", db, f"story:{harbour['story_id']}")
