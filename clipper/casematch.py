"""Exact-case terms (``=Total``): a name written with its capitals, not the common word.

A company whose name is a common word ("Total", "Shell", "Next", "Apple", "Sky") cannot be
followed by a word the full-text index folds to lower case: ``Total`` finds every "total
cost".  A query term written with a leading ``=`` (``=Total``, ``="Royal Dutch Shell"``,
``=Total*``) matches only where an article's text has it exactly as written, capitals
included, and not as the first word of a sentence, where any word takes a capital ("Total
costs rose" and "Next week" say nothing about the company); the stop after a title ("Mr. Total",
"Dr. Next") ends no sentence.  A term with a capital after its
first character (``=ASML``, ``=iPhone``, ``="Royal Dutch Shell"``) counts at a sentence's
start too: its other capitals are not the sentence's doing.

Only the article's text (its body) is read, not its headline: headlines capitalise words at
will ("Total Cost of Bridge Doubles").  Words are separated as the index separates them
(:mod:`clipper.searchtext`: any run of characters that are not letters, marks, numbers or
private use), so ``="Royal Dutch Shell"`` finds "Royal Dutch-Shell" as ``"royal dutch shell"``
does; only the letters' case is compared, on the text as stored (no NFKC, no accent folding).

This module only reads a text; the full-text index first narrows the candidates to the pages
holding the term's words in any case (:func:`clipper.search.exact_matches`), so the check
runs on those pages' stored text, never over the archive.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

_W = r"\p{L}\p{M}\p{N}\p{Co}"  # a word character, as the index's words (clipper.searchtext)
_WORD_RUN = regex.compile(rf"[{_W}]+")
# written without spaces between words: the index finds these inside a run (clipper.searchtext)
_CJK = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]"
)
_GAP = regex.compile(rf"[^{_W}]*\Z")  # the separators ending a text
# What may end a sentence before the next word: sentence-final punctuation (clipper.scripts'
# SENTENCE_END marks), or a line break (a paragraph, a list item, a caption's start).
_SENTENCE_BREAK = regex.compile(r"[.!?…。！？।؟\n\r\u2028\u2029]")
# How far back the gap before an occurrence is looked at: separators between two words are a
# few characters ('. "', ' — '); past this many, the occurrence starts its text or paragraph.
_GAP_CHARS = 40
# Titles written with a full stop before a name ("Mr. Total", "Dr. Next", "Sen. Sasse"): their
# stop ends no sentence, so the name after one is written so, not capitalised by a sentence.
# News usage in English, French ("M.", "Mme"), German ("Hr.", "Fr.") and Spanish ("Sra.");
# left out: an initial ("J. Total"), since a single capital also ends sentences ("Plan B."),
# and "Sr."/"Jr.", which end a name ("said Bush Sr. Total costs rose").
_TITLES = (
    "Mr", "Mrs", "Ms", "Mx", "Messrs", "Dr", "Prof", "Rev", "Fr", "St", "Sen", "Rep", "Gov",
    "Pres", "Gen", "Lt", "Col", "Capt", "Cmdr", "Sgt", "Supt", "Insp", "Hon", "Amb", "Atty",
    "Mme", "Mlle", "Me", "Hr", "Sra", "Srta", "M",
)  # fmt: skip
_TITLE_STOP = regex.compile(
    rf"(?<![{_W}])(?:{'|'.join(sorted(set(_TITLES), key=len, reverse=True))})\.[ \t\u00a0]+\Z"
)


@lru_cache(maxsize=1024)
def _pattern(text: str, prefix: bool) -> regex.Pattern[str]:
    """The term's words as written, separated by any non-word characters; whole words (a
    prefix: the last may go on), except at a CJK character, which the index finds inside a
    run of them."""
    words = _WORD_RUN.findall(unicodedata.normalize("NFC", text))
    parts = [regex.escape(word) for word in words]
    body = f"[^{_W}]+".join(parts)
    before = "" if _CJK.match(words[0][0]) else f"(?<![{_W}])"
    after = "" if prefix or _CJK.match(words[-1][-1]) else f"(?![{_W}])"
    return regex.compile(before + body + after)


def counts_at_sentence_start(text: str) -> bool:
    """Whether an occurrence of ``text`` as a sentence's first word is evidence: only if a
    capital other than its first character is written in it (``ASML``, ``iPhone``), since a
    sentence capitalises any first word ("Total", "Next")."""
    letters = [char for char in text if char.isalpha()]
    return any(char.isupper() for char in letters[1:]) or not (letters and letters[0].isupper())


def starts_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` in ``text`` is the first of its text, line or sentence:
    nothing but separators before it, or sentence-final punctuation or a line break between it
    and the word before."""
    window = text[max(0, start - _GAP_CHARS) : start]
    gap = _GAP.search(window)
    assert gap is not None  # matches at the end of any text
    if gap.start() == 0 and start <= _GAP_CHARS:
        return True  # nothing but separators since the text began
    if _TITLE_STOP.search(window):
        return False  # "Mr. Total": a title's stop, then the name as written
    return _SENTENCE_BREAK.search(gap.group()) is not None


def occurs(text: str | None, term: str, prefix: bool = False) -> bool:
    """Whether ``term`` (a word or phrase, as the user wrote it after ``=``) occurs in
    ``text`` with its case as written and, unless :func:`counts_at_sentence_start`, not as a
    sentence's first word; ``prefix``: its last word may go on (``=Total*`` finds
    "TotalEnergies").  A term with no words never occurs.  Cost: one regular-expression scan of
    ``text``, and a look at the few characters before each occurrence."""
    if not text or not _WORD_RUN.search(term):
        return False
    pattern = _pattern(term, prefix)
    anywhere = counts_at_sentence_start(term)
    for found in pattern.finditer(text):
        if anywhere or not starts_sentence(text, found.start()):
            return True
    return False
