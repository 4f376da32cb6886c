"""Two reports of one template are two events: the rule that keeps a link from being made of a
template's fixed text.

An agency's quake report is one paragraph of the event's own facts (magnitude, place, time,
distance, depth) and two fixed paragraphs every outlet prints under every quake ("…tidak
berpotensi tsunami. BMKG mengimbau masyarakat agar tetap tenang…"); a site's daily gold price,
exchange rate or bulletin fills one frame with the day's figures.  Two such reports of different
days share whole sentences word for word, though they are not copies of each other (they are
two clusters), and their vectors meet on the template: three quakes in Talaud, Garut and Maluku
were one story (newcomer 22, finding 28).  Reports of one event on two days share sentences
too (a quote, a wire's background paragraph), but a few of many: 1-3 sentences, at most 8 %
of either's (story-chains-energy's reports of one event on two days, each with figures of its
own), where the template is half of each report; and a report of one event on the next day
keeps its figures, where two events each state figures the other does not.

So two clusters (of one day or two: an active day gives several felt quakes, and the rule
asked of different days only left three of one day one story) whose sentences of at least
``StoryConfig.template_sentence_words`` words are ``StoryConfig.template_sentence_share`` or
more the same word for word, in each of the two, and which each state
``StoryConfig.template_figures`` figures the other does not, ``template_figure_share`` of its
own (:func:`clipper.figures.figures_apart`, the rule for two days' copies), are not linked
(:func:`template_pair`, asked by :func:`clipper.stories.scoring.linked` of the pairs over the
bar).  Both are properties of the two articles only, read from their texts (a sentence's key,
the figures it states), never counted in the archive: the same pages in any order, one run or
many nights, give the same links.

A sentence here is a line's run up to ``.``, ``!``, ``?``, ``।``, ``۔``, ``؟`` or a full stop of
CJK, with its words case-folded and joined by one space (its key a CRC-32); a text unspaced
(Chinese, Japanese, Thai) counts its runs as words, so its sentences rarely reach the bar.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from clipper import sortedsets
from clipper.config import StoryConfig
from clipper.figures import NO_FIGURES, figures_apart
from clipper.paragraphs import LINES_KEPT, line_memo
from clipper.spelling import folded

__all__ = ["sentence_keys", "template_pair", "template_pairs"]

_SENTENCE_END = re.compile(r"(?<=[.!?\u0964\u06d4\u061f\u3002\uff01\uff1f])\s+|\n+")
_WORD = re.compile(r"\w+(?:[.,'’-]\w+)*")


def sentence_keys(text: str, least_words: int) -> npt.NDArray[np.uint32]:
    """The sorted distinct CRC-32 keys of the sentences of ``text`` holding at least
    ``least_words`` words (see the module), as uint32.  A line break always ends a sentence,
    so they are those of its lines, each line's kept (:func:`_line_keys`)."""
    found: set[int] = set()
    for line in text.split("\n"):
        if line:
            found.update(_line_keys(line, least_words))
    if not found:
        return NO_FIGURES
    return np.array(sorted(found), dtype=np.uint32)


@line_memo(LINES_KEPT)
def _line_keys(line: str, least_words: int) -> tuple[int, ...]:
    """:func:`sentence_keys` of one line, as a tuple.  Kept a line at a time
    (:func:`clipper.paragraphs.line_memo`): a night's paragraphs recur (wire copy), and reading
    their sentences was ~5 % of a worker's time on one-day records."""
    found = []
    for sentence in _SENTENCE_END.split(line):
        # folded as the fingerprint's words (clipper.spelling.folded): a copy without its
        # accents, or German "ss" for "ß", states the same sentences (vector version 34); an
        # ASCII sentence's fold is its case fold (no variant it folds is ASCII), at its cost
        words = _WORD.findall(sentence.casefold() if sentence.isascii() else folded(sentence))
        if len(words) >= least_words:
            found.append(zlib.crc32(" ".join(words).encode("utf-8")))
    return tuple(found)


def template_pair(
    sentences: tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]],
    figures: tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]],
    config: StoryConfig,
) -> bool:
    """Whether two clusters (their canonicals' :func:`sentence_keys` and
    :func:`clipper.figures.figure_keys`) are two reports of one template, of one day or two:
    sharing ``template_sentence_share`` of the sentences of each, each stating figures the
    other does not (see the module).  Symmetric in the two."""
    first, second = sentences
    if not len(first) or not len(second):
        return False
    shared = len(np.intersect1d(first, second, assume_unique=True))
    if shared < config.template_sentence_share * max(len(first), len(second)) or not shared:
        return False
    return figures_apart(figures, config.template_figures, config.template_figure_share)



def template_pairs(
    sentences: Sequence[npt.NDArray[np.uint32]],
    figures: Sequence[npt.NDArray[np.uint32]],
    first: npt.NDArray[np.int64],
    second: npt.NDArray[np.int64],
    config: StoryConfig,
) -> npt.NDArray[np.bool_]:
    """:func:`template_pair` of each pair (``first[i]``, ``second[i]``), positions in
    ``sentences`` and ``figures`` (one entry a cluster), as a boolean array.

    The same answers as asking :func:`template_pair` pair by pair (the same counts, compared
    with the same float products), the shared keys counted for every pair at once
    (:func:`clipper.sortedsets.intersection_sizes`): a Python call and two set intersections
    a link were a third of a one-day night's story stage (723,768 links at 10,000 records)."""
    found = np.zeros(len(first), np.bool_)
    if not len(first):
        return found
    # The rule's three tests, the cheapest first: enough figures in each, figures apart, then
    # the sentences shared (most of the keys).
    least, share = config.template_figures, config.template_figure_share
    f_keys, f_start, f_stop = sortedsets.packed(figures)
    f_len = f_stop - f_start
    ones, others = f_len[first], f_len[second]
    asked = np.flatnonzero((ones >= least) & (others >= least))
    ones, others = ones[asked], others[asked]
    common = sortedsets.intersection_sizes(f_keys, f_start, f_stop, first[asked], second[asked])
    # clipper.figures.figures_apart: each states ``least`` figures the other does not, and
    # ``share`` of its own
    apart = (ones - common >= np.maximum(least, share * ones)) & (
        others - common >= np.maximum(least, share * others)
    )
    asked = asked[apart]
    s_keys, s_start, s_stop = sortedsets.packed(sentences)
    s_len = s_stop - s_start
    ones, others = s_len[first[asked]], s_len[second[asked]]
    shared = sortedsets.intersection_sizes(s_keys, s_start, s_stop, first[asked], second[asked])
    # template_pair's test: not (shared < share × the longer) and shared, in float64 alike
    bar = config.template_sentence_share * np.maximum(ones, others)
    asked = asked[(shared > 0) & ~(shared < bar)]
    found[asked] = True
    return found
