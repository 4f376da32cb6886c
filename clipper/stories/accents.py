"""Story terms folded as the fingerprint's words are (migration 0076), and a German text's
umlauts as their two-letter spellings.

A copy a scraper, an SMS feed or a radio desk wrote without accents ("prevision", "America
Latina") has the words of the accented text it copies ("previsión", "América Latina") to the
fingerprint (:func:`clipper.spelling.folded`, since migration 0076), but not to a story
vector: "américa" and "america" were two terms, so a cluster whose canonical is the stripped copy
and a report written with its accents shared none of their accented words, and radio bulletins'
items about a wire story stayed a story of their own (newcomer 33, finding 9).  Each story term
is hashed and weighed folded by that one function (:func:`clipper.stories.vectors._term_info`),
after its stem is taken (the Finnish and Nordic stemmers and the rule of a title before a
surname read the letters as written: :mod:`clipper.stories.stems`), so two spellings of a term
in one text are one entry of its vector, their contributions summed: NFKC and case folding
(German ``ß`` is ``ss``, Greek final ``ς`` is ``σ``: "Straße" and "Strasse", "ΛΟΓΟΣ" and
"λόγος" are one term, as ``wordfreq``'s lists spell them), every Latin and Greek letter's
accents left out and ``ø ł đ æ œ`` … written as ASCII, in every language, and each script's
spelling variants (Russian ``ё`` as ``е``, Arabic letter variants …), as the fingerprint decided;
Cyrillic letters, Indic vowel signs and every other script's marks kept.  Until vector version
34 a term was only lower-cased and its accents left out: ``ß`` and ``ς`` stayed, and such a word
was unknown to its language's table and weighed as the rarest.

In German and Luxembourgish (:data:`clipper.umlauts.SPELLING_LANGUAGES`) a writer without
``ä ö ü`` types ``ae oe ue`` ("Bruessel", "Gespraech"), and a scraper or a CMS without accents
drops the dots ("Brussel"): the three spellings are one term (:func:`umlauts_folded`).  The
fingerprint cannot do it (it does not know a page's language, and ``ue`` is no umlaut in
``Queen``); a story vector knows its text's language, and a term is only hashed, so a word
folded alike with another ("Poet", "Pot") costs a shared entry, not a wrong page found.

A folded word weighs as the most common of the words its language's list holds that fold to it
(:mod:`clipper.stories.weights`, which folds each with :func:`folded_term` too), so a term
weighs the same in a text written with its accents and in one without them.
"""

from __future__ import annotations

import functools
import re

from clipper.spelling import folded, folded_lines

# "ae" and "oe", and "ue" but after a vowel or "q" ("Feuer", "Queen"): the two-letter spellings
# of "ä", "ö", "ü" as Lucene's GermanNormalizationFilter reads them (after the accents are
# left out: "ä" is "a" already)
_SPELLED_UMLAUT = re.compile(r"(?<=[ao])e|(?<=(?<![aeiouyq])u)e")


def umlauts_folded(term: str) -> str:
    """``term`` (folded: no accents) with the two-letter spellings of ``ä ö ü`` as their
    vowels, as Lucene's GermanNormalizationFilter folds them (``ae`` → ``a``, ``oe`` → ``o``,
    ``ue`` → ``u`` but after a vowel or ``q``): "bruessel" and "brussel" → "brussel",
    "gespraech" → "gesprach"; "feuer" and "queen" stay."""
    if "e" not in term:
        return term
    return _SPELLED_UMLAUT.sub("", term)


@functools.lru_cache(maxsize=200_000)
def folded_term(term: str, umlauts_spelled: bool = False) -> str:
    """The story term ``term`` (a lower-case word, an ``n:`` name, a ``#`` number or a CJK
    bigram) as the fingerprint folds words (:func:`clipper.spelling.folded`): "américa" →
    "america", "n:łódź" → "n:lodz", "straße" → "strasse", "λόγος" → "λογοσ"; with
    ``umlauts_spelled`` (a German or Luxembourgish text), its umlauts' spellings as their
    vowels too (:func:`umlauts_folded`): "bruessel" → "brussel"."""
    term = term if term.isascii() else folded(term)
    return umlauts_folded(term) if umlauts_spelled else term


def folded_terms(terms: list[str], umlauts_spelled: bool = False) -> list[str]:
    """``[folded_term(t, umlauts_spelled) for t in terms]``, the terms that are not ASCII
    folded together (:func:`clipper.spelling.folded_lines`: one call of
    :func:`clipper.spelling.folded` for all but those holding a Han character, each of which
    :func:`folded_term` folds from its cache), not one call a term."""
    out = list(terms)
    at = [i for i, term in enumerate(terms) if not term.isascii()]
    if at:
        # a Han term folded alone, from the cache the other callers fill (its key: two arguments)
        alone = [terms[i] for i in at]
        for i, term in zip(at, folded_lines(alone, lambda t: folded_term(t, False)), strict=True):
            out[i] = term
    if umlauts_spelled:
        out = [umlauts_folded(term) for term in out]
    return out
