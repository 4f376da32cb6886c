"""Pages read more than once: what their readings agree on, whatever the order they came in.

One article reaches a scraper many times: through a feed's ``?utm_source=rss`` link and its
bare URL, on two nights, re-read when a dump is run again.  The first reading is stored; each
later reading of the same bytes or the same text at the same address (``source_key``) is a
*sighting* of it.  Were the first reading's URL spelling, fetch time, headline and date kept,
the same pages read in another order (nights in reverse, a backfill) would store another URL,
another fetch time, and, through the fetch time, another day for an undated article, other
cluster first/last-seen times and another story; another headline; through the date, another
canonical.  So a run collects its sightings (:class:`Sightings`,
one entry per stored page, merged as they come) and, at its end, before the story stage,
gives each page read again (:func:`merge`):

- the preferred spelling of its URL (:func:`clipper.urls.preferred_spelling`: the one that is
  its own key, then the shorter);
- the earliest fetch time and the earliest sighting (``seen_at``);
- the origin (the input file or record it was read from) of its first reading by the one
  ranking of readings (:func:`clipper.readingorder.reading_order`): the earliest fetched;
  of readings no fetch time tells apart, the one saying best what the page is (a declared
  date before a guessed one, a zone, an HTML page before a record's text), then the first in
  reading order (``dump.jsonl:89`` before ``:109``); a later
  run's reading fetched no
  earlier than the stored one leaves the origin where the archive first read the page (a copy
  of last night's dump read from another folder, ``/backup/…`` before ``/dumps/…``, moved it
  there; ``clipper show`` of the copy finds the page by what the file holds);
- that same reading's headline, author and publication date with where the date came from
  (:class:`Declared`: a record's or crawler's fields, which the text does not carry, so its
  readings can disagree on them; a later-fetched reading that declares the date an earlier
  fetch guessed does not replace it, see ``date_source`` in the README's known limits).

Only a cleaned reading says what its headline is, and a reading of stored bytes is not
cleaned again, so the pipeline cleans a reading of a page already read (stored, or read before
in the batch) only when it comes before every reading of it known so far
(:meth:`clipper.pipeline.Deduper._not_yet_archived`): re-reading a dump cleans nothing, and the kept
reading is always a cleaned one.

Then the clusters holding a page whose times moved get their first/last-seen times again
(:func:`redate_clusters`), and a page whose publication date moved, which ranks it in its
cluster, has its matches oriented again and its component walked again (:func:`rerank`); the
story stage then re-dates (and re-vectorises) their clusters.  All of it is committed with the
run's story stage, so a run stopped before it merges nothing, and its re-run, reading the same
pages, collects the same sightings.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.orm import Session

from clipper.backends import PageText
from clipper.cluster import Rules, assign
from clipper.headlines import reading_headline_key
from clipper.models import Cluster, Match, Page, Rejected
from clipper.page import digest
from clipper.pubwindows import bounds_columns
from clipper.readingorder import ReadingKey, ReadingQuality, reading_order, reading_quality
from clipper.reclustering import Rewalk
from clipper.seentimes import seen_times
from clipper.store import Store, changed
from clipper.store.clusters import write
from clipper.store.credits import rewrite_credits
from clipper.store.graph import StoredGraph
from clipper.store.rows import now
from clipper.urls import preferred_spelling


class Declared(NamedTuple):
    """What a cleaned reading says of its page besides the text: headline, author and
    publication date (ISO 8601), each None when it gives none; that reading's place among
    its page's readings (:func:`clipper.readingorder.reading_order`), which decides whose
    declarations are kept;
    and where its date came from (:data:`clipper.page.DateSource`, None: undated or, for a
    page stored before migration 0022, unknown)."""

    title: str | None
    author: str | None
    published: str | None
    reading: ReadingKey
    date_source: str | None = None
    # whether ``published`` is a time written without a zone (clipper.dates.zoneless_time)
    zoneless: bool | None = None
    # the offset a zoned ``published`` was written with (clipper.dates.declared_offset)
    offset: int | None = None

    def fields(self) -> dict[str, str | bool | int | None]:
        """The page's columns it sets."""
        return {
            "title": self.title,
            "author": self.author,
            "published": self.published,
            "date_source": self.date_source,
            "published_zoneless": self.zoneless,
            "published_offset": self.offset,
        }


