"""Every ``Example:`` in a command's ``--help`` works when pasted, in the repository's folder,
against the archive ``make demo`` builds (the README's "try it yourself"): it exits 0 and, for
a command that answers, answers with something.  A help example naming a cluster, page, URL,
origin or watchlist the demo does not hold fails here."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from clipper.cli import cli

REPO = Path(__file__).resolve().parent.parent
DEMO_DUMPS = ["fixtures/html", "fixtures/jsonl", "fixtures/text", "fixtures/warc",
              "fixtures/broken"]
DEMO_WATCHLISTS = [
    ["Port of Aldermouth", "aldermouth AND (strike OR crane*)"],
    ["Transport", "rail* OR ships OR ferry"],
]


def _examples(command: click.Command, ctx: click.Context) -> list[str]:
    """The command lines under ``Example:`` in ``command``'s help and its subcommands'."""
    found: list[str] = []
    text = command.help or ""
    if "Example:" in text:
        for line in text.split("Example:", 1)[1].splitlines():
            line = line.strip()
            if line.startswith("clipper "):
                found.append(line)
    if isinstance(command, click.Group):
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            assert sub is not None
            found += _examples(sub, ctx)
    return found


def _run(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder like the repository's after ``make demo``: ``fixtures/`` and the demo archive,
    under both names the examples use (``clipper.db``, the default, and ``news.db``)."""
    folder = tmp_path_factory.mktemp("repo")
    (folder / "fixtures").symlink_to(REPO / "fixtures")
    db = folder / "clipper.db"
    mp = pytest.MonkeyPatch()
    mp.chdir(folder)
    try:
        code, output = _run(["dedupe", "--db", str(db), "--workers", "1", *DEMO_DUMPS])
        assert code == 0, output
        for name, query in DEMO_WATCHLISTS:
            code, output = _run(["watch", "add", "--db", str(db), name, query])
            assert code == 0, output
    finally:
        mp.undo()
    shutil.copyfile(db, folder / "news.db")
    return folder


def test_every_help_example_runs_on_the_demo_archive(
    demo_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(demo_folder)
    with click.Context(cli) as ctx:
        examples = _examples(cli, ctx)
    assert len(examples) >= 15
    failed = []
    for line in examples:
        if "|" in line:  # piped into another program (sendmail)
            line = line.split("|", 1)[0].strip()
        args = shlex.split(line)[1:]
        code, output = _run(args)
        answers = args[0] not in ("dedupe", "watch") and "-o" not in args
        if code != 0 or (answers and not output.strip()) or "No matches" in output:
            failed.append(f"{line}\n  exit {code}: {output.strip()[:300]}")
    assert not failed, "\n".join(failed)
