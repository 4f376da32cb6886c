"""A capitalised name without the class prefix written onto it, for search: isiZulu and its kin.

The Nguni languages (isiZulu, isiXhosa, siSwati, isiNdebele) write a noun-class, locative,
possessive or instrumental prefix onto a name, in lowercase, inside one word, and keep the
name's capital: ``iKilimo`` (class 5 ``i-`` on a borrowed name), ``eNairobi`` (locative
``e-``), ``kwaZulu``, ``uRamaphosa`` (class 1a ``u-``), ``yaseKenya`` (possessive ``ya-`` +
locative ``-se-``), ``abakwaJamii``, ``ngeR1,2`` (instrumental ``nga-`` + ``i-``); at the start
of a sentence or in a headline the prefix's first letter is the capital (``IKilimo``,
``EGoli``, ``KwaZulu``).  Sesotho, Setswana and Sepedi write their locatives so at times
(``moKenya``).  South Africa's orthographies (the Pan South African Language Board's spelling
rules) prescribe it: a prefix before a proper noun is written joined, in lowercase, the noun
keeping its capital.  A search for the name (``Kilimo``, ``Kenya``) missed every such word,
which folds to one word (``ikilimo``, ``yasekenya``).

:func:`unprefixed` gives a text of a page in one of :data:`LANGUAGES` with each such prefix
taken off (``IKilimo Bank yaseKenya`` → ``Kilimo Bank Kenya``); the search text adds its
words after the page's own, with the words around them (:mod:`clipper.searchtext`; migration
0094), so ``Kilimo``, ``Kilimo*`` and the phrase ``"Kilimo Bank"`` find the page, and
``iKilimo`` still finds it as written.  A prefix here is what the orthography rule makes
one: a run of at most :data:`PREFIX_LETTERS` letters ending in a vowel (every Nguni and
Sotho-Tswana prefix does), at the start of a word, lowercase before a capital
(``yaseKenya``), or capitalised itself before a capital followed by a lowercase letter
(``IKilimo``, not ``IMF`` or ``EU``); a snippet marks the word for the name
(``[IKilimo] Bank``: :func:`bare_word`).  ``McDonald`` (no vowel before the capital) keeps its
letters everywhere; ``iPhone``, ``eBay``, ``YouTube`` on a page of these languages add
``Phone``, ``Bay``, ``Tube`` beside themselves (they are still found as written); on a page
of any other language, or of no stored language, nothing changes.
"""

from __future__ import annotations

import regex

# ISO 639-1/-3 subtags of the languages that write a class prefix onto a capitalised name:
# isiZulu, isiXhosa, siSwati, isiNdebele (South and North), Sesotho, Setswana, Sepedi.
# Swahili is not one: it writes its prefixes apart from a name or capitalises the whole word
# (``wa Kenya``, ``Wakenya``), and its noun classes' singular/plural prefixes are a Known
# limit (README, Search).
LANGUAGES = frozenset({"zu", "xh", "ss", "nr", "nd", "st", "tn", "nso"})
# The longest prefix sequence read: ``abakwa`` (6), ``kwase`` (5), ``yase`` (4); 8 leaves
# room for the rarer ``ngokwa``-like sequences and keeps ordinary words whole.
PREFIX_LETTERS = 8

_WORD_CHARACTER = r"[\p{L}\p{M}\p{N}]"
_PREFIX = regex.compile(
    rf"(?<!{_WORD_CHARACTER})"
    # lowercase, before any capital: yaseKenya, eNairobi, ngeR1, abakwaJamii
    rf"(?:[a-z]{{0,{PREFIX_LETTERS - 1}}}[aeiou](?=\p{{Lu}})"
    # capitalised (a sentence's or headline's first word), before a capital and a lowercase
    # letter of the same word: IKilimo, EGoli, KwaZulu; not IMF, EU
    rf"|(?:[A-Z][a-z]{{0,{PREFIX_LETTERS - 2}}}[aeiou]|[AEIOU])"
    rf"(?=\p{{Lu}}{_WORD_CHARACTER}*?\p{{Ll}}))"
)


def writes_class_prefixes(language: str | None) -> bool:
    """Whether a page in ``language`` (a stored tag such as ``"zu"`` or ``"zu-ZA"``, or None)
    is in one of :data:`LANGUAGES`."""
    return language is not None and language.split("-", 1)[0].lower() in LANGUAGES


def unprefixed(value: str, language: str | None) -> str | None:
    """``value`` (a title or body of a page in ``language``) with the class prefix taken off
    each capitalised name that has one (see the module: ``IKilimo Bank yaseKenya`` →
    ``Kilimo Bank Kenya``), the rest of the text as it is, so its words are ``value``'s in
    number and order; None when ``language`` is not one of :data:`LANGUAGES` or ``value``
    holds no such prefix."""
    if not writes_class_prefixes(language):
        return None
    bare, found = _PREFIX.subn("", value)
    return bare if found else None


def bare_word(word: str) -> str | None:
    """One ``word`` of a page in one of :data:`LANGUAGES`, as written, without its class
    prefix (``yaseKenya`` → ``Kenya``), or None when it has none: a snippet marks the word
    for the name (:mod:`clipper.snippets`)."""
    found = _PREFIX.match(word)
    return word[found.end() :] if found is not None else None
