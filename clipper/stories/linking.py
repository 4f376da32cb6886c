"""Links between clusters: which pairs are scored (candidates) and which clear the bar."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from clipper.config import StoryConfig
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


def threshold(gap_days: int, config: StoryConfig) -> float:
    """The similarity two clusters ``gap_days`` apart need to be linked (inf beyond window)."""
    if gap_days > config.window_days:
        return math.inf
    return config.min_similarity + config.similarity_per_day * max(0, gap_days - config.free_days)


def thresholds(gaps: npt.NDArray[np.int64], config: StoryConfig) -> npt.NDArray[np.float64]:
    """:func:`threshold` over an array of gaps."""
    bars = config.min_similarity + config.similarity_per_day * np.maximum(
        0, gaps - config.free_days
    )
    return np.where(gaps > config.window_days, np.inf, bars)


def anchors(vector: Vector, count: int) -> npt.NDArray[np.uint32]:
    """The ``count`` heaviest term hashes of ``vector`` (ties: the smaller hash), sorted."""
    return np.sort(_heaviest(vector, count)[0])


def _heaviest(vector: Vector, count: int) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.float32]]:
    """The ``count`` heaviest terms of ``vector`` and their weights, heaviest first."""
    order = np.lexsort((vector.keys, -vector.weights))[:count]
    return vector.keys[order], vector.weights[order]


_NO_KEYS = np.zeros(0, np.uint32)


class DayIndex:
    """The anchor buckets of one day: for each anchor term, the day's clusters holding it ranked
    by the term's weight in them (heaviest first; ties: the cluster's ``order``).

    A cluster is *indexed* under an anchor when it ranks among the first ``anchor_cap`` of that
    bucket.  Built from every cluster of the day, so it is a function of the day's clusters
    alone, whatever order they arrived in.
    """

    def __init__(self, items: Sequence[Item], config: StoryConfig) -> None:
        ranked = sorted(items, key=lambda it: it.order)
        parts = [_heaviest(it.vector, config.anchor_terms) for it in ranked]
        lengths = np.fromiter((len(k) for k, _ in parts), np.int64, len(parts))
        keys = np.concatenate([k for k, _ in parts]) if parts else np.zeros(0, np.uint32)
        weights = np.concatenate([w for _, w in parts]) if parts else np.zeros(0, np.float32)
        position = np.repeat(np.arange(len(ranked), dtype=np.int64), lengths)
        ids = np.array([it.cluster_id for it in ranked], dtype=np.int64)[position]
        by_bucket = np.lexsort((position, -weights, keys))
        self.keys = keys[by_bucket]
        self.cluster_ids = ids[by_bucket]
        self.weights = weights[by_bucket]
        new_bucket = np.r_[True, self.keys[1:] != self.keys[:-1]][: len(self.keys)]
        starts = np.flatnonzero(new_bucket)
        self.ranks = np.arange(len(self.keys)) - starts[np.cumsum(new_bucket) - 1]
        kept = self.ranks < config.anchor_cap
        self.indexed_keys = self.keys[kept]
        self.indexed_ids = self.cluster_ids[kept]
        by_cluster = np.argsort(self.indexed_ids, kind="stable")
        owners, starts = np.unique(self.indexed_ids[by_cluster], return_index=True)
        held = np.split(self.indexed_keys[by_cluster], starts[1:]) if len(owners) else []
        self.of_cluster = dict(zip(owners.tolist(), held, strict=True))

    def leading(self, key: int, count: int) -> list[tuple[int, float]]:
        """(cluster id, weight of ``key`` in it) of the first ``count`` of the bucket of ``key``."""
        lo = int(np.searchsorted(self.keys, key, "left"))
        hi = min(int(np.searchsorted(self.keys, key, "right")), lo + count)
        return list(
            zip(self.cluster_ids[lo:hi].tolist(), self.weights[lo:hi].tolist(), strict=True)
        )

    def ranked(self, key: int, start: int, stop: int) -> npt.NDArray[np.int64]:
        """The clusters ranked ``start`` (≥ 0) to before ``stop`` in the bucket of ``key``."""
        lo = int(np.searchsorted(self.keys, key, "left"))
        hi = int(np.searchsorted(self.keys, key, "right"))
        return self.cluster_ids[min(hi, lo + max(0, start)) : min(hi, lo + stop)]


class AnchorIndex:
    """Indexed anchors of whole days: which pairs are scored at all (candidates).

    Two clusters are a candidate pair when they share ``min_shared_anchors`` anchors under which
    both are indexed (:class:`DayIndex`).  A cluster is compared with at most
    ``anchor_terms × anchor_cap`` clusters per day of its window however many clusters share
    its day or its terms, and whether a pair is a candidate depends only on the clusters of the
    two days involved, never on what arrived first.
    """

    def __init__(self, config: StoryConfig) -> None:
        self.config = config
        self.days: dict[int, DayIndex] = {}
        self._flat: tuple[npt.NDArray[Any], ...] | None = None

    def set_day(self, day: int, items: Sequence[Item]) -> None:
        self.days[day] = DayIndex(items, self.config)
        self._flat = None

    def drop_day(self, day: int) -> None:
        if self.days.pop(day, None) is not None:
            self._flat = None

    def _entries(self) -> tuple[npt.NDArray[Any], ...]:
        """(key, day, cluster id) of every indexed entry, by key: the inverted index."""
        if self._flat is None:
            days = sorted(self.days)
            keys = [self.days[d].indexed_keys for d in days]
            ids = [self.days[d].indexed_ids for d in days]
            day_of = [np.full(len(k), d, np.int64) for d, k in zip(days, keys, strict=True)]
            if keys:
                flat_keys = np.concatenate(keys)
                order = np.argsort(flat_keys, kind="stable")
                self._flat = (
                    flat_keys[order],
                    np.concatenate(day_of)[order],
                    np.concatenate(ids)[order],
                )
            else:
                empty = np.zeros(0, np.int64)
                self._flat = (empty.astype(np.uint32), empty, empty)
        return self._flat

    def candidates(self, rows: Sequence[Item]) -> npt.NDArray[np.int64]:
        """Candidate pairs of ``rows`` (whose days are indexed) with the indexed clusters of
        their window: an (n, 2) array of cluster ids, the smaller first, each pair once, of
        the pairs sharing an anchor under which both are indexed.  :func:`score` then keeps
        those sharing ``min_shared_anchors`` anchors."""
        keys, days, ids = self._entries()
        query_keys, query_rows = [], []
        for i, item in enumerate(rows):
            mine = self.days[item.day].of_cluster.get(item.cluster_id, _NO_KEYS)
            query_keys.append(mine)
            query_rows.append(np.full(len(mine), i, np.int64))
        if not query_keys or not len(keys):
            return np.zeros((0, 2), np.int64)
        qk = np.concatenate(query_keys)
        qr = np.concatenate(query_rows)
        lo = np.searchsorted(keys, qk, "left")
        hi = np.searchsorted(keys, qk, "right")
        lengths = hi - lo
        entry = np.repeat(lo - np.r_[0, np.cumsum(lengths)[:-1]], lengths) + np.arange(
            int(lengths.sum())
        )
        row = np.repeat(qr, lengths)
        row_ids = np.array([it.cluster_id for it in rows], np.int64)[row]
        row_days = np.array([it.day for it in rows], np.int64)[row]
        near = (np.abs(days[entry] - row_days) <= self.config.window_days) & (ids[entry] != row_ids)
        a, b = row_ids[near], ids[entry][near]
        pairs = np.stack([np.minimum(a, b), np.maximum(a, b)], axis=1)
        return np.unique(pairs, axis=0)


class _Columns:
    """Term hash → matrix column, shared by every vector compared in one run (so no batch pays
    for building a vocabulary), and each scored cluster's vector and anchors as columns."""

    def __init__(self, anchor_terms: int) -> None:
        self.anchor_terms = anchor_terms
        self.column_of: dict[int, int] = {}
        self.vectors: dict[int, npt.NDArray[np.int32]] = {}
        self.anchors: dict[int, npt.NDArray[np.int32]] = {}

    def encode(self, items: Sequence[Item]) -> None:
        """Number the vectors of ``items`` not numbered yet (one lookup per distinct term)."""
        fresh = [it for it in items if it.cluster_id not in self.vectors]
        if not fresh:
            return
        parts = [it.vector.keys for it in fresh]
        distinct, inverse = np.unique(np.concatenate(parts), return_inverse=True)
        column_of = self.column_of
        numbered = np.fromiter(
            (column_of.setdefault(k, len(column_of)) for k in distinct.tolist()),
            np.int32,
            len(distinct),
        )
        split = np.split(numbered[inverse], np.cumsum([len(p) for p in parts])[:-1])
        for item, columns in zip(fresh, split, strict=True):
            self.vectors[item.cluster_id] = columns
            weights = item.vector.weights
            heaviest = np.lexsort((item.vector.keys, -weights))[: self.anchor_terms]
            self.anchors[item.cluster_id] = columns[heaviest]

    def forget(self, cluster_id: int) -> None:
        self.vectors.pop(cluster_id, None)
        self.anchors.pop(cluster_id, None)


