"""Shared test helpers: where the fixtures and the real data are, building archives, and a
canonical snapshot of an archive's contents that ignores row ids and run bookkeeping."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import create_engine, select

from clipper.archive import MIGRATIONS, Archive, open_archive
from clipper.config import Config
from clipper.models import Cluster, Page
from clipper.pipeline import dedupe
from clipper.summary import RunSummary
from tests import pgserver

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
SHARED = REPO.parent / "shared"
EXPECTED: dict[str, Any] = json.loads((FIXTURES / "expected.json").read_text())

needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared is not beside the repo")


@pytest.fixture(autouse=True)
def _times_shown_in_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands show times and read days in UTC whatever the machine's zone (``--tz``'s
    default is the machine's: a test of it sets ``TZ`` and removes ``CLIPPER_TZ``)."""
    monkeypatch.setenv("CLIPPER_TZ", "UTC")


def fixture_key(source_key: str) -> str:
    """Source keys as fixtures/expected.json writes them: URLs, or paths under fixtures/."""
    prefix = str(FIXTURES) + "/"
    return source_key[len(prefix) :] if source_key.startswith(prefix) else source_key


def build(db: Path, paths: Iterable[Path | str], **config: Any) -> tuple[Archive, RunSummary]:
    archive = open_archive(str(db))
    summary = dedupe(archive, [str(p) for p in paths], Config(**({"workers": 1} | config)))
    return archive, summary


def exported(db: Path, **filters: Any) -> dict[int, dict[str, Any]]:
    """``clipper export``'s rows of the archive at ``db`` (with text) by page id, through
    :func:`clipper.export.records` with ``filters`` (``changed_since=1`` …)."""
    from clipper import export

    archive = open_archive(str(db))
    try:
        found = export.records(archive, with_text=True, filters=export.Filters(**filters))
        return {row["page_id"]: row for row in found}
    finally:
        archive.close()


def cli_ok(db: str, *args: str, columns: int = 120) -> Any:
    """``clipper ARGS --db DB`` through click's CliRunner, checked to end with exit code 0 and
    no traceback; its click Result."""
    from click.testing import CliRunner

    from clipper.cli import cli

    result = CliRunner().invoke(cli, [*args, "--db", db], env={"COLUMNS": str(columns)})
    assert "Traceback" not in result.output, result.output
    assert result.exit_code == 0, result.output
    return result


def in_both_orders(
    folder: Path, inputs: Callable[[Path], tuple[Path, Path]], read: Callable[[str], Any]
) -> tuple[Any, Any]:
    """``read(db)`` of two archives, each built by ``clipper dedupe`` of the two inputs
    ``inputs(its folder)`` makes, one in their order and one in the other (a backfill)."""
    found = []
    for order in ("in-order", "backfill"):
        (folder / order).mkdir()
        first, second = inputs(folder / order)
        db = str(folder / order / "a.db")
        for path in (first, second) if order == "in-order" else (second, first):
            cli_ok(db, "dedupe", "--workers", "1", str(path))
        found.append(read(db))
    return found[0], found[1]


def shown_url(folder: Path, records: Iterable[dict[str, Any]]) -> str:
    """The address of the page shown (the canonical) of the one cluster ``records`` (JSON
    records) make, stored in one run into ``folder``/a.db."""
    path = folder / "night.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    archive, _ = build(folder / "a.db", [path])
    try:
        with archive.sessions() as session:
            return str(
                session.execute(
                    select(Page.url).join(Cluster, Cluster.canonical_page_id == Page.id)
                ).scalar_one()
            )
    finally:
        archive.close()


def records_archive(folder: Path, records: Iterable[dict[str, Any]]) -> Path:
    """An archive ``folder/clipper.db`` of one run over ``records`` written as JSON Lines
    (``folder/night.jsonl``), every one of them stored."""
    records = list(records)
    dump = folder / "night.jsonl"
    dump.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records),
        encoding="utf-8",
    )
    archive, summary = build(folder / "clipper.db", [dump])
    archive.close()
    assert summary.stored == len(records), summary.as_dict()
    return folder / "clipper.db"


def migrate(db: Path, step: str, revision: str) -> None:
    """Alembic ``step`` (``"upgrade"`` / ``"downgrade"``) of the SQLite archive ``db`` to
    ``revision``, as an older or newer clipper leaves it."""
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            getattr(command, step)(config, revision)
    finally:
        engine.dispose()


def snapshot(archive: Archive) -> dict[str, Any]:
    """What an archive holds, independent of ids, runs and arrival order."""
    with archive.sessions() as session:
        pages = session.execute(
            select(
                Page.source_key, Page.content_hash, Page.cluster_id, Page.is_exact_duplicate,
                Page.version, Page.text,
            )
        ).all()
        canonical_of = {
            cluster_id: key
            for cluster_id, key in session.execute(
                select(Cluster.id, Page.source_key).join(
                    Page, Page.id == Cluster.canonical_page_id
                )
            )
        }
    members: dict[int, set[str]] = {}
    for page in pages:
        members.setdefault(page.cluster_id, set()).add(fixture_key(page.source_key))
    return {
        "pages": sorted(
            (fixture_key(p.source_key), p.content_hash, p.is_exact_duplicate, p.version)
            for p in pages
        ),
        "clusters": sorted(
            (sorted(keys), fixture_key(canonical_of[cid])) for cid, keys in members.items()
        ),
    }


def cluster_of(archive: Archive) -> dict[str, int | None]:
    with archive.sessions() as session:
        return {
            fixture_key(key): cid
            for key, cid in session.execute(select(Page.source_key, Page.cluster_id))
        }


def copy_archive(source: Archive, target: Path) -> Path:
    """A copy of an SQLite archive at ``target`` (SQLite's online backup: consistent while open)."""
    assert source.path is not None
    original, copy = sqlite3.connect(source.path), sqlite3.connect(target)
    try:
        original.backup(copy)
    finally:
        original.close()
        copy.close()
    return target


@pytest.fixture(scope="session")
def fixture_archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Archive, RunSummary]:
    """The archive `make demo` builds: every fixture, one run."""
    return build(tmp_path_factory.mktemp("archive") / "clipper.db", [FIXTURES])


# --- PostgreSQL --------------------------------------------------------------------------------
# One throwaway server per test session (tests/pgserver.py), started on first use and removed
# at the end; each test gets a database of its own.  Without PostgreSQL's binaries (or
# CLIPPER_TEST_PG_URL) the PostgreSQL variants skip, saying how to enable them.

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


@pytest.fixture(scope="session")
def pg_server() -> Any:
    if not pgserver.available():
        pytest.skip(pgserver.HOW_TO_ENABLE)
    server = pgserver.start()  # binaries present but no server: a failure, not a skip
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: pgserver.PgServer) -> Any:
    url = pg_server.new_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture(params=BACKENDS)
def backend_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A new, empty archive location on each backend: an SQLite path or a PostgreSQL URL."""
    if backend_name == "sqlite":
        return str(tmp_path / "clipper.db")
    return str(request.getfixturevalue("pg_url"))


def new_location(request: pytest.FixtureRequest, backend: str, folder: Path) -> str:
    """A new archive location for fixtures of any scope: a file in ``folder`` or a fresh
    PostgreSQL database (dropped with the server at the end of the session)."""
    if backend == "sqlite":
        return str(folder / "clipper.db")
    server: pgserver.PgServer = request.getfixturevalue("pg_server")
    return server.new_database()


@pytest.fixture(scope="module", params=BACKENDS)
def module_db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """Like ``db_url``, shared by a module's tests."""
    return new_location(request, str(request.param), tmp_path_factory.mktemp("archive"))
