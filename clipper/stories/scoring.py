"""Which candidate pairs of clusters are linked: their cosine similarity, summed in one fixed
orientation, against the bar for their gap in days (:func:`clipper.stories.bars.threshold`),
then the rules on what does not link two clusters (:mod:`clipper.stories.linkrules`); and the
link graph's components.  The candidates come from :mod:`clipper.stories.linking`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

import numpy as np
import numpy.typing as npt
from scipy.sparse import csr_matrix

from clipper import sortedsets
from clipper.config import StoryConfig
from clipper.stories.bars import thresholds
from clipper.stories.leads import lead_bytes
from clipper.stories.linking import AnchorIndex, Item, _spans
from clipper.stories.linkrules import Links, named_links, without_templates
from clipper.stories.passages import heaviest_passages, passage_bytes
from clipper.stories.ruleparts import RuleParts
from clipper.stories.termvector import QUOTED_SCALE, Vector

_T = TypeVar("_T", bound=np.generic)


class _Columns:
    """Each scored cluster's terms as matrix columns with their weights, packed: one row a
    cluster in :attr:`columns` (int32), :attr:`weights` (float32, the vector's own) and
    :attr:`leads` (uint8, each term's lead share: :func:`clipper.stories.leads.lead_bytes`) and
    :attr:`passages` (uint8, each term's passage: :func:`clipper.stories.passages
    .passage_bytes`), row
    ``r`` spanning ``starts[r]:starts[r + 1]``, the terms in the vector's order; and the term
    hash → column numbering, shared by every vector compared in one run (so no batch pays for
    building a vocabulary).

    :func:`linked` reads its pairs' rows here in place.  It packed the columns and weights of
    every cluster a call met into new arrays instead (12 bytes a term, and the CSR matrix over
    them): a call of a one-day night's story stage meets nearly every cluster of the night, so
    that copy grew with the night (~35 MB a call at 13,886 clusters).  Held, a row costs 10
    bytes a term and no array object (an int32 array a cluster before: 112 bytes over its 4 a
    term); the numbering is two sorted arrays (8 bytes a term; a dict took ~100).  Rows of
    forgotten clusters are dropped once they are half of what is held.

    ``shared`` (the story pool's store, :class:`clipper.stories.pool.StoryPool`): a row's
    weights, lead shares and passages are its vector's, held once.  The vector's ``weights``
    (and ``lead`` and ``passages``, when it has them) become views of its row (the same
    values), re-pointed when the rows move (grown or compacted) and given back as copies of
    their own when the cluster is forgotten (:meth:`forget`, :meth:`release`), so no view
    keeps arrays the store let go.  Held twice they cost 6 bytes a term (5 without the
    passages: ~1.1 KB of the ~9.2 KB a one-day cluster held when the walk starts,
    ``bench/story_memory.py``).  The store is then the only holder
    that replaces a vector's arrays: a vector is scored through one shared store at most."""

    def __init__(self, shared: bool = False) -> None:
        self._hashes = np.zeros(0, np.uint32)  # the numbered term hashes, sorted
        self._numbers = np.zeros(0, np.int32)  # the column of each
        self.columns = np.zeros(0, np.int32)
        self.weights = np.zeros(0, np.float32)
        self.leads = np.zeros(0, np.uint8)
        self.passages = np.zeros(0, np.uint8)
        self.starts = np.zeros(1, np.int64)
        self.rows: dict[int, int] = {}
        self._used = 0  # of ``columns`` / ``weights``: the rest is room to grow into
        self._dead = 0  # terms of forgotten clusters' rows
        self._matrix: csr_matrix | None = None
        self._shared = shared
        # shared: the vector whose arrays are views of each row (None: forgotten)
        self._vectors: list[Vector | None] = []

    @property
    def width(self) -> int:
        """How many columns (term hashes) are numbered."""
        return len(self._hashes)

    def encode(self, items: Sequence[Item]) -> None:
        """Add a row for each of ``items`` not held yet (numbering the terms not numbered)."""
        fresh = [it for it in items if it.cluster_id not in self.rows]
        if not fresh:
            return
        keys = np.concatenate([it.vector.keys for it in fresh])
        new = np.setdiff1d(keys, self._hashes)  # sorted, distinct
        if len(new):
            hashes = np.concatenate([self._hashes, new])
            numbers = np.concatenate(
                [self._numbers, np.arange(self.width, self.width + len(new), dtype=np.int32)]
            )
            order = np.argsort(hashes, kind="stable")
            self._hashes, self._numbers = hashes[order], numbers[order]
        columns = self._numbers[np.searchsorted(self._hashes, keys)]
        weights = np.concatenate([it.vector.weights for it in fresh])
        leads = np.concatenate([lead_bytes(it.vector) for it in fresh])
        passages = np.concatenate([passage_bytes(it.vector) for it in fresh])
        lengths = np.fromiter((len(it.vector.keys) for it in fresh), np.int64, len(fresh))
        end = self._used + len(keys)
        moved = end > len(self.columns)
        if moved:
            room = max(end, len(self.columns) * 5 // 4)
            self.columns = _grown(self.columns, self._used, room)
            self.weights = _grown(self.weights, self._used, room)
            self.leads = _grown(self.leads, self._used, room)
            self.passages = _grown(self.passages, self._used, room)
        self.columns[self._used : end] = columns
        self.weights[self._used : end] = weights
        self.leads[self._used : end] = leads
        self.passages[self._used : end] = passages
        first = len(self.starts) - 1
        self.starts = np.concatenate([self.starts, self._used + np.cumsum(lengths)])
        self.rows.update((it.cluster_id, first + n) for n, it in enumerate(fresh))
        self._used = end
        self._matrix = None
        if self._shared:
            self._vectors.extend(it.vector for it in fresh)
            self._point(range(0, first + len(fresh)) if moved else range(first, first + len(fresh)))

    def reserve(self, terms: int) -> None:
        """Room for ``terms`` more terms, made at once, so that rows encoded into it move
        nothing (the story stage's scoring of a night's clusters, :class:`clipper.stories.pool
        .StoryPool`).  Grown a quarter at a time instead, the store held its old arrays beside
        their grown copies (2.25 times what it held) at each growth, and a quarter of room
        after the last one."""
        end = self._used + terms
        if end <= len(self.columns):
            return
        self.columns = _grown(self.columns, self._used, end)
        self.weights = _grown(self.weights, self._used, end)
        self.leads = _grown(self.leads, self._used, end)
        self.passages = _grown(self.passages, self._used, end)
        self._matrix = None
        if self._shared:
            self._point(range(0, len(self.starts) - 1))

    def _point(self, rows: range) -> None:
        """Make the held vectors of ``rows`` views of their rows (shared only)."""
        bounds = self.starts[rows.start : rows.stop + 1].tolist()
        weights, leads, passages = self.weights, self.leads, self.passages
        vectors = self._vectors
        for n, row in enumerate(rows):
            vector = vectors[row]
            if vector is None:
                continue
            lo, hi = bounds[n], bounds[n + 1]
            # a frozen vector's arrays replaced by views of the same values (the class docstring)
            object.__setattr__(vector, "weights", weights[lo:hi])
            if len(vector.lead):
                object.__setattr__(vector, "lead", leads[lo:hi])
            if len(vector.passages):
                object.__setattr__(vector, "passages", passages[lo:hi])

    def matrix(self) -> csr_matrix:
        """The rows as one CSR matrix (weights float32; no copy of them)."""
        if self._matrix is None:
            rows = len(self.starts) - 1
            self._matrix = csr_matrix(
                (self.weights[: self._used], self.columns[: self._used], self.starts),
                shape=(rows, max(1, self.width)),
            )
        return self._matrix

    def forget(self, cluster_id: int) -> None:
        row = self.rows.pop(cluster_id, None)
        if row is None:
            return
        if self._shared:
            _own(self._vectors[row])
            self._vectors[row] = None
        self._dead += int(self.starts[row + 1] - self.starts[row])
        if self._dead * 2 > self._used:
            self._compact()

    def release(self) -> None:
        """Give every held vector arrays of its own (before the store is let go)."""
        for vector in self._vectors:
            _own(vector)
        self._vectors = [None] * len(self._vectors)

    def _compact(self) -> None:
        """Keep only the rows of held clusters (in their order)."""
        held = sorted(self.rows.items(), key=lambda entry: entry[1])
        old = np.fromiter((row for _, row in held), np.int64, len(held))
        at, _ = _spans(self.starts[old], self.starts[old + 1])
        self.columns, self.weights, self.leads = self.columns[at], self.weights[at], self.leads[at]
        self.passages = self.passages[at]
        lengths = self.starts[old + 1] - self.starts[old]
        self.starts = np.r_[0, np.cumsum(lengths)].astype(np.int64)
        self.rows = {cid: n for n, (cid, _) in enumerate(held)}
        self._used, self._dead = len(at), 0
        self._matrix = None
        if self._shared:
            self._vectors = [self._vectors[row] for _, row in held]
            self._point(range(len(held)))


def _own(vector: Vector | None) -> None:
    """Give ``vector`` (views of a shared :class:`_Columns` row) arrays of its own."""
    if vector is None:
        return
    object.__setattr__(vector, "weights", vector.weights.copy())
    if len(vector.lead):
        object.__setattr__(vector, "lead", vector.lead.copy())
    if len(vector.passages):
        object.__setattr__(vector, "passages", vector.passages.copy())


def _grown(values: npt.NDArray[_T], used: int, room: int) -> npt.NDArray[_T]:
    """A new array of ``room`` elements starting with the first ``used`` of ``values``."""
    grown = np.empty(room, values.dtype)
    grown[:used] = values[:used]
    return grown


def score(
    pairs: npt.NDArray[np.int64],
    items: Mapping[int, Item],
    config: StoryConfig,
    encoder: _Columns | None = None,
    index: AnchorIndex | None = None,
) -> list[tuple[int, int, float]]:
    """(a, b, cosine) of the ``pairs`` (a < b) sharing ``min_shared_anchors`` anchors whose
    cosine clears :func:`threshold` for their gap, sorted: :func:`linked` as tuples."""
    a, b, sims = linked(pairs, items, config, encoder, index)
    return list(zip(a.tolist(), b.tolist(), sims.tolist(), strict=True))


def linked(
    pairs: npt.NDArray[np.int64],
    items: Mapping[int, Item],
    config: StoryConfig,
    encoder: _Columns | None = None,
    index: AnchorIndex | None = None,
    parts: RuleParts | None = None,
) -> Links:
    """The ``pairs`` (cluster ids, any orientation) sharing ``min_shared_anchors`` anchors
    whose cosine clears :func:`threshold` for their gap, as :class:`Links` (arrays, not a
    Python object a link: a night's story stage links ~200 pairs a cluster, and a tuple each
    left the main process's small-object arenas fragmented).  ``index``: an
    :class:`AnchorIndex` holding every cluster of ``pairs`` (its anchors are reused; else one
    is built); ``encoder``: term columns kept between calls; ``parts``: what the link rules
    read of each vector, kept for a pass of many calls (:mod:`clipper.stories.ruleparts`).

    Pairs are taken a *hub* at a time: the end met in more of ``pairs`` (a night's cluster
    among the stored ones it meets), so a call loops over about as many hubs as it has
    clusters with many pairs, not over every stored cluster met once or twice (114,000
    groups when a night's clusters meet a big archive's).  A pair's similarity is summed in
    one fixed order whichever end is the hub: the hub's weights are spread over a scratch
    array and the other end's terms, in ascending hash order, gather their products; a term
    the hub lacks adds +0.0, which changes no sum, so the sum is that of the shared terms'
    products in ascending hash order, the same from either end.  Each product of two float32
    weights is exact in float64, so a pair's similarity does not depend on the order in
    which its ends were met (nor on which is the hub)."""
    found = _Found()
    if not len(pairs):
        return found.links()
    involved = sortedsets.distinct(pairs)
    ids = involved.tolist()
    first = np.searchsorted(involved, pairs[:, 0])
    second = np.searchsorted(involved, pairs[:, 1])
    met = np.bincount(np.concatenate([first, second]), minlength=len(ids))
    swap = met[second] > met[first]
    hub, other = np.where(swap, second, first), np.where(swap, first, second)
    days = np.fromiter((items[c].day for c in ids), np.int64, len(ids))
    bars = thresholds(np.abs(days[hub] - days[other]), config)
    finite = np.isfinite(bars)
    order = np.lexsort((other[finite], hub[finite]))
    hub, other, bars = hub[finite][order], other[finite][order], bars[finite][order]
    if not len(hub):
        return found.links()
    numbers = index.anchor_numbers(involved) if index is not None else None
    if index is None or numbers is None:  # a cluster the index does not hold
        index = AnchorIndex(config, [items[c] for c in ids])
        numbers = index.anchor_numbers(involved)
    assert numbers is not None
    shared = _shared_anchors(hub, other, numbers, index.anchor_slots)
    kept = shared >= config.min_shared_anchors
    hub, other, bars = hub[kept], other[kept], bars[kept]
    if not len(hub):
        return found.links()
    # of one day, sharing many rare names: a lower bar (clipper.stories.eventnames).  Asked
    # of the pairs whose ends both hold event_names rare names, the bar lowered; whether they
    # share that many, of the few links they make under the bar only (linkrules.named_links)
    names = np.fromiter((len(items[c].vector.names) for c in ids), np.int64, len(ids))
    named = np.flatnonzero(
        (days[hub] == days[other])
        & (names[hub] >= config.event_names)
        & (names[other] >= config.event_names)
    )
    bars[named] = config.event_similarity_share * bars[named]
    # The vectors of the kept pairs' ends as columns, one after the other.
    encoder = encoder or _Columns()
    used = sortedsets.distinct(np.concatenate([hub, other]))
    encoder.encode([items[ids[i]] for i in used.tolist()])
    # each involved cluster's row (those of no kept pair: 0, never read)
    row = np.zeros(len(ids), np.int64)
    row[used] = np.fromiter((encoder.rows[ids[i]] for i in used.tolist()), np.int64, len(used))
    columns, weights, leads = encoder.columns, encoder.weights, encoder.leads
    passages = encoder.passages
    start = encoder.starts
    scratch = np.zeros(max(1, encoder.width))
    lead_scratch = np.zeros(max(1, encoder.width), np.uint8)
    passage_scratch = np.zeros(max(1, encoder.width), np.uint8)
    # The rows hold each cluster's weights in the order of its terms: a row times a dense
    # vector sums its products in that order (float32 weights times float64: each product is
    # that of the float64 weights, as exact).
    terms = encoder.matrix()
    held = _Products(config.lead_similarity_share, config.passage_similarity_share)

    def hold(pairs: slice | npt.NDArray[np.int64], others: npt.NDArray[np.int64]) -> None:
        at, owner = _spans(start[others], start[others + 1])
        products = weights[at] * scratch[columns[at]]
        # only the terms both ends hold (weights are positive; a term the hub lacks gives
        # +0.0, which changes no sum): a one-day night's pairs share a tenth of their terms
        shared = np.flatnonzero(products)
        at = at[shared]
        held.add(hub[pairs], other[pairs], bars[pairs], products[shared],
                 np.bincount(owner[shared], minlength=len(others)), leads[at],
                 lead_scratch[columns[at]], passages[at],
                 passage_scratch[columns[at]])  # fmt: skip

    for hub_id, lo, hi in _runs(hub):
        h = int(row[hub_id])
        span = slice(start[h], start[h + 1])
        scratch[columns[span]] = weights[span]
        lead_scratch[columns[span]] = leads[span]
        passage_scratch[columns[span]] = passages[span]
        others = row[other[lo:hi]]
        if len(others) > _FEW_PAIRS:  # one sparse product for the hub's pairs
            sims = terms[others] @ scratch
            # the pairs over the bar are held for the lead rule (summed again alike)
            over = np.flatnonzero(sims >= bars[lo:hi])
            hold(lo + over, others[over])
        else:
            hold(slice(lo, hi), others)
        if held.size >= _PRODUCTS_HELD:
            held.flush(found)
        scratch[columns[span]] = 0.0
        lead_scratch[columns[span]] = 0
        passage_scratch[columns[span]] = 0
    held.flush(found)
    return without_templates(
        named_links(found.links(involved), items, config), items, config, parts
    )


def _shared_anchors(
    hub: npt.NDArray[np.int64],
    other: npt.NDArray[np.int64],
    numbers: npt.NDArray[np.int32],
    slots: int,
) -> npt.NDArray[np.int64]:
    """How many anchors each pair (``hub`` sorted, rows of ``numbers``) shares: the hub's
    anchors marked once, its partners' looked up (anchors are distinct within a cluster; the
    padding ``slots - 1`` is never marked)."""
    shared = np.zeros(len(hub), np.int64)
    marks = np.zeros(slots, np.int8)
    for h, lo, hi in _runs(hub):
        mine = numbers[h]
        marks[mine] = 1
        marks[slots - 1] = 0
        shared[lo:hi] = marks[numbers[other[lo:hi]]].sum(axis=1)
        marks[mine] = 0
    return shared


def _runs(values: npt.NDArray[np.int64]) -> list[tuple[int, int, int]]:
    """(value, start, stop) of each run of equal ``values`` (sorted)."""
    firsts, starts = np.unique(values, return_index=True)
    stops = np.r_[starts[1:], len(values)]
    return list(zip(firsts.tolist(), starts.tolist(), stops.tolist(), strict=True))


# A hub with at most this many kept pairs gathers their products for one sum over many hubs
# (a sparse row slice costs ~0.3 ms whatever its size); one with more is one sparse product
# (fewer passes over its products: a one-topic day keeps most of a hub's pairs).
_FEW_PAIRS = 16


# Products held before they are summed (8 bytes each; summing them holds ~3 times as much
# again: their concatenation, the CSR matrix's column numbers, the sums).  Flushing more often
# changes no sum (a pair's products are added and summed together) and costs no measurable
# time; at 4,000,000 the first slice of a 10k one-day night's story stage peaked 50 MB above
# what the stage held (tracemalloc).
_PRODUCTS_HELD = 1_000_000


class _Products:
    """The kept pairs of :func:`score` with their products, summed in one pass: each pair's
    sum is a CSR row times a vector of ones, which adds ``product × 1.0`` to 0.0 in row order
    (the other end's terms in ascending hash order).  A pair over its bar is kept only when
    each end's lead gives ``lead_share`` of its sum (:mod:`clipper.stories.leads`): its
    products times the other end's lead shares, and times the hub's, summed alike, so the
    same from either end; and when its sum less the products of either end's heaviest passage
    (:func:`clipper.stories.passages.heaviest_passages`, each end's summed alike) clears
    ``passage_share`` of its bar (:mod:`clipper.stories.passages`)."""

    def __init__(self, lead_share: float, passage_share: float) -> None:
        self.lead_share = lead_share
        self.passage_share = passage_share
        self.clear()

    def clear(self) -> None:
        self.hubs: list[npt.NDArray[np.int64]] = []
        self.others: list[npt.NDArray[np.int64]] = []
        self.bars: list[npt.NDArray[np.float64]] = []
        self.products: list[npt.NDArray[np.float64]] = []
        self.lengths: list[npt.NDArray[np.int64]] = []
        self.other_leads: list[npt.NDArray[np.uint8]] = []
        self.hub_leads: list[npt.NDArray[np.uint8]] = []
        self.other_passages: list[npt.NDArray[np.uint8]] = []
        self.hub_passages: list[npt.NDArray[np.uint8]] = []
        self.size = 0

    def add(
        self,
        hubs: npt.NDArray[np.int64],
        others: npt.NDArray[np.int64],
        bars: npt.NDArray[np.float64],
        products: npt.NDArray[np.float64],
        lengths: npt.NDArray[np.int64],
        other_leads: npt.NDArray[np.uint8],
        hub_leads: npt.NDArray[np.uint8],
        other_passages: npt.NDArray[np.uint8],
        hub_passages: npt.NDArray[np.uint8],
    ) -> None:
        """``products`` of each pair (``hubs[i]``, ``others[i]``: those of the terms both hold,
        in the other end's term order), ``lengths[i]`` of them, with the lead share (0-255)
        and the passage (0-255) of each product's term in the other end and in the hub."""
        self.hubs.append(hubs)
        self.others.append(others)
        self.bars.append(bars)
        self.products.append(products)
        self.lengths.append(lengths)
        self.other_leads.append(other_leads)
        self.hub_leads.append(hub_leads)
        self.other_passages.append(other_passages)
        self.hub_passages.append(hub_passages)
        self.size += len(products)

    def flush(self, found: _Found) -> None:
        """Add the held pairs clearing their bars and the lead rule to ``found``; hold
        nothing."""
        if not self.hubs:
            return
        hubs, others = np.concatenate(self.hubs), np.concatenate(self.others)
        bars, products = np.concatenate(self.bars), np.concatenate(self.products)
        lengths = np.concatenate(self.lengths)
        sims = _row_sums(products, lengths)
        over = sims >= bars
        # the lead parts of the pairs over the bar only
        entries = np.repeat(over, lengths)
        kept_products, kept_lengths = products[entries], lengths[over]
        parts = [
            _row_sums(kept_products * (np.concatenate(leads)[entries] / QUOTED_SCALE), kept_lengths)
            for leads in (self.other_leads, self.hub_leads)
        ]
        kept = np.flatnonzero(over)
        led = np.minimum(*parts) >= self.lead_share * sims[kept]
        # of those, the link without either end's heaviest passage (stories.passages)
        heaviest = np.maximum(*(
            heaviest_passages(kept_products, kept_lengths, np.concatenate(held)[entries])
            for held in (self.other_passages, self.hub_passages)
        ))  # fmt: skip
        kept = kept[led & (sims[kept] - heaviest >= self.passage_share * bars[kept])]
        found.add(hubs[kept], others[kept], sims[kept])
        self.clear()


def _row_sums(
    products: npt.NDArray[np.float64], lengths: npt.NDArray[np.int64]
) -> npt.NDArray[np.float64]:
    """The sum of each run of ``lengths`` of ``products``, added in order (a CSR row times a
    vector of ones)."""
    indptr = np.r_[0, np.cumsum(lengths)]
    rows = csr_matrix(
        (products, np.zeros(len(products), np.int32), indptr), shape=(len(lengths), 1)
    )
    return np.asarray(rows @ np.ones(1), dtype=np.float64)


class _Found:
    """The links :func:`linked` finds, as arrays of positions in its ``involved`` ids."""

    def __init__(self) -> None:
        self.parts: list[
            tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float64]]
        ] = []

    def add(
        self,
        hubs: npt.NDArray[np.int64],
        others: npt.NDArray[np.int64],
        sims: npt.NDArray[np.float64],
    ) -> None:
        if len(hubs):
            self.parts.append((hubs, others, sims))

    def links(self, involved: npt.NDArray[np.int64] | None = None) -> Links:
        """The links as cluster ids (``involved[position]``), sorted by (a, b)."""
        if not self.parts or involved is None:
            return Links(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
        hubs, others, sims = (np.concatenate(column) for column in zip(*self.parts, strict=True))
        ends = involved[np.stack([hubs, others])]
        a, b = ends.min(axis=0), ends.max(axis=0)
        order = np.lexsort((b, a))
        return Links(a[order], b[order], sims[order])


def link_graph(items: Sequence[Item], config: StoryConfig) -> dict[int, dict[int, float]]:
    """All links among ``items`` (taken as whole days): cluster id → {linked id: similarity}."""
    index = AnchorIndex(config, items)
    links: dict[int, dict[int, float]] = {it.cluster_id: {} for it in items}
    by_id = {it.cluster_id: it for it in items}
    for a, b, sim in score(index.candidates(items), by_id, config, index=index):
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
