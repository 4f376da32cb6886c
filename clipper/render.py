"""Text for people: the terminal layouts of ``search``, ``show story:``, ``clusters``,
``stories``, ``rejections``, ``watch list`` and ``stats`` (``show`` of a cluster or page:
:mod:`clipper.showtext`; ``dedupe``'s summary: :mod:`clipper.summarytext`).

Layouts fit a given width (the CLI passes the terminal's).  Titles and other free text are cut
with "…"; URLs are never cut (a cut URL cannot be opened), so a URL longer than the terminal
wraps.  Widths are counted in terminal cells (:mod:`clipper.layout`).

``outlets`` counts distinct known sites: where it is 0 (pages without a site, e.g. text dumps),
tables show "-" and prose says "site unknown", never "0 outlets".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from clipper.layout import (
    ELLIPSIS,
    MIN_WIDTH,
    NO_ZONE,
    SNIPPET_LINES,
    WIDE,
    facts,
    fit,
    outlet_cell,
    outlets_phrase,
    plural,
    shown_time,
    table,
    wrap_cells,
)
from clipper.localdays import local_day
from clipper.searchfilters import FETCHED
from clipper.sites import readable

if TYPE_CHECKING:  # each command imports the module of its own rows, not the others'
    from datetime import tzinfo

    from clipper.archivestats import Stats
    from clipper.browse import ClusterRow
    from clipper.digest.watchlists import Watch
    from clipper.rejections import RejectionRow
    from clipper.search import Hit
    from clipper.selectionstats import SelectionCounts
    from clipper.stories import StoryDetail, StorySummary  # (scikit-learn: dedupe's only)

# --- search ----------------------------------------------------------------------------------


def _count_line(count: int, noun: str, many: str, more: bool) -> str:
    """``3 matches``, or ``the first 20 matches (there are more: raise --limit)``."""
    counted = plural(count, noun, many)
    return f"the first {counted} (there are more: raise --limit)" if more else counted


def hits(
    found: Sequence[Hit],
    width: int,
    by_story: bool = False,
    more: bool = False,
    zone: tzinfo | None = None,
) -> str:
    """A table of hits, each followed by its snippet (matches between the caller's markers);
    ``by_story`` groups them under their stories, the story of the best hit first; ``more``:
    the limit cut the list, so the count says it is not all of them.  A hit's DATE is its day
    in ``zone`` (``--tz``; None: UTC), the zone its ``--since``/``--until`` went by."""
    if not found:
        return "No matches."
    if by_story:
        groups: dict[int | None, list[Hit]] = {}
        for hit in found:
            groups.setdefault(hit.story_id, []).append(hit)
        sections = []
        for story_id, members in groups.items():
            # an article is a cluster: with --variants its copies are hits of their own
            articles = len({
                (hit.cluster_id, None) if hit.cluster_id is not None else (None, hit.page_id)
                for hit in members
            })
            matching = plural(articles, "matching article")
            if len(members) > articles:
                matching += f", {plural(len(members), 'page')}"
            if story_id is None:
                sections.append(f"== no story yet: {matching}")
            else:
                sections.append(f"== story {story_id}: {matching} (clipper show story:{story_id})")
            sections.extend(_hit_lines(members, width, zone))
            sections.append("")
        matches = _count_line(len(found), "match", "matches", more)
        stories = plural(len(groups), "story", "stories")
        sections.append(f"{matches} in {stories}; clipper show story:ID for a story's articles")
        return "\n".join(sections + _fetch_day_note(found))
    out = _hit_lines(found, width, zone)
    out.append("")
    matches = _count_line(len(found), "match", "matches", more)
    out.append(f"{matches}; clipper show ID for an article's copies")
    return "\n".join(out + _fetch_day_note(found))


# A listed page's day when it gives no publication date and the day shown is the one it was
# fetched (date_source "fetched"): "2026-12-04?", explained under the list (FETCH_DAY_NOTE).
FETCH_DAY_MARK = "?"
FETCH_DAY_NOTE = "DATE with ?: the day the page was fetched (it gives no publication date)"


def listed_day(
    date: str | None,
    date_source: str | None,
    zone: tzinfo | None = None,
    zoneless: bool = False,
) -> str:
    """A listed page's day in ``zone`` (``--tz``; None: UTC; a time written without a zone
    its own wall day: :func:`clipper.localdays.local_day`): its publication date's, or its
    fetch time's marked :data:`FETCH_DAY_MARK` ("2026-12-04?"), or "-" for neither."""
    day = local_day(date, zone, zoneless) or "-"
    return day + FETCH_DAY_MARK if date and date_source == FETCHED else day


