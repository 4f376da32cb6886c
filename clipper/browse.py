"""``clipper show``: one cluster, page or fetch of the archive, its canonical and every copy of
it (``clipper clusters``: :mod:`clipper.clusterlist`; ``clipper stats``:
:mod:`clipper.archivestats`).

Everything here only reads, so it runs while a ``clipper dedupe`` writes (the archive is in WAL
mode).  Functions return dataclasses; the CLI formats them.

Dates shown for a page are its publication date, falling back to its fetch date.  ``first_seen``
and ``last_seen`` of a cluster are its pages' earliest and latest sighting (each page's fetch,
else its publication time; when runs archived them only where no page gives either:
:mod:`clipper.seentimes`); ``show`` says which (``first_seen_as``) where a page of the cluster
has no fetch time.  ``outlets`` counts the
distinct known sites of a cluster's pages; pages without a site (plain-text dumps) are not
counted.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import tzinfo
from types import SimpleNamespace
from typing import Any

from sqlalchemy import text

from clipper.archive import Archive
from clipper.carriedarticles import Related, carried
from clipper.changes import (
    Changes,
    compare_texts,
    completed_cut,
    half_spaced,
    measured_changes,
    same_headline,
)
from clipper.config import FingerprintConfig
from clipper.dates import zoned_times
from clipper.digraphia import matched_text
from clipper.headlines import cluster_headlines
from clipper.refs import (
    NotFound,
    RejectedAs,
    names_origin,
    read_elsewhere,
    rejected_as,
    resolve,
)
from clipper.searchfilters import FETCHED
from clipper.seentimes import (
    listing_key,
    seen_as,
    shown_date,
    shown_update,
    stated_seen,
    wall_seen,
    written_seen,
)
from clipper.templates import restore_lines
from clipper.versionchanges import told_as_copy_of, told_as_version
from clipper.versions import CutShortFetch, VersionRef, cut_short_fetches, versions_of
from clipper.wholecuts import cut_inside, holds_whole_text

__all__ = ["NotFound", "resolve", "show"]


@dataclass(frozen=True)
class Canonical:
    page_id: int
    title: str | None
    site: str | None
    date: str | None
    url: str | None
    origin: str
    language: str | None
    word_count: int
    version: int
    text: str
    # where ``date`` came from: "declared" or "guessed" (a publication date: Page.date_source),
    # "fetched" (the page has none: ``date`` is its fetch time); None when the source is
    # unknown (a date stored before migration 0022) or there is no date
    date_source: str | None = None
    # why this reading was cut short (a crawler's size limit, a file ending early), else None
    partial: str | None = None
    # a reading cut short whose text is whole all the same: a whole reading of its cluster
    # holds the same paragraphs (clipper.wholecuts.holds_whole_text)
    text_whole: bool = False
    # the earliest and the latest fetch of its readings (None: no reading had a fetch time):
    # what tells its versions apart, and when it was last seen online
    fetched_at: str | None = None
    last_fetched_at: str | None = None
    # ``date`` is a publication time its source wrote without a time zone, stored as written
    # (``pages.published_zoneless``): shown "(no time zone given)", in JSON without an offset
    date_zoneless: bool = False
    # the time of its "Updated" line when its date is an earlier version's or that update
    # (``pages.updated``: with +00:00 when written with a zone, as written without one)
    updated: str | None = None
    # the page's own headline when ``title`` is the cluster's headline and differs from it
    # (clipper.headlines; case and accents aside: clipper.changes.same_headline), else None
    own_title: str | None = None


@dataclass(frozen=True)
class Requested(Canonical):
    """The page a page id, URL or origin named, with its own text: when it is not the
    cluster's canonical (an earlier version of the canonical's page, another outlet's copy),
    ``show`` prints it before the canonical.  ``versions``: every version of its page (the
    same URL, or file), oldest first; one when it was never seen with another text."""

    versions: list[VersionRef] = field(default_factory=list)
    # "a later fetch (2026-11-05 21:30 UTC) was not stored: rejected by run 5 (error-page: …)":
    # its address or file read again after its newest version was stored, and rejected (an
    # expired story's notice, a paywall, an empty page; RejectedAs.later)
    rejected_later: str | None = None
    # that rejection: run, origin, reason, detail, runs and when the reading was fetched
    later_rejection: RejectedAs | None = None
    # The origin the page was stored from, when it was asked for by another file or record
    # that holds it (read by a later run as "already archived", or a copy of the dump)
    read_first_from: str | None = None
    # readings cut short kept under its address whose text a version holds (version 0: no
    # versions, fetches of the page), earliest first
    cut_short_fetches: list[CutShortFetch] = field(default_factory=list)


def _earlier_versions(archive: Archive, head: Any) -> list[Any]:
    """The versions of the canonical's page before it (version, title, text, template_lines,
    language): what another address's copy may have been taken from
    (:func:`clipper.versionchanges.told_as_copy_of`)."""
    with archive.engine.connect() as connection:
        return list(
            connection.execute(
                text(
                    "SELECT version, title, text, template_lines, language FROM pages "
                    "WHERE source_key = :key AND version > 0 AND version < :version "
                    "ORDER BY version"
                ),
                {"key": head.source_key, "version": head.version},
            )
        )


def _changes(canonical: Any, row: Any) -> Changes:
    """How stored page ``row`` differs from ``canonical`` (rows with ``title``, ``text`` and
    ``template_lines``; ``row.similarity`` its similarity), told of the texts its similarity
    was measured on: the texts that were fingerprinted, with the lines cut as a site's
    template put back (a distributor's release whose contact lines its site repeats, cut
    there and kept on a station's copy, is the station's copy at similarity 1.00, not
    "trimmed (kept 8 of 10 paragraphs)", as session 31's show of newcomer 31's Acme release
    said).  A copy whole by its similarity whose paragraphs still differ differs where the
    similarity does not measure (a sign-off, a release's closing portrait, a photo caption):
    :func:`clipper.changes.measured_changes` says so (read only then: its sign-off tables
    cost a query command's start-up ~0.2 s)."""
    stored = _fingerprinted(row)
    original = _fingerprinted(canonical)
    # a reading cut short: its last paragraph is no edit, and no "same text" either
    body = stored if row.partial is None else completed_cut(original, stored)
    told = _compared(canonical, row, original, body)
    return told if body == stored else cut_inside(told)


def _compared(canonical: Any, row: Any, original: str, body: str) -> Changes:
    """:func:`_changes` of the texts ``original`` (the canonical's) and ``body`` (the row's)."""
    # a Serbian page's Cyrillic read in Latin letters, as its fingerprint read it: the
    # Cyrillic page and its Latin twin are an exact copy (clipper.digraphia.matched_text)
    title, canonical_title = _read(row.title, row), _read(canonical.title, canonical)
    whole = compare_texts(canonical_title, original, title, body)
    if row.similarity is None or row.similarity < 1 or whole.differences == 0:
        # a copy the same but for half-spaces typed otherwise says so: its similarity counts
        # such words apart (clipper.changes.half_spaced)
        return half_spaced(whole, original, body)
    return measured_changes(
        canonical_title,
        original,
        title,
        body,
        _FINGERPRINT.caption_body_words,
        _FINGERPRINT.caption_body_share,
    )


def _fingerprinted(row: Any) -> str:
    """The text ``row`` (a stored page's) was fingerprinted from: its template lines put back,
    in Latin letters on a Serbian-family page (:func:`clipper.digraphia.matched_text`)."""
    return matched_text(
        restore_lines(row.text, json.loads(row.template_lines or "[]")), row.language
    )


def _read(value: str | None, row: Any) -> str | None:
    return matched_text(value, row.language) if value else value


def _similarity(value: float | None) -> float | None:
    """``pages.similarity`` as ``show`` gives it: four decimals, never rounded up to 1.0 (a
    copy short of the canonical's shingles by a line is 0.9999, not a whole copy)."""
    if value is None:
        return None
    return round(value, 4) if value >= 1 or round(value, 4) < 1 else 0.9999


def _shown_date(row: Any) -> tuple[str | None, bool]:
    """A row's ``date`` and ``date_zoneless`` as shown: a zoneless time its site's clocks pin
    is that moment (:func:`clipper.seentimes.shown_date`)."""
    return shown_date(row.date, row.date_zoneless, row.published_from, row.published_to)


def _page_fields(row: Any) -> dict[str, Any]:
    """A stored page's row (``_PAGE_COLUMNS``) as :class:`Canonical`'s fields."""
    date, zoneless = _shown_date(row)
    return {
        "page_id": row.id,
        "title": row.title,
        "site": row.site,
        "date": date,
        "url": row.url,
        "origin": row.origin,
        "language": row.language,
        "word_count": row.word_count,
        "version": row.version,
        "text": row.text,
        "date_source": row.date_source,
        "partial": row.partial,
        "fetched_at": row.fetched_at,
        "last_fetched_at": row.last_fetched_at,
        "date_zoneless": zoneless,
        # a zoneless update its site's clocks pin is that moment, as its date is
        "updated": shown_update(row.updated, row.url, row.site, row.region),
    }


@dataclass(frozen=True)
class Variant:
    page_id: int
    title: str | None
    site: str | None
    date: str | None
    url: str | None
    origin: str
    version: int  # 2+ when its URL was seen earlier with another text: an update
    similarity: float | None  # Jaccard of the shingles with the canonical's
    containment: float | None
    is_exact_duplicate: bool
    changes: Changes
    date_source: str | None = None  # as Canonical.date_source
    fetched_at: str | None = None  # as Canonical.fetched_at
    date_zoneless: bool = False  # as Canonical.date_zoneless
    partial: str | None = None  # as Canonical.partial: why its text is cut short
    text_whole: bool = False  # as Canonical.text_whole
    # another version of the canonical's own page (its address or file): listed by its fetch
    own_version: bool = False


@dataclass(frozen=True)
class ClusterView:
    """A cluster: its canonical article and every other page carrying it, earliest first."""

    cluster_id: int
    size: int
    outlets: int
    first_seen: str | None
    last_seen: str | None
    canonical: Canonical
    variants: list[Variant]
    # Which time first_seen and last_seen are, where the two can differ (a page of the cluster
    # has no fetch time): "fetched" (a page's fetch time) or "archived" (when a run stored a
    # page whose input gave no fetch time); None when every page has a fetch time.
    first_seen_as: str | None = None
    last_seen_as: str | None = None
    # first_seen and last_seen are a publication time as written, on no known clock
    # (clipper.seentimes.wall_seen): shown without a zone, never as UTC
    first_seen_zoneless: bool = False
    last_seen_zoneless: bool = False
    requested_page_id: int | None = None  # the page a page id or URL pointed at
    story_id: int | None = None  # the story (same event) this cluster belongs to
    # Other clusters' articles holding the canonical whole (a roundup), and those it holds
    # whole: at most clipper.carriedarticles.RELATED_SHOWN each, most complete first.
    carried_in: list[Related] = field(default_factory=list)
    carries: list[Related] = field(default_factory=list)
    # The page asked for with its own text and versions, when a page id, URL or origin named
    # a page (None for a cluster id).
    requested: Requested | None = None

    def as_dict(self) -> dict[str, Any]:
        """The fields as a JSON document, stored times with their zone (zoned_times)."""
        return zoned_times(asdict(self))


# A shown page's ``date_source`` when its ``date`` is its fetch time (it has no publication
# date): FETCHED (clipper.searchfilters); when it has neither a publication date nor a fetch
# time, ``date`` is when a run stored it ("archived …", as the digest says it):
ARCHIVED = "archived"

# the widths verification measures a copy with (clipper.matchview): what show tells kinds of
_FINGERPRINT = FingerprintConfig()

_PAGE_COLUMNS = (
    "id, source_key, title, site, url, origin, language, word_count, version, text, similarity, "
    "containment, is_exact_duplicate, coalesce(published, fetched_at, seen_at) AS date, "
    "fetched_at, seen_at, CASE WHEN published IS NOT NULL THEN date_source "
    f"WHEN fetched_at IS NOT NULL THEN '{FETCHED}' ELSE '{ARCHIVED}' END AS date_source, "
    "partial, "
    "last_fetched_at, published_zoneless AS date_zoneless, published_from, published_to, "
    "updated, region, template_lines, published, published_zoneless"
)


def show(archive: Archive, ref: str, zone: tzinfo | None = None) -> ClusterView:
    """The story behind ``ref`` (see :func:`resolve`): canonical article and variants; a
    later rejection's fetch time said in ``zone`` (``--tz``; None: UTC)."""
    cluster_id, page_id = resolve(archive, ref)
    with archive.engine.connect() as connection:
        cluster = connection.execute(
            text(
                "SELECT id, pages AS size, first_seen, last_seen, canonical_page_id, story_id, "
                "(SELECT count(DISTINCT outlet) FROM pages WHERE cluster_id = clusters.id) "
                "AS outlets FROM clusters WHERE id = :id"
            ),
            {"id": cluster_id},
        ).one()
        sightings = connection.execute(
            text(
                "SELECT fetched_at, last_fetched_at, seen_at, published, published_zoneless, "
                "published_from, published_to FROM pages WHERE cluster_id = :id"
            ),
            {"id": cluster_id},
        ).all()
        rows = connection.execute(
            text(f"SELECT {_PAGE_COLUMNS} FROM pages WHERE cluster_id = :id"),
            {"id": cluster_id},
        ).all()
    # earliest first, each page by its time on one UTC line (clipper.seentimes.listing_key)
    rows = sorted(rows, key=listing_key)
    head = next(r for r in rows if r.id == cluster.canonical_page_id)
    # readings cut short after a whole text: "same text" and "cut short" cannot both be said
    whole_texts = [r.text for r in rows if r.partial is None]
    text_whole = {
        r.id for r in rows if r.partial is not None and holds_whole_text(r.text, whole_texts)
    }
    # the canonical shows the cluster's headline (clipper.headlines: its own, else its copies')
    with archive.engine.connect() as connection:
        headline = cluster_headlines(connection, [head.id]).get(head.id, head.title)
    own = head.title if head.title and not same_headline(head.title, headline) else None
    canonical = Canonical(
        **{
            **_page_fields(head),
            "title": headline,
            "own_title": own,
            "text_whole": head.id in text_whole,
        }
    )
    # a copy's headline is told against the headline shown above it (the cluster's): one
    # that is the headline shown is no change (newcomer 35, F6); the canonical's own
    # versions against the page's own headline, their history
    shown_head = SimpleNamespace(**{**head._asdict(), "title": headline})
    earlier = _earlier_versions(archive, head) if head.version > 1 else []
    variants = [
        Variant(
            page_id=r.id,
            title=r.title,
            site=r.site,
            date=_shown_date(r)[0],
            url=r.url,
            origin=r.origin,
            version=r.version,
            similarity=_similarity(r.similarity),
            containment=None if r.containment is None else round(r.containment, 4),
            is_exact_duplicate=bool(r.is_exact_duplicate),
            changes=told_as_version(
                _changes(head if r.source_key == head.source_key else shown_head, r),
                r.version if r.source_key == head.source_key else None,
                head.version,
                cut_short=r.partial is not None,
            )
            if r.source_key == head.source_key or not earlier
            else told_as_copy_of(
                _changes(shown_head, r),
                [(v.version, _changes(v, r)) for v in earlier],
                head.site or "the canonical",
            ),
            date_source=r.date_source,
            fetched_at=r.fetched_at,
            date_zoneless=_shown_date(r)[1],
            partial=r.partial,
            text_whole=r.id in text_whole,
            own_version=r.source_key == head.source_key,
        )
        for r in rows
        if r.id != head.id
    ]
    variants = told_own_versions(variants, rows, head.source_key)
    with archive.engine.connect() as connection:
        carried_in = carried(connection, cluster.id, head.id, inside=True)
        carries = carried(connection, cluster.id, head.id, inside=False)
        asked = next((r for r in rows if r.id == page_id), None)
        requested = None
        if asked is not None:
            versions = versions_of(connection, asked.source_key)
            newest = connection.execute(  # the run that stored the newest version, its fetch
                text("SELECT run_id, fetched_at FROM pages WHERE id = :id"),
                {"id": versions[-1].page_id},
            ).one()
            later = rejected_as(connection, [asked.source_key], after_run=newest.run_id)
            elsewhere = names_origin(ref) and read_elsewhere(ref, asked.origin)
            requested = Requested(
                **_page_fields(asked),
                text_whole=asked.id in text_whole,
                versions=versions,
                rejected_later=(
                    later.later(newest.fetched_at, zone) if later is not None else None
                ),
                later_rejection=later,
                read_first_from=asked.origin if elsewhere else None,
                cut_short_fetches=cut_short_fetches(connection, asked.source_key),
            )
    return ClusterView(
        cluster_id=cluster.id,
        size=cluster.size,
        outlets=cluster.outlets,
        # a day alone's start is shown as the day (clipper.seentimes.stated_seen)
        # a zoneless time as written (clipper.seentimes.written_seen)
        first_seen=written_seen(stated_seen(cluster.first_seen, sightings), sightings),
        last_seen=written_seen(stated_seen(cluster.last_seen, sightings), sightings),
        first_seen_as=_seen_as(cluster.first_seen, sightings),
        last_seen_as=_seen_as(cluster.last_seen, sightings),
        first_seen_zoneless=wall_seen(cluster.first_seen, sightings),
        last_seen_zoneless=wall_seen(cluster.last_seen, sightings),
        canonical=canonical,
        variants=variants,
        requested_page_id=page_id,
        story_id=cluster.story_id,
        carried_in=carried_in,
        carries=carries,
        requested=requested,
    )


def _seen_as(when: str | None, rows: Sequence[Any]) -> str | None:
    """Which time ``when`` (a cluster's first or last seen) is, given its pages' ``rows``
    (:func:`clipper.seentimes.seen_as`: "fetched", "published", "archived"); None for a fetch
    time when every page was first seen when fetched (then no other clock is told apart)."""
    kind = seen_as(when, rows)
    if kind == FETCHED and all(
        r.fetched_at is not None and r.seen_at == r.fetched_at for r in rows
    ):
        return None
    return kind


def told_own_versions(
    variants: list[Variant], rows: Sequence[Any], canonical_key: str
) -> list[Variant]:
    """``variants`` (the cluster's pages but the canonical, as ``rows``: id, source_key, url,
    version), each of another address that has more than one version in the cluster told
    which of that address's versions it is, and which pages the others are, first in its
    changes: a site's page:2 and page:19 of one URL read "version 1 of this address (its
    version 2 is page:19)" and "version 2 of this address (its version 1 is page:2)", where
    each said only how it differs from the canonical ("copy of version 1 of efe.example's
    story", "version 2 · exact copy"; newcomer 39b).  The canonical's own versions say so
    already (:func:`clipper.versionchanges.told_as_version`)."""
    by_key: dict[str, list[Any]] = {}
    for row in rows:
        if row.source_key != canonical_key:
            by_key.setdefault(row.source_key, []).append(row)
    of_row = {row.id: row for row in rows}
    told = []
    for variant in variants:
        row = of_row[variant.page_id]
        same = sorted(
            (o for o in by_key.get(row.source_key, []) if o.id != row.id),
            key=lambda o: (o.version, o.id),
        )
        if not same:
            told.append(variant)
            continue
        where = "address" if row.url else "file"
        others = ", ".join(f"version {o.version} is page:{o.id}" for o in same)
        note = f"version {row.version} of this {where} (its {others})"
        summary = [note, *variant.changes.summary]
        told.append(replace(variant, changes=replace(variant.changes, summary=summary)))
    return told
