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

Candidate pairs (the batch's own and the archive's, and which of those found through passage
and opening keys are verified, with why their fan-out is what it is): :mod:`clipper.candidates`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

# the candidate-pair functions moved to clipper.candidates; bench/ scripts, which also run
# against older checkouts (--against), still name them here
from clipper.candidates import batch_candidates as batch_candidates
from clipper.candidates import batch_overlaps as batch_overlaps
from clipper.candidates import key_counts as key_counts
from clipper.candidates import key_rows as key_rows
from clipper.candidates import pair_overlaps as pair_overlaps
from clipper.candidates import pair_rows as pair_rows
from clipper.candidates import passage_shares as passage_shares
from clipper.candidates import shares_passages as shares_passages
from clipper.candidates import sharing_pairs as sharing_pairs
from clipper.config import MatchConfig
from clipper.figures import NO_FIGURES, different_reports, figures_apart, publication_day
from clipper.matchview import MatchView
from clipper.roundings import NO_ROUNDINGS, form_keys
from clipper.screen import screen
from clipper.shingles import hits_coverage, shingle_hits
from clipper.sortedsets import distinct
from clipper.templatefills import NO_FILLS, two_instances

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


def shared_closing(
    hit: npt.NDArray[np.bool_], shorter: Candidate, longer: Candidate, config: MatchConfig
) -> bool:
    """Whether two pages similar as wholes (``hit``: ``shingle_hits`` of ``shorter``'s
    sequence in ``longer``) are two articles under one closing block: each opens with text of
    its own (of its first ``config.closing_own_share`` of shingles, and at least
    ``config.closing_own_words``, at most ``config.closing_opening_shared`` are shingles the
    other holds: a dateline or a company's name the two open with is no shared article), and
    what they share lies below (a site's closing paragraphs, a release's boilerplate no
    pattern names, a template's last lines).  A copy shares its article's opening, or is the
    article under a lead of its own that is a small part of it (a station's lead over the
    wire's body); a brief shares its opening (:func:`verify_pair` asks this only of pairs
    neither contained nor a brief)."""

    def own_opening(hits: npt.NDArray[np.bool_]) -> bool:
        opening = int(np.ceil(max(config.closing_own_words, config.closing_own_share * len(hits))))
        return opening < len(hits) and int(np.count_nonzero(hits[:opening])) <= (
            config.closing_opening_shared * opening
        )

    if not own_opening(hit):
        return False
    found = shingle_hits(longer.shingles, shorter.held)[
        np.searchsorted(longer.shingles, longer.sequence)
    ]
    return own_opening(found)


def two_reports(
    first: Candidate, second: Candidate, hit: npt.NDArray[np.bool_], config: MatchConfig
) -> bool:
    """Whether two pages that match as text are two reports of one template
    (:func:`clipper.figures.different_reports`): of two days; or of one day, when besides
    each stating ``report_figures`` figures the other does not, the shorter page's shared
    shingles (``hit``) are broken inside in ``report_figures`` places or more: a template's
    slots filled with another event's figures, names and places all through it (police
    appeals of one day for two collisions, ``bench/copy_kinds.py`` kind ``template``), where
    a copy's own figures sit in lines of its own (a timestamp, a comment count: around the
    text it shares, not inside it) or are a corrected figure or two.  A figure that rounds
    one the other page states is none of a page's own (``Candidate.roundings``:
    :mod:`clipper.roundings`)."""
    days, figures = (first.day, second.day), (first.figures, second.figures)
    rounded = (form_keys(first.roundings), form_keys(second.roundings))
    if first.day is None or first.day != second.day:
        return different_reports(
            days, figures, config.report_figures, config.report_figure_share, rounded
        )
    return interior_gaps(hit) >= config.report_figures and figures_apart(
        figures, config.report_figures, config.report_figure_share, rounded
    )


def interior_gaps(hit: npt.NDArray[np.bool_]) -> int:
    """How many runs of shingles ``hit`` does not hold lie between two it holds."""
    if not len(hit):
        return 0
    changes = np.flatnonzero(np.diff(hit.astype(np.int8)))
    # a gap opens where a held run ends (True -> False) and is inside when one follows it
    ends = int(np.count_nonzero(hit[changes]))
    return max(0, ends - (0 if hit[-1] else 1))


