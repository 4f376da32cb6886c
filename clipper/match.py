"""Candidate pairs from LSH, and the verification that turns a candidate into a match.

Candidates come from two places: the pages of the batch being processed that share an LSH
band (datasketch's banding, joined in NumPy), and the archive's persistent band index
(``Store.band_collisions``) for everything stored before, tonight's earlier batches included.
Every candidate is then verified on the exact shingle sets of both pages: a page matches a
better-ranked page when their Jaccard similarity reaches ``jaccard_threshold`` or when the
worse page is contained in the better one (``containment_threshold``), which is how a trimmed
copy of a wire story still matches the full story.  Verification is a pure function of the two
pages, so the set of matches, and hence the clusters, does not depend on the order pages
arrive in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from clipper.config import MatchConfig
from clipper.fingerprint import similarity


@dataclass(frozen=True, slots=True)
class Candidate:
    """What verification needs to know about one page."""

    page_id: int
    shingles: npt.NDArray[np.uint32]  # sorted, distinct
    rank: tuple[object, ...]


@dataclass(frozen=True, slots=True)
class Edge:
    """``page_id`` is a variant of the better-ranked ``better_page_id``."""

    page_id: int
    better_page_id: int
    jaccard: float
    containment: float


def batch_candidates(keys: npt.NDArray[np.int64]) -> set[tuple[int, int]]:
    """Row pairs ``(i, j)``, ``i < j``, of a batch sharing any LSH band key.

    ``keys`` holds each page's band keys (``fingerprint.index_keys``): two pages share a key
    exactly when datasketch's ``MinHashLSH`` with the same ``(b, r)`` would put them in one
    bucket (a test checks the pairs are the same).  A sort-and-group join over the batch costs
    ~1 µs a page where ``MinHashLSH.insert`` + ``query`` cost ~180 µs a page per index.
    """
    n, bands = keys.shape
    flat = keys.ravel()
    rows = np.repeat(np.arange(n), bands)
    order = np.argsort(flat, kind="stable")
    flat, rows = flat[order], rows[order]
    starts = np.flatnonzero(np.r_[True, flat[1:] != flat[:-1]])
    sizes = np.diff(np.r_[starts, len(flat)])
    pairs: set[tuple[int, int]] = set()
    for start, size in zip(starts[sizes > 1].tolist(), sizes[sizes > 1].tolist(), strict=True):
        members = sorted(set(rows[start : start + size].tolist()))
        pairs.update((a, b) for index, a in enumerate(members) for b in members[index + 1 :])
    return pairs


def verify(pairs: Iterable[tuple[Candidate, Candidate]], config: MatchConfig) -> list[Edge]:
    """The candidate pairs that really are variants, oriented worse → better."""
    edges: list[Edge] = []
    for first, second in pairs:
        if first.page_id == second.page_id:
            continue
        worse, better = (first, second) if first.rank > second.rank else (second, first)
        jaccard, containment = similarity(worse.shingles, better.shingles)
        sizes = sorted((len(worse.shingles), len(better.shingles)))
        contained = (
            containment >= config.containment_threshold
            and sizes[0] >= config.min_length_ratio * sizes[1]
        )
        if jaccard >= config.jaccard_threshold or contained:
            edges.append(Edge(worse.page_id, better.page_id, jaccard, containment))
    return edges