def _fetch_day_note(found: Sequence[Hit]) -> list[str]:
    """The note under a list whose DATE marks a fetch day, else nothing."""
    return [FETCH_DAY_NOTE] if any(h.date and h.date_source == FETCHED for h in found) else []


def _hit_lines(found: Sequence[Hit], width: int, zone: tzinfo | None = None) -> list[str]:
    """The hits' table, each row followed by its snippet (see :func:`hits`)."""
    width = max(width, MIN_WIDTH)
    rows = [
        [
            str(hit.cluster_id if hit.is_canonical else f"page:{hit.page_id}"),
            listed_day(hit.date, hit.date_source, zone, hit.date_zoneless),
            outlet_cell(hit.outlets),
            readable(hit.site) if hit.site else "-",
            hit.title or "(untitled)",
        ]
        for hit in found
    ]
    headers = ["ID", "DATE", "OUTLETS", "SITE", "TITLE"]
    lines = table(headers, rows, width, flex=4, right=(2,), shrink=(3,))
    out = [lines[0]]
    indent = "    "
    for line, hit in zip(lines[1:], found, strict=True):
        out.append(line)
        room = width - len(indent)
        snippet = wrap_cells(hit.snippet, room)
        if len(snippet) > SNIPPET_LINES:  # the last line shown says there is more
            snippet[SNIPPET_LINES - 1 :] = [fit(f"{snippet[SNIPPET_LINES - 1]} {ELLIPSIS}", room)]
        out.extend(indent + part for part in snippet)
        if hit.window_page_id is not None:  # the copy inside --since/--until, its canonical not
            when = shown_time(hit.window_date, zone, zoneless=hit.window_zoneless)
            site = readable(hit.window_site) if hit.window_site else "site unknown"
            out.extend(
                indent + part
                for part in wrap_cells(
                    f"in the window: {site}, {when} (page:{hit.window_page_id})", room
                )
            )
    return out


# A story's or a cluster's day when none of its pages gives a date (the day it was fetched or
# archived is not when it was published: clipper.stories.queries.dated_days).
UNKNOWN_DAY = "unknown"


def _days(first: str | None, last: str | None) -> str:
    """A story's days in its header: "2026-12-03 to 2026-12-04", "day unknown"."""
    return f"{first} to {last}" if first and last else "day unknown (no page gives a date)"


def story_detail(found: StoryDetail, width: int) -> str:
    """A story: its different articles (clusters), earliest first; the header as in
    :func:`cluster`."""
    width = max(width, MIN_WIDTH)
    story = found.story
    header = [
        f"Story {story.id}",
        plural(story.size, "article"),
        plural(story.pages, "page"),
        outlets_phrase(story.outlets),
        _days(story.first_day, story.last_day),
        *([f"read cut short: {story.partial}"] if story.partial else []),
    ]
    out = [
        *facts(header, width),
        *wrap_cells(story.title or "(untitled)", width),
        "",
    ]
    rows = [
        [
            str(c.cluster_id),
            c.day or UNKNOWN_DAY,
            str(c.size),
            readable(c.site) if c.site else "-",
            c.title or "(untitled)",
        ]
        for c in found.clusters
    ]
    out += table(["CLUSTER", "DAY", "PAGES", "SITE", "TITLE"], rows, width, flex=4, right=(2,))
    out += ["", "clipper show CLUSTER for an article and its copies"]
    return "\n".join(out)


# --- stories ---------------------------------------------------------------------------------