@dataclass(frozen=True, slots=True)
class Sighting:
    """A reading of a page already stored or read before in the run: the same bytes
    (``raw_hash``) or the same text (``content_hash``) at the same address (``source_key``).
    What it may add: another spelling of the URL, an earlier fetch time (ISO 8601;
    ``seen_at``: the fetch time, else the run's start), its ``origin`` and, when it was
    cleaned, what it ``declared``."""

    source_key: str
    raw_hash: str | None
    content_hash: str | None
    url: str | None
    fetched_at: str | None
    seen_at: str
    origin: str = ""
    declared: Declared | None = None
    # with ``content_hash``, or for a text record's bytes, the reading's headline beyond
    # spelling (:func:`clipper.headlines.reading_headline_key`): the same text or bytes under
    # another headline is another version, not this one ("": its bytes decide)
    headline: str = ""
    # the latest fetch time among the readings merged (``fetched_at`` is the earliest's)
    last_fetched: str | None = None
    # ``fetched_at`` was written without a zone (``pages.fetched_zoneless``; None: unknown)
    fetched_zoneless: bool | None = None
    # the place among the page's readings of the reading whose fetch time and origin these
    # are (:func:`_reading_order`), once merged; None: this reading's own.  How it was
    # merged, not what it holds: not compared
    reading: ReadingKey | None = field(default=None, compare=False)

    def merged(self, other: Sighting) -> Sighting:
        """This sighting and ``other`` (of the same reading) as one: the preferred URL, the
        earlier times and the latest fetch, the first reading's origin and the first cleaned
        reading's declarations (the first reading's: see the module docstring)."""
        first = min(self, other, key=_reading_order)
        ranked = _reading_order(first)
        cleaned = [s.declared for s in (self, other) if s.declared is not None]
        fetches = [s.last_fetched or s.fetched_at for s in (self, other)]
        return Sighting(
            self.source_key,
            self.raw_hash,
            self.content_hash,
            _url(self.url, other.url),
            first.fetched_at,
            min(self.seen_at, other.seen_at),
            first.origin,
            _zoned(min(cleaned, key=_declared_order), cleaned) if cleaned else None,
            self.headline,
            max((f for f in fetches if f is not None), default=None),
            _fetch_zone_known(first, self if first is other else other),
            ranked,
        )


def _fetch_zone_known(first: Sighting, other: Sighting) -> bool | None:
    """Whether the first reading's fetch time was written without a zone, told by the other
    reading of the same fetch time when the first does not (a page stored before migration
    0077 read again: its record's ``date_download`` says it now, and rule 6 ranks it again)."""
    if first.fetched_zoneless is None and other.fetched_at == first.fetched_at:
        return other.fetched_zoneless
    return first.fetched_zoneless


def _reads(sighting: Sighting, row: Any, headline: str) -> bool:
    """Whether ``sighting`` is a reading of the stored page ``row`` (its ``raw_hash`` and
    ``content_hash``; ``headline`` its headline key): of the same bytes, or of the same text
    under the same headline (its bytes may be another version's: a text record's new
    title)."""
    if sighting.content_hash is None and not sighting.headline:
        return sighting.raw_hash == row.raw_hash
    return sighting.headline == headline and (
        sighting.content_hash == row.content_hash
        or (
            sighting.content_hash is None
            and row.raw_hash in (sighting.raw_hash, titled_hash(sighting.raw_hash or "", headline))
        )
    )


def titled_hash(raw_hash: str, headline: str) -> str:
    """The raw hash a text record's version is stored under when its bytes are stored under
    another headline already (pages are unique by address and bytes): of its bytes' hash and
    its headline's key (:func:`clipper.headlines.reading_headline_key`)."""
    return digest(f"{raw_hash}\n{headline}")


