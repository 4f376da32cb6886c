"""A role that may only read the archive (a PostgreSQL role granted SELECT alone: a research
team's analysts; an SQLite file opened read-only) runs every read command; a command that
writes says in one line that the archive refused the write and what to do, exit code 1, never
a traceback.  A digest written to a file before its recording was refused stays written, and
the message says how to run without recording.  The rights the README lists for recording a
digest and keeping watchlists are enough, and needed."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

import clipper.archive
from clipper.archive import Archive, open_archive
from clipper.backends import backend_for
from clipper.cli import cli
from tests.conftest import FIXTURES

READS = [
    ["search", "bridge"], ["show", "1", "--no-text"], ["stories"], ["clusters"], ["stats"],
    ["export", "--format", "jsonl"], ["rejections"], ["watch", "list"], ["digest", "--no-record"],
    ["digest", "--since", "3650d"],
]


def _run(db: str, *args: str) -> Result:
    return CliRunner().invoke(cli, [*args, "--db", db])


def _owner_sql(url: str, *statements: str) -> list[tuple[object, ...]]:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            rows: list[tuple[object, ...]] = []
            for statement in statements:
                result = connection.execute(text(statement))
                rows = [tuple(row) for row in result] if result.returns_rows else []
            return rows
    finally:
        engine.dispose()


@pytest.fixture
def researcher(pg_url: str) -> Iterator[tuple[str, str]]:
    """(owner's URL, a SELECT-only role's URL) of an archive of fixtures/text."""
    made = _run(pg_url, "dedupe", "--workers", "1", str(FIXTURES / "text"))
    assert made.exit_code == 0, made.output
    role = f"researcher_{uuid.uuid4().hex[:8]}"
    _owner_sql(
        pg_url,
        f"CREATE ROLE {role} LOGIN",
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}",
    )
    yield pg_url, make_url(pg_url).set(username=role).render_as_string(hide_password=False)
    _owner_sql(pg_url, f"DROP OWNED BY {role}", f"DROP ROLE {role}")


def _refused(result: Result, *said: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and result.exception is not None
    error = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(error) == 1 and "the archive refused the write" in error[0], result.output
    for words in said:
        assert words in error[0], (words, error[0])


@pytest.mark.postgresql
def test_a_select_only_role_reads_everything(researcher: tuple[str, str]) -> None:
    _, reader = researcher
    for args in READS:
        result = _run(reader, *args)
        assert result.exit_code == 0, (args, result.output)
        assert result.stdout.strip() and "Traceback" not in result.output, args


@pytest.mark.postgresql
def test_a_digest_to_a_file_stays_written_and_says_how_to_run_without_recording(
    researcher: tuple[str, str], tmp_path: Path
) -> None:
    owner, reader = researcher
    out = tmp_path / "digest.txt"
    result = _run(reader, "digest", "--format", "text", "-o", str(out))
    _refused(result, "permission denied for table digests", str(out), "--no-record")
    assert out.read_text().startswith("clipper digest:")
    assert _owner_sql(owner, "SELECT count(*) FROM digests") == [(0,)]
    printed = _run(reader, "digest")  # to standard output: printed, then the same refusal
    _refused(printed, "--no-record")
    assert "clipper digest:" in printed.stdout


@pytest.mark.postgresql
def test_watchlists_and_dedupe_refused_in_one_line(researcher: tuple[str, str]) -> None:
    _, reader = researcher
    _refused(_run(reader, "watch", "add", "rail", "bridge"), "cannot save watchlist 'rail'")
    _refused(_run(reader, "watch", "rm", "rail"), "cannot remove watchlist 'rail'")
    stored = _run(reader, "dedupe", str(FIXTURES / "html"))
    assert stored.exit_code == 1 and "Traceback" not in stored.output, stored.output
    assert "run dedupe as the archive's owner" in stored.output


@pytest.mark.postgresql
def test_the_rights_the_readme_lists_are_enough(researcher: tuple[str, str]) -> None:
    owner, reader = researcher
    role = make_url(reader).username
    _owner_sql(
        owner,
        f"GRANT INSERT ON digests TO {role}",
        f"GRANT USAGE ON SEQUENCE digests_id_seq TO {role}",
        f"GRANT INSERT, UPDATE, DELETE ON watchlists TO {role}",
        f"GRANT USAGE ON SEQUENCE watchlists_id_seq TO {role}",
    )
    assert _run(reader, "digest").exit_code == 0
    assert _owner_sql(owner, "SELECT count(*) FROM digests") == [(1,)]
    for args in (["watch", "add", "rail", "bridge"], ["watch", "add", "rail", "rail", "--replace"],
                 ["watch", "rm", "rail"]):
        result = _run(reader, *args)
        assert result.exit_code == 0, (args, result.output)


@pytest.mark.postgresql
def test_an_old_archive_a_role_may_not_upgrade_names_the_owner(pg_url: str) -> None:
    from tests.test_migrations import _pg_build_at

    _pg_build_at(pg_url, "0080")
    role = f"researcher_{uuid.uuid4().hex[:8]}"
    _owner_sql(
        pg_url,
        f"CREATE ROLE {role} LOGIN",
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}",
    )
    try:
        reader = make_url(pg_url).set(username=role).render_as_string(hide_password=False)
        result = _run(reader, "stats")
        assert result.exit_code == 1 and "Traceback" not in result.output, result.output
        assert "at schema revision 0080" in result.output
        assert "as the archive's owner" in result.output
    finally:
        _owner_sql(pg_url, f"DROP OWNED BY {role}", f"DROP ROLE {role}")


def _sqlite_archive(db: Path) -> None:
    made = _run(str(db), "dedupe", "--workers", "1", str(FIXTURES / "text"))
    assert made.exit_code == 0, made.output


def test_sqlite_tells_a_read_only_file_by_its_error(tmp_path: Path) -> None:
    """SQLite's SQLITE_READONLY is a refused write; another database error is not."""
    db = tmp_path / "a.db"
    _sqlite_archive(db)
    engine = create_engine(f"sqlite:///file:{db}?mode=ro&uri=true")
    backend = backend_for(engine)
    try:
        with engine.connect() as connection:
            with pytest.raises(DBAPIError) as refused:
                connection.execute(text("DELETE FROM watchlists"))
            assert backend.write_refused(refused.value)
            with pytest.raises(DBAPIError) as missing:
                connection.execute(text("SELECT * FROM no_such_table"))
            assert not backend.write_refused(missing.value)
    finally:
        engine.dispose()


def test_sqlite_a_digest_whose_recording_is_refused_stays_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An SQLite archive clipper did not see was read-only before opening it (a file made
    read-only while the command ran; the tests run as root, where permissions do not apply, so
    clipper opens it through its read-only URL and is told it is writable): the digest is
    written, its recording refused in one line."""
    db = tmp_path / "a.db"
    _sqlite_archive(db)
    monkeypatch.setattr(clipper.archive, "_read_only", lambda file: True)
    monkeypatch.setattr(Archive, "read_only", property(lambda self: False))
    out = tmp_path / "digest.txt"
    result = _run(str(db), "digest", "-o", str(out))
    _refused(result, "readonly database", "--no-record")
    assert out.read_text().startswith("clipper digest:")
    monkeypatch.undo()
    archive = open_archive(str(db), create=False)
    try:
        with archive.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM digests")).scalar() == 0
    finally:
        archive.close()
