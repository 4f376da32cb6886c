"""The terminal layout of ``clipper show`` for a cluster or a page: the page asked for (its own
text, which version it is), the canonical article, every copy and what differs, the roundups
it is carried in; and of ``clipper show --diff`` (what changed between two versions).  Shared
layout rules (widths, facts lines, UTC times, addresses) are :mod:`clipper.render`'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from typing import TYPE_CHECKING

from clipper import graphemes
from clipper.browse import ARCHIVED, FETCHED, Canonical, ClusterView, Related, Requested
from clipper.changes import same_headline
from clipper.layout import MIN_WIDTH, facts, outlets_phrase, plural, shown_time
from clipper.page import GUESSED, UPDATE_NOTE, UPDATED
from clipper.sites import readable
from clipper.urls import readable_url
from clipper.wholecuts import cut_note

if TYPE_CHECKING:
    from clipper.versions import VersionDiff, VersionRef, VersionText


def _others(count: int) -> str:
    return f" and {plural(count, 'other page')}" if count else ""


def _related_lines(found: ClusterView, width: int) -> list[str]:
    """ "Also carried inside" (roundups holding this article) and "Carries" (articles this one
    holds whole), one fact line an article (a cluster: its best-matched page, and how many of
    its pages match), then a blank line; nothing when there are none."""
    out: list[str] = []
    for label, related in (("Also carried inside", found.carried_in), ("Carries", found.carries)):
        if not related:
            continue
        pages: dict[int | None, list[Related]] = {}
        for item in related:
            pages.setdefault(item.cluster_id, []).append(item)
        out.append(f"{label} {plural(len(pages), 'other article')}:")
        for cluster_id, items in pages.items():
            item = items[0]
            out.extend(
                facts(
                    [
                        f"    cluster {cluster_id}",
                        readable(item.site) if item.site else "-",
                        f"page:{item.page_id}" + _others(len(items) - 1),
                        item.title or "(untitled)",
                    ],
                    width,
                )
            )
        out.append("")
    return out


def dated(
    date: str | None, source: str | None, zoneless: bool = False, zone: tzinfo | None = None
) -> str:
    """A page's date as shown (:func:`clipper.layout.shown_time`: in ``zone``, ``--tz``'s, None:
    UTC; or as written with
    "(no time zone given)" for a publication time its source wrote without a zone,
    ``zoneless``), "(guessed)" after a publication date found in its text or URL by a
    heuristic (``Page.date_source``): it counts after declared dates when a cluster's
    canonical is chosen; "(updated; published by then)" after an "Updated" line's time that is
    the page's only date (``"updated"``: an upper bound of its publication); "fetched …"
    before the fetch time of a page that has no publication date (``source`` ``"fetched"``);
    "archived …" before when a run stored a page that has neither (``"archived"``)."""
    shown = shown_time(date, zone, zoneless=zoneless and source not in (FETCHED, ARCHIVED))
    if source == FETCHED and date:
        return f"fetched {shown}"
    if source == ARCHIVED and date:
        return f"archived {shown}"
    if source == UPDATED and date:
        return f"{shown} ({UPDATE_NOTE})"
    return f"{shown} (guessed)" if source == GUESSED and date else shown


def updated_fact(updated: str | None, source: str | None, zone: tzinfo | None = None) -> list[str]:
    """ "updated 2026-12-03 13:00 UTC" for a page whose "Updated" line's time is kept apart
    from its publication date (``pages.updated``: a later version keeping its first version's
    date), as written with "(no time zone given)" when its line gave none; [] when there is
    none or it is the date shown (``source`` "updated")."""
    if not updated or source == UPDATED:
        return []
    zoneless = len(updated) > 10 and not updated.endswith("+00:00")
    return [f"updated {shown_time(updated.removesuffix('+00:00'), zone, zoneless=zoneless)}"]


def fetches(page: Canonical | Requested, zone: tzinfo | None = None) -> list[str]:
    """When a page was fetched, where its date does not say it: "fetched 2018-07-15 15:05 UTC"
    for a page with several versions (they go by fetch time; its date is when it was
    published) and "last fetched …" for one fetched again since with the same text (still
    online then); [] for a page fetched once, or never (no fetch time)."""
    said = []
    several = page.version > 1 or (isinstance(page, Requested) and len(page.versions) > 1)
    if several and page.fetched_at and page.fetched_at != page.date:
        said.append(f"fetched {shown_time(page.fetched_at, zone)}")
    if page.last_fetched_at and page.last_fetched_at != page.fetched_at:
        said.append(f"last fetched {shown_time(page.last_fetched_at, zone)}")
    return said


def version_line(page_id: int, versions: Sequence[VersionRef]) -> str | None:
    """ "version 1 of 2; newer: page:9 (what changed: clipper show page:5 --diff)", or None
    for a page seen with one text."""
    if len(versions) < 2:
        return None
    at = next((i for i, v in enumerate(versions) if v.page_id == page_id), None)
    if at is None:  # a fetch cut short kept beside the versions (version 0): no version
        return None
    said = f"version {versions[at].version} of {len(versions)}"
    if at + 1 < len(versions):
        said += f"; a newer version exists: page:{versions[at + 1].page_id}"
        if at + 2 < len(versions):
            said += f" (the newest: page:{versions[-1].page_id})"
    else:
        said += f", the newest; earlier: page:{versions[at - 1].page_id}"
    return f"{said} (what changed: clipper show page:{page_id} --diff)"


def _cut_short_notes(asked: Requested, zone: tzinfo | None) -> list[str]:
    """What the readings kept under the asked page's address that are no version are (version
    0): for one of them, that it is no version; for a version, each of them ("fetched cut short
    (paywall) 2026-03-02 09:00 UTC: page:5, a part of a version's text, not a version"; "read
    shorter 2026-11-30 12:00 UTC (another reading of the same capture): page:6, …" for another
    extractor's text of a version's fetch)."""
    if asked.version == 0:
        newest = asked.versions[-1].page_id if asked.versions else None
        of = f" (the newest: page:{newest})" if newest is not None else ""
        if asked.partial is None:
            return [
                "not a version: a shorter reading of the capture a version of this page holds "
                f"(another reading of the same fetch){of}"
            ]
        return [f"not a version: a fetch cut short whose text a version of this page holds{of}"]
    return [
        (
            f"fetched cut short ({fetch.partial.split(' (')[0]})"
            if fetch.partial is not None
            else "read shorter"
        )
        + (f" {shown_time(fetch.fetched_at, zone)}" if fetch.fetched_at else "")
        + ("" if fetch.partial is not None else " (another reading of the same capture)")
        + f": page:{fetch.page_id}, a part of a version's text, not a version"
        for fetch in asked.cut_short_fetches
    ]


# What a page's stored length (``pages.word_count``: the fingerprint's words, clipper.words)
# counts in a language whose script is written without spaces: each character of Chinese,
# Japanese, Thai, Lao, Khmer and Burmese is a word of its own there, and each Hangul syllable of
# Korean (a word of Latin letters or digits among them still one).  Newcomer 50b: a Thai
# canonical of six paragraphs was "1118 words".
COUNTED_AS: dict[str, tuple[str, str]] = {
    "zh": ("character", "characters"),
    "ja": ("character", "characters"),
    "th": ("character", "characters"),
    "lo": ("character", "characters"),
    "km": ("character", "characters"),
    "my": ("character", "characters"),
    "ko": ("syllable", "syllables"),
}


def length_fact(word_count: int, language: str | None) -> str:
    """A page's length as ``show`` states it, in what :data:`COUNTED_AS` says its count is for
    the page's stored ``language`` ("1118 characters" on a Thai page, "412 syllables" on a
    Korean one), else in words ("640 words", and a page of no known language)."""
    noun, many = COUNTED_AS.get((language or "").split("-")[0].casefold(), ("word", "words"))
    return plural(word_count, noun, many)


def _page_lines(
    page: Canonical | Requested,
    width: int,
    with_text: bool,
    notes: Sequence[str] = (),
    zone: tzinfo | None = None,
) -> list[str]:
    """A page's headline (a canonical's own under its cluster's, when they differ), facts
    (site, date, page id, words), why its text is cut short,
    ``notes`` (which version it is, a later text rejected), address and, ``with_text``, its
    paragraphs."""
    # the cluster's headline above a canonical whose own differs: its own said too
    own = [f"this page's own headline: {page.own_title}"] if page.own_title else []
    out = [
        *graphemes.wrap(page.title or "(untitled)", width),
        *(line for said in own for line in graphemes.wrap(said, width, subsequent_indent="  ")),
        *facts(
            [
                readable(page.site) if page.site else page.origin,
                dated(page.date, page.date_source, page.date_zoneless, zone),
                *updated_fact(page.updated, page.date_source, zone),
                f"page:{page.page_id}",
                length_fact(page.word_count, page.language),
                *fetches(page, zone),
            ],
            width,
        ),
    ]
    cut = [cut_note(page.partial, page.text_whole)] if page.partial else []
    for note in [*cut, *notes]:  # a path or address in a note stays whole, on a line of its own
        out.extend(graphemes.wrap(note, width, break_long_words=False, break_on_hyphens=False))
    if page.url:
        out.append(readable_url(page.url))
    elif page.origin:  # a page without an address: where it was read (dump line, file)
        out.append(page.origin)
    if with_text:
        for paragraph in page.text.split("\n"):
            if paragraph.strip():
                out.append("")
                out.extend(graphemes.wrap(paragraph, width))
    return out


def version_diff(found: VersionDiff, width: int, zone: tzinfo | None = None) -> str:
    """What changed between two versions of a page: the summary line, then the unified diff
    (paragraphs not wrapped: a diff line is one paragraph), or "same text"; times in ``zone``
    (``--tz``; None: UTC)."""
    width = max(width, MIN_WIDTH)
    older, newer = found.older, found.newer
    out = [
        *graphemes.wrap(
            f"page:{older.page_id} → page:{newer.page_id}: " + "; ".join(found.summary), width
        ),
        f"  version {older.version}: {_when(older, zone)}",
        f"  version {newer.version}: {_when(newer, zone)}",
    ]
    if older.fetched_at is None or newer.fetched_at is None:
        out.append(f"  ({VERSION_ORDER})")
    out.append("")
    out += found.diff or ["(the same text, whitespace and case aside)"]
    return "\n".join(out)


# How a page's versions are numbered (clipper.store.readings: renumber_versions' coalesce of
# fetched_at, updated, published, seen_at, then clipper.versions.number_versions' ties), as
# the README's Versions section says it.
VERSION_ORDER = (
    "versions go by fetch time, else the update time, else publication date, else when "
    "archived, else read order"
)


def _seen(
    label: str, when: str | None, kind: str | None, zone: tzinfo | None, zoneless: bool = False
) -> str:
    """ "first seen 2021-06-22 23:30 UTC (fetched)": which time it is, where a cluster's
    pages are not all fetched ones (:attr:`clipper.browse.ClusterView.first_seen_as`); a
    publication time its source wrote without a zone (``zoneless``) as written, "first seen
    2026-12-04 15:40 (no time zone given) (published)"."""
    shown = shown_time(when, zone, zoneless=zoneless)
    return f"{label} {shown}" + (f" ({kind})" if kind else "")


