"""Opening the archive: where it is, bringing its schema up to date, and the single-writer lock.

Every command opens the archive through :func:`open_archive`, which creates a new archive or
upgrades an older one to the current Alembic revision, and refuses one written by a newer or
unknown clipper.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from clipper.backends import Backend, LockTimeout, backend_for
from clipper.config import DEFAULT_LOCK_WAIT_S
from clipper.models import Base, Meta, Page
from clipper.quoting import quoted

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

DEFAULT_DB = "clipper.db"
MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


class ArchiveError(Exception):
    """A problem with the archive a user can act on (shown without a traceback)."""


class ArchiveBusy(ArchiveError):
    """Another ``clipper dedupe`` holds the archive's write lock."""


def resolve_url(db: str | None) -> str:
    """``--db`` / ``CLIPPER_DB`` / ``clipper.db``: a path or an SQLAlchemy URL.

    ``postgresql://`` and ``postgres://`` URLs are given psycopg 3 as their driver
    (``pip install 'psycopg[binary]>=3.1'``, the ``postgresql`` extra).
    """
    db = db or os.environ.get("CLIPPER_DB") or DEFAULT_DB
    if "://" not in db:
        return f"sqlite:///{db}"
    for scheme in ("postgresql://", "postgres://"):
        if db.startswith(scheme):
            return "postgresql+psycopg://" + db[len(scheme) :]
    return db


