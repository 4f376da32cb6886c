"""Regrouping: the stories a batch changed, re-decided from the stored ones.

:func:`regroup` gives the stories :func:`clipper.stories.assignment.group` would give over the
whole link graph after a batch, by re-deciding only the clusters whose decision can have
changed (the archive's side is :class:`StoredStories`, implemented by ``pool._Stored``; what
the batch changed is :class:`Change`).
"""

from __future__ import annotations

import heapq
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from clipper.config import StoryConfig
from clipper.stories.assignment import BEFORE_ALL, StoryState, choose
from clipper.stories.linking import Item, Order


class StoredStories(Protocol):
    """What :func:`regroup` reads of the archive (after the batch's vectors are written).

    ``items`` holds every cluster the other methods have named.  ``links`` makes the complete
    current link sets of ``cluster_ids`` available through ``linked``; ``labels`` gives each
    cluster's stored story id (None: none yet); ``members`` the clusters stored in a story."""

    @property
    def items(self) -> Mapping[int, Item]: ...

    def links(self, cluster_ids: Collection[int]) -> None: ...

    def linked(self, cluster_id: int) -> Collection[int]: ...

    def labels(self, cluster_ids: Collection[int]) -> Mapping[int, int | None]: ...

    def members(self, story_id: int) -> list[int]: ...


@dataclass
class Change:
    """What a batch changed, as :func:`regroup` needs it.

    ``seeds``: clusters to re-decide (new, re-vectorised, or whose links changed).  ``removed``:
    (stored story id, the cluster as it was) of clusters gone or re-vectorised.  ``old_links``:
    for removed or re-linked clusters, their link set before the batch where known (None:
    unknown, so every later member of their old story is re-decided)."""

    seeds: set[int] = field(default_factory=set)
    removed: list[tuple[int, Item]] = field(default_factory=list)
    old_links: dict[int, Collection[int] | None] = field(default_factory=dict)


@dataclass
class Regrouped:
    """What :func:`regroup` found: ``groups``, the stories whose membership changed, each its
    complete list of cluster ids in canonical order; ``stories``, the stored story ids whose
    membership changed (those in no group are left empty); ``compared``, how many clusters
    were compared with stories again (the walk's costly step).  Where that work comes from:
    ``decided``, the clusters the walk visited; ``moved``, the stored ones among them that
    changed story; ``by_state``, those queued because a story they meet changed state (its
    first ``centroid_clusters`` members or its latest day) before them."""

    groups: list[list[int]]
    stories: set[int]
    compared: int
    decided: int = 0
    moved: int = 0
    by_state: int = 0


class _Label:
    """One story label during :func:`regroup`: its stored members (``stored``, canonical
    order), the walk's state of it so far, and from where that state may differ from the
    stored walk's (``dirty_from``)."""

    __slots__ = ("cursor", "dirty_from", "joined", "left", "stored", "story", "touched")

    def __init__(self, stored: list[Item]) -> None:
        self.stored = stored
        self.cursor = 0
        self.story = StoryState()
        self.dirty_from: Order | None = None
        self.joined: list[int] = []
        self.left: set[int] = set()
        self.touched = False

    def dirty_at(self, order: Order) -> bool:
        return self.dirty_from is not None and self.dirty_from < order