def _reading_order(reading: Sighting) -> ReadingKey:
    """Readings of one page, first first: the earliest fetched (unknown last), then the one
    saying best what the page is (a cleaned reading's :class:`Declared` key), then the first
    origin (:func:`clipper.readingorder.reading_order`).  A reading not cleaned ranks after
    the cleaned ones of its fetch time: the first of its bytes was cleaned, and ranks so."""
    if reading.reading is not None:  # merged: its first reading's place
        return reading.reading
    if reading.declared is not None:
        return reading.declared.reading
    return reading_order(reading.fetched_at, reading.origin)


def quality_of(reading: Any) -> ReadingQuality:
    """What a reading says of its page, ranked (:func:`clipper.readingorder.reading_quality`),
    from its stored columns or a :class:`clipper.store.pages.NewPage`'s: ``date_source``,
    ``published``, ``published_zoneless``, ``kind``."""
    return reading_quality(
        reading.date_source, reading.published, reading.published_zoneless, reading.kind
    )


def _declared_order(declared: Declared) -> tuple[Any, ...]:
    # two cleaned readings of one origin are one reading: the same declarations
    return (*declared.reading, *(value or "" for value in (*declared[:3], declared[4])))


# How far a zone's offset can take a wall time from UTC, and the step offsets are whole in.
_MAX_OFFSET, _OFFSET_STEP = timedelta(hours=14), timedelta(minutes=15)


def _zoned(kept: Declared, readings: Iterable[Declared]) -> Declared:
    """``kept`` (the first reading's declarations), with the publication time of another
    reading of the same capture (the same known fetch time) that gives it with its zone where
    ``kept`` gives it without one, when the two are one wall time in some zone: apart by a
    whole offset (a multiple of 15 minutes, at most 14 hours).  news-please's record and its
    saved page of one fetch: "2026-11-28 10:07:00" and "2026-11-28T10:07:00-05:00" (stored
    15:07 UTC) keep the zone (newcomer 22 finding 32), as a page's own times do
    (:func:`clipper.dates.offset_of_twin`)."""
    if kept.zoneless is not True or kept.published is None or kept.reading[0] == "\uffff":
        return kept
    for other in readings:
        if other.zoneless is not False or other.published is None:
            continue
        if other.reading[0] != kept.reading[0] or len(other.published) <= 10:
            continue
        try:
            apart = datetime.fromisoformat(kept.published) - datetime.fromisoformat(other.published)
        except (TypeError, ValueError):
            continue
        if abs(apart) <= _MAX_OFFSET and apart % _OFFSET_STEP == timedelta(0):
            return kept._replace(
                published=other.published, date_source=other.date_source, zoneless=False
            )
    return kept


def _columns(sighting: Sighting, declared: Declared, row: Any) -> dict[str, Any]:
    """The ``pages`` columns a page read as ``sighting`` with ``declared`` has (``row``: its
    stored row, for its site and region): what :func:`merge` writes, and compares with the
    stored page's to tell whether its readings moved anything.  The readings' order
    (``Declared.reading``, from origins) is no column: the same capture re-packed in a
    rewritten WARC or feed changes no row (newcomer 31's F-Q)."""
    return {
        "url": sighting.url,
        "fetched_at": sighting.fetched_at,
        "seen_at": sighting.seen_at,
        "origin": sighting.origin,
        "last_fetched_at": sighting.last_fetched,
        "fetched_zoneless": sighting.fetched_zoneless,
        **declared.fields(),
        **bounds_columns(declared.published, declared.zoneless, sighting.url, row.site, row.region),
    }


def _url(first: str | None, second: str | None) -> str | None:
    return preferred_spelling(first, second) if first and second else first or second


