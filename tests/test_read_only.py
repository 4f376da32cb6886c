"""An archive on a read-only location (a snapshot, a backup volume, a file without write
permission) still answers every read command; dedupe and an upgrade say in one line why they
cannot run there.  The location is made read-only for clipper by patching its check (the tests
run as root in CI, where permissions do not apply, and cannot mount a read-only volume)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import clipper.archive
from clipper.cli import cli
from tests.conftest import FIXTURES
from tests.test_migrations import build_at


@pytest.fixture()
def read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clipper.archive, "_read_only", lambda file: True)


def _build(db: Path) -> None:
    """The fixtures' archive at ``db``, built where it was writable."""
    with pytest.MonkeyPatch.context() as writable:
        writable.setattr(clipper.archive, "_read_only", lambda file: False)
        made = CliRunner().invoke(
            cli, ["dedupe", "--db", str(db), "--workers", "1", str(FIXTURES / "text")]
        )
    assert made.exit_code == 0, made.output


def test_read_commands_work_on_a_read_only_archive(tmp_path: Path, read_only: None) -> None:
    db = tmp_path / "a.db"
    _build(db)
    runner = CliRunner()
    for args in (["stats"], ["search", "bridge"], ["show", "1", "--no-text"], ["stories"],
                 ["clusters"], ["export", "--format", "jsonl"]):
        result = runner.invoke(cli, [*args, "--db", str(db)])
        assert result.exit_code == 0, (args, result.output)
        assert result.stdout.strip(), args
    assert not (tmp_path / "a.db-wal").exists()  # nothing was written beside it


def test_dedupe_into_a_read_only_archive_says_why_in_one_line(
    tmp_path: Path, read_only: None
) -> None:
    db = tmp_path / "a.db"
    _build(db)
    result = CliRunner().invoke(cli, ["dedupe", "--db", str(db), str(FIXTURES / "text")])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "read-only location" in result.output


def test_an_old_archive_on_a_read_only_location_asks_for_an_upgrade_where_writable(
    tmp_path: Path, read_only: None
) -> None:
    db = tmp_path / "old.db"
    build_at(db, "0016")
    result = CliRunner().invoke(cli, ["stats", "--db", str(db)])
    assert result.exit_code == 1
    assert "read-only location and at schema revision 0016" in result.output
    assert "Traceback" not in result.output


def test_a_digest_of_a_read_only_archive_asks_for_no_record_before_writing(
    tmp_path: Path, read_only: None
) -> None:
    """A digest records where it ended in the archive: on a read-only one it says so in one
    line and writes nothing (no half-delivered file); with --no-record, or looking back with
    --since (never recorded), it is written."""
    db = tmp_path / "a.db"
    _build(db)
    out = tmp_path / "digest.txt"
    refused = CliRunner().invoke(cli, ["digest", "--db", str(db), "-o", str(out)])
    assert refused.exit_code == 1, refused.output
    assert refused.output.count("\n") == 1 and "--no-record" in refused.output
    assert "Traceback" not in refused.output and not out.exists()
    for args in (["--no-record"], ["--since", "3650d"]):  # a look back is not recorded
        plain = CliRunner().invoke(cli, ["digest", "--db", str(db), *args])
        assert plain.exit_code == 0, (args, plain.output)
        assert plain.stdout.strip() and "Traceback" not in plain.output


def test_a_watchlist_on_a_read_only_archive_names_no_other_command(
    tmp_path: Path, read_only: None
) -> None:
    db = tmp_path / "a.db"
    _build(db)
    result = CliRunner().invoke(cli, ["watch", "add", "bridges", "bridge", "--db", str(db)])
    assert result.exit_code == 1
    assert "this command writes" in result.output and "dedupe" not in result.output
