"""A table written into its own module's source by a script (``python -m clipper.calendarwords
--write``, ``clipper.plainmonths``, ``clipper.identifierscripts``): the lines between the
module's begin marker and :data:`END` are replaced by what its ``_source()`` made, so the table
is read at import time with no library loaded, and a test compares it with a fresh build."""

from __future__ import annotations

import sys
from pathlib import Path

END = "# --- end of the table ---\n"


def begin(module: str) -> str:
    """The marker line opening the table of ``module`` (its dotted name)."""
    return f"# --- made by python -m {module} --write: do not edit by hand ---\n"


def write_or_print(module_file: str, marker: str, made: str, argv: list[str] | None = None) -> None:
    """With ``--write`` in ``argv`` (default: the command line), replace the text from
    ``marker`` to :data:`END` in ``module_file`` by ``made`` (which holds both markers); else
    print ``made``.  Raises ValueError when the file lacks either marker."""
    if "--write" not in (sys.argv[1:] if argv is None else argv):
        sys.stdout.write(made)
        return
    path = Path(module_file)
    text = path.read_text()
    before, found, after = text.partition(marker)
    _, ended, after = after.partition(END)
    if not (found and ended):
        raise ValueError(f"{path}: no table between its markers")
    path.write_text(before + made + after)
