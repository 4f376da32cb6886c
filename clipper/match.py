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
trimmed, briefed or lightly edited copy of a wire story still matches the full story (the
shorter being ``min_length_ratio`` of the longer, ``min_part_words`` long, or holding a run of
``min_part_run`` words inside shingles of the longer).  A
page whose opening sits at the longer page's opening (``brief_max_offset``) is a brief of it
at any length ratio, judged on its first ``brief_head`` share of words, or, for a short page
kept with its page's furniture, on the words it leaves outside the longer page's opening
(:func:`clipper.pairrules.is_short_brief`); either way it shares a run of ``brief_min_words``
words: the rules a pair's hits are judged by are :mod:`clipper.pairrules`'.
Verification is a pure function of the two pages, so the set of matches, and hence the
clusters, does not depend on the order pages arrive in.

Candidate pairs (the batch's own and the archive's, and which of those found through passage
and opening keys are verified, with why their fan-out is what it is): :mod:`clipper.candidates`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from clipper.config import MatchConfig
from clipper.figures import NO_FIGURES, publication_day
from clipper.fillwords import NO_FILLS
from clipper.matchview import MatchView
from clipper.pairrules import (
    has_run,
    is_lead_in,
    is_short_brief,
    opening_offset,
    own_hits,
    shared_closing,
    shorter_lead,
    two_reports,
)
from clipper.roundings import NO_ROUNDINGS
from clipper.screen import screen
from clipper.shingles import hits_coverage, shingle_hits
from clipper.sortedsets import distinct
from clipper.templatefills import two_instances

_NO_KEYS = np.empty(0, dtype=np.int64)


@dataclass(frozen=True, slots=True)
class Candidate:
    """What verification needs to know about one page."""

    page_id: int
    # fingerprint.MatchView.sequence: one hash per position, caption lines left out, each
    # shingle at its first position only (text repeated inside a page counts once)
    sequence: npt.NDArray[np.uint32]
    # sorted, distinct: np.unique(sequence); None: made when first read (:attr:`shingles`), so
    # a candidate the main process only sends to a verification worker never holds them
    known_shingles: npt.NDArray[np.uint32] | None
    rank: tuple[object, ...]
    # Fingerprint.passage_keys and .opening_keys (sorted, distinct): for shares_passages
    passage_keys: npt.NDArray[np.int64] = field(default_factory=lambda: _NO_KEYS)
    opening_keys: npt.NDArray[np.int64] = field(default_factory=lambda: _NO_KEYS)
    # What the page holds as the longer page of a pair when it is more than ``shingles``
    # (MatchView.held: its captions' shingles too), sorted, distinct
    whole: npt.NDArray[np.uint32] | None = None
    # MatchView.positions: where each entry of ``sequence`` starts, in words of the page's
    # text (Edge.offset is in those words); None: 0, 1, 2 …
    positions: npt.NDArray[np.int64] | None = None
    # MatchView.figures: the figures the text states (clipper.figures), sorted, distinct
    figures: npt.NDArray[np.uint32] = field(default_factory=lambda: NO_FIGURES)
    # MatchView.lead_words: words of the text's first two lines (empty: fewer, or not read)
    lead_words: tuple[int, ...] = ()
    # MatchView.quoted: the text's quoted statements, word spans (start, end, …)
    quoted: tuple[int, ...] = ()
    # MatchView.fills: the words a template fills, [index, key, …] (clipper.templatefills)
    fills: npt.NDArray[np.uint32] = field(default_factory=lambda: NO_FILLS)
    # MatchView.roundings: what the text's figures round to, [index, key, …]
    # (clipper.roundings.rounding_keys)
    roundings: npt.NDArray[np.uint32] = field(default_factory=lambda: NO_ROUNDINGS)

    @classmethod
    def of(cls, page_id: int, view: MatchView, rank: tuple[object, ...]) -> Candidate:
        """A page from its ``fingerprint.match_view`` and rank."""
        return cls(
            page_id,
            view.sequence,
            view.shingles,
            rank,
            whole=view.held,
            positions=view.positions,
            figures=NO_FIGURES if view.figures is None else view.figures,
            lead_words=view.lead_words,
            quoted=view.quoted,
            fills=view.fills,
            roundings=view.roundings,
        )

    @property
    def shingles(self) -> npt.NDArray[np.uint32]:
        """The sequence's distinct shingles, sorted (``np.unique``'s answer, made once:
        :func:`clipper.sortedsets.distinct`)."""
        known = self.known_shingles
        if known is None:
            known = distinct(self.sequence)
            object.__setattr__(self, "known_shingles", known)
        return known

    @property
    def view(self) -> MatchView:
        """What :meth:`of` made it from (without its rank, nor its distinct shingles: sent to
        a worker, they doubled what a batch pickles)."""
        return MatchView(
            self.sequence,
            self.positions,
            self.whole,
            figures=self.figures,
            lead_words=self.lead_words,
            quoted=self.quoted,
            fills=self.fills,
            roundings=self.roundings,
        )

    @property
    def day(self) -> str | None:
        """The day the page was published (``clipper.figures.publication_day`` of its rank's
        publication time, ``canonical.rank_key``'s second entry), or None."""
        return publication_day(self.rank[1]) if len(self.rank) > 1 else None

    @property
    def address(self) -> object:
        """The page's address (``canonical.rank_key``'s fourth entry, its ``source_key``), or
        None: two versions of one address are one text whatever their figures."""
        return self.rank[3] if len(self.rank) > 3 else None

    @property
    def held(self) -> npt.NDArray[np.uint32]:
        """The sorted distinct shingles a shorter page's words are looked up in."""
        return self.shingles if self.whole is None else self.whole


