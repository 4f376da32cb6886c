"""The archive side of stories: stored vectors, the pool of a run, and the per-batch update."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from importlib.metadata import version
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Executable, delete, func, insert, select, update
from sqlalchemy.orm import Session

from clipper.config import StoryConfig
from clipper.headlines import cluster_headlines
from clipper.models import Cluster, Meta, Page, Story, StoryVector
from clipper.store import chunks
from clipper.stories import stored_links
from clipper.stories.assignment import Change, regroup
from clipper.stories.identity import keep_ids
from clipper.stories.linking import AnchorIndex, Item
from clipper.stories.scoring import _Columns, score
from clipper.stories.vectors import (
    VECTOR_VERSION,
    Vector,
    event_day,
    event_time,
    ordinal,
    vectorize,
)
from clipper.templates import restore_lines

SCHEME_KEY = "story_scheme"
# The assignment rule's version (part of the scheme: a new one recomputes every story).  2: the
# walk orders a day's clusters by time of day, and a story's centroid is its first
# ``centroid_clusters`` members'.
WALK_VERSION = "2"
# The candidate rule's version (part of the scheme).  2: a sorted neighbourhood on each anchor's
# posting list (``AnchorIndex``) instead of the heaviest ``anchor_cap`` clusters of each day.
LINK_VERSION = "2"


@dataclass
class StoryOutcome:
    new_stories: int = 0
    changed_stories: int = 0
    vectors: int = 0
    compared: int = 0  # clusters compared with stories (``Regrouped.compared``)
    decided: int = 0  # clusters the walk visited (``Regrouped.decided``)
    moved: int = 0  # stored clusters that changed story (``Regrouped.moved``)
    by_state: int = 0  # clusters queued by a story's changed state (``Regrouped.by_state``)


def scheme(config: StoryConfig) -> str:
    return json.dumps(
        {
            "version": VECTOR_VERSION,
            "walk": WALK_VERSION,
            "links": LINK_VERSION,
            "wordfreq": version("wordfreq"),
            **asdict(config),
        },
        sort_keys=True,
    )


# A stored vector as the pool reads it: with what orders its cluster (its canonical's time of
# day, source key and content hash).
_VECTOR_ROWS = select(
    StoryVector.cluster_id,
    StoryVector.day,
    StoryVector.terms,
    Page.source_key,
    Page.content_hash,
    Page.published,
    Page.fetched_at,
).join(Page, Page.id == StoryVector.page_id)


_FIRST_DAY, _LAST_DAY = date.min.toordinal(), date.max.toordinal()
_NO_LINKS = np.zeros(0, np.int64)


class StoryPool:
    """Stored vectors as the story stage reads them, kept from batch to batch of one run.

    A run's batches mostly look at the same days, so each day's vectors are read from the
    archive once, each day's anchor buckets are ranked once per change of the day
    (:class:`AnchorIndex`), and vector terms are numbered once (:class:`_Columns`).  Days no
    batch looked at in the last update are dropped again, which bounds the pool by the window
    around what the run is storing.  ``update_stories`` keeps the pool in step with
    ``story_vectors`` (it drops every cluster whose vector it rewrites or deletes).

    ``links`` keeps the complete link sets read from ``story_links`` or scored this run (the
    table is kept equal to them: ``stored_links``), so a run scores only its new and changed
    clusters and the pairs their change flips.  A set is the linked cluster ids as a sorted
    int64 array (8 bytes a link; the walk needs no similarity: a dict of similarities took
    ≈ 93 bytes a link, 15 MB on 2,000 one-day records).  A cluster's entry is dropped when a
    cluster it links to leaves the pool (read again, with its partners' items, when needed);
    a cluster that is rewritten or deleted leaves its partners' sets.
    """

    # Numbered columns kept before the numbering starts over (≈ 100 B each).
    max_columns = 4_000_000

    def __init__(self, config: StoryConfig) -> None:
        self.config = config
        self.items: dict[int, Item] = {}
        self.by_day: dict[int, set[int]] = {}
        self.columns = _Columns(config.anchor_terms)
        self.index = AnchorIndex(config)
        self.changed_days: set[int] = set()
        self.used_days: set[int] = set()
        self.links: dict[int, npt.NDArray[np.int64]] = {}
        # Clusters whose held link set differs from its ``story_links`` row (_Stored.flush).
        self.dirty: set[int] = set()

    def load_days(self, session: Session, wanted: set[int]) -> None:
        # A window reaching before 0001-01-01 or after 9999-12-31 (a page dated near either
        # end) holds no stored day there: only valid ordinals are read.
        wanted = {day for day in wanted if _FIRST_DAY <= day <= _LAST_DAY}
        self.used_days |= wanted
        missing = sorted(wanted - self.by_day.keys())
        for day in missing:
            self.by_day[day] = set()
            self.changed_days.add(day)
        runs: list[tuple[int, int]] = []
        for day in missing:
            if runs and runs[-1][1] == day - 1:
                runs[-1] = (runs[-1][0], day)
            else:
                runs.append((day, day))
        for first, last in runs:
            self._read(
                session,
                _VECTOR_ROWS.join(Cluster, Cluster.id == StoryVector.cluster_id)
                .where(StoryVector.day >= date.fromordinal(first).isoformat())
                .where(StoryVector.day <= date.fromordinal(last).isoformat()),
            )

    def load_clusters(self, session: Session, cluster_ids: Iterable[int]) -> None:
        for chunk in chunks(sorted(set(cluster_ids) - self.items.keys())):
            self._read(session, _VECTOR_ROWS.where(StoryVector.cluster_id.in_(chunk)))

    def _read(self, session: Session, query: Executable) -> None:
        for row in session.execute(query):
            self._add(row)

    def _add(self, row: Any) -> None:
        cluster_id = row.cluster_id
        item = self.items.get(cluster_id)
        if item is None:
            day_number = ordinal(row.day)
            time = event_time(row.published, row.fetched_at)
            order = (day_number, time, row.source_key, row.content_hash)
            item = Item(cluster_id, day_number, order, Vector.from_bytes(row.terms))
            self.items[cluster_id] = item
        # A cluster loaded on its own is filed under its day only once that day is loaded
        # (whose query then meets it again), so a loaded day always holds all of its clusters.
        if item.day in self.by_day:
            self.by_day[item.day].add(cluster_id)
            self.changed_days.add(item.day)

    def load_windows(self, session: Session, items: Iterable[Item]) -> None:
        """Load every day within ``window_days`` of each of ``items``."""
        window = self.config.window_days
        self.load_days(
            session, {d for it in items for d in range(it.day - window, it.day + window + 1)}
        )

    def forget(self, cluster_ids: Iterable[int], rescored: bool = True) -> None:
        """Drop clusters; ``rescored``: they are being rewritten or deleted (their link sets
        and their partners' held sets lose them: to be written), else they only leave the
        pool (their partners' sets, complete, are dropped too unless waiting to be written:
        those are read again with their partners' items when needed)."""
        for cid in cluster_ids:
            item = self.items.pop(cid, None)
            if item is not None and item.day in self.by_day:
                self.by_day[item.day].discard(cid)
                self.changed_days.add(item.day)
            self.columns.forget(cid)
            for other in self.links.pop(cid, _NO_LINKS).tolist():
                if rescored:
                    if other in self.links:  # else one of ``cluster_ids`` (or not read)
                        self.unlink(other, cid)
                elif other not in self.dirty:
                    self.links.pop(other, None)
            if rescored and item is not None:
                self.dirty.add(cid)

    def unlink(self, cluster_id: int, other: int) -> None:
        """Take ``other`` out of the link set of ``cluster_id`` (held: read it first)."""
        held = self.links[cluster_id]
        at = int(np.searchsorted(held, other))
        if at < len(held) and held[at] == other:
            self.links[cluster_id] = np.delete(held, at)
            self.dirty.add(cluster_id)

    def link(self, pairs: npt.NDArray[np.int64]) -> None:
        """Add each (a, b) of ``pairs`` to the link sets of a and of b (held: read them
        first)."""
        if not len(pairs):
            return
        owners = np.concatenate([pairs[:, 0], pairs[:, 1]])
        others = np.concatenate([pairs[:, 1], pairs[:, 0]])
        order = np.lexsort((others, owners))
        owners, others = owners[order], others[order]
        starts = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])
        for owner, part in zip(
            owners[starts].tolist(), np.split(others, starts[1:]), strict=True
        ):
            self.links[owner] = np.union1d(self.links[owner], part)
            self.dirty.add(owner)

    def day_items(self, days: Iterable[int]) -> list[Item]:
        return [self.items[cid] for day in sorted(days) for cid in sorted(self.by_day[day])]

    def indexed(self) -> AnchorIndex:
        """The anchor index of the loaded days, brought up to date."""
        if self.changed_days:
            self.index.build(self.day_items(self.by_day))
            self.changed_days = set()
        return self.index

    def trim(self) -> None:
        """Drop the days the last update did not look at (and clusters filed under none)."""
        keep = {cid for day in self.used_days for cid in self.by_day.get(day, ())}
        for day in set(self.by_day) - self.used_days:
            del self.by_day[day]
            self.changed_days.add(day)
        self.forget([cid for cid in self.items if cid not in keep], rescored=False)
        self.used_days = set()
        if len(self.columns.column_of) > self.max_columns:
            self.columns = _Columns(self.config.anchor_terms)


# Clusters whose link sets are scored together (_Stored.links).
_LINK_SLICE = 500


class _Stored:
    """The archive as :func:`~clipper.stories.assignment.regroup` reads it: vectors through
    the pool, link sets from ``story_links`` (scored only for the clusters a run changed:
    :meth:`score`), story ids and story members from ``clusters``."""

    def __init__(self, session: Session, pool: StoryPool, config: StoryConfig) -> None:
        self.session = session
        self.pool = pool
        self.config = config
        self.items = pool.items
        # story id → its stored members' ids (the stored clusters do not change story while
        # the walk reads them)
        self._members: dict[int, list[int]] = {}

    def score(self, cluster_ids: Sequence[int], before_day: int | None = None) -> int:
        """Score the link sets of ``cluster_ids`` against their windows and add them to the
        held sets (those of new or re-vectorised clusters start empty: their rows were
        flushed away); a pair with an end dated before ``before_day`` is left out (stored
        already).  Returns the links found."""
        pool = self.pool
        pool.load_clusters(self.session, cluster_ids)
        fresh = sorted(cid for cid in set(cluster_ids) if cid in pool.items)
        if not fresh:
            return 0
        pool.used_days.update(pool.items[cid].day for cid in fresh)
        pool.load_windows(self.session, [pool.items[cid] for cid in fresh])
        self.hold(fresh)
        index = pool.indexed()
        # A slice at a time: a run's story stage scores a whole night's clusters, and their
        # candidate pairs and scores at once held 600 MB at 10k one-day records.  A pair is a
        # candidate from either of its ends (the same neighbourhood, the same window), so one
        # whose other end was in an earlier slice was scored and linked there, into both sets:
        # it is left out (a third of the pairs when 10,000 of a 30-day window's clusters are
        # scored in one call).
        done = np.zeros(0, np.int64)
        total = 0
        for start in range(0, len(fresh), _LINK_SLICE):
            ids = fresh[start : start + _LINK_SLICE]
            pairs = index.candidates([pool.items[cid] for cid in ids])
            if len(done):
                pairs = pairs[~np.isin(pairs, done).any(axis=1)]
            if before_day is not None and len(pairs):
                days = np.fromiter(
                    (pool.items[c].day for c in pairs.ravel().tolist()), np.int64, pairs.size
                ).reshape(-1, 2)
                pairs = pairs[(days >= before_day).all(axis=1)]
            found = score(pairs, pool.items, self.config, pool.columns, index)
            linked = np.array([(a, b) for a, b, _ in found], np.int64).reshape(-1, 2)
            self.hold(np.unique(linked).tolist())
            pool.link(linked)
            total += len(linked)
            done = np.union1d(done, ids)
        return total

    def hold(self, cluster_ids: Collection[int]) -> None:
        """Read the link sets of ``cluster_ids`` the pool does not hold from ``story_links``."""
        pool = self.pool
        wanted = [cid for cid in cluster_ids if cid not in pool.links]
        if wanted:
            pool.links.update(stored_links.read(self.session, wanted))

    def flush(self) -> None:
        """Write the changed link sets to ``story_links``."""
        pool = self.pool
        stored_links.write(
            self.session, {cid: pool.links.get(cid, _NO_LINKS) for cid in pool.dirty}
        )
        pool.dirty = set()

    def links(self, cluster_ids: Collection[int]) -> None:
        """Make the link sets of ``cluster_ids`` available (:meth:`linked`), with the items
        of the clusters they link to."""
        pool = self.pool
        pool.load_clusters(self.session, cluster_ids)
        present = [cid for cid in cluster_ids if cid in pool.items]
        pool.used_days.update(pool.items[cid].day for cid in present)
        self.hold(present)
        pool.load_clusters(
            self.session, {o for cid in present for o in pool.links[cid].tolist()}
        )

    def linked(self, cluster_id: int) -> list[int]:
        return self.pool.links.get(cluster_id, _NO_LINKS).tolist()

    def labels(self, cluster_ids: Collection[int]) -> dict[int, int | None]:
        found: dict[int, int | None] = dict.fromkeys(cluster_ids)
        for chunk in chunks(sorted(found)):
            for row in self.session.execute(
                select(Cluster.id, Cluster.story_id).where(Cluster.id.in_(chunk))
            ):
                found[row.id] = row.story_id
        return found

    def members(self, story_id: int) -> list[int]:
        self.read_members([story_id])
        return [cid for cid in self._members[story_id] if cid in self.pool.items]

    def read_members(self, story_ids: Collection[int]) -> None:
        """Read the stored members of ``story_ids`` (and their vectors) in one pass, for
        :meth:`members` (a night that moves a thousand archived clusters out of their stories
        read them a story at a time: 1,278 queries)."""
        wanted = sorted(set(story_ids) - self._members.keys())
        found: dict[int, list[int]] = {sid: [] for sid in wanted}
        for chunk in chunks(wanted):
            for row in self.session.execute(
                select(Cluster.id, Cluster.story_id).where(Cluster.story_id.in_(chunk))
            ):
                found[int(row.story_id)].append(row.id)
        self.pool.load_clusters(self.session, [cid for ids in found.values() for cid in ids])
        self._members.update((sid, sorted(ids)) for sid, ids in found.items())


def _relink(
    session: Session,
    pool: StoryPool,
    stored: _Stored,
    seeds: set[int],
    removed: Sequence[Item],
) -> dict[int, set[int]]:
    """Update the stored clusters' links for the pairs whose candidacy the batch changed (new
    clusters in the middle of a posting list, removed ones leaving a gap: at most
    ``anchor_cap`` pairs a list per change, none when the change is the latest of its lists),
    in the pool and in ``story_links``; return each cluster whose links changed with its
    links before.  This is what keeps one big run and many nightly runs alike."""
    inserted = [pool.items[cid] for cid in sorted(seeds) if cid in pool.items]
    pool.load_windows(session, [*inserted, *removed])
    gained, lost = pool.indexed().changed_pairs(inserted, removed)
    if not len(gained) and not len(lost):
        return {}
    flips = np.concatenate([gained, lost])
    # Both ends are unchanged clusters, so a pair over the bar now was over it before: a lost
    # one is a stored link, a gained one a new link.
    found = score(flips, pool.items, pool.config, pool.columns, pool.index)
    linked = sorted((a, b) for a, b, _ in found)
    if not linked:
        return {}
    ends = sorted({cid for pair in linked for cid in pair})
    stored.links(ends)
    before = {cid: set(pool.links[cid].tolist()) for cid in ends}
    gained_set = {(a, b) for a, b in gained.tolist()}
    pool.link(np.array([p for p in linked if p in gained_set], np.int64).reshape(-1, 2))
    for a, b in linked:
        if (a, b) not in gained_set:
            pool.unlink(a, b)
            pool.unlink(b, a)
    return before


def _stale_clusters(
    session: Session, cluster_ids: set[int], page_ids: set[int], redated: Collection[int] = ()
) -> tuple[list[Any], set[int], dict[int, int]]:
    """Clusters among ``cluster_ids`` whose vector is missing, of an old canonical or of a
    re-dated cluster (``redated``); stored vectors of clusters that are gone; and the story
    each of both belonged to."""
    clusters = {}
    for chunk in chunks(sorted(cluster_ids)):
        for row in session.execute(
            select(Cluster.id, Cluster.canonical_page_id, Cluster.story_id).where(
                Cluster.id.in_(chunk)
            )
        ):
            clusters[row.id] = row
    vectors: dict[int, Any] = {}
    for column, keys in ((StoryVector.cluster_id, cluster_ids), (StoryVector.page_id, page_ids)):
        for chunk in chunks(sorted(keys)):
            for row in session.execute(
                select(StoryVector.cluster_id, StoryVector.page_id, StoryVector.story_id).where(
                    column.in_(chunk)
                )
            ):
                vectors[row.cluster_id] = row
    unknown = sorted(set(vectors) - set(clusters))
    living: set[int] = set()
    for chunk in chunks(unknown):
        living.update(session.scalars(select(Cluster.id).where(Cluster.id.in_(chunk))))
    gone = {cid for cid in unknown if cid not in living}
    stale = [
        row
        for cid, row in sorted(clusters.items())
        if cid not in vectors or vectors[cid].page_id != row.canonical_page_id or cid in redated
    ]
    old_story = {cid: vectors[cid].story_id for cid in gone} | {
        row.id: row.story_id for row in stale
    }
    return stale, gone, {cid: sid for cid, sid in old_story.items() if sid is not None}


def _write_vectors(
    session: Session,
    stale: Sequence[Any],
    config: StoryConfig,
    vectors: Mapping[int, Vector],
) -> None:
    """Replace the stored vectors of the ``stale`` clusters by their canonicals' (from
    ``vectors`` by page id, else vectorised from the stored text), a chunk of clusters at a
    time: a run's story stage writes a whole night's clusters, and their pages' texts and
    vectors at once would grow with the night."""
    for part in chunks(stale):
        page_rows = {}
        for row in session.execute(
            select(
                Page.id,
                Page.title,
                Page.text,
                Page.template_lines,
                Page.language,
                Page.published,
                Page.fetched_at,
                Page.seen_at,
            ).where(Page.id.in_(sorted({row.canonical_page_id for row in part})))
        ):
            page_rows[row.id] = row
        session.execute(
            delete(StoryVector).where(StoryVector.cluster_id.in_([row.id for row in part]))
        )
        rows = []
        for cluster in part:
            page = page_rows[cluster.canonical_page_id]
            vector = vectors.get(page.id)
            if vector is None:
                text = restore_lines(page.text, json.loads(page.template_lines or "[]"))
                vector = vectorize(page.title, text, page.language, config)
            rows.append(
                {
                    "cluster_id": cluster.id,
                    "page_id": page.id,
                    "story_id": cluster.story_id,
                    "day": event_day(page.published, page.fetched_at, page.seen_at),
                    "terms": vector.to_bytes(),
                }
            )
        session.execute(insert(StoryVector), rows)


def _check_scheme(session: Session, config: StoryConfig) -> bool:
    """Record the story scheme; True if the archive's stories must be rebuilt from scratch."""
    wanted = scheme(config)
    row = session.get(Meta, SCHEME_KEY)
    if row is not None and row.value == wanted:
        return False
    if row is None:
        session.add(Meta(key=SCHEME_KEY, value=wanted))
    else:
        row.value = wanted
    session.execute(update(Cluster).values(story_id=None))
    session.execute(delete(StoryVector))
    stored_links.clear(session)
    session.execute(delete(Story))
    return True


def update_stories(
    session: Session,
    page_ids: Iterable[int],
    run_id: int,
    config: StoryConfig,
    vectors: Mapping[int, Vector] | None = None,
    pool: StoryPool | None = None,
    redated: Collection[int] = (),
) -> StoryOutcome:
    """Bring stories up to date after ``Store.recluster`` stored and clustered ``page_ids``.

    ``vectors`` (page id → vector) are the batch's pages vectorised by the worker processes;
    a canonical not among them is vectorised here.  ``pool`` carries stored vectors from one
    batch of a run to the next (a fresh one is used without it).  ``redated``: clusters (of
    ``page_ids``) whose pages' times moved (``clipper.sightings``), re-dated like a cluster
    with a new canonical.

    Called once per run, at its end (``pipeline.Deduper.finish_stories``), with every page the
    run stored; any set of pages works (a walk restricted to what they can change).  Re-decides
    (``regroup``) the clusters
    whose vector is new, changed or gone, whose links changed (anchor buckets displaced), and
    those whose story can have changed with them; other stories stay as stored.  Links are
    scored only for clusters whose vector is new or changed and for the pairs their change
    flips; ``story_links`` gives every other link set and is kept equal to the links among
    the stored vectors (``stored_links``).
    """
    from clipper.store import Store  # clipper.store imports nothing of this module

    pool = pool if pool is not None else StoryPool(config)
    if _check_scheme(session, config):
        # New archive, an archive from before stories, or other settings: every cluster.
        pool.forget(list(pool.items))
        page_set: set[int] = set()
        cluster_ids = set(session.scalars(select(Cluster.id)))
    else:
        page_set, _ = Store(session).component(page_ids, with_edges=False)
        cluster_ids = set()
        for chunk in chunks(sorted(page_set)):
            cluster_ids.update(
                cid
                for cid in session.scalars(
                    select(Page.cluster_id).where(Page.id.in_(chunk)).distinct()
                )
                if cid is not None
            )
    stale, gone, old_story = _stale_clusters(session, cluster_ids, page_set, redated)
    changed = [*gone, *(row.id for row in stale)]
    # The buckets their old vectors were in, and (below) those their new ones are in; their
    # old positions and link sets.
    pool.load_clusters(session, changed)
    removed_items = [pool.items[cid] for cid in changed if cid in pool.items]
    # Their stored links go (a new vector's are scored below), from their partners' sets
    # too; their sets before, for regroup.
    stored = _Stored(session, pool, config)
    had_vector = [cid for cid in changed if cid in pool.items]
    stored.hold(had_vector)
    stored.hold({o for cid in had_vector for o in pool.links[cid].tolist()})
    change = Change()
    for cid in changed:
        if cid in old_story and cid in pool.items:
            change.removed.append((old_story[cid], pool.items[cid]))
        change.old_links[cid] = set(pool.links[cid].tolist()) if cid in pool.links else None
    pool.forget(changed)
    stored.flush()
    for chunk in chunks(sorted(gone)):
        session.execute(delete(StoryVector).where(StoryVector.cluster_id.in_(chunk)))
    _write_vectors(session, stale, config, vectors or {})
    outcome = StoryOutcome(vectors=len(stale))

    seeds = {row.id for row in stale}
    pool.load_clusters(session, seeds)
    stored.score(sorted(seeds))
    before = _relink(session, pool, stored, seeds, removed_items)
    # A cluster whose links came out the same changes nothing.
    relinked = {
        cid for cid, old in before.items() if old != set(pool.links.get(cid, _NO_LINKS).tolist())
    }
    change.old_links.update((cid, before[cid]) for cid in relinked)
    change.seeds = {cid for cid in seeds | relinked if cid in pool.items}
    stored.flush()
    stored.read_members({sid for sid, _ in change.removed})
    found = regroup(stored, change, config)
    outcome.compared = found.compared
    outcome.decided, outcome.moved, outcome.by_state = found.decided, found.moved, found.by_state
    old_stories = found.stories | {sid for sid, _ in change.removed}
    refresh = set(old_stories)
    if found.groups or old_stories:
        refresh |= _assign_ids(session, found.groups, old_stories, run_id, outcome)
    for chunk in chunks(sorted(cluster_ids)):
        refresh.update(
            sid
            for sid in session.scalars(select(Cluster.story_id).where(Cluster.id.in_(chunk)))
            if sid is not None
        )
    _refresh_stories(session, refresh, run_id)
    pool.trim()
    return outcome


def _assign_ids(
    session: Session,
    groups: list[list[int]],
    old_stories: set[int],
    run_id: int,
    outcome: StoryOutcome,
) -> set[int]:
    """Give each group a story id (:func:`identity.keep_ids`: the stored id it shares most
    members with, each id once, largest overlaps first); return the ids used."""
    current: dict[int, int | None] = {}
    members = [cid for story in groups for cid in story]
    for chunk in chunks(sorted(members)):
        for hit in session.execute(
            select(Cluster.id, Cluster.story_id).where(Cluster.id.in_(chunk))
        ):
            current[hit.id] = hit.story_id
    involved = set(old_stories) | {sid for sid in current.values() if sid is not None}
    claimed: set[int] = set()
    updates: list[dict[str, Any]] = []
    vector_updates: list[dict[str, Any]] = []
    pending: list[list[int]] = []
    kept = keep_ids(
        {number: [current.get(cid) for cid in story] for number, story in enumerate(groups)}
    )
    for number, story in enumerate(groups):
        chosen = kept.get(number)
        if chosen is None:
            pending.append(story)
            outcome.new_stories += 1
            continue
        claimed.add(chosen)
        if any(current.get(cid) != chosen for cid in story) or len(story) != sum(
            1 for sid in current.values() if sid == chosen
        ):
            outcome.changed_stories += 1
        updates.extend(
            {"id": cid, "story_id": chosen} for cid in story if current.get(cid) != chosen
        )
    if pending:
        # Placeholder lead page: the smallest member's canonical, fixed by _refresh_stories.
        leads = {
            hit.id: hit.canonical_page_id
            for hit in session.execute(
                select(Cluster.id, Cluster.canonical_page_id).where(
                    Cluster.id.in_([story[0] for story in pending])
                )
            )
        }
        new_ids = session.scalars(
            insert(Story).returning(Story.id, sort_by_parameter_order=True),
            [
                {
                    "title": None,
                    "lead_page_id": leads[story[0]],
                    "first_day": "",
                    "last_day": "",
                    "size": 0,
                    "pages": 0,
                    "outlets": 0,
                    "created_run_id": run_id,
                    "updated_run_id": run_id,
                }
                for story in pending
            ],
        ).all()
        for story_id, story in zip(new_ids, pending, strict=True):
            claimed.add(story_id)
            updates.extend({"id": cid, "story_id": story_id} for cid in story)
    if updates:
        session.execute(update(Cluster), updates)
        vector_updates = [{"cluster_id": u["id"], "story_id": u["story_id"]} for u in updates]
        session.execute(update(StoryVector), vector_updates)
    unused = sorted(involved - claimed)
    if unused:
        for chunk in chunks(unused):
            session.execute(
                update(Cluster).where(Cluster.story_id.in_(chunk)).values(story_id=None)
            )
            session.execute(delete(Story).where(Story.id.in_(chunk)))
    return claimed


def _refresh_stories(session: Session, story_ids: set[int], run_id: int) -> None:
    """Recompute title, dates and counts of ``story_ids`` (deleting any left empty)."""
    for chunk in chunks(sorted(story_ids)):
        stats: dict[int, dict[str, Any]] = {}
        rows = session.execute(
            select(
                Cluster.story_id,
                Cluster.size,
                Cluster.first_seen,
                Cluster.last_seen,
                Cluster.canonical_page_id,
                StoryVector.day,
                Page.title,
                Page.source_key,
                Page.content_hash,
            )
            .join(StoryVector, StoryVector.cluster_id == Cluster.id)
            .join(Page, Page.id == Cluster.canonical_page_id)
            .where(Cluster.story_id.in_(chunk))
        ).all()
        # a cluster's headline: its canonical's title, else its copies' (clipper.headlines)
        heads = cluster_headlines(session, (row.canonical_page_id for row in rows))
        for row in rows:
            title = heads.get(row.canonical_page_id, row.title)
            entry = stats.setdefault(
                row.story_id,
                {"size": 0, "days": [], "first_seen": [], "last_seen": [], "lead": None},
            )
            entry["size"] += 1
            entry["days"].append(row.day)
            if row.first_seen:
                entry["first_seen"].append(row.first_seen)
            if row.last_seen:
                entry["last_seen"].append(row.last_seen)
            # the lead (whose headline the story shows): the largest cluster with a headline
            rank = (not title, -row.size, row.day, row.source_key, row.content_hash)
            if entry["lead"] is None or rank < entry["lead"][0]:
                entry["lead"] = (rank, row.canonical_page_id, title)
        counts = {
            row.story_id: (row.pages, row.outlets)
            for row in session.execute(
                select(
                    Cluster.story_id,
                    func.count(Page.id).label("pages"),
                    func.count(func.distinct(Page.site)).label("outlets"),
                )
                .join(Page, Page.cluster_id == Cluster.id)
                .where(Cluster.story_id.in_(chunk))
                .group_by(Cluster.story_id)
            )
        }
        empty = [sid for sid in chunk if sid not in stats]
        if empty:
            session.execute(delete(Story).where(Story.id.in_(empty)))
        updates = []
        for sid, entry in stats.items():
            pages, outlets = counts.get(sid, (0, 0))
            updates.append(
                {
                    "id": sid,
                    "title": entry["lead"][2],
                    "lead_page_id": entry["lead"][1],
                    "first_day": min(entry["days"]),
                    "last_day": max(entry["days"]),
                    "first_seen": min(entry["first_seen"], default=None),
                    "last_seen": max(entry["last_seen"], default=None),
                    "size": entry["size"],
                    "pages": pages,
                    "outlets": outlets,
                    "updated_run_id": run_id,
                }
            )
        if updates:
            session.execute(update(Story), updates)
