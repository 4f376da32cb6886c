"""Two issues of one dated series are two events: a link must hold without the series' frame.

A government's weekly communiqué ("Communiqué du Conseil des ministres du mercredi 26 novembre
2026", and the next week's "… du mercredi 3 décembre 2026", each opening "Le Président de la
République a présidé ce mercredi … le Conseil des ministres"), a spokesperson's weekly
briefing, a monthly statistics release: each issue repeats its headline and opening formula
with another date, and reports other decisions or figures below.  Their vectors meet on the
formula (the body's name, "présidé", "communiqué", each at the headline's weight), so two
issues a week apart cleared the story bar (cosine 0.43 against 0.32) and the desk read two
councils as one story (newcomer 32, F5).  Two reports of one event over several days (a trial,
a storm's aftermath) are written under headlines and openings of their own, or share the
event's own names and facts below them.

So each story vector carries its article's *dated lines* (:func:`dated_lines`): its headline and
the first sentence of its text (:func:`clipper.stories.leads.opening`) when they name a date, a
month or weekday name of its language with a figure, and hold ``StoryConfig.frame_words`` words
besides (the words a template fills:
:func:`clipper.templatefills.fill_words`), each kept as two CRC-32 keys: its *frame*, its
words with those filled words masked, and its *fill*, the filled words.  Two clusters of
different days are two issues of one series (:func:`issues_of_one_series`) when a dated line of
one has the frame of one of the other with another fill, and no dated line of the two is the
same word for word (the same date).  Such a pair stays linked only when the cosine of their
vectors without the terms of either's dated lines (:attr:`~clipper.stories.termvector.Vector
.framed`), each at unit length again (:func:`unframed_similarity`), clears
``StoryConfig.series_similarity_share`` of the bar for their gap: what the two report besides
the formula must link them on its own.  Like the template, quotation and lead rules it is a
property of the two articles only, never of what else the archive holds.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

from clipper.calendarwords import calendar_words
from clipper.stories.termvector import Vector
from clipper.words import words

__all__ = [
    "dated_lines", "issues_of_one_series", "similarity_without", "unframed_similarity",
]

_MASK = "\x00"


def dated_lines(
    lines: Iterable[str], language: str, frame_words: int
) -> list[tuple[int, int, str]]:
    """``(frame, fill, line)`` of each of ``lines`` naming a date: holding a month or weekday
    name of ``language`` (a primary subtag: :func:`clipper.calendarwords.calendar_words`) and
    a word opening with a digit (``clipper.words.words``' words: "mercredi 26 novembre 2026",
    "Nov. 26", "octobre 2026"), and at least ``frame_words`` other words (a dateline, "July
    15, 2018" or "Associated Press Monday, July 16, 2018", is no series' frame).  ``frame``:
    the CRC-32 of its words, those filled masked; ``fill``: of the filled words, in order.
    None in a language without month names."""
    names = calendar_words(language)
    if not names:
        return []
    found = []
    for line in lines:
        seq = words(line)
        named = [w in names for w in seq]
        figured = [w[0].isdigit() for w in seq]
        if not any(named) or not any(figured):
            continue
        filled = [a or b for a, b in zip(named, figured, strict=True)]
        if len(filled) - sum(filled) < frame_words:
            continue
        frame = " ".join(_MASK if f else w for w, f in zip(seq, filled, strict=True))
        fill = " ".join(w for w, f in zip(seq, filled, strict=True) if f)
        found.append((_crc(frame), _crc(fill), line))
    return found


def _crc(text: str) -> int:
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def issues_of_one_series(first: Vector, second: Vector) -> bool:
    """Whether two clusters' dated lines (:attr:`Vector.frames`: frame and fill keys, one pair
    a line) are two issues of one series: a frame in both with another fill, and no line of
    one the same (frame and fill) as a line of the other.  Symmetric in the two."""
    if not len(first.frames) or not len(second.frames):
        return False
    mine, theirs = first.frames.reshape(-1, 2), second.frames.reshape(-1, 2)
    same = (mine[:, None, :] == theirs[None, :, :]).all(axis=2)
    if same.any():
        return False
    return bool((mine[:, None, 0] == theirs[None, :, 0]).any())


def _unframed(vector: Vector, framed: npt.NDArray[np.uint32]) -> tuple[
    npt.NDArray[np.uint32], npt.NDArray[np.float64]
]:
    """``vector``'s keys and weights without the ``framed`` terms, at unit length again."""
    kept = ~np.isin(vector.keys, framed, assume_unique=True)
    keys, weights = vector.keys[kept], vector.weights[kept].astype(np.float64)
    norm = float(np.sqrt(np.dot(weights, weights)))
    return keys, (weights / norm if norm > 0.0 else weights)


def unframed_similarity(first: Vector, second: Vector) -> float:
    """The cosine of two vectors without the terms of either's dated lines
    (:attr:`Vector.framed`), each at unit length: summed over the shared terms in ascending key
    order, so symmetric in the two to the last bit."""
    return similarity_without(first, second, np.union1d(first.framed, second.framed))


def similarity_without(
    first: Vector, second: Vector, framed: npt.NDArray[np.uint32]
) -> float:
    """The cosine of two vectors without the ``framed`` term keys (sorted, distinct), each at
    unit length again: summed over the shared terms in ascending key order, so symmetric in
    the two to the last bit."""
    keys, weights = _unframed(first, framed)
    other_keys, other_weights = _unframed(second, framed)
    _, mine, theirs = np.intersect1d(keys, other_keys, assume_unique=True, return_indices=True)
    return float(np.dot(weights[mine], other_weights[theirs]))
