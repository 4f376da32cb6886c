"""A query command's start-up: ``search``, ``show``, ``export`` and ``stats`` on an up-to-date
archive import none of the libraries only ``dedupe`` needs (``bench/startup.py`` times them):
Alembic (the archive is at head), datasketch and SciPy (signatures are made by dedupe),
scikit-learn (story vectors), trafilatura and the readers' URL libraries (reading pages)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from clipper.archive import open_archive

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DEDUPE_ONLY = ("alembic", "datasketch", "scipy", "sklearn", "trafilatura", "courlan", "py3langid")

_PROBE = """
import sys
from click.testing import CliRunner
from clipper.cli import cli
result = CliRunner().invoke(cli, sys.argv[1:], catch_exceptions=False)
assert result.exit_code == 0, result.output
print(sorted(m for m in {modules!r} if m in sys.modules))
"""


def imported(command: list[str], modules: tuple[str, ...], db: Path | None = None) -> str:
    """Which of ``modules`` a fresh process running ``clipper COMMAND [--db DB]`` imported,
    as the printed sorted list (``[]``: none)."""
    argv = [*command, "--db", str(db)] if db is not None else command
    return subprocess.run(
        [sys.executable, "-c", _PROBE.format(modules=modules), *argv],
        capture_output=True, text=True, check=True,
    ).stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def archive_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("startup") / "a.db"
    from clipper.config import Config
    from clipper.pipeline import dedupe

    archive = open_archive(str(db))
    try:
        dedupe(archive, [str(FIXTURES / "html")], Config(workers=1))
    finally:
        archive.close()
    return db


@pytest.mark.parametrize(
    "command",
    [["search", "strike"], ["show", "1", "--no-text"], ["export", "--format", "jsonl"],
     ["stats"], ["clusters"], ["stories"], ["rejections"],
     ["digest", "--format", "text", "--no-record"]],
    ids=lambda c: c[0],
)
def test_a_query_command_imports_none_of_what_only_dedupe_needs(
    archive_db: Path, command: list[str]
) -> None:
    assert imported(command, DEDUPE_ONLY, archive_db) == "[]"


# What only a command that opens the archive (or exports) needs: the CLI's help loads none of it.
ARCHIVE_ONLY = ("sqlalchemy", "numpy", "clipper.archive", "clipper.export", "clipper.search")
COMMANDS = ("dedupe", "export", "search", "show", "clusters", "rejections", "stats", "stories",
            "watch", "digest")


@pytest.mark.parametrize(
    "command",
    [["--help"], *([name, "--help"] for name in COMMANDS), ["watch", "list", "--help"],
     ["watch", "add", "--help"]],
    ids=lambda c: " ".join(c),
)
def test_help_imports_neither_the_archive_nor_sqlalchemy(command: list[str]) -> None:
    # A researcher's loop pays the start-up on every call: clipper --help cost 0.8 CPU s when
    # the command modules imported the archive (SQLAlchemy, NumPy, the search) at import time.
    assert imported(command, ARCHIVE_ONLY) == "[]"


@pytest.mark.parametrize(
    "command",
    [["search", "strike"], ["show", "1", "--no-text"], ["stats"], ["clusters"], ["stories"],
     ["rejections"], ["watch", "list"], ["digest", "--format", "text", "--no-record"]],
    ids=lambda c: " ".join(c),
)
def test_a_query_command_does_not_import_the_export(archive_db: Path, command: list[str]) -> None:
    pipeline = ("clipper.export", "clipper.run", "clipper.pipeline")
    assert imported(command, pipeline, archive_db) == "[]"


# What a query of the archive does not use: NumPy (the LSH index's key look-ups, story vectors
# and the word-frequency tables, which a query reads only for an Arabic-script, Hebrew or
# Nordic word), the store that dedupe writes with (clipper.store.writer: the matcher and the
# clustering rules behind it).  Each cost a query command's start-up, ~0.3 CPU s together.
WRITER_ONLY = ("numpy", "clipper.store.writer", "clipper.match", "clipper.cluster",
               "clipper.cachedir")


@pytest.mark.parametrize(
    "command",
    [["search", "strike"], ["search", "--json", "strike"], ["show", "1"], ["show", "story:1"],
     ["stats"], ["clusters"], ["stories"], ["export", "--format", "jsonl"], ["rejections"]],
    ids=lambda c: " ".join(c),
)
def test_a_query_command_imports_neither_numpy_nor_the_writing_store(
    archive_db: Path, command: list[str]
) -> None:
    assert imported(command, WRITER_ONLY, archive_db) == "[]"


# A digest imports the library of its own format only: feedgen (with lxml and dateutil) for
# Atom, Jinja2 for the formats made from templates (text, HTML, e-mail), neither for JSON.
@pytest.mark.parametrize(
    ("fmt", "absent"),
    [("json", ("jinja2", "feedgen", "lxml")), ("text", ("feedgen", "lxml")),
     ("html", ("feedgen", "lxml"))],
)
def test_a_digest_imports_the_library_of_its_format_only(
    archive_db: Path, fmt: str, absent: tuple[str, ...]
) -> None:
    command = ["digest", "--format", fmt, "--no-record", "--since", "3650d"]
    assert imported(command, absent, archive_db) == "[]"


# The search text's folding (clipper.searchtext, with the regex module and its tables; a query's
# words, clipper.searchterms) is for a query's words and the index: show, stats, clusters and
# stories read neither.
@pytest.mark.parametrize(
    "command", [["show", "1"], ["stats"], ["clusters"], ["stories"]], ids=lambda c: " ".join(c)
)
def test_a_command_that_searches_nothing_imports_no_search_text(
    archive_db: Path, command: list[str]
) -> None:
    modules = ("clipper.searchtext", "clipper.searchterms", "regex")
    assert imported(command, modules, archive_db) == "[]"
