"""Upper bounds that reject a candidate pair before verification walks its shingles.

:func:`clipper.match.verify` walks a pair exactly (a binary search per shingle of the shorter
page, the coverage, runs, the brief's opening offset): a dozen array operations a pair.  On a
day of pages that share paragraphs without being copies most candidate pairs cannot match
(issue 10's one-day corpus: 88 % of a 10k night's last batch), and :func:`screen` shows that
from bounds that cost a few memory accesses a position of the shorter page, for the pairs of
up to 256 longer pages in one set of array operations.

Every match needs one of: Jaccard at ``jaccard_threshold``; word coverage of the shorter page
at ``containment_threshold``; head coverage (its first ``brief_head`` share of words) at
``containment_threshold``; or what :func:`clipper.pairrules.is_short_brief` asks of the whole page
first (at most ``brief_furniture_words`` words outside shared shingles, ``brief_min_coverage``
of it inside); or a lead-in's rest (:func:`clipper.pairrules.is_lead_in`) covered at
``containment_threshold``.  Each is bounded from above: from a superset of the shorter page's
positions whose shingle the longer page holds (a table of ``Candidate.held`` by their low bits:
no false "not held"), the distinct shingles shared being at most those positions, and a run
of ``h`` such positions covering at most ``h + shingle_words - 1`` words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from clipper.config import MatchConfig

if TYPE_CHECKING:
    from clipper.match import Candidate

# Slots of the table of a longer page's shingles (by their low bits): a shingle the page holds
# is always marked; one it does not is marked when another of its shingles has the same low
# bits (~2 % on a 600-shingle page).
SLOTS = 1 << 15
# Longer pages in the table at once: _CHUNK_ROWS × SLOTS bytes (8 MB), kept between chunks
# and cleared where it was marked; about _CHUNK_POSITIONS shorter-page positions a chunk
# (~15 MB of scratch arrays).
_CHUNK_ROWS = 256
_CHUNK_POSITIONS = 1 << 20
# Thresholds are compared with this margin, so that rounding never drops a pair.
_MARGIN = 1e-9


def screen(
    pairs: Sequence[tuple[Candidate, Candidate]], config: MatchConfig, shingle_words: int = 5
) -> list[bool]:
    """Per ``(shorter, longer)`` pair, whether :func:`clipper.match.verify` can find it a match:
    False only when it cannot, so verifying just the pairs kept gives the same edges.

    Pages are told apart by ``page_id`` (one page, one id).  A pair whose shorter page has
    fewer than 2 positions or no shingles is kept (left to the exact walk's own edge cases).
    The pairs of up to 256 longer pages are screened at once, each longer page's shingles
    marked in the table once however many pairs it is in, the shorter pages' positions laid
    end to end: a few array operations a chunk and a few memory accesses a shorter page's
    position, not a dozen array calls a pair (issue 10: a day's pairs grow faster than its
    pages, and most share only a few paragraphs).
    """
    possible = [True] * len(pairs)
    # by longer page (its id, then the pair's place: a fixed order), so that its pairs share
    # a row of the table
    screened = sorted(
        (
            index
            for index, (shorter, _) in enumerate(pairs)
            # a shorter page holding captions its sequence leaves out: its Jaccard counts
            # shingles no position of it shows (Candidate.whole), so it is walked
            if len(shorter.sequence) >= 2 and len(shorter.shingles) and shorter.whole is None
        ),
        key=lambda index: (pairs[index][1].page_id, index),
    )
    if not screened:
        return possible
    table = np.zeros((_CHUNK_ROWS, SLOTS), dtype=np.bool_)
    start = 0
    while start < len(screened):
        stop, positions, longers = start, 0, 0
        previous = None
        while stop < len(screened):
            shorter, longer = pairs[screened[stop]]
            new_row = longer.page_id != previous
            if stop > start and (
                (new_row and longers == _CHUNK_ROWS) or positions >= _CHUNK_POSITIONS
            ):
                break
            longers += new_row
            previous = longer.page_id
            positions += len(shorter.sequence)
            stop += 1
        chunk = screened[start:stop]
        keep = _screen_chunk([pairs[i] for i in chunk], table, config, shingle_words)
        for index, kept in zip(chunk, keep.tolist(), strict=True):
            possible[index] = kept
        start = stop
    return possible


def _flat_slots(
    arrays: list[npt.NDArray[np.uint32]],
    rows: npt.NDArray[np.intp],
    sizes: npt.NDArray[np.int64],
) -> npt.NDArray[np.intp]:
    """Each value of ``arrays[r]`` as its index in the flat table: ``rows[r]`` plus its low
    bits (``sizes[r] = len(arrays[r])``)."""
    slots = np.repeat(rows, sizes)
    slots += np.concatenate(arrays) & np.uint32(SLOTS - 1)
    return slots


def _counts(
    values: npt.NDArray[np.bool_], offsets: npt.NDArray[np.int64]
) -> Callable[[npt.NDArray[np.int64]], npt.NDArray[np.int64]]:
    """For ``values`` made of consecutive segments starting at ``offsets``: a function giving,
    per segment, how many of its first ``prefix[r]`` values are True (one running sum, read
    at as many prefixes as needed)."""
    running = np.zeros(len(values) + 1, dtype=np.int32)
    np.cumsum(values, out=running[1:])
    return lambda prefix: (running[offsets + prefix] - running[offsets]).astype(np.int64)


def _screen_chunk(
    pairs: list[tuple[Candidate, Candidate]],
    table: npt.NDArray[np.bool_],
    config: MatchConfig,
    shingle_words: int,
) -> npt.NDArray[np.bool_]:
    """:func:`screen` for up to ``len(table)`` pairs (shorter pages of ≥ 2 positions).
    ``table`` is all False on entry and on return."""
    longer_sizes = np.array([len(longer.held) for _, longer in pairs], dtype=np.int64)
    shingle_sizes = np.array([len(shorter.shingles) for shorter, _ in pairs], dtype=np.int64)
    n = np.array([len(shorter.sequence) for shorter, _ in pairs], dtype=np.int64)
    # Row r of the table marks the low bits of the r-th longer page's shingles (pairs come
    # grouped by longer page).  Flat indexes, row · SLOTS + low bits: a two-index gather
    # costs ten times a flat one.
    ids = np.array([longer.page_id for _, longer in pairs], dtype=np.int64)
    first = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]])
    row = (np.cumsum(np.r_[True, ids[1:] != ids[:-1]]) - 1).astype(np.intp) * SLOTS
    flat = table.reshape(-1)
    held = [pairs[i][1].held for i in first.tolist()]
    marked = _flat_slots(held, row[first], np.array([len(h) for h in held], dtype=np.int64))
    flat[marked] = True
    try:
        # each position of the shorter page: whether the longer page may hold its shingle
        hit = flat.take(_flat_slots([shorter.sequence for shorter, _ in pairs], row, n))
    finally:
        flat[marked] = False
    # Shingles the two pages may share, from above: a shared shingle sits at one position or
    # more of the shorter page, so at most the positions hit (and at most its shingles).
    offsets = np.cumsum(n) - n
    hits = _counts(hit, offsets)
    common = np.minimum(hits(n), shingle_sizes)
    union = shingle_sizes + longer_sizes - common
    jaccard = common / np.maximum(union, 1)
    # Words inside shared shingles, from above: a run of h shared positions covers h + width
    # - 1 words (fewer where runs lie closer than a shingle apart); a word of the head only
    # from positions inside the head.
    width = shingle_words
    words = n + width - 1
    # a run starts at a shared position after an unshared one, or at the page's first
    starts = hit.copy()
    starts[1:] &= ~hit[:-1]
    starts[offsets] = hit[offsets]
    runs = _counts(starts, offsets)
    head_words = np.maximum(1, np.ceil(config.brief_head * words).astype(np.int64))
    head_positions = np.minimum(head_words, n)
    total = np.minimum(words, hits(n) + (width - 1) * runs(n))
    head = np.minimum(head_words, hits(head_positions) + (width - 1) * runs(head_positions))
    bar = config.containment_threshold - _MARGIN
    # a lead-in (pairrules.is_lead_in): a line of lead_in_min_words or more (above a lede the
    # longer page has) or lead_in_replaced_min_words (in its place), the rest at least
    # lead_in_rest times as long and lead_in_share of the longer page, covered at the bar, so
    # the whole at least at the bar of the shortest such rest
    longer_words = np.array([len(longer.sequence) for _, longer in pairs], dtype=np.int64)
    lead_in = np.minimum(
        np.minimum(config.lead_in_max_words, words / (1 + config.lead_in_rest)),
        words - config.lead_in_share * (longer_words + width - 1),
    )
    return np.asarray(
        (jaccard >= config.jaccard_threshold - _MARGIN)
        | (total / words >= bar)
        | (
            (lead_in >= min(config.lead_in_min_words, config.lead_in_replaced_min_words))
            & (total >= bar * (words - np.floor(lead_in)))
        )
        | (head / head_words >= bar)
        | (
            (words - total <= config.brief_furniture_words)
            & (total >= config.brief_min_coverage * words - _MARGIN)
        )
    )
