"""What verification reads of a page.

Verification reads its own sequence (:func:`match_view`): the text without its photo-caption
lines, and each shingle at its first position only.  Text repeated inside one page (a gallery's
caption over each photo, a pull quote, a line scraped twice) is one passage of it, not several,
and a caption is not the article's text: two different articles carrying one caption are not
copies, and a copy keeping the caption above its story is still its story's copy.  As the
longer page of a pair, a page still holds its captions' shingles, so a copy whose scraper ran a
caption into a line of its story (not a caption line, so kept) stays covered.  Keys and
signatures stay those of the whole text (what the archive's index holds).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from clipper import sortedsets
from clipper.config import FingerprintConfig
from clipper.figures import figure_keys
from clipper.fillwords import NO_FILLS, fill_words, name_words
from clipper.measuredlines import line_marks, opening_dateline
from clipper.roundings import NO_ROUNDINGS, rounding_keys
from clipper.shingles import WordHashes, first_positions, shingle_sequence
from clipper.statements import statement_word_spans
from clipper.words import words


class MatchView(NamedTuple):
    """What verification reads of a page (``match.Candidate``): :func:`match_view`."""

    # shingle hashes, the text's caption lines left out, each shingle at its first position
    sequence: npt.NDArray[np.uint32]
    # where each starts, in words of the whole text; None: 0, 1, 2 … (nothing left out)
    positions: npt.NDArray[np.int64] | None
    # the distinct shingles the page holds as the longer page of a pair, when more than its
    # sequence's (its captions'), sorted; None: its sequence's
    held: npt.NDArray[np.uint32] | None
    # the sequence's distinct shingles, sorted, when known (None: np.unique of it)
    shingles: npt.NDArray[np.uint32] | None = None
    # the figures the text states (clipper.figures.figure_keys), sorted; None: not read
    figures: npt.NDArray[np.uint32] | None = None
    # words of the text's first two lines (clipper.pairrules.is_lead_in: a site's own intro
    # paragraph above a trimmed copy, under the headline or not); (): not read, or one line
    lead_words: tuple[int, ...] = ()
    # the text's quoted statements in words of the whole text, (start, end, start, end, …)
    # (clipper.statements.statement_word_spans): a brief must share its reporter's own words
    # (clipper.match.verify_pair); (): none, or not read
    quoted: tuple[int, ...] = ()
    # the words a template fills, [index, key, …] in words of the whole text
    # (clipper.fillwords.fill_words): two instances of one template are no copies
    fills: npt.NDArray[np.uint32] = NO_FILLS
    # what the text's figures round to, [index, key, …] in words of the whole text
    # (clipper.roundings.rounding_keys): a copy's rounded figures are no figures of its own
    roundings: npt.NDArray[np.uint32] = NO_ROUNDINGS


def match_view(
    text: str,
    config: FingerprintConfig,
    sequence: npt.NDArray[np.uint32] | None = None,
    distinct: tuple[npt.NDArray[np.uint32], npt.NDArray[np.intp]] | None = None,
    hashes: WordHashes | None = None,
    word_list: list[str] | None = None,
    language: str | None = None,
) -> MatchView:
    """The page as verification reads it: the :func:`shingle_sequence` of ``text`` without
    its sign-off lines (:func:`clipper.signoffs.signs_off`, a copyright notice of the
    language tables: :meth:`clipper.furniture.compiled.Matchers.is_rights`) and a news agency's
    dateline opening it (:func:`clipper.measuredlines.opening_dateline`) when the rest holds a
    shingle, and without its photo-caption lines too (:func:`body_words`) when the rest holds
    ``caption_body_share`` of its distinct shingles (not a gallery), each shingle at its
    first position only (:func:`first_positions`), with where each starts in the text; when
    lines were left out, also the shingles of the text as written (``held``: a caption a
    copy's scraper ran into a line of its story, so kept there, is still covered).
    ``sequence``: the whole text's shingle sequence, and ``distinct`` its
    ``np.unique(…, return_index=True)``, when the caller has them; ``hashes``: the batch's
    :class:`WordHashes`; ``word_list``: ``words(text)``, when the caller has it.  The view
    holds the figures the whole text states too (:func:`clipper.figures.figure_keys`), the
    words of its first two lines (:func:`lead_words`), where it quotes a statement
    (:func:`clipper.statements.statement_word_spans`) and the words a template fills, its
    names among them (:func:`clipper.fillwords.fill_words`, ``name_words``; by the
    page's ``language``, its stored primary subtag: French "des" is no month's there), and the
    keys of the figures its figures round to, keeping ``config.rounded_digits`` significant digits
    (:func:`clipper.roundings.rounding_keys`)."""
    figures = figure_keys(text)
    if word_list is None:
        word_list = words(text)
    fills = fill_words(word_list, name_words(text, word_list), language)
    roundings = rounding_keys(text, config.rounded_digits, word_list)
    if sequence is None:
        sequence = shingle_sequence(word_list, config.shingle_words, hashes)
    lead = lead_words(text)
    quoted = statement_word_spans(text)
    shingles, own, at = first_positions(sequence, distinct)
    whole = MatchView(
        own, None if len(own) == len(sequence) else at, None, shingles, figures, lead, quoted,
        fills, roundings,
    )
    unsigned, body = body_words(text, config.caption_body_words, config.shingle_words)
    if unsigned is None and body is None:
        return whole
    base = (
        first_positions(shingle_sequence(unsigned[0], config.shingle_words, hashes))
        if unsigned is not None
        else (shingles, own, at)
    )
    if body is not None:
        view = first_positions(shingle_sequence(body[0], config.shingle_words, hashes))
        if len(view[1]) >= config.caption_body_share * len(base[1]):
            # a caption line's shingles stay held (a copy that ran it into its story's line
            # is still covered); a sign-off's are in no part of the page two pages share
            kept_shingles, kept, kept_at = view
            held = sortedsets.union(base[0], kept_shingles)
            return MatchView(
                kept, body[1][kept_at], held, kept_shingles, figures, lead, quoted, fills,
                roundings,
            )
        # mostly captions: a gallery, whose captions stay
    if unsigned is None:
        return whole
    kept_shingles, kept, kept_at = base
    return MatchView(
        kept, unsigned[1][kept_at], None, kept_shingles, figures, lead, quoted, fills,
        roundings,
    )


def lead_words(text: str) -> tuple[int, ...]:
    """How many :func:`words` each of the first two lines of ``text`` holding one holds, when
    a third follows (a lead-in is one line above more of the page); else ()."""
    counts: list[int] = []
    for line in text.split("\n"):
        if len(counts) == 2:
            return tuple(counts) if line.strip() and words(line) else ()
        n = len(words(line)) if line.strip() else 0
        if n:
            counts.append(n)
    return ()


_Kept = tuple[list[str], npt.NDArray[np.int64]]


def body_words(text: str, least: int, shortest: int = 1) -> tuple[_Kept | None, _Kept | None]:
    """What verification may read of ``text``, as its :func:`words` with the index of each
    among the words of the whole text: (its lines but its sign-off lines,
    :func:`clipper.measuredlines.line_marks`, a sign-off run into a line's end,
    :func:`clipper.signoffs.run_in_sign_off`, and an agency's dateline opening the text,
    :func:`clipper.measuredlines.opening_dateline`, when the
    rest holds at least ``shortest`` words, else None; that but its photo captions too,
    ``clipper.captions.is_photo_caption``, when it holds at least ``least`` words, else
    None).  (None, None): the whole text counts (no such line, a gallery of captions alone,
    a notice alone)."""
    lines = text.split("\n")
    captions, unsigned_words = line_marks(lines)
    opening = opening_dateline(lines)
    # words left out of each line's start: an agency's dateline opening the text
    heads = [0] * len(lines)
    if opening is not None:
        heads[opening[0]] = opening[2]
    signed = any(n is not None for n in unsigned_words) or opening is not None
    if not any(captions) and not signed:
        return None, None
    per_line = [words(line) for line in lines]
    counts = [len(line) for line in per_line]
    starts = np.cumsum(counts) - np.asarray(counts, dtype=np.int64)
    if signed and sum(
        max(0, (n if k is None else k) - h)
        for n, k, h in zip(counts, unsigned_words, heads, strict=True)
    ) < shortest:
        unsigned_words, heads, signed = [None] * len(lines), [0] * len(lines), False

    def keep(with_captions: bool) -> _Kept:
        body: list[str] = []
        where = [np.empty(0, dtype=np.int64)]
        for line, caption, kept, head, start, n in zip(
            per_line, captions, unsigned_words, heads, starts.tolist(), counts, strict=True
        ):
            if caption and not with_captions:
                continue
            n = n if kept is None else kept
            head = min(head, n)
            body.extend(line[head:n])
            where.append(np.arange(start + head, start + n, dtype=np.int64))
        return body, np.concatenate(where)

    unsigned = keep(True) if signed else None
    body = None
    if any(c and k != 0 for c, k in zip(captions, unsigned_words, strict=True)):
        body = keep(False)
        if len(body[0]) < least:
            body = None
    return unsigned, body
