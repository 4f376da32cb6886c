"""show says what a page's date is when the page gives none (newcomer 19, finding 19: an undated
text dump without a fetch time was shown with the date "-", while the digest said "archived …")."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from clipper.cli import cli

TEXT = (
    "Pier to be rebuilt before winter\n\n"
    "The harbour board of Tideland voted on Thursday evening to rebuild the north pier before "
    "the winter storms, after engineers found its timber supports rotten.\n\n"
    "The work will cost 4.2 million crowns and close the ferry landing for eleven weeks, the "
    "board's chair, Ann Reed, told a packed meeting at the town hall.\n"
)


def test_an_undated_dump_is_shown_by_when_it_was_archived(tmp_path: Path) -> None:
    dump = tmp_path / "pier.txt"
    dump.write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "d.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(dump)]).exit_code == 0
    shown = runner.invoke(cli, ["show", "--db", db, "1", "--no-text"])
    assert shown.exit_code == 0, shown.output
    assert " · archived 20" in shown.output
    assert " · - · " not in shown.output
    as_json = runner.invoke(cli, ["show", "--db", db, "1", "--json"])
    assert as_json.exit_code == 0, as_json.output
    canonical = json.loads(as_json.stdout)["canonical"]
    assert canonical["date_source"] == "archived"
    assert canonical["date"]
