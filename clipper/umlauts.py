"""Umlauts and their two-letter spellings: ``Brüssel`` is written ``Bruessel`` on a keyboard
without ``ü``, ``Köln`` ``Koeln``, ``Gespräch`` ``Gespraech``.

Folding (:func:`clipper.searchtext.fold`) removes accents, so ``Brussel`` always found
``Brüssel``; but German writers without the letter type the vowel followed by ``e`` (``ä`` →
``ae``, ``ö`` → ``oe``, ``ü`` → ``ue``), which folding cannot undo: ``bruessel`` is not
``brussel``, and an ``e`` after a vowel is no umlaut in ``Queen``, ``Poet``, ``Israel`` or
``Michael``.  Danish and Norwegian ``ø`` → ``oe`` and ``å`` → ``aa`` (``Soeren``, ``Aarhus``)
are spelled in names only (:data:`NORDIC_LANGUAGES`); Serbian, Croatian, Bosnian and
Montenegrin ``đ`` → ``dj`` in every word (``Djerdap``, ``Djokovic``, ``medju``:
:data:`DJ_LANGUAGES`; folding writes it ``d``, so ``Derdap`` found it already).  Dutch
writes ``oe`` and ``aa`` as letters of its own, and ``haar``, ``maandag``, ``staal``,
``moeder`` found Norwegian ``hår``, Swedish ``måndag``, ``stål``, Danish ``møder`` when every
word was spelled (``bench/search_umlauts.py``: of the wrong hits by a word of English,
French, Spanish, Italian or Dutch, 156 with them, 59 without).

So the direction is always from the letter to its spelling, never back: a page's words that
hold one of these letters are indexed a second time in their two-letter spelling
(:func:`respelled_words`, after the search text: migration 0066), and a query word holding one
is sought in that spelling as well (:func:`respelled`; :attr:`clipper.searchterms.QueryTokens
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

# The languages whose writers type ``aa`` for ``å`` and ``oe`` for ``ø``: Danish and Norwegian
# (newcomer 30 finding 8: ``Aase``, ``Raadhusplassen``, ``Oeystein``, ``Loekke`` found nothing).
# ``aa`` was their spelling of ``å`` until 1917 (Norway) and 1948 (Denmark) and stays in names
# (``Aase``, ``Aasen``, ``Haakon``, ``Aarhus``, ``Aalborg``), and English wire copy and foreign
# keyboards write ``Loekke``, ``Oeystein``.  Only a word written with a capital (a name, or a
# sentence's first word) is spelled so: Dutch writes ``aa`` and ``oe`` as letters of its own, and
# its ``haar``, ``moeder``, ``staal`` would find Norwegian ``hår``, Danish ``møder``, ``stål``
# (``bench/search_umlauts.py`` counts them).  ``æ`` → ``ae`` needs nothing: folding writes it so
# (:func:`clipper.searchtext.fold`).  Swedish writers without ``å`` type ``a``, which folding
# finds already.
NORDIC_LANGUAGES = frozenset({"da", "nb", "nn", "no"})

# The languages whose writers type ``dj`` for ``đ`` (newcomer 47a: ``Djerdap`` found no
# ``Đerdap``): Serbian, Croatian, Bosnian, Montenegrin (and Serbo-Croatian), in every word
# (``Đoković`` is ``Djokovic`` in wire copy, ``među`` ``medju`` on a keyboard without it).  A
# Serbian page's ``ђ`` is ``đ`` by then (search reads it in Latin: clipper.digraphia).
# Vietnamese ``đ`` is typed ``d`` (``Da Nang``), which folding finds already.
DJ_LANGUAGES = frozenset({"sr", "hr", "bs", "me", "cnr", "sh"})

# The letters (lower and upper case, composed) and the letters a keyboard without them types.
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue"}
NORDIC = {"å": "aa", "ø": "oe"}
DJ = {"đ": "dj"}
SPELLINGS = {**UMLAUTS, **NORDIC, **DJ}


def _table(spellings: dict[str, str]) -> dict[int, str]:
    return str.maketrans(
        {**spellings, **{letter.upper(): two.capitalize() for letter, two in spellings.items()}}
    )


_TABLE = _table(SPELLINGS)
_UMLAUT_TABLE = _table(UMLAUTS)
_NORDIC_TABLE = _table(NORDIC)
_DJ_TABLE = _table(DJ)
# One of the letters, composed or as its vowel and combining diaeresis (U+0308) or ring (U+030A)
HAS_LETTER = regex.compile("[äöüåøđÄÖÜÅØĐ]|[aouAOU]\u0308|[aA]\u030a")
# A word written with a capital holding å or ø (composed)
_NAME_WITH_NORDIC = regex.compile(r"(?<![\p{L}\p{M}\p{N}\p{Co}])\p{Lu}[\p{L}\p{M}\p{N}\p{Co}]*")
# A word (the index's word characters, :data:`clipper.searchtext.WORD`) holding one (composed)
_WORD_WITH_LETTER = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}\p{Co}])[\p{L}\p{M}\p{N}\p{Co}]*?[äöüåøđÄÖÜÅØĐ][\p{L}\p{M}\p{N}\p{Co}]*"
)


def spelled_for(language: str | None) -> bool:
    """Whether a page in ``language`` (a stored tag, or None: not known) has its words holding
    ``ä ö ü`` (German, Luxembourgish), ``å ø`` (Danish, Norwegian: in a word written with a
    capital) or ``đ`` (:data:`DJ_LANGUAGES`) indexed in their two-letter spelling too."""
    primary = primary_language(language)
    return (
        primary is None
        or primary in SPELLING_LANGUAGES
        or primary in NORDIC_LANGUAGES
        or primary in DJ_LANGUAGES
    )


def respelled(value: str) -> str:
    """``value`` with ``ä ö ü å ø đ`` (either case, composed or not) written ``ae oe ue aa
    oe dj``, as a query word is sought (:attr:`clipper.searchterms.QueryTokens.ways`); ``value``
    itself when it holds none."""
    if HAS_LETTER.search(value) is None:
        return value
    return unicodedata.normalize("NFC", value).translate(_TABLE)


def page_respelled(value: str, language: str | None) -> str:
    """``value``, a text of a page in ``language`` (a stored tag, or None: not known), as its
    writers would type it without the letters: on a German or Luxembourgish page ``ä ö ü`` as
    ``ae oe ue``; on a Danish or Norwegian page ``å ø`` as ``aa oe`` in the words written
    with a capital (:data:`NORDIC_LANGUAGES`); on a Serbian, Croatian, Bosnian or
    Montenegrin page ``đ`` as ``dj``; on a page of no known language all three.  ``value``
    itself when it holds none of its language's letters."""
    if HAS_LETTER.search(value) is None:
        return value
    primary = primary_language(language)
    value = unicodedata.normalize("NFC", value)
    if primary is None or primary in SPELLING_LANGUAGES:
        value = value.translate(_UMLAUT_TABLE)
    if (primary is None or primary in NORDIC_LANGUAGES) and regex.search("[åøÅØ]", value):
        value = _NAME_WITH_NORDIC.sub(lambda word: word[0].translate(_NORDIC_TABLE), value)
    if (primary is None or primary in DJ_LANGUAGES) and ("đ" in value or "Đ" in value):
        value = value.translate(_DJ_TABLE)
    return value


def respelled_words(value: str, language: str | None = None) -> list[str]:
    """The words of ``value`` (raw text, not folded, of a page in ``language``) that
    :func:`page_respelled` spells otherwise, each so spelled, in order of first occurrence,
    each once: ``"Die Bürger in Brüssel, die Bürger"`` → ``["Buerger", "Bruessel"]``.  Empty
    when the text holds none of the letters (one scan in C)."""
    if HAS_LETTER.search(value) is None:
        return []
    found = _WORD_WITH_LETTER.findall(unicodedata.normalize("NFC", value))
    spelled = (page_respelled(word, language) for word in dict.fromkeys(found))
    return [word for word in spelled if HAS_LETTER.search(word) is None]