def own_hits(
    hit: npt.NDArray[np.bool_], page: Candidate, shingle_words: int = 5
) -> npt.NDArray[np.bool_]:
    """``hit`` (``shingle_hits`` of ``page``'s sequence) less the shingles lying wholly inside
    a statement the page quotes (``Candidate.quoted``, :mod:`clipper.statements`): what it
    shares in its reporter's own words.  A shingle straddling a statement's edge is the
    reporter's (a brief opening ``Said the minister: "…"`` keeps its lead)."""
    if not page.quoted or not len(hit):
        return hit
    starts = (
        np.arange(len(page.sequence), dtype=np.int64)
        if page.positions is None
        else np.asarray(page.positions, dtype=np.int64)
    )
    width = shingle_words if len(hit) > 1 else 1
    spans = np.asarray(page.quoted, dtype=np.int64).reshape(-1, 2)
    # the statement each shingle starts in (the last starting at or before it), if any
    at = np.searchsorted(spans[:, 0], starts, side="right") - 1
    inside = (at >= 0) & (starts + width <= spans[np.maximum(at, 0), 1])
    return hit & ~inside


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
    covered as a part is (``config.containment_threshold``).  Or a copy under a lead of its
    own in place of the story's lede: a line of ``config.lead_in_replaced_min_words`` or
    more, the rest held by the longer page from below its first line, within
    ``config.lead_in_max_offset`` words of where its lede ends (:func:`lede_end`), and the
    story's tail trimmed: ``config.lead_in_replaced_tail`` of the longer page below the last
    shingle it holds (:func:`trimmed_tail`; short local stories under one site group's
    closing paragraphs share them to the end).

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
    lede = lede_end(longer, config)
    reach = config.lead_in_max_offset if lede is None else lede + config.lead_in_max_offset
    for start, end in spans:
        lead = at(end) - at(start)
        rest = words - lead
        after = at(end)
        if not (
            config.lead_in_replaced_min_words <= lead <= config.lead_in_max_words
            and rest >= config.lead_in_rest * lead
            and rest >= config.lead_in_share * (len(longer.sequence) + width - 1)
            and inside(start, end) < 0.5 * lead
            and int(np.count_nonzero(covered)) - inside(start, end)
            >= config.containment_threshold * rest
        ):
            continue
        offset = opening_offset(shorter.sequence[after:], hit[after:], longer, reach)
        if offset <= config.lead_in_max_offset and lead >= config.lead_in_min_words:
            return True
        # the longer page's lede replaced: the rest held from just below it, and the story's
        # tail trimmed (pages under one site group's closing paragraphs share them to the end)
        if (
            lede is not None
            and longer.lead_words[0] <= offset <= reach
            and trimmed_tail(shorter.sequence, hit, longer)
            >= config.lead_in_replaced_tail * (len(longer.sequence) + width - 1)
        ):
            return True
    return False


def trimmed_tail(
    sequence: npt.NDArray[np.uint32], hit: npt.NDArray[np.bool_], longer: Candidate
) -> int:
    """How many of ``longer``'s sequence positions lie below the last shingle of ``sequence``
    (a shorter page's; ``hit``: ``shingle_hits`` of it in ``longer``) that ``longer`` holds,
    at its first place there: what a trimmed copy cut from the story's end (0 when nothing is
    held)."""
    held = np.flatnonzero(hit)
    if not len(held):
        return 0
    found = np.flatnonzero(longer.sequence == sequence[held[-1]])
    return len(longer.sequence) - 1 - int(found[0]) if len(found) else 0


def lede_end(page: Candidate, config: MatchConfig) -> int | None:
    """Where ``page``'s lede ends, in words from its start: its first line (``lead_words``)
    or, under a headline of at most ``config.lead_in_headline_words``, its second, when that
    line is a paragraph of at most ``config.lead_in_max_words`` words above more of the page
    (a wire story's first paragraph); None for a page of fewer than three lines or one
    opening with a longer line.  A copy putting a lead of its own in its place carries the
    story from here (:func:`is_lead_in`)."""
    if len(page.lead_words) < 2:
        return None
    first, second = page.lead_words[0], page.lead_words[1]
    if first <= config.lead_in_headline_words:
        return first + second if second <= config.lead_in_max_words else None
    return first if first <= config.lead_in_max_words else None


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


def shorter_lead(shorter: Candidate, hit: npt.NDArray[np.bool_]) -> int:
    """How many words of ``shorter``'s text lie above the first of its shingles the longer page
    holds (``hit``: ``shingle_hits`` of its sequence there), counted from its first verified
    word (a dateline or byline verification leaves out of the sequence is no word of its own):
    0 when the longer page carries it from its opening (a roundup's item), an opening line's
    length for a run of a story under an opening of its own (a local rewrite), the whole
    page's length when nothing is held."""
    positions = shorter.positions
    if not len(hit):
        return 0
    first = int(np.argmax(hit)) if hit.any() else len(hit) - 1
    if positions is None:
        return first
    return int(positions[first] - positions[0])


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
