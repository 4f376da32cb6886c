"""clipper's command line: parse options, call one library function, report.

Library errors become ``click.ClickException`` (exit code 1, a one-line message); the CLI holds
no SQL and no hashing.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

import click

from clipper import export as exporting
from clipper.archive import Archive, ArchiveBusy, ArchiveError, open_archive
from clipper.config import Config
from clipper.pipeline import RunSummary, dedupe

F = TypeVar("F", bound=Callable[..., Any])

EXIT_BUSY = 3
EXIT_INTERRUPTED = 130


def db_option(function: F) -> F:
    return click.option(
        "--db",
        envvar="CLIPPER_DB",
        default="clipper.db",
        show_default=True,
        help="Archive: an SQLite file path or an SQLAlchemy URL (env: CLIPPER_DB).",
    )(function)


def json_option(function: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")(function)


def open_or_fail(db: str, *, create: bool = True) -> Archive:
    try:
        return open_archive(db, create=create)
    except ArchiveError as error:
        raise click.ClickException(str(error)) from error


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="clipper")
def cli() -> None:
    """clipper: raw news dumps in, a deduplicated archive of canonical articles out."""


@cli.command("dedupe")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@db_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Cleaning processes (default: the machine's cores). The archive is the same for any N.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=None,
    help="Pages per transaction (default 1000).",
)
@click.option("--dry-run", is_flag=True, help="Do everything, then roll back: write nothing.")
@click.option(
    "--wait",
    "wait_s",
    type=click.FloatRange(min=0),
    default=600.0,
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

    PATHS are files or folders (walked recursively): .html/.htm and .txt pages (optionally
    .gz), JSONL records (.jsonl, .jsonl.gz) and WARC/ARC files.

    Exit codes: 0 done (bad inputs are skipped and counted, not errors); 1 the archive could
    not be used; 2 bad usage; 3 another run holds the archive longer than --wait;
    130 interrupted (the batches already committed stay; re-run to finish).

    Example:

        clipper dedupe --db news.db dumps/2026-11-21/ extra/cc-news.warc.gz
    """
    config = Config()
    if workers is not None:
        config = replace(config, workers=workers)
    if batch_size is not None:
        config = replace(config, batch_size=batch_size)
    archive = _archive_for_run(db, dry_run)
    progress = _progress_printer() if sys.stderr.isatty() and not as_json else None
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
        click.echo(f"Error: {error}", err=True)
        sys.exit(EXIT_BUSY)
    except ArchiveError as error:
        raise click.ClickException(str(error)) from error
    except KeyboardInterrupt:
        click.echo("\ninterrupted: committed batches are kept; re-run to finish", err=True)
        sys.exit(EXIT_INTERRUPTED)
    finally:
        archive.close()
    if progress:
        click.echo("", err=True)
    if as_json:
        click.echo(json.dumps(summary.as_dict(), indent=2, sort_keys=True))
    else:
        click.echo(format_summary(summary))


def _archive_for_run(db: str, dry_run: bool) -> Archive:
    if dry_run:
        # A dry run on an archive that does not exist yet must not create the file.
        existing = open_or_fail(db, create=False) if _exists(db) else None
        return existing or open_or_fail("sqlite://")
    return open_or_fail(db)


def _exists(db: str) -> bool:
    from pathlib import Path

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


def format_summary(summary: RunSummary) -> str:
    lines = [
        f"{'Dry run' if summary.dry_run else 'Run ' + str(summary.run_id)}: "
        f"{summary.status} in {summary.seconds:.1f}s",
        f"  pages read               {summary.pages_read:>7}",
        f"  already in the archive   {summary.already_archived:>7}",
        f"  stored                   {summary.stored:>7}",
        f"  exact duplicates         {summary.exact_duplicates:>7}",
        f"  new clusters             {summary.new_clusters:>7}",
        f"  joined earlier clusters  {summary.joined_existing:>7}",
        f"  canonical changes        {summary.canonical_changes:>7}",
        f"  skipped                  {summary.skipped_total:>7}",
    ]
    lines += [f"    {reason:<22} {count:>7}" for reason, count in sorted(summary.skipped.items())]
    if summary.examples:
        lines.append("  first problems:")
        lines += [
            f"    {e['origin']}: {e['reason']} {e['detail']}".rstrip()
            for e in summary.examples[:10]
        ]
    return "\n".join(lines)


@cli.command("export")
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(exporting.FORMATS), default="jsonl", show_default=True
)
@click.option("--with-text", is_flag=True, help="Include the cleaned body text.")
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="File to write (default: standard output).",
)
def export_command(db: str, fmt: str, with_text: bool, output: Any) -> None:
    """Export one record per stored page.

    Fields: url, origin, site, title, published, cluster_id, is_canonical, similarity
    (to the canonical), and text (with --with-text).

    Example:

        clipper export --format csv --with-text -o clippings.csv
    """
    archive = open_or_fail(db, create=False)
    try:
        exporting.write(archive, output, fmt, with_text)
    finally:
        archive.close()


if __name__ == "__main__":
    cli()
