"""A word's stem as the word without its longest case ending, from a language's declension
tables, for the languages whose story terms are stemmed (:mod:`clipper.stories.stems`) but
that have no Snowball stemmer: Icelandic, Ukrainian and Slovak.

Each table lists a language's noun and adjective endings (case, number, the Icelandic suffixed
article), longest first; an ending is cut only where it leaves :data:`STEM_LETTERS` letters or
more, one a vowel ("búa" is no "bú" + "a", "Київ" no "ки" + "ів").  Verb endings are left
alone: a verb's past-tense "-ли" is a noun's "-и" after an "л" ("школи", "school's").  A
vowel's change inside the word stays (Icelandic "saga"/"sögu" are two stems), but for
Ukrainian's alternation of a closed last syllable's vowel ("Київ"/"Києва":
:func:`ukrainian_stem`).  The pinned Snowball package has no stemmer for these three; a
dictionary lemmatiser (pymorphy3's Ukrainian dictionaries, simplemma) would be a new
dependency."""

from __future__ import annotations

from collections.abc import Iterable

# What an ending must leave: this many letters, one a vowel.
STEM_LETTERS = 3


def _by_length(endings: Iterable[str]) -> tuple[str, ...]:
    """``endings`` distinct, longest first (ties in the order given)."""
    distinct = list(dict.fromkeys(endings))
    return tuple(sorted(distinct, key=len, reverse=True))


# An Icelandic noun's endings, longest first: the suffixed definite article with its case
# ("hraunið", "hrauninu", "Veðurstofunnar", "sprungunni", "íbúarnir") and the plain case and
# plural endings ("Grindavíkur", "Íslands", "íbúar", "sprungu"), from the declension tables of
# an Icelandic grammar (strong and weak nouns, the article's cases).
ICELANDIC_ENDINGS: tuple[str, ...] = (
    "unnar", "innar", "arnir", "urnar",
    "anna", "unum", "inum", "inni", "unni", "innu", "nnar",
    "inu", "ins", "inn", "nni", "nna", "ana", "una", "ina", "num", "nir", "nar",
    "ið", "in", "an", "ur", "ir", "ar", "um",
    "s", "a", "i", "u",
)  # fmt: skip
ICELANDIC_VOWELS = frozenset("aáeéiíoóuúyýæö")

# A Ukrainian noun's and adjective's endings (a grammar's declension tables: the nouns' four
# declensions in both numbers, the hard and soft adjectives).
UKRAINIAN_ENDINGS: tuple[str, ...] = _by_length((
    # adjectives (and surnames in -ський): hard and soft
    "ього", "ьому", "ого", "ому", "ими", "іми", "ий", "ій", "им", "ім", "их", "іх", "ої",
    "ьої", "ою", "ьою",
    # nouns (of "-ія": "станція", "станції", "станцією")
    "ією", "ія", "ії", "ію", "ів", "їв", "ами", "ями", "еві", "єві", "ою", "ею", "єю", "ом",
    "ем", "єм", "ам", "ям", "ах", "ях", "ей",
    "а", "я", "и", "і", "ї", "у", "ю", "о", "е", "є", "ь",
))  # fmt: skip
UKRAINIAN_VOWELS = frozenset("аеєиіїоуюя")
# The possessive suffix of names and places, cut from the stem left: "Терехов", "Терехова",
# "Тереховим"; "Харків", "Харкова", "Харкові"; "Садовий", "Садового".
UKRAINIAN_POSSESSIVE = ("ов", "ев", "єв", "ів", "їв")
# The vowels a closed last syllable alternates between (a grammar's "чергування": "Київ" /
# "Києва", "Харків" / "Харкова", "міст" / "мосту", "рік" / "року"), read as one.
_ALTERNATING = str.maketrans("іїеє", "оооо")

# A Slovak noun's and adjective's endings (the declension patterns of a grammar: chlap, hrdina,
# dub, stroj, žena, ulica, dlaň, kosť, mesto, srdce, vysvedčenie, dievča; pekný, cudzí; "-ovi",
# "-om" of names: "Vallovi", "Vallom").
SLOVAK_ENDINGS: tuple[str, ...] = _by_length((
    "iach", "iami", "ieho", "iemu", "ovia", "ovi", "ach", "ách", "ami", "iam", "ého", "ému",
    "ými", "ých", "ími", "ích", "ím", "ým", "ou", "om", "ov", "ám", "ej", "ia", "ie", "iu",
    "í", "ý", "á", "é", "a", "e", "i", "o", "u", "y",
))  # fmt: skip
SLOVAK_VOWELS = frozenset("aáäeéiíoóôuúyý")


def ending_stem(word: str, endings: tuple[str, ...], vowels: frozenset[str]) -> str:
    """``word`` (lower case) without the longest of ``endings`` (longest first) that leaves a
    stem of :data:`STEM_LETTERS` letters or more with one of ``vowels``; else itself."""
    for ending in endings:
        if word.endswith(ending):
            rest = word[: -len(ending)]
            if len(rest) >= STEM_LETTERS and not vowels.isdisjoint(rest):
                return rest
    return word


def icelandic_stem(word: str) -> str:
    """``word`` (lower case) without the longest of :data:`ICELANDIC_ENDINGS`: "hrauninu",
    "hraunið", "hraun" → "hraun"; "veðurstofunnar", "veðurstofa" → "veðurstof"."""
    return ending_stem(word, ICELANDIC_ENDINGS, ICELANDIC_VOWELS)


def slovak_stem(word: str) -> str:
    """``word`` (lower case) without the longest of :data:`SLOVAK_ENDINGS`: "Bratislave",
    "Bratislavy", "Bratislava" → "bratislav"; "mostom", "mosta" → "most"."""
    return ending_stem(word, SLOVAK_ENDINGS, SLOVAK_VOWELS)


def ukrainian_stem(word: str) -> str:
    """``word`` (lower case) without the longest of :data:`UKRAINIAN_ENDINGS`, the vowel of
    its stem's last syllable read as "о" when the syllable is closed and the vowel one of
    "і ї е є" (they alternate with "о" and "е" as the ending opens the syllable): "Київ",
    "Києва", "Києві" → "киов"; "Дніпро", "Дніпрі" → "днопр"; and without a possessive suffix
    (:data:`UKRAINIAN_POSSESSIVE`) that leaves a stem: "Харків", "Харкова", "Харкові" →
    "харк"."""
    stem = ending_stem(ending_stem(word, UKRAINIAN_ENDINGS, UKRAINIAN_VOWELS),
                       UKRAINIAN_POSSESSIVE, UKRAINIAN_VOWELS)  # fmt: skip
    at = len(stem) - 1
    while at >= 0 and stem[at] not in UKRAINIAN_VOWELS:
        at -= 1
    if 0 < at < len(stem) - 1:
        return stem[:at] + stem[at].translate(_ALTERNATING) + stem[at + 1 :]
    return stem
