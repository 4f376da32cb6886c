"""The commands that read the archive: ``search``, ``show``, ``clusters``, ``rejections``,
``stats``, ``stories``."""

from __future__ import annotations

import functools
import json
import sys
from datetime import tzinfo
from typing import Any

import click

from clipper.cli.options import (
    MAX_COUNT,
    Command,
    Count,
    QueryCommand,
    date_option,
    db_option,
    json_lines_option,
    json_option,
    lang_option,
    limit_option,
    open_archive,
    region_option,
    site_option,
    tz_option,
)
from clipper.cli.output import (
    absent_language_notes,
    absent_region_notes,
    exit_merged,
    narrowing_note,
    note_lowercase_operators,
    print_list,
    print_notes,
)


@click.command("search", cls=QueryCommand)
@click.argument("query", nargs=-1, required=True)
@db_option
@site_option(
    "Only stories this site or a subdomain of it carried (people.com.cn takes "
    "politics.people.com.cn; with --variants: its own pages)"
)
@date_option(
    "--since", "A page of the article published (else fetched, else stored) on or after this"
)
@date_option(
    "--until", "A page of the article published (else fetched, else stored) on or before this"
)
@tz_option()
@lang_option("Only articles in this language")
@region_option("Only articles of this country")
@click.option("--variants", is_flag=True, help="Search every copy, not only canonical articles.")
@click.option("--by-story", is_flag=True, help="Group the hits by story (same event).")
@limit_option(20, "hits")
@json_lines_option
def search_command(
    query: tuple[str, ...],
    db: str,
    sites: tuple[str, ...],
    since: str | None,
    until: str | None,
    zone: tzinfo,
    languages: tuple[str, ...],
    regions: tuple[str, ...],
    variants: bool,
    by_story: bool,
    limit: int,
    as_json: bool,
) -> None:
    """Full-text search of the canonical articles, best match first (titles count 10x).

    A copy's own headline and text (an outlet's re-headlined wire story) are searched only
    with --variants; a search that finds no canonical article says so when a copy matches.

    QUERY: words (all must match), "exact phrases", prefix* ("three-day stri*" too),
    AND, OR, NOT (upper case; "a AND NOT b" works too) and ( ) for grouping.  NOT needs a
    term on each side.  Quote the whole query for the shell so its quotes reach clipper.
    --since/--until go by the publication date, else the fetch date, else when clipper
    stored the page: an article is found when any of its pages is inside (as clusters finds
    it), a line naming that page when its canonical is not; with --variants, each page's own.

    Matches in snippets are bold on a terminal, else between [ and ].  DATE is a day of --tz's
    zone, as --since/--until's are; one ending in ? is the day the page was fetched: it gives
    no publication date.  --json prints JSON
    Lines, one hit per line: cluster_id, story_id, page_id, is_canonical, title, site, date, url,
    outlets (distinct registrable sites among the cluster's pages), pages, score (bm25, lower is
    better), snippet (matches between [ and ]), date_zoneless (true: date is a publication time
    its page gave without a time zone, as written, not UTC), date_source (declared or guessed:
    date is the publication date; fetched: the page gives none, date is its fetch time),
    partial (why the page's stored text is cut short: a size limit, a paywall's trailer, a
    record ending early; null for a whole text), window_page_id, window_site, window_date,
    window_zoneless (with --since/--until, the page inside them when the canonical is not;
    else null, false).

    Example:

    \b
        clipper search --since 2025-03-01 'crane* AND (strike OR walkout) NOT "night market"'
    """
    # Imported here so commands other engineers own do not depend on the query modules.
    from clipper import layout, render
    from clipper import search as searching

    marks = layout.PLAIN_MARKS if as_json else layout.match_marks(sys.stdout.isatty())
    with open_archive(db) as archive:
        hits = searching.search(
            archive,
            " ".join(query),
            sites=sites,
            since=since,
            until=until,
            languages=languages,
            variants=variants,
            limit=limit + 1,  # one more than shown: whether the limit cut the list
            marks=marks,
            zone=zone,
            regions=regions,
        )
    hits = print_list(
        hits,
        limit,
        as_json,
        lambda hit: hit.as_dict(),
        lambda shown, more: render.hits(
            shown, layout.terminal_width(), by_story=by_story, more=more, zone=zone
        ),
    )
    if not as_json and not hits:
        from clipper.narrowing import given_filters, narrowing

        note_lowercase_operators(" ".join(query))
        with open_archive(db) as archive:
            print_notes(absent_language_notes(archive, languages))
            print_notes(absent_region_notes(archive, regions))
            # which filter left nothing of what the words match (newcomer 41: a --region CO
            # miss blamed the words)
            narrowed = narrowing_note(
                narrowing(
                    functools.partial(
                        searching.count_matches, archive, " ".join(query), variants=variants,
                        zone=zone,
                    ),
                    given_filters(
                        since=since, until=until, sites=sites, languages=languages,
                        regions=regions,
                    ),
                ),
                "the words match",
                "page" if variants else "article",
            )
            copies = (
                []
                if variants
                else searching.search(
                    archive, " ".join(query), sites=sites, since=since, until=until,
                    languages=languages, regions=regions, variants=True, limit=1, zone=zone,
                )
            )
        if narrowed:
            click.echo(narrowed, err=True)
        if copies:
            click.echo(
                "note: a copy's own page passes these filters: --variants searches every copy"
                if narrowed
                else "note: no canonical article matches, but a copy's own headline or text "
                "does: --variants searches every copy",
                err=True,
            )


