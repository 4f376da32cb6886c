"""Search input never reaches SQL as SQL (issue 6): Hypothesis-generated query strings and
filters give results or a clean ``QueryError`` (``click.ClickException`` through the CLI), never
an SQLAlchemy/sqlite3 error, and the archive is unchanged afterwards.

Run on both backends (SQLite FTS5; PostgreSQL tsquery on a throwaway server, tests/pgserver.py).
Skipped when ``clipper/search.py`` does not exist.  ``CLIPPER_LONG=1``: 20× the examples.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clipper.archive import Archive, open_archive
from clipper.cli import cli
from clipper.config import Config
from clipper.pipeline import dedupe

searching = pytest.importorskip("clipper.search")

LONG = os.environ.get("CLIPPER_LONG", "") not in ("", "0")
EXAMPLES = 2000 if LONG else 100
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# Pieces of FTS5 and SQL syntax, quotes of every kind, and words the fixtures contain.
PIECES = ['"', "'", "“", "”", "*", "^", ":", "-", "+", "(", ")", "{", "}", "[", "]", ";",
          "--", "/*", "*/", "\\", "%", "_", "AND", "OR", "NOT", "NEAR", "NEAR(", "and", "not",
          "title:", "text:", "pages_fts", "rank", "bm25(", "DROP TABLE pages;",
          "' OR 1=1 --", '" OR ""="', "\x00", "\u0301", "𝔘", "strike", "port", "Aldermouth",
          "crane*", "zürich", " ", "  ", "\t", "\n"]
queries = st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=30).map("".join)
filters = st.none() | st.sampled_from(["2026-11-01", "2026-13-45", "x' OR '1", "", "en",
                                       "en-GB", "daily%harbor", "_"]) | st.text(max_size=20)


@pytest.fixture(scope="module")
def archive(module_db_url: str) -> Any:
    archive = open_archive(module_db_url)
    dedupe(archive, [str(FIXTURES)], Config(workers=1))
    yield archive
    archive.close()


def _count(archive: Archive) -> int:
    with archive.engine.connect() as connection:
        return int(connection.exec_driver_sql("SELECT count(*) FROM pages").scalar() or 0)


@settings(max_examples=EXAMPLES, deadline=None, derandomize=not LONG,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(query=queries, site=filters, since=filters, until=filters, lang=filters,
       variants=st.booleans())
def test_any_query_gives_results_or_a_query_error(archive: Archive, query: str,
                                                  site: str | None, since: str | None,
                                                  until: str | None, lang: str | None,
                                                  variants: bool) -> None:
    before = _count(archive)
    try:
        hits = searching.search(archive, query, sites=[site] if site else (), since=since,
                                until=until, languages=[lang] if lang else (),
                                variants=variants, limit=5)
    except searching.QueryError as error:
        assert str(error)
    else:
        assert isinstance(hits, list)
    assert _count(archive) == before


def test_known_words_are_found(archive: Archive) -> None:
    assert searching.search(archive, "strike")
    assert searching.search(archive, '"port" OR nothing*')


@pytest.mark.parametrize("query", ['"unclosed', "NOT", "a OR NOT b", "((((((((((((((((((a"
                                   "))))))))))))))))))", "' OR 1=1 --", "title:strike",
                                   "DROP TABLE pages;", "\x00", "*"])
def test_cli_search_fails_cleanly(archive: Archive, query: str) -> None:
    result = CliRunner().invoke(cli, ["search", "--db", archive.url.removeprefix("sqlite:///"),
                                      "--json", query])
    assert result.exit_code in (0, 2), result.output  # found, or a usage error
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    lowered = result.output.lower()
    assert "sqlite" not in lowered and "sqlalchemy" not in lowered and "psycopg" not in lowered
