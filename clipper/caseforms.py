"""A word's case forms, so that its base form finds them: ``Helsinki`` finds ``Helsingissä`` and
``Helsingin``, ``Tallinn`` ``Tallinnas``, ``Vilnius`` ``Vilniuje``, ``Рига`` ``Риге``,
``Warszawa`` ``Warszawie``, ``Budapest`` ``Budapesten``, ``hükümet`` ``hükümetin``.

Finnish, Estonian, Lithuanian, Latvian, Russian, Ukrainian, Polish, Czech, Hungarian and Turkish
mark a noun's case with an ending ("in Helsinki" is ``Helsingissä``), so a news page writes a
city, a person or a ministry in a form other than the one a reader types, and a watchlist on a
city missed every story of these languages (newcomer 30, finding 2). After a page's search text
in one of these languages (its stored language) come its words' *keys* (:func:`keys_text`;
migration 0072): each word without its final vowels, and without the longest case ending of its
language's table that it ends with (:data:`clipper.caserules.RULES`) and then its final vowels,
each key written with :data:`MARK` and the language's code before it (``\\U000f0000fihelsing``)
so that a key is never a word of a text and never matches a page of another language. A query
word is keyed the same way, but as a base form (:func:`query_keys`: only the endings a base form
has, the nominative's ``-as``/``-is``/``-us`` of Lithuanian and Latvian, are taken off), once in
each of these languages that writes its letters; a term then matches as typed or by one of its keys
(:attr:`clipper.searchterms.QueryTokens.ways`).

The tables are light stemmers in the manner of Jacques Savoy's ("Light stemming approaches for
the French, Portuguese, German and Hungarian languages", 2006; Lucene's ``FinnishLightStemmer``
and ``CzechStemmer`` follow his and Dolamic's): the case endings only, no derivation, on folded
words (:func:`clipper.searchtext.fold`: ``ä`` is ``a``, ``ė`` ``e``, ``й`` ``и``). Where a case
changes the stem's own letters the key's end is written one way (:attr:`Rules.finals`): Finnish
consonant gradation (``Helsinki``/``Helsingin``: ``nk`` is ``ng``, ``Lahti``/``Lahdessa``:
``ht`` is ``hd``, ``kk`` ``k``, ``nt`` ``nn`` …, and ``-nen``/``-sen``, ``-us``/``-uksen``),
Ukrainian's ``і`` of a closed last syllable (``Харків``/``Харкова``), Czech's and Polish's
mobile ``e`` (``Plzeň``/``Plzni``, ``Liberec``/``Liberci``) and Polish ``-cie`` of ``-t``
(``uniwersytecie``). Snowball's stemmers (the pinned ``snowballstemmer``, which
:mod:`clipper.stories.stems` uses) were measured first: they give a base form and its case form
one stem for 47 of the 69 pairs of ``bench/search_case_forms.py``'s tune set in the languages
they have (Ukrainian read with Russian's; none for Latvian, which they lack;
``helsink``/``helsing``, ``tallinn``/``tallinna``, ``budapes``/``budapest``); the tables here
for all 76 (README's search section gives the figures of the sets not tuned on).  On the
``inflected`` sets' pairs of the seven languages besides Polish, Czech and Latvian
(session 37), Snowball gives the query form and the page form one stem for 50 of 70
(Ukrainian read with Russian's), the tables, the query read as a case form
(:attr:`Rules.case_queries`), for 64 of 70.

Slovak, Slovenian, Croatian, Serbian and Bosnian pages in Latin letters are keyed so too
(migration 0090: ``Bratislave``, ``Ljubljani``, ``Zagrebu``, ``Rijeci``), by tables made the
same way; ``bench/search_case_forms.py``'s ``slavic`` sets give the figures.

Greek pages are keyed so too (migration 0096: ``Εθνικής``, ``Τράπεζας``, ``επενδύσεων``), and
Indonesian and Malay pages by their words' roots instead of case endings (migration 0096:
:attr:`Rules.roots`, :mod:`clipper.malayroots`: ``pertambangan`` → ``tambang``).

Azerbaijani, Turkmen, Uzbek, Kazakh and Kyrgyz pages are keyed so too (migration 0098:
``şəbəkəsinin``, ``Türkiyənin``, ``Oʻzbekistonda``, ``Қарағандыда``), by tables in the Turkish
one's manner, and Georgian and Armenian pages by their case endings (``მილსადენის``,
``საქართველოში``, ``ավիաուղիները``); in the Turkic languages a stem's final vowel is its own
(:attr:`Rules.stem_vowels`), so a long query word's stem is cut to no shorter word
(``Türkiye`` finds no ``Türk``).  Their letters typed plainly are :mod:`clipper.plainletters`'.

Hindi, Marathi and Bengali pages are keyed so too (migration 0089: their plural and oblique
endings, Marathi's and Bengali's postpositions written onto the word: ``संगठनों``, ``सरकारच्या``,
``ঢাকায়``), by light stemmers' tables of their own (see :data:`clipper.caserules.RULES`).

English, French, Spanish, Portuguese, Italian, Catalan, German and Dutch pages are keyed by
their words' singulars instead of case endings (migration 0112: :attr:`Rules.plurals`,
:mod:`clipper.pluralforms`: ``communautés`` and ``communauté`` → ``communaute``), every word
of at least :data:`clipper.pluralforms.SINGULAR_LETTERS` letters, so that a plural query finds
the singular's page too; a query word is sought by each of its singulars' keys.

A key is at least :data:`clipper.config.CASE_KEY_LETTERS` letters long (Hindi's, Marathi's and
Bengali's :data:`clipper.config.INDIC_KEY_LETTERS`, their vowel signs not counted), and only
words of letters are keyed.
Arabic and Hebrew are not here: their attached prefixes and suffixes are
:mod:`clipper.prefixes`'."""