def _when(version: VersionText, zone: tzinfo | None) -> str:
    """The time a version is numbered by, named: "fetched 2021-06-22 23:30 UTC", else
    "published 2021-06-20, archived 2026-12-02 05:09 UTC (no fetch time)": a text without a
    fetch time is first seen when a run archives it, which may be years after it was
    published, so its archive time orders nothing unless it has no date either."""
    if version.fetched_at is not None:
        return f"fetched {shown_time(version.fetched_at, zone)}"
    published = (
        f"published {shown_time(version.date, zone, zoneless=version.date_zoneless)}, "
        if version.date
        else ""
    )
    return f"{published}archived {shown_time(version.seen_at, zone)} (no fetch time)"


def shown_similarity(value: float | None) -> str:
    """A copy's similarity to its canonical as ``show`` prints it: two decimals, "1.00" only
    for a whole copy (a copy short of one line of a long text is 0.996: "0.99", as its
    "trimmed" says); "-" when unknown."""
    if value is None:
        return "-"
    shown = f"{value:.2f}"
    return "0.99" if shown == "1.00" and value < 1 else shown


def _copies_heading(found: ClusterView) -> str:
    """What the list below the canonical holds, counted as the header counts pages: "8 other
    copies", or, when some are other versions of pages already counted, "6 other pages and 2
    other versions" (newcomer 22: "7 pages" over "8 other copies" read as 9)."""
    others = len(found.variants)
    pages = found.size - 1  # the header's pages are addresses, the canonical's one of them
    versions = others - pages
    if pages >= 0 and versions > 0:
        return (
            f"{plural(pages, 'other page')} and {plural(versions, 'other version')}"
            if pages
            else plural(versions, "other version")
        )
    return plural(others, "other copy", "other copies")


