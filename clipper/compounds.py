"""Compound words' parts, so that a part finds the compound: ``Regierung`` finds
``Bundesregierung``, ``Klima`` ``Klimagipfel``, ``hallitus`` ``hallitusneuvottelut``.

German, Dutch, Swedish, Danish, Norwegian and Finnish write a compound noun as one word, where
English writes two (``climate summit``); a reader of a news archive who searches the head
(``Regierung``) or a part (``Klima``) expects the compound.  The full-text index holds whole
words, so the compound was found only by itself or, for its first part, by a prefix query
(``Klima*``).  After a page's search text in one of these languages come the parts of its
compound words (:func:`compound_parts`, :func:`clipper.searchtext.search_text`; migration
0067), so a query word finds them as it finds the page's other words.  Queries are not split:
``Bundesregierung`` finds the pages writing it, not every page about a ``Regierung``.  A
Swedish, Danish or Norwegian head written with its definite ending (``finans|ministern``,
``regerings|krisen``) is indexed without it too (:data:`ENDINGS`), and a Finnish one in a case
form is keyed as the page's words are (:func:`clipper.caseforms.keys_text`:
``hallitus|kriisissä`` is found by ``kriisi``).

A word is split where both sides are words of its language that its word list (the pinned
``wordfreq`` package: the frequencies of words in that language's text) holds at least
:data:`clipper.config.COMPOUND_PART_ZIPF` often, each at least
:data:`clipper.config.COMPOUND_PART_LETTERS` long, the left side with or without the
language's linking letters (German's ``Arbeit-s-platz``, ``Sonne-n-schein``; Dutch's and the
Nordic languages' ``s``, ``e``, ``en``), and only where the two parts are together more frequent
than the whole word (their mean zipf value above the word's by
:data:`clipper.config.COMPOUND_MARGIN`): that is the frequency rule of Koehn and Knight
("Empirical methods for compound splitting", EACL 2003), which keeps a word whose whole is a
common word of its own (``Wirtschaft`` is no ``Wirt`` + ``Schaft``, ``Handlung`` no ``Hand`` +
``Lung``).  The lists hold endings as words too (written after an apostrophe or a hyphen:
"SF'erne", "Lehrer*innen"), so a head must also reach at least
:data:`clipper.config.COMPOUND_HEAD_STEM_LETTERS` letters into the word's stem, the word
without its Snowball ending (:data:`STEMMERS`) and the suffix that derived it
(:data:`SUFFIXES`): ``politikerne`` is no ``politik`` + ``erne``, ``autoissa`` no ``auto`` +
``issa``, ``stillingen`` no ``still`` + ``ingen``; an inflected compound the list lacks is
split as its longest form the list holds (``bostadsmarknaderna`` as ``bostadsmarknad``,
:func:`_inflected_split`).  Of the splits the best (highest mean) is taken, and each part is
split again (``Bundestagswahl`` → ``Bundestag`` + ``Wahl``, ``Bundestag`` → ``Bund`` +
``Tag``), down to :data:`_DEPTH` levels.  ``bench/search_compounds.py`` measures misses and
wrong hits on invented, labelled words (tuned on German, confirmed on a second German set and
on Dutch, Swedish, Danish, Norwegian and Finnish).

No well-kept decompounding library covers these languages: ``compound-split`` (2020) and
``charsplit-fst`` split German (and Dutch) only, and jwordsplitter is Java and German.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import snowballstemmer

from clipper.config import (
    COMPOUND_DROPPED_MARGIN,
    COMPOUND_HEAD_STEM_LETTERS,
    COMPOUND_MARGIN,
    COMPOUND_PART_LETTERS,
    COMPOUND_PART_ZIPF,
)
from clipper.language import primary_language
from clipper.paragraphs import word_memo
from clipper.wordzipf import lookup, table

# The languages that write compounds as one word and have a wordfreq list, each with the
# linking letters its compounds put after a left part (the longest first).  Norwegian is
# stored as "nb" (clipper.language.STORED_AS); Nynorsk has no list of its own, and links as
# Bokmål does.  Finnish joins its parts bare (``hallitus|neuvottelut``) or with the left part
# in the genitive, which is a word of the list itself (``kaupungin|hallitus``).
LINKS: dict[str, tuple[str, ...]] = {
    "de": ("es", "en", "er", "ns", "s", "n", "e"),
    "nl": ("en", "s", "e"),
    "sv": ("s", "a", "u", "e"),
    "da": ("e", "s"),
    "nb": ("e", "s"),
    "nn": ("e", "s"),
    "fi": (),
}
# The last letter a left part drops before the head, in the languages that drop one: German
# ``Grenze`` → ``Grenz|kontrollen``, ``Schule`` → ``Schul|leiter``, ``Hilfe`` → ``Hilf-s-
# |programm`` (Duden's "Fugenelemente": the "subtractive" joint, the unstressed ``-e``
# dropped), Swedish ``skola`` → ``skol|barn``, ``pojke`` → ``pojk|vän`` (Svenska Akademiens
# grammatik: a modifier ending in an unstressed vowel drops it).  The part indexed is the
# word with its letter (``grenze``), which a reader searches, where that word is
# :data:`clipper.config.COMPOUND_DROPPED_MARGIN` more frequent than the part as written (the
# lists hold ``grenz`` too; Swedish ``försvar`` stays, though ``försvara`` is a word).  Tuned on
# ``bench/search_compounds.py``'s "de dropped" set, confirmed on its Swedish one.
DROPPED: dict[str, tuple[str, ...]] = {
    "de": ("e",),
    "sv": ("a", "e"),
}
# The endings of the definite article a compound's head may carry in the Nordic languages,
# which write it after the noun, in the singular (``minister|n``, ``minister|en``,
# ``kris|en``, ``vap|net``, Norwegian ``regjering|a``) and the plural (Swedish ``-na``, Danish
# and Norwegian ``-ne``, ``-ene``: ``pris|ene``), and the genitive ``-s`` after those: the head
# is also indexed without its ending (:func:`_bare_head`), so ``minister`` finds
# ``finansministern`` as ``Minister`` finds ``Finanzminister``.  A bare plural (``-r``,
# ``-er``, ``-ar``, ``-or``) is left out: it is how an agent noun ends (``politiker`` is no
# ``politik`` + ``er``, ``spelare`` no ``spelar`` + ``e``, ``borger`` no ``borg`` + ``er``).
ENDINGS: dict[str, tuple[str, ...]] = {
    "sv": ("ens", "ets", "nas", "en", "et", "na", "ns", "n", "t"),
    "da": ("enes", "ens", "ets", "nes", "ene", "en", "et", "ne", "ns", "n", "t"),
    "nb": ("enes", "ens", "ets", "nes", "ene", "en", "et", "ne", "ns", "n", "t", "a"),
}
ENDINGS["nn"] = ENDINGS["nb"]
# The endings a noun of its own takes in the singular definite and the plural (Swedish
# ``planet`` "planet": ``planeten``, ``planeter``): a head that takes one is a word of its
# own, not another word with its ending (``planet`` is no ``plan`` + ``et``, "the plane").
# Not the genitive ``-s``, which an inflected form takes too (``ministerens``).
OWN_FORMS: dict[str, tuple[str, ...]] = {
    "sv": ("en", "et", "er", "ar", "or", "na"),
    "da": ("en", "et", "er", "ne"),
    "nb": ("en", "et", "er", "ne"),
}
OWN_FORMS["nn"] = OWN_FORMS["nb"]
# Each language's Snowball stemmer (Martin Porter's, the pinned ``snowballstemmer`` package,
# as clipper.stories.stems stems story terms): the word without its endings, which a head
# must reach into (:func:`_best_split`).
STEMMERS: dict[str, str] = {
    "de": "german",
    "nl": "dutch",
    "sv": "swedish",
    "da": "danish",
    "nb": "norwegian",
    "nn": "norwegian",
    "fi": "finnish",
}
_LIST_OF = {"nn": "nb"}
# How many times a part is split again (a compound of three or four words)
_DEPTH = 2
# Bump when the way a table is built changes, search's folding included.
TABLE_VERSION = "1"


def splitting(language: str | None) -> str | None:
    """The language of :data:`LINKS` whose compounds a page of ``language`` (a stored language
    tag: ``"de"``, ``"de-AT"``, ``"no"``; or None) has split, or None for one that writes no
    compounds as one word (or is unknown)."""
    primary = primary_language(language)
    return primary if primary in LINKS else None


@word_memo(1 << 18)
def zipf(word: str, language: str) -> float:
    """The zipf frequency of the folded ``word`` in ``language``'s word list
    (:mod:`clipper.wordzipf`); 0.0 for a word rarer than the table keeps (it decides nothing:
    neither a part nor a whole that outweighs one).  Cached: a compound's parts are looked up
    for each place it may split."""
    name = _LIST_OF.get(language, language)
    floor = COMPOUND_PART_ZIPF - 2 * COMPOUND_MARGIN - 1.0
    return lookup(word, table(f"compound-zipf-{name}", (name,), TABLE_VERSION, floor))


# The suffixes that make a noun or an adjective of another word (a grammar's word formation:
# Danish ``lever|ing``, ``sikker|hed``; Swedish ``plan|ering``, ``möjlig|het``; German
# ``Frei|heit``, ``männ|lich``; Dutch ``werke|lijk``), the longest first, which Snowball's
# Nordic stemmers leave on: the word lists hold them as words too (``ring``, ``ingen``,
# ``ling``, ``lich``), and a head that is one is no part (``plasse`` + ``ring``).
SUFFIXES: dict[str, tuple[str, ...]] = {
    "da": ("ering", "ning", "else", "ende", "ing", "hed", "lig"),
    "nb": ("ering", "ning", "ling", "else", "ende", "ing", "het", "lig"),
    "sv": ("ering", "ning", "ande", "ende", "else", "ing", "het", "lig"),
    "de": ("ungen", "heit", "keit", "lich", "isch", "chen", "ung"),
    "nl": ("heden", "heid", "lijk", "baar", "loos", "ing"),
}
SUFFIXES["nn"] = SUFFIXES["nb"]


@functools.cache
def _stemmer(language: str) -> Callable[[str], str]:
    """The Snowball stemmer of ``language`` (one of :data:`STEMMERS`) as a function."""
    stemmer: Callable[[str], str] = snowballstemmer.stemmer(STEMMERS[language]).stemWord
    return stemmer


def _stem_letters(word: str, language: str) -> int:
    """How many of the folded ``word``'s first letters are its stem, before its ending and
    the suffix that made it of another word (:data:`SUFFIXES`): its Snowball stem's
    (:data:`STEMMERS`) length where the stem is the word less an ending (``politikerne`` →
    ``politik``: 7; ``autoissa`` → ``auto``: 4), else (a stemmer that took a prefix or
    changed a letter: Dutch ``gevangenis`` → ``vannis``) the whole word's, less a suffix
    it ends in (``stillingen`` → ``stilling`` → ``still``: 5)."""
    stem = _stemmer(language)(word)
    if not word.startswith(stem):
        stem = word
    for suffix in SUFFIXES.get(language, ()):
        if stem.endswith(suffix):
            return len(stem) - len(suffix)
    return len(stem)


def _best_split(word: str, language: str) -> tuple[str, str] | None:
    """The two parts ``word`` is a compound of (the left one without its linking letters, with
    a letter it dropped: :data:`DROPPED`), or None where it is none (see the module
    docstring).  A head must hold at least
    :data:`clipper.config.COMPOUND_HEAD_STEM_LETTERS` letters of the word's stem
    (:func:`_stem_letters`): one that is the word's ending is no part, though the word list
    holds it (``politik`` + ``erne``, ``auto`` + ``issa``, ``person`` + ``lige``)."""
    least = COMPOUND_PART_LETTERS
    # the heads the word list holds often enough, found before the word is stemmed: ~57 % of
    # the words tried on the HTML speed pages have none, and their Snowball stem (pure Python,
    # ~0.1 ms a word) decides nothing (session 46)
    heads = [
        (at, head_zipf)
        for at in range(least, len(word) - least + 1)
        if (head_zipf := zipf(word[at:], language)) >= COMPOUND_PART_ZIPF
    ]
    if not heads:
        return None
    # every split the list allows, in the order of its head's place (score, place, modifier,
    # head), weighed before the stem bounds the places: where none outweighs the whole word
    # none of those the stem leaves does either, and the word is not stemmed (session 47)
    splits: list[tuple[float, int, str, str]] = []
    for at, head_zipf in heads:
        head = word[at:]
        left = word[:at]
        for link in ("", *LINKS[language]):
            if link and not left.endswith(link):
                continue
            bare = left[: len(left) - len(link)]
            if len(bare) < least:
                continue
            # the modifier as written or with the letter it dropped, where that word is much
            # more frequent (DROPPED: "grenz" is "grenze"; "forsvar" stays, no "forsvara")
            written_zipf = zipf(bare, language)
            modifiers = [bare] + [
                bare + letter
                for letter in DROPPED.get(language, ())
                if zipf(bare + letter, language) >= written_zipf + COMPOUND_DROPPED_MARGIN
            ]
            for modifier in modifiers:
                modifier_zipf = zipf(modifier, language)
                if modifier_zipf >= COMPOUND_PART_ZIPF:
                    splits.append(((head_zipf + modifier_zipf) / 2, at, modifier, head))
    whole = zipf(word, language) + COMPOUND_MARGIN
    if not any(score > whole for score, _, _, _ in splits):
        return None
    last = _stem_letters(word, language) - COMPOUND_HEAD_STEM_LETTERS
    best: tuple[float, str, str] | None = None
    for score, at, modifier, head in splits:
        if at > last:
            break
        if best is None or score > best[0]:
            best = (score, modifier, head)
    if best is None or best[0] <= whole:
        return None
    return best[1], best[2]


@word_memo(1 << 16)
def compound_parts(word: str, language: str) -> tuple[str, ...]:
    """The parts of the folded ``word`` (:func:`clipper.searchtext.fold`) of ``language``
    (one of :data:`LINKS`), outer ones first, each once, the word itself not among them: ``()``
    for a word that is no compound.  ``compound_parts("bundesregierung", "de")`` →
    ``("bund", "regierung")``.  Cached: news text repeats its words."""
    found: list[str] = []
    pending = [(word, 0)]
    while pending:
        current, depth = pending.pop(0)
        if depth == _DEPTH or len(current) < 2 * COMPOUND_PART_LETTERS or not current.isalpha():
            continue
        split = _best_split(current, language)
        if split is None and depth == 0:
            # not a part split again: Swedish "fullmaktige" of "kommunfullmaktige" is no
            # "full" + "mäktig"
            split = _inflected_split(current, language)
        if split is None:
            continue
        for part in split:
            if part not in found:
                found.append(part)
            pending.append((part, depth + 1))
        bare = _bare_head(split[1], language)
        if bare is not None and bare not in found:
            found.append(bare)
    return tuple(found)


def _inflected_split(word: str, language: str) -> tuple[str, str] | None:
    """The two parts of ``word`` read as an inflected form of a compound the word list holds
    (``bostadsmarknaderna``, rarer than the list keeps, of ``bostadsmarknad``: ``bostad`` +
    ``marknad``): the split (:func:`_best_split`) of the longest word of the list, at least
    :data:`clipper.config.COMPOUND_PART_ZIPF` often, that ``word`` is followed by an ending
    (its letters past its Snowball stem, :func:`_stem_letters`); None where there is none, or
    it is no compound (``stillingen`` of ``stilling``), or ``word`` is itself a word of the list
    (Danish ``undersøgelse`` is no ``undersøge`` + ``lse``, of ``under`` + ``søge``)."""
    if zipf(word, language) >= COMPOUND_PART_ZIPF:
        return None  # a word of the list itself: _best_split has weighed it whole
    # the longest word of the list ``word`` opens with, found before the word is stemmed (its
    # stem only says whether that word is long enough): most words open with none
    end = next(
        (
            end
            for end in range(len(word) - 1, 2 * COMPOUND_PART_LETTERS - 1, -1)
            if zipf(word[:end], language) >= COMPOUND_PART_ZIPF
        ),
        None,
    )
    if end is None:
        return None
    # the shorter word's split first: most have none, and then the word is not stemmed
    split = _best_split(word[:end], language)
    if split is None or end < _stem_letters(word, language):
        return None
    return split


def _bare_head(head: str, language: str) -> str | None:
    """The compound's ``head`` without the definite or plural ending it carries in a language
    of :data:`ENDINGS` (``ministern`` → ``minister``, ``krisen`` → ``kris`` in Swedish,
    ``krise`` in Danish), or None where it carries none: the word left must be a word of the
    list at least :data:`clipper.config.COMPOUND_PART_ZIPF` often; of two such words the more
    frequent one is taken (Danish ``krisen`` is ``krise``'s, not ``kris``'s), and kept only
    where it is :data:`clipper.config.COMPOUND_PART_LETTERS` long, as a part must be
    (Swedish ``valet`` is ``val``'s, too short a part, not ``vale``'s; ``vila`` is no
    ``vil`` + ``a``); and not where ``head`` is a noun of its own, which the list holds with
    one of its own endings (:data:`OWN_FORMS`: ``planet``, "planet", is no ``plan`` +
    ``et``, "the plane", the list holding ``planeten``)."""
    if any(zipf(head + own, language) >= COMPOUND_PART_ZIPF for own in OWN_FORMS.get(language, ())):
        return None
    best: tuple[float, str] | None = None
    for ending in ENDINGS.get(language, ()):
        if not head.endswith(ending) or len(head) - len(ending) < 2:
            continue
        bare = head[: len(head) - len(ending)]
        bare_zipf = zipf(bare, language)
        if bare_zipf >= COMPOUND_PART_ZIPF and (best is None or bare_zipf > best[0]):
            best = (bare_zipf, bare)
    if best is None or len(best[1]) < COMPOUND_PART_LETTERS:
        return None
    return best[1]


def parts_text(words: str, language: str | None) -> str:
    """The parts of the compound words of the search text ``words`` (words separated by
    single spaces) of a page in ``language``, in order, separated by single spaces: ``""``
    where the language does not split (:func:`splitting`) or no word is a compound."""
    language = splitting(language)
    if language is None or not words:
        return ""
    least = 2 * COMPOUND_PART_LETTERS
    found: list[str] = []
    for word in dict.fromkeys(words.split(" ")):
        if len(word) >= least:
            found.extend(compound_parts(word, language))
    return " ".join(found)