from __future__ import annotations

import functools
import re

from clipper.caserules import RULES, Rules, endings
from clipper.language import primary_language
from clipper.pluralforms import SINGULAR_LETTERS, singulars

# Written before a key's language code: a supplementary private-use character, a word
# character to the index (FTS5's categories ``Co``) that no text writes before letters.
MARK = "\U000f0000"
# Written in MARK's place before the key of a word whose ending only a masculine name's (or
# noun's) case forms take, or only a feminine one's (:attr:`Rules.masculine`,
# :attr:`Rules.feminine`): "Pavel" and "Pavla" are two people (cs), and so are "Aleksander" and
# "Aleksandra" (pl), "Александр" and "Александра" (ru), though their keys are one.
MASCULINE = "\U000f0001"
FEMININE = "\U000f0002"
# Written before the key of a base form in a neuter noun's ending (:attr:`Rules.neuter_base`:
# Ukrainian "місто", "city"), and beside MASCULINE before the key of a form whose ending a
# neuter noun's forms take too ("містом"): "міст", "bridge", a masculine base, and "місто" are
# two words, though their keys are one; the neuter's plural genitive "міст" is sought as the
# bridge (session 45).
NEUTER = "\U000f0003"
# Every mark a key's index word starts with (clipper.backends.postgresql leaves these words
# out of what its stemmers read).
KEY_MARKS = (MARK, MASCULINE, FEMININE, NEUTER)


# Turkish writes a proper name's case suffix after an apostrophe (Türk Dil Kurumu, "Yazım
# Kılavuzu", the apostrophe's first rule: "Ankara'da", "Erdoğan'ın", "İmamoğlu'nu"), which the
# index reads as two words ("ankara da"): a name of three letters or more, then one of these
# suffixes (folded: genitive, accusative, dative, locative, ablative, instrumental, each in
# its vowel-harmony and buffer-consonant forms).
_TURKISH_SUFFIXED = re.compile("([a-z]{3,})'([a-z]{1,4})")
TURKISH_NAME_SUFFIXES = frozenset(
    endings(
        "in un nin nun i u yi yu ni nu a e ya ye na ne da de ta te nda nde "
        "dan den tan ten ndan nden la le yla yle"
    )
)


def suffixed_name(folded: str, languages: frozenset[str] | None = None) -> str | None:
    """The name of a folded Turkish query word written with a case suffix after its
    apostrophe (:data:`TURKISH_NAME_SUFFIXES`): ``suffixed_name("erdogan'in")`` →
    ``"erdogan"``, so that ``Erdoğan'ın`` finds ``Erdoğan`` and ``Erdoğan'a``; None for any
    other word (``o'neill``, ``kenya's``) and where ``languages`` (an archive's, None for
    every one) lacks Turkish."""
    if languages is not None and "tr" not in languages:
        return None
    found = _TURKISH_SUFFIXED.fullmatch(folded)
    if found is None or found[2] not in TURKISH_NAME_SUFFIXES:
        return None
    return found[1]