def story_rows(found: Sequence[StorySummary], width: int, more: bool = False) -> str:
    """The stories table: id, articles (clusters), pages, outlets, first and last day, title;
    ``more``: the limit cut the list (a last line says so)."""
    if not found:
        return "No stories."
    width = max(width, MIN_WIDTH)
    rows = [
        [
            str(s.id),
            str(s.size),
            str(s.pages),
            outlet_cell(s.outlets),
            s.first_day or UNKNOWN_DAY,
            s.last_day or UNKNOWN_DAY,
            (f"[cut short: {s.partial}] " if s.partial else "") + (s.title or "(untitled)"),
        ]
        for s in found
    ]
    headers = ["STORY", "ARTICLES", "PAGES", "OUTLETS", "FIRST DAY", "LAST DAY", "TITLE"]
    lines = table(headers, rows, width, flex=6, right=(1, 2, 3), shrink=())
    if more:
        lines += ["", _count_line(len(found), "story", "stories", more)]
    return "\n".join(lines)


# --- clusters --------------------------------------------------------------------------------


# How the clusters table marks a first/last seen that is no fetch's (ClusterRow.seen_as), and
# the line under it saying so.
_SEEN_MARKS = {"archived": " A", "published": " P"}
# How it marks a publication time written without a zone, on no clock its header names.
_ZONELESS_MARK = " ?"
_SEEN_NOTES = {
    "archived": "A: when archived (no page fetched or dated)",
    "published": "P: a page's publication time (that page not fetched)",
}


def cluster_rows(
    found: Sequence[ClusterRow], width: int, more: bool = False, zone: tzinfo | None = None
) -> str:
    """A table of clusters; ``more``: the limit cut the list (a last line says so).  First and
    last seen are shown in ``zone`` (``--tz``; None: UTC), the headers naming it when it is
    not UTC ("FIRST SEEN (JST)"); a time that is no fetch's is marked, a line under the table
    saying which ("P": its pages' publication, "A": when archived:
    :attr:`clipper.browse.ClusterRow.seen_as`)."""
    if not found:
        return "No clusters."
    width = max(width, MIN_WIDTH)
    # On narrow terminals the title needs the room more than the times of day do.
    cut = 16 if width >= WIDE else 10
    # a publication time written without a zone, on no known clock, as written
    # (clipper.seentimes.wall_seen): its note "(no time zone given)" is cut with the zone's
    # name, so the cell is marked "?" and a line under the table says it is on no clock the
    # header names (a Malian page's zoneless "16:45" under "LAST SEEN (EAT)" read as 16:45 EAT
    # and came before its cluster's first sighting, 17:20 EAT: newcomer 46, finding 2)
    seen = [
        (
            shown_time(row.first_seen, zone, zoneless=row.first_seen_zoneless),
            shown_time(row.last_seen, zone, zoneless=row.last_seen_zoneless),
        )
        for row in found
    ]

    def cell(time: str, zoneless: bool, kind: str) -> str:  # a day alone is on every clock
        wall = zoneless and len(time) > 10
        return time[:cut] + (_ZONELESS_MARK if wall else "") + _SEEN_MARKS.get(kind, "")

    walls = any(
        (row.first_seen_zoneless and len(first) > 10) or (row.last_seen_zoneless and len(last) > 10)
        for row, (first, last) in zip(found, seen, strict=True)
    )

    rows = [
        [
            str(row.cluster_id),
            str(row.size),
            outlet_cell(row.outlets),
            cell(first, row.first_seen_zoneless, row.first_seen_as),
            cell(last, row.last_seen_zoneless, row.last_seen_as),
            row.title or "(untitled)",
        ]
        for row, (first, last) in zip(found, seen, strict=True)
    ]
    names = {time[17:] for pair in seen for time in pair if len(time) > 16} - {"UTC", NO_ZONE}
    named = f" ({'/'.join(sorted(names))})" if names and cut == 16 else ""
    headers = ["ID", "PAGES", "OUTLETS", f"FIRST SEEN{named}", f"LAST SEEN{named}", "TITLE"]
    lines = table(headers, rows, width, flex=5, right=(1, 2), shrink=())
    marked = sorted(
        {kind for row in found for kind in (row.first_seen_as, row.last_seen_as)}
        & _SEEN_MARKS.keys()
    )
    notes = [_SEEN_NOTES[kind] for kind in marked]
    if walls:
        clock = "/".join(sorted(names)) or "UTC"
        notes.append(
            f"?: as its page wrote it, no time zone given (not {clock}: its clock unknown)"
        )
    if notes:
        # the note in the table's width, as its rows are (both marks: two notes, 93 cells)
        lines += ["", *wrap_cells("; ".join(notes), width)]
    if more:
        lines += ["", _count_line(len(found), "cluster", "clusters", more)]
    return "\n".join(lines)


