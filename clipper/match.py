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
(:func:`is_short_brief`); either way it shares a run of ``brief_min_words`` words.
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
time, the matches taken back grow with the day (K = 32, L = 96: 3.9 → 20.5 a new page from 5k
to 20k), a new page pushing a pair out of every older page's list it enters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from clipper.config import MatchConfig
from clipper.figures import NO_FIGURES, different_reports, publication_day
from clipper.matchview import MatchView
from clipper.screen import screen
from clipper.shingles import hits_coverage, shingle_hits
from clipper.sortedsets import distinct

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

    @classmethod
    def of(cls, page_id: int, view: MatchView, rank: tuple[object, ...]) -> Candidate:
        """A page from its ``fingerprint.match_view`` and rank."""
        return cls(
            page_id, view.sequence, view.shingles, rank, whole=view.held,
            positions=view.positions,
            figures=NO_FIGURES if view.figures is None else view.figures,
            lead_words=view.lead_words,
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
            self.sequence, self.positions, self.whole, figures=self.figures,
            lead_words=self.lead_words,
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
    (:func:`batch_overlaps`) and ``Store.key_overlaps`` give them, in batch rows), lower id
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
    overlaps: npt.NDArray[np.int64], counts: Mapping[int, tuple[int, int]], share: float
) -> npt.NDArray[np.int64]:
    """The pairs of ``overlaps`` (rows of :func:`pair_overlaps` over passage and opening keys)
    that share enough of their keys to be verified (:func:`passage_shares`), as ``(m, 2)``
    rows of page ids in ``overlaps``' order.  ``counts``: page id → (its passage keys, its
    opening keys), for every page in ``overlaps`` (:func:`key_counts`): the rule needs no more
    of a page, so a page's shingles are needed only for the pairs it keeps."""
    if not len(overlaps):
        return np.empty((0, 2), dtype=np.int64)
    pages, where = np.unique(overlaps[:, :2], return_inverse=True)
    where = where.reshape(-1, 2)
    table = np.array([counts[p] for p in pages.tolist()], dtype=np.int64).reshape(-1, 2)
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


