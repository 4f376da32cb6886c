"""Two events of one company (or person) are two stories: a link must hold without the name
both headlines give and the sentences about it.

A company's announcements of one day ("Merlion Fintech to open Jakarta office, its largest
outside Singapore", "Singapore's Merlion Fintech to enter S. Korean payment market with
Hanbit Bank") met at cosine 0.43 against a bar of 0.24 (newcomer 34, finding 8): on the
company's name, which both headlines give and so counts several times in each vector
(``StoryConfig.title_name_weight``), and on what every report of it says about it: its chief
executive's name, "founded in 2019", "more than 4.5 million users in Singapore, Malaysia and
the Philippines".  A press release's "About" paragraph is left out of its vector
(:mod:`clipper.pressreleases`), but a reporter writes the portrait into the report, and
:mod:`clipper.stories.leads` cut nothing (the name is in both leads).

So two clusters whose headlines both give a rare name (:attr:`Vector.names` held by both
vectors' first frame line, the headline: :mod:`clipper.stories.instances`) have a *subject*;
their link holds only when their cosine without the subject's terms and those of every line of
either past its first ``StoryConfig.subject_opening_lines`` (the headline and the opening,
which report the event) that holds one, each vector at unit length again
(:func:`unsubjected_similarity`), clears ``StoryConfig.subject_similarity_share`` of their
bar.  The two announcements keep 0.02 of their cosine; two reports of the Jakarta office keep
0.33-0.42, on the office, Jakarta, the 180 hires, the analysts.  Like the template, series and
lead rules it is a property of the two articles only, and it asks only the frame lines a
vector holds (its headline and first sentences).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from clipper import sortedsets
from clipper.stories.series import similarity_without
from clipper.stories.termvector import Vector

__all__ = ["headline_names", "subject_terms", "subjects_kept", "unsubjected_similarity"]


def headline_names(vector: Vector) -> npt.NDArray[np.uint32]:
    """The sorted keys of ``vector``'s rare names (:attr:`Vector.names`) that its first frame
    line (the headline, bit 0 of :attr:`Vector.line_bits`) holds; none without lines."""
    if not len(vector.line_bits) or not len(vector.names):
        return np.zeros(0, np.uint32)
    headline = vector.keys[(vector.line_bits & np.uint8(1)) != 0]
    return np.intersect1d(headline, vector.names, assume_unique=True)


def _lines_naming(
    vector: Vector, subject: npt.NDArray[np.uint32], opening: int
) -> npt.NDArray[np.uint32]:
    """The keys of ``vector``'s terms held by a frame line past its first ``opening`` lines
    that holds a ``subject`` term, sorted."""
    held = np.isin(vector.keys, subject, assume_unique=True)
    bits = int(np.bitwise_or.reduce(vector.line_bits[held], initial=0)) >> opening << opening
    if not bits:
        return np.zeros(0, np.uint32)
    return vector.keys[(vector.line_bits & np.uint8(bits)) != 0]


def subject_terms(first: Vector, second: Vector, opening: int) -> npt.NDArray[np.uint32]:
    """The subject of two clusters (the rare names both headlines hold: :func:`headline_names`)
    and the terms of every frame line past the first ``opening`` of either that holds one,
    sorted; none when the headlines share no rare name."""
    subject = np.intersect1d(headline_names(first), headline_names(second), assume_unique=True)
    if not len(subject):
        return subject
    return np.union1d(
        subject,
        np.union1d(_lines_naming(first, subject, opening), _lines_naming(second, subject, opening)),
    )


def unsubjected_similarity(first: Vector, second: Vector, opening: int) -> float | None:
    """The cosine of two vectors without their :func:`subject_terms`, each at unit length
    again; None when they have no subject."""
    subject = subject_terms(first, second, opening)
    if not len(subject):
        return None
    return similarity_without(first, second, subject)


# Pairs :func:`subjects_kept` codes at once (~300 terms an end, ~60 bytes a term in its
# arrays: ~40 MB).
_PAIRS_HELD = 1_024


def subjects_kept(
    vectors: Sequence[Vector],
    headlines: Sequence[npt.NDArray[np.uint32]],
    first: npt.NDArray[np.int64],
    second: npt.NDArray[np.int64],
    bars: npt.NDArray[np.float64],
    opening: int,
) -> npt.NDArray[np.bool_]:
    """Whether each pair (``vectors[first[i]]``, ``vectors[second[i]]``) keeps its link under
    the subject rule: ``unsubjected_similarity(…, opening)`` is None or at least ``bars[i]``,
    for every pair at once, the same answers (``headlines[j]``: :func:`headline_names` of
    ``vectors[j]``).

    Each pair's terms are coded with its number (:func:`clipper.sortedsets.coded`), so the
    subject, the lines naming it and the shared terms left are found for all pairs by sorted
    look-ups, and each pair's products and squared norms are summed together
    (``np.bincount``); a pair a time cost a dozen NumPy calls (set operations on ~300 terms:
    a third of a one-day night's story stage).  Those sums are added in another order than
    :func:`similarity_without`'s ``np.dot`` over unit weights, so each may differ from it by a
    few units in the last place for each term summed (all weights are positive: Higham,
    *Accuracy and Stability of Numerical Algorithms*, 2nd ed., §4.2); a pair whose similarity
    lies that close to its bar is answered by :func:`unsubjected_similarity` itself."""
    kept = np.ones(len(first), np.bool_)
    for lo in range(0, len(first), _PAIRS_HELD):
        hi = min(lo + _PAIRS_HELD, len(first))
        kept[lo:hi] = _subjects_kept(
            vectors, headlines, first[lo:hi], second[lo:hi], bars[lo:hi], opening
        )
    return kept


def _line_bits(vector: Vector) -> npt.NDArray[np.uint8]:
    """:attr:`Vector.line_bits`, or a 0 a term for a vector without lines."""
    return vector.line_bits if len(vector.line_bits) else np.zeros(len(vector.keys), np.uint8)


def _subjects_kept(
    vectors: Sequence[Vector],
    headlines: Sequence[npt.NDArray[np.uint32]],
    first: npt.NDArray[np.int64],
    second: npt.NDArray[np.int64],
    bars: npt.NDArray[np.float64],
    opening: int,
) -> npt.NDArray[np.bool_]:
    n = len(first)
    ones, others = first.tolist(), second.tolist()
    # the subject of each pair: its first end's headline names its second end's holds too
    named, named_pair = sortedsets.coded([headlines[i] for i in ones])
    both = sortedsets.found(sortedsets.coded([headlines[i] for i in others])[0], named) >= 0
    subject = named[both]
    has_subject = np.bincount(named_pair[both], minlength=n) > 0
    ends = []
    for side in (ones, others):
        codes, owner = sortedsets.coded([vectors[i].keys for i in side])
        bits = np.concatenate([_line_bits(vectors[i]) for i in side] or [np.zeros(0, np.uint8)])
        weights = np.concatenate(
            [vectors[i].weights for i in side] or [np.zeros(0, np.float32)]
        ).astype(np.float64)
        # the frame lines past the opening holding a subject term (_lines_naming)
        held = sortedsets.found(subject, codes) >= 0
        lines = np.zeros(n, np.uint8)
        np.bitwise_or.at(lines, owner[held], bits[held])
        lines &= np.uint8((0xFF << opening) & 0xFF)  # the first ``opening`` lines cleared
        naming = (bits & lines[owner]) != 0
        ends.append((codes, owner, bits, weights, held | naming))
    # a term either end's lines naming the subject hold is left out of both
    for mine, theirs in ((ends[0], ends[1]), (ends[1], ends[0])):
        mine[4][sortedsets.found(theirs[0][theirs[4]], mine[0]) >= 0] = True
    (codes, owner, _, weights, out), (other_codes, other_owner, _, other_weights, other_out) = ends
    norm2 = np.bincount(owner[~out], weights[~out] ** 2, minlength=n)
    other_norm2 = np.bincount(other_owner[~other_out], other_weights[~other_out] ** 2, minlength=n)
    left, other_left = np.flatnonzero(~out), np.flatnonzero(~other_out)
    at = sortedsets.found(other_codes[other_left], codes[left])
    shared = at >= 0
    products = weights[left[shared]] * other_weights[other_left[at[shared]]]
    dots = np.bincount(owner[left[shared]], products, minlength=n)
    with np.errstate(divide="ignore", invalid="ignore"):
        sims = np.where(
            (norm2 > 0.0) & (other_norm2 > 0.0), dots / np.sqrt(norm2 * other_norm2), 0.0
        )
    # what another order of adding (and the unit weights' roundings) may change in each
    terms = np.bincount(owner, minlength=n) + np.bincount(other_owner, minlength=n)
    slack = 4.0 * (terms + 16) * np.finfo(np.float64).eps * np.maximum(sims, bars)
    kept = ~has_subject | (sims >= bars)
    for at_pair in np.flatnonzero(has_subject & (np.abs(sims - bars) <= slack)).tolist():
        similarity = unsubjected_similarity(
            vectors[ones[at_pair]], vectors[others[at_pair]], opening
        )
        kept[at_pair] = similarity is None or similarity >= bars[at_pair]
    return kept
