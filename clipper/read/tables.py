"""CSV and TSV files of records (``.csv`` / ``.tsv``, ``.gz`` allowed): what Scrapy's feed
exports (``scrapy crawl news -o items.csv``), pandas' ``to_csv`` and spreadsheet tools write.
Origin ``path:N`` for the Nth row after the header.

The first row names the columns; a row becomes a page through :mod:`clipper.read.fields` (the
same field names as JSON records, in any letter case: "Title", "URL", "Content").  Parsed with
the standard library's :mod:`csv` (quoted fields may hold line breaks).  The delimiter of a
``.csv`` is the one of comma, semicolon, tab and bar that its header row holds most often
outside quotes (spreadsheets in much of Europe write semicolons); a ``.tsv`` is tab-separated.
Bytes are UTF-8 (a byte-order mark allowed, as Excel writes it), and any byte that is not part
of a UTF-8 sequence is read as Windows-1252: a UTF-8 file with a stray byte comes out right; a
file whose first :data:`~clipper.read.decoding.FILE_SNIFF_BYTES` are neither UTF-8 nor mostly
UTF-8 is in a legacy code page (Excel's "CSV" on Windows writes the system's: Windows-1252,
Windows-1256 on an Arabic one, Windows-1251 on a Russian one), read whole in the code page its
letters show (:func:`~clipper.read.decoding.legacy_file_codec`), its pages counted "not UTF-8
(read, kept)"; or UTF-16 (media monitoring exports such as
Meltwater's, Excel's "Unicode text": tab-separated).  Column headers in other languages or a
tool's spelling ("Titel", "contenu", "Full Text") are read too (:mod:`clipper.read.headers`).
trafilatura's own CSV output (``trafilatura --csv``, ``extract(output_format="csv")``) has no
header row: a first row of its eleven tab-separated columns (:data:`TRAFILATURA_CSV`) whose
first cell is an address and whose seventh a date (or ``null``, its missing value) is a record
under those names, ``null`` an empty cell.
A cell that is R's missing value, ``NA`` (what ``write.csv`` writes for one), is empty, as
pandas' empty cell is.  Memory: one row at a time; a line or a field over ``max_page_bytes``
ends the file with one ``too-large`` rejection.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TypeVar

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read.decoding import (
    FILE_SNIFF_BYTES,
    codec_name,
    decode_mostly_utf8,
    legacy_file_codec,
)
from clipper.read.failures import Event, Progress, TooLarge, mb
from clipper.read.fieldnames import body_field_names, field_name, named_key
from clipper.read.fields import record_event
from clipper.read.files import Lines, Utf8Lines, open_bounded, sniff_records

_Row = TypeVar("_Row")
_DELIMITERS = (",", ";", "\t", "|")
# R's missing value as ``write.csv`` and ``readr::write_csv`` write it (``na = "NA"``): a cell
# holding it is an empty cell (a title "NA", a date "NA" counted unread, were stored).
_R_MISSING = "NA"
_QUOTED = re.compile(r'"[^"]*"')
# The columns of trafilatura's CSV output, which writes no header row (trafilatura.xml.xmltocsv,
# 1.x and 2.x): address, id, fingerprint, host, title, image, date, text, comments, licence,
# page type; ``null`` where it has no value.
TRAFILATURA_CSV = (
    "url",
    "id",
    "fingerprint",
    "hostname",
    "title",
    "image",
    "date",
    "text",
    "comments",
    "license",
    "pagetype",
)
_TRAFILATURA_NULL = "null"
_DAY_OR_NULL = re.compile(r"\d{4}-\d\d-\d\d.*|null")


def is_trafilatura_row(row: list[str]) -> bool:
    """Whether a table's first row is a record of trafilatura's headerless CSV output
    (:data:`TRAFILATURA_CSV`): eleven cells, the first an ``http(s)`` address or ``null``, the
    seventh a date or ``null``, the eighth (the text) not blank."""
    return (
        len(row) == len(TRAFILATURA_CSV)
        and (row[0].startswith(("http://", "https://")) or row[0] == _TRAFILATURA_NULL)
        and _DAY_OR_NULL.fullmatch(row[6].strip()) is not None
        and bool(row[7].strip())
    )


def read_table(
    path: Path, gz: bool, limits: ReadLimits, progress: Progress, tab: bool
) -> Generator[Event, None, None]:
    """One event per data row of a CSV (or, with ``tab``, TSV) file, origin ``path:N``."""
    _allow_fields_of(limits.max_page_bytes)
    codec, what = sniff_records(path, gz, limits)
    if what is not None:
        table = "TSV" if tab else "CSV"
        yield Rejection(str(path), "binary", f"looks like {what}, not a {table} table")
        return
    legacy = None
    if codec is None:
        with open_bounded(path, gz, limits) as raw:
            legacy = legacy_file_codec(raw.read(FILE_SNIFF_BYTES))
    decoded = None if legacy is None else f"not UTF-8, read as {codec_name(legacy)}"
    with open_bounded(path, gz, limits) as raw:
        f: Lines = Utf8Lines(raw, codec) if codec else raw
        lines = _text_lines(f, limits, legacy)
        header_line = next(lines, "")
        if not header_line.strip():
            yield Rejection(str(path), "empty", "no header row")
            return
        delimiter = "\t" if tab else _delimiter_of(header_line)
        rows = csv.reader(_chain(header_line, lines), delimiter=delimiter)
        try:
            first = next(rows)
        except csv.Error as exc:
            yield Rejection(str(path), "bad-record", f"header row: {exc}")
            return
        headerless = delimiter == "\t" and is_trafilatura_row(first)
        header = list(TRAFILATURA_CSV) if headerless else column_names(first, limits.field_names)
        missing = _TRAFILATURA_NULL if headerless else _R_MISSING
        # a headerless table's first row is a record
        records: Iterator[list[str]] = _chain(first, rows) if headerless else rows
        no_text = without_text_column(str(path), header, limits)
        if no_text is not None:
            yield no_text
            return
        number = 0
        while True:
            progress.where = f"{path}:{number + 1}"
            try:
                row = next(records)
            except StopIteration:
                break
            except csv.Error as exc:
                if "field larger than field limit" in str(exc):
                    raise TooLarge(f"a field is over {mb(limits.max_page_bytes)}") from exc
                number += 1
                yield Rejection(progress.where, "bad-record", f"row: {exc}")
                continue
            if not any(cell.strip() for cell in row):
                continue  # a blank line: no row
            number += 1
            event = row_event(header, row, f"{path}:{number}", limits, missing)
            if decoded is not None and isinstance(event, RawPage):
                event.decoded = decoded  # the run counts it: "not UTF-8 (read, kept)"
            yield event
            progress.done = number
        if number == 0:
            yield Rejection(str(path), "empty", "a header row and no records")


def without_text_column(origin: str, header: list[str], limits: ReadLimits) -> Rejection | None:
    """The ``no-body`` rejection of a table (or a workbook's sheet) whose columns (``header``,
    as :func:`column_names` gives them) hold no page's text, none that ``dedupe --field``
    names either: a table of something else (labels, links, scores), one rejection, not one a
    row; None when one does."""
    named = {ours for ours, theirs in limits.field_names if named_key(header, theirs)}
    if (set(header) | named) & set(body_field_names()):
        return None
    names = ", ".join(name for name in header[:8] if name) or "none"
    return Rejection(
        origin,
        "no-body",
        f"no text column (columns: {names}; clipper reads {'/'.join(body_field_names())})",
    )


def row_event(
    header: list[str], row: list[str], origin: str, limits: ReadLimits, missing: str
) -> Event:
    """One row (its cells, ``missing`` read as an empty cell) under ``header`` as a record
    (:func:`~clipper.read.fields.record_event`), or ``bad-record`` when it has more cells than
    the header names."""
    if len(row) > len(header):
        return Rejection(
            origin, "bad-record", f"{len(row)} fields in a row under a header of {len(header)}"
        )
    cells = ("" if cell == missing else cell for cell in row)
    return record_event(dict(zip(header, cells, strict=False)), origin, limits)


def column_names(first: list[str], named: tuple[tuple[str, str], ...]) -> list[str]:
    """The names a table's columns are read under: clipper's (:func:`field_name`: "Title" as
    title); but a column ``dedupe --field`` names (:func:`named_key`: "Body Text", "本文 ")
    keeps its header, which :func:`~clipper.read.fields.record_event` reads under the NAME
    given, and so does a column clipper would read as one of those NAMEs ("Title" beside
    ``--field title=Headline``): the named column wins, the other stands in where it is
    blank."""
    own = {named_key(first, theirs) for _, theirs in named}
    taken = {ours for ours, _ in named}
    return [
        name if name in own or (field_name(name) in taken and name not in taken)
        else field_name(name)
        for name in first
    ]


def _allow_fields_of(size: int) -> None:
    """csv's field size limit (process-wide, 128 KB by default: shorter than many articles) at
    least ``size`` characters."""
    if csv.field_size_limit() < size:
        csv.field_size_limit(size)


def _delimiter_of(header: str) -> str:
    """The delimiter of a CSV header row: the commonest of :data:`_DELIMITERS` outside quoted
    names (a comma on a tie or when none is there)."""
    bare = _QUOTED.sub("", header)
    return max(_DELIMITERS, key=lambda d: (bare.count(d), d == ","))


def _text_lines(f: Lines, limits: ReadLimits, legacy: str | None) -> Iterator[str]:
    """The file's lines as text: in the code page ``legacy`` (a single-byte one, or a double-
    byte one whose bytes never make a "\\n"), else UTF-8 with stray bytes read as Windows-1252
    (see the module docstring); a line over ``max_page_bytes`` ends the file (``TooLarge``),
    never held whole."""
    while line := f.readline(limits.max_page_bytes + 1):
        if len(line) > limits.max_page_bytes and not line.endswith(b"\n"):
            raise TooLarge(f"a line is over {mb(limits.max_page_bytes)} (max_page_bytes)")
        yield decode_mostly_utf8(line) if legacy is None else line.decode(legacy, "replace")


def _chain(first: _Row, rest: Iterator[_Row]) -> Iterator[_Row]:
    yield first
    yield from rest
