"""Umlauts and their two-letter spellings: ``Brüssel`` is written ``Bruessel`` on a keyboard
without ``ü``, ``Köln`` ``Koeln``, ``Gespräch`` ``Gespraech``.

Folding (:func:`clipper.searchtext.fold`) removes accents, so ``Brussel`` always found
``Brüssel``; but German writers without the letter type the vowel followed by ``e`` (``ä`` →
``ae``, ``ö`` → ``oe``, ``ü`` → ``ue``), which folding cannot undo: ``bruessel`` is not
``brussel``, and an ``e`` after a vowel is no umlaut in ``Queen``, ``Poet``, ``Israel`` or
``Michael``.  Danish and Norwegian ``ø`` → ``oe`` and ``å`` → ``aa`` (``Soeren``, ``Aarhus``)
are left out: Dutch writes ``oe`` and ``aa`` as letters of its own, and ``haar``, ``maandag``,
``staal``, ``moeder`` found Norwegian ``hår``, Swedish ``måndag``, ``stål``, Danish ``møder``
(``bench/search_umlauts.py``: of the wrong hits by a word of English, French, Spanish,
Italian or Dutch, 156 with them, 59 without).

So the direction is always from the letter to its spelling, never back: a page's words that
hold one of these letters are indexed a second time in their two-letter spelling
(:func:`respelled_words`, after the search text: migration 0066), and a query word holding one
is sought in that spelling as well (:func:`respelled`; :attr:`clipper.searchtext.QueryTokens
.ways`), so ``Bruessel`` finds ``Brüssel`` and ``Brüssel`` finds ``Bruessel``, while
``Queen`` finds only the pages that write ``Queen`` (or a word whose letter it spells, which
``bench/search_umlauts.py`` counts as wrong hits).  Lucene's GermanNormalizationFilter folds
``ae``/``oe``/``ue`` to the vowel instead, and so makes ``Poet`` find ``Pot``.
"""

from __future__ import annotations

import unicodedata

import regex

from clipper.language import primary_language

# The languages whose writers type ``ae oe ue`` for ``ä ö ü``: German (and Swiss German) and
# Luxembourgish.  Swedish, Finnish, Estonian, Turkish and Hungarian writers without the
# letters type the bare vowel (``Goteborg``, ``Hameenlinna``), which folding finds already, and
# their words spelled ``oe``/``ue`` were found by other languages' words (Dutch ``groen`` found
# Swedish ``grön``, ``bench/search_umlauts.py``).  A page whose language is not known keeps
# them (it may be German).
SPELLING_LANGUAGES = frozenset({"de", "gsw", "lb"})

# The letters (lower and upper case, composed) and the letters a keyboard without them types.
SPELLINGS = {"ä": "ae", "ö": "oe", "ü": "ue"}
_TABLE = str.maketrans(
    {**SPELLINGS, **{letter.upper(): two.capitalize() for letter, two in SPELLINGS.items()}}
)
# One of the letters, composed or as its vowel and combining diaeresis (U+0308)
HAS_LETTER = regex.compile("[äöüÄÖÜ]|[aouAOU]\u0308")
# A word (the index's word characters, :data:`clipper.searchtext.WORD`) holding one (composed)
_WORD_WITH_LETTER = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}\p{Co}])[\p{L}\p{M}\p{N}\p{Co}]*?[äöüÄÖÜ][\p{L}\p{M}\p{N}\p{Co}]*"
)


def spelled_for(language: str | None) -> bool:
    """Whether a page in ``language`` (a stored tag, or None: not known) has its words holding
    ``ä ö ü`` indexed in their two-letter spelling too."""
    primary = primary_language(language)
    return primary is None or primary in SPELLING_LANGUAGES


def respelled(value: str) -> str:
    """``value`` with ``ä ö ü`` (either case, composed or not) written ``ae oe ue``;
    ``value`` itself when it holds none."""
    if HAS_LETTER.search(value) is None:
        return value
    return unicodedata.normalize("NFC", value).translate(_TABLE)


def respelled_words(value: str) -> list[str]:
    """The words of ``value`` (raw text, not folded) that hold ``ä ö ü``, each in its
    two-letter spelling (:func:`respelled`), in order of first occurrence, each once:
    ``"Die Bürger in Brüssel, die Bürger"`` → ``["Buerger", "Bruessel"]``.  Empty when the text
    holds none of the letters (one scan in C)."""
    if HAS_LETTER.search(value) is None:
        return []
    found = _WORD_WITH_LETTER.findall(unicodedata.normalize("NFC", value))
    return [word.translate(_TABLE) for word in dict.fromkeys(found)]
