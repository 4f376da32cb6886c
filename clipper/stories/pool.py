"""What the story stage reads of the archive, held for a run: :class:`StoryPool` (stored vectors
by day, their anchor index and the link sets read from ``story_links`` or scored this run) and
``_Stored``, the archive as :func:`~clipper.stories.regrouping.regroup` reads it through the
pool.  What the stage writes is :mod:`clipper.stories.storage`'s."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Executable, select
from sqlalchemy.orm import Session

from clipper.config import StoryConfig
from clipper.models import Cluster, Page, StoryVector
from clipper.sortedsets import distinct, union
from clipper.store.rows import chunks
from clipper.stories import stored_links
from clipper.stories.linking import AnchorIndex, Item
from clipper.stories.ruleparts import RuleParts
from clipper.stories.scoring import _Columns, linked
from clipper.stories.vectors import Vector, event_time, ordinal

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


# Stored vectors fetched at a time (StoryPool._read).
_ROWS_FETCHED = 1000
_FIRST_DAY, _LAST_DAY = date.min.toordinal(), date.max.toordinal()
_NO_LINKS = np.zeros(0, np.uint32)


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
    uint32 array (4 bytes a link: cluster ids are below 2³², as :class:`AnchorIndex` needs;
    the walk needs no similarity: a dict of similarities took ≈ 93 bytes a link, 15 MB on
    2,000 one-day records; int64 sets were the largest thing a night's story stage held,
    22 MB of its 49 MB at 9,553 one-day clusters).  A cluster's entry is dropped when a
    cluster it links to leaves the pool (read again, with its partners' items, when needed);
    a cluster that is rewritten or deleted leaves its partners' sets.
    """

    # Numbered columns kept before the numbering starts over (8 B each).
    max_columns = 4_000_000

    def __init__(self, config: StoryConfig) -> None:
        self.config = config
        self.items: dict[int, Item] = {}
        self.by_day: dict[int, set[int]] = {}
        self.columns = _Columns(shared=True)
        self.index = AnchorIndex(config)
        self.changed_days: set[int] = set()
        self.used_days: set[int] = set()
        self.links: dict[int, npt.NDArray[np.uint32]] = {}
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
        # Rows fetched a part at a time: a one-day night's day is every cluster of the night,
        # its vectors fetched at once 2.4 KB each (28 MB at 11,650 clusters) over what the
        # pool keeps of them.
        for row in session.execute(query.execution_options(yield_per=_ROWS_FETCHED)):
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
        others = np.concatenate([pairs[:, 1], pairs[:, 0]]).astype(np.uint32)
        order = np.lexsort((others, owners))
        owners, others = owners[order], others[order]
        starts = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])
        for owner, part in zip(
            owners[starts].tolist(), np.split(others, starts[1:]), strict=True
        ):
            held = self.links[owner]
            # ``part`` is sorted and distinct (pairs are distinct): a view of ``others``,
            # copied so that it does not keep the whole array
            self.links[owner] = (
                union(held, part).astype(np.uint32, copy=False) if len(held) else part.copy()
            )
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
        if self.columns.width > self.max_columns:
            self.columns.release()
            self.columns = _Columns(shared=True)


# Clusters whose link sets are scored together (_Stored.links).  A slice's candidate pairs
# and the arrays scoring them are the story stage's short-lived peak (~60 MB traced at 500 on
# one-day records); 250 halves it (9,553 one-day clusters: the stage's peak RSS 138 MB above
# its start, was 159 at 500; 125: 125 MB for ~10 % more CPU).
_LINK_SLICE = 250
# Links found and not yet added to the held sets (_Stored.score): 16 bytes each, and about
# five times that while they are added (StoryPool.link's sorted copies).
_LINKS_HELD = 200_000


class _Stored:
    """The archive as :func:`~clipper.stories.regrouping.regroup` reads it: vectors through
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
        # Their term columns' room, made once (the store's rows are encoded as pairs meet them)
        pool.columns.reserve(
            sum(len(pool.items[cid].vector.keys) for cid in fresh if cid not in pool.columns.rows)
        )
        # A slice at a time: a run's story stage scores a whole night's clusters, and their
        # candidate pairs and scores at once held 600 MB at 10k one-day records.  A pair is a
        # candidate from either of its ends (the same neighbourhood, the same window), so one
        # whose other end was in an earlier slice was scored and linked there, into both sets:
        # it is left out (a third of the pairs when 10,000 of a 30-day window's clusters are
        # scored in one call).
        done = np.zeros(0, np.int64)
        total = 0
        # what the link rules read of each vector, made once for all the slices (a slice's
        # links reach most of the day's clusters)
        parts = RuleParts()
        # Links are added to the held sets ``_LINKS_HELD`` pairs at a time, not a slice at a
        # time: a cluster's partners come from many slices, and its set was merged again for
        # each (256,000 merges for 11,650 one-day clusters, 3.7 times those of 5,826).
        waiting: list[npt.NDArray[np.int64]] = []
        held = 0
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
            found = linked(pairs, pool.items, self.config, pool.columns, index, parts)
            kept = np.stack([found.a, found.b], axis=1)
            self.hold(distinct(kept).tolist())
            waiting.append(kept)
            held += len(kept)
            if held >= _LINKS_HELD:
                pool.link(np.concatenate(waiting))
                waiting, held = [], 0
            total += len(kept)
            done = union(done, np.asarray(ids, dtype=np.int64))
        if waiting:
            pool.link(np.concatenate(waiting))
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
