"""Candidate pairs: which pages are verified against each other (:mod:`clipper.match` verifies
them).  Candidates come from the pages of the batch sharing an index key (:func:`key_rows`,
:func:`batch_candidates`: a sort-and-group join in NumPy, the pairs datasketch's ``MinHashLSH``
gives) and from the archive's band index (``Store.band_collisions``); a pair found only
through passage or opening keys is verified when the two pages share enough of them
(:func:`sharing_pairs`, :func:`shares_passages`), a property of the pair alone.

Fan-out.  Band keys are selective by construction (a pair shares one with probability
``1 - (1 - J^r)^b``).  Passage and opening keys are not: on a day whose pages reuse wire
paragraphs, a page shares a passage key with every page carrying one of its paragraphs, and
verifying all of them grows with the square of the day (issue 10).  So a pair found only
through them is verified when the two pages share enough of their keys
(:func:`shares_passages`), a property of the pair alone.  A cap per key (say, each key's K
members with the smallest content hash) would bound the fan-out of every key, but it is a
function of the key's members at the time of the lookup: a page arriving on a later night with
a smaller hash displaces a member that earlier pages were already verified against, so one run
and the same pages over several nights verify different pairs, and the matches decide the
clusters.  No cap measured on a growing member list is the same for any split of the pages
without taking back verified matches; a rule on the pair is.

Two such caps were measured on their final state (what a run would give once displaced pairs
are taken back: ``bench/candidate_rules.py``, 2026-12-02).  A cap of T holders a key (a key held
by more counts for no pair) bounds the candidates, but a story copied more than T times then
loses the briefs and trimmed copies only its passages find (syndication confirm set run with
T = 4, standing for a widely copied story: copy recall 0.986 → 0.789).  Counting a key only for
pairs with one of its T longest holders keeps them (the longest texts become canonicals), but
on issue 10's one-day records it is no bound (candidates per new page 60 → 35 at 10k, 176 → 67
at 29k, T = 16) and loses matches with a cluster's canonical as the day grows (7 of 557 in the
last 1,000 pages at 10k, 36 of 559 at 29k).  What grows there is matches between different
records (a record inside several larger ones: 3.6 verified matches per new page at 10k, 8.7 at
29k), not matches within a cluster (0.9 per page at both); no rule on keys alone tells the two
apart before verification.

Nor does a bound on what is verified (session 22, ``bench/candidate_rules.py`` on the 20k
one-day archive): each page's K best candidates by the keys the pair shares, ties in the
canonical order (K = 32: 36.5 → 44.1 verified a new page from 10k to 20k) changes the
canonical of 147 and 818 pages; K best per cluster of candidates, or a look-up of each key's T
best holders, is no bound or loses as much.  The matches a page is decided on grow with the
day (with a better-ranked canonical 1.44 → 2.44 a new page, rule 3 of ``clipper.cluster``
reading all of them), and the match graph's densest core holds 10.5 → 24.8 matches a page,
so no rule verifying K pairs a page keeps every match for a K fixed in advance.  Nor does
deciding a page on its K best better-ranked candidates alone (session 23, ``decide:K`` and
``walk:K``; figures in the README's issue-10 table): older pages ranked below a new page
choose it too (K = 8: 13.4 → 15.1 verified a new page from 10k to 20k), syndicated briefs
are lost at K = 8 and one-day copy pairs at 10k for K ≥ 12, and it would need each page's
K-th score stored and matches taken back when a later page displaces one.  Verifying a pair
only when each page chose the other (session 24, ``mutual:K/L``: the worse-ranked page has
the better among its K best better-ranked candidates by keys shared, and the better page has
the worse among its L best worse-ranked ones) bounds both ends, at most K + L pairs a page;
K = 32, L = 96 left the four syndication sets' labels and one-day copy recall as they were
at 5k-20k records (verified a new page 25.3 → 44.5, every candidate 30.9 → 130.2; figures in
the README's issue-10 table).  It is not live: both lists grow with the pages present, so a
live version stores each page's two lists and, when a later page displaces a matched pair
from either, deletes that match and re-walks the pages it decided, which the batch
reclustering (``clipper.reclustering``: new matches only) does not do; and run so, a page at a
time, the pairs taken back grow with the day (K = 32, L = 96: 3.9 → 20.5 a new page from 5k
to 20k; of them matches, a batch at a time, 0.07 → 0.92), a new page pushing a pair out of
every older page's list it enters.  Lists ordered by a fixed property of each page (session
25: a key's T best holders by ``canonical.rank_key``, or of smallest text hash, a bottom-k
sketch) take back as many (T = 16: 2.5 → 12-15 pairs a new page, 5k to 20k): a new page
enters a key's list with chance T / holders, but each displaced holder drops its pairs with
all the key's other holders, and the keys held past T grow with the day.  Every rule measured
is still filling its lists at 20k; none takes back a flat number a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from clipper.idtable import IdTable
    from clipper.match import Candidate


def key_rows(
    bands: npt.NDArray[np.int64], extra: Sequence[npt.NDArray[np.int64]] = ()
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Flatten a batch's keys to ``(keys, rows)``: each key with the batch row it belongs to.

    ``bands`` is ``(n, b)`` (``fingerprint.index_keys``); ``extra`` holds each row's variable
    number of further keys (``Fingerprint.passage_keys``), one array per row, or nothing.
    """
    n, width = bands.shape
    keys = [bands.ravel()]
    rows = [np.repeat(np.arange(n, dtype=np.int64), width)]
    if len(extra):
        keys.extend(extra)
        rows.extend(np.full(len(k), row, dtype=np.int64) for row, k in enumerate(extra))
    return np.concatenate(keys).astype(np.int64), np.concatenate(rows)


