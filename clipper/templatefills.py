"""Two instances of one template: where two texts that match as copies align, do they differ in
the figures and dates a template fills?

A company's dividend release each quarter, the weekly jobless claims, "Gas prices in
Springfield today", a league's scores, a weather or lottery page, a monthly index report: one
template, the same sentences, filled with another period's figures, dates and names.  Two such
instances share most of their 5-word shingles (Jaccard 0.4-0.8, a short one covered by the
longer at 0.8 or more), so verification took them for copies (newcomer 31's F-A: the
September and December dividend releases of one company, the same sentences and "About"
block, were one cluster).  A copy differs from its source otherwise: a new lead, furniture, a
trim, a paragraph added or dropped, a word edited here and there, a corrected figure.

The signal is in the places the two texts align but differ (:func:`template_fills`): each run
of the shorter page's words outside shared shingles between two runs inside them is a
*substitution* when the longer page has words of its own between the same two shared shingles
(both short: ``MatchConfig.template_span_words``).  A substitution *fills a slot* when each
side holds a figure or a month or weekday name (:func:`fill_words`) the other side's span
does not: "Sept. 2" against "Dec. 3", "$0.50" against "$0.52", "Friday" against "Saturday".
Two pages are two instances when each holds ``MatchConfig.template_fills`` distinct such
words the other's spans lack, and slot fills are ``MatchConfig.template_fill_share`` of their
substitutions.  A corrected copy changes one figure (however often the story repeats it); an
update adds a paragraph (an insertion, no substitution) or rewrites sentences (substitutions of
words, no slot); a sub-editor's house style spells a number out ("5" against "five": a figure
on one side only); a heavily edited copy's few edited figures are a small share of its edits.

Read only for pairs verification accepts (``clipper.match.verify_pair``); the spans are found
with NumPy, and only those holding fill words on both sides are compared word by word.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

from clipper.calendarwords import CALENDAR_WORDS
from clipper.config import MatchConfig

__all__ = ["NO_FILLS", "fill_words", "template_fills", "two_instances"]

#: a page without fill words (see :func:`fill_words`)
NO_FILLS: npt.NDArray[np.uint32] = np.empty(0, dtype=np.uint32)


class Page(Protocol):
    """What :func:`template_fills` reads of a page (``clipper.match.Candidate``)."""

    @property
    def sequence(self) -> npt.NDArray[np.uint32]: ...
    @property
    def positions(self) -> npt.NDArray[np.int64] | None: ...
    @property
    def fills(self) -> npt.NDArray[np.uint32]: ...


def fill_words(word_list: Sequence[str]) -> npt.NDArray[np.uint32]:
    """The words of a text (``clipper.words.words``) a template fills: those opening with a
    digit of any script (``2026``, ``50`` of "$0.50", ``3rd``) and the month and weekday names
    (``clipper.calendarwords.CALENDAR_WORDS``), as a flat array ``[index, key, index, key …]``
    (the word's index in ``word_list``, ascending, and a CRC-32 of the word: ``words`` reads
    digits of every script as ASCII, "٢٠٢٦" as 2026).  ``NO_FILLS`` when there are none."""
    found: list[int] = []
    for at, word in enumerate(word_list):
        if word[0].isdigit() or word in CALENDAR_WORDS:
            found += (at, zlib.crc32(word.encode("utf-8", "surrogatepass")))
    return np.array(found, dtype=np.uint32) if found else NO_FILLS


def template_fills(
    shorter: Page, longer: Page, hit: npt.NDArray[np.bool_], config: MatchConfig,
    shingle_words: int = 5,
) -> tuple[int, int, int]:
    """``(fills, filled, substitutions)`` of two pages (``hit``: ``shingle_hits`` of the
    shorter page's sequence in the longer page): the substitutions where they align (the
    module), how many of them fill a slot (``filled``), and the fewer of the two pages'
    distinct fill words that its filled spans hold and the other page's do not (``fills``).
    ``substitutions`` counts spans of at most ``config.template_span_words`` words on each
    side."""
    width = shingle_words if len(hit) > 1 else 1
    anchors = np.flatnonzero(hit)
    if not len(anchors) or len(shorter.fills) < 2 or len(longer.fills) < 2:
        return 0, 0, 0
    gap = np.flatnonzero(np.diff(anchors) > 1)
    first, last = anchors[:1], anchors[-1:]
    before, after = anchors[gap], anchors[gap + 1]

    def words_at(page: Page, at: npt.NDArray[np.intp]) -> npt.NDArray[np.int64]:
        return at.astype(np.int64) if page.positions is None else page.positions[at]

    def words_of(page: Page) -> int:  # one past the last word of the page's sequence
        n = len(page.sequence)
        return n + width - 1 if page.positions is None else int(page.positions[-1]) + width

    # where the longer page has the shorter page's shingles (each at its first position there;
    # one it holds only in a caption left out of its sequence has no place: -1)
    order = np.argsort(longer.sequence, kind="stable")
    ranked = longer.sequence[order]
    wanted = shorter.sequence[np.concatenate((before, after, first, last))]
    found = np.minimum(np.searchsorted(ranked, wanted), len(ranked) - 1)
    places = np.where(ranked[found] == wanted, order[found], -1)
    place_before, place_after = places[: len(gap)], places[len(gap) : 2 * len(gap)]
    place_first, place_last = places[-2:-1], places[-1:]
    # between two runs of shared shingles: the shorter page's words outside them, and the
    # longer page's between the same two shingles
    known = (place_before >= 0) & (place_after > place_before)
    start = np.concatenate((
        words_at(shorter, before) + width, [0], words_at(shorter, last) + width,
    ))
    end = np.concatenate((words_at(shorter, after), words_at(shorter, first), [words_of(shorter)]))
    start_l = np.concatenate((
        np.where(known, words_at(longer, np.maximum(place_before, 0)) + width, 0),
        [0], words_at(longer, np.maximum(place_last, 0)) + width,
    ))
    end_l = np.concatenate((
        np.where(known, words_at(longer, np.maximum(place_after, 0)), 0),
        words_at(longer, np.maximum(place_first, 0)), [words_of(longer)],
    ))
    # above the first shared run and below the last: the two pages' words there when they are
    # as many (a slot's fill keeps its words: "Sept. 2" and "Dec. 3"; a site's own header or
    # footer lines seldom do)
    edges = (np.concatenate((place_first, place_last)) >= 0) & (
        end[-2:] - start[-2:] == end_l[-2:] - start_l[-2:]
    )
    span = config.template_span_words
    substitution = (
        np.concatenate((known, edges)) & (end > start) & (end_l > start_l)
        & (end - start <= span) & (end_l - start_l <= span)
    )
    substitutions = int(np.count_nonzero(substitution))
    if not substitutions:
        return 0, 0, 0
    # each span's fill words on either side: [lo, hi) of the page's fills
    at_s, keys_s = shorter.fills[0::2], shorter.fills[1::2]
    at_l, keys_l = longer.fills[0::2], longer.fills[1::2]
    lo_s, hi_s = np.searchsorted(at_s, start), np.searchsorted(at_s, end)
    lo_l, hi_l = np.searchsorted(at_l, start_l), np.searchsorted(at_l, end_l)
    filled = 0
    changed: tuple[set[int], set[int]] = (set(), set())
    for i in np.flatnonzero(substitution & (hi_s > lo_s) & (hi_l > lo_l)).tolist():
        side_s = set(keys_s[lo_s[i] : hi_s[i]].tolist())
        side_l = set(keys_l[lo_l[i] : hi_l[i]].tolist())
        if side_s - side_l and side_l - side_s:
            filled += 1
            changed[0].update(side_s - side_l)
            changed[1].update(side_l - side_s)
    return min(len(changed[0]), len(changed[1])), filled, substitutions


def two_instances(
    shorter: Page, longer: Page, hit: npt.NDArray[np.bool_], config: MatchConfig,
    shingle_words: int = 5,
) -> bool:
    """Whether two pages that match as text are two instances of one template (the module):
    each fills ``config.template_fills`` slots with words the other does not, in at least
    ``config.template_fill_share`` of their substitutions."""
    fills, filled, substitutions = template_fills(shorter, longer, hit, config, shingle_words)
    return fills >= config.template_fills and filled >= config.template_fill_share * substitutions