def pair_hits(
    shorter: Candidate, longer: Candidate, where: npt.NDArray[np.intp]
) -> tuple[npt.NDArray[np.bool_], int]:
    """``(hits, common)``: for each position of the shorter page, whether the longer page holds
    its shingle (``fingerprint.shingle_hits(shorter.sequence, longer.held)``), and how many
    distinct shingles the two pages hold in common (``held``: the Jaccard's, that of their
    whole texts, so a full copy stays one whether or not its captions are left out of its
    sequence).  ``where``: the index in ``shorter.shingles`` of each entry of
    ``shorter.sequence`` (:func:`verify` finds it once a page).

    The binary searches run over the shorter page's distinct shingles in sorted order (each
    search starts where the last one ended) and are spread back to its positions: on issue
    10's one-day pages about half the cost of a search per position, and the Jaccard needs no
    second search (bench/verification.py)."""
    found = shingle_hits(shorter.shingles, longer.held)
    if shorter.whole is not None:
        return found[where], int(np.count_nonzero(shingle_hits(shorter.whole, longer.held)))
    return found[where], int(np.count_nonzero(found))


@dataclass(frozen=True, slots=True)
class Edge:
    """``page_id`` is a variant of the better-ranked ``better_page_id``."""

    page_id: int
    better_page_id: int
    jaccard: float
    containment: float
    # where the longer page of the pair holds the shorter page's first shared shingle, in
    # words from its start (opening_offset): 0 for a brief, deep inside for an article that a
    # compilation carries further down (clipper.cluster, rule 5)
    offset: int | None = None
    # where the shorter page's own text holds its first shingle the longer page has, in words
    # from its first verified word (shorter_lead): 0 for a roundup's item carried from its
    # opening, an opening line's length for a rewrite of a run of the wire under an opening
    # of its own (clipper.compilations); None: not known (matches stored before migration 0079)
    lead: int | None = None