def batch_candidates(
    keys: npt.NDArray[np.int64], rows: npt.NDArray[np.int64] | None = None
) -> set[tuple[int, int]]:
    """Row pairs ``(i, j)``, ``i < j``, of a batch sharing any index key.

    ``keys`` is either ``(n, b)``, each page's band keys (``fingerprint.index_keys``), or flat
    with ``rows`` giving each key's page (:func:`key_rows`).  Two pages share a band key
    exactly when datasketch's ``MinHashLSH`` with the same ``(b, r)`` would put them in one
    bucket (a test checks the pairs are the same).  A sort-and-group join over the batch costs
    ~1 µs a page where ``MinHashLSH.insert`` + ``query`` cost ~180 µs a page per index.
    """
    if rows is None:
        keys, rows = key_rows(keys)
    flat = keys
    order = np.argsort(flat, kind="stable")
    flat, rows = flat[order], rows[order]
    starts = np.flatnonzero(np.r_[True, flat[1:] != flat[:-1]])
    sizes = np.diff(np.r_[starts, len(flat)])
    pairs: set[tuple[int, int]] = set()
    for start, size in zip(starts[sizes > 1].tolist(), sizes[sizes > 1].tolist(), strict=True):
        members = sorted(set(rows[start : start + size].tolist()))
        pairs.update((a, b) for index, a in enumerate(members) for b in members[index + 1 :])
    return pairs


