"""``clipper dedupe``: the command that builds the archive (:func:`clipper.run.dedupe`), its
exit codes, signals and progress line."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

import clipper
from clipper import stops
from clipper.cli.options import Command, Count, db_option, json_option, open_or_fail
from clipper.cli.output import CommandError
from clipper.config import DEFAULT_LOCK_WAIT_S, Config
from clipper.quoting import quoted
from clipper.stops import Terminated

if TYPE_CHECKING:
    # The archive (SQLAlchemy) and the pipeline (trafilatura, scikit-learn, the workers) load
    # when ``dedupe`` runs: not for --help, nor for a query command.
    from clipper.archive import Archive
    from clipper.summary import RunSummary


# The fields ``--field`` names a record's own field for (each one clipper reads under that
# name among others: README, Record fields).
FIELD_TARGETS = (
    "url",
    "title",
    "text",
    "html",
    "published",
    "fetched_at",
    "author",
    "language",
    "site",
    "country",
)


def _field_names(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """``--field NAME=FIELD`` values as ``(NAME, FIELD)`` pairs; a usage error for another
    NAME or no FIELD."""
    pairs = []
    for value in values:
        name, sep, field = value.partition("=")
        name, field = name.strip(), field.strip()
        if not sep or not field or name not in FIELD_TARGETS:
            raise click.BadParameter(
                f"{quoted(value)}: give NAME=FIELD, NAME one of {', '.join(FIELD_TARGETS)}",
                param_hint="--field",
            )
        pairs.append((name, field))
    return tuple(pairs)


def _countries(values: tuple[str, ...]) -> tuple[tuple[str | None, str], ...]:
    """``--country CC`` and ``--country SITE=CC`` values as ``(site or None, ISO 3166 code)``
    pairs (the site as ``--site`` writes it: :func:`clipper.sites.site_key`); a usage error for
    a code that is no country's or a second country for the dump or a site."""
    from clipper.askedregion import UnknownRegion, asked_region
    from clipper.sites import site_key

    pairs: dict[str | None, str] = {}
    for value in values:
        site, sep, code = value.rpartition("=")
        key = site_key(site) if sep else None
        if sep and key is None:
            raise click.BadParameter(
                f"{quoted(value)}: give CC or SITE=CC (a site as --site takes it)",
                param_hint="--country",
            )
        try:
            country = asked_region(code)
        except UnknownRegion as error:
            raise click.BadParameter(
                str(error).replace("--region", "--country"), param_hint="--country"
            ) from error
        if pairs.get(key, country) != country:
            whose = f"{site}" if key else "the dump"
            raise click.BadParameter(
                f"{whose} was given two countries, {pairs[key]} and {country}",
                param_hint="--country",
            )
        pairs[key] = country
    return tuple(pairs.items())


EXIT_BUSY = 3
EXIT_NOTHING_READ = 4
EXIT_INTERRUPTED = 130  # Ctrl-C (SIGINT): 128 + 2
EXIT_TERMINATED = 143  # SIGTERM (a cron timeout, a service stop): 128 + 15