def verify(
    pairs: Iterable[tuple[Candidate, Candidate]], config: MatchConfig, shingle_words: int = 5
) -> list[Edge]:
    """The candidate pairs that really are variants, oriented worse → better: a pair that
    matches is none when it is two reports of one template, at two addresses
    (:func:`two_reports`, :func:`clipper.templatefills.two_instances`).

    ``Edge.jaccard`` is the exact Jaccard similarity of the two shingle sets,
    ``Edge.containment`` the word coverage of the shorter page by the longer
    (``fingerprint.coverage``).  ``shingle_words`` must be the width the sequences were made
    with.  Pairs that :func:`clipper.screen.screen` shows cannot match are not walked.
    """
    # page id → where each position of its sequence sits in its shingles: once a page, however
    # many pairs it is the shorter page of
    where: dict[int, npt.NDArray[np.intp]] = {}
    oriented = []
    for first, second in pairs:
        if first.page_id == second.page_id:
            continue
        worse, better = (first, second) if first.rank > second.rank else (second, first)
        # the shorter page: fewer positions, then the better-ranked (a comparison, not a sort
        # of two: a day's pairs run to hundreds of thousands)
        if len(worse.sequence) < len(better.sequence) or (
            len(worse.sequence) == len(better.sequence) and worse.rank <= better.rank
        ):
            oriented.append((worse, better, worse, better))
        else:
            oriented.append((worse, better, better, worse))
    possible = screen([(s, lg) for _, _, s, lg in oriented], config, shingle_words)
    edges: list[Edge] = []
    for (worse, better, shorter, longer), maybe in zip(oriented, possible, strict=True):
        if not maybe:
            continue
        if shorter.page_id not in where:
            where[shorter.page_id] = np.searchsorted(shorter.shingles, shorter.sequence)
        edge = verify_pair(
            worse, better, shorter, longer, where[shorter.page_id], config, shingle_words
        )
        if edge is not None:
            edges.append(edge)
    return edges


def verify_pair(
    worse: Candidate,
    better: Candidate,
    shorter: Candidate,
    longer: Candidate,
    where: npt.NDArray[np.intp],
    config: MatchConfig,
    shingle_words: int = 5,
) -> Edge | None:
    """The exact walk of :func:`verify` for one pair (the same two pages as ``worse`` and
    ``better`` and as ``shorter`` and ``longer``; ``where``: the index in
    ``shorter.shingles`` of each entry of ``shorter.sequence``): its edge, or None."""
    hit, common = pair_hits(shorter, longer, where)
    union = len(shorter.held) + len(longer.held) - common
    jaccard = common / union if union else 1.0  # as fingerprint.similarity
    return judge_pair(worse, better, shorter, longer, hit, jaccard, config, shingle_words)


def judge_pair(
    worse: Candidate,
    better: Candidate,
    shorter: Candidate,
    longer: Candidate,
    hit: npt.NDArray[np.bool_],
    jaccard: float,
    config: MatchConfig,
    shingle_words: int = 5,
) -> Edge | None:
    """What :func:`verify_pair` decides of a pair once ``hit`` (``shingle_hits`` of
    ``shorter``'s sequence in ``longer``) and the pair's ``jaccard`` are known: its edge, or
    None.  A function of its own so that a reference that finds them another way
    (``bench/verification.py``: one search per position) judges as clipper does."""
    covered = hits_coverage(hit, shingle_words)
    part = (
        len(shorter.sequence) >= config.min_length_ratio * len(longer.sequence)
        or len(shorter.sequence) >= config.min_part_words
    )
    if covered >= config.containment_threshold and (
        part
        or (
            len(hit) + shingle_words - 1 >= config.min_part_run
            and has_run(hit, config.min_part_run, shingle_words)
        )
    ):
        contained = True
    elif (
        opening_offset(shorter.sequence, hit, longer, config.brief_max_offset)
        <= config.brief_max_offset
    ):
        # a brief: its opening is the longer page's; judged on its head, because what
        # follows a brief on a page is often furniture the cleaner left; and the run it
        # shares is its reporter's words, not a statement the two quote (clipper.statements)
        head = hits_coverage(hit, shingle_words, config.brief_head)
        contained = (
            head >= config.containment_threshold
            or is_short_brief(shorter.sequence, hit, longer.sequence, config, shingle_words)
            or is_lead_in(hit, shorter, longer, config, shingle_words)
        ) and has_run(own_hits(hit, shorter, shingle_words), config.brief_min_words, shingle_words)
    else:
        contained = False
    one_address = worse.address is not None and worse.address == better.address
    if (
        not contained
        and jaccard >= config.jaccard_threshold
        and not one_address
        and shared_closing(hit, shorter, longer, config)
    ):
        return None
    if (jaccard >= config.jaccard_threshold or contained) and (
        one_address
        or not (
            two_reports(worse, better, hit, config)
            or two_instances(shorter, longer, hit, config, shingle_words)
        )
    ):
        offset = opening_offset(shorter.sequence, hit, longer)
        return Edge(
            worse.page_id, better.page_id, jaccard, covered, offset, shorter_lead(shorter, hit)
        )
    return None
