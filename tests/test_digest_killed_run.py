"""A run killed outright (SIGKILL, out of memory) committed its batches but never ran its story
stage: the digest says how many pages are in no story yet instead of "nothing new", and the
digest after a re-run shows their stories (newcomer 21 finding 33)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from clipper.cli import cli
from tests.conftest import build

FERRY = (
    "The harbour board of Kelmswick suspended the night ferry to Ostrand on Tuesday after a "
    "crane on the north quay dropped a container onto the loading ramp. Nobody was hurt, the "
    "board said, but engineers must inspect the ramp's hinges before cars can board again. "
    "Passengers holding tickets for this week are offered the morning sailing or a refund. "
    "The ferry carries about nine hundred vehicles a night in winter, most of them lorries "
    "bound for the paper mills inland. Hauliers said a week without the crossing would add "
    "two days to every delivery. The crane's operator, a contractor, declined to comment."
)
ORCHARD = (
    "Growers in the Braunfeld valley picked their smallest apple harvest in thirty years, the "
    "regional growers' association said on Monday, blaming a late frost in April that killed "
    "most blossom on the lower slopes. Orchards higher up fared better, and some reported an "
    "ordinary crop. The association asked the district to defer the water levy for farms "
    "that lost more than half their fruit. Cider makers said they would buy from abroad to "
    "keep their presses running until spring, and warned that prices would rise by a fifth."
)


def night(tmp_path: Path) -> Path:
    records = [
        {"url": "https://kelmswick-post.example/ferry", "title": "Night ferry suspended",
         "text": FERRY, "published": "2026-12-02T18:00:00Z"},
        {"url": "https://valley-courier.example/apples", "title": "Smallest apple harvest",
         "text": ORCHARD, "published": "2026-12-02T19:00:00Z"},
    ]
    path = tmp_path / "night.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in records))
    return path


def digest(db: Path, *args: str) -> Result:
    result = CliRunner().invoke(cli, ["digest", "--db", str(db), "--format", "json", *args])
    assert "Traceback" not in result.output, result.output
    return result


def kill_before_story_stage(db: Path, status: str) -> None:
    """What SIGKILL after the last batch leaves: the run reads 'running' (or 'interrupted',
    once a later run that was stopped too marked it), its pages are committed with their
    clusters, no cluster has a story, the run waits for a story stage."""
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE runs SET status = ?, finished_at = NULL", (status,))
        con.execute("UPDATE clusters SET story_id = NULL")
        con.execute("DELETE FROM story_links")
        con.execute("DELETE FROM story_vectors")
        con.execute("DELETE FROM stories")
        con.execute("INSERT OR REPLACE INTO meta (key, value) "
                    "VALUES ('stories.pending_runs', '[1]')")
    con.close()


@pytest.mark.parametrize("status", ["running", "interrupted"])
def test_a_killed_runs_pages_are_told_and_in_the_digest_after_the_re_run(
    tmp_path: Path, status: str
) -> None:
    db = tmp_path / "clipper.db"
    source = night(tmp_path)
    build(db, [source])
    kill_before_story_stage(db, status)

    after_kill = digest(db)
    assert after_kill.exit_code == 3 and after_kill.stdout == ""
    assert "nothing new" not in after_kill.stderr
    assert "run 1 stored 2 pages in no story yet" in after_kill.stderr
    assert "dedupe again" in after_kill.stderr

    # the re-run marks run 1 interrupted and files its pages; the digest recorded above did
    # not move past run 1, so the next one shows both stories
    build(db, [source])
    document = json.loads(digest(db).stdout)
    assert document["stories"] == 2
    assert document["unfiled"] == {}
    assert digest(db).exit_code == 3  # and then nothing new, not a third time


def test_a_digest_with_stories_also_tells_the_pages_in_none(tmp_path: Path) -> None:
    db = tmp_path / "clipper.db"
    build(db, [night(tmp_path)])
    con = sqlite3.connect(db)
    with con:  # one story filed, the other's cluster not (killed in the story stage)
        con.execute(
            "UPDATE clusters SET story_id = NULL WHERE id = (SELECT max(id) FROM clusters)"
        )
    con.close()
    result = digest(db, "--no-record")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["stories"] == 1
    assert "run 1 stored 1 page in no story yet" in result.stderr