@click.command("dedupe", cls=Command)
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
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="NAME=FIELD",
    callback=lambda _ctx, _param, values: _field_names(values),
    help="A record's own name for a field clipper reads, NAME one of "
    + ", ".join(FIELD_TARGETS)
    + " (repeatable): --field url=url_noticia --field text='Body Text'.  FIELD is matched as "
    "written, else in any case; one no record holds is said at the end.",
)
@click.option(
    "--country",
    "countries",
    multiple=True,
    metavar="CC|SITE=CC",
    callback=lambda _ctx, _param, values: _countries(values),
    help="The country (ISO 3166) of the pages that state none: the dump's (--country ES) or a "
    "site's and its subdomains' (--country radio-aragon.example=ES; repeatable).  A page's own "
    "tag (es-MX), a record's country field or an address's /mx/ comes first.",
)
@json_option
def dedupe_command(
    paths: tuple[str, ...],
    db: str,
    workers: int | None,
    batch_size: int | None,
    dry_run: bool,
    wait_s: float,
    fields: tuple[tuple[str, str], ...],
    countries: tuple[tuple[str | None, str], ...],
    as_json: bool,
) -> None:
    """Read raw dumps, clean, find near-duplicates and store canonical articles.

    PATHS are files or folders (walked recursively): .html/.htm, .mhtml, .md and .txt pages,
    JSON records (.jsonl, .jl, .ndjson, .json), CSV/TSV exports and WARC/ARC files, each
    optionally .gz/.bz2/.xz/.zst, any of them inside a .zip or tar archive (.tar, .tar.gz,
    .tgz...), a browser crawl's .wacz, and e-mails (.eml, a mail folder's .mbox); a file is
    read by its content when its name misleads.  Other files are skipped and counted (the
    README lists every input form).

    Exit codes: 0 done (bad inputs inside PATHS are skipped and counted, not errors); 1 the
    archive could not be used, or refused a write mid-run (a full disk), or a worker process
    was killed (the OOM killer): the batches already committed stay, re-run to finish; 2 bad
    usage, including a PATH that does not exist (nothing is read or stored); 3 another run
    holds the archive longer than --wait; 4 PATHS held no page at all (an empty folder, or
    every input unreadable: the summary says why; an archive the run would have created is
    not left behind);
    130 interrupted (Ctrl-C) and 143 terminated (SIGTERM; `timeout` itself exits 124 unless
    given --preserve-status): the batches already committed stay, the run is recorded as
    interrupted; re-run to finish.

    --json prints one JSON document: run_id (null for a dry run), status, dry_run, inputs,
    seconds (the run, from taking the archive's lock), lock_wait_seconds (waiting for another
    dedupe run to finish first), wall_seconds (since clipper started: start-up and the wait
    included), stage_seconds,
    pages_read,
    already_archived, stored, exact_duplicates, new_clusters, joined_existing,
    copies_in_new_clusters, canonical_changes, moved_pages (pages of earlier runs the run moved
    to another cluster), new_stories, skipped {reason: count},
    skipped_total, skipped_pages (the skipped pages of pages_read: pages_read = already_archived
    + stored + skipped_pages; the rest of skipped_total are inputs_without_page, such as a WARC
    404 or a bad JSON line, and damaged_parts, a WARC's corrupt record or a file cut short
    inside a record, whose other records were read), not_pages {reason: count} (WARC records and
    files that are not pages), dates_unread, revisits_matched (WARC revisit records that found
    the page they repeat: its last fetched moved), revisits_unmatched (those whose original
    capture the archive never read, or that name none: those naming a capture are kept, and
    moved by the run that reads it), revisits_matched_later (earlier runs' revisits that found
    their page among this run's), partial_pages (pages stored although cut short: a crawler's
    limit, a paywall), pages_redecoded (pages of JSON records not in UTF-8, read as
    Windows-1252 or the code page their letters show), headers_unread (text dumps and ``.md``
    files whose front matter was no YAML and had lines left out), metadata_unread (HTML pages
    kept without the scraper's metadata expected of them: not in their folder's manifest, a
    sidecar not JSON), fields_named {"NAME=FIELD": records holding FIELD} and records_named (the
    records read, with --field) and examples [{origin, reason, detail}] (the first problems).

    Example:

        clipper dedupe --db news.db fixtures/html/ fixtures/warc/bayside-gazette.warc.gz

        clipper dedupe --db news.db --field url=url_noticia --field published=fecha fixtures/jsonl/

        clipper dedupe --db news.db --country bayside-gazette.example=GB fixtures/warc/
    """
    from clipper.read.files import missing

    reasons = {path: missing(path) for path in paths}
    absent = [path for path, reason in reasons.items() if reason == "does not exist"]
    links = [
        f"{path} is {reason}"
        for path, reason in reasons.items()
        if reason not in (None, "does not exist")
    ]
    if absent or links:
        # A mistyped dump path must fail the cron job, not store nothing and exit 0.
        raise click.BadParameter(
            "; ".join([*(["does not exist: " + ", ".join(absent)] if absent else []), *links])
            + " (nothing was read or stored)",
            param_hint="PATHS",
        )
    config = Config()
    if workers is not None:
        config = replace(config, workers=workers)
    if batch_size is not None:
        config = replace(config, batch_size=batch_size)
    if fields:
        config = replace(config, read=replace(config.read, field_names=fields))
    if countries:
        config = replace(config, read=replace(config.read, countries=countries))
    from clipper.archive import ArchiveBusy, ArchiveError
    from clipper.run import dedupe

    try:
        archive = _archive_for_run(db, dry_run, wait_s)
    except ArchiveBusy as error:
        raise CommandError(str(error), EXIT_BUSY) from error
    progress = _progress_printer() if sys.stderr.isatty() and not as_json else None
    # the archive's connections closed under the stops' handling too: a stop while the pool
    # closes them waits for it, and a second stop of a stopped run is dropped (clipper.stops)
    with stops.as_interrupts():
        try:
            summary = dedupe(
                archive,
                list(paths),
                config,
                dry_run=dry_run,
                lock_wait_s=wait_s,
                on_progress=progress,
            )
        except ArchiveBusy as error:
            raise CommandError(str(error), EXIT_BUSY) from error
        except ArchiveError as error:
            raise click.ClickException(str(error)) from error
        except KeyboardInterrupt as interrupt:
            signal_name = "terminated" if isinstance(interrupt, Terminated) else "interrupted"
            stopped = getattr(interrupt, "summary", None)
            kept = (
                "committed batches are kept"
                if stopped is None
                else f"the {stopped.stored} page{'s' * (stopped.stored != 1)} of this run "
                "committed before it are kept, the batch in progress was not stored"
            )
            click.echo(f"\n{signal_name}: {kept}; re-run to finish", err=True)
            sys.exit(EXIT_TERMINATED if isinstance(interrupt, Terminated) else EXIT_INTERRUPTED)
        finally:
            archive.close()
    summary.wall_seconds = round(time.monotonic() - clipper.STARTED, 3)
    if progress:
        click.echo("", err=True)
    # An archive this run made that holds no page (a mistyped path, /dev/null, a folder of
    # bad files) is not left behind, and with it goes its run: the summary names none
    # (newcomer 33, F17: "Run 1: read nothing", then "no archive was made")
    discarded = summary.pages_read == 0 and archive.discard()
    if discarded:
        summary.run_id = None
    if as_json:
        click.echo(json.dumps(summary.as_dict(), indent=2, sort_keys=True))
    else:
        from clipper import summarytext

        click.echo(summarytext.run_summary(summary))
    if summary.pages_read == 0:
        # A scraper that wrote nothing (or only garbage) must fail the cron job, not pass as a
        # quiet night.
        skipped = summary.skipped_total
        problems = f"{skipped} input{'s' * (skipped != 1)} skipped" if skipped else "no input"
        made = "; no archive was made" if discarded else ""
        click.echo(f"Error: no page was read from {' '.join(paths)} ({problems}){made}", err=True)
        sys.exit(EXIT_NOTHING_READ)


def _archive_for_run(db: str, dry_run: bool, wait_s: float) -> Archive:
    """The run's archive; creating or upgrading it waits ``wait_s`` seconds for another run
    holding it (:class:`clipper.archive.ArchiveBusy` after that)."""
    if dry_run:
        # A dry run on an archive that does not exist yet must not create the file.
        existing = _open(db, create=False, wait_s=wait_s) if _exists(db) else None
        return existing or open_or_fail("sqlite://")
    return _open(db, create=True, wait_s=wait_s)


def _open(db: str, *, create: bool, wait_s: float) -> Archive:
    """:func:`clipper.cli.options.open_or_fail`, but :class:`clipper.archive.ArchiveBusy`
    raised as it is."""
    from clipper.archive import ArchiveBusy, ArchiveError, open_archive

    try:
        return open_archive(db, create=create, lock_wait_s=wait_s)
    except ArchiveBusy:
        raise
    except ArchiveError as error:
        raise click.ClickException(str(error)) from error


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
