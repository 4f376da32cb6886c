"""A Ctrl-C a command does not catch itself (``dedupe`` opening or upgrading the archive, before
its run) ends it with "interrupted" and exit code 130 as README promises, not click's "Aborted!"
and exit 1, the code that says the archive could not be used (newcomer 23, finding 22)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.stops import Terminated
from tests._robust import REPO, run_env


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


def test_a_ctrl_c_after_the_command_ended_leaves_its_exit_code() -> None:
    """Once a command has ended (here ``--version``; a completed ``dedupe`` after its summary),
    the interpreter's teardown (worker processes joined, files closed) runs with Ctrl-C ignored:
    a SIGINT then killed the process by the signal, silently, a completed run's 0 lost.  The
    teardown is seen from an exit handler, and a SIGINT sent from it changes nothing."""
    code = (
        "import atexit, os, signal, sys\n"
        "def teardown():\n"
        "    print('ignored' if signal.getsignal(signal.SIGINT) == signal.SIG_IGN else 'live')\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "atexit.register(teardown)\n"
        "sys.argv = ['clipper', '--version']\n"
        "import clipper.__main__\n"
        "clipper.__main__.main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=run_env(), cwd=REPO, capture_output=True, text=True
    )
    assert done.stdout.splitlines()[-1] == "ignored"
    assert done.returncode == 0 and "KeyboardInterrupt" not in done.stderr
