"""``clipper export``: one record per stored page, to a file or standard output
(:mod:`clipper.export`)."""

from __future__ import annotations

import codecs
import sys
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from clipper import exportformats
from clipper.cli.options import (
    Command,
    Count,
    agency_option,
    author_option,
    date_option,
    db_option,
    lang_option,
    open_archive,
    output_format,
    output_option,
    output_path,
    region_option,
    site_option,
    tz_option,
)
from clipper.cli.output import absent_language_notes, absent_region_notes, print_notes
from clipper.quoting import quoted

if TYPE_CHECKING:
    # The export itself (SQLAlchemy, the search) loads when the command runs, not for its
    # --help or another command's.
    from clipper import export as exporting
    from clipper.archive import Archive

# What an ``-o FILE`` name says to write when --format is not given (a .tsv: CSV, tab-separated).
EXTENSIONS = {
    ".jsonl": "jsonl",
    ".jl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".xlsx": "xlsx",
}


class _ExportFormat(click.Choice[str]):
    """``--format jsonl|csv|xlsx``; another spreadsheet's name (``excel``, ``xls``) says
    which to use rather than only listing the choices."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        if isinstance(value, str) and value.lower() in ("excel", "xls"):
            self.fail(
                f"{quoted(value)}: for Excel give --format xlsx -o FILE.xlsx (a workbook, the same "
                "in every locale) or --excel (CSV)",
                param,
                ctx,
            )
        return str(super().convert(value, param, ctx))


@click.command("export", cls=Command)
@db_option
@click.option(
    "--format",
    "fmt",
    type=_ExportFormat(exportformats.FORMATS),
    default=None,
    help="jsonl: one JSON object per line; csv: a header row, then one row per page (UTF-8 "
    "without a byte-order mark, as programs read it; for Excel, --excel adds the mark); "
    "xlsx: an Excel workbook (needs -o FILE): typed cells, opens right in every locale.  "
    "Default: -o FILE's extension (.jsonl .jl .ndjson, .csv, .tsv: tab-separated, .xlsx; "
    "another is refused), else jsonl.",
)
@output_option("written whole or not at all")
@click.option(
    "--excel",
    is_flag=True,
    help="For Excel: with -o FILE.xlsx (or --format xlsx) the workbook --format xlsx writes; "
    "else CSV that Excel opens right (implies --format csv): UTF-8 with a byte-order mark, "
    "CRLF line ends, a ' before cells starting with = + - @ (no formulas run), cells cut at "
    "Excel's 32,767 characters (column truncated names them).  Excel splits a CSV on ';' on "
    "the Windows of every locale whose decimal mark is a comma (Russian, Ukrainian, Polish, "
    "Turkish, Vietnamese, German, French, Spanish, Italian, Dutch, Danish, Portuguese…): "
    "there give --format xlsx -o FILE.xlsx (opens right in every locale) or add "
    "--delimiter ';'.",
)
@click.option(
    "--delimiter",
    type=click.Choice([",", ";", "tab"]),
    default=",",
    show_default=True,
    help="CSV's field separator: ';' for the Excel of locales whose decimal mark is a comma "
    "(ru, uk, pl, tr, vi, de, fr…; with --excel, fractions are then written 0,73 as those "
    "locales read numbers), tab for a tab-separated file.",
)
@click.option("--with-text", is_flag=True, help="Include the cleaned body text.")
@date_option("--since", "Only pages published (else fetched, else stored) on or after this")
@date_option("--until", "Only pages published (else fetched, else stored) on or before this")
@tz_option(shows_times=True)
@site_option(
    "Only the pages of this site or its subdomains (with --canonical-only: the articles "
    "they carried)"
)
@lang_option("Only pages in this language")
@region_option("Only pages of this country")
@author_option(
    "Only the pages this person wrote (with --canonical-only: the articles a page of which "
    "they wrote)"
)
@agency_option(
    "Only the pages crediting this news agency (with --canonical-only: the articles a page of "
    "which credits it)"
)
@click.option(
    "--run",
    "run_id",
    type=Count(1),
    help="Only pages stored by this run (clipper stats lists the runs).",
)
@click.option(
    "--changed-since",
    "changed_since",
    type=Count(0),
    metavar="RUN",
    help="Only pages a run after RUN stored or changed the record of (its cluster, canonical, "
    "story, version, dates, headline or text): what changed since an export that said "
    "'as of run RUN'; 0: every page.",
)
@click.option(
    "--query",
    metavar="Q",
    help="Only pages whose title or text match Q (clipper search's query language).",
)
@click.option(
    "--watch",
    "watch_names",
    multiple=True,
    metavar="NAME",
    help="Only pages a saved watchlist follows (clipper watch list); repeat: any of them.",
)
@click.option(
    "--canonical-only",
    is_flag=True,
    help="Only each cluster's canonical article, not its copies.",
)
def export_command(
    db: str,
    fmt: str | None,
    excel: bool,
    delimiter: str,
    with_text: bool,
    since: str | None,
    until: str | None,
    zone: tzinfo,
    sites: tuple[str, ...],
    languages: tuple[str, ...],
    regions: tuple[str, ...],
    authors: tuple[str, ...],
    agencies: tuple[str, ...],
    run_id: int | None,
    changed_since: int | None,
    query: str | None,
    watch_names: tuple[str, ...],
    canonical_only: bool,
    output: str | None,
) -> None:
    """Export one record per stored page, UTF-8, cluster by cluster, canonical first.

    Fields: url, origin, site, title, published, cluster_id, is_canonical, similarity
    (to the canonical), story_id, page_id, fetched_at, version (0: a reading cut short
    kept beside the version holding its text), language (ISO 639-1, as
    declared or identified from the text; null when unknown), date_source (where published
    came from: declared, the page's metadata or the crawler's date field, or guessed, found
    in its text or URL; null when undated or not known), last_fetched_at, author,
    published_zoneless (true: published is a time its source wrote without a time zone, as
    written, not UTC; null for a date or when not known), canonical_url and story_url (the
    address, else origin, of the cluster's canonical and of the story's lead: order-free
    keys, where the ids depend on arrival order), published_utc (the publication moment
    in UTC when clipper can pin one: a time with its zone, a zoneless time on clocks of one
    offset; else null), published_from/published_to (the first and last UTC second the date
    can name: the site's clocks for a zoneless time, the whole day for a date alone), region
    (the country the page states, ISO 3166), updated (the time of its "Updated" line),
    partial (why the text stored is cut short: a crawler's size limit, a file or record
    ending early, a paywall's trailer; null for a whole text), changed_run (the last run
    that stored the page or changed its record), text (with --with-text), and
    truncated (with --excel or --format xlsx).  Times are UTC with their zone
    (2021-06-24T07:30:00+00:00), or with --tz (or CLIPPER_TZ) published, fetched_at and
    last_fetched_at on that zone's clock with its offset (2021-06-24T15:30:00+08:00); a
    time its source wrote without a zone stays as written (published_zoneless true), and a
    date alone stays a date (2021-06-23).  A workbook's (--format xlsx) are date cells
    naming their clock: UTC, or with --tz those three on that zone's ("2021-06-24 15:30:00
    Asia/Singapore").

    The filters are those of clipper search and digest, and all must hold: --since/--until
    go by the publication date, else the fetch date, else when clipper stored the page
    (both days included); --site, --lang, --author and --agency keep any of those given
    (--author: each word of the name in one name of the page's byline; --agency: the agency
    its byline, dateline or closing credit names); --watch applies a watchlist's query,
    sites and languages.

    --changed-since RUN keeps a copy up to date: every page a later run stored, and every
    older page whose record a later run changed (it joined another cluster, its cluster's
    canonical or story or the story's lead changed, a new version renumbered it, a later
    fetch or reading moved its dates, a template cut changed its text); changed_run says
    which run last did.  An export to a file says on stderr which run it is "as of": give
    that number next time.  No page leaves the archive; a cluster or story merged into
    another is deleted, its pages' rows say where they are now, and clipper show of the old
    id says where it went.

    Exit codes: 0 written; 1 the archive could not be used, or no such --run or
    --changed-since run; 2 bad usage (a
    malformed date, site, language or query); 4 an unknown watchlist.

    Example:

    \b
        clipper export --excel --watch Transport --since 2025-03-10 --until 2025-03-10 -o rail.csv
        clipper export --with-text -o clippings.csv
        clipper export --watch Transport --since yesterday -o rail.xlsx
        clipper export --excel --delimiter ';' --since yesterday -o presseschau.csv
    """
    if excel and fmt == "jsonl":
        raise click.UsageError(
            "--excel writes CSV or, with -o FILE.xlsx, a workbook: leave out --format jsonl"
        )
    if output is not None and Path(output).suffix.lower() == ".xls":
        raise click.UsageError(
            f"-o {output}: clipper writes no .xls (Excel 97); for Excel give -o FILE.xlsx (a "
            "workbook, the same in every locale) or --excel -o FILE.csv"
        )
    workbook_named = output is not None and Path(output).suffix.lower() == ".xlsx"
    if excel and (fmt == "xlsx" or workbook_named):
        excel, fmt = False, "xlsx"  # for Excel, a workbook: what an .xlsx name asks for
    fmt = output_format(
        "csv" if excel else fmt,
        output,
        EXTENSIONS,
        "jsonl",
        given_as="--excel" if excel else None,
    )
    source = click.get_current_context().get_parameter_source("delimiter")
    if (
        output is not None
        and Path(output).suffix.lower() == ".tsv"
        and (source is click.core.ParameterSource.DEFAULT)
    ):
        delimiter = "tab"  # a .tsv is tab-separated
    if delimiter != "," and fmt != "csv":
        raise click.UsageError(f"--delimiter separates CSV's fields: not for --format {fmt}")
    separator = "\t" if delimiter == "tab" else delimiter
    if fmt == "xlsx" and output is None:
        raise click.UsageError("--format xlsx writes a workbook file: give -o FILE.xlsx")
    from clipper import export as exporting

    filters = exporting.Filters(
        since=since,
        until=until,
        zone=zone,
        sites=sites,
        languages=languages,
        regions=regions,
        authors=authors,
        agencies=agencies,
        run=run_id,
        changed_since=changed_since,
        query=query,
        watches=watch_names,
        canonical_only=canonical_only,
    )
    encoding = exportformats.EXCEL_ENCODING if excel else exportformats.ENCODING
    unknown_watchlist: tuple[type[Exception], ...] = ()
    if watch_names:  # the watchlists module loads the store: only when needed
        from clipper.digest.watchlists import UnknownWatchlist

        unknown_watchlist = (UnknownWatchlist,)
    target = output_path(output)
    with open_archive(
        db, failures=(exporting.UnknownRun,), unknown_watchlist=unknown_watchlist
    ) as archive:
        notes = absent_language_notes(archive, languages) + absent_region_notes(archive, regions)
        # the times on --tz's clock when it is given (or CLIPPER_TZ), else UTC
        given = click.get_current_context().get_parameter_source("zone") in (
            click.core.ParameterSource.COMMANDLINE,
            click.core.ParameterSource.ENVIRONMENT,
        )
        clock = zone if given else None
        if target is None:
            written = _export_to_stdout(
                archive, fmt, with_text, filters, excel, encoding, separator, clock
            )
        elif fmt == "xlsx":
            written = _export_workbook(archive, target, with_text, filters, clock)
        else:
            partial = target.with_name(target.name + ".partial")
            try:
                with partial.open("w", encoding=encoding, newline="") as out:
                    written = exporting.write(
                        archive,
                        out,
                        fmt,
                        with_text,
                        filters=filters,
                        excel=excel,
                        delimiter=separator,
                        clock=clock,
                    )
                partial.replace(target)
            except OSError as error:
                raise click.ClickException(f"cannot write the export: {error}") from error
            finally:
                partial.unlink(missing_ok=True)
            click.echo(f"{written.pages} pages written to {target} {_as_of(archive)}", err=True)
            if written.beyond_ascii:  # plain CSV: UTF-8 without a byte-order mark
                click.echo(
                    "the CSV is UTF-8 without a byte-order mark, which programs read as it is "
                    "but Excel on Windows shows garbled outside ASCII (Thai, Hebrew, "
                    "Vietnamese, accents): for Excel, give --excel (the mark, CRLF) or "
                    "-o FILE.xlsx",
                    err=True,
                )
        if not written.pages and not notes:  # which filter left none of the pages
            notes += _narrowed(archive, filters)
    print_notes(notes)
    if written.cut:
        click.echo(
            f"{written.cut} pages had a cell cut at Excel's 32,767 characters "
            "(their truncated column names it; --format jsonl keeps every text whole)",
            err=True,
        )


def _narrowed(archive: Archive, filters: exporting.Filters) -> list[str]:
    """The note of an export its filters left empty (:mod:`clipper.narrowing`): how many
    pages (rows) the other options select, and what each of --since/--until, --site, --lang,
    --region, --author and --agency keeps of them alone."""
    import dataclasses

    from clipper.cli.output import narrowing_note
    from clipper.narrowing import given_filters, narrowing
    from clipper.selectionstats import selection_counts

    base = dataclasses.replace(
        filters, since=None, until=None, sites=(), languages=(), regions=(), authors=(),
        agencies=(),
    )  # fmt: skip

    def rows(**kept: Any) -> int:
        return selection_counts(archive, dataclasses.replace(base, **kept)).stored_pages

    others = any(
        (filters.run, filters.changed_since is not None, filters.query, filters.watches,
         filters.canonical_only)
    )  # fmt: skip
    note = narrowing_note(
        narrowing(
            rows,
            given_filters(
                since=filters.since,
                until=filters.until,
                sites=filters.sites,
                languages=filters.languages,
                regions=filters.regions,
                authors=filters.authors,
                agencies=filters.agencies,
            ),
        ),
        "the other options select" if others else "the archive holds",
        "page",
    )
    return [note] if note else []


def _export_workbook(
    archive: Archive,
    target: Path,
    with_text: bool,
    filters: exporting.Filters,
    zone: tzinfo | None,
) -> exporting.Written:
    """Write an Excel workbook to ``target``, whole or not at all (a ``.partial`` file renamed
    when complete), its publication and fetch times on ``zone``'s clock (None: UTC)."""
    from clipper import export as exporting
    from clipper.spreadsheet import TooManyRows

    partial = target.with_name(target.name + ".partial")
    try:
        written = exporting.write_workbook(archive, partial, with_text, filters=filters, zone=zone)
        partial.replace(target)
    except TooManyRows as error:
        raise click.ClickException(f"cannot write the workbook: {error}") from error
    except OSError as error:
        raise click.ClickException(f"cannot write the export: {error}") from error
    finally:
        partial.unlink(missing_ok=True)
    click.echo(f"{written.pages} pages written to {target} {_as_of(archive)}", err=True)
    return written


def _as_of(archive: Archive) -> str:
    """ "(as of run N: …)", the run a later ``--changed-since`` takes (exporting.runs_done)."""
    from clipper import export as exporting

    done = exporting.runs_done(archive)
    return f"(as of run {done}: --changed-since {done} exports what changes after)"


def _export_to_stdout(
    archive: Archive,
    fmt: str,
    with_text: bool,
    filters: exporting.Filters,
    excel: bool,
    encoding: str,
    delimiter: str,
    clock: tzinfo | None,
) -> exporting.Written:
    """Export to standard output in ``encoding`` whatever the terminal's, with the line ends
    the format writes (no newline translation); times on ``clock`` (None: UTC)."""
    from clipper import export as exporting

    binary = getattr(sys.stdout, "buffer", None)
    if binary is None:  # a text-only stream (an embedding program's): write to it as it is
        return exporting.write(
            archive,
            sys.stdout,
            fmt,
            with_text,
            filters=filters,
            excel=excel,
            delimiter=delimiter,
            clock=clock,
        )
    sys.stdout.flush()
    out = codecs.getwriter(encoding)(binary)
    written = exporting.write(
        archive,
        out,
        fmt,
        with_text,
        filters=filters,
        excel=excel,
        delimiter=delimiter,
        clock=clock,
    )
    binary.flush()
    return written
