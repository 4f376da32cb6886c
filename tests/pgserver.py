"""A throwaway PostgreSQL server for the tests and benchmarks.

Started from the binaries of Debian's ``postgresql`` package (or any ``initdb``/``pg_ctl`` on
``PATH``), in a fresh temporary folder, listening on a Unix socket only, with trust
authentication; removed again by :meth:`PgServer.stop`.  PostgreSQL refuses to run as root, so
under root the server runs as the user ``nobody``.

``CLIPPER_TEST_PG_URL`` (an SQLAlchemy URL of a server you run yourself, with a role allowed to
``CREATE DATABASE``) is used instead when set.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shlex
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

HOW_TO_ENABLE = (
    "PostgreSQL tests need the server binaries (Debian/Ubuntu: apt-get install postgresql; "
    ".ci/run installs it) or CLIPPER_TEST_PG_URL=postgresql+psycopg://user@host/db"
)


def _binaries() -> Path | None:
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def available() -> bool:
    if os.environ.get("CLIPPER_TEST_PG_URL"):
        return True
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return False
    return _binaries() is not None


@dataclass
class PgServer:
    """A running server: :meth:`new_database` gives a fresh, empty database's URL."""

    base_url: str
    folder: Path | None = None
    bin_dir: Path | None = None
    user: str | None = None
    _counter: itertools.count[int] = field(default_factory=itertools.count)

    def _run(self, *args: str) -> None:
        command = list(args)
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def new_database(self) -> str:
        name = f"clipper_{os.getpid()}_{next(self._counter)}_{uuid.uuid4().hex[:6]}"
        engine = create_engine(self.base_url, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        return make_url(self.base_url).set(database=name).render_as_string(hide_password=False)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        engine = create_engine(self.base_url, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()

    def stop(self) -> None:
        if self.folder is None or self.bin_dir is None:
            return
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.folder / "data"),
                      "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> PgServer:
    """Start a throwaway server (or use ``CLIPPER_TEST_PG_URL``); raise RuntimeError if none."""
    given = os.environ.get("CLIPPER_TEST_PG_URL")
    if given:
        return PgServer(base_url=given)
    bin_dir = _binaries()
    if bin_dir is None:
        raise RuntimeError(HOW_TO_ENABLE)
    folder = Path(tempfile.mkdtemp(prefix="clipper-pg-"))
    user = None
    if os.geteuid() == 0:
        user = "nobody"
        entry = pwd.getpwnam(user)
        os.chmod(folder, 0o755)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    server = PgServer(base_url="", folder=folder, bin_dir=bin_dir, user=user)
    data = folder / "data"
    try:
        server._run(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                    "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        # Unix socket only (no port clash with a real server); no fsync: a test server.
        options = (f"-k {folder} -c listen_addresses='' -p 5432 -c fsync=off "
                   "-c full_page_writes=off -c synchronous_commit=off -c max_connections=200")
        server._run(str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-t", "60",
                    "-l", str(folder / "log"), "start")
    except (subprocess.SubprocessError, OSError) as error:
        log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else ""
        detail = getattr(error, "stderr", b"") or b""
        server.stop()
        raise RuntimeError(
            f"could not start PostgreSQL: {error} {detail.decode(errors='replace')} {log}"
        ) from error
    server.base_url = f"postgresql+psycopg://postgres@/postgres?host={folder}&port=5432"
    _watch(server)
    return server


def _watch(server: PgServer) -> None:
    """Stop the server and remove its folder if this process dies without :meth:`stop` (a
    test run killed by a timeout): a detached shell polls this process every two seconds."""
    assert server.folder is not None and server.bin_dir is not None
    stop = [str(server.bin_dir / "pg_ctl"), "-D", str(server.folder / "data"), "-m",
            "immediate", "stop"]
    if server.user:
        stop = ["runuser", "-u", server.user, "--", *stop]
    script = (
        f"while kill -0 {os.getpid()} 2>/dev/null; do sleep 2; done; "
        f"{shlex.join(stop)} >/dev/null 2>&1; rm -rf {shlex.quote(str(server.folder))}"
    )
    subprocess.Popen(["sh", "-c", script], start_new_session=True,
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