def rejection_rows(
    run_id: int | None,
    found: Sequence[RejectionRow],
    more: bool = False,
    *,
    reasons: Sequence[str] = (),
    of: str | None = None,
    others: int = 0,
    zone: tzinfo | None = None,
    notes: Mapping[str, int] | None = None,
    newest: bool = False,
) -> str:
    """One line per rejection, ``origin: reason detail`` (as the dedupe summary's problems;
    ``origin (URL): …`` where the page had an address the line does not name otherwise, a WARC
    record's or a JSON record's: :func:`_unnamed_address`), under ``Run N:``, or, for the
    rejections of one page (``of``: its URL or origin, over every run when ``run_id`` is None)
    or of every run (``of`` and ``run_id`` None), ``run N: origin: reason detail``, each with
    when its reading was fetched, "(fetched 2026-11-05 21:30 UTC)" when known (in ``zone``,
    ``--tz``'s; None: UTC); ``more``: the limit cut the list.  Nothing found says what was
    asked: "no too-short rejections in run 3", and ``others``, the run's rejections of other
    reasons when some were asked for; ``newest``: the run is the newest because none was
    asked for, which nothing found says with the options that ask for another or every run
    ("no date-unread rejections in the last run, 2 (--run N for another run, --all-runs for
    every run)").  ``notes``: the notes on pages stored the list left out
    (:func:`clipper.rejections.kept_notes`), each counted on a last line with the command that
    lists them."""
    after = _kept_notes(run_id, notes or {})
    if not found:
        kinds = " or ".join(reasons)
        what = f"no {kinds + ' ' if kinds else ''}rejections"
        if of is not None:
            what += f" of {of}"
        if run_id is None:
            what += " in any run"
        elif newest:
            what += f" in the last run, {run_id} (--run N for another run, --all-runs for every run"
            if others:
                what += f"; {plural(others, 'other rejection')}: clipper rejections"
            what += ")"
        else:
            what += f" in run {run_id}"
            if others:
                what += f" ({plural(others, 'other rejection')}: clipper rejections --run {run_id})"
        return "\n".join([what + ".", *after])
    def fetched(row: RejectionRow) -> str:  # one page's: when each of its readings was fetched
        return f" (fetched {shown_time(row.fetched_at, zone)})" if of and row.fetched_at else ""

    def where(row: RejectionRow) -> str:  # the input, and the page's address where it has one
        return f"{row.origin} ({row.url})" if _unnamed_address(row, of) else row.origin

    if run_id is not None:
        lines = [f"Run {run_id}:" if of is None else f"Run {run_id}, rejections of {of}:"]
        lines += [
            f"  {where(row)}: {row.reason} {row.detail}".rstrip() + fetched(row) for row in found
        ]
    else:
        lines = [f"Rejections of {of}:" if of is not None else "Every run:"]
        lines += [
            f"  run {row.run_id}: {where(row)}: {row.reason} {row.detail}".rstrip() + fetched(row)
            for row in found
        ]
    if more:
        lines += ["", _count_line(len(found), "rejection", "rejections", more)]
    if after:
        lines += ["", *after]
    return "\n".join(lines)


# What the notes on pages stored (clipper.page.KEPT_NOTES) are, as a list without --reason
# names them: they are not rejections, so it leaves them out.
_NOTES = {
    "date-unread": (
        "page stored without the date it gives", "pages stored without the date they give"
    ),
    "revisit-matched": (
        "WARC revisit record matched its page", "WARC revisit records matched their page"
    ),
}