def _key(stem: str, rules: Rules) -> str | None:
    """``stem`` without its final vowels (:attr:`Rules.final_vowels` at most), its end written
    one way (:attr:`Rules.finals`); None when fewer than :attr:`Rules.key_letters` letters are
    left (its :attr:`Rules.signs` not counted)."""
    bare = stem.rstrip(rules.vowels)
    if rules.final_vowels and len(stem) - len(bare) > rules.final_vowels:
        bare = stem[: len(stem) - rules.final_vowels]
    stem = bare
    for _ in range(2):
        for ending, written in rules.finals:
            if stem.endswith(ending):
                stem = stem[: len(stem) - len(ending)] + written
                break
        else:
            break
    return stem if _long_enough(stem, rules) else None


def _long_enough(stem: str, rules: Rules) -> bool:
    """Whether ``stem`` has at least :attr:`Rules.key_letters` letters (its
    :attr:`Rules.signs` not counted)."""
    letters = len(stem) - len(rules.signs.findall(stem)) if rules.signs else len(stem)
    return letters >= rules.key_letters


def _stem_keys(stem: str, ending: str, rules: Rules) -> tuple[str | None, ...]:
    """The keys of ``stem``, a word without ``ending``: :func:`_key`, but where a stem's
    final vowel is its own (:attr:`Rules.stem_vowels`) a stem ending in a vowel before an
    ending starting with a consonant keeps it (``turkiye`` of ``turkiyenin``, ``gence`` of
    ``gencede``), so that the key reaches no shorter word (``turk``, ``genc``), and is keyed
    without it as well where the vowel may be a possessive's (:attr:`Rules.possessive`:
    ``bakanligi`` and ``bakanlik`` of ``bakanliginda``), and the stem without a plural it ends
    with, after a letter that takes it, keyed so too (:attr:`Rules.plural_suffixes`: ``кеништер``
    and ``кениш`` of ``кеништеринин``, ``доллар`` alone of ``долларга``), a stem of a letter
    more than a key's fewest left; None for a key too short."""
    found = _own_stem_keys(stem, ending, rules)
    # a plural left before the case ending (Rules.plural_suffixes): "кеништер" of "кеништеринин" is
    # keyed "кениш" as well, as "кеніш" is sought
    for plural, before in rules.plural_suffixes:
        bare = stem[: len(stem) - len(plural)]
        # (a letter more than a key needs: a loan in -тор, "доктор", "сектор", is no plural of
        # "док", "сек"; "директор" still reads as "дирек"'s)
        if stem.endswith(plural) and bare[-1:] in tuple(before) and _long_enough(bare[1:], rules):
            found += _own_stem_keys(bare, plural, rules)
            break
    return found


def _own_stem_keys(stem: str, ending: str, rules: Rules) -> tuple[str | None, ...]:
    """:func:`_stem_keys` of ``stem`` without the key of a plural it ends with."""
    if rules.stem_vowels and stem[-1:] in tuple(rules.vowels) and ending[:1] not in rules.vowels:
        kept = stem if _long_enough(stem, rules) else None
        if ending in rules.possessive and stem[-1] in rules.possessive_vowels:
            return (kept, _key(stem, rules))
        return (kept,)
    return (_key(stem, rules),)


def _endings_of(word: str, rules: Rules) -> tuple[str, ...]:
    """The ending the folded ``word`` is read with: the longest of :attr:`Rules.endings` it
    ends with, and where that starts with a buffer (:attr:`Rules.buffers`) the ending without
    it as well, when it is one: Kazakh ``облысында`` is ``облы-сында`` or ``облыс-ында``,
    Azerbaijani ``şəbəkəsinin`` ``şəbəkə-sinin`` or ``şəbəkəs-inin`` (a stem of either
    shape); an ending with a buffer is read only after a vowel (``Antalya`` is no
    ``Antal-ya``: the next ending it ends with is sought); ``()`` for none."""
    for ending in rules.endings:
        if not word.endswith(ending):
            continue
        if ending[0] not in rules.buffers:
            return (ending,)
        # a buffer follows a vowel only: Turkish "Antalya" is no "Antal-ya"
        before = word[len(word) - len(ending) - 1 : len(word) - len(ending)]
        readings = ((ending,) if before and before in rules.vowels else ()) + (
            (ending[1:],) if ending[1:] in rules.endings else ()
        )
        if readings:
            return readings
    return ()