class Sightings:
    """A run's sightings, one merged entry per reading identity (address and bytes, or
    address and text): a dump read again in full holds one entry per page, not per reading."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str | None, str | None, str], Sighting] = {}

    def add(self, sighting: Sighting) -> None:
        key = (sighting.source_key, sighting.raw_hash, sighting.content_hash, sighting.headline)
        known = self._seen.get(key)
        self._seen[key] = sighting if known is None else known.merged(sighting)

    def __len__(self) -> int:
        return len(self._seen)

    def __iter__(self) -> Any:
        return iter(self._seen.values())

    def clear(self) -> None:
        self._seen.clear()


def merge(
    session: Session, sightings: Iterable[Sighting], run_id: int, rules: Rules, chunk: int = 500
) -> set[int]:
    """Give each stored page what its sightings agree on (see the module docstring); return
    the ids of the pages whose fetch time, first sighting, headline or publication date moved.
    A reading of this run reported as a ``duplicate`` of the page stored from another input
    that the ranking keeps (:func:`clipper.readingorder.reading_order`: two batches of one
    night, the better reading in the later one) is the kept one in that line: the stored
    input is named as the duplicate of it.
    An index seek per address (the pages stored under each ``source_key``), ``chunk``
    addresses a query.  Versions are numbered again where a fetch time moved
    (``Store.renumber_versions``); a page whose headline moved is indexed again for search,
    one whose publication date moved is ranked again (:func:`rerank`, run ``run_id``'s walk
    with ``rules``)."""
    wanted: dict[str, list[Sighting]] = {}
    for sighting in sightings:
        wanted.setdefault(sighting.source_key, []).append(sighting)
    updates: list[dict[str, Any]] = []
    moved: set[int] = set()
    retitled: dict[int, tuple[str | None, str | None]] = {}  # page id: old and new headline
    reauthored: set[int] = set()  # pages whose byline moved
    redated: set[int] = set()
    renumber: set[str] = set()
    # versions of one text (under two headlines) rank by their times and headline
    # (canonical.rank_key): one whose times or headline moved is ranked again
    texts: dict[tuple[str, str], int] = {}
    # and versions of one address rank by fetch time before their text's hash: one whose
    # fetch time moved is ranked again where its address has another version
    addresses: dict[str, int] = {}
    reranked: set[int] = set()
    # readings this run reported as duplicates that are kept: (kept, dropped origin, its fetch)
    swapped: list[tuple[str, str, str | None]] = []
    keys = sorted(wanted)
    for start in range(0, len(keys), chunk):
        rows = session.execute(
            select(
                Page.id,
                Page.source_key,
                Page.raw_hash,
                Page.content_hash,
                Page.url,
                Page.fetched_at,
                Page.seen_at,
                Page.origin,
                Page.title,
                Page.author,
                Page.published,
                Page.date_source,
                Page.published_zoneless,
                Page.published_offset,
                Page.run_id,
                Page.site,
                Page.last_fetched_at,
                Page.region,
                Page.fetched_zoneless,
                Page.kind,
            ).where(Page.source_key.in_(keys[start : start + chunk]))
        ).all()
        for row in rows:
            texts[(row.source_key, row.content_hash)] = (
                texts.get((row.source_key, row.content_hash), 0) + 1
            )
            addresses[row.source_key] = addresses.get(row.source_key, 0) + 1
        for row in rows:
            known = Declared(
                row.title,
                row.author,
                row.published,
                reading_order(row.fetched_at, row.origin, quality_of(row)),
                row.date_source,
                row.published_zoneless,
                row.published_offset,
            )
            headline = reading_headline_key(row.title, row.url, row.site)
            stored = Sighting(
                *row[1:8],
                known,
                headline,
                row.last_fetched_at or row.fetched_at,
                row.fetched_zoneless,
            )
            merged = stored
            matched = [s for s in wanted[row.source_key] if _reads(s, row, headline)]
            # a reading of bytes another reading of this run held, which was this page's
            # by its text (the same record fetched twice, the page stored from another
            # tool's file): a fetch of this page too
            held = {s.raw_hash for s in matched if s.raw_hash}
            matched += [
                s
                for s in wanted[row.source_key]
                if s.content_hash is None
                and s.headline in ("", headline)
                and s.raw_hash in held
                and s not in matched
            ]
            for sighting in matched:
                merged = merged.merged(sighting)
            if merged.fetched_at == stored.fetched_at and row.run_id != run_id:
                # no earlier capture: the origin stays where an earlier run first read the page
                merged = replace(merged, origin=stored.origin)
            declared = merged.declared or known  # never None: the stored page's is known
            columns = _columns(merged, declared, row)
            if columns == _columns(stored, known, row):
                # nothing the row holds moves: a reading that only sorts first (the same
                # capture re-packed, its record at another offset or line) is no change
                continue
            updates.append({"id": row.id, **columns})
            if row.run_id == run_id and merged.origin != stored.origin:
                # this run read the page stored from ``stored.origin`` again, better, from
                # ``merged.origin``, reported then as a duplicate of the stored one: the
                # reading dropped is the stored one
                swapped.append((merged.origin, stored.origin, stored.fetched_at))
            if (merged.fetched_at, merged.seen_at, merged.last_fetched, declared.fields()) != (
                stored.fetched_at,
                stored.seen_at,
                stored.last_fetched,
                known.fields(),
            ):
                moved.add(row.id)
            if (merged.fetched_at, merged.fetched_zoneless) != (
                stored.fetched_at,
                stored.fetched_zoneless,
            ):
                renumber.add(row.source_key)
                # rule 6's span of a day-only date or a zoneless time ends at the page's
                # fetch time (clipper.pubwindows): a page dated so is ranked again too
                if addresses[row.source_key] > 1 or (
                    declared.published is not None
                    and (len(declared.published) <= 10 or declared.zoneless is True)
                ):
                    reranked.add(row.id)
            if texts[(row.source_key, row.content_hash)] > 1 and (
                merged.fetched_at,
                merged.seen_at,
                declared.title,
            ) != (stored.fetched_at, stored.seen_at, row.title):
                reranked.add(row.id)
            if declared.title != row.title:
                retitled[row.id] = (row.title, declared.title)
            if declared.author != row.author:
                reauthored.add(row.id)
            if (declared.published, declared.date_source) != (row.published, row.date_source):
                redated.add(row.id)
    store = Store(session)
    if updates:
        session.execute(update(Page), updates)
        changed.mark_pages(session, {row["id"] for row in updates}, run_id)
    if reauthored:  # what --author and --agency find them by (clipper.bylinekeys)
        rewrite_credits(session.connection(), reauthored)
    for kept, dropped, fetched in swapped:
        session.execute(
            update(Rejected)
            .where(
                Rejected.run_id == run_id,
                Rejected.origin == kept,
                Rejected.reason == "duplicate",
                Rejected.detail == f"same page as {dropped}",
            )
            .values(origin=dropped, detail=f"same page as {kept}", fetched_at=fetched)
        )
    if renumber:
        store.renumber_versions(renumber)
    if retitled:
        _reindex(store, retitled)
    if redated | reranked:
        rerank(store, redated | reranked, run_id, rules)
    return moved


def _reindex(store: Store, retitled: dict[int, tuple[str | None, str | None]]) -> None:
    """The full-text entries of pages whose headline moved (page id: old and new headline)."""
    ids = sorted(retitled)
    for start in range(0, len(ids), 500):
        rows = store.session.execute(
            select(Page.id, Page.text, Page.language).where(Page.id.in_(ids[start : start + 500]))
        ).all()
        store.backend.reindex_pages(
            store.session.connection(),
            [PageText(row.id, retitled[row.id][0], row.text, row.language) for row in rows],
            [PageText(row.id, retitled[row.id][1], row.text, row.language) for row in rows],
        )


def rerank(store: Store, page_ids: Collection[int], run_id: int, rules: Rules) -> None:
    """Rank ``page_ids`` again after their publication date moved: their matches oriented by
    the new ranks (a match's better page ranks better), and their connected components walked
    again whole (``cluster.assign``, stored through ``clipper.store.clusters.write``: the
    canonical's rule 6 reads the dates).  Reads the components of these pages: a date moves
    only when a page is read again with an earlier fetch time and another date."""
    session = store.session
    session.flush()
    ids = sorted(page_ids)
    flips: dict[tuple[int, int], Any] = {}  # a match between two of them is met twice
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        flips.update(
            ((row.page_id, row.better_page_id), row)
            for row in session.execute(
                select(
                    Match.page_id,
                    Match.better_page_id,
                    Match.jaccard,
                    Match.containment,
                    Match.offset_words,
                    Match.lead_words,
                ).where(or_(Match.page_id.in_(part), Match.better_page_id.in_(part)))
            )
        )
    graph = StoredGraph(session)
    ranks = graph.ranks({page for pair in flips for page in pair})  # no text: ranks alone
    flipped = [m for m in flips.values() if ranks[m.page_id].rank < ranks[m.better_page_id].rank]
    for match in flipped:
        session.execute(
            delete(Match).where(
                Match.page_id == match.page_id, Match.better_page_id == match.better_page_id
            )
        )
    if flipped:
        session.execute(
            insert(Match),
            [
                {
                    "page_id": m.better_page_id,
                    "better_page_id": m.page_id,
                    "jaccard": m.jaccard,
                    "containment": m.containment,
                    "offset_words": m.offset_words,
                    "lead_words": m.lead_words,
                }
                for m in flipped
            ],
        )
    walk_again(store, ids, run_id, rules)


def walk_again(store: Store, page_ids: Collection[int], run_id: int, rules: Rules) -> None:
    """Walk the connected components of ``page_ids`` again whole (``cluster.assign``, stored
    through ``clipper.store.clusters.write``; a canonical change is recorded under ``run_id``).
    Reads those components."""
    graph = StoredGraph(store.session)
    members, edges = store.component(page_ids)
    nodes = graph.nodes(members)
    walked = Rewalk(redecided=len(members))
    walked.assignments = assign(
        [nodes[page] for page in sorted(members)],
        edges,
        rules.copy_jaccard,
        rules.whole_coverage,
        rules.clear_margin,
        rules.opening_words,
        rules.overlap_words,
        rules.gap_words,
        rules.through_jaccard,
        rules.through_share,
        rules.lone_share,
        rules.carried_share,
        rules.whole_piece,
        rules.same_headline,
        rules.own_opening,
    )
    walked.nodes = nodes
    walked.clusters = set(graph.clusters(members).values())
    write(store, walked, run_id, set(), now())


def redate_clusters(session: Session, page_ids: Collection[int], chunk: int = 500) -> set[int]:
    """The first/last-seen times of the clusters holding ``page_ids`` again, from their pages'
    fetch, publication and archive times (as ``clipper.store.clusters`` sets them:
    :func:`clipper.seentimes.seen_times`); return those clusters' ids.  Reads
    the pages of those clusters only (the ``pages.cluster_id`` index)."""
    ids = sorted(page_ids)
    clusters: set[int] = set()
    for start in range(0, len(ids), chunk):
        clusters.update(
            cid
            for cid in session.scalars(
                select(Page.cluster_id).where(Page.id.in_(ids[start : start + chunk])).distinct()
            )
            if cid is not None
        )
    found = sorted(clusters)
    updates: list[dict[str, Any]] = []
    for start in range(0, len(found), chunk):
        part = found[start : start + chunk]
        pages: dict[int, list[Any]] = {}
        for row in session.execute(
            select(
                Page.cluster_id,
                Page.fetched_at,
                Page.seen_at,
                Page.last_fetched_at,
                Page.published,
                Page.published_zoneless,
                Page.published_from,
                Page.published_to,
            ).where(Page.cluster_id.in_(part))
        ):
            if row.cluster_id is not None:
                pages.setdefault(row.cluster_id, []).append(row)
        for cid, members in pages.items():
            first_seen, last_seen = seen_times(members)
            updates.append({"id": cid, "first_seen": first_seen, "last_seen": last_seen})
    if updates:
        session.execute(update(Cluster), updates)
    return clusters
