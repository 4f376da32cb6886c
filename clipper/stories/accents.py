"""Story terms without their accents, as the fingerprint's words are (migration 0076).

A copy a scraper, an SMS feed or a radio desk wrote without accents ("prevision", "America
Latina") has the words of the accented text it copies ("previsión", "América Latina") to the
fingerprint (:func:`clipper.spelling.accents_folded`, since migration 0076), but not to a story
vector: "américa" and "america" were two terms, so a cluster whose canonical is the stripped copy
and a report written with its accents shared none of their accented words, and radio bulletins'
items about a wire story stayed a story of their own (newcomer 33, finding 9).  Each story term
is hashed and weighed folded by that one function (:func:`clipper.stories.vectors._term_info`),
after its stem is taken (the Finnish and Nordic stemmers and the rule of a title before a
surname read the letters as written: :mod:`clipper.stories.stems`), so two spellings of a term
in one text are one entry of its vector, their contributions summed: every Latin and Greek
letter's accents left out and ``ø ł đ æ œ`` … written as ASCII, in every language, as the
fingerprint decided; Cyrillic letters, Indic vowel signs and every other script's marks kept.
A folded word weighs as the most common of the words its language's list holds that fold to it
(:mod:`clipper.stories.weights`), so a term weighs the same in a text written with its accents
and in one without them.
"""

from __future__ import annotations

import functools

from clipper.spelling import accents_folded


@functools.lru_cache(maxsize=200_000)
def folded_term(term: str) -> str:
    """The story term ``term`` (a lower-case word, an ``n:`` name, a ``#`` number or a CJK
    bigram) without its Latin and Greek letters' accents (:func:`clipper.spelling.
    accents_folded`): "américa" → "america", "n:łódź" → "n:lodz"."""
    if term.isascii():
        return term
    return accents_folded(term)

