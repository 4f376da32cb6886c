"""A link must rest on what the two articles report: their leads (headline and opening).

Two articles of one source share what the source prints on many of its pages: a company's
releases its CEO's name, "Eastern Time", "webcast", "investor relations" and the closing
paragraphs no pattern names; a site's weather or DST pieces one explanatory sentence.  Two
different events so reported could clear the story bar on that shared frame alone (newcomer 31:
Acme's third-quarter results and its conference appearance at cosine 0.28; "Clocks fall back"
and "Phoenix sets record high for November", whose one sentence about Arizona not observing
daylight saving time gave 0.25).  Reports of one event name it in their leads, and each
report's lead is what the other reports too; a shared frame sits below the leads.

So a story vector carries, for each term, the share of its weight that the article's *lead*
gives it (:attr:`clipper.stories.termvector.Vector.lead`): the headline (at its title weight)
and the text's opening, its first sentences up to ``StoryConfig.lead_words`` words
(:func:`opening`).  Of two clusters whose cosine clears the bar, each end's lead must give at
least ``StoryConfig.lead_similarity_share`` of it (:func:`lead_parts`: the cosine's products
over the shared terms, each times that end's lead share of the term), or they are not linked
(:func:`clipper.stories.scoring.linked` asks it of every pair over the bar).  Like the
template and quoted-statement rules, it is a property of the two articles only, never of what
else the archive holds: the same pages in any order give the same links.
"""

from __future__ import annotations

import re

import numpy as np
import numpy.typing as npt

from clipper.stories.termvector import QUOTED_SCALE, Vector

__all__ = ["lead_bytes", "lead_parts", "lead_share", "opening", "sentences", "words"]

# A sentence ends at ".", "!", "?", "।", "۔", "؟" or a CJK full stop before a space, or at a
# line break (the paragraphs of a stored text are its lines).
_SENTENCE_END = re.compile(r"(?<=[.!?\u0964\u06d4\u061f])\s+|(?<=[\u3002\uff01\uff1f])|\n+")
# A sentence with fewer spaces than one in this many characters is written without spaces
# between words (Chinese, Japanese, Thai): its words are counted as its characters / 2.
_UNSPACED_CHARS = 12
_CHARS_PER_UNSPACED_WORD = 2


def words(sentence: str) -> int:
    """How many words ``sentence`` holds: its spaces and one, or its characters / 2 when it is
    written without spaces between words (Chinese, Japanese, Thai), whichever is more."""
    spaces = sentence.count(" ")
    if spaces * _UNSPACED_CHARS < len(sentence):
        return max(spaces + 1, len(sentence) // _CHARS_PER_UNSPACED_WORD)
    return spaces + 1


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, stripped, in order: split after ".", "!", "?", "।", "۔",
    "؟" before a space, after a CJK full stop, and at line breaks."""
    return [s for s in (part.strip() for part in _SENTENCE_END.split(text)) if s]


def opening(text: str, least_words: int) -> str:
    """The opening of ``text`` (a stored article's text, its paragraphs one a line): its
    sentences from the first until they hold ``least_words`` words (all of a shorter text),
    one a line.  A text written without spaces counts two characters a word."""
    found: list[str] = []
    held = 0
    for sentence in sentences(text):
        found.append(sentence)
        held += words(sentence)
        if held >= least_words:
            break
    return "\n".join(found)


def lead_bytes(vector: Vector) -> npt.NDArray[np.uint8]:
    """Whether each term is its article's lead's, 0-255 (:attr:`Vector.lead`; a share where two
    terms share a hash), all 255 for a vector without lead shares: every term counts as its
    lead's, so no link is cut for it."""
    if len(vector.lead):
        return vector.lead
    return np.full(len(vector.keys), int(QUOTED_SCALE), np.uint8)


def lead_share(vector: Vector) -> npt.NDArray[np.float64]:
    """:func:`lead_bytes` as shares, 0-1."""
    return lead_bytes(vector) / QUOTED_SCALE


def lead_parts(first: Vector, second: Vector) -> tuple[float, float]:
    """The parts of the cosine of ``first`` and ``second`` (unit vectors) that each one's lead
    gives: the shared terms' products, each times the term's :func:`lead_share` in ``first``,
    then in ``second``, summed in ascending key order (as :func:`clipper.stories.scoring.linked`
    sums them, from either end)."""
    at = np.searchsorted(second.keys, first.keys)
    at[at == len(second.keys)] = 0
    shared = (second.keys[at] == first.keys) if len(second.keys) else np.zeros(0, np.bool_)
    products = first.weights[shared].astype(np.float64) * second.weights[at[shared]]
    if not len(products):
        return 0.0, 0.0
    # summed one after the other, as a CSR row is (np.sum would pair them)
    mine = np.cumsum(products * lead_share(first)[shared])[-1]
    theirs = np.cumsum(products * lead_share(second)[at[shared]])[-1]
    return float(mine), float(theirs)