@click.command("show", cls=Command)
@click.argument("ref", metavar="ID|page:ID|story:ID|URL|ORIGIN")
@db_option
@click.option("--no-text", is_flag=True, help="Leave out the article's text.")
@click.option(
    "--diff",
    is_flag=True,
    help="What changed between this page and its next version (the previous one for the "
    "newest), as a unified diff of paragraphs.",
)
@tz_option(shows_times=True)
@json_option
def show_command(
    ref: str, db: str, no_text: bool, diff: bool, zone: tzinfo, as_json: bool
) -> None:
    """Show a cluster (an article and every copy of it), or a story (its articles).

    ID is a cluster id (the ID column of search and clusters); page:ID is a page id (as
    in export or Datasette); story:ID lists a story's different articles (clusters, from
    clipper stories); a URL, or an origin as export and rejections print it
    (dumps/wire.jsonl:15, crawl.warc.gz@1234, a text dump's path), finds the cluster of that
    page (a URL: its newest version).  A page asked for that is not its cluster's canonical
    (an earlier version, another outlet's copy) is shown with its own text, then the
    canonical.  A page seen with several texts says which version it is and whether a newer
    one exists, and whether a later text of it was rejected.  Each copy shows its site,
    date ("(guessed)" after a publication date found in its text or URL, not declared;
    "fetched …" for a page with no publication date: date_source), URL, similarity to the
    canonical and what differs: exact copy, headline changed,
    trimmed (kept 3 of 9 paragraphs), N paragraphs edited, +N paragraphs.  An address or
    origin that a run read but did not store says which run rejected it and why; a file a run
    read as already archived (its page stored from another dump first) is read again and
    shown as the page it holds, saying where that page was read first.

    --diff prints what changed between the page (a cluster id: its canonical) and its next
    version, or its previous one: a summary, the time each version goes by (its fetch time,
    else its publication date, else when a run archived it), then a unified diff with one
    paragraph a line (the headline as "# HEADLINE").  "First seen" and "last seen" say which
    time they are (fetched, published: a page not fetched, or archived: stored by a run, no
    page gave a fetch or publication time) where a page of the cluster has no fetch time.
    Times are shown in --tz's zone, named after each ("2026-12-02 21:30 WIB"), a
    publication time its source wrote without a zone as written (UTC in --json).

    --json prints one JSON document: cluster_id, size, outlets, first_seen, last_seen,
    first_seen_as, last_seen_as ("fetched", "published", "archived" or null),
    first_seen_zoneless, last_seen_zoneless (true: a publication time written without a zone,
    on no known clock, as written), requested_page_id,
    canonical {page_id, title, site, date, url, origin, language, word_count, version, text,
    date_source, partial (why its text is cut short; null: whole)} and variants [{page_id,
    title, site, date, url, origin, version, similarity, containment, is_exact_duplicate,
    changes {summary, kept, edited, extra, canonical_paragraphs}, date_source, partial}],
    carried_in and carries [{cluster_id,
    page_id, title, site, url, containment}] (a roundup holding the article whole; articles
    it holds whole), requested (the page asked for: as canonical, plus versions [{page_id, version,
    cluster_id}], rejected_later, what a later run said of a text it did not store, and
    later_rejection {run_id, origin, reason, detail, runs, fetched_at}, that rejection, and
    read_first_from, the origin it was stored from when another file named it,
    cut_short_fetches [{page_id, fetched_at, partial}], readings cut short kept beside the
    versions, no version (version 0; partial null: a shorter reading of a version's capture);
    null for a cluster id).  story:ID prints {story: {as a
    line of clipper stories --json}, clusters: [{cluster_id, size, day, canonical_page_id,
    title, url, site}]}.  --diff --json prints {older, newer: {page_id, version, title, date,
    seen_at, text, fetched_at}, versions, summary, diff}.

    An address a crawl read as an HTTP redirect to a stored page (a short or tracking link)
    shows that page, saying so on stderr.  An ID or story:ID a later run merged into another
    says where it went ("cluster 2 was
    merged into cluster 1 in run 2") and exits 5; with --json stdout gets {error, merged:
    {kind, id, merged_into, run_id, then}}.  Exit codes: 0 shown; 1 the archive could not be
    used, or no such page, cluster or story; 2 bad usage; 5 merged into another.

    Example:

    \b
        clipper show 1
        clipper show story:3
        clipper show https://dailyharbor.example/news/2025/03/11/aldermouth-dockworkers-strike-automated-cranes
        clipper show fixtures/jsonl/news-please.jsonl:2
        clipper show page:11 --diff
    """
    from clipper import browse, layout, showtext, versions

    if ref.startswith("story:"):
        if diff:
            raise click.UsageError("--diff compares versions of a page, not a story")
        _show_story(ref, db, zone, as_json)
        return
    if ref.lower().startswith("page:") and not ref[5:].strip().isdigit():
        raise click.UsageError(f"{ref!r}: a page is page:NUMBER, e.g. page:12")
    from clipper.refs import REDIRECT_HOPS, MergedAway, Redirected

    moved: MergedAway | None = None
    with open_archive(db, failures=(browse.NotFound,)) as archive:
        # an address read as a redirect to a stored page shows that page, said on stderr
        # (a short or tracking link; at most REDIRECT_HOPS, so a loop ends)
        for hop in range(REDIRECT_HOPS + 1):
            try:
                found = (
                    versions.version_diff(archive, ref)
                    if diff
                    else browse.show(archive, ref, None if as_json else zone)
                )
                break
            except MergedAway as error:
                moved = error
                break
            except Redirected as error:
                if hop == REDIRECT_HOPS:
                    raise browse.NotFound(f"{error}: more than {REDIRECT_HOPS} redirects") from None
                click.echo(f"note: {error}: showing it", err=True)
                ref = error.target
    if moved is not None:
        exit_merged(moved)
    width = layout.terminal_width()
    if isinstance(found, versions.VersionDiff):
        document = found.as_dict()
        if no_text:
            del document["older"]["text"], document["newer"]["text"]
        shown = showtext.version_diff(found, width, zone)
    else:
        document = found.as_dict()
        if no_text:
            del document["canonical"]["text"]
            if document["requested"] is not None:
                del document["requested"]["text"]
        shown = showtext.cluster(found, width, with_text=not no_text, zone=zone)
    click.echo(json.dumps(document, ensure_ascii=False, indent=2) if as_json else shown)


