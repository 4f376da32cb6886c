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
``Lung``).  Of the splits the best (highest mean) is taken, and each part is split again
(``Bundestagswahl`` → ``Bundestag`` + ``Wahl``, ``Bundestag`` → ``Bund`` + ``Tag``), down to
:data:`_DEPTH` levels.  ``bench/search_compounds.py`` measures misses and wrong hits on
invented, labelled words (tuned on German, confirmed on a second German set and on Dutch,
Swedish, Danish, Norwegian and Finnish).

No well-kept decompounding library covers these languages: ``compound-split`` (2020) and
``charsplit-fst`` split German (and Dutch) only, and jwordsplitter is Java and German.
"""

from __future__ import annotations

from clipper.config import COMPOUND_MARGIN, COMPOUND_PART_LETTERS, COMPOUND_PART_ZIPF
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


def _best_split(word: str, language: str) -> tuple[str, str] | None:
    """The two parts ``word`` is a compound of (the left one without its linking letters), or
    None where it is none (see the module docstring)."""
    least = COMPOUND_PART_LETTERS
    best: tuple[float, str, str] | None = None
    for at in range(least, len(word) - least + 1):
        head = word[at:]
        head_zipf = zipf(head, language)
        if head_zipf < COMPOUND_PART_ZIPF:
            continue
        left = word[:at]
        for link in ("", *LINKS[language]):
            if link and not left.endswith(link):
                continue
            modifier = left[: len(left) - len(link)]
            if len(modifier) < least:
                continue
            modifier_zipf = zipf(modifier, language)
            if modifier_zipf < COMPOUND_PART_ZIPF:
                continue
            score = (head_zipf + modifier_zipf) / 2
            if best is None or score > best[0]:
                best = (score, modifier, head)
    if best is None or best[0] <= zipf(word, language) + COMPOUND_MARGIN:
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


def _bare_head(head: str, language: str) -> str | None:
    """The compound's ``head`` without the definite or plural ending it carries in a language
    of :data:`ENDINGS` (``ministern`` → ``minister``, ``krisen`` → ``kris`` in Swedish,
    ``krise`` in Danish), or None where it carries none: the word left must be a word of the
    list at least :data:`clipper.config.COMPOUND_PART_ZIPF` often; of two such words the more
    frequent one is taken (Danish ``krisen`` is ``krise``'s, not ``kris``'s), and kept only
    where it is :data:`clipper.config.COMPOUND_PART_LETTERS` long, as a part must be
    (Swedish ``valet`` is ``val``'s, too short a part, not ``vale``'s; ``vila`` is no
    ``vil`` + ``a``)."""
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
