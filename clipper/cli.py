"""clipper's command line: parse options, call one library function, report.

Conventions every command keeps (tests/test_cli_consistency.py holds them):

- Library errors become ``click.ClickException`` (exit code 1, a one-line message); a malformed
  query, date or reference, or a name already taken, is ``click.UsageError`` (exit code 2, as
  click's own option errors).
- Dates and spans (``--since``/``--until``) go through :mod:`clipper.dates`, one parser.
- ``--json``: a list prints JSON Lines (:func:`json_lines_option`), one thing one JSON document
  (:func:`json_option`); the help says which, with the fields.
- Text for people comes from :mod:`clipper.render`; every help ends with an ``Example:``.
- The CLI holds no SQL and no hashing.
"""

from __future__ import annotations

import codecs
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

import clipper
from clipper import export as exporting
from clipper.archive import (
    DEFAULT_LOCK_WAIT_S,
    Archive,
    ArchiveBusy,
    ArchiveError,
    open_archive,
)
from clipper.config import Config
from clipper.search import QueryError

if TYPE_CHECKING:
    # The pipeline (trafilatura, scikit-learn, the workers) loads only for ``dedupe``: a
    # query command starts in half the time.
    from clipper.summary import RunSummary

F = TypeVar("F", bound=Callable[..., Any])
R = TypeVar("R")

EXIT_BUSY = 3
EXIT_NOTHING_READ = 4
EXIT_INTERRUPTED = 130  # Ctrl-C (SIGINT): 128 + 2
EXIT_TERMINATED = 143  # SIGTERM (a cron timeout, a service stop): 128 + 15


# The largest count or id an option takes: the archive's integers are 64-bit, and a list asks
# for one row more than its --limit.
MAX_COUNT = 2**62


class Count(click.ParamType):
    """A whole number of at least ``minimum`` (``--limit``, ``--top``, ``--batch-size``...).

    Bounded above by :data:`MAX_COUNT` (beyond a 64-bit SQL integer a query would fail), which a
    message never shows: ``--limit 0`` says "at least 1", not a range up to 4611686018427387904.
    """

    name = "integer"

    def __init__(self, minimum: int) -> None:
        self.minimum = minimum

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        number = click.INT.convert(value, param, ctx)
        if number < self.minimum:
            self.fail(f"{number} is too small: give {self.minimum} or more", param, ctx)
        if number > MAX_COUNT:
            self.fail(f"{number} is too large", param, ctx)
        return number


def db_option(function: F) -> F:
    return click.option(
        "--db",
        envvar="CLIPPER_DB",
        default="clipper.db",
        show_default=True,
        metavar="PATH|URL",
        help="Archive: an SQLite file path or an SQLAlchemy URL (env: CLIPPER_DB).",
    )(function)


def json_option(function: F) -> F:
    """``--json`` of a command that answers with one thing: one JSON document."""
    return click.option(
        "--json", "as_json", is_flag=True, help="Print one JSON document (fields above)."
    )(function)


def json_lines_option(function: F) -> F:
    """``--json`` of a command that answers with a list: JSON Lines, one object per line."""
    return click.option(
        "--json",
        "as_json",
        is_flag=True,
        help="Print JSON Lines, one object per line (fields above).",
    )(function)


def limit_option(default: int, what: str) -> Callable[[F], F]:
    """``--limit N``: how many rows a list shows (at least 1)."""
    return click.option(
        "--limit",
        type=Count(1),
        default=default,
        show_default=True,
        help=f"Most {what} to show.",
    )


def date_option(name: str, what: str) -> Callable[[F], F]:
    """``--since``/``--until``: every command takes the same forms (clipper.dates)."""
    forms = (
        "same forms as --since"
        if name == "--until"
        else "a date: 2025-03-01, or 2025-03-01T06:00:00 in UTC unless an offset is given; "
        "or a span back from now: 30m, 24h, 7d, 2w; or today, yesterday (a whole UTC day)"
    )
    return click.option(name, metavar="DATE|SPAN", help=f"{what} ({forms}).")


def _print_list(
    rows: list[R],
    limit: int,
    as_json: bool,
    as_dict: Callable[[R], dict[str, Any]],
    table: Callable[[list[R], bool], str],
) -> list[R]:
    """Print a list asked for with ``limit + 1`` rows: its first ``limit`` as JSON Lines (a
    cut list says so on stderr, so a script never takes the first page for all of it), or
    as ``table(rows, more)`` where ``more`` says the limit cut the list.  Returns the rows
    shown."""
    more, rows = len(rows) > limit, rows[:limit]
    if as_json:
        for row in rows:
            click.echo(json.dumps(as_dict(row), ensure_ascii=False))
        if more:
            click.echo(f"the first {limit} shown, there are more: raise --limit", err=True)
    else:
        click.echo(table(rows, more))
    return rows


def open_or_fail(db: str, *, create: bool = True) -> Archive:
    try:
        return open_archive(db, create=create)
    except ArchiveError as error:
        raise click.ClickException(str(error)) from error


