"""A read command given a database that holds no archive refuses ("no archive at …", exit 1)
and creates nothing in it, on both backends: a PostgreSQL database that is empty (a newly made
one, or the server's ``postgres`` maintenance database) as an SQLite file that is missing or
holds no table.  ``dedupe`` and ``watch add`` make the archive there as before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import make_url

from clipper.archive import resolve_url
from clipper.cli import cli
from tests.conftest import FIXTURES

READ_COMMANDS = [
    ["search", "x"], ["stats"], ["clusters"], ["stories"], ["show", "1"], ["export"],
    ["rejections"], ["digest"], ["digest", "--no-record"], ["watch", "list"], ["watch", "rm", "x"],
]


def _tables(db: str) -> list[str]:
    engine = create_engine(resolve_url(db))
    try:
        with engine.connect() as connection:
            return inspect(connection).get_table_names()
    finally:
        engine.dispose()


@pytest.mark.parametrize("args", READ_COMMANDS, ids=" ".join)
def test_a_read_command_on_an_empty_database_refuses_and_creates_nothing(
    db_url: str, backend_name: str, args: list[str]
) -> None:
    if backend_name == "sqlite":
        sqlite3.connect(db_url).execute("PRAGMA user_version = 7").connection.close()
        assert Path(db_url).stat().st_size > 0  # a database file, holding no table
    result = CliRunner().invoke(cli, [*args, "--db", db_url])
    assert result.exit_code == 1, result.output
    assert "no archive at" in result.output and "run clipper dedupe first" in result.output
    assert "Traceback" not in result.output
    assert _tables(db_url) == []


@pytest.mark.postgresql
def test_the_refusal_names_the_server_without_its_password(pg_url: str) -> None:
    with_password = make_url(pg_url).set(password="s3cret").render_as_string(hide_password=False)
    result = CliRunner().invoke(cli, ["stats", "--db", with_password])
    assert result.exit_code == 1 and "no archive at" in result.output, result.output
    assert "s3cret" not in result.output and "***" in result.output
    assert f"/{make_url(pg_url).database}?" in result.output  # which database it is


def test_dedupe_and_watch_add_still_make_the_archive(db_url: str) -> None:
    added = CliRunner().invoke(cli, ["watch", "add", "rail", "bridge", "--db", db_url])
    assert added.exit_code == 0, added.output
    assert "watchlists" in _tables(db_url)
    stored = CliRunner().invoke(
        cli, ["dedupe", "--db", db_url, "--workers", "1", str(FIXTURES / "text")]
    )
    assert stored.exit_code == 0, stored.output
    searched = CliRunner().invoke(cli, ["search", "bridge", "--db", db_url])
    assert searched.exit_code == 0 and "match" in searched.output, searched.output
