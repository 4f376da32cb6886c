"""A Ctrl-C a command does not catch itself (``dedupe`` opening or upgrading the archive, before
its run) ends it with "interrupted" and exit code 130 as README promises, not click's "Aborted!"
and exit 1, the code that says the archive could not be used (newcomer 23, finding 22)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.stops import Terminated


@pytest.mark.parametrize(
    ("stop", "code", "said"),
    [(KeyboardInterrupt, 130, "interrupted"), (Terminated, 143, "terminated")],
)
def test_a_stop_while_dedupe_opens_the_archive_exits_as_a_stop(
    stop: type[KeyboardInterrupt],
    code: int,
    said: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    def opening(*args: object) -> None:
        raise stop

    monkeypatch.setattr("clipper.cli.dedupe._archive_for_run", opening)
    (tmp_path / "a.txt").write_text("A page.\n")
    result = CliRunner().invoke(cli, ["dedupe", "--db", str(tmp_path / "a.db"), str(tmp_path)])
    assert result.exit_code == code
    assert result.stderr.strip() == said and "Aborted" not in result.output
