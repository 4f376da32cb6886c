"""clipper's commands run in a test as a user runs them (click's ``CliRunner``), and the
archive set-up several command tests share."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from clipper.cli import cli


def clipper(*args: str) -> str:
    """The output of ``clipper ARGS...``; the command must succeed (exit code 0)."""
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def dedupe(db: Path, *paths: Path) -> str:
    """``clipper dedupe`` of ``paths`` into the SQLite archive ``db`` with one worker."""
    return clipper("dedupe", "--db", str(db), "--workers", "1", *map(str, paths))


def exported(db: Path, *options: str) -> list[dict[str, Any]]:
    """The records of ``clipper export --format jsonl``, one dict a page."""
    output = clipper("export", "--db", str(db), "--format", "jsonl", *options)
    return [json.loads(line) for line in output.splitlines()]


def found_sites(db: Path, query: str, *options: str) -> list[str]:
    """The sites of ``clipper search --json``'s hits, best first."""
    output = clipper("search", "--db", str(db), "--json", *options, query)
    return [json.loads(line)["site"] for line in output.splitlines() if line.strip()]


def runs_into_last_digest(db: Path) -> None:
    """Every run stored so far moved to the end of the last recorded digest's window.  Times
    are stored to the second: runs that ended in the second a digest was read (as they may on
    a fast machine, and in a test always) belong to that digest, not to the next one."""
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE runs SET started_at = (SELECT until FROM digests), "
                    "finished_at = (SELECT until FROM digests)")
    con.close()
