"""Query words as index words: a user's query word or phrase (:mod:`clipper.searchquery`'s
terms) as the words, stems, spellings and keys the full-text index holds for it
(:class:`QueryTokens`), folded and split exactly as :mod:`clipper.searchtext` reads a page, so
a term finds the page's words whichever way each was written (see that module for how a page
is read).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from clipper.caseforms import query_keys, suffixed_name
from clipper.digraphia import PAGE as LATIN_PAGE
from clipper.digraphia import SOUGHT_LANGUAGES, UZBEK, UZBEK_PAGE, query_latin, query_uzbek
from clipper.englishspelling import PAGE as ENGLISH_PAGE
from clipper.englishspelling import query_way as english_way
from clipper.gershayim import marks_joined, unprefixed
from clipper.koreanwords import headed_noun, query_bounds, query_noun
from clipper.orthography import query_respelled
from clipper.plainletters import joined_query
from clipper.prefixes import query_stem
from clipper.scripts import persian_affixes_half_spaced
from clipper.searchamounts import may_write_amount, query_amount
from clipper.searchnumbers import joined_number
from clipper.searchtext import Unit, fold, index_tokens, units
from clipper.spelling import GEMINATE_DOT
from clipper.tonemarks import query_key as toned_query_key
from clipper.umlauts import HAS_LETTER, respelled

__all__ = ["QueryTokens", "half_spaced_ways", "hebrew_ways", "query_tokens"]


# A period between the two l of a geminated l, inside a query word (GEMINATE_DOT's shape)
_GEMINATE_PERIOD = re.compile(GEMINATE_DOT.pattern.replace("\u00b7", "\\."))


@dataclass(frozen=True, slots=True)
class QueryTokens:
    """A query word or phrase as index words; ``prefix``: the last one is a prefix;
    ``stemmed``: the same words without their attached prefixes (:func:`clipper.prefixes.stem`;
    a prefix as typed), or a Turkish name without the case suffix after its apostrophe
    (:func:`clipper.caseforms.suffixed_name`: ``Erdoğan'ın``'s ``erdogan``), or a Korean word
    without its particle or verb's ending (:func:`clipper.koreanwords.query_noun`:
    ``서울시가``'s ``서울 울시``), a
    second way the term matches, when that differs (else empty);
    ``bounds``, ``stemmed_bounds``: what a page must also hold for the words as typed, or
    stemmed, to be its Korean words, not pieces of longer ones, each a choice of keys
    (:func:`clipper.koreanwords.query_bounds`; else empty);
    ``spelled``: the words with ``ä ö ü`` written ``ae oe ue``
    (:func:`clipper.umlauts.respelled`) and Portuguese words spelled as the 1990 Agreement
    spells them (:func:`clipper.orthography.query_respelled`), when the term holds one, or a
    grouped number joined (:func:`clipper.searchnumbers.joined_number`: ``2,400``'s ``2400``)
    (else empty); ``keys``: a
    one-word term's keys as a base form (:func:`clipper.caseforms.query_keys`), each an
    index word the term also matches (else empty); ``exact``: an exact-case term as typed
    (``=Total``'s ``Total``, :mod:`clipper.casematch`), which a snippet marks only where a
    text writes it so (else empty); ``respaced``: the term's Persian half-spaces written
    another way a text writes them (:func:`half_spaced_ways`: ``کیانی‌پور`` as ``کیانی پور``,
    ``می شود`` as ``میشود``), each a way it matches (else empty); ``amount``: the key of
    the amount a term that is one amount writes (:func:`clipper.searchamounts.query_amount`:
    ``Rs 1,200``'s, which ``₹1,200`` and ``Rs1200`` hold too), else empty; ``toned``: the
    key of a one-word term typed with Vietnamese marks (:func:`clipper.tonemarks.query_key`:
    ``tỷ``'s), which a Vietnamese page (one holding :data:`clipper.tonemarks.PAGE`) is matched
    by instead of :attr:`conditions`, which match only a page not holding it (``tỷ`` finds no
    ``công ty`` there, and ``ty`` on a page of another language as before), else empty;
    ``latin``: a term in Serbian, Montenegrin or Macedonian Cyrillic letters in Latin ones
    (:func:`clipper.digraphia.query_latin`: ``Србије``'s ``srbije``), the words a Serbian page
    is indexed in (either script), matched on a page holding :data:`clipper.digraphia.PAGE`
    only (a Serbian, Montenegrin, Bosnian, Macedonian or Croatian page: ``мост`` finds no
    Czech ``most``), else empty; ``uzbek``: a term in Uzbek Cyrillic letters in Uzbek Latin
    ones (:func:`clipper.digraphia.query_uzbek`: ``Тошкент``'s ``toshkent``), matched on a
    page holding :data:`clipper.digraphia.UZBEK_PAGE` only (an Uzbek page, read in Latin
    letters whatever its script), else empty; ``english``: a term holding a word written the
    British way in American spellings (:func:`clipper.englishspelling.query_way`:
    ``recapitalisation``'s ``recapitalization``), matched on a page holding
    :data:`clipper.englishspelling.PAGE` only (an English page, which holds its own British
    words so spelled too: ``colour`` finds no Spanish ``color``), else empty."""

    tokens: tuple[str, ...]
    prefix: bool
    stemmed: tuple[str, ...] = ()
    spelled: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()
    exact: str = ""
    bounds: tuple[tuple[str, ...], ...] = ()
    stemmed_bounds: tuple[tuple[str, ...], ...] = ()
    respaced: tuple[tuple[str, ...], ...] = ()
    amount: str = ""
    toned: str = ""
    latin: tuple[str, ...] = ()
    uzbek: tuple[str, ...] = ()
    english: tuple[str, ...] = ()

    @property
    def conditions(self) -> tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...]:
        """Each way the term matches (:attr:`ways`, in order) with what a page must hold beside
        it, each a choice of index words (the Korean words' bounds: :attr:`bounds` for the
        words as typed or spelled, :attr:`stemmed_bounds` for them stemmed; none for a key or
        a half-space spelling).  An amount whose words start with its number (``₹1,200``,
        ``20%``, ``$5m``, ``₦500 million``: a symbol is no word) is sought by its key alone:
        ``$2,026`` finds no year 2026, and ``₦500 million`` no ``TSh2,500 million`` (whose
        words hold ``500 million``), ``$5m`` no ``A$2.5m``."""
        if self.amount and (not self.tokens or self.tokens[0][:1].isdigit()):
            return (((self.amount,), ()),)
        found: list[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]] = [
            (self.tokens, self.bounds)
        ]
        if self.stemmed:
            found.append((self.stemmed, self.stemmed_bounds))
        if self.spelled:
            found.append((self.spelled, self.bounds))
        if self.latin:
            # on a Serbian-family page only (clipper.digraphia.PAGE)
            found.append((self.latin, ((LATIN_PAGE,),)))
        if self.uzbek:
            # on an Uzbek page only (clipper.digraphia.UZBEK_PAGE)
            found.append((self.uzbek, ((UZBEK_PAGE,),)))
        if self.english:
            # on an English page only (clipper.englishspelling.PAGE)
            found.append((self.english, ((ENGLISH_PAGE,),)))
        found.extend((way, ()) for way in self.respaced)
        found.extend(((key,), ()) for key in self.keys)
        if self.amount:
            found.append(((self.amount,), ()))
        return tuple(found)

    @property
    def ways(self) -> tuple[tuple[str, ...], ...]:
        """The word sequences the term matches: as typed, then stemmed where that differs,
        then with ``ä ö ü`` spelled ``ae oe ue`` where the term holds one
        (:mod:`clipper.umlauts`: ``Brüssel`` finds a page writing ``Bruessel``), then in
        Latin letters where it is Serbian or Macedonian Cyrillic (:attr:`latin`), in Uzbek
        Latin letters where it is Uzbek Cyrillic (:attr:`uzbek`), in American spellings where
        it holds a British one (:attr:`english`), then each
        of a one-word term's keys (:mod:`clipper.caseforms`: ``Helsinki`` finds
        ``Helsingissä``), then its amount's key (:mod:`clipper.searchamounts`); an amount
        whose words are its number's, its key alone (:attr:`conditions`' ways)."""
        return tuple(way for way, _ in self.conditions)

    @property
    def written_ways(self) -> tuple[tuple[str, ...], ...]:
        """:attr:`ways` but the keys: the word sequences a text's own words can be (a snippet
        looks for these; a key is no word of a text)."""
        ways = (self.tokens, self.stemmed) if self.stemmed else (self.tokens,)
        ways = (*ways, self.spelled) if self.spelled else ways
        ways = (*ways, self.latin) if self.latin else ways
        ways = (*ways, self.uzbek) if self.uzbek else ways
        ways = (*ways, self.english) if self.english else ways
        return (*ways, *self.respaced) if self.respaced else ways


def query_tokens(
    value: str,
    prefix: bool = False,
    case_languages: frozenset[str] | None = None,
    latin_pages: bool = False,
) -> QueryTokens:
    """Index words for a query word or phrase (see the module docstring for CJK).  A period
    typed for Catalan's punt volat (``col.lectiu``, as keyboards without ``·`` write it) reads
    as the dot: one word, ``collectiu``.  A one-word term's keys are those of the languages
    ``case_languages`` (the archive's: :func:`clipper.caselanguages.archive_languages`), of
    every language of :data:`clipper.caseforms.RULES` when None.  A term in Serbian,
    Montenegrin or Macedonian Cyrillic letters is sought in Latin letters too
    (:attr:`QueryTokens.latin`) where the archive holds a page read so (``case_languages``
    holds one of :data:`clipper.digraphia.SOUGHT_LANGUAGES`) or ``latin_pages`` says the page
    at hand is one (a digest's page holding :data:`clipper.digraphia.PAGE`); a term in Uzbek
    Cyrillic letters in Uzbek Latin ones too (:attr:`QueryTokens.uzbek`) where
    ``case_languages`` is None or holds Uzbek."""
    # a number with its currency or unit, sought by its key too: "Rs1200" finds "₹1,200" (a
    # CJK unit ending it is no prefix: "3,000円")
    amount = (query_amount(value) or "") if not prefix and may_write_amount(value) else ""
    typed_prefix = prefix
    if "." in value:
        value = _GEMINATE_PERIOD.sub("\u200d", value)
    items = units(value)
    tokens = index_tokens(items, close_last_run=False)
    # A query ending in a lone CJK character matches any word starting with it.
    if (
        items
        and items[-1].cjk
        and not items[-1].joined
        and (len(items) == 1 or not items[-2].cjk or items[-2].end != items[-1].start)
    ):
        prefix = True
    # a word's stem unless a function word (clipper.prefixes.query_stem: "מאת" is no "את")
    stemmed = [query_stem(token) for token in (tokens[:-1] if prefix else tokens)]
    if prefix and tokens:
        stemmed.append(tokens[-1])
    spelled: tuple[str, ...] = ()
    if not value.isascii() and HAS_LETTER.search(value) is not None:
        spelled = tuple(index_tokens(units(respelled(value)), close_last_run=False))
    # a Portuguese word spelled before the 1990 Agreement, sought spelled after it too:
    # "acção" finds "ação" (clipper.orthography; an English word such as "director" as typed)
    typed = spelled or tuple(tokens)
    agreed = tuple(query_respelled(token) for token in typed)
    if agreed != typed:
        spelled = agreed
    # a grouped number, sought joined too: "2,400" finds "2400" (clipper.searchnumbers)
    if not spelled and (digits := joined_number(value)) is not None:
        spelled = (digits,)
    # a word's case forms, one word not a prefix: "Helsinki" finds "Helsingissä"
    keys = (
        query_keys(tokens[0], case_languages)
        if len(tokens) == 1 and not prefix and not items[0].cjk
        else ()
    )
    # a word typed with Vietnamese marks is sought by them on a Vietnamese page: "tỷ" finds
    # no "công ty" there (clipper.tonemarks)
    toned = (
        toned_query_key(value[items[0].start : items[0].end], case_languages)
        if len(tokens) == 1 and not prefix and not items[0].cjk and not value.isascii()
        else ""
    )
    # a Turkish name with its case suffix after an apostrophe ("Erdoğan'ın", read as two
    # words) is sought as the name and by its Turkish keys: it finds "Erdoğan", "Erdoğan'a"
    name = suffixed_name(fold(value), case_languages) if len(tokens) == 2 and not prefix else None
    if name is not None:
        stemmed, keys = [name], query_keys(name, frozenset({"tr"}))
    # an Uzbek word typed with the apostrophe of oʻ or gʻ ("Oʻzbekistonda", read as two
    # words) is sought joined and by its Uzbek keys: it finds "Ozbekiston", "Oʻzbekiston"
    # (clipper.plainletters; its page's words run joined too)
    joined = joined_query(fold(value), case_languages) if len(tokens) == 2 and not prefix else None
    if joined is not None:
        stemmed, keys = [joined], query_keys(joined, frozenset({"uz"}))
    # a Korean word with its particle ("서울시가", "서울시의"), plural or verb's ending
    # ("체포된") is sought as its noun too (clipper.koreanwords.query_noun): it finds
    # "서울시는" and "서울시"
    korean = query_noun(fold(value)) if not prefix and not value.isascii() else None
    stemmed_bounds: tuple[tuple[str, ...], ...] = ()
    if korean is not None:
        stemmed = index_tokens(units(korean), close_last_run=False)
        stemmed_bounds = query_bounds([korean], False)
    # a name or acronym in Latin letters or digits with a Korean tail ("SK하이닉스는",
    # "HBM을", "K팝의", read as two words) is sought as the name with its tail's noun
    # (clipper.koreanwords.headed_noun): "sk 하이 이닉 닉스", "hbm", "k 팝" (a prefix, as "K팝"
    # typed is); a tail that was a particle starts no word: "HBM을" is no prefix
    headed = (
        None if korean is not None or typed_prefix or value.isascii() else headed_noun(fold(value))
    )
    if headed is not None:
        noun_items = units(headed)
        stemmed = index_tokens(noun_items, close_last_run=False)
        runs = _hangul_runs(noun_items)
        prefix = bool(runs) and len(runs[-1]) == 1 and noun_items[-1].cjk
        stemmed_bounds = query_bounds(runs, prefix)
    # its Korean words must be words of the page, not pieces of longer ones
    # (clipper.koreanwords: "국문" finds no "국문과")
    bounds = query_bounds(_hangul_runs(items), prefix) if items and not value.isascii() else ()
    # a term in Serbian, Montenegrin or Macedonian Cyrillic, sought in Latin letters too on
    # the pages read in Latin letters (clipper.digraphia: a Serbian page's either script):
    # "Србије" finds "Srbije" and "Србије", and so do its case forms' keys in Serbian and
    # Bosnian, which no page of another language holds
    latin: tuple[str, ...] = ()
    if (
        (
            latin_pages
            or (case_languages is not None and not case_languages.isdisjoint(SOUGHT_LANGUAGES))
        )
        and not value.isascii()
        and (cyrillic := query_latin(value)) is not None
    ):
        latin = tuple(index_tokens(units(cyrillic), close_last_run=False))
        if latin == tuple(tokens):
            latin = ()
        elif len(latin) == 1 and not prefix:
            # keyed in the languages whose pages it is sought on only: "Рига" (Russian) is no
            # Finnish "riga"'s form (a Croatian "Rigu" is the city's)
            latin_languages = (
                SOUGHT_LANGUAGES if case_languages is None else case_languages & SOUGHT_LANGUAGES
            )
            keys = tuple(dict.fromkeys((*keys, *query_keys(latin[0], latin_languages))))
    # a term in Uzbek Cyrillic, sought in Uzbek Latin letters too on Uzbek pages (read in
    # Latin letters whatever their script: clipper.digraphia): "Тошкент" finds "Toshkent",
    # "Тошкентда" its Uzbek keys, in an archive holding Uzbek pages
    uzbek: tuple[str, ...] = ()
    if (
        (case_languages is None or UZBEK in case_languages)
        and not value.isascii()
        and (uzbek_letters := query_uzbek(value)) is not None
    ):
        uzbek = tuple(index_tokens(units(uzbek_letters), close_last_run=False))
        joined_letters = _UZBEK_APOSTROPHE.sub("", fold(uzbek_letters))
        if len(uzbek) > 1 and " " not in joined_letters and joined_letters.isalpha():
            # "Ўзбекистон", "Қарағанди" are "Oʻzbekiston", "Qaragʻandi": sought joined, as
            # their page holds them too (clipper.plainletters.page_spelled)
            uzbek = (joined_letters,)
        if uzbek == tuple(tokens):
            uzbek = ()
        elif len(uzbek) == 1 and not prefix:
            keys = tuple(dict.fromkeys((*keys, *query_keys(uzbek[0], frozenset({UZBEK})))))
    # a term holding a British spelling, sought in the American one too on English pages
    # (clipper.englishspelling: "recapitalisation" finds "recapitalization", "colour" no
    # Spanish "color")
    english = english_way(tuple(tokens)) if not prefix or len(tokens) > 1 else ()
    return QueryTokens(
        tuple(tokens),
        prefix,
        () if stemmed == tokens else tuple(stemmed),
        spelled,
        keys,
        bounds=bounds,
        stemmed_bounds=stemmed_bounds if stemmed != tokens else (),
        respaced=half_spaced_ways(value, tuple(tokens)) + hebrew_ways(value, tuple(tokens)),
        amount=amount,
        toned=toned,
        latin=latin,
        uzbek=uzbek,
        english=english,
    )


# The apostrophe of Uzbek's oʻ and gʻ in folded Latin letters (clipper.digraphia.uzbek_latin
# writes ʻ, which folds to ')
_UZBEK_APOSTROPHE = re.compile("(?<=[og])'(?=[a-z])")


def _hangul_runs(items: Sequence[Unit]) -> list[str]:
    """The runs of Hangul syllables among a query's ``items`` (adjacent ones: a space parts
    them, as it parts a page's words), each as one string."""
    runs: list[str] = []
    previous: Unit | None = None
    for item in items:
        hangul = item.cjk and len(item.value) == 1 and "\uac00" <= item.value <= "\ud7a3"
        if not hangul:
            previous = None
            continue
        if previous is not None and item.start == previous.end:
            runs[-1] += item.value
        else:
            runs.append(item.value)
        previous = item
    return runs


def hebrew_ways(value: str, tokens: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The index words of a query term ``value`` (its words ``tokens``) as a Hebrew text may
    write it, where that differs: its abbreviations without their gershayim and geresh
    (:func:`clipper.gershayim.marks_joined`: ``צה"ל`` as ``צהל``, ``בצה"ל`` as ``בצהל`` and
    ``צהל``), which a page writing them so holds, and a page writing them with the marks holds
    after its words; and without a Hebrew prefix joined by a hyphen to a Latin word or a
    number (:func:`clipper.gershayim.unprefixed`: ``ה-IDE`` as ``IDE``)."""
    if value.isascii():
        return ()
    ways: list[tuple[str, ...]] = []
    if (joined := marks_joined(value)) is not None:
        way = tuple(index_tokens(units(joined), close_last_run=False))
        ways += [way, tuple(query_stem(word) for word in way)]
    if (bare := unprefixed(value)) is not None:
        ways.append(tuple(index_tokens(units(bare), close_last_run=False)))
    return tuple(dict.fromkeys(way for way in ways if way and way != tokens))


def half_spaced_ways(value: str, tokens: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The index words of a query term ``value`` (its words ``tokens``) with its Persian
    half-spaces written as a text may write them, where that differs: a half-space typed in
    it (``کیانی‌پور``, ``حمل‌ونقل``) as a space, as a page typed on a keyboard without one
    writes it (``کیانی پور``: the words ``کیانی`` ``پور``); a space before or after one of
    Persian's affixes (``می شود``, :func:`clipper.scripts.persian_affixes_half_spaced`) as
    nothing, as a page writing them joined does (``میشود``).  A page holding the half-space
    is indexed both ways already (:func:`clipper.spelling.half_space_spellings`)."""
    if value.isascii():
        return ()
    ways: list[tuple[str, ...]] = []
    if "\u200c" in value:
        ways.append(tuple(index_tokens(units(value.replace("\u200c", " ")), close_last_run=False)))
    spaced = persian_affixes_half_spaced(value)
    if spaced != value:
        ways.append(tuple(index_tokens(units(spaced), close_last_run=False)))
    return tuple(dict.fromkeys(way for way in ways if way and way != tokens))
