"""Candidate pairs from LSH, and the verification that turns a candidate into a match.

Candidates come from two places: the pages of the batch being processed that share an LSH
band (datasketch's banding, joined in NumPy), and the archive's persistent band index
(``Store.band_collisions``) for everything stored before, tonight's earlier batches included.
Candidate keys are of three kinds (``clipper.fingerprint``): the full-text LSH bands (pages
with Jaccard ≳ 0.5), the lead bands (pages that open alike: briefs) and the passage keys
(pages sharing a ~40-word run anywhere: briefs under an update paragraph, rewrites carrying
the middle of a story).  Every candidate is then verified exactly on both pages' shingles: a
page matches a better-ranked page when their Jaccard similarity reaches ``jaccard_threshold``
or when the shorter page is covered by the longer (``containment_threshold``): at least that
share of its *words* lie inside 5-word shingles the longer page also has, which is how a
trimmed, briefed or lightly edited copy of a wire story still matches the full story.  A
page whose opening sits at the longer page's opening (``brief_max_offset``) is a brief of it
at any length ratio, judged on its first ``brief_head`` share of words.
Verification is a pure function of the two pages, so the set of matches, and hence the
clusters, does not depend on the order pages arrive in.

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
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from clipper.config import MatchConfig
from clipper.fingerprint import coverage, similarity

_NO_KEYS = np.empty(0, dtype=np.int64)


@dataclass(frozen=True, slots=True)
class Candidate:
    """What verification needs to know about one page."""

    page_id: int
    sequence: npt.NDArray[np.uint32]  # fingerprint.shingle_sequence: one hash per position
    shingles: npt.NDArray[np.uint32]  # sorted, distinct
    rank: tuple[object, ...]
    # Fingerprint.passage_keys and .opening_keys (sorted, distinct): for shares_passages
    passage_keys: npt.NDArray[np.int64] = field(default_factory=lambda: _NO_KEYS)
    opening_keys: npt.NDArray[np.int64] = field(default_factory=lambda: _NO_KEYS)


@dataclass(frozen=True, slots=True)
class Edge:
    """``page_id`` is a variant of the better-ranked ``better_page_id``."""

    page_id: int
    better_page_id: int
    jaccard: float
    containment: float


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


def shares_passages(first: Candidate, second: Candidate, share: float) -> bool:
    """Whether two pages found only through passage or opening keys share enough of them to
    be verified: at least ``share`` of the smaller page's passage keys, or of the smaller
    page's opening keys (and at least one).

    A pure function of the two pages, symmetric, so the pairs verified do not depend on the
    order pages arrive in.  Why: a copy carries whole runs of its original, so it shares most
    of its passages (a rewrite's middle run, a brief's opening sentences); two reports of one
    day that reuse a paragraph or two share a few of dozens.  On issue 10's one-day corpus
    (2,000 records recombined from shared paragraphs), 0.3 keeps 276 of the 282 copies these
    keys alone find and verifies 10,545 of their 62,654 pairs.
    """
    for a, b in (
        (first.passage_keys, second.passage_keys),
        (first.opening_keys, second.opening_keys),
    ):
        if len(a) and len(b):
            common = len(np.intersect1d(a, b, assume_unique=True))
            if common and common >= share * min(len(a), len(b)):
                return True
    return False


def verify(
    pairs: Iterable[tuple[Candidate, Candidate]], config: MatchConfig, shingle_words: int = 5
) -> list[Edge]:
    """The candidate pairs that really are variants, oriented worse → better.

    ``Edge.jaccard`` is the exact Jaccard similarity of the two shingle sets,
    ``Edge.containment`` the word coverage of the shorter page by the longer
    (``fingerprint.coverage``).  ``shingle_words`` must be the width the sequences were made
    with.
    """
    edges: list[Edge] = []
    for first, second in pairs:
        if first.page_id == second.page_id:
            continue
        worse, better = (first, second) if first.rank > second.rank else (second, first)
        jaccard, _ = similarity(worse.shingles, better.shingles)
        shorter, longer = sorted((worse, better), key=lambda c: (len(c.sequence), c.rank))
        covered = coverage(shorter.sequence, longer.shingles, shingle_words)
        part = len(shorter.sequence) >= config.min_length_ratio * len(longer.sequence)
        if covered >= config.containment_threshold and part:
            contained = True
        elif opening_offset(shorter.sequence, longer) <= config.brief_max_offset:
            # a brief: its opening is the longer page's; judged on its head, because what
            # follows a brief on a page is often furniture the cleaner left
            head = coverage(shorter.sequence, longer.shingles, shingle_words, config.brief_head)
            contained = head >= config.containment_threshold
        else:
            contained = False
        if jaccard >= config.jaccard_threshold or contained:
            edges.append(Edge(worse.page_id, better.page_id, jaccard, covered))
    return edges


def opening_offset(sequence: npt.NDArray[np.uint32], longer: Candidate) -> int:
    """Where, in words from its start, ``longer`` holds the first shingle of ``sequence`` that
    it has at all (a large number when it holds none): 0 for a brief of it, the length of a
    new opening paragraph for a brief of the story under it."""
    present = np.flatnonzero(np.isin(sequence, longer.shingles, assume_unique=False))
    if not len(present):
        return len(longer.sequence) + 1
    return int(np.flatnonzero(longer.sequence == sequence[present[0]])[0])
