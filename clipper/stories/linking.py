"""Links between clusters: which pairs are scored (candidates) and which clear the bar."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse

from clipper.config import StoryConfig
from clipper.stories.vectors import Vector


@dataclass(frozen=True, slots=True)
class Item:
    """One cluster as matching sees it."""

    cluster_id: int
    day: int  # date ordinal
    order: tuple[int, str, str]  # (day, canonical source key, canonical content hash)
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
    """The ``count`` heaviest term hashes of ``vector`` (ties: the smaller hash)."""
    order = np.lexsort((vector.keys, -vector.weights))[:count]
    return np.sort(vector.keys[order])


class _Columns:
    """Term hash → matrix column, shared by every vector compared in one run (so no batch pays
    for building a vocabulary), and each cluster's anchors and vector as column arrays.  A
    cluster's whole vector is numbered only once it is to be scored against something."""

    def __init__(self, config: StoryConfig) -> None:
        self.anchor_terms = config.anchor_terms
        self.column_of: dict[int, int] = {}
        self.anchors: dict[int, npt.NDArray[np.int32]] = {}
        self.vectors: dict[int, npt.NDArray[np.int32]] = {}

    def _number(self, parts: list[npt.NDArray[np.uint32]]) -> list[npt.NDArray[np.int32]]:
        """Column arrays of ``parts``: one dictionary lookup per distinct term."""
        distinct, inverse = np.unique(np.concatenate(parts), return_inverse=True)
        column_of = self.column_of
        numbered = np.fromiter(
            (column_of.setdefault(k, len(column_of)) for k in distinct.tolist()),
            np.int32,
            len(distinct),
        )
        return np.split(numbered[inverse], np.cumsum([len(p) for p in parts])[:-1])

    def encode(self, items: Sequence[Item], whole: bool) -> None:
        """Number the anchors (``whole``: the vectors) of ``items`` not numbered yet."""
        done = self.vectors if whole else self.anchors
        fresh = [it for it in items if it.cluster_id not in done]
        if not fresh:
            return
        if whole:
            parts = [it.vector.keys for it in fresh]
        else:
            parts = [anchors(it.vector, self.anchor_terms) for it in fresh]
        for item, columns in zip(fresh, self._number(parts), strict=True):
            done[item.cluster_id] = columns

    def forget(self, cluster_id: int) -> None:
        self.anchors.pop(cluster_id, None)
        self.vectors.pop(cluster_id, None)

    def matrix(self, items: Sequence[Item], whole: bool, width: int) -> sparse.csr_matrix:
        """Rows of ``items``: their weights (``whole``) or a 1 per anchor."""
        columns = [(self.vectors if whole else self.anchors)[it.cluster_id] for it in items]
        lengths = np.fromiter((len(c) for c in columns), np.int64, len(columns))
        indptr = np.concatenate([[0], np.cumsum(lengths)])
        indices = np.concatenate(columns) if columns else np.zeros(0, np.int32)
        if whole and items:
            data = np.concatenate([it.vector.weights for it in items]).astype(np.float64)
        else:
            data = np.ones(len(indices))
        return sparse.csr_matrix((data, indices, indptr), shape=(len(items), width))


def _linked_pairs(
    rows: Sequence[Item],
    columns: Sequence[Item],
    config: StoryConfig,
    encoder: _Columns | None = None,
) -> list[tuple[int, int, float]]:
    """(row cluster, column cluster, similarity) of every linked pair, a cluster not with itself.

    Only pairs sharing ``min_shared_anchors`` anchors are scored, so the cost follows the number
    of such pairs rather than rows × columns."""
    found: list[tuple[int, int, float]] = []
    if not rows or not columns:
        return found
    encoder = encoder or _Columns(config)
    encoder.encode([*rows, *columns], whole=False)
    width = max(1, len(encoder.column_of))
    shared = (encoder.matrix(rows, False, width) @ encoder.matrix(columns, False, width).T).tocsr()
    shared.data[shared.data < config.min_shared_anchors] = 0
    shared.eliminate_zeros()
    shared.sort_indices()
    # Whole vectors only for the columns some row is scored against.
    scored = np.unique(shared.indices)
    if not len(scored):
        return found
    scored_items = [columns[j] for j in scored.tolist()]
    encoder.encode([*rows, *scored_items], whole=True)
    weights = encoder.matrix(scored_items, True, max(1, len(encoder.column_of)))
    position = np.full(len(columns), -1, dtype=np.int64)
    position[scored] = np.arange(len(scored))
    row_days = np.array([it.day for it in rows], dtype=np.int64)
    column_days = np.array([it.day for it in columns], dtype=np.int64)
    row_ids = np.array([it.cluster_id for it in rows], dtype=np.int64)
    column_ids = np.array([it.cluster_id for it in columns], dtype=np.int64)
    scratch = np.zeros(weights.shape[1])
    for i in range(len(rows)):
        js = shared.indices[shared.indptr[i] : shared.indptr[i + 1]]
        js = js[(column_ids[js] != row_ids[i])]
        if not len(js):
            continue
        bars = thresholds(np.abs(column_days[js] - row_days[i]), config)
        js, bars = js[np.isfinite(bars)], bars[np.isfinite(bars)]
        if not len(js):
            continue
        cols = encoder.vectors[rows[i].cluster_id]
        scratch[cols] = rows[i].vector.weights
        at = position[js]
        starts, ends = weights.indptr[at], weights.indptr[at + 1]
        lengths = ends - starts
        offsets = np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
        entries = offsets + np.arange(int(lengths.sum()))
        products = scratch[weights.indices[entries]] * weights.data[entries]
        segment = np.repeat(np.arange(len(js)), lengths)
        sims = np.bincount(segment, weights=products, minlength=len(js))
        scratch[cols] = 0.0
        for j, sim in zip(js[sims >= bars].tolist(), sims[sims >= bars].tolist(), strict=True):
            found.append((int(row_ids[i]), int(column_ids[j]), float(sim)))
    return found


def link_graph(items: Sequence[Item], config: StoryConfig) -> dict[int, dict[int, float]]:
    """All links among ``items``: cluster id → {linked cluster id: similarity}."""
    links: dict[int, dict[int, float]] = {it.cluster_id: {} for it in items}
    for a, b, sim in _linked_pairs(items, items, config):
        links[a][b] = sim
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
