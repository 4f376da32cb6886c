"""The commands that read the archive's articles: ``search``, ``show``, ``clusters``, ``stories``
(what the runs rejected: :mod:`.rejections`; the archive's counts: :mod:`.stats`)."""

from __future__ import annotations

import functools
import json
import os
import shlex
import sys
from datetime import tzinfo

import click

from clipper.cli.options import (
    MAX_COUNT,
    Command,
    Count,
    QueryCommand,
    agency_option,
    author_option,
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
from clipper.quoting import quoted


@click.command("search", cls=QueryCommand)
@click.argument("query", nargs=-1, metavar="QUERY...")
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
@author_option(
    "Only articles a page of which this person wrote (with --variants: the page's own byline)"
)
@agency_option(
    "Only articles a page of which credits this news agency (with --variants: the page's own "
    "credits)"
)
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
    authors: tuple[str, ...],
    agencies: tuple[str, ...],
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
    --author and --agency, as --site, keep an article when any of its pages names the person
    in its byline or credits the agency (an AFP story whose canonical is AFP's own page and
    whose copies credit AFP, or their own staff), with --variants each page by its own; they
    narrow a query (clusters --author/--agency lists an author's or agency's articles).

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
        clipper search --author 'Harbor Wire' --variants strike
    """
    if not query:
        raise click.UsageError(
            _no_words_message(
                db=db,
                sites=sites,
                since=since,
                until=until,
                regions=regions,
                authors=authors,
                agencies=agencies,
            ),
            click.get_current_context(),
        )
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
            authors=authors,
            agencies=agencies,
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
                        searching.count_matches,
                        archive,
                        " ".join(query),
                        variants=variants,
                        zone=zone,
                    ),
                    given_filters(
                        since=since,
                        until=until,
                        sites=sites,
                        languages=languages,
                        regions=regions,
                        authors=authors,
                        agencies=agencies,
                    ),
                ),
                "the words match",
                "page" if variants else "article",
            )
            copies = (
                []
                if variants
                else searching.search(
                    archive,
                    " ".join(query),
                    sites=sites,
                    since=since,
                    until=until,
                    languages=languages,
                    regions=regions,
                    authors=authors,
                    agencies=agencies,
                    variants=True,
                    limit=1,
                    zone=zone,
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


def _no_words_message(
    *,
    db: str,
    sites: tuple[str, ...],
    since: str | None,
    until: str | None,
    regions: tuple[str, ...],
    authors: tuple[str, ...],
    agencies: tuple[str, ...],
) -> str:
    """click's "Missing argument" for a search with no words, and, when filters were given
    (``search --agency NAN``: "all NAN's articles", newcomers 51a and 51b), the ``clusters``
    command that lists what those filters keep, written out to copy."""
    message = "Missing argument 'QUERY...'."
    given = [
        *(("--db", db) for _ in [db] if db not in ("clipper.db", os.environ.get("CLIPPER_DB"))),
        *(("--site", site) for site in sites),
        *(("--since", day) for day in [since] if day),
        *(("--until", day) for day in [until] if day),
        *(("--region", region) for region in regions),
        *(("--author", author) for author in authors),
        *(("--agency", agency) for agency in agencies),
    ]
    if all(name == "--db" for name, _ in given):
        return message
    words = " ".join(f"{name} {shlex.quote(value)}" for name, value in given)
    return (
        f"{message} search matches words; to list the articles these filters keep, "
        f"newest first: clipper clusters --sort recent {words}"
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
def show_command(ref: str, db: str, no_text: bool, diff: bool, zone: tzinfo, as_json: bool) -> None:
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
        raise click.UsageError(f"{quoted(ref)}: a page is page:NUMBER, e.g. page:12")
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
        raise click.UsageError(f"{quoted(ref)}: a story is story:NUMBER, e.g. story:3")
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
@author_option("Only clusters with a page this person wrote")
@agency_option("Only clusters with a page crediting this news agency")
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
    authors: tuple[str, ...],
    agencies: tuple[str, ...],
    limit: int,
    as_json: bool,
) -> None:
    """List variant clusters (an article and its copies): size, outlets, dates, title.

    FIRST SEEN and LAST SEEN are the earliest and latest sighting of a page of the cluster:
    its fetch, else (a saved page, a backfill) its publication time, marked P; where no page
    gives either, when runs archived them, marked A.
    They are shown in --tz's zone, named in their headers when it is not UTC; --json keeps
    UTC.

    --author and --agency list a person's or a news agency's articles: the clusters a page of
    which names the person in its byline, or credits the agency in its byline, dateline or
    closing credit (the canonical's or a copy's: an agency's story and who carried it; show ID
    lists its pages).

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
        clipper clusters --sort recent --author 'hartmann lena'
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
            authors=authors,
            agencies=agencies,
        )
        notes = absent_region_notes(archive, regions)
        if not rows and not as_json:  # which filter left none of the archive's clusters
            from clipper.narrowing import given_filters, narrowing

            narrowed = narrowing_note(
                narrowing(
                    functools.partial(clusterlist.count_clusters, archive, zone=zone),
                    given_filters(
                        since=since,
                        until=until,
                        sites=sites,
                        regions=regions,
                        min_size=min_size,
                        authors=authors,
                        agencies=agencies,
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
