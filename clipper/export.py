"""``clipper export``: one record per stored page, with stable fields, optionally filtered.

Fields (documented in the README; never renamed, only added to):
``url``, ``origin``, ``site``, ``title``, ``published`` (ISO 8601: a source's time with an
offset converted to UTC and written with its zone, ``+00:00``; one without an offset as the
source wrote it, without one (``published_zoneless``); a date alone as a date),
``cluster_id``, ``is_canonical``,
``similarity`` (Jaccard of the page's shingles with its canonical's; 1.0 for a canonical),
``story_id`` (the story, same event in other words, of the page's cluster: clipper.stories), and
``page_id`` (as ``show page:ID`` takes it), ``fetched_at`` (when the crawler fetched the page,
in UTC with its zone, ``+00:00``: :func:`clipper.dates.zoned`; null when the dump did not
say), ``version`` (1, 2, … of the page's texts),
``language`` (ISO 639-1, as the page declared it or its text tells it; null when unknown),
``date_source`` (where ``published`` came from: ``declared``, the page's metadata or its
crawler's date field, or ``guessed``, found in its text or URL; null when undated or stored
before migration 0022), ``last_fetched_at`` (the latest fetch of any reading of the page, a
re-fetch of the same text too: when it was last seen online; ``fetched_at`` is the earliest;
null when no reading had a fetch time or before migration 0025), ``author`` (the byline,
names joined by "; " as trafilatura spells them; null when none was found),
``published_zoneless`` (true when ``published`` is a time its source wrote without a time zone,
written as the source wrote it, its own clock and not UTC; false for a time written with one,
converted to UTC; null for a date, an undated page and pages stored before migration 0031),
``canonical_url`` and ``story_url`` (the address, else the origin, of the page's cluster's
canonical article and of its story's lead article: keys that, unlike the ids, do not depend on
the order the pages arrived in, so two exports of the same pages can be diffed),
``published_utc``, ``published_from`` and ``published_to`` (the date on one UTC time line,
``+00:00``: the moment when clipper can pin one, else null, and the first and last second the
date can name: :func:`clipper.pubwindows.utc_columns`; newcomer 28, finding 11: ``published``
mixes UTC times, zoneless local times and dates, which ``pandas.to_datetime(utc=True)`` reads
all as UTC), ``region`` (the country the page states it is of, ISO 3166; null when none or
two are stated), ``updated`` (the time of the page's "Updated" line, beside its publication
date or alone: README "Versions"), ``partial`` (why the reading stored is cut short: a
crawler's size limit, a WARC record or file ending early, a paywall's trailer, an API's
opening only; null for a whole text: ``Page.partial``), ``changed_run`` (the last run that
stored the page or changed what its record says: ``pages.changed_run_id``, else ``run_id``;
what ``--changed-since`` compares), ``published_local`` (the date on the site's own clock, one
meaning, a wall time without an offset or a date alone: a zoneless time as written, a zoned one
on the clocks of the page's country where they show one wall time, else on the clock of the
offset it was written with, "+02:00", "+05:30", where that can be the page's (not a "Z" of a
page of no country), else null: :func:`clipper.pubwindows.local_column`; dates44, dates51),
and
``text`` (the cleaned body without the title) when asked for.

CSV writes ``is_canonical`` as ``true``/``false`` (as JSON does, and as spreadsheets, pandas
and PostgreSQL's ``COPY`` read it) and a missing value as an empty cell.  CSV for Excel
(``excel``) is UTF-8 with a byte-order mark and CRLF line ends
(:data:`clipper.exportformats.EXCEL_ENCODING`; Excel on Windows reads a CSV without the mark
in the machine's code page, which garbles umlauts, Arabic and Chinese), its text cells go
through :func:`clipper.spreadsheet.cell` (formula prefix, cell limit) and a last column
``truncated`` names the fields cut at Excel's cell limit.  ``xlsx``
(:func:`write_workbook`) is an Excel workbook of typed cells, which no locale's list separator
splits wrongly (:mod:`clipper.spreadsheet`).

:class:`Filters` are those of ``clipper search`` and ``clipper digest``, spelled and parsed by
the same helpers (:mod:`clipper.search`, :mod:`clipper.digest.watchlists`), and all run in the
database: an export reads only the rows it writes, streamed ``STREAM_ROWS`` at a time.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, tzinfo
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Select, bindparam, case, func, select, text

from clipper import spreadsheet
from clipper.archive import Archive
from clipper.dates import zoned
from clipper.exportformats import FORMATS
from clipper.models import Cluster, Page, Run, Story
from clipper.pubwindows import local_column, utc_columns
from clipper.quoting import quoted
from clipper.search import match_clause
from clipper.searchfilters import (
    credit_filter,
    date_filters,
    language_filter,
    region_filter,
    site_filter,
)
from clipper.searchquery import QueryError, parse_query

FIELDS = [
    "url",
    "origin",
    "site",
    "title",
    "published",
    "cluster_id",
    "is_canonical",
    "similarity",
    "story_id",
    "page_id",
    "fetched_at",
    "version",
    "language",
    "date_source",
    "last_fetched_at",
    "author",
    "published_zoneless",
    "canonical_url",
    "story_url",
    "published_utc",
    "published_from",
    "published_to",
    "region",
    "updated",
    "partial",
    "changed_run",
    "published_local",
]
# Fields written as date cells in a workbook (clipper.spreadsheet.write_workbook).
TIME_FIELDS = (
    "published",
    "fetched_at",
    "last_fetched_at",
    "published_utc",
    "published_from",
    "published_to",
    "published_local",
)
# The times a workbook writes on ``--tz``'s clock when it is given: published_utc and its
# bounds are UTC by name (and as every other format writes them).
LOCAL_TIME_FIELDS = ("published", "fetched_at", "last_fetched_at")
EXCEL_FIELDS = ["truncated"]
# Rows fetched from the database at a time (a server-side cursor on PostgreSQL).
STREAM_ROWS = 1000


class TextOut(Protocol):
    """Where :func:`write` writes: a text file, or a stream writer over bytes."""

    def write(self, text: str, /) -> Any: ...


class UnknownRun(LookupError):
    """``--run N`` or ``--changed-since N`` names a run the archive does not have; the
    message says which."""


def runs_done(archive: Archive) -> int:
    """The run an export reads the archive as of: the highest run id below which every run
    has ended (:func:`clipper.digest.window.runs_done`), what the next ``--changed-since``
    gives to get what changed after this export (a run still going is in the next one)."""
    from clipper.digest.window import runs_done as done  # the digest loads the store

    with archive.sessions() as session:
        return done(session)


@dataclass(frozen=True)
class Filters:
    """Which pages to export; empty means every page.  All given filters must hold.

    ``since``/``until``: a date, date-time or span (:mod:`clipper.dates`), on the publication
    date, else the fetch date, else when clipper stored the page (as ``clipper search``).
    ``sites``, ``languages``: any of them (:func:`clipper.searchfilters.normalise_site`, primary
    language subtags).  Without ``canonical_only`` a page matches on its own site, with it the
    canonical article of a cluster that any of the sites carried (``clipper search`` with and
    without ``--variants``).  ``run``: pages stored by that run.  ``changed_since``: pages a
    later run stored or changed the record of (its cluster, similarity, canonical, story or
    story lead, version, dates, headline, text: clipper.store.changed), a seek in the
    ``run_id`` and ``changed_run_id`` indexes; 0 is every page.  ``query``: ``clipper
    search``'s query language, on the page's title and text.  ``watches``: names of saved
    watchlists; a page passes when any of them follows it (its query, and its sites and
    languages when it has them, read as above).  ``canonical_only``: clusters' canonical
    articles only.
    """

    since: str | None = None
    until: str | None = None
    sites: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    # ISO 3166 codes (``--region``): the pages stating any of those countries
    regions: tuple[str, ...] = ()
    # ``--author``, ``--agency``: the pages whose byline names any of those people, which
    # credit any of those agencies (clipper.searchfilters.credit_filter; with
    # ``canonical_only``: the canonical articles of the clusters a page of which does, as sites)
    authors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    run: int | None = None
    changed_since: int | None = None
    query: str | None = None
    watches: tuple[str, ...] = ()
    # the zone whose days ``today``, ``yesterday`` and dates in ``since``/``until`` name
    # (``--tz``; None: UTC)
    zone: tzinfo | None = None
    canonical_only: bool = False


@dataclass(frozen=True)
class Written:
    """What :func:`write` wrote: ``pages`` records, of which ``cut`` had a cell cut at
    Excel's limit (always 0 outside Excel mode); ``beyond_ascii``: whether a CSV cell holds a
    character outside ASCII (Thai, Hebrew, Vietnamese, an é), which Excel on Windows garbles in
    a CSV without a byte-order mark (always False for JSON Lines)."""

    pages: int
    cut: int = 0
    beyond_ascii: bool = False


_P = Page.__table__.alias("p")
_C = Cluster.__table__.alias("c")
_CP = Page.__table__.alias("cp")  # the cluster's canonical page
_S = Story.__table__.alias("s")
_SP = Page.__table__.alias("sp")  # the story's lead page


def _conditions(archive: Archive, filters: Filters) -> tuple[list[str], dict[str, Any]]:
    """Constant SQL fragments over ``p`` (pages) and ``c`` (its cluster) and their bound
    parameters: user values travel only as parameters.  Raises QueryError, UnknownRun,
    :class:`clipper.digest.watchlists.UnknownWatchlist`."""
    params: dict[str, Any] = {}
    clauses = date_filters(filters.since, filters.until, params, zone=filters.zone)
    own_site = not filters.canonical_only
    if filters.sites:
        clauses.append(site_filter(filters.sites, params, variants=own_site).format(id="p.id"))
    for authors, agencies, name in (
        (filters.authors, (), "author"),
        ((), filters.agencies, "agency"),
    ):
        if authors or agencies:
            credited = credit_filter(authors, agencies, params, variants=own_site, name=name)
            clauses.append(credited.format(id="p.id"))
    if filters.languages:
        clauses.append(language_filter(filters.languages, params))
    if filters.regions:
        clauses.append(region_filter(filters.regions, params))
    if filters.canonical_only:
        clauses.append("c.canonical_page_id = p.id")
    if filters.query is not None:
        try:
            clause, values = match_clause(archive, parse_query(filters.query), "query")
        except QueryError as error:
            raise QueryError(f"--query: {error}") from None
        clauses.append(clause.format(id="p.id"))
        params.update(values)
    if filters.changed_since is not None:
        params["changed_since"] = filters.changed_since
        clauses.append("(p.run_id > :changed_since OR p.changed_run_id > :changed_since)")
    if filters.run is not None or filters.changed_since or filters.watches:
        # Imported here: the watchlists module brings the store, which only these need.
        from clipper.digest import watchlists

        with archive.sessions() as session:
            if filters.run is not None:
                if session.get(Run, filters.run) is None:
                    raise UnknownRun(
                        f"no run {filters.run} in this archive (clipper stats lists the runs)"
                    )
                params["run"] = filters.run
                clauses.append("p.run_id = :run")
            if filters.changed_since and session.get(Run, filters.changed_since) is None:
                raise UnknownRun(
                    f"--changed-since {filters.changed_since}: no run {filters.changed_since} "
                    "in this archive (clipper stats lists the runs; 0 exports every page)"
                )
            if filters.watches:
                found = watchlists.find(session, list(filters.watches))
                followed = []
                for number, watch in enumerate(found):
                    name = f"watch{number}_"
                    clause, values = match_clause(archive, parse_query(watch.query), name + "q")
                    params.update(values)
                    parts = [clause.format(id="p.id")]
                    if watch.sites:
                        site = site_filter(watch.sites, params, variants=own_site, name=name + "s")
                        parts.append(site.format(id="p.id"))
                    if watch.languages:
                        parts.append(language_filter(watch.languages, params, name=name + "l"))
                    followed.append("(" + " AND ".join(parts) + ")")
                clauses.append("(" + " OR ".join(followed) + ")")
    return clauses, params


def _query(
    archive: Archive, with_text: bool, filters: Filters
) -> tuple[Select[Any], Select[Any], dict[str, Any]]:
    """(the filtered page ids in export order, the columns of given ids, parameters)."""
    clauses, params = _conditions(archive, filters)
    joined = _P.outerjoin(_C, _C.c.id == _P.c.cluster_id)
    order = select(_P.c.id).select_from(joined).where(*(text(clause) for clause in clauses))
    order = order.order_by(_P.c.cluster_id, (_C.c.canonical_page_id != _P.c.id), _P.c.id)
    columns = [
        _P.c.url,
        _P.c.origin,
        _P.c.site,
        _P.c.title,
        _P.c.published,
        _P.c.cluster_id,
        (_C.c.canonical_page_id == _P.c.id).label("is_canonical"),
        _P.c.similarity,
        _C.c.story_id,
        _P.c.id.label("page_id"),
        _P.c.fetched_at,
        _P.c.version,
        _P.c.language,
        _P.c.date_source,
        _P.c.last_fetched_at,
        _P.c.author,
        _P.c.published_zoneless,
        _P.c.published_offset,
        func.coalesce(_CP.c.url, _CP.c.origin).label("canonical_url"),
        func.coalesce(_SP.c.url, _SP.c.origin).label("story_url"),
        _P.c.region,
        _P.c.updated,
        _P.c.partial,
        case((_P.c.changed_run_id > _P.c.run_id, _P.c.changed_run_id), else_=_P.c.run_id).label(
            "changed_run"
        ),
    ]
    if with_text:
        columns.append(_P.c.text)
    # the canonical's and the story lead's addresses: keys that do not depend on the order
    # pages arrived in, as the ids do (newcomer 20: two exports of the same pages in another
    # order differed in every line, only by their ids)
    wide = (
        joined.outerjoin(_CP, _CP.c.id == _C.c.canonical_page_id)
        .outerjoin(_S, _S.c.id == _C.c.story_id)
        .outerjoin(_SP, _SP.c.id == _S.c.lead_page_id)
    )
    by_id = _P.c.id.in_(bindparam("ids", expanding=True))
    return order, select(*columns).select_from(wide).where(by_id), params


def records(
    archive: Archive,
    with_text: bool = False,
    filters: Filters | None = None,
    clock: tzinfo | None = None,
) -> Iterator[dict[str, Any]]:
    """Stored pages that pass ``filters``, cluster by cluster, canonical first, then by page
    id.  The filters are checked before this returns (QueryError for a malformed date, site,
    language or query; UnknownRun; UnknownWatchlist); the rows are read as they are used.
    ``clock``: the zone whose clock and offset :data:`LOCAL_TIME_FIELDS` with a known moment
    are written in (``--tz`` given), else UTC; a zoneless ``published`` stays as its source
    wrote it, and ``published_utc`` and its bounds are UTC by name."""
    order, fields, params = _query(archive, with_text, filters or Filters())
    return _rows(archive, order, fields, params, clock or UTC)


def _rows(
    archive: Archive,
    order: Select[Any],
    fields: Select[Any],
    params: dict[str, Any],
    clock: tzinfo,
) -> Iterator[dict[str, Any]]:
    # The database sorts only the ids (a few bytes a page, where sorting whole rows would
    # hold every selected text at once), streamed; each STREAM_ROWS of them are then read
    # whole by id, in the same transaction: what a run commits meanwhile is not seen.
    with archive.backend.bounded_memory(archive.engine), archive.engine.connect() as connection:
        ids = connection.execution_options(yield_per=STREAM_ROWS).execute(order, params)
        while batch := [row.id for row in islice(ids, STREAM_ROWS)]:
            found = {row.page_id: row for row in connection.execute(fields, {"ids": batch})}
            for page_id in batch:
                row = found[page_id]._mapping
                # FIELDS' order (the columns worked out here have their places), then text
                record = {name: row.get(name) for name in FIELDS}
                if "text" in row:
                    record["text"] = row["text"]
                record["is_canonical"] = bool(record["is_canonical"])
                if record["published_zoneless"] is not None:  # SQLite's 0/1
                    record["published_zoneless"] = bool(record["published_zoneless"])
                record.update(
                    utc_columns(
                        record["published"],
                        record["published_zoneless"],
                        record["url"],
                        record["site"],
                        record["region"],
                    )
                )
                # the site's own wall clock, in one meaning (published mixes it with UTC)
                record["published_local"] = local_column(
                    record["published"],
                    record["published_zoneless"],
                    record["url"],
                    record["site"],
                    record["region"],
                    row.get("published_offset"),
                )
                if record["published_zoneless"] is False:  # a UTC time, said so
                    record["published"] = zoned(record["published"], clock)
                record["fetched_at"] = zoned(record["fetched_at"], clock)
                record["last_fetched_at"] = zoned(record["last_fetched_at"], clock)
                if record["similarity"] is not None:
                    record["similarity"] = round(record["similarity"], 4)
                yield record


def write(
    archive: Archive,
    out: TextOut,
    fmt: str,
    with_text: bool = False,
    *,
    filters: Filters | None = None,
    excel: bool = False,
    delimiter: str = ",",
    clock: tzinfo | None = None,
) -> Written:
    """Write the records of :func:`records` to ``out`` as ``fmt`` (``jsonl`` or ``csv``;
    ``excel``: CSV for Excel, see the module; ``delimiter``: CSV's field separator, ``;`` for
    the Excel of locales whose decimal mark is a comma, which splits CSV on ``;``: with
    ``excel`` its fractions are written with a decimal comma too; ``clock``: the zone the
    times are written on, :func:`records`).  ``out``
    must be opened with ``newline=""``, and with
    :data:`clipper.exportformats.EXCEL_ENCODING` for Excel.  Nothing is written when a filter
    is refused (the errors of :func:`records`); ValueError for an unknown format or Excel
    JSON."""
    if fmt not in FORMATS or fmt == "xlsx":
        raise ValueError(
            f"unknown text export format {quoted(fmt)} (use jsonl or csv; "
            "write_workbook writes xlsx)"
        )
    if excel and fmt != "csv":
        raise ValueError(f"Excel mode writes CSV, not {fmt}")
    rows = records(archive, with_text, filters, clock)
    fields = FIELDS + (["text"] if with_text else [])
    if fmt == "jsonl":
        count = 0
        for record in rows:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        return Written(count)
    writer = csv.DictWriter(
        out,
        fieldnames=fields + (EXCEL_FIELDS if excel else []),
        lineterminator="\r\n" if excel else "\n",
        delimiter=delimiter,
    )
    writer.writeheader()
    count = cut = 0
    beyond_ascii = False
    for record in rows:
        record["is_canonical"] = "true" if record["is_canonical"] else "false"
        if record["published_zoneless"] is not None:
            record["published_zoneless"] = "true" if record["published_zoneless"] else "false"
        if excel:
            cut += _for_excel(record, fields, decimal_comma=delimiter == ";")
        elif not beyond_ascii:
            beyond_ascii = any(
                isinstance(value, str) and not value.isascii() for value in record.values()
            )
        writer.writerow(record)
        count += 1
    return Written(count, cut, beyond_ascii)


def _for_excel(record: dict[str, Any], fields: list[str], *, decimal_comma: bool) -> bool:
    """Make ``record``'s text cells Excel cells in place, and set its ``truncated`` column
    (the names of the fields cut, space-separated); whether any was cut.  ``decimal_comma``:
    fractions written with a decimal comma (``0,73``), as the Excel of a locale splitting CSV
    on ``;`` reads a number (there ``0.73`` is text, or a date)."""
    cut = []
    for name in fields:
        value = record[name]
        if decimal_comma and isinstance(value, float):
            record[name] = repr(value).replace(".", ",")
        elif isinstance(value, str):
            record[name], was_cut = spreadsheet.cell(value)
            if was_cut:
                cut.append(name)
    record["truncated"] = " ".join(cut)
    return bool(cut)


def write_workbook(
    archive: Archive,
    path: Path,
    with_text: bool = False,
    *,
    filters: Filters | None = None,
    zone: tzinfo | None = None,
) -> Written:
    """Write the records of :func:`records` to an Excel workbook at ``path``
    (:func:`clipper.spreadsheet.write_workbook`: typed cells, the same fields as CSV plus
    ``truncated``); the times of :data:`LOCAL_TIME_FIELDS` in UTC, or with ``zone``
    (``--tz`` given) on that zone's clock, each cell naming its clock.  Raises what
    :func:`records` raises before writing anything, :class:`clipper.spreadsheet.TooManyRows`
    past a worksheet's rows, OSError."""
    rows = records(archive, with_text, filters)
    fields = FIELDS + (["text"] if with_text else [])
    count, cut = spreadsheet.write_workbook(
        path,
        fields,
        rows,
        times=TIME_FIELDS,
        zone=zone,
        zoned=LOCAL_TIME_FIELDS,
        walls=("published_local",),
    )
    return Written(count, cut)