def batch_overlaps(
    keys: npt.NDArray[np.int64], rows: npt.NDArray[np.int64]
) -> npt.NDArray[np.int64]:
    """``(m, 3)`` rows ``(i, j, n)``, ``i < j``, in ``(i, j)`` order: batch rows ``i`` and
    ``j`` share ``n`` keys.

    ``keys`` and ``rows`` are flat and parallel (:func:`key_rows`), each key given once a row.
    A sort-and-group join in NumPy, like :func:`batch_candidates`, that also counts: every
    pair of a key's rows at once (each row with the rows after it in its key's group), not a
    loop over keys (a batch of 1,000 one-day records has ~15,000 passage keys shared by two
    rows or more: 61 → 2 ms, bench/oneday.py's records 9,000-10,000).
    """
    order = np.lexsort((rows, keys))
    keys, rows = keys[order], rows[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    sizes = np.diff(np.r_[starts, len(keys)])
    # each entry's later entries in its key's group (rows ascending within a group)
    later = np.repeat(starts + sizes, sizes) - np.arange(len(keys)) - 1
    total = int(later.sum())
    if not total:
        return np.empty((0, 3), dtype=np.int64)
    firsts = np.repeat(np.arange(len(keys)), later)
    # the k-th pair of entry e pairs it with entry e + 1 + k
    seconds = firsts + 1 + np.arange(total) - np.repeat(np.cumsum(later) - later, later)
    # a pair (i, j) as one integer i · 2^32 + j (batch rows are below 2^31), counted
    codes, counts = np.unique(rows[firsts] << 32 | rows[seconds], return_counts=True)
    return np.column_stack([codes >> 32, codes & 0xFFFFFFFF, counts]).astype(np.int64)


def passage_shares(
    common_passages: npt.NDArray[np.int64],
    common_openings: npt.NDArray[np.int64],
    passages: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]],
    openings: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]],
    share: float,
) -> npt.NDArray[np.bool_]:
    """:func:`shares_passages` for many pairs at once, from counts: per pair, the passage and
    opening keys the two pages share, and each page's number of passage and opening keys
    (``passages = (of the first pages, of the second pages)``, likewise ``openings``)."""

    def enough(
        common: npt.NDArray[np.int64], sizes: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]
    ) -> npt.NDArray[np.bool_]:
        a, b = sizes
        smaller = np.minimum(a, b)
        return (a > 0) & (b > 0) & (common > 0) & (common >= share * smaller)

    return enough(common_passages, passages) | enough(common_openings, openings)


def pair_overlaps(
    parts: Sequence[tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]],
    ids: npt.NDArray[np.int64],
    exclude: set[tuple[int, int]],
) -> npt.NDArray[np.int64]:
    """``(m, 2 + k)`` rows ``(page id, page id, n_1 … n_k)``: pairs sharing keys of any of the
    ``k`` kinds (``parts``: per kind, the batch's own overlaps and the archive's, as
    (:func:`batch_overlaps`) and ``KeyHolders.overlaps`` give them, in batch rows), lower id
    first, with the number of keys of each kind they share; pairs in ``exclude`` left out."""
    # a pair (a, b), a < b, as one integer a · 2^32 + b (page ids are below 2^31)
    codes: list[npt.NDArray[np.int64]] = []
    kinds: list[npt.NDArray[np.int64]] = []
    counts: list[npt.NDArray[np.int64]] = []
    for kind, (batch, archived) in enumerate(parts):
        for first, second, n in (
            (ids[batch[:, 0]], ids[batch[:, 1]], batch[:, 2]),
            (ids[archived[:, 0]], archived[:, 1], archived[:, 2]),
        ):
            codes.append(np.minimum(first, second) << 32 | np.maximum(first, second))
            kinds.append(np.full(len(n), kind, dtype=np.int64))
            counts.append(n)
    flat = np.concatenate(codes) if codes else np.empty(0, dtype=np.int64)
    unique, where = np.unique(flat, return_inverse=True)
    table = np.zeros((len(unique), len(parts)), dtype=np.int64)
    if len(flat):
        np.add.at(table, (where.ravel(), np.concatenate(kinds)), np.concatenate(counts))
    if exclude:
        pairs = np.array(sorted(exclude), dtype=np.int64).reshape(-1, 2)
        left_out = np.minimum(pairs[:, 0], pairs[:, 1]) << 32 | np.maximum(pairs[:, 0], pairs[:, 1])
        keep = ~np.isin(unique, left_out)
        unique, table = unique[keep], table[keep]
    return np.column_stack([unique >> 32, unique & 0xFFFFFFFF, table])