def _kept_notes(run_id: int | None, notes: Mapping[str, int]) -> list[str]:
    """A line for each kind of note ``notes`` counts: "Not listed (not rejections): 5 pages
    stored without the date they give (clipper rejections --run 2 --reason date-unread)"."""
    scope = f"--run {run_id}" if run_id is not None else "--all-runs"
    lines = []
    for reason, (one, many) in _NOTES.items():
        count = notes.get(reason, 0)
        if count:
            lines.append(
                f"Not listed (not rejections): {count:,} {one if count == 1 else many} "
                f"(clipper rejections {scope} --reason {reason})"
            )
    return lines


def _unnamed_address(row: RejectionRow, of: str | None) -> bool:
    """Whether a rejection's line should name the page's address (``row.url``): it has one and
    neither its origin (a WARC record's ``crawl.warc.gz@23534``, a record's ``night.jsonl:8``),
    its detail ("HTTP 404: https://…", "301 http://… -> …") nor the list's heading (``of``,
    ``--url``'s) names it already, in any scheme or with a closing slash."""
    if not row.url:
        return False
    bare = re.escape(row.url.split("://", 1)[-1].rstrip("/").casefold())
    said = " ".join((row.origin, row.detail, of or "")).casefold()
    # the whole address, not the start of a longer one ("…/economia" in "…/economia/story")
    return re.search(rf"{bare}/?(?=$|[\s)\],;?#])", said) is None


# --- watchlists ------------------------------------------------------------------------------


def watchlists(found: Sequence[Watch]) -> str:
    """One line per watchlist: ``name: query  [sites: a, b]  [languages: en]``."""
    if not found:
        return "No watchlists (add one with clipper watch add NAME QUERY)."
    return "\n".join(f"{watch.name}: {watch_line(watch)}" for watch in found)


def watch_line(watch: Watch) -> str:
    """``query  [sites: a, b]  [languages: en]``: a watchlist as ``watch list`` and ``watch
    add`` print it."""
    limits = "".join(
        f"  [{label}: {', '.join(values)}]"
        for label, values in (("sites", watch.sites), ("languages", watch.languages))
        if values
    )
    return f"{watch.query}{limits}"


# --- stats -----------------------------------------------------------------------------------


def _pages_stored(pages: int, older_versions: int) -> str:
    """``20``, or ``20 (+3 older versions: 23 stored)``: the runs' "stored" and export's rows
    count every version, so both numbers are said."""
    if not older_versions:
        return f"{pages}"
    plural = "s" if older_versions != 1 else ""
    return f"{pages} (+{older_versions} older version{plural}: {pages + older_versions} stored)"


def _over_all_runs(inputs: int, rejections: int) -> str:
    """``3``, or ``3 (4 over all runs)`` when the runs rejected those inputs more often (a
    dump read twice counts twice in the runs' figure)."""
    return f"{inputs}" if rejections == inputs else f"{inputs} ({rejections} over all runs)"


