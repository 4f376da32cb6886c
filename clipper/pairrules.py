"""The rules verification judges a pair's shingle hits by (:func:`clipper.match.judge_pair`):
whether the shorter page is a brief of the longer (its opening at the longer page's opening,
:func:`opening_offset`; judged on its head, or on the words it leaves outside the longer
page's opening, :func:`is_short_brief`), a lead-in over a trimmed copy (:func:`is_lead_in`),
or one of two articles under one closing block (:func:`shared_closing`) or two reports of one
template (:func:`two_reports`), and the runs and leads those rules read (:func:`has_run`,
:func:`own_hits`, :func:`shorter_lead`).  Each is a pure function of the two pages
(:class:`clipper.match.Candidate`) and their hits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from clipper.config import MatchConfig
from clipper.figures import different_reports, figures_apart
from clipper.roundings import form_keys
from clipper.shingles import shingle_hits
from clipper.sortedsets import distinct

if TYPE_CHECKING:
    from clipper.match import Candidate


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
    wire's body); a brief shares its opening (:func:`clipper.match.verify_pair` asks this only of
    pairs neither contained nor a brief)."""

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
    ``shingle_hits(sequence, longer.shingles)``, found once per pair by
    :func:`clipper.match.verify`.
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
