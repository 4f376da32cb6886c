"""Cells that Excel opens as written: ``clipper export --excel`` (CSV) and ``--format xlsx``.

Two facts about Excel decide what a CSV cell may hold:

- A cell holds at most :data:`CELL_LIMIT` characters (Microsoft, "Excel specifications and
  limits": "Total number of characters that a cell can contain: 32,767").  Excel counts UTF-16
  code units, so a character outside the Basic Multilingual Plane (an emoji, a rare Han
  character) counts twice.  A longer value is cut and ends in :data:`CUT_MARK`.
- A cell starting with ``=``, ``+``, ``-`` or ``@`` is read as a formula, and tab and carriage
  return can start one too: a scraped headline such as ``=HYPERLINK(…)`` would run on the
  archivist's machine.  OWASP's "CSV Injection" guidance: prefix such a cell with ``'``, which
  Excel shows and does not evaluate.  (Only text cells: numbers are written as numbers.)

A CSV's columns are split on the list separator of the reader's Windows locale, which is ``;``
wherever the decimal mark is ``,`` (Russian, Ukrainian, Polish, Turkish, Vietnamese, German,
French, Danish, Dutch, Spanish, Italian, Portuguese…),
so a comma-separated file opens there as one column.  A workbook (:func:`write_workbook`,
Office Open XML through openpyxl) has no separator: its cells are typed (numbers, true/false,
dates and times, text), so it opens the same in every locale.  There a text cell is written as
text, never as a formula, so no ``'`` goes before it; characters XML 1.0 cannot hold (control
characters) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any

from clipper.graphemes import boundary

CELL_LIMIT = 32_767
# Rows a worksheet holds (Microsoft, "Excel specifications and limits": 1,048,576), the
# header row included.
ROW_LIMIT = 1_048_576
# Characters XML 1.0 cannot hold (what openpyxl refuses in a cell).
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
CUT_MARK = " […cut at Excel's 32,767-character cell limit]"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_HIGH_SURROGATES = range(0xD800, 0xDC00)


def utf16_length(value: str) -> int:
    """How many characters Excel counts in ``value``: UTF-16 code units."""
    return len(value) + sum(1 for char in value if ord(char) > 0xFFFF)


def defuse(value: str) -> str:
    """``value`` with a ``'`` before it when Excel would read it as a formula (OWASP)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def fit(value: str) -> tuple[str, bool]:
    """``(cell, cut)``: ``value`` if Excel holds it whole, else its start and :data:`CUT_MARK`,
    together at most :data:`CELL_LIMIT` UTF-16 code units (a character is never split in half,
    nor one as a reader sees it: a consonant and its vowel signs stay together,
    :func:`clipper.graphemes.boundary`)."""
    if len(value) <= CELL_LIMIT // 2 or utf16_length(value) <= CELL_LIMIT:
        return value, False
    budget = CELL_LIMIT - utf16_length(CUT_MARK)
    units = value.encode("utf-16-le")[: 2 * budget]
    if int.from_bytes(units[-2:], "little") in _HIGH_SURROGATES:
        units = units[:-2]  # half a character: leave it out
    start = units.decode("utf-16-le")
    return start[: boundary(value, len(start))] + CUT_MARK, True


def cell(value: str) -> tuple[str, bool]:
    """A text value as an Excel cell: defused, then fitted (:func:`defuse`, :func:`fit`)."""
    return fit(defuse(value))


class TooManyRows(ValueError):
    """An export with more rows than a worksheet holds (:data:`ROW_LIMIT`)."""


# How a time cell shows its clock: Excel's cells have no zone, so the number format says it.
# A time with a zone is written in UTC and shown so; a time its source wrote without one (a
# source's own clock, ``published_zoneless``) as written, shown with that said: beside the
# column's UTC cells it would otherwise pass for one of them, 07:00 on an aggregator's clock
# beside 12:00 UTC on the distributor's (newcomer 31's F-M, which kept it text; newcomer 33:
# a column of text and date cells does not sort, and the UTC ones did not say they were UTC).
# With ``export --tz ZONE`` the times of the fields that zone is for (the publication and
# fetch times; not ``published_utc`` and its bounds, UTC by name) are written on ZONE's clock
# and shown with its name (:func:`zone_time_format`): a Singapore desk's sheet reads SGT
# (newcomer 34, finding 10).
UTC_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss "UTC"'
ZONELESS_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss "(no time zone given)"'
# A wall time on the page's site's own clock (``export``'s ``published_local``).
SITE_CLOCK_FORMAT = 'yyyy-mm-dd hh:mm:ss "(site\'s clock)"'
DATE_FORMAT = "yyyy-mm-dd"