def sharing_pairs(
    overlaps: npt.NDArray[np.int64], counts: IdTable, share: float
) -> npt.NDArray[np.int64]:
    """The pairs of ``overlaps`` (rows of :func:`pair_overlaps` over passage and opening keys)
    that share enough of their keys to be verified (:func:`passage_shares`), as ``(m, 2)``
    rows of page ids in ``overlaps``' order.  ``counts``: page id → (its passage keys, its
    opening keys) (:class:`clipper.idtable.IdTable` of width 2), for every page in
    ``overlaps`` (:func:`key_counts`): the rule needs no more of a page, so a page's shingles
    are needed only for the pairs it keeps."""
    if not len(overlaps):
        return np.empty((0, 2), dtype=np.int64)
    pages, where = np.unique(overlaps[:, :2], return_inverse=True)
    where = where.reshape(-1, 2)
    table = counts.values(pages)
    passages, openings = table[:, 0], table[:, 1]
    keep = passage_shares(
        overlaps[:, 2],
        overlaps[:, 3],
        (passages[where[:, 0]], passages[where[:, 1]]),
        (openings[where[:, 0]], openings[where[:, 1]]),
        share,
    )
    return overlaps[keep, :2]


def pair_rows(
    *parts: set[tuple[int, int]] | npt.NDArray[np.int64],
) -> npt.NDArray[np.int64]:
    """The union of sets of pairs of page ids (each a set of tuples or ``(m, 2)`` rows) as
    ``(n, 2)`` rows, each pair once, in the order ``sorted`` gives the tuples.  Rows, not a set
    of tuples: a one-day night's batch verifies ~130 pairs a page at 20k records and more
    later, ~120 bytes a pair as tuples (the main process's small objects, among which what
    outlives the batch is then scattered).  Page ids are below 2^31."""
    arrays = [
        np.array(list(part), dtype=np.int64).reshape(-1, 2)
        if isinstance(part, (set, frozenset))
        else np.asarray(part, dtype=np.int64).reshape(-1, 2)
        for part in parts
    ]
    flat = np.concatenate(arrays) if arrays else np.empty((0, 2), dtype=np.int64)
    codes = np.unique(flat[:, 0] << 32 | flat[:, 1])
    return np.column_stack([codes >> 32, codes & 0xFFFFFFFF])


def key_counts(candidate: Candidate) -> tuple[int, int]:
    """(passage keys, opening keys) of a page: what :func:`sharing_pairs` needs of it."""
    return len(candidate.passage_keys), len(candidate.opening_keys)


def shares_passages(first: Candidate, second: Candidate, share: float) -> bool:
    """Whether two pages found only through passage or opening keys share enough of them to
    be verified: at least ``share`` of the smaller page's passage keys, or of the smaller
    page's opening keys (and at least one).

    A pure function of the two pages, symmetric, so the pairs verified do not depend on the
    order pages arrive in.  Why: a copy carries whole runs of its original, so it shares most
    of its passages (a rewrite's middle run, a brief's opening sentences); two reports of one
    day that reuse a paragraph or two share a few of dozens.  On issue 10's one-day corpus
    (2,000 records recombined from shared paragraphs), 0.3 keeps 276 of the 282 copies these
    keys alone find and verifies 10,545 of their 62,654 pairs (``MatchConfig.passage_share``
    says why not more).
    """

    def one(n: int) -> npt.NDArray[np.int64]:
        return np.array([n], dtype=np.int64)

    def common(a: npt.NDArray[np.int64], b: npt.NDArray[np.int64]) -> int:
        return len(np.intersect1d(a, b, assume_unique=True))

    return bool(
        passage_shares(
            one(common(first.passage_keys, second.passage_keys)),
            one(common(first.opening_keys, second.opening_keys)),
            (one(len(first.passage_keys)), one(len(second.passage_keys))),
            (one(len(first.opening_keys)), one(len(second.opening_keys))),
            share,
        )[0]
    )