def score(
    pairs: npt.NDArray[np.int64],
    items: Mapping[int, Item],
    config: StoryConfig,
    encoder: _Columns | None = None,
) -> list[tuple[int, int, float]]:
    """(a, b, cosine) of the ``pairs`` (a < b) sharing ``min_shared_anchors`` anchors whose
    cosine clears :func:`threshold` for their gap.

    Every pair is scored in one orientation: the smaller cluster id's weights are spread over
    a scratch array and the products are summed in the order of the larger id's terms (its
    ascending term hashes).  Each product of two float32 weights is exact in float64, so a
    pair's similarity does not depend on the order in which its ends were met."""
    found: list[tuple[int, int, float]] = []
    if not len(pairs):
        return found
    encoder = encoder or _Columns(config.anchor_terms)
    pairs = pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]
    firsts, starts = np.unique(pairs[:, 0], return_index=True)
    ends = np.r_[starts[1:], len(pairs)]
    encoder.encode([items[c] for c in np.unique(pairs).tolist()])
    scratch = np.zeros(max(1, len(encoder.column_of)))
    marks = np.zeros(len(scratch))
    vectors, heaviest = encoder.vectors, encoder.anchors
    for first, lo, hi in zip(firsts.tolist(), starts.tolist(), ends.tolist(), strict=True):
        left = items[first]
        others = [items[c] for c in pairs[lo:hi, 1].tolist()]
        gaps = np.abs(np.array([it.day for it in others], np.int64) - left.day)
        bars = thresholds(gaps, config)
        if not np.isfinite(bars).any():
            continue
        columns = [vectors[it.cluster_id] for it in others]
        lengths = np.fromiter((len(c) for c in columns), np.int64, len(columns))
        mine = heaviest[first]
        marks[mine] = 1.0
        theirs = [heaviest[it.cluster_id] for it in others]
        spans = np.fromiter((len(c) for c in theirs), np.int64, len(theirs))
        shared = np.bincount(
            np.repeat(np.arange(len(others)), spans),
            weights=marks[np.concatenate(theirs)],
            minlength=len(others),
        )
        marks[mine] = 0.0
        bars[shared < config.min_shared_anchors] = np.inf
        cols = vectors[first]
        scratch[cols] = left.vector.weights
        weights = np.concatenate([it.vector.weights for it in others]).astype(np.float64)
        products = scratch[np.concatenate(columns)] * weights
        scratch[cols] = 0.0
        segment = np.repeat(np.arange(len(others)), lengths)
        sims = np.bincount(segment, weights=products, minlength=len(others))
        for j in np.flatnonzero(sims >= bars).tolist():
            found.append((first, others[j].cluster_id, float(sims[j])))
    return found


def link_graph(items: Sequence[Item], config: StoryConfig) -> dict[int, dict[int, float]]:
    """All links among ``items`` (taken as whole days): cluster id → {linked id: similarity}."""
    index = AnchorIndex(config)
    by_day: dict[int, list[Item]] = {}
    for it in items:
        by_day.setdefault(it.day, []).append(it)
    for day, members in by_day.items():
        index.set_day(day, members)
    links: dict[int, dict[int, float]] = {it.cluster_id: {} for it in items}
    by_id = {it.cluster_id: it for it in items}
    for a, b, sim in score(index.candidates(items), by_id, config):
        links[a][b] = sim
        links[b][a] = sim
    return links


def components(links: dict[int, dict[int, float]], seeds: Iterable[int]) -> list[list[int]]:
    """Connected components of ``links`` holding ``seeds``, each sorted, in order."""
    seen: set[int] = set()
    found: list[list[int]] = []
    for seed in sorted(seeds):
        if seed in seen:
            continue
        stack, part = [seed], []
        seen.add(seed)
        while stack:
            node = stack.pop()
            part.append(node)
            for other in links.get(node, {}):
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        found.append(sorted(part))
    return found
