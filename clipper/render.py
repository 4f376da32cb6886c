"""Text for people: the terminal layouts of ``search``, ``show story:``, ``clusters``,
``stories`` and ``watch list`` (``show`` of a cluster or page: :mod:`clipper.showtext`;
``rejections``: :mod:`clipper.rejectiontext`; ``stats``: :mod:`clipper.statstext`; ``dedupe``'s
summary: :mod:`clipper.summarytext`).

Layouts fit a given width (the CLI passes the terminal's).  Titles and other free text are cut
with "…"; URLs are never cut (a cut URL cannot be opened), so a URL longer than the terminal
wraps.  Widths are counted in terminal cells (:mod:`clipper.layout`).

``outlets`` counts distinct known sites: where it is 0 (pages without a site, e.g. text dumps),
tables show "-" and prose says "site unknown", never "0 outlets".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from clipper.layout import (
    ELLIPSIS,
    MIN_WIDTH,
    NO_ZONE,
    SNIPPET_LINES,
    WIDE,
    count_line,
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

    from clipper.clusterlist import ClusterRow
    from clipper.digest.watchlists import Watch
    from clipper.search import Hit
    from clipper.stories import StoryDetail, StorySummary  # (scikit-learn: dedupe's only)

# --- search ----------------------------------------------------------------------------------


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
            articles = len(
                {
                    (hit.cluster_id, None) if hit.cluster_id is not None else (None, hit.page_id)
                    for hit in members
                }
            )
            matching = plural(articles, "matching article")
            if len(members) > articles:
                matching += f", {plural(len(members), 'page')}"
            if story_id is None:
                sections.append(f"== no story yet: {matching}")
            else:
                sections.append(f"== story {story_id}: {matching} (clipper show story:{story_id})")
            sections.extend(_hit_lines(members, width, zone))
            sections.append("")
        matches = count_line(len(found), "match", "matches", more)
        stories = plural(len(groups), "story", "stories")
        sections.append(f"{matches} in {stories}; clipper show story:ID for a story's articles")
        return "\n".join(sections + _fetch_day_note(found))
    out = _hit_lines(found, width, zone)
    out.append("")
    matches = count_line(len(found), "match", "matches", more)
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
        lines += ["", count_line(len(found), "story", "stories", more)]
    return "\n".join(lines)


# --- clusters --------------------------------------------------------------------------------


# How the clusters table marks a first/last seen that is no fetch's (ClusterRow.seen_as), and
# the line under it saying so.
_SEEN_MARKS = {"archived": " A", "published": " P"}
# How it marks a publication time written without a zone, on no clock its header names.
_ZONELESS_MARK = " ?"
_SEEN_NOTES = {
    "archived": "A: when archived (no page fetched or dated)",
    "published": "P: a page's publication time (not a fetch)",
}


def cluster_rows(
    found: Sequence[ClusterRow], width: int, more: bool = False, zone: tzinfo | None = None
) -> str:
    """A table of clusters; ``more``: the limit cut the list (a last line says so).  First and
    last seen are shown in ``zone`` (``--tz``; None: UTC), the headers naming it when it is
    not UTC ("FIRST SEEN (JST)"); a time that is no fetch's is marked, a line under the table
    saying which ("P": its pages' publication, "A": when archived:
    :attr:`clipper.clusterlist.ClusterRow.seen_as`)."""
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
        lines += ["", count_line(len(found), "cluster", "clusters", more)]
    return "\n".join(lines)


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