class _Group(click.Group):
    """clipper's command group: output cut short by its reader (``clipper export | head``) ends
    the command quietly with exit code 0, as for a command whose output fitted the pipe (click
    alone exits 1 there, the code that says the archive could not be used)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # Python's recipe (the signal module's docs): point stdout at /dev/null so the
            # interpreter's last flush does not fail again.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="clipper")
def cli() -> None:
    """clipper: raw news dumps in, a deduplicated archive of canonical articles out.

    Every command takes --db (default clipper.db, env CLIPPER_DB); clipper COMMAND --help
    says more.  Lists print JSON Lines with --json; bad usage exits 2.

    Example:

    \b
        clipper dedupe --db news.db dumps/2026-11-30/
        clipper search --db news.db --since 7d 'strike AND port*'
        clipper show --db news.db 12
        clipper digest --db news.db --format html -o digest.html
    """


@cli.command("dedupe")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@db_option
@click.option(
    "--workers",
    type=Count(1),
    default=None,
    help="Cleaning processes (default: the machine's cores). The archive is the same for any N.",
)
@click.option(
    "--batch-size",
    type=Count(1),
    default=None,
    help="Pages per transaction (default 1000).",
)
@click.option("--dry-run", is_flag=True, help="Do everything, then roll back: write nothing.")
@click.option(
    "--wait",
    "wait_s",
    type=click.FloatRange(min=0),
    default=DEFAULT_LOCK_WAIT_S,
    show_default=True,
    help="Seconds to wait for another dedupe run on the same archive to finish.",
)
@json_option
def dedupe_command(
    paths: tuple[str, ...],
    db: str,
    workers: int | None,
    batch_size: int | None,
    dry_run: bool,
    wait_s: float,
    as_json: bool,
) -> None:
    """Read raw dumps, clean, find near-duplicates and store canonical articles.

    PATHS are files or folders (walked recursively): .html/.htm, .mhtml, .md and .txt pages,
    JSON records (.jsonl, .jl, .ndjson, .json), CSV/TSV exports and WARC/ARC files, each
    optionally .gz/.bz2/.xz/.zst, and any of them inside a .zip or tar archive (.tar, .tar.gz,
    .tgz...); a file is read by its content when its name misleads.  Other
    files are skipped and counted (the README lists every input form).

    Exit codes: 0 done (bad inputs inside PATHS are skipped and counted, not errors); 1 the
    archive could not be used, or refused a write mid-run (a full disk: the batches already
    committed stay, re-run to finish); 2 bad usage, including a PATH that does not exist
    (nothing is read or stored); 3 another run holds the archive longer than --wait; 4 PATHS
    held no page at all (an empty folder, or every input unreadable: the summary says why);
    130 interrupted (Ctrl-C) and 143 terminated (SIGTERM; `timeout` itself exits 124 unless
    given --preserve-status): the batches already committed stay, the run is recorded as
    interrupted; re-run to finish.

    --json prints one JSON document: run_id, status, dry_run, inputs, seconds (the run),
    wall_seconds (since clipper started: start-up included), stage_seconds, pages_read,
    already_archived, stored, exact_duplicates, new_clusters, joined_existing,
    copies_in_new_clusters, canonical_changes, new_stories, skipped {reason: count},
    skipped_total, skipped_pages (the skipped pages of pages_read: pages_read = already_archived
    + stored + skipped_pages; the rest of skipped_total are inputs that held no page, such as a
    WARC 404 or a bad JSON line), not_pages {reason: count} (WARC records that are not pages),
    dates_unread,
    partial_pages and examples [{origin, reason, detail}] (the first problems).

    Example:

        clipper dedupe --db news.db dumps/2026-11-21/ extra/cc-news.warc.gz
    """
    missing = [path for path in paths if not os.path.exists(path)]
    if missing:
        # A mistyped dump path must fail the cron job, not store nothing and exit 0.
        raise click.BadParameter(
            "does not exist: " + ", ".join(missing) + " (nothing was read or stored)",
            param_hint="PATHS",
        )
    config = Config()
    if workers is not None:
        config = replace(config, workers=workers)
    if batch_size is not None:
        config = replace(config, batch_size=batch_size)
    from clipper.run import dedupe

    archive = _archive_for_run(db, dry_run)
    progress = _progress_printer() if sys.stderr.isatty() and not as_json else None
    try:
        with _terminate_as_interrupt():
            summary = dedupe(
                archive,
                list(paths),
                config,
                dry_run=dry_run,
                lock_wait_s=wait_s,
                on_progress=progress,
            )
    except ArchiveBusy as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(EXIT_BUSY)
    except ArchiveError as error:
        raise click.ClickException(str(error)) from error
    except KeyboardInterrupt as interrupt:
        signal_name = "terminated" if isinstance(interrupt, Terminated) else "interrupted"
        click.echo(f"\n{signal_name}: committed batches are kept; re-run to finish", err=True)
        sys.exit(EXIT_TERMINATED if isinstance(interrupt, Terminated) else EXIT_INTERRUPTED)
    finally:
        archive.close()
    summary.wall_seconds = round(time.monotonic() - clipper.STARTED, 3)
    if progress:
        click.echo("", err=True)
    if as_json:
        click.echo(json.dumps(summary.as_dict(), indent=2, sort_keys=True))
    else:
        from clipper import render

        click.echo(render.run_summary(summary))
    if summary.pages_read == 0:
        # A scraper that wrote nothing (or only garbage) must fail the cron job, not pass as a
        # quiet night.
        skipped = summary.skipped_total
        problems = f"{skipped} input{'s' * (skipped != 1)} skipped" if skipped else "no input"
        click.echo(f"Error: no page was read from {' '.join(paths)} ({problems})", err=True)
        sys.exit(EXIT_NOTHING_READ)


class Terminated(KeyboardInterrupt):
    """SIGTERM during a run (a cron job's timeout, a service stop): stopped like Ctrl-C, so the
    run is recorded as interrupted and the committed batches stay."""


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """Turn SIGTERM into :class:`Terminated` while a run lasts (the main thread only: signal
    handlers cannot be set from another), then restore the previous handler."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _archive_for_run(db: str, dry_run: bool) -> Archive:
    if dry_run:
        # A dry run on an archive that does not exist yet must not create the file.
        existing = open_or_fail(db, create=False) if _exists(db) else None
        return existing or open_or_fail("sqlite://")
    return open_or_fail(db)


def _exists(db: str) -> bool:
    return "://" in db or Path(db).exists()


def _progress_printer() -> Callable[[RunSummary], None]:
    def show(summary: RunSummary) -> None:
        click.echo(
            f"\r{summary.pages_read} pages read, {summary.stored} stored, "
            f"{summary.skipped_total} skipped ({summary.seconds:.0f}s)",
            err=True,
            nl=False,
        )

    return show


class _ExportFormat(click.Choice[str]):
    """``--format jsonl|csv``; a spreadsheet's name (``xlsx``, ``excel``) says to use
    ``--excel`` rather than only listing the choices."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None
                ) -> str:
        if isinstance(value, str) and value.lower() in ("excel", "xlsx", "xls"):
            self.fail(
                f"{value!r}: for Excel give --excel (CSV that Excel opens right; "
                "clipper writes no .xlsx)",
                param,
                ctx,
            )
        return str(super().convert(value, param, ctx))


@cli.command("export")
@db_option
@click.option(
    "--format",
    "fmt",
    type=_ExportFormat(exporting.FORMATS),
    default=None,
    help="jsonl (default): one JSON object per line; csv: a header row, then one row per page.",
)
@click.option(
    "--excel",
    is_flag=True,
    help="CSV that Excel opens right (implies --format csv): UTF-8 with a byte-order mark, "
    "CRLF line ends, a ' before cells starting with = + - @ (no formulas run), cells cut at "
    "Excel's 32,767 characters (column truncated names them).",
)
@click.option("--with-text", is_flag=True, help="Include the cleaned body text.")
@date_option("--since", "Only pages published (else fetched, else stored) on or after this")
@date_option("--until", "Only pages published (else fetched, else stored) on or before this")
@click.option(
    "--site",
    "sites",
    multiple=True,
    metavar="SITE",
    help="Only this site's pages (with --canonical-only: the articles it carried); repeatable.",
)
@click.option(
    "--lang",
    "languages",
    multiple=True,
    metavar="CODE",
    help="Only pages in this language, e.g. en or de (en-GB counts as en); repeatable.",
)
@click.option(
    "--run",
    "run_id",
    type=Count(1),
    help="Only pages stored by this run (clipper stats lists the runs).",
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
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    help="File to write (default: standard output); written whole or not at all.",
)
def export_command(
    db: str,
    fmt: str | None,
    excel: bool,
    with_text: bool,
    since: str | None,
    until: str | None,
    sites: tuple[str, ...],
    languages: tuple[str, ...],
    run_id: int | None,
    query: str | None,
    watch_names: tuple[str, ...],
    canonical_only: bool,
    output: str | None,
) -> None:
    """Export one record per stored page, UTF-8, cluster by cluster, canonical first.

    Fields: url, origin, site, title, published, cluster_id, is_canonical, similarity
    (to the canonical), story_id, page_id, fetched_at, version, language (ISO 639-1, as
    declared or identified from the text; null when unknown), text (with --with-text), and
    truncated (with --excel).

    The filters are those of clipper search and digest, and all must hold: --since/--until
    go by the publication date, else the fetch date, else when clipper stored the page
    (both days included); --site and --lang keep any of those given; --watch applies a
    watchlist's query, sites and languages.

    Exit codes: 0 written; 1 the archive could not be used, or no such --run; 2 bad usage (a
    malformed date, site, language or query); 4 an unknown watchlist.

    Example:

    \b
        clipper export --excel --watch acme --since 2025-03-10 --until 2025-03-10 -o acme.csv
        clipper export --format csv --with-text -o clippings.csv
    """
    if excel and fmt == "jsonl":
        raise click.UsageError("--excel writes CSV: leave out --format jsonl")
    fmt = "csv" if excel else fmt or "jsonl"
    filters = exporting.Filters(
        since=since,
        until=until,
        sites=sites,
        languages=languages,
        run=run_id,
        query=query,
        watches=watch_names,
        canonical_only=canonical_only,
    )
    encoding = exporting.EXCEL_ENCODING if excel else exporting.ENCODING
    unknown_watchlist: tuple[type[Exception], ...] = ()
    if watch_names:  # the watchlists module loads the store: only when needed
        from clipper.digest.watchlists import UnknownWatchlist

        unknown_watchlist = (UnknownWatchlist,)
    target = _output_path(output)
    archive = open_or_fail(db, create=False)
    try:
        if target is None:
            written = _export_to_stdout(archive, fmt, with_text, filters, excel, encoding)
        else:
            partial = target.with_name(target.name + ".partial")
            try:
                with partial.open("w", encoding=encoding, newline="") as out:
                    written = exporting.write(
                        archive, out, fmt, with_text, filters=filters, excel=excel
                    )
                partial.replace(target)
            except OSError as error:
                raise click.ClickException(f"cannot write the export: {error}") from error
            finally:
                partial.unlink(missing_ok=True)
            click.echo(f"{written.pages} pages written to {target}", err=True)
    except QueryError as error:
        raise click.UsageError(str(error)) from error
    except exporting.UnknownRun as error:
        raise click.ClickException(str(error)) from error
    except unknown_watchlist as error:
        _unknown_watchlist(error)
    finally:
        archive.close()
    if written.cut:
        click.echo(
            f"{written.cut} pages had a cell cut at Excel's 32,767 characters "
            "(their truncated column names it; --format jsonl keeps every text whole)",
            err=True,
        )


def _export_to_stdout(
    archive: Archive,
    fmt: str,
    with_text: bool,
    filters: exporting.Filters,
    excel: bool,
    encoding: str,
) -> exporting.Written:
    """Export to standard output in ``encoding`` whatever the terminal's, with the line ends
    the format writes (no newline translation)."""
    binary = getattr(sys.stdout, "buffer", None)
    if binary is None:  # a text-only stream (an embedding program's): write to it as it is
        return exporting.write(archive, sys.stdout, fmt, with_text, filters=filters, excel=excel)
    sys.stdout.flush()
    out = codecs.getwriter(encoding)(binary)
    written = exporting.write(archive, out, fmt, with_text, filters=filters, excel=excel)
    binary.flush()
    return written


@cli.command("search")
@click.argument("query", nargs=-1, required=True)
@db_option
@click.option(
    "--site",
    metavar="SITE",
    help="Only stories this site carried (with --variants: its own pages).",
)
@date_option("--since", "Published (else fetched, else stored) on or after this")
@date_option("--until", "Published (else fetched, else stored) on or before this")
@click.option("--lang", metavar="CODE", help="Language, e.g. en or de (en-GB counts as en).")
@click.option("--variants", is_flag=True, help="Search every copy, not only canonical articles.")
@click.option("--by-story", is_flag=True, help="Group the hits by story (same event).")
@limit_option(20, "hits")
@json_lines_option
def search_command(
    query: tuple[str, ...],
    db: str,
    site: str | None,
    since: str | None,
    until: str | None,
    lang: str | None,
    variants: bool,
    by_story: bool,
    limit: int,
    as_json: bool,
) -> None:
    """Full-text search of the canonical articles, best match first (titles count 10x).

    QUERY: words (all must match), "exact phrases", prefix* ("three-day stri"* too),
    AND, OR, NOT (upper case; "a AND NOT b" works too) and ( ) for grouping.  NOT needs a
    term on each side.  Quote the whole query for the shell so its quotes reach clipper.
    --since/--until go by the publication date, else the fetch date, else when clipper
    stored the page.

    Matches in snippets are bold on a terminal, else between [ and ].  --json prints JSON
    Lines, one hit per line: cluster_id, story_id, page_id, is_canonical, title, site, date, url,
    outlets (distinct sites among the cluster's pages), pages, score (bm25, lower is better),
    snippet (matches between [ and ]).

    Example:

    \b
        clipper search --since 2025-03-01 'crane* AND (strike OR walkout) NOT "night market"'
    """
    # Imported here so commands other engineers own do not depend on the query modules.
    from clipper import render
    from clipper import search as searching

    marks = render.PLAIN_MARKS if as_json else render.match_marks(sys.stdout.isatty())
    archive = open_or_fail(db, create=False)
    try:
        hits = searching.search(
            archive,
            " ".join(query),
            site=site,
            since=since,
            until=until,
            lang=lang,
            variants=variants,
            limit=limit + 1,  # one more than shown: whether the limit cut the list
            marks=marks,
        )
    except searching.QueryError as error:
        raise click.UsageError(str(error)) from error
    finally:
        archive.close()
    hits = _print_list(
        hits,
        limit,
        as_json,
        lambda hit: hit.as_dict(),
        lambda shown, more: render.hits(
            shown, render.terminal_width(), by_story=by_story, more=more
        ),
    )
    if not as_json and not hits:
        _note_lowercase_operators(" ".join(query))


def _note_lowercase_operators(query: str) -> None:
    """A hint on standard error when ``query`` has "or"/"and"/"not" in lower case (searched
    as words: operators are upper case)."""
    from clipper.search import lowercase_operators

    words = lowercase_operators(query)
    if words:
        quoted = ", ".join(f'"{word}"' for word in words)
        click.echo(
            f"note: {quoted} in lower case {'is a word' if len(words) == 1 else 'are words'}"
            " to find; operators are upper case: AND, OR, NOT",
            err=True,
        )


@cli.command("show")
@click.argument("ref", metavar="ID|page:ID|story:ID|URL|ORIGIN")
@db_option
@click.option("--no-text", is_flag=True, help="Leave out the article's text.")
@click.option(
    "--diff",
    is_flag=True,
    help="What changed between this page and its next version (the previous one for the "
    "newest), as a unified diff of paragraphs.",
)
@json_option
def show_command(ref: str, db: str, no_text: bool, diff: bool, as_json: bool) -> None:
    """Show a cluster (an article and every copy of it), or a story (its articles).

    ID is a cluster id (the ID column of search and clusters); page:ID is a page id (as
    in export or Datasette); story:ID lists a story's different articles (clusters, from
    clipper stories); a URL, or an origin as export and rejections print it
    (dumps/wire.jsonl:15, crawl.warc.gz@1234, a text dump's path), finds the cluster of that
    page (a URL: its newest version).  A page asked for that is not its cluster's canonical
    (an earlier version, another outlet's copy) is shown with its own text, then the
    canonical.  A page seen with several texts says which version it is and whether a newer
    one exists, and whether a later text of it was rejected.  Each copy shows its site,
    date, URL, similarity to the canonical and what differs: exact copy, headline changed,
    trimmed (kept 3 of 9 paragraphs), N paragraphs edited, +N paragraphs.  An address or
    origin that a run read but did not store says which run rejected it and why.

    --diff prints what changed between the page (a cluster id: its canonical) and its next
    version, or its previous one: a summary, then a unified diff with one paragraph a line
    (the headline as "# HEADLINE").

    --json prints one JSON document: cluster_id, size, outlets, first_seen, last_seen,
    requested_page_id, canonical {page_id, title, site, date, url, origin, language,
    word_count, version, text} and variants [{page_id, title, site, date, url, origin,
    version, similarity, containment, is_exact_duplicate, changes {summary, kept, edited,
    extra, canonical_paragraphs}}], carried_in and carries [{cluster_id, page_id, title, site,
    url, containment}] (a roundup holding the article whole; articles it holds whole),
    requested (the page asked for: as canonical, plus versions [{page_id, version,
    cluster_id}] and rejected_later, what a later run said of a text it did not store; null
    for a cluster id).  story:ID prints {story: {as a line of clipper
    stories --json}, clusters: [{cluster_id, size, day, canonical_page_id, title, url,
    site}]}.  --diff --json prints {older, newer: {page_id, version, title, date, seen_at,
    text}, versions, summary, diff}.

    Example:

    \b
        clipper show 12
        clipper show story:3
        clipper show https://dailyharbor.example/news/2025/03/11/dockworkers-strike
        clipper show dumps/wire.jsonl:15
        clipper show page:41 --diff
    """
    from clipper import browse, render, showtext, versions

    if ref.startswith("story:"):
        if diff:
            raise click.UsageError("--diff compares versions of a page, not a story")
        _show_story(ref, db, as_json)
        return
    if ref.lower().startswith("page:") and not ref[5:].strip().isdigit():
        raise click.UsageError(f"{ref!r}: a page is page:NUMBER, e.g. page:12")
    archive = open_or_fail(db, create=False)
    try:
        found = versions.version_diff(archive, ref) if diff else browse.show(archive, ref)
    except browse.NotFound as error:
        raise click.ClickException(str(error.args[0])) from error
    finally:
        archive.close()
    width = render.terminal_width()
    if isinstance(found, versions.VersionDiff):
        document = found.as_dict()
        if no_text:
            del document["older"]["text"], document["newer"]["text"]
        shown = showtext.version_diff(found, width)
    else:
        document = found.as_dict()
        if no_text:
            del document["canonical"]["text"]
            if document["requested"] is not None:
                del document["requested"]["text"]
        shown = showtext.cluster(found, width, with_text=not no_text)
    click.echo(json.dumps(document, ensure_ascii=False, indent=2) if as_json else shown)


def _show_story(ref: str, db: str, as_json: bool) -> None:
    from dataclasses import asdict

    from clipper import render, stories

    number = ref.removeprefix("story:")
    if not number.isdigit():
        raise click.UsageError(f"{ref!r}: a story is story:NUMBER, e.g. story:3")
    if int(number) > MAX_COUNT:
        raise click.ClickException(f"no story {number} in this archive (see clipper stories)")
    archive = open_or_fail(db, create=False)
    try:
        with archive.sessions() as session:
            detail = stories.story_detail(session, int(number))
    finally:
        archive.close()
    if detail is None:
        raise click.ClickException(f"no story {number} in this archive (see clipper stories)")
    if as_json:
        click.echo(json.dumps(asdict(detail), ensure_ascii=False, indent=2))
    else:
        click.echo(render.story_detail(detail, render.terminal_width()))


@cli.command("clusters")
@db_option
@click.option(
    "--sort",
    type=click.Choice(["size", "recent"]),
    default="size",
    show_default=True,
    help="size: most pages first; recent: most recently seen first.",
)
@date_option("--since", "Only clusters seen on or after this")
@date_option("--until", "Only clusters first seen on or before this")
@click.option(
    "--min-size",
    type=Count(1),
    default=1,
    show_default=True,
    help="Fewest pages.",
)
@click.option("--site", metavar="SITE", help="Only clusters with a page from this site.")
@limit_option(20, "clusters")
@json_lines_option
def clusters_command(
    db: str,
    sort: str,
    since: str | None,
    until: str | None,
    min_size: int,
    site: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """List variant clusters (an article and its copies): size, outlets, dates, title.

    --json prints JSON Lines, one cluster per line: cluster_id, size, outlets,
    first_seen, last_seen, canonical_page_id, title, site, date, url.

    Example:

        clipper clusters --sort recent --since 2025-03-01 --min-size 3
    """
    from clipper import browse, render
    from clipper.search import QueryError

    archive = open_or_fail(db, create=False)
    try:
        rows = browse.clusters(
            archive,
            sort="recent" if sort == "recent" else "size",
            since=since,
            until=until,
            min_size=min_size,
            site=site,
            limit=limit + 1,  # one more than shown: whether the limit cut the list
        )
    except QueryError as error:
        raise click.UsageError(str(error)) from error
    finally:
        archive.close()
    _print_list(
        rows,
        limit,
        as_json,
        lambda row: row.as_dict(),
        lambda shown, more: render.cluster_rows(shown, render.terminal_width(), more=more),
    )


@cli.command("rejections")
@db_option
@click.option(
    "--run",
    "run_id",
    type=Count(1),
    help="The run whose rejections to list (default: the newest; clipper stats lists runs).",
)
@click.option(
    "--reason",
    "reasons",
    multiple=True,
    metavar="REASON",
    help="Only this reason (repeatable), e.g. bad-json, too-short, truncated.",
)
@click.option(
    "--all",
    "with_not_pages",
    is_flag=True,
    help="Also the crawl's housekeeping: WARC request/metadata/DNS records, images, scripts.",
)
@click.option(
    "--url",
    metavar="URL",
    help="Only the rejections of the page at this address (any spelling), over every run.",
)
@click.option(
    "--origin",
    metavar="ORIGIN",
    help="Only the rejections of this input as printed (dumps/wire.jsonl:15, a file, "
    "crawl.warc.gz@1234), over every run.",
)
@limit_option(100, "rejections")
@json_lines_option
def rejections_command(
    db: str,
    run_id: int | None,
    reasons: tuple[str, ...],
    with_not_pages: bool,
    url: str | None,
    origin: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """List the inputs a run could not store, as it recorded them: origin (file,
    file:LINE or file@OFFSET), reason and detail.  The dedupe summary only counts them.
    --url or --origin lists one page's rejections over every run (with --run, that run's).

    --json prints JSON Lines, one rejection per line: run_id, origin, reason, detail,
    url (the page's address when it had one, else null).

    Example:

    \b
        clipper rejections --reason bad-json --reason truncated
        clipper rejections --url https://dailyharbor.example/news/2025/03/11/brief
        clipper rejections --origin dumps/wire.jsonl:15
    """
    from clipper import rejections as rejecting
    from clipper import render

    archive = open_or_fail(db, create=False)
    try:
        run, rows = rejecting.rejections(
            archive,
            run_id=run_id,
            reasons=reasons,
            with_not_pages=with_not_pages,
            limit=limit + 1,  # one more than shown: whether the limit cut the list
            url=url,
            origin=origin,
        )
        # none of the reasons asked for in a run: say whether it has others
        asked_run = bool(reasons and run and not rows and url is None and origin is None)
        others = rejecting.run_count(archive, run) if asked_run and run else 0
    except rejecting.UnknownReason as error:
        raise click.UsageError(str(error)) from error
    except rejecting.NoRun as error:
        raise click.ClickException(str(error)) from error
    finally:
        archive.close()
    of = " and ".join(filter(None, (url, origin))) or None
    _print_list(
        rows,
        limit,
        as_json,
        lambda row: row.as_dict(),
        lambda shown, more: render.rejection_rows(
            run, shown, more, reasons=reasons, of=of, others=others
        ),
    )


@cli.command("stats")
@db_option
@click.option(
    "--top",
    type=Count(1),
    default=10,
    show_default=True,
    help="Sites to list.",
)
@click.option(
    "--runs",
    type=Count(0),
    default=10,
    show_default=True,
    help="Runs to list.",
)
@json_option
def stats_command(db: str, top: int, runs: int, as_json: bool) -> None:
    """Summarise the archive: pages, clusters, exact duplicates, top sites and recent runs.

    --json prints one JSON document: pages, clusters, variants, exact_duplicates,
    multi_page_clusters, largest_cluster, sites, pages_without_site, skipped_inputs
    (distinct inputs and reasons), rejections (skipped inputs summed over runs: a dump read
    twice counts twice), first_date, last_date, top_sites [{site, pages, clusters}],
    runs_total and runs (newest first) [{run_id, started_at, finished_at, status, inputs,
    counts}], where counts is the run's summary as clipper dedupe --json printed it; a run
    killed outright reads "interrupted" once no process holds the archive.

    Example:

        clipper stats --db news.db --top 20
    """
    from clipper import browse, render

    archive = open_or_fail(db, create=False)
    try:
        summary = browse.stats(archive, top=top, runs=runs)
    finally:
        archive.close()
    if as_json:
        click.echo(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    else:
        shown = archive.url_for_humans if "://" in (db or "") else db  # never a password
        click.echo(render.stats(summary, render.terminal_width(), archive=shown))


@cli.command("stories")
@db_option
@date_option("--since", "Only stories with a report on or after this day")
@date_option("--until", "Only stories with a report on or before this day")
@click.option(
    "--min-size",
    type=Count(1),
    default=1,
    show_default=True,
    help="Only stories of at least this many different articles (clusters).",
)
@limit_option(50, "stories")
@json_lines_option
def stories_command(
    db: str, since: str | None, until: str | None, min_size: int, limit: int, as_json: bool
) -> None:
    """List stories: different articles about the same event, latest first.

    Columns: story id, articles (clusters), pages, outlets (distinct sites; "-" when no page
    has one), first and last day (publication, else fetch date), title of the story's largest
    cluster.  --json prints JSON Lines, one story per line: story_id (also as id, its first
    name), title, first_day, last_day, first_seen, last_seen, size, pages, outlets,
    lead_page_id.

    Example:

        clipper stories --db news.db --since 2025-03-01 --min-size 2
    """
    from dataclasses import asdict as _asdict

    from clipper import render
    from clipper import stories as story_lib
    from clipper.search import QueryError

    archive = open_or_fail(db, create=False)
    try:
        with archive.sessions() as session:
            found = story_lib.list_stories(
                session,
                since=since,
                until=until,
                min_size=min_size,
                limit=limit + 1,  # one more than shown: whether the limit cut the list
            )
    except QueryError as error:
        raise click.UsageError(str(error)) from error
    finally:
        archive.close()
    _print_list(
        found,
        limit,
        as_json,
        lambda summary: {"story_id": summary.id, **_asdict(summary)},
        lambda shown, more: render.story_rows(shown, render.terminal_width(), more=more),
    )


# ---- watchlists and the digest ---------------------------------------------------------------
EXIT_NOTHING_NEW = 3
EXIT_UNKNOWN_WATCHLIST = 4


def _unknown_watchlist(error: Exception) -> None:
    click.echo(f"Error: {error}", err=True)
    sys.exit(EXIT_UNKNOWN_WATCHLIST)


@cli.group("watch")
def watch_group() -> None:
    """Watchlists: saved searches that clipper digest groups its stories by.

    Example:

    \b
        clipper watch add aldermouth-port 'aldermouth AND (strike OR cranes)' --lang en
        clipper watch list
        clipper watch rm aldermouth-port
    """


@watch_group.command("add")
@click.argument("name")
@click.argument("query", nargs=-1, required=True)
@db_option
@click.option(
    "--site",
    "sites",
    multiple=True,
    metavar="SITE",
    help="Only stories this site carried (repeat for several).",
)
@click.option(
    "--lang",
    "languages",
    multiple=True,
    metavar="CODE",
    help="Only articles in this language, e.g. en (repeat for several).",
)
@click.option("--replace", is_flag=True, help="Overwrite a watchlist of the same name.")
def watch_add_command(
    name: str,
    query: tuple[str, ...],
    db: str,
    sites: tuple[str, ...],
    languages: tuple[str, ...],
    replace: bool,
) -> None:
    """Save a watchlist NAME following QUERY (clipper search's query language).

    Exit codes: 0 saved; 1 the archive could not be used; 2 bad usage: a malformed query,
    site or language, or a NAME already taken (--replace overwrites it).

    Example:

    \b
        clipper watch add rail 'rail* AND (bridge OR signal*)' --site dailyharbor.example
    """
    from clipper.digest import watchlists

    try:
        watch = watchlists.make_watch(name, " ".join(query), sites, languages)
    except (watchlists.WatchError, watchlists.QueryError) as error:
        raise click.UsageError(str(error)) from error
    archive = open_or_fail(db)
    try:
        saved = watchlists.add(archive, watch, replace=replace)
    except watchlists.WatchError as error:
        raise click.UsageError(str(error)) from error
    finally:
        archive.close()
    from clipper.render import watch_line

    # the limits too: a mistyped --site would otherwise only show as a digest that stays empty
    click.echo(f"watchlist {saved.name!r}: {watch_line(saved)}")
    # saved, but a digest run would look for the word "or" every night: say so now
    _note_lowercase_operators(saved.query)


@watch_group.command("list")
@db_option
@json_lines_option
def watch_list_command(db: str, as_json: bool) -> None:
    """List the watchlists: name, query, sites, languages.

    --json prints JSON Lines, one watchlist per line: name, query, sites, languages,
    created_at.

    Example:

        clipper watch list --json
    """
    from clipper.digest import watchlists

    archive = open_or_fail(db, create=False)
    try:
        with archive.sessions() as session:
            found = watchlists.all_watches(session)
    finally:
        archive.close()
    if as_json:
        for watch in found:
            click.echo(json.dumps(watch.as_dict(), ensure_ascii=False))
        return
    from clipper import render

    click.echo(render.watchlists(found))


@watch_group.command("rm")
@click.argument("name")
@db_option
def watch_rm_command(name: str, db: str) -> None:
    """Remove the watchlist NAME.

    Exit codes: 0 removed; 1 the archive could not be used; 4 no such watchlist.

    Example:

        clipper watch rm rail
    """
    from clipper.digest import watchlists

    archive = open_or_fail(db, create=False)
    try:
        watchlists.remove(archive, name)
    except watchlists.UnknownWatchlist as error:
        _unknown_watchlist(error)
    finally:
        archive.close()
    click.echo(f"removed watchlist {name!r}")


@cli.command("digest")
@db_option
@click.option(
    "--since",
    metavar="DATE|SPAN",
    help="Window start: a span back from now (30m, 24h, 7d, 2w), today, yesterday or a date "
    "(2025-03-01, "
    "2025-03-01T06:00:00; UTC unless it has an offset). "
    "Default: the end of the previous digest of the same selection, else 24 hours ago.",
)
@click.option(
    "--watch",
    "watch_names",
    multiple=True,
    metavar="NAME",
    help="Only this watchlist (repeat for several). Default: every watchlist.",
)
@click.option("--query", metavar="Q", help="An ad-hoc search (clipper search's language).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "text", "email", "atom", "json"]),
    default="text",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=str),
    help="File to write (default: standard output). Not created when there is nothing new.",
)
@click.option(
    "--from",
    "sender",
    envvar="CLIPPER_MAIL_FROM",
    metavar="ADDRESS",
    help="--format email: the From address (env: CLIPPER_MAIL_FROM; without it, sendmail -t "
    "writes the sending user's).",
)
@click.option(
    "--to",
    "recipients",
    envvar="CLIPPER_MAIL_TO",
    metavar="ADDRESSES",
    help="--format email: the To addresses, comma-separated (env: CLIPPER_MAIL_TO).",
)
@click.option(
    "--no-record",
    is_flag=True,
    help="Do not remember this digest: the next one starts where this one did.",
)
def digest_command(
    db: str,
    since: str | None,
    watch_names: tuple[str, ...],
    query: str | None,
    fmt: str,
    output: str | None,
    sender: str | None,
    recipients: str | None,
    no_record: bool,
) -> None:
    """The stories that arrived or grew since the last digest, grouped by watchlist.

    One entry per story, ranked by outlets, then pages, then recency: headline, lead
    paragraph, canonical link, site and date, every outlet with its link, the story's other
    articles, and whether it is NEW or UPDATED.  The window is about when clipper stored
    pages.  A digest without --since is recorded, and the next one of the same selection
    (same --watch and --query) starts where it ended; --since looks back without moving
    that.  --format email writes a MIME message for sendmail -t.

    Exit codes: 0 written; 1 the archive could not be used; 2 bad usage (an unparseable or
    future --since, a malformed --query, email without --to); 3 nothing new in the window
    (nothing written); 4 an unknown watchlist.

    Example:

    \b
        clipper digest --format email --to team@example.org | sendmail -t
        clipper digest --since 7d --watch aldermouth-port --format html -o week.html
    """
    from clipper import digest as digesting
    from clipper.digest import render as rendering

    if fmt == "email" and not recipients:
        raise click.UsageError("--format email needs --to ADDRESSES or CLIPPER_MAIL_TO")
    target = _output_path(output)
    archive = open_or_fail(db, create=False)
    if archive.read_only and not no_record and since is None:  # --since is not recorded
        archive.close()
        raise click.ClickException(
            f"{db} is read-only, and a digest records where it ended there: add --no-record "
            "to write this one without recording it"
        )
    try:
        result = digesting.make_digest(archive, since=since, watch_names=watch_names, query=query)
        if result.is_empty:
            followed = ", ".join(g.name for g in result.groups)
            click.echo(
                f"nothing new from {rendering.when(result.since)} to "
                f"{rendering.when(result.until)} ({result.stories_in_window} stories "
                f"arrived or grew; followed: {followed})",
                err=True,
            )
            if not no_record:
                digesting.remember(archive, result)
            sys.exit(EXIT_NOTHING_NEW)
        content = rendering.render(result, fmt, sender=sender, recipients=recipients)
        _deliver(content, target)
        # Recorded only once delivered: a digest that could not be written is not skipped.
        if not no_record:
            digesting.remember(archive, result)
    except digesting.WindowError as error:
        raise click.UsageError(str(error)) from error
    except digesting.QueryError as error:
        raise click.UsageError(f"--query: {error}") from error
    except digesting.UnknownWatchlist as error:
        _unknown_watchlist(error)
    finally:
        archive.close()


def _output_path(output: str | None) -> Path | None:
    """``-o FILE`` checked before any work: its folder must exist."""
    if output is None:
        return None
    target = Path(output)
    if target.is_dir():
        raise click.UsageError(f"-o {output} is a folder: give a file's name in it")
    if not target.parent.is_dir():
        raise click.UsageError(f"-o {output}: folder {target.parent} does not exist")
    return target


def _deliver(content: str, target: Path | None) -> None:
    """Write to stdout, or to ``target`` through a temporary file renamed into place (a reader
    never sees half a digest)."""
    try:
        if target is None:
            click.echo(content, nl=False)
            sys.stdout.flush()
            return
        partial = target.with_name(target.name + ".partial")
        try:
            partial.write_text(content, encoding="utf-8")
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)  # a full disk leaves no half-written file behind
    except OSError as error:
        raise click.ClickException(f"cannot write the digest: {error}") from error


if __name__ == "__main__":
    cli()
