"""``clipper stats``: the archive's counts, top sites and runs, or a selection's counts (a span,
sites, languages, regions, a query or a watchlist)."""

from __future__ import annotations

import json
from datetime import tzinfo
from typing import Any

import click

from clipper.cli.options import (
    Command,
    Count,
    date_option,
    db_option,
    json_option,
    lang_option,
    open_archive,
    region_option,
    site_option,
    tz_option,
)
from clipper.cli.output import (
    absent_language_notes,
    absent_region_notes,
    print_notes,
)
from clipper.quoting import quoted


@click.command("stats", cls=Command)
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
@tz_option(shows_times=True)
@date_option("--since", "Count only pages published (else fetched, else stored) on or after this")
@date_option("--until", "Count only pages published (else fetched, else stored) on or before this")
@site_option("Count only the pages of this site or its subdomains")
@lang_option("Count only pages in this language")
@region_option("Count only pages of this country")
@click.option(
    "--query", metavar="Q", help="Count only pages whose title or text match Q (search's language)."
)
@click.option(
    "--watch",
    "watch_names",
    multiple=True,
    metavar="NAME",
    help="Count only pages a saved watchlist follows; repeat: any of them.",
)
@json_option
def stats_command(
    db: str,
    top: int,
    runs: int,
    zone: tzinfo,
    since: str | None,
    until: str | None,
    sites: tuple[str, ...],
    languages: tuple[str, ...],
    regions: tuple[str, ...],
    query: str | None,
    watch_names: tuple[str, ...],
    as_json: bool,
) -> None:
    """Summarise the archive: pages, clusters, stories, word-for-word copies (as dedupe's summary
    says: variants whose text is their canonical's), rejections by reason, top sites and recent
    runs; or, given a filter, the pages it selects.

    With --watch, --since/--until, --site, --lang, --region or --query, the counts of the
    pages clipper export would write for the same options (a month of a client's
    watchlist for a report): pages (addresses; older versions apart), articles (clusters),
    stories, outlets (registrable domains), the first and last day, and the outlets with
    most pages (--top).  --json then prints {selection, pages, older_versions,
    stored_pages, articles, stories, outlets, pages_without_site, first_day, last_day (on
    --tz's calendar; a time its source wrote without a zone, its own day), top_outlets
    [{outlet, pages, articles}]}.

    Pages count addresses or files: a page stored again with a changed headline or text (its
    next version) counts once, and the versions kept beyond one a page are counted apart:
    "pages 20 (+3 older versions: 23 stored)", 23 being the rows clipper export writes.

    --json prints one JSON document: pages, clusters, variants, exact_duplicates (the
    word-for-word copies),
    multi_page_clusters, largest_cluster, sites, outlets (sites by registrable domain, as every
    outlet count), pages_without_site, skipped_inputs (distinct inputs and reasons), rejections
    (skipped inputs summed over runs: a dump read twice counts twice), rejections_by_reason
    {reason: count} (those rejections by reason, most first), skipped_by_reason {reason: count}
    (the skipped inputs by reason, an input once however often read: the lines under "skipped
    inputs"), stories and multi_cluster_stories (clipper stories' count, and those of 2+
    articles), first_date, last_date, top_sites [{site, pages, clusters}], runs_total and runs
    (newest first) [{run_id, started_at, finished_at, status, inputs, counts}], where counts is
    the run's summary as clipper dedupe --json printed it; a run killed outright reads
    "interrupted" once no process holds the archive; size_bytes, older_versions, stored_pages
    (pages + older_versions: every stored text, the rows clipper export writes and the runs'
    "stored" add up to).  A run's start is shown in --tz's zone, named in its header when it is
    not UTC (UTC in --json).

    Example:

    \b
        clipper stats --db news.db --top 20
        clipper stats --watch Transport --since 2025-03-01 --until 2025-03-31
    """
    from clipper import archivestats, layout, statstext

    if since or until or sites or languages or regions or query or watch_names:
        _selection_stats(
            db,
            top,
            zone,
            as_json,
            since=since,
            until=until,
            sites=sites,
            languages=languages,
            regions=regions,
            query=query,
            watches=watch_names,
        )
        return
    with open_archive(db) as archive:
        summary = archivestats.stats(archive, top=top, runs=runs)
    if as_json:
        click.echo(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    else:
        shown = archive.url_for_humans if "://" in (db or "") else db  # never a password
        click.echo(statstext.stats(summary, layout.terminal_width(), archive=shown, zone=zone))


def _selection_stats(db: str, top: int, zone: tzinfo, as_json: bool, **given: Any) -> None:
    """``clipper stats`` given a filter: the counts of the pages it selects."""
    from clipper import layout, selectionstats, statstext
    from clipper.export import Filters

    unknown: tuple[type[Exception], ...] = ()
    if given["watches"]:
        from clipper.digest.watchlists import UnknownWatchlist

        unknown = (UnknownWatchlist,)
    filters = Filters(zone=zone, **given)
    with open_archive(db, unknown_watchlist=unknown) as archive:
        notes = absent_language_notes(archive, given["languages"]) + absent_region_notes(
            archive, given["regions"]
        )
        found = selectionstats.selection_counts(archive, filters, top=top, clock=zone)
    what = "; ".join(
        part
        for part in (
            ", ".join(f"watchlist {name}" for name in given["watches"]),
            f"{given['since'] or '…'} – {given['until'] or '…'}"
            if given["since"] or given["until"]
            else "",
            " ".join(f"--site {site}" for site in given["sites"]),
            " ".join(f"--lang {language}" for language in given["languages"]),
            " ".join(f"--region {region}" for region in given["regions"]),
            f"--query {quoted(given['query'])}" if given["query"] else "",
        )
        if part
    )
    if as_json:
        click.echo(json.dumps({"selection": what, **found.as_dict()}, ensure_ascii=False, indent=2))
    else:
        click.echo(statstext.selection_stats(found, layout.terminal_width(), what))
    print_notes(notes)
