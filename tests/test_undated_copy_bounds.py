"""An undated, unfetched page (a saved page or text dump giving no date) goes by when clipper
stored it in ``--since``/``--until`` only where no page of its cluster gives a publication or
fetch time, as ``clusters`` dates a cluster; an undated copy of a dated article is in no bounds,
its cluster found by the dated pages, in ``clusters``, ``stories``, ``search`` and ``export``
alike (newcomer 41: ``stories --since today`` listed a November story, shown with its November
days, because its undated copy was stored today, and ``export``/``search --variants`` gave
that copy as today's while ``clusters`` left the cluster out).

Fixtures: invented text dumps: a harbour story dated 3 November 2025 and an undated copy of it,
and an undated report alone in its cluster (found by the night it was stored).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
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
    "decided, after a decade in which the empty halls were used only by pigeons and a rowing "
    "club that stored its boats there.\n\n"
    "Carpenters, smiths and bookbinders will teach evening classes from the autumn, and the "
    "council hopes the school will bring young families back to the valley.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("undated")
    title = "Quillport harbour board approves dredging of the inner basin"
    (folder / "dated.txt").write_text(f"{title}\n\n3 November 2025\n\n{_HARBOUR}")
    (folder / "undated-copy.txt").write_text(f"{title}\n\n{_HARBOUR}")
    (folder / "mill.txt").write_text(f"Brask paper mill to become a school of crafts\n\n{_MILL}")
    db = str(folder / "clipper.db")
    run = CliRunner().invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(folder)])
    assert run.exit_code == 0, run.output
    return db


def _out(db: str, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--db", db], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    return result.stdout


def _exported(db: str, *bounds: str) -> set[str]:
    lines = _out(db, "export", "--format", "jsonl", *bounds).splitlines()
    return {Path(json.loads(line)["origin"]).name for line in lines}


def test_an_undated_copy_of_a_dated_article_is_in_no_bounds(db: str) -> None:
    today = ("--since", "today")
    # the undated report alone is found by the night it was stored; the dated story is not
    assert _exported(db, *today) == {"mill.txt"}
    assert "Brask" in _out(db, "clusters", *today) and "Quillport" not in _out(
        db, "clusters", *today
    )
    assert "Brask" in _out(db, "stories", *today)
    assert "Quillport" not in _out(db, "stories", *today)
    assert "Quillport" not in _out(db, "search", "dredge", "--variants", *today)
    # its days: the dated page's, with the copy in its cluster
    november = ("--since", "2025-11-03", "--until", "2025-11-03")
    assert _exported(db, *november) == {"dated.txt"}
    assert "Quillport" in _out(db, "clusters", *november)
    assert "Quillport" in _out(db, "stories", *november)
    assert "Quillport" in _out(db, "search", "dredge", *november)
    # the copy is in the archive and its cluster: export without bounds gives it
    assert _exported(db) == {"dated.txt", "undated-copy.txt", "mill.txt"}