class _Regroup:
    def __init__(self, stored: StoredStories, config: StoryConfig) -> None:
        self.stored = stored
        self.config = config
        self.core = config.centroid_clusters
        self.opening = config.opening_clusters
        self.decided: dict[int, int] = {}
        self.labels: dict[int, _Label] = {}
        self.old: dict[int, int | None] = {}
        self.heap: list[tuple[Order, int]] = []
        self.queued: set[int] = set()
        self.fresh = 0
        self.position: Order = BEFORE_ALL
        self.seeds: set[int] = set()
        self.relinked: dict[int, Collection[int] | None] = {}
        self.linked_known: set[int] = set()
        self.removed_ids: set[int] = set()
        self.removed_old: dict[int, tuple[int, Item]] = {}
        self.compared = 0  # clusters decided by comparing with stories (the costly part)
        self.moved = 0  # stored clusters decided into another story
        self.by_state = 0  # clusters queued by mark_dirty
        self.ranks: dict[int, int] = {}

    def _earlier(self, cluster_id: int, linked: Iterable[int]) -> list[int]:
        """The clusters of ``linked`` before ``cluster_id`` in canonical order (compared as
        ranks among the known clusters: orders are distinct, so ranks order them alike)."""
        for _ in range(2):
            ranks = self.ranks
            try:
                mine = ranks[cluster_id]
                return [other for other in linked if ranks[other] < mine]
            except KeyError:  # clusters loaded since the ranks were taken
                items = self.stored.items
                ordered = sorted(items, key=lambda c: items[c].order)
                self.ranks = {c: r for r, c in enumerate(ordered)}
        raise KeyError(cluster_id)  # pragma: no cover - a cluster that is not loaded

    # -- archive access, in bulk --------------------------------------------------------------
    def _ensure_links(self, cluster_ids: Iterable[int]) -> None:
        wanted = [c for c in cluster_ids if c not in self.linked_known]
        if not wanted:
            return
        self.stored.links(wanted)
        self.linked_known.update(wanted)
        self._ensure_labels({o for c in wanted for o in self.stored.linked(c)})

    def _ensure_labels(self, cluster_ids: Iterable[int]) -> None:
        wanted = [c for c in cluster_ids if c not in self.old]
        if wanted:
            self.old.update(self.stored.labels(wanted))

    def label(self, story_id: int) -> _Label:
        found = self.labels.get(story_id)
        if found is None:
            ids = self.stored.members(story_id) if story_id > 0 else []
            items = sorted((self.stored.items[c] for c in ids), key=lambda it: it.order)
            for it in items:
                self.old.setdefault(it.cluster_id, story_id)
            found = self.labels[story_id] = _Label(items)
        return found

    # -- the walk ------------------------------------------------------------------------------
    def enqueue(self, cluster_id: int) -> None:
        if cluster_id not in self.queued and cluster_id not in self.decided:
            item = self.stored.items[cluster_id]
            if item.order <= self.position:  # pragma: no cover - a broken invariant
                raise AssertionError("regroup: a cluster behind the walk was queued")
            self.queued.add(cluster_id)
            heapq.heappush(self.heap, (item.order, cluster_id))

    def enqueue_later(self, cluster_ids: Iterable[int], after: Order) -> None:
        # Those queued or decided already first (enqueue does nothing for them): a night's
        # new clusters are all queued, and comparing the orders of their ~300 links each was
        # most of the walk's own time.
        items, queued, decided = self.stored.items, self.queued, self.decided
        for c in cluster_ids:
            if c not in queued and c not in decided and items[c].order > after:
                self.enqueue(c)

    def advance(self, label: _Label, until: Order) -> None:
        """Add the stored members before ``until`` the walk has not re-decided."""
        stored, i = label.stored, label.cursor
        while i < len(stored) and stored[i].order < until:
            member = stored[i]
            if member.cluster_id not in self.decided and member.cluster_id not in self.seeds:
                label.story.add(member, self.core, self.opening)
            i += 1
        label.cursor = i

    def mark_dirty(self, story_id: int, after: Order) -> None:
        """The state of ``story_id`` may differ from the stored walk's after ``after``: every
        later cluster that meets it (its later members, the later clusters linked to any of
        its members) is re-decided."""
        label = self.label(story_id)
        if label.dirty_from is not None and label.dirty_from <= after:
            return
        label.dirty_from = after
        queued = len(self.queued)
        earlier = []
        for member in label.stored:
            cid = member.cluster_id
            if member.order > after:
                if cid not in self.seeds:
                    self.enqueue(cid)
            elif cid not in label.left and self.decided.get(cid, story_id) == story_id:
                earlier.append(cid)
        earlier += [c for c in label.joined if self.stored.items[c].order <= after]
        self._ensure_links(earlier)
        for cid in earlier:
            self.enqueue_later(self.stored.linked(cid), after)
        self.by_state += len(self.queued) - queued

    def orphaned(self, story_id: int | None, cluster_id: int, at: Order) -> None:
        """``cluster_id`` (once at ``at``) may have lost links: the later clusters it was linked
        to are re-decided (where its old links are unknown: its story's later members)."""
        old = self.relinked.get(cluster_id)
        if old is not None:
            self.enqueue_later([c for c in old if c in self.stored.items], at)
        elif story_id is not None:
            for member in self.label(story_id).stored:
                if member.order > at and member.cluster_id not in self.seeds:
                    self.enqueue(member.cluster_id)

    def removed(self, story_id: int, item: Item) -> None:
        """A stored member left before the walk (gone, or re-vectorised to a new position)."""
        label = self.label(story_id)
        label.touched = True
        label.left.add(item.cluster_id)
        before = [
            m for m in label.stored if m.order < item.order and m.cluster_id not in self.seeds
        ]
        if len(before) < self.core or not any(m.day == item.day for m in before):
            self.mark_dirty(story_id, item.order)
        self.orphaned(story_id, item.cluster_id, item.order)

    def unchanged(self, cluster_id: int, item: Item, earlier: list[int]) -> int | None:
        """The stored story of a cluster whose decision cannot have changed: the stories its
        earlier links offer now are among those the stored walk offered it (of which it chose
        its own, so it still chooses its own), its own among them, all in the state the
        stored walk saw.  A decision depends on nothing else.  None: decide anew (new and
        re-vectorised clusters always)."""
        was = self.old.get(cluster_id)
        if was is None or cluster_id in self.removed_ids:
            return None
        decided, old = self.decided, self.old
        now = {
            current
            for other in earlier
            if (current := decided[other] if other in decided else old[other]) is not None
        }
        if was not in now:
            return None
        before = self._stored_candidates(cluster_id, item, earlier)
        if before is None or not now <= before:
            return None
        for story_id in now:
            label = self.labels.get(story_id)
            if label is not None and label.dirty_at(item.order):
                return None
        return was

    def _stored_candidates(
        self, cluster_id: int, item: Item, earlier: list[int]
    ) -> set[int] | None:
        """Stories the stored walk offered ``cluster_id`` (all of them for a re-linked cluster,
        else those offered through its current links; None: not known).  A removed cluster
        offered its stored story if it came before, as it was."""
        items = self.stored.items
        before: set[int] = set()
        if cluster_id in self.seeds:  # re-linked: its old link set, where known
            old_links = self.relinked.get(cluster_id)
            if old_links is None:
                return None
            for other in old_links:
                if other in self.removed_old:
                    story_id, was = self.removed_old[other]
                    if was.order < item.order:
                        before.add(story_id)
                    continue
                if other not in items:
                    return None
                if items[other].order < item.order:
                    stored = self.old.get(other)
                    if stored is None:
                        return None
                    before.add(stored)
            return before
        for other in earlier:
            if other in self.removed_old:
                story_id, was = self.removed_old[other]
                old_links = self.relinked.get(other)
                if old_links is None:
                    return None
                if cluster_id in old_links and was.order < item.order:
                    before.add(story_id)
                continue
            stored = self.old[other]
            if stored is None:
                continue  # a new cluster: a new link
            if other in self.relinked:
                old_links = self.relinked[other]
                if old_links is None:
                    return None
                if cluster_id not in old_links:
                    continue
            before.add(stored)
        return before

    def compare(self, item: Item, earlier: list[int]) -> int:
        """The story ``item`` joins: the walk's decision against the stories it is linked to."""
        decided, old = self.decided, self.old
        offered = {
            story_id
            for other in earlier
            if (story_id := decided[other] if other in decided else old[other]) is not None
        }
        candidates = {story_id: self.label(story_id) for story_id in sorted(offered)}
        for label in candidates.values():
            self.advance(label, item.order)
        by_story = {id(lab.story): sid for sid, lab in candidates.items()}
        chosen = choose(item, (lab.story for lab in candidates.values()), self.config)
        if chosen is not None:
            return by_story[id(chosen)]
        was = self.old.get(item.cluster_id)
        if was is not None:
            mine = self.label(was)
            self.advance(mine, item.order)
            if mine.story.members == 0:
                return was
        self.fresh -= 1
        return self.fresh

    def decide(self, cluster_id: int) -> None:
        item = self.stored.items[cluster_id]
        self.position = item.order
        linked = self.stored.linked(cluster_id)
        earlier = self._earlier(cluster_id, linked)
        was = self.old.get(cluster_id)
        story_id = self.unchanged(cluster_id, item, earlier)
        if story_id is None:
            self.compared += 1
            story_id = self.compare(item, earlier)
        label = self.label(story_id)
        self.advance(label, item.order)
        self.decided[cluster_id] = story_id
        moved = story_id != was or cluster_id in self.removed_ids or was is None
        if was is not None and story_id != was:
            self.moved += 1
        if moved:
            label.touched = True
            label.joined.append(cluster_id)
            if label.story.members < self.core or item.day > label.story.last_day:
                self.mark_dirty(story_id, item.order)
            if was is not None and story_id != was and cluster_id not in self.removed_ids:
                left = self.label(was)
                self.advance(left, item.order)
                left.touched = True
                left.left.add(cluster_id)
                if left.story.members < self.core or (
                    not left.story.members or item.day > left.story.last_day
                ):
                    self.mark_dirty(was, item.order)
        label.story.add(item, self.core, self.opening)
        if moved or label.dirty_at(item.order):
            self.enqueue_later(linked, item.order)
        if cluster_id in self.relinked and cluster_id not in self.removed_ids:
            old = self.relinked[cluster_id]
            if old is not None and not moved:
                # Same story: only the clusters it gained or lost a link with see a change.
                self.enqueue_later(
                    [c for c in set(old) ^ set(linked) if c in self.stored.items], item.order
                )
            else:
                self.enqueue_later(linked, item.order)
                self.orphaned(was, cluster_id, item.order)

    def run(self, change: Change) -> Regrouped:
        self.seeds = set(change.seeds)
        self.relinked = dict(change.old_links)
        self.removed_old = {item.cluster_id: (sid, item) for sid, item in change.removed}
        self.removed_ids = set(self.removed_old)
        self._ensure_labels(self.seeds)
        # A cluster whose links changed only with later clusters decides as before: those
        # later clusters are re-decided instead.
        relinked = [
            c
            for c in sorted(self.seeds)
            if self.relinked.get(c) is not None and c not in self.removed_ids and self.old[c]
        ]
        self._ensure_links(relinked)
        items = self.stored.items
        self._ensure_labels({c for cid in relinked for c in self.relinked[cid] or () if c in items})
        later: list[int] = []
        for cid in relinked:
            diff = [c for c in set(self.relinked[cid] or ()) ^ set(self.stored.linked(cid))]
            diff = [c for c in diff if c in items]
            if all(items[c].order > items[cid].order for c in diff):
                self.seeds.discard(cid)
                later += diff
        for story_id, item in sorted(change.removed, key=lambda r: r[1].order):
            self.removed(story_id, item)
        for cid in sorted(self.seeds) + later:
            self.enqueue(cid)
        while self.heap:
            if self.heap[0][1] not in self.linked_known:
                self._ensure_links(cid for _, cid in self.heap)
            _, cid = heapq.heappop(self.heap)
            self.queued.discard(cid)
            self.decide(cid)
        touched = {sid for sid, label in self.labels.items() if sid > 0 and label.touched}
        return Regrouped(
            self.result(), touched, self.compared, len(self.decided), self.moved, self.by_state
        )

    def result(self) -> list[list[int]]:
        groups: list[list[int]] = []
        items = self.stored.items
        for story_id, label in sorted(self.labels.items()):
            if not label.touched:
                continue
            kept = [
                m.cluster_id
                for m in label.stored
                if m.cluster_id not in label.left
                and self.decided.get(m.cluster_id, story_id) == story_id
            ]
            members = sorted({*kept, *label.joined}, key=lambda c: items[c].order)
            if members:
                groups.append(members)
        return groups


def regroup(stored: StoredStories, change: Change, config: StoryConfig) -> Regrouped:
    """The stories whose membership ``change`` altered (every other stored story stays as it
    is), as :class:`Regrouped`.

    The result is what :func:`group` over the whole link graph would give: the walk visits, in
    canonical order, only the clusters whose decision can differ from the stored one — the
    seeds, the later clusters linked to a cluster that changed story or links, and the later
    clusters meeting a story whose state (first ``centroid_clusters`` members, latest day) may
    differ.  A story past its first ``centroid_clusters`` members changes state only when a
    member on a later day joins it, so a batch does not re-walk a big story it merely grows.
    """
    return _Regroup(stored, config).run(change)
