"""Opening the archive: where it is, bringing its schema up to date, and the single-writer lock.

Every command opens the archive through :func:`open_archive`, which creates a new archive or
upgrades an older one to the current Alembic revision, and refuses one written by a newer or
unknown clipper.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from clipper.models import Meta

DEFAULT_DB = "clipper.db"
MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
# How long a second writer waits for the first before giving up (seconds); --wait overrides.
DEFAULT_LOCK_WAIT_S = 600.0


class ArchiveError(Exception):
    """A problem with the archive a user can act on (shown without a traceback)."""


class ArchiveBusy(ArchiveError):
    """Another ``clipper dedupe`` holds the archive's write lock."""


def resolve_url(db: str | None) -> str:
    """``--db`` / ``CLIPPER_DB`` / ``clipper.db``: a path or an SQLAlchemy URL."""
    db = db or os.environ.get("CLIPPER_DB") or DEFAULT_DB
    return db if "://" in db else f"sqlite:///{db}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers (search, show) work while a dedupe run writes.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    # SQLite's default page cache is 2 MB: once the LSH index and its B-trees outgrow it, every
    # random-key insert reads pages back from disk.  256 MB keeps a nightly run's working set.
    cursor.execute("PRAGMA cache_size=-262144")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def _alembic_config() -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


@dataclass
class Archive:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def path(self) -> Path | None:
        """The database file, for SQLite archives on disk."""
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return Path(str(url.database))
        return None

    def meta(self) -> dict[str, str]:
        with self.sessions() as session:
            return {row.key: row.value for row in session.scalars(select(Meta))}

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def write_lock(self, wait_s: float = DEFAULT_LOCK_WAIT_S) -> Iterator[None]:
        """Hold the archive's single-writer lock (an ``flock`` on ``<db>-clipper.lock``).

        SQLite would serialise two writers' transactions, but two interleaved dedupe runs would
        each cluster without seeing the other's pages; the lock makes the second run wait.
        """
        path = self.path
        if path is None:
            yield
            return
        lock_path = path.with_name(path.name + "-clipper.lock")
        with open(lock_path, "a+") as handle:
            deadline = time.monotonic() + wait_s
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise ArchiveBusy(
                            f"another clipper dedupe is writing {path} "
                            f"(waited {wait_s:g}s for it to finish)"
                        ) from None
                    time.sleep(0.2)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def open_archive(db: str | None = None, *, create: bool = True) -> Archive:
    """Open (creating or upgrading as needed) the archive at ``db``."""
    url = resolve_url(db)
    try:
        parsed = make_url(url)
    except Exception as error:
        raise ArchiveError(f"not a database path or URL: {url!r}") from error
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if is_sqlite and parsed.database and parsed.database != ":memory:":
        file = Path(parsed.database)
        if not file.exists() and not create:
            raise ArchiveError(f"no archive at {file} (run clipper dedupe first)")
        if file.parent and not file.parent.exists():
            raise ArchiveError(f"folder {file.parent} does not exist")
    in_memory = is_sqlite and parsed.database in (None, "", ":memory:")
    # One shared connection, or each connection would see its own empty in-memory database.
    engine = create_engine(url, poolclass=StaticPool) if in_memory else create_engine(url)
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        _upgrade(engine)
    except ArchiveError:
        engine.dispose()
        raise
    except Exception as error:
        engine.dispose()
        raise ArchiveError(f"cannot open archive {url}: {error}") from error
    return Archive(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


def _upgrade(engine: Engine) -> None:
    script = ScriptDirectory.from_config(_alembic_config())
    head = script.get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current == head:
        return
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            raise ArchiveError(
                f"archive is at schema revision {current!r}, which this clipper does not know "
                f"(its newest is {head!r}): it was written by a newer clipper; upgrade clipper"
            ) from None
    with engine.connect() as connection:
        # Batch migrations rebuild a SQLite table (copy, DROP, rename).  With foreign keys on
        # (see _sqlite_pragmas), that DROP runs the ON DELETE actions of every row referring to
        # the table: rebuilding ``clusters`` would set all pages.cluster_id to NULL and delete
        # all canonical_changes.  SQLite ignores this pragma inside a transaction, so it is set
        # (and later restored) outside one; foreign_key_check verifies the result instead.
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                config = _alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise ArchiveError("schema upgrade would break foreign keys; not applied")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def current_revision(archive: Archive) -> str | None:
    with archive.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