def stats(found: Stats, width: int, archive: str = "", zone: tzinfo | None = None) -> str:
    """The archive's facts, top sites and runs; the first and last day of its pages and a
    run's start in ``zone`` (``--tz``; None: UTC), the STARTED header naming it when it is not
    UTC ("STARTED (WIB)")."""
    width = max(width, MIN_WIDTH)
    dates = (
        f"{local_day(found.first_date, zone)} … {local_day(found.last_date, zone)}"
        if found.first_date
        else "-"
    )
    skipped = _over_all_runs(found.skipped_inputs, found.rejections)
    facts = [
        ("pages", _pages_stored(found.pages, found.older_versions)),
        ("clusters (canonical articles)", f"{found.clusters}"),
        ("variants (other copies)", f"{found.variants}"),
        # the run summary's words (clipper.summarytext): a word-for-word copy is a variant
        # whose cleaned text is its canonical's; "duplicate" is a skip reason there
        (
            "word-for-word copies",
            f"{found.exact_duplicates} (of the variants: another outlet's unchanged copy)",
        ),
        ("clusters on 2+ pages", f"{found.multi_page_clusters} (largest: {found.largest_cluster})"),
        ("stories (same event)", f"{found.stories} ({found.multi_cluster_stories} of 2+ articles)"),
        ("sites", f"{found.sites} (+{found.pages_without_site} pages without a site)"),
        ("outlets", f"{found.outlets} (sites by registrable domain)"),
        ("skipped inputs", skipped),
        # each reason as the headline counts (an input once, however often read: a clean
        # archive and one recovered from a killed run give the same), the over-all-runs
        # figure beside it where it differs (newcomer 37, finding 5)
        *(
            (f"  {reason}", _over_all_runs(count, found.rejections_by_reason.get(reason, count)))
            for reason, count in found.skipped_by_reason.items()
        ),
        ("dates", dates),
    ]
    if found.size_bytes is not None:
        facts.append(("size on disk", f"{found.size_bytes / 1e6:,.1f} MB"))
    out = [fit(f"Archive {archive}", width)] if archive else []
    out += [fit(f"  {label:<30} {value}", width) for label, value in facts]
    if found.top_sites:
        out += ["", "Top sites"]
        out += table(
            ["SITE", "PAGES", "CLUSTERS"],
            [[readable(s.site), str(s.pages), str(s.clusters)] for s in found.top_sites],
            width,
            flex=0,
            right=(1, 2),
        )
    out += ["", f"Runs ({len(found.runs)} of {found.runs_total}, newest first)"]
    if found.runs:
        rows = []
        started = [shown_time(run.started_at, zone) for run in found.runs]
        for run, start in zip(found.runs, started, strict=True):
            counts = run.counts
            rows.append(
                [
                    str(run.run_id),
                    start[: 16 if width >= WIDE else 10],
                    run.status,
                    str(counts.get("pages_read", "-")),
                    str(counts.get("already_archived", "-")),
                    str(counts.get("stored", "-")),
                    str(counts.get("exact_duplicates", "-")),
                    str(counts.get("skipped_total", "-")),
                    " ".join(run.inputs),
                ]
            )
        # READ = KNOWN (already in the archive) + STORED + the skipped that were pages;
        # COPIES: the run summary's "word-for-word copies", said under the table (a DUPES
        # column was read as the skipped duplicates, newcomer 41)
        names = {time[17:] for time in started if len(time) > 16} - {"UTC"}
        named = f" ({'/'.join(sorted(names))})" if names and width >= WIDE else ""
        headers = [
            "RUN", f"STARTED{named}", "STATUS", "READ", "KNOWN", "STORED", "COPIES", "SKIPPED",
            "INPUTS",
        ]
        out += table(headers, rows, width, flex=8, right=(3, 4, 5, 6, 7), shrink=())
        legend = "COPIES: word-for-word copies among the stored, as dedupe's summary says"
        out += ["", fit(legend, width)]
    return "\n".join(out)


def selection_stats(found: SelectionCounts, width: int, what: str) -> str:
    """A selection's counts (``clipper stats`` with a filter): ``what`` names the selection
    ("watchlist Bank; 2026-12-01 – 2026-12-31"), then its counts, its first and last day and
    its outlets with most pages."""
    width = max(width, MIN_WIDTH)
    days = f"{found.first_day} … {found.last_day}" if found.first_day else "-"
    facts = [
        ("pages", _pages_stored(found.pages, found.older_versions)),
        ("articles (clusters)", f"{found.articles}"),
        ("stories (same event)", f"{found.stories}"),
        ("outlets", f"{found.outlets} (+{found.pages_without_site} pages without a site)"),
        ("dates", days),
    ]
    out = [fit(f"Selection: {what}", width)]
    out += [fit(f"  {label:<30} {value}", width) for label, value in facts]
    if found.top_outlets:
        out += ["", "Top outlets"]
        out += table(
            ["OUTLET", "PAGES", "ARTICLES"],
            [[readable(o.outlet), str(o.pages), str(o.articles)] for o in found.top_outlets],
            width,
            flex=0,
            right=(1, 2),
        )
    return "\n".join(out)