def cluster(
    found: ClusterView, width: int, with_text: bool = True, zone: tzinfo | None = None
) -> str:
    """An article and its copies; text wraps at ``width`` cells (the CLI passes the terminal's,
    else a fixed 100); times in ``zone`` (``--tz``; None: UTC), a time its source wrote
    without a zone as written.  The header (cluster, pages, outlets, dates, story) breaks only
    between its facts, never inside one ("story 3")."""
    width = max(width, MIN_WIDTH)
    head = found.canonical
    header = [
        f"Cluster {found.cluster_id}",
        plural(found.size, "page"),
        outlets_phrase(found.outlets),
        _seen("first seen", found.first_seen, found.first_seen_as, zone, found.first_seen_zoneless),
        _seen("last seen", found.last_seen, found.last_seen_as, zone, found.last_seen_zoneless),
    ]
    if found.story_id is not None:
        header.append(f"story {found.story_id}")
    out = [*facts(header, width)]
    asked = found.requested
    notes: list[str] = []
    if asked is not None:
        first = asked.read_first_from
        said = (
            f"read from elsewhere first: stored from {first}" if first else None,
            version_line(asked.page_id, asked.versions),
            *_cut_short_notes(asked, zone),
            asked.rejected_later,
        )
        notes = [note for note in said if note]
    if asked is not None and asked.page_id != head.page_id:
        # the page asked for, with its own text; then the cluster's canonical, without it
        out += ["", *_page_lines(asked, width, with_text, notes, zone)]
        out += ["", f"Canonical of cluster {found.cluster_id}:"]
        out += _page_lines(head, width, with_text=False, zone=zone)
    else:
        out += ["", *_page_lines(head, width, with_text, notes, zone)]
    out.append("")
    out.extend(_related_lines(found, width))
    if not found.variants:
        out.append("No other copies.")
        return "\n".join(out)
    out.append(f"{_copies_heading(found)} (earliest first):")
    indent = " " * 4
    for variant in found.variants:
        similarity = shown_similarity(variant.similarity)
        version = f" · version {variant.version}" if variant.version > 1 else ""
        marker = "→ " if variant.page_id == found.requested_page_id else ""
        out.append("")
        # every line leads with its page's date as every page is shown (a declared one, else
        # "fetched …"); the canonical's own versions go by their fetch, said after the page
        # as the canonical's line says its own (newcomer 37, finding 8a: a version led by its
        # fetch time read as undated, and out of the list's earliest-first order)
        when = [dated(variant.date, variant.date_source, variant.date_zoneless, zone)]
        fetch = (
            [f"fetched {shown_time(variant.fetched_at, zone)}"]
            if variant.own_version and variant.fetched_at and variant.fetched_at != variant.date
            else []
        )
        # facts break between parts, never inside one: a long origin never hides the page id
        out.extend(
            facts(
                [
                    f"{marker}{when[0]}",
                    *when[1:],
                    readable(variant.site) if variant.site else variant.origin,
                    f"similarity {similarity}",
                    f"page:{variant.page_id}{version}",
                    *fetch,
                ],
                width,
            )
        )
        out.extend(
            graphemes.wrap(
                "; ".join(variant.changes.summary),
                width,
                initial_indent=indent,
                subsequent_indent=indent,
            )
        )
        if variant.partial:
            out.extend(
                graphemes.wrap(
                    cut_note(variant.partial, variant.text_whole),
                    width,
                    initial_indent=indent,
                    subsequent_indent=indent + "  ",
                )
            )
        # a headline that is the one above but for what words fold (case, accents, harakat,
        # the punt volat: clipper.changes.same_headline) is no headline of its own
        if variant.title and not same_headline(variant.title, head.title):
            out.extend(
                graphemes.wrap(
                    f"headline: {variant.title}",
                    width,
                    initial_indent=indent,
                    subsequent_indent=indent + "  ",
                )
            )
        if variant.url:
            out.append(indent + readable_url(variant.url))
        elif variant.origin:
            out.append(indent + variant.origin)
    return "\n".join(out)