def _voiced(word: str, rules: Rules) -> bool:
    """Whether the folded ``word`` ends in a vowel after a consonant voiced before it
    (:attr:`Rules.finals`: Turkish ``valiliğe``, ``kitabı``): the vowel is a case's, not the
    stem's own."""
    stem = word.rstrip(rules.vowels)
    return stem != word and any(stem.endswith(voiced) for voiced, _ in rules.finals)


def _vowel_word_key(word: str, rules: Rules) -> str | None:
    """The folded ``word`` as a key of its own where it ends in a vowel and a stem's final
    vowel is its own (:attr:`Rules.stem_vowels`): the key its forms are given (``hastane`` of
    ``hastaneye``, :func:`_stem_keys`); else None."""
    if rules.stem_vowels and word[-1:] in tuple(rules.vowels) and _long_enough(word, rules):
        return word
    return None


def _typed(word: str, rules: Rules) -> str:
    """The folded ``word`` with the letters its language's writers type as others written
    as typed (:attr:`Rules.typed`: Kazakh ``і`` as ``и``)."""
    for letter, written in rules.typed:
        if letter in word:
            word = word.replace(letter, written)
    return word


@functools.lru_cache(maxsize=1 << 17)
def word_keys(word: str, language: str) -> tuple[str, ...]:
    """The keys of the folded ``word`` of a page in ``language`` (one of :data:`RULES`): the
    word, and the word without the longest case ending of the language it ends with
    (:attr:`Rules.endings`, longest first), each without its final vowels (:func:`_key`), each
    once, but not the word itself (``Tusk`` is found as
    written) unless the language's queries are read as case forms (:attr:`Rules.case_queries`:
    Polish ``bank`` is keyed ``bank``, which ``bankiem`` is sought by); ``()`` for a word of
    other letters.
    ``word_keys("helsingissa", "fi")`` → ``("helsingiss", "helsing")``.  Cached: news text
    repeats its words."""
    rules = RULES[language]
    if rules.letters.fullmatch(word) is None:
        return ()
    if rules.roots:
        return _root_keys(word, language, rules)
    if rules.plurals:
        return _singular_keys(word, language)
    word = _typed(word, rules)
    found = [_key(word, rules), _vowel_word_key(word, rules)]
    for ending in _endings_of(word, rules):
        found.extend(_stem_keys(word[: len(word) - len(ending)], ending, rules))
    for ending, stem_end in rules.swaps:
        if word.endswith(ending):
            found.append(_key(word[: len(word) - len(ending)] + stem_end, rules))
    # a key that is the word itself is found as the word is (a query's own word), but where a
    # query is read as a case form (Rules.case_queries) its key is the word itself for the
    # queries of its other forms: "bankiem" finds "bank" by it
    return tuple(
        dict.fromkeys(
            key for key in found if key is not None and (key != word or rules.case_queries)
        )
    )


def _root_keys(word: str, language: str, rules: Rules) -> tuple[str, ...]:
    """The key of a page's folded ``word`` in a language keyed by roots
    (:attr:`Rules.roots`): its root (:func:`clipper.malayroots.root`) when that is another
    word of at least :attr:`Rules.key_letters` letters, else none (a root is found as written)."""
    from clipper.malayroots import root

    found = root(word, language)
    return (found,) if found != word and len(found) >= rules.key_letters else ()


def _singular_keys(word: str, language: str) -> tuple[str, ...]:
    """The keys of a folded ``word`` of a page or query in a language keyed by singulars
    (:attr:`Rules.plurals`): its singulars (:func:`clipper.pluralforms.singulars`, the word
    itself where it is its own), each of at least :data:`clipper.pluralforms.SINGULAR_LETTERS`
    letters: ``communautes`` and ``communaute`` are both keyed ``communaute``; ``()`` for a
    shorter word (``news``, ``bus``: found as written)."""
    return tuple(found for found in singulars(word, language) if len(found) >= SINGULAR_LETTERS)