def _alembic_config() -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest schema revision, as Alembic reads it from ``migrations/``."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def newest_revision() -> str:
    """The newest schema revision, from the migrations' file names alone: each migration is
    ``migrations/versions/NNNN_<what>.py`` with revision ``NNNN`` and the one before it as its
    ``down_revision`` (``tests/test_migrations.py`` checks both for every file).  An archive
    already at this revision opens without importing Alembic, which with its ``mako`` templates
    and its dialect modules is about a third of a query command's start-up."""
    names = (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    return max(name.name[:4] for name in names)


def _stored_revision(connection: Connection) -> str | None:
    """The revision in Alembic's ``alembic_version`` table, or None (a new archive, or no
    clipper archive at all)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return rows[0] if len(rows) == 1 else None


@dataclass
class Archive:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    # Whether opening it made its database (an SQLite file that was not there): a run that read
    # no page removes it (:meth:`discard`), so a mistyped or empty dump leaves no archive.
    created: bool = False
    # Seconds opening it waited for another run's write lock before creating or upgrading it
    # (:func:`open_archive`): a run counts them with its own wait for the lock.
    lock_wait_seconds: float = 0.0

    @property
    def path(self) -> Path | None:
        """The database file, for SQLite archives on disk."""
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return Path(str(url.database))
        return None

    @property
    def read_only(self) -> bool:
        """Whether the archive was opened read-only (a file on a read-only location or not
        writable, read through SQLite's ``immutable=1``): commands that write refuse it."""
        return make_url(self.url).query.get("immutable") == "1"

    @property
    def own_files(self) -> list[Path]:
        """The files this archive keeps beside its database (none on a server): a dump folder
        that holds the archive does not read them as pages."""
        return self.backend.own_files(make_url(self.url).database)

    @property
    def backend(self) -> Backend:
        """What this archive's database system does its own way (clipper.backends)."""
        return backend_for(self.engine)

    def meta(self) -> dict[str, str]:
        with self.sessions() as session:
            return {row.key: row.value for row in session.scalars(select(Meta))}

    def close(self) -> None:
        self.engine.dispose()

    def discard(self) -> bool:
        """Close the archive, and delete its files (:attr:`own_files`) when opening it created
        them (:attr:`created`) and it holds no page: checked and deleted under its write lock,
        taken at once (another run writing it keeps it).  Whether they were deleted."""
        empty = False
        if self.created:
            try:
                with self.write_lock(0):
                    with self.sessions() as session:
                        empty = session.scalar(select(Page.id).limit(1)) is None
                    self.close()
                    for file in self.own_files if empty else []:
                        file.unlink(missing_ok=True)
            except ArchiveBusy:
                empty = False
        self.close()
        return empty

    @contextmanager
    def write_lock(self, wait_s: float = DEFAULT_LOCK_WAIT_S) -> Iterator[None]:
        """Hold the archive's single-writer lock: a second ``dedupe`` waits up to ``wait_s``
        seconds, then gets :class:`ArchiveBusy`.  Readers are never blocked by it.

        SQLite would serialise two writers' transactions, but two interleaved dedupe runs would
        each cluster without seeing the other's pages; the lock makes the second run wait.
        (An ``flock`` beside an SQLite file; an advisory lock on PostgreSQL.)
        """
        where = make_url(self.url).database
        try:
            with self.backend.write_lock(self.engine, where, wait_s):
                yield
        except LockTimeout:
            raise ArchiveBusy(
                f"another clipper dedupe is writing {self.path or self.url_for_humans} "
                f"(waited {wait_s:g}s for it to finish)"
            ) from None

    def writing(self) -> bool | None:
        """Whether a ``dedupe`` run holds the write lock now (tried once, without waiting);
        ``None`` when that cannot be told (the lock file cannot be opened: a read-only folder).

        A run killed outright (SIGKILL, a power cut) leaves its row ``running`` until the next
        run marks it; a reader asks this to tell such a run from a live one.
        """
        try:
            with self.write_lock(0):
                return False
        except ArchiveBusy:
            return True
        except (OSError, DBAPIError):
            return None

    @property
    def url_for_humans(self) -> str:
        """The archive's URL without its password."""
        return make_url(self.url).render_as_string(hide_password=True)


def open_archive(
    db: str | None = None, *, create: bool = True, lock_wait_s: float = DEFAULT_LOCK_WAIT_S
) -> Archive:
    """Open (creating or upgrading as needed) the archive at ``db``.

    Creating the archive or upgrading its schema happens under its single-writer lock
    (:meth:`Archive.write_lock`), waiting up to ``lock_wait_s`` seconds for another run that
    holds it (one creating the same new archive, or writing it): :class:`ArchiveBusy` after
    that.  Raises :class:`ArchiveError` for an archive that cannot be used."""
    url = resolve_url(db)
    try:
        parsed = make_url(url)
    except Exception as error:
        raise ArchiveError(f"not a database path or URL: {quoted(url)}") from error
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if is_sqlite and parsed.database and parsed.database != ":memory:":
        file = Path(parsed.database)
        if file.is_dir():
            raise ArchiveError(
                f"{file} is a folder: --db takes the archive's file, e.g. {file / DEFAULT_DB}"
            )
        if not create and (not file.exists() or (file.is_file() and file.stat().st_size == 0)):
            raise ArchiveError(f"no archive at {file} (run clipper dedupe first)")
        if file.parent and not file.parent.exists():
            raise ArchiveError(f"folder {file.parent} does not exist")
        if file.exists() and _read_only(file):
            url = _read_only_url(file, create)
        created = create and not file.exists()
    else:
        created = False
    in_memory = is_sqlite and parsed.database in (None, "", ":memory:")
    # One shared connection, or each connection would see its own empty in-memory database.
    try:
        engine = create_engine(url, poolclass=StaticPool) if in_memory else create_engine(url)
    except ModuleNotFoundError as error:
        raise ArchiveError(
            f"no database driver for {parsed.get_backend_name()} ({error.name} is not installed;"
            " for PostgreSQL: pip install 'psycopg[binary]>=3.1')"
        ) from error
    try:
        backend_for(engine).prepare_engine(engine)
        waited = _upgrade(engine, lock_wait_s, checked=not created, create=create)
    except ArchiveError:
        engine.dispose()
        raise
    except Exception as error:
        engine.dispose()
        shown = parsed.render_as_string(hide_password=True)
        # The driver's own message, without SQLAlchemy's statement echo and help link, on one
        # line (psycopg's "Connection refused" adds "\n\tIs the server running on that host…")
        reason = " ".join(str(error.orig if isinstance(error, DBAPIError) else error).split())
        raise ArchiveError(f"cannot open archive {shown}: {reason}") from error
    return Archive(
        url=url,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        created=created,
        lock_wait_seconds=waited,
    )


def _read_only(file: Path) -> bool:
    """Whether the SQLite archive ``file`` cannot be written where it is: a read-only mount
    (a snapshot, a backup volume), or a file or folder without write permission (SQLite writes
    its WAL and shared-memory files beside the archive)."""
    try:
        if os.statvfs(file.parent).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        pass
    return not (os.access(file, os.W_OK) and os.access(file.parent, os.W_OK))


def _read_only_url(file: Path, create: bool) -> str:
    """The URL that reads the archive ``file`` on a read-only location (SQLite's
    ``immutable=1``: no lock or WAL files), or a clear :class:`ArchiveError` when that cannot
    serve: a run that must write (``create``), or changes still in the WAL file, which an
    immutable reader would not see."""
    if create:
        raise ArchiveError(
            f"{file} is on a read-only location (or not writable): this command writes to "
            "the archive; give it a writable one (read commands work on this one)"
        )
    wal = file.with_name(file.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise ArchiveError(
            f"{file} is on a read-only location and its last changes are still in "
            f"{wal.name}: open it once where it is writable (any clipper command merges them)"
        )
    return f"sqlite:///file:{quote(str(file.resolve()))}?immutable=1&uri=true"


def _shown(engine: Engine) -> str:
    """Where the archive at ``engine`` is, as a message names it: its file (SQLite), else its
    URL without the password (a server)."""
    where = make_url(str(engine.url)).database
    if backend_for(engine).own_files(where):
        return str(where)
    return make_url(str(engine.url)).render_as_string(hide_password=True)


def _upgrade(engine: Engine, wait_s: float, *, checked: bool = True, create: bool = True) -> float:
    """Bring the archive at ``engine`` to the newest schema revision.  An archive already
    there is told without a lock (``checked``: a new SQLite file is not, so nothing creates
    it before the lock is held).  Without ``create`` (every command but ``dedupe`` and
    ``watch add``) a database holding no table at all is no archive: :class:`ArchiveError`
    "no archive at …", and nothing is created in it (an empty PostgreSQL database, the
    server's ``postgres`` maintenance database, an SQLite file emptied by hand).  Else the
    revision is read again and the migrations run under the archive's write lock, so two
    runs starting together on a new archive take turns (the second finds it made) instead of
    one failing "database is locked"; a run writing the archive is waited for too
    (``wait_s`` seconds, then :class:`ArchiveBusy`).  Returns the seconds it waited for the
    lock."""
    if checked:
        with engine.connect() as connection:
            stored = _stored_revision(connection)
            if stored == newest_revision():
                return 0.0
            if not create and stored is None and not inspect(connection).get_table_names():
                raise ArchiveError(f"no archive at {_shown(engine)} (run clipper dedupe first)")
    if engine.url.query.get("immutable") == "1":
        _migrate(engine)  # says why it cannot
        return 0.0
    where = make_url(str(engine.url)).database
    asked = time.monotonic()
    try:
        with backend_for(engine).write_lock(engine, where, wait_s):
            waited = time.monotonic() - asked
            _migrate(engine)
        return round(waited, 3)
    except LockTimeout:
        raise ArchiveBusy(
            f"another clipper dedupe is writing {_shown(engine)} (waited {wait_s:g}s for it to "
            "finish before upgrading or creating the archive)"
        ) from None


def _migrate(engine: Engine) -> None:
    with engine.connect() as connection:
        if _stored_revision(connection) == newest_revision():
            return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    head = script.get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        tables = set(inspect(connection).get_table_names())
    if current == head:
        return
    if engine.url.query.get("immutable") == "1":
        raise ArchiveError(
            f"the archive at {engine.url.database} is on a read-only location and at schema "
            f"revision {current}; this clipper needs {head}: upgrade it once where it is "
            "writable (any clipper command does it)"
        )
    if current is None and tables and not tables & set(Base.metadata.tables):
        # Someone else's database: never add clipper's tables beside theirs.
        shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
        raise ArchiveError(
            f"{make_url(str(engine.url)).render_as_string(hide_password=True)} is not a "
            f"clipper archive (it holds other tables: {shown}); give clipper its own database"
        )
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            raise ArchiveError(
                f"archive is at schema revision {current!r}, which this clipper does not know "
                f"(its newest is {head!r}): it was written by a newer clipper; upgrade clipper"
            ) from None
    try:
        with engine.connect() as connection, backend_for(connection).migrating(connection):
            config = _alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except DBAPIError as error:
        if current is None or not backend_for(engine).write_refused(error):
            raise
        reason = " ".join(str(error.orig).split("\n")[0].split())
        raise ArchiveError(
            f"{_shown(engine)} is at schema revision {current} and this clipper needs {head}, "
            f"which this role may not upgrade it to ({reason}): run any clipper command once "
            "as the archive's owner"
        ) from error


def current_revision(archive: Archive) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with archive.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
