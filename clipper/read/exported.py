"""clipper's own ``clipper export`` read back in (an archive moved, two desks' archives merged):
its JSON Lines, CSV, CSV for Excel (``--excel``) and workbook rows are records, known by the
columns only the export writes (:func:`from_export`).

The export writes, beside a page's own fields (url, site, title, published, fetched_at,
language, author, text), what the archive derived of it: its cluster and story
(``cluster_id``, ``is_canonical``, ``similarity``, ``story_id``, ``page_id``, ``version``,
``date_source``), its cluster's canonical's and its story's lead's addresses
(``canonical_url``, ``story_url``), and ``origin``, ``published_zoneless``,
``last_fetched_at``, the UTC time line of its date (``published_utc``,
``published_from``, ``published_to``: worked out again from ``published``).  ``updated``, a
version's "Updated" line's time, is read back as a record's update field
(:data:`clipper.read.fieldnames.UPDATED_FIELDS`): it dates the page only when ``published``
is empty, as the archive did (date source ``updated``).  ``region``,
the country the page stated, is read back as a record's ``country`` field, and ``partial``,
why the page's text was cut short, as the reading's (``RawPage.partial``): a page stored
partial stays partial when its export is read again.  Read as a
crawler's fields, ``canonical_url`` is the page's own canonical link
(:data:`clipper.read.publisher.CANONICAL_FIELDS`, a URL field too): every copy in a cluster
became its canonical's page, a version of it, and a page without an address took the
canonical's address and site.  These are left out; the matching of the archive reading
the export derives them again, from the same pages.

A workbook's (``--format xlsx``) date cells, which keep no zone, are the export's UTC times
again: ``fetched_at`` always, ``published`` when ``published_zoneless`` is false.
``--excel`` CSV cells are read back as written: the ``'`` put before a cell Excel would take
for a formula (:func:`clipper.spreadsheet.defuse`) is dropped, and a text cut at Excel's cell
limit (named in the ``truncated`` column) loses :data:`clipper.spreadsheet.CUT_MARK` and is
the opening of its page (``RawPage.partial``).
"""

from __future__ import annotations

import re
from typing import Any

from clipper.spreadsheet import CUT_MARK, FORMULA_STARTS

# What ``clipper export`` writes that no crawler's record means the same way: the archive's
# own derivations (see the module docstring).  tests/test_export_roundtrip.py checks that
# every field of clipper.export.FIELDS is read or named here.
DERIVED = frozenset(
    {
        "origin",
        "cluster_id",
        "is_canonical",
        "similarity",
        "story_id",
        "page_id",
        "version",
        "date_source",
        "last_fetched_at",
        "published_zoneless",
        "canonical_url",
        "story_url",
        "truncated",
        "published_utc",
        "published_from",
        "published_to",
        "region",  # read back as the record's country (from_export)
        # why the page's text was cut short: read back as the page's own (from_export)
        "partial",
        # the run that last stored or changed the row (pages.changed_run_id): the archive's
        "changed_run",
        # the date on the site's clock, worked out from published (clipper.pubwindows)
        "published_local",
    }
)
_REGION, _COUNTRY, _PARTIAL = "region", "country", "partial"
# The columns that together say a record is a row of clipper's export.
_SIGNATURE = ("cluster_id", "is_canonical", "canonical_url", "story_url")
# ``--excel``'s own column (clipper.export.EXCEL_FIELDS): its cells were defused and fitted.
_EXCEL_COLUMN = "truncated"
_FETCHED, _PUBLISHED, _ZONELESS = "fetched_at", "published", "published_zoneless"
# A date and time without a zone, as a workbook's date cell is read (clipper.read.workbooks).
_ZONELESS_TIME = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?")
CUT_BY_EXCEL = (
    "cut at Excel's 32,767-character cell limit by clipper export --excel (column "
    "'truncated'): the text's opening; the page is kept as far as it goes"
)


def from_export(record: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """``(record, partial)``: a row of clipper's export (:data:`_SIGNATURE`) without its
    derived columns (:data:`DERIVED`) and with its ``--excel`` cells as their values were,
    and why its text is cut short (:data:`CUT_BY_EXCEL`, else the row's ``partial``) or None;
    any other record as given."""
    if not all(name in record for name in _SIGNATURE):
        return record, None
    excel = _EXCEL_COLUMN in record
    cut = str(record.get(_EXCEL_COLUMN) or "").split()
    fields: dict[str, Any] = {}
    for name, value in record.items():
        if name in DERIVED:
            continue
        if excel and isinstance(value, str):
            value = _as_written(value, cut_here=name in cut)
        fields[name] = value
    if record.get(_REGION):  # the country the page stated, as a crawler's country field
        fields[_COUNTRY] = record[_REGION]
    # a workbook's date cells keep no zone: the export wrote them in UTC (fetch times always,
    # a publication time unless published_zoneless says it is its source's own clock)
    utc = [_FETCHED] + ([_PUBLISHED] if str(record.get(_ZONELESS)).lower() == "false" else [])
    for name in utc:
        value = fields.get(name)
        if isinstance(value, str) and _ZONELESS_TIME.fullmatch(value.strip()):
            fields[name] = f"{value.strip()}+00:00"
    if "text" in cut:
        return fields, CUT_BY_EXCEL
    stored = record.get(_PARTIAL)
    return fields, str(stored) if stored else None


def _as_written(cell: str, cut_here: bool) -> str:
    """An ``--excel`` cell's value: without the ``'`` before a would-be formula, and without
    :data:`CUT_MARK` when the export cut it."""
    if cut_here and cell.endswith(CUT_MARK):
        cell = cell[: -len(CUT_MARK)]
    if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS):
        cell = cell[1:]
    return cell
