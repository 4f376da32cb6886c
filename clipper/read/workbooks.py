"""Excel workbooks of records (``.xlsx``, ``.xlsm``): a desk's sheet of scraped articles, one
row each under a header row (URL / Title / Body / Date ...), on one sheet or several.

Read through openpyxl in read-only mode (rows streamed from the file, never the whole sheet in
memory), the cells' values as Excel stores them (``data_only``: a formula's last result).  Each
sheet, in the workbook's order, is a table as a CSV is (:mod:`clipper.read.tables`): its first
non-blank row names the columns (:func:`~clipper.read.tables.column_names`: the same names,
languages and ``dedupe --field`` as CSV), each later non-blank row is a record
(:func:`~clipper.read.tables.row_event`), origin ``book.xlsx!SHEET:N`` for the Nth record of
that sheet.  A sheet without a text column is one ``no-body`` rejection naming its columns; a
blank sheet is passed over.

Cells: text as written; a number as written in the cell (``2026`` not ``2026.0``); a date
cell as ISO 8601 without a zone (Excel keeps none: ``2026-12-01T09:30:00``; a day's midnight
is then its day, as for any record); true/false as ``true``/``false``; Excel's error values
(``#N/A``, ``#VALUE!`` ...) as empty.  A file openpyxl cannot open as a workbook (damaged,
cut short, an ``.xls`` renamed) is one ``corrupt`` rejection saying so.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Generator, Iterable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from clipper.config import ReadLimits
from clipper.page import Rejection
from clipper.read.failures import Event, Progress, TooLarge, mb
from clipper.read.files import open_bounded
from clipper.read.tables import column_names, row_event, without_text_column

# What Excel shows in a cell whose formula failed: no value.
_ERRORS = frozenset({"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!"})
# A cell value never taken for a missing one (the CSV reader's is R's "NA").
_NO_MISSING = "\0"


def read_workbook(
    path: Path, gz: bool, limits: ReadLimits, progress: Progress
) -> Generator[Event, None, None]:
    """One event per record row of every sheet of the workbook at ``path`` (see the module
    docstring); a compressed one (``.xlsx.gz``) is read into memory, at most
    ``limits.max_decompressed_bytes``."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    origin = str(path)
    source: Path | io.BytesIO = path
    if gz:
        with open_bounded(path, gz, limits) as f:
            data = f.read(limits.max_decompressed_bytes + 1)
        if len(data) > limits.max_decompressed_bytes:
            raise TooLarge(f"decompresses to over {mb(limits.max_decompressed_bytes)}")
        source = io.BytesIO(data)
    try:
        book = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, EOFError) as exc:
        yield Rejection(origin, "corrupt", f"not a workbook openpyxl can open ({exc})")
        return
    try:
        for sheet in book.worksheets:
            yield from _sheet_events(
                f"{origin}!{sheet.title}", sheet.iter_rows(values_only=True), limits, progress
            )
    finally:
        book.close()


def _sheet_events(
    where: str, rows: Iterable[tuple[Any, ...]], limits: ReadLimits, progress: Progress
) -> Generator[Event, None, None]:
    """The events of one sheet's rows (``where``: ``book.xlsx!SHEET``)."""
    lines = (_trimmed([cell_text(value) for value in row]) for row in rows)
    first = next((cells for cells in lines if cells), None)
    if first is None:
        return  # a blank sheet (Excel's untouched "Sheet2")
    header = column_names(first, limits.field_names)
    no_text = without_text_column(where, header, limits)
    if no_text is not None:
        yield no_text
        return
    number = 0
    for cells in lines:
        if not cells:
            continue  # a blank row: no record
        number += 1
        progress.where = f"{where}:{number}"
        yield row_event(header, cells, progress.where, limits, _NO_MISSING)
        progress.done += 1


def _trimmed(cells: list[str]) -> list[str]:
    """A row's cells without the blank ones after its last value; [] for a blank row."""
    while cells and not cells[-1].strip():
        cells.pop()
    return cells


def cell_text(value: object) -> str:
    """A cell's value as the text a CSV would hold (see the module docstring)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return "" if text.strip() in _ERRORS else text