def base_key(word: str, language: str) -> str | None:
    """The key of the folded ``word`` read as a base form in ``language`` (one of
    :data:`RULES`): without the longest of the language's base endings it ends with
    (:attr:`Rules.base`), then as :func:`_key`; None for a word of other letters or too short.
    In a language keyed by roots (:attr:`Rules.roots`) the word is its root first:
    ``base_key("pertambangan", "id")`` → ``"tambang"``.
    Where a stem's final vowel is its own (:attr:`Rules.stem_vowels`), a word ending in a
    vowel is its own key: ``base_key("gence", "az")`` → ``"gence"``.
    ``base_key("vilnius", "lt")`` → ``"viln"``, ``base_key("helsinki", "fi")`` → ``"helsing"``."""
    rules = RULES[language]
    if rules.letters.fullmatch(word) is None:
        return None
    if rules.plurals:
        # its first singular (clipper.pluralforms): "padres" is "padr" or "padre"
        return next(iter(_singular_keys(word, language)), None)
    if rules.roots:
        from clipper.malayroots import root

        word = root(word, language)
    word = _typed(word, rules)
    if (own := _vowel_word_key(word, rules)) is not None and not _voiced(word, rules):
        return own  # its final vowel is its own (Rules.stem_vowels): "gence", not "genc"
    for ending in sorted(rules.base, key=len, reverse=True):
        if word.endswith(ending) and len(word) - len(ending) >= rules.key_letters:
            word = word[: len(word) - len(ending)]
            break
    return _key(word, rules)


def token(key: str, language: str, mark: str = MARK) -> str:
    """The index word of ``key`` of ``language``: ``mark`` (one of :data:`KEY_MARKS`), the
    code, the key."""
    return f"{mark}{language}{key}"


def key_letters(index_word: str) -> str:
    """The key of an index word :func:`token` wrote (its mark and code taken off: every code
    of :data:`RULES` is two letters)."""
    return index_word[3:]


def _neuter_base(word: str, rules: Rules) -> bool:
    """Whether the folded ``word`` ends as a neuter noun's base form (``rules.neuter_base``:
    ``město``), not as a case ending that ends so (Czech ``-ého``, Russian ``-ого``)."""
    return (
        bool(rules.neuter_base)
        and word.endswith(rules.neuter_base)
        and not word.endswith(rules.endings)
    )


def gender_marks(word: str, rules: Rules) -> tuple[str, ...]:
    """The marks of the keys of the folded page ``word`` (:class:`Rules`' gender):
    :data:`MASCULINE` when it ends with one of ``rules.masculine`` (and :data:`NEUTER` beside
    it, a neuter noun's form too: ``městem``), or in no vowel and no case ending (a masculine
    base form: ``pavel``); :data:`FEMININE` when it ends with one of ``rules.feminine``;
    :data:`NEUTER` when with one of ``rules.neuter_base`` (``město``); else :data:`MARK`
    (``pavla``: Pavel's genitive or Pavla herself)."""
    if not rules.masculine:
        return (MARK,)
    if word.endswith(rules.masculine):
        return (MASCULINE, NEUTER) if rules.neuter_base else (MASCULINE,)
    if word.endswith(rules.feminine):
        return (FEMININE,)
    if _neuter_base(word, rules):
        return (NEUTER,)
    if word[-1] not in rules.vowels and not word.endswith(rules.endings):
        return (MASCULINE,)
    return (MARK,)


def query_marks(word: str, rules: Rules) -> tuple[str, ...]:
    """The marks of the keys the folded query ``word`` (a base form) is sought by: its plain
    key, and its feminine key when it ends with one of ``rules.feminine_base`` (``pavla``),
    its masculine key when it ends in no vowel (``pavel``), its feminine and neuter keys when
    it ends with one of ``rules.neuter_base`` (``město``: not a masculine base's, ``měst``),
    every mark otherwise (``policie``)."""
    if not rules.masculine:
        return (MARK,)
    if word.endswith(rules.feminine_base):
        return (MARK, FEMININE)
    if word[-1] not in rules.vowels:
        return (MARK, MASCULINE)
    if _neuter_base(word, rules):
        return (MARK, FEMININE, NEUTER)
    return KEY_MARKS


@functools.lru_cache(maxsize=1 << 17)
def page_tokens(word: str, language: str) -> tuple[str, ...]:
    """The index words of the keys of the folded ``word`` of a page in ``language`` (one of
    :data:`RULES`): :func:`word_keys`, each marked as :func:`gender_marks` says."""
    keys = word_keys(word, language)
    if not keys:
        return ()
    marks = gender_marks(word, RULES[language])
    return tuple(token(key, language, mark) for key in keys for mark in marks)


def keyed(language: str | None) -> str | None:
    """The language of :data:`RULES` a page of the stored ``language`` tag is keyed in, or
    None."""
    primary = primary_language(language)
    return primary if primary in RULES else None


