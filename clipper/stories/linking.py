"""Which pairs of clusters the story stage scores (candidates): each cluster's anchors (its
heaviest terms) and, on the list of the clusters holding each anchor, a sorted neighbourhood
(:class:`AnchorIndex`); :mod:`clipper.stories.scoring` decides which of them clear the bar."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from clipper import sortedsets
from clipper.config import StoryConfig
from clipper.sortedsets import spans as _spans
from clipper.stories.vectors import Vector

# A cluster's canonical order: (day, time of day, canonical source key, canonical content hash).
Order = tuple[int, str, str, str]


@dataclass(frozen=True, slots=True)
class Item:
    """One cluster as matching sees it."""

    cluster_id: int
    day: int  # date ordinal
    order: Order
    vector: Vector


def anchors(vector: Vector, count: int) -> npt.NDArray[np.uint32]:
    """The ``count`` heaviest term hashes of ``vector`` (ties: the smaller hash), sorted."""
    return np.sort(_heaviest(vector, count)[0])


def _heaviest(vector: Vector, count: int) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.float32]]:
    """The ``count`` heaviest terms of ``vector`` and their weights, heaviest first."""
    order = np.lexsort((vector.keys, -vector.weights))[:count]
    return vector.keys[order], vector.weights[order]


_LOW = np.uint64(0xFFFFFFFF)
_NONE = np.iinfo(np.uint64).max  # no anchor (a cluster with fewer terms than anchor_terms)
_SHIFT = np.uint64(32)


def _unique_pairs(a: npt.NDArray[np.int64], b: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """(n, 2) array of the distinct pairs {a[i], b[i]}, the smaller id first, sorted."""
    low, high = np.minimum(a, b).astype(np.uint64), np.maximum(a, b).astype(np.uint64)
    codes = np.sort((low << _SHIFT) | high)
    codes = codes[np.r_[True, codes[1:] != codes[:-1]]] if len(codes) else codes
    return np.stack([(codes >> _SHIFT).astype(np.int64), (codes & _LOW).astype(np.int64)], axis=1)


def _lists_needed(config: StoryConfig) -> int:
    """On how many shared anchors' lists a candidate pair must be neighbours: ``near_anchors``,
    at most ``min_shared_anchors`` (sharing one anchor enough, one list is)."""
    return min(config.near_anchors, config.min_shared_anchors)


class AnchorIndex:
    """Which pairs are scored at all (candidates): a sorted neighbourhood on each anchor.

    Every cluster has ``anchor_terms`` anchors (its heaviest terms).  The clusters holding one
    anchor form its *posting list*, in canonical order (day, time of day, source key, content
    hash).  Two clusters are a candidate pair when, on the posting lists of ``near_anchors``
    anchors they share, they are at most ``anchor_cap`` places apart (and at most
    ``window_days`` days): the sorted-neighbourhood method of record linkage (Hernández &
    Stolfo, 1995), with one sort key per anchor.  A cluster is therefore compared with at most
    ``2 × anchor_terms × anchor_cap / near_anchors`` others however many clusters share its day
    or its terms, and whether a pair is a candidate depends only on the clusters dated between
    the two, never on what arrived first.

    A cluster added after everything holding its anchors (the usual nightly case: tonight's
    pages are the latest) changes no stored pair; one added or removed in the middle of a
    posting list changes only pairs straddling it exactly ``anchor_cap`` apart
    (:meth:`changed_pairs`).  Cluster ids must be below 2³².
    """

    def __init__(self, config: StoryConfig, items: Iterable[Item] = ()) -> None:
        self.config = config
        self.items: dict[int, Item] = {}
        self.rank: dict[int, int] = {}
        self._anchor_table = np.zeros((0, config.anchor_terms), np.uint64)
        self.build(items)

    def anchors_of(self, item: Item) -> npt.NDArray[np.uint64]:
        """:func:`anchors` of ``item`` (its row of the index while the index holds this item)."""
        rank = self.rank.get(item.cluster_id)
        if rank is not None and self.items[item.cluster_id] is item:
            row = self._anchor_table[rank]
            return row[row != _NONE]
        return anchors(item.vector, self.config.anchor_terms).astype(np.uint64)

    def build(self, items: Iterable[Item]) -> None:
        """Index exactly ``items`` (whole days: a pair's candidacy counts the clusters between).

        The anchors of a cluster indexed before with the same item are taken from the old
        table (one row of ``anchor_terms`` uint64, padded with ``_NONE``), not kept a second
        time in a cache (a dict entry, a tuple and an array a cluster: ~370 bytes)."""
        ranked = sorted(items, key=lambda it: (it.order, it.cluster_id))
        old_items, old_rank, old_table = self.items, self.rank, self._anchor_table
        self.sort_keys = [(it.order, it.cluster_id) for it in ranked]
        self.rank = {it.cluster_id: r for r, it in enumerate(ranked)}
        self.items = {it.cluster_id: it for it in ranked}
        table = np.full((len(ranked), self.config.anchor_terms), _NONE, np.uint64)
        kept_new: list[int] = []
        kept_old: list[int] = []
        for r, it in enumerate(ranked):
            if old_items.get(it.cluster_id) is it:
                kept_new.append(r)
                kept_old.append(old_rank[it.cluster_id])
            else:
                found = anchors(it.vector, self.config.anchor_terms)
                table[r, : len(found)] = found
        table[kept_new] = old_table[kept_old]
        del old_items, old_rank, old_table
        # Anchors are 32-bit hashes, so _NONE is padding only; a row's anchors come sorted,
        # the padding after them.
        present = table != _NONE
        lengths = present.sum(axis=1)
        keys = table[present]
        ranks = np.repeat(np.arange(len(ranked), dtype=np.uint64), lengths)
        codes = (keys << _SHIFT) | ranks
        by_code = np.argsort(codes, kind="stable")
        self.codes = codes[by_code]
        ids = np.fromiter((it.cluster_id for it in ranked), np.int64, len(ranked))
        days = np.fromiter((it.day for it in ranked), np.int64, len(ranked))
        at = ranks[by_code].astype(np.int64)
        # A posting's cluster id and day in 32 bits (ids are below 2³², days are ordinals):
        # ``anchor_terms`` of each a cluster, 192 bytes a cluster less than int64.
        self.ids = ids[at].astype(np.uint32)
        self.days = days[at].astype(np.int32)
        # By rank: days and anchors (padded); cluster id → rank through the sorted ids.
        self._rank_days = days
        self._anchor_table = table
        self._sorted_ids = np.sort(ids)
        self._rank_by_id = np.argsort(ids, kind="stable").astype(np.int64)
        # By rank: anchors numbered 0..k-1 among the indexed clusters (padding: k), for
        # :func:`score`'s shared-anchor test as one gather a pair.
        distinct, numbers = np.unique(self._anchor_table, return_inverse=True)
        self._anchor_numbers = numbers.reshape(self._anchor_table.shape).astype(np.int32)
        self._anchor_slots = len(distinct) + 1
        if len(distinct) and distinct[-1] == _NONE:
            self._anchor_numbers[self._anchor_table == _NONE] = len(distinct)

    def anchor_numbers(self, cluster_ids: npt.NDArray[np.int64]) -> npt.NDArray[np.int32] | None:
        """Each of ``cluster_ids``'s anchors as numbers below :attr:`anchor_slots` (one row a
        cluster, padded with ``anchor_slots - 1``); None when one of them is not indexed."""
        if not len(self._sorted_ids):
            return None
        at = np.minimum(np.searchsorted(self._sorted_ids, cluster_ids), len(self._sorted_ids) - 1)
        if not (self._sorted_ids[at] == cluster_ids).all():
            return None
        return self._anchor_numbers[self._rank_by_id[at]]

    @property
    def anchor_slots(self) -> int:
        return self._anchor_slots

    def _bounds(
        self, keys: npt.NDArray[np.uint64]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Where the posting list of each of ``keys`` starts and stops in ``codes``."""
        lo = np.searchsorted(self.codes, keys << _SHIFT, "left")
        hi = np.searchsorted(self.codes, (keys << _SHIFT) | _LOW, "right")
        return lo.astype(np.int64), hi.astype(np.int64)

    def _postings(
        self, rows: Sequence[Item]
    ) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """(anchor, row index, position in ``codes``) of every anchor of the indexed ``rows``."""
        parts = [self.anchors_of(it) for it in rows]
        lengths = np.fromiter((len(p) for p in parts), np.int64, len(parts))
        keys = np.concatenate(parts) if parts else np.zeros(0, np.uint64)
        row = np.repeat(np.arange(len(rows), dtype=np.int64), lengths)
        ranks = np.fromiter((self.rank[it.cluster_id] for it in rows), np.uint64, len(rows))
        at = np.searchsorted(self.codes, (keys << _SHIFT) | ranks[row]).astype(np.int64)
        return keys, row, at

    def candidates(self, rows: Sequence[Item]) -> npt.NDArray[np.int64]:
        """Candidate pairs of ``rows`` (indexed, their window's days indexed too): an (n, 2)
        array of cluster ids, the smaller first, each pair once, neighbours on the lists of
        ``near_anchors`` shared anchors.  :func:`score` then keeps those sharing
        ``min_shared_anchors`` anchors."""
        if not rows or not len(self.codes):
            return np.zeros((0, 2), np.int64)
        cap = self.config.anchor_cap
        keys, row, at = self._postings(rows)
        lo, hi = self._bounds(keys)
        entry, owner = _spans(np.maximum(lo, at - cap), np.minimum(hi, at + cap + 1))
        row = row[owner]
        row_ids = np.fromiter((it.cluster_id for it in rows), np.int64, len(rows))[row]
        row_days = np.fromiter((it.day for it in rows), np.int64, len(rows))[row]
        near = (np.abs(self.days[entry] - row_days) <= self.config.window_days) & (
            self.ids[entry] != row_ids
        )
        ends, others = row_ids[near], self.ids[entry][near].astype(np.int64)
        need = _lists_needed(self.config)
        if need > 1 and len(ends):
            # one (row, other) entry for each list the two are neighbours on (a row's anchors
            # are distinct, a list holds a cluster once): kept when on ``near_anchors`` lists
            codes, lists = np.unique(
                (ends.astype(np.uint64) << _SHIFT) | others.astype(np.uint64), return_counts=True
            )
            codes = codes[lists >= need]
            ends, others = (codes >> _SHIFT).astype(np.int64), (codes & _LOW).astype(np.int64)
        return _unique_pairs(ends, others)

    def changed_pairs(
        self, inserted: Sequence[Item], removed: Sequence[Item]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Pairs of other clusters whose candidacy changed when ``inserted`` (now indexed) were
        added and ``removed`` (no longer indexed) taken away: (gained, lost), each an (n, 2)
        array as :meth:`candidates` gives.  The indexed days must cover each changed
        cluster's window.

        On one posting list, a change between two unchanged clusters moves them one place
        apart (or together); the pair flips there only when it straddles changes within
        ``anchor_cap`` places.  Such pairs are found list by list, then each one's candidacy
        before and after is decided over all the anchors it shares."""
        inserted = [it for it in inserted if it.cluster_id in self.rank]
        empty = np.zeros((0, 2), np.int64)
        if not len(self.codes) or not (inserted or removed):
            return empty, empty
        cap, window = self.config.anchor_cap, self.config.window_days
        new_ids = np.fromiter((it.cluster_id for it in inserted), np.int64, len(inserted))
        is_new = np.isin(self.ids, new_ids)
        # Removed clusters as (anchor, place in ``codes`` of the first cluster after it).
        gone_keys, gone_at, gone_rank = self._removed_postings(removed)
        _, _, new_at = self._postings(inserted)
        new_keys = self.codes[new_at] >> _SHIFT
        touched = sortedsets.distinct(np.concatenate([new_keys, gone_keys]))
        lo, hi = self._bounds(touched)
        # Only lists with a change between two of their unchanged clusters can flip a pair
        # (tonight's clusters, the latest on most of their lists, change none).
        inside = self._changed_inside(lo, hi, is_new, gone_at)
        touched, lo, hi = touched[inside], lo[inside], hi[inside]
        found: list[npt.NDArray[np.int64]] = []
        for key, start, stop in zip(touched.tolist(), lo.tolist(), hi.tolist(), strict=True):
            kept = np.flatnonzero(~is_new[start:stop])  # the unchanged, as places in the list
            m = len(kept)
            if m < 2:
                continue
            # A change at gap g lies between kept[g - 1] and kept[g].
            ins_gaps = np.searchsorted(kept, np.flatnonzero(is_new[start:stop]))
            mine = gone_keys == key
            rem_gaps = np.searchsorted(kept, gone_at[mine] - start)
            gaps = sortedsets.distinct(np.concatenate([ins_gaps, rem_gaps]))
            gaps = gaps[(gaps > 0) & (gaps < m)]
            if not len(gaps):
                continue
            firsts = sortedsets.distinct(gaps[:, None] - np.arange(1, cap + 1))
            firsts = firsts[firsts >= 0]
            seconds = firsts[:, None] + np.arange(1, cap + 1)
            inside = seconds < m
            i = np.broadcast_to(firsts[:, None], seconds.shape)[inside]
            j = seconds[inside]
            apart = j - i
            ins_sorted, rem_sorted = np.sort(ins_gaps), np.sort(rem_gaps)
            after = apart + np.searchsorted(ins_sorted, j, "right")
            after -= np.searchsorted(ins_sorted, i, "right")
            before = apart + np.searchsorted(rem_sorted, j, "right")
            before -= np.searchsorted(rem_sorted, i, "right")
            flips = (after <= cap) != (before <= cap)
            a, b = kept[i[flips]] + start, kept[j[flips]] + start
            near = np.abs(self.days[a] - self.days[b]) <= window
            found.append(np.stack([self.ids[a][near], self.ids[b][near]], axis=1))
        if not found:
            return empty, empty
        flipped = np.concatenate(found)
        pairs = _unique_pairs(flipped[:, 0], flipped[:, 1])
        now, then = self._candidacy(pairs, is_new, gone_keys, gone_rank)
        return pairs[now & ~then], pairs[then & ~now]

    def _changed_inside(
        self,
        lo: npt.NDArray[np.int64],
        hi: npt.NDArray[np.int64],
        is_new: npt.NDArray[np.bool_],
        gone_at: npt.NDArray[np.int64],
    ) -> npt.NDArray[np.bool_]:
        """For each posting list ``codes[lo:hi]``: whether an inserted cluster (``is_new``) or
        a removed one (before place ``gone_at``) lies between its first and last unchanged
        clusters."""
        kept = np.flatnonzero(~is_new)
        new = np.flatnonzero(is_new)
        first_at = np.searchsorted(kept, lo)
        last_at = np.searchsorted(kept, hi) - 1
        some = first_at <= last_at  # the list holds an unchanged cluster
        first = kept[np.minimum(first_at, len(kept) - 1)] if len(kept) else lo
        last = kept[np.maximum(last_at, 0)] if len(kept) else lo
        inserted = np.searchsorted(new, last) - np.searchsorted(new, first)
        gone = np.sort(gone_at)
        removed = np.searchsorted(gone, last, "right") - np.searchsorted(gone, first, "right")
        return some & ((inserted > 0) | (removed > 0))

    def _removed_postings(
        self, removed: Sequence[Item]
    ) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """(anchor, place in ``codes`` of the first cluster after it, that cluster's rank) of
        every anchor of the ``removed`` clusters (no longer indexed)."""
        parts, ranks = [], []
        for it in removed:
            found = anchors(it.vector, self.config.anchor_terms).astype(np.uint64)
            parts.append(found)
            rank = bisect.bisect_left(self.sort_keys, (it.order, it.cluster_id))
            ranks.append(np.full(len(found), rank, np.int64))
        if not parts:
            return np.zeros(0, np.uint64), np.zeros(0, np.int64), np.zeros(0, np.int64)
        keys, rank_of = np.concatenate(parts), np.concatenate(ranks)
        at = np.searchsorted(self.codes, (keys << _SHIFT) | rank_of.astype(np.uint64))
        return keys, at.astype(np.int64), rank_of

    def _candidacy(
        self,
        pairs: npt.NDArray[np.int64],
        is_new: npt.NDArray[np.bool_],
        gone_keys: npt.NDArray[np.uint64],
        gone_rank: npt.NDArray[np.int64],
    ) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
        """Whether each pair of unchanged clusters is a candidate pair now, and whether it was
        before the change (neighbours on ``near_anchors`` of their shared posting lists, on
        each the new clusters between the two taken out and the removed ones put back)."""
        if not len(pairs):
            return np.zeros(0, np.bool_), np.zeros(0, np.bool_)
        now, then = [], []
        for lo in range(0, len(pairs), 20_000):
            part = self._candidacy_of(pairs[lo : lo + 20_000], is_new, gone_keys, gone_rank)
            now.append(part[0])
            then.append(part[1])
        return np.concatenate(now), np.concatenate(then)

    def _candidacy_of(
        self,
        pairs: npt.NDArray[np.int64],
        is_new: npt.NDArray[np.bool_],
        gone_keys: npt.NDArray[np.uint64],
        gone_rank: npt.NDArray[np.int64],
    ) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
        ranks = self._rank_by_id[np.searchsorted(self._sorted_ids, pairs)]
        ranks.sort(axis=1)
        first, second = self._anchor_table[ranks[:, 0]], self._anchor_table[ranks[:, 1]]
        # Shared anchors as (pair, anchor) entries (anchors are distinct within a cluster).
        shared = (first[:, :, None] == second[:, None, :]).any(axis=2)
        shared &= first != _NONE
        owner, slot = np.nonzero(shared)
        keys = first[owner, slot] << _SHIFT
        low, high = ranks[owner, 0].astype(np.uint64), ranks[owner, 1].astype(np.uint64)
        p = np.searchsorted(self.codes, keys | low)
        q = np.searchsorted(self.codes, keys | high)
        apart = q - p
        new_before = np.r_[0, np.cumsum(is_new)]
        inserted = new_before[q] - new_before[p + 1]
        gone = np.sort((gone_keys << _SHIFT) | gone_rank.astype(np.uint64))
        # A removed cluster lies between when the first cluster after it is in (x, y].
        put_back = np.searchsorted(gone, keys | high, "right") - np.searchsorted(
            gone, keys | low, "right"
        )
        cap = self.config.anchor_cap
        days = self._rank_days[ranks]
        near = np.abs(days[:, 0] - days[:, 1]) <= self.config.window_days
        need = _lists_needed(self.config)
        now = np.bincount(owner, weights=apart <= cap, minlength=len(pairs)) >= need
        then = (
            np.bincount(owner, weights=apart - inserted + put_back <= cap, minlength=len(pairs))
            >= need
        )
        return now & near, then & near