def verify(
    pairs: Iterable[tuple[Candidate, Candidate]], config: MatchConfig, shingle_words: int = 5
) -> list[Edge]:
    """The candidate pairs that really are variants, oriented worse → better: a pair that
    matches is none when it is two days' reports of one template, at two addresses
    (:func:`clipper.figures.different_reports`).

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
        # follows a brief on a page is often furniture the cleaner left
        head = hits_coverage(hit, shingle_words, config.brief_head)
        contained = (
            head >= config.containment_threshold
            or is_short_brief(shorter.sequence, hit, longer.sequence, config, shingle_words)
            or is_lead_in(hit, shorter, longer, config, shingle_words)
        ) and has_run(hit, config.brief_min_words, shingle_words)
    else:
        contained = False
    if (jaccard >= config.jaccard_threshold or contained) and (
        (worse.address is not None and worse.address == better.address)
        or not different_reports(
            (worse.day, better.day), (worse.figures, better.figures),
            config.report_figures, config.report_figure_share,
        )
    ):  # fmt: skip
        offset = opening_offset(shorter.sequence, hit, longer)
        return Edge(worse.page_id, better.page_id, jaccard, covered, offset)
    return None


def is_short_brief(
    sequence: npt.NDArray[np.uint32],
    hit: npt.NDArray[np.bool_],
    longer: npt.NDArray[np.uint32],
    config: MatchConfig,
    shingle_words: int = 5,
) -> bool:
    """Whether a short page (shingle ``sequence``, ``hit`` = ``shingle_hits`` of it in the
    longer page) is a brief of the longer page (shingle sequence ``longer``) with its page's
    furniture left around it: of its words, those inside shingles the longer page has in its
    opening (its first ``brief_max_offset`` words plus the short page's length) hold one run
    of at least ``config.brief_min_words`` words, make up ``config.brief_min_coverage`` of
    it, and leave at most ``config.brief_furniture_words`` outside.

    Only the opening counts, so a short page made of lines that recur anywhere in a long page
    (a header and a footer both carry) is not a brief of it; the run and the share keep apart
    two short reports of one event that share a name with its title and a few words
    (wire-syndication-texts: two 35-word video blurbs, coverage 0.49, longest run 12 words).
    """
    width = shingle_words if len(hit) > 1 else 1
    words = len(hit) + width - 1

    def enough(inside: npt.NDArray[np.bool_]) -> bool:
        covered = int(np.count_nonzero(np.convolve(inside.astype(np.int32), np.ones(width))))
        if words - covered > config.brief_furniture_words:
            return False
        return covered >= config.brief_min_coverage * words and has_run(
            inside, config.brief_min_words, shingle_words
        )

    if not enough(hit):  # anywhere in the longer page: the opening can only hold fewer
        return False
    opening = distinct(longer[: config.brief_max_offset + words])
    return enough(shingle_hits(sequence, opening) & hit)


def is_lead_in(
    hit: npt.NDArray[np.bool_],
    shorter: Candidate,
    longer: Candidate,
    config: MatchConfig,
    shingle_words: int = 5,
) -> bool:
    """Whether ``shorter`` (``hit``: ``shingle_hits`` of its sequence in ``longer``) is a copy
    of the opening of ``longer`` (from its first ``config.lead_in_max_offset`` words) under a
    lead-in of its own: one line of ``config.lead_in_min_words`` to
    ``config.lead_in_max_words`` words mostly outside shared shingles, its first line or,
    under a first line the longer page holds (a headline of at most
    ``config.lead_in_headline_words``), its second; the rest of the page, at least
    ``config.lead_in_rest`` times as long and ``config.lead_in_share`` of the longer page,
    covered as a part is (``config.containment_threshold``).

    One line of a paragraph's length: a site's intro above a trimmed wire story, not another
    story's paragraphs above the part a page shares (``bench/oneday.py`` 2k records, which
    recombine wire paragraphs: the 88 pairs a lead-in of any lines and length would join have
    2-4 lines above the part, or one of 13-49 words, or the part far into the longer page)."""
    if len(shorter.lead_words) < 2 or not len(hit):
        return False
    first, second = shorter.lead_words[0], shorter.lead_words[1]
    width = shingle_words if len(hit) > 1 else 1
    words = len(hit) + width - 1
    covered = np.convolve(hit.astype(np.int32), np.ones(width, dtype=np.int32)) > 0

    def at(word: int) -> int:  # a word of the text as a position of the sequence
        return word if shorter.positions is None else int(np.searchsorted(shorter.positions, word))

    def inside(start: int, end: int) -> int:
        return int(np.count_nonzero(covered[at(start) : at(end)]))

    spans = [(0, first)]
    if first <= config.lead_in_headline_words and inside(0, first) >= 0.5 * at(first):
        spans.append((first, first + second))
    for start, end in spans:
        lead = at(end) - at(start)
        rest = words - lead
        after = at(end)
        if (
            config.lead_in_min_words <= lead <= config.lead_in_max_words
            and rest >= config.lead_in_rest * lead
            and rest >= config.lead_in_share * (len(longer.sequence) + width - 1)
            and inside(start, end) < 0.5 * lead
            and int(np.count_nonzero(covered)) - inside(start, end)
            >= config.containment_threshold * rest
            and opening_offset(
                shorter.sequence[after:], hit[after:], longer, config.lead_in_max_offset
            )
            <= config.lead_in_max_offset
        ):
            return True
    return False


def has_run(hit: npt.NDArray[np.bool_], words: int, shingle_words: int = 5) -> bool:
    """Whether ``hit`` (``shingle_hits`` of a page's shingle sequence) holds ``words`` words
    in a row inside shared shingles: ``words - shingle_words + 1`` shared shingles in a row
    (a page shorter than that: all of it)."""
    width = shingle_words if len(hit) > 1 else 1
    run = max(1, words - width + 1)
    if len(hit) < run:
        return bool(len(hit)) and bool(hit.all())
    in_row = np.convolve(hit.astype(np.int32), np.ones(run, dtype=np.int32), "valid")
    return bool(in_row.max() == run)


def opening_offset(
    sequence: npt.NDArray[np.uint32],
    hit: npt.NDArray[np.bool_],
    longer: Candidate,
    limit: int | None = None,
) -> int:
    """Where, in words from its start, ``longer`` holds the first shingle of ``sequence`` that
    it has at all (a large number when it holds none): 0 for a brief of it, the length of a
    new opening paragraph for a brief of the story under it.  ``hit`` is
    ``shingle_hits(sequence, longer.shingles)``, found once per pair by :func:`verify`.
    With ``limit``, only whether the offset is at most ``limit`` is looked for: an offset
    beyond it comes back as ``limit + 1`` (the longer page's first ``limit + 1`` positions
    searched, not all of it).  A shingle the longer page holds only in a caption it leaves out
    of its sequence (``Candidate.whole``) has no place there and does not count; words are
    those of its text (``Candidate.positions``), captions and repeats included."""
    if longer.whole is not None:
        hit = hit & shingle_hits(sequence, longer.shingles)
    first = int(np.argmax(hit)) if len(hit) else 0
    positions = longer.positions
    if not len(hit) or not hit[first]:
        return (len(longer.sequence) if positions is None else int(positions[-1])) + 1
    if limit is None:
        window = longer.sequence
    elif positions is None:
        window = longer.sequence[: limit + 1]
    else:
        window = longer.sequence[: int(np.searchsorted(positions, limit, side="right"))]
    found = np.flatnonzero(window == sequence[first])
    if not len(found):
        return (limit if limit is not None else 0) + 1
    return int(found[0]) if positions is None else int(positions[found[0]])