def zone_time_format(zone: tzinfo) -> str:
    """The number format of a time cell on ``zone``'s clock, naming it by its IANA name
    ("Asia/Singapore"; ``str(zone)`` for a zone without one): 'yyyy-mm-dd hh:mm:ss
    "Asia/Singapore"'."""
    name = getattr(zone, "key", None) or str(zone)
    return f'yyyy-mm-dd hh:mm:ss "{name}"'


def _as_time(
    value: Any, zone: tzinfo | None = None, zoneless: str = ZONELESS_TIME_FORMAT
) -> tuple[Any, str | None]:
    """An ISO time or date as a workbook's time or date and the number format saying its
    clock (:data:`UTC_TIME_FORMAT`: a time with a zone, in UTC, or with ``zone`` on that
    zone's clock, :func:`zone_time_format`; ``zoneless``, :data:`ZONELESS_TIME_FORMAT` unless
    given: a time without one, as written; :data:`DATE_FORMAT`: a date alone); anything else as
    it is, with no format."""
    if not isinstance(value, str):
        return value, None
    try:
        if len(value) == 10:
            return date.fromisoformat(value), DATE_FORMAT
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value, None
    if moment.tzinfo is None:
        return moment, zoneless
    if zone is not None:
        return moment.astimezone(zone).replace(tzinfo=None), zone_time_format(zone)
    return moment.astimezone(UTC).replace(tzinfo=None), UTC_TIME_FORMAT


def write_workbook(
    path: Path,
    fields: list[str],
    rows: Iterable[Mapping[str, Any]],
    *,
    times: Iterable[str] = (),
    zone: tzinfo | None = None,
    zoned: Iterable[str] = (),
    walls: Iterable[str] = (),
    sheet: str = "pages",
) -> tuple[int, int]:
    """Write ``rows`` (dicts keyed by ``fields``) to an Excel workbook at ``path``: a header
    row (frozen, filtered), then a row per record; text cells fitted to :data:`CELL_LIMIT`
    (:func:`fit`) and a last column ``truncated`` naming the fields cut; the ISO times and
    dates of the fields ``times`` as date cells, each saying its clock: a time with a zone in
    UTC ("2026-12-04 09:32:00 UTC"), one without as written ("2026-12-04 05:10:00 (no time zone
    given)"), so that a column of them sorts (:func:`_as_time`); with ``zone``, those of the
    fields ``zoned`` on that zone's clock, each naming it ("2026-12-04 17:32:00
    Asia/Singapore"); the times of the fields ``walls`` (wall times on the page's site's clock)
    as written, saying so ("2026-12-05 14:30:00 (site's clock)").  Streams
    (openpyxl's write-only mode: memory does not grow with the rows).  Returns ``(rows
    written, rows with a cell cut)``.  Raises :class:`TooManyRows` past :data:`ROW_LIMIT`
    (the file is then incomplete: write to a temporary name), OSError as writing a file
    does."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet_ = book.create_sheet(sheet)
    sheet_.freeze_panes = "A2"
    columns = [*fields, "truncated"]
    sheet_.auto_filter.ref = f"A1:{get_column_letter(len(columns))}1"
    sheet_.append(columns)
    timed = set(times)
    local = set(zoned) if zone is not None else set()
    site_clock = set(walls)
    count = cut_rows = 0
    for record in rows:
        if count + 1 >= ROW_LIMIT:
            raise TooManyRows(
                f"more than the {ROW_LIMIT - 1:,} rows a worksheet holds: narrow the export "
                "(--since/--until, --site, --watch) or write CSV"
            )
        cells: list[Any] = []
        cut: list[str] = []
        for name in fields:
            value = record.get(name)
            shown = None
            if name in timed:
                value, shown = _as_time(
                    value,
                    zone if name in local else None,
                    SITE_CLOCK_FORMAT if name in site_clock else ZONELESS_TIME_FORMAT,
                )
            if isinstance(value, str):
                value, was_cut = fit(_NOT_XML.sub("", value))
                if was_cut:
                    cut.append(name)
                cell = WriteOnlyCell(sheet_, value)
                cell.data_type = "s"  # text, never a formula
                cells.append(cell)
            elif isinstance(value, datetime | date):
                cell = WriteOnlyCell(sheet_, value)
                cell.number_format = shown or (
                    UTC_TIME_FORMAT if isinstance(value, datetime) else DATE_FORMAT
                )
                cells.append(cell)
            else:
                cells.append(value)
        cells.append(" ".join(cut))
        sheet_.append(cells)
        count += 1
        cut_rows += bool(cut)
    book.save(path)
    return count, cut_rows
