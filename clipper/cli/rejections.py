"""``clipper rejections``: what the runs did not store, and why (the notes on pages they stored
without the date they give, or whose WARC revisit found its page, with ``--reason``)."""

from __future__ import annotations

from datetime import tzinfo

import click

from clipper.cli.options import (
    Command,
    Count,
    db_option,
    json_lines_option,
    limit_option,
    open_archive,
    tz_option,
)
from clipper.cli.output import (
    print_list,
)


@click.command("rejections", cls=Command)
@db_option
@click.option(
    "--run",
    "run_id",
    type=Count(1),
    help="The run whose rejections to list (default: the newest, which an empty answer "
    "names; clipper stats lists runs).",
)
@click.option(
    "--reason",
    "reasons",
    multiple=True,
    metavar="REASON",
    help="Only this reason (repeatable), e.g. bad-json, too-short, truncated; date-unread: "
    "the pages stored without the date they give.",
)
@click.option(
    "--all",
    "with_not_pages",
    is_flag=True,
    help="Also the crawl's housekeeping: WARC request/metadata/DNS records, images, scripts.",
)
@click.option(
    "--all-runs",
    is_flag=True,
    help="Of every run, not only one (each line names its run).",
)
@click.option(
    "--url",
    metavar="URL",
    help="Only the rejections of the page at this address (any spelling), over every run "
    "(housekeeping included).",
)
@click.option(
    "--origin",
    metavar="ORIGIN",
    help="Only the rejections of this input as printed (dumps/wire.jsonl:15, a file, "
    "crawl.warc.gz@1234), over every run.",
)
@tz_option(shows_times=True)
@limit_option(100, "rejections")
@json_lines_option
def rejections_command(
    db: str,
    run_id: int | None,
    reasons: tuple[str, ...],
    with_not_pages: bool,
    all_runs: bool,
    url: str | None,
    origin: str | None,
    zone: tzinfo,
    limit: int,
    as_json: bool,
) -> None:
    """List the inputs a run could not store, as it recorded them: origin (file,
    file:LINE or file@OFFSET), reason and detail, in the order the input reads (by file,
    then line or offset as a number).  The dedupe summary only counts them.
    --url or --origin lists one page's rejections over every run (with --run, that run's),
    each with when its reading was fetched, in --tz's zone.  --all-runs lists every run's.

    The pages a run stored without the date they give (the summary's "dates not read": a
    date line or a record's date field not read, a date after the fetch, an "updated" line
    alone) are listed by --reason date-unread, not among the rejections otherwise; so are
    the WARC revisit records that found their page (--reason revisit-matched; the summary's
    "revisits of known pages"), while --all lists those that found none as warc-revisit.
    A list without --reason ends by saying how many of either the run recorded, and the
    command that lists them.

    --json prints JSON Lines, one rejection per line: run_id, origin, reason, detail,
    url (the page's address when it had one, else null), fetched_at (when the reading
    rejected was fetched, UTC with its offset; null when unknown).

    Example:

    \b
        clipper rejections --reason bad-json --reason no-body
        clipper rejections --url https://dailyharbor.example/news/empty
        clipper rejections --origin fixtures/jsonl/news-please.jsonl:3
        clipper rejections --reason date-unread --all-runs
    """
    from clipper import rejections as rejecting
    from clipper import rejectiontext

    with open_archive(db, usage=(rejecting.UnknownReason,), failures=(rejecting.NoRun,)) as archive:
        run, rows = rejecting.rejections(
            archive,
            run_id=run_id,
            reasons=reasons,
            with_not_pages=with_not_pages,
            limit=limit + 1,  # one more than shown: whether the limit cut the list
            url=url,
            origin=origin,
            all_runs=all_runs and run_id is None,
        )
        # none of the reasons asked for in a run: say whether it has others
        asked_run = bool(reasons and run and not rows and url is None and origin is None)
        others = rejecting.run_count(archive, run) if asked_run and run else 0
        # the notes on pages stored, which a list without --reason leaves out: say so
        listed = not reasons and url is None and origin is None
        notes = rejecting.kept_notes(archive, run) if listed and not as_json else {}
    of = " and ".join(filter(None, (url, origin))) or None
    print_list(
        rows,
        limit,
        as_json,
        lambda row: row.as_dict(),
        lambda shown, more: rejectiontext.rejection_rows(
            run,
            shown,
            more,
            reasons=reasons,
            of=of,
            others=others,
            zone=zone,
            notes=notes,
            newest=run_id is None and of is None,
        ),
    )