def keys_text(words: str, language: str | None) -> str:
    """The index words of the keys of the search text ``words`` (words separated by single
    spaces) of a page in ``language``, each once, in the order they come: ``""`` for a page of
    a language without case endings here (:func:`keyed`)."""
    language = keyed(language)
    if language is None or not words:
        return ""
    found: dict[str, None] = {}
    for word in dict.fromkeys(words.split(" ")):
        found.update(dict.fromkeys(page_tokens(word, language)))
    return " ".join(found)


def case_stems(word: str, language: str) -> tuple[tuple[str, str], ...]:
    """The folded query ``word`` read as a case form of ``language`` (one of :data:`RULES`):
    each ``(stem, ending)`` it can be, the stem at least
    :data:`clipper.config.CASE_KEY_LETTERS` letters: the word without a swap's ending with its
    stem letters put back (:attr:`Rules.swaps`), then without the longest case ending it ends
    with (:attr:`Rules.endings`), and without it less its buffer letter
    (:func:`_endings_of`), each once; ``()`` for a word of other letters or ending in
    none, and in a language whose queries are not read so (:attr:`Rules.case_queries`).
    ``case_stems("bankiem", "pl")`` → ``(("bank", "iem"),)``; Turkish ``ordunun`` is ``ordu``'s
    genitive, ``limanda`` ``liman``'s locative: ``case_stems("ordunun", "tr")`` →
    ``(("ordun", "nun"), ("ordu", "nun"), ("ordun", "un"))``."""
    rules = RULES[language]
    if not rules.case_queries or rules.letters.fullmatch(word) is None:
        return ()
    word = _typed(word, rules)
    found: list[tuple[str, str]] = []
    for ending, stem_end in rules.swaps:
        if word.endswith(ending) and len(word) - len(ending) + len(stem_end) >= rules.key_letters:
            found.append((word[: len(word) - len(ending)] + stem_end, ending))
            break
    for ending in _endings_of(word, rules):
        if len(word) - len(ending) >= rules.key_letters:
            found.append((word[: len(word) - len(ending)], ending))
    return tuple(dict.fromkeys(found))


def case_stem(word: str, language: str) -> tuple[str, str] | None:
    """The first reading :func:`case_stems` gives of the folded query ``word`` in
    ``language``, or None.  ``case_stem("nadwislanskiego", "pl")`` →
    ``("nadwislanski", "ego")``."""
    found = case_stems(word, language)
    return found[0] if found else None


def case_marks(ending: str, rules: Rules) -> tuple[str, ...]:
    """The marks of the keys a query word read as a case form with ``ending`` is sought by
    (:class:`Rules`' gender): its plain key, and its masculine key for an ending only a
    masculine word's forms take (``bankiem``), its feminine key for one only a feminine
    word's take (``polskiej``), both for any other (``nadwislanskiego``)."""
    if not rules.masculine:
        return (MARK,)
    if ending in rules.masculine:
        # and a neuter's (a form of "місто" or of a name in -о: "містом", "Павлові")
        return (MARK, MASCULINE, NEUTER) if rules.neuter_base else (MARK, MASCULINE)
    if ending in rules.feminine:
        return (MARK, FEMININE)
    return KEY_MARKS


@functools.lru_cache(maxsize=1 << 12)
def query_keys(word: str, languages: frozenset[str] | None = None) -> tuple[str, ...]:
    """The index words a query word (folded) matches besides itself: its key as a base form
    (:func:`base_key`) in each language of :data:`RULES` that writes its letters, of
    ``languages`` only when given (those the archive holds pages of:
    :func:`clipper.caselanguages.archive_languages`; a key of another language matches
    nothing there), with each mark :func:`query_marks` gives (one, or two or three in a
    language that tells masculine and feminine names apart); and the key of its stem read as
    a case form (:func:`case_stems`: ``bankiem``, ``Nadwiślańskiego`` find ``banku``,
    ``Nadwiślański``), with each mark :func:`case_marks` gives."""
    found: list[str] = []
    for language, rules in RULES.items():
        if languages is not None and language not in languages:
            continue
        if rules.plurals:
            # a singular and its plural share a key: "commandes" finds "commande"
            found.extend(token(key, language) for key in word_keys(word, language))
            continue
        key = base_key(word, language)
        if key is not None:
            found.extend(token(key, language, mark) for mark in query_marks(word, rules))
        for stem, ending in case_stems(word, language):
            for stem_key in _stem_keys(stem, ending, rules):
                if stem_key is not None:
                    found.extend(
                        token(stem_key, language, mark) for mark in case_marks(ending, rules)
                    )
    return tuple(dict.fromkeys(found))
