"""Candidate pairs from LSH, and the verification that turns a candidate into a match.

Candidates come from two places: datasketch's ``MinHashLSH`` over the batch being processed,
and the archive's persistent band index (``Store.band_collisions``) for everything stored
before, tonight's earlier batches included.  Every candidate is then verified on the
exact shingle sets of both pages: a page matches a better-ranked page when their Jaccard
similarity reaches
``jaccard_threshold`` or when the worse page is contained in the better one
(``containment_threshold``), which is how a trimmed copy of a wire story still matches the full
story.  Verification is a pure function of the two pages, so the set of matches, and hence the
clusters, does not depend on the order pages arrive in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from datasketch import LeanMinHash, MinHashLSH

from clipper.config import FingerprintConfig, MatchConfig
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


def batch_candidates(
    full: Sequence[LeanMinHash], lead: Sequence[LeanMinHash], config: FingerprintConfig
) -> set[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, sharing a full-text or a lead band within a batch."""
    pairs: set[tuple[int, int]] = set()
    for minhashes, num_perm, params in (
        (full, config.num_perm, (config.lsh_bands, config.lsh_rows)),
        (lead, config.lead_bands * config.lead_rows, (config.lead_bands, config.lead_rows)),
    ):
        lsh = MinHashLSH(num_perm=num_perm, params=params)
        for index, minhash in enumerate(minhashes):
            pairs.update((int(other), index) for other in lsh.query(minhash))
            lsh.insert(index, minhash, check_duplication=False)
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