def _show_story(ref: str, db: str, zone: tzinfo, as_json: bool) -> None:
    from clipper import layout, render, stories, storydays
    from clipper.refs import merged_away

    number = ref.removeprefix("story:")
    if not number.isdigit():
        raise click.UsageError(f"{ref!r}: a story is story:NUMBER, e.g. story:3")
    if int(number) > MAX_COUNT:
        raise click.ClickException(f"no story {number} in this archive (see clipper stories)")
    with open_archive(db) as archive, archive.sessions() as session:
        detail = stories.story_detail(session, int(number))
        moved = merged_away(session, "story", int(number)) if detail is None else None
        if detail is not None:  # its days in --tz's zone, as stories lists them
            detail = storydays.story_in_zone(session, detail, zone)
    if moved is not None:
        exit_merged(moved)
    if detail is None:
        raise click.ClickException(f"no story {number} in this archive (see clipper stories)")
    if as_json:
        click.echo(json.dumps(detail.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render.story_detail(detail, layout.terminal_width()))


@click.command("clusters", cls=Command)
@db_option
@click.option(
    "--sort",
    type=click.Choice(["size", "recent"]),
    default="size",
    show_default=True,
    help="size: most pages first; recent: most recently seen first.",
)
@date_option("--since", "Only clusters with a page seen on or after this")
@date_option("--until", "Only clusters with a page seen on or before this")
@tz_option(shows_times=True)
@click.option(
    "--min-size",
    type=Count(1),
    default=1,
    show_default=True,
    help="Fewest pages.",
)
@site_option("Only clusters with a page from this site or a subdomain of it")
@region_option("Only clusters with a page of this country")
@limit_option(20, "clusters")
@json_lines_option
def clusters_command(
    db: str,
    sort: str,
    since: str | None,
    until: str | None,
    zone: tzinfo,
    min_size: int,
    sites: tuple[str, ...],
    regions: tuple[str, ...],
    limit: int,
    as_json: bool,
) -> None:
    """List variant clusters (an article and its copies): size, outlets, dates, title.

    FIRST SEEN and LAST SEEN are the earliest and latest sighting of a page of the cluster:
    its fetch, else (a saved page, a backfill) its publication time, marked P; where no page
    gives either, when runs archived them, marked A.
    They are shown in --tz's zone, named in their headers when it is not UTC; --json keeps
    UTC.

    --json prints JSON Lines, one cluster per line: cluster_id, size, outlets,
    first_seen, last_seen (a day alone, YYYY-MM-DD, where a page gave its day without a
    time), seen_as (which time first_seen is: fetched, published or archived), first_seen_as,
    last_seen_as (which time each is), canonical_page_id,
    title, site, date, url, date_zoneless (the date is a publication time its source gave no
    zone: written as stored, no offset), date_source (declared or guessed: a publication date;
    fetched: the fetch time), first_seen_zoneless, last_seen_zoneless (as date_zoneless, for
    first_seen and last_seen).

    Example:

        clipper clusters --sort recent --since 2025-03-01 --min-size 3
    """
    from clipper import clusterlist, layout, render

    with open_archive(db) as archive:
        rows = clusterlist.clusters(
            archive,
            sort="recent" if sort == "recent" else "size",
            since=since,
            until=until,
            min_size=min_size,
            sites=sites,
            limit=limit + 1,  # one more than shown: whether the limit cut the list
            zone=zone,
            regions=regions,
        )
        notes = absent_region_notes(archive, regions)
        if not rows and not as_json:  # which filter left none of the archive's clusters
            from clipper.narrowing import given_filters, narrowing

            narrowed = narrowing_note(
                narrowing(
                    functools.partial(clusterlist.count_clusters, archive, zone=zone),
                    given_filters(
                        since=since, until=until, sites=sites, regions=regions, min_size=min_size
                    ),
                ),
                "the archive holds",
                "cluster",
            )
            notes += [narrowed] if narrowed and not notes else []
    print_list(
        rows,
        limit,
        as_json,
        lambda row: row.as_dict(),
        lambda shown, more: render.cluster_rows(
            shown, layout.terminal_width(), more=more, zone=zone
        ),
    )
    print_notes(notes)


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

    with open_archive(
        db, usage=(rejecting.UnknownReason,), failures=(rejecting.NoRun,)
    ) as archive:
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
            db, top, zone, as_json, since=since, until=until, sites=sites,
            languages=languages, regions=regions, query=query, watches=watch_names,
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
            if given["since"] or given["until"] else "",
            " ".join(f"--site {site}" for site in given["sites"]),
            " ".join(f"--lang {language}" for language in given["languages"]),
            " ".join(f"--region {region}" for region in given["regions"]),
            f"--query {given['query']!r}" if given["query"] else "",
        )
        if part
    )
    if as_json:
        click.echo(
            json.dumps({"selection": what, **found.as_dict()}, ensure_ascii=False, indent=2)
        )
    else:
        click.echo(statstext.selection_stats(found, layout.terminal_width(), what))
    print_notes(notes)


@click.command("stories", cls=Command)
@db_option
@date_option("--since", "Only stories with a report on or after this day")
@date_option("--until", "Only stories with a report on or before this day")
@tz_option()
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
    db: str,
    since: str | None,
    until: str | None,
    zone: tzinfo,
    min_size: int,
    limit: int,
    as_json: bool,
) -> None:
    """List stories: different articles about the same event, latest first.

    Columns: story id, articles (clusters), pages, outlets (distinct registrable sites; "-" when no
    page has one), first and last day its pages were published (days of --tz's zone, as the
    filters'; "unknown" when no page gives a date: the day a page was fetched or archived is
    not its day), title of the story's largest cluster, after "[cut short: paywall]" when no
    page of the story holds a whole text (a paywall's teaser alone).  --json prints JSON Lines,
    one story per line: story_id (also as id, its first name), title, first_day, last_day
    (null when unknown), first_seen, last_seen (UTC with their zone, as clusters' JSON; a day
    alone as clusters' JSON gives it), size,
    pages, outlets, lead_page_id, partial (why its text was cut short, "paywall"; null for a
    story with a whole text).

    --since/--until keep the stories with a report (a page dated so) in those days of --tz's
    zone.

    Example:

        clipper stories --db news.db --since yesterday --tz Asia/Seoul --min-size 2
    """
    from clipper import layout, render, storydays

    narrowed = None
    with open_archive(db) as archive, archive.sessions() as session:
        # the days shown, and their order, are days of --tz, as the filter's are
        found = storydays.latest_stories(
            session,
            since=since,
            until=until,
            min_size=min_size,
            limit=limit + 1,  # one more than shown: whether the limit cut the list
            zone=zone,
        )
        if not found and not as_json:  # which filter left none of the archive's stories
            from clipper.narrowing import given_filters, narrowing
            from clipper.stories.queries import count_stories

            narrowed = narrowing_note(
                narrowing(
                    functools.partial(count_stories, session, zone=zone),
                    given_filters(since=since, until=until, min_size=min_size),
                ),
                "the archive holds",
                "story",
                "stories",
            )
    print_list(
        found,
        limit,
        as_json,
        lambda summary: summary.as_dict(),
        lambda shown, more: render.story_rows(shown, layout.terminal_width(), more=more),
    )
    if narrowed:
        click.echo(narrowed, err=True)
