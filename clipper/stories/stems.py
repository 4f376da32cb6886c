"""Story terms of an inflecting language as their stems: ``Helsingissä``, ``Helsingin`` and
``Helsingistä`` are one term (``helsing``), ``forsvarsforlig`` and ``forsvarsforliget`` one
(``forsvarsfor``), ``regjeringen`` and ``regjering`` one.

Finnish and Estonian mark a noun's case with an ending (fifteen cases in Finnish: "in
Helsinki" is ``Helsingissä``, "of Helsinki" ``Helsingin``), and the Nordic languages put the
definite article after the noun (Danish ``forliget``, "the settlement"; Norwegian
``regjeringen``, "the government") and inflect plurals (``partiet``, ``partiene``,
``partier``).  Two reporters of one event then wrote its words in other forms as often as in
the same ones, and a story vector's terms were its words as written: a second reporter's own
account of a Norwegian, Danish or Finnish event shared a third of its words' forms with the
wire's report and stayed its own story (newcomer 30, finding 4: 0 of 3 joined).

Each word term, and each word of a name (``n:helen sähköverkon`` → ``n:helen sähköverko``),
becomes its Snowball stem (the ``snowballstemmer`` package, pinned: a new version's stems
would move stored vectors; Martin Porter's Snowball stemmers, snowballstem.org; compiled where
the pinned ``PyStemmer`` is installed, with the same stems: tests/test_snowball_backends.py),
counted together.  A stem weighs as the most common of the forms the text wrote it in (their
``wordfreq`` zipf values, :func:`clipper.stories.termweights._word_weights`): a stem is seldom a
word of the table, and would weigh as the rarest word; the most common form, not the rarest,
so that inflected forms of a common word ("forhandlingene" of "forhandling") weigh as common.
Polish, Czech, Russian and Lithuanian have Snowball stemmers too: their nouns and names change
form with their case ("Zełenski", "Zełenskiego", "Zełenskim"; "Praha", "Prahy"), and a
follow-up's account of a Polish or Russian event shared few of its words' forms with the
first report (newcomer 40, finding 9).  So has Serbo-Croatian (Croatian, Serbian, Bosnian and
Montenegrin, one story language: newcomer 47a's Croatian report of a Serbian event shared
"kredita", "banke" with their "kreditu", "bankom" only by stem).  Icelandic, Ukrainian and
Slovak have none: their stem is the word without the longest of its case endings
(:mod:`clipper.stories.endings`, a grammar's declension tables; "Київ", "Києва", "Києві" one
term).  The search's case keys
(:mod:`clipper.caseforms`) are several a word, for a query to meet a page's forms: its most cut
key as a word's one term gave "Київ"/"Києва", "Харків"/"Харкова" and "Орлов"/"Орлова" two terms
(9 of tests/test_story_inflected.py's 13 sets of Slavic forms one term; these stems 13).
Korean and the Turkic languages (Turkish, Azerbaijani, Turkmen, Uzbek, Kazakh, Kyrgyz) are
read as search reads them (:mod:`clipper.stories.agglutinative`): a Korean noun without its
particle ("삼성전자가", "삼성전자의" → "삼성전자"), a Turkic word as the shortest of its case
keys ("hükümetin", "hükümete" → "hukumet").  Hebrew and Arabic words are read without the
prefixes and suffixes written onto them, as search reads them (:mod:`clipper.stories.prefixed`:
"ושטבע", "בטבע" → "טבע").  Latvian is
left as written: Lucene's light Latvian stemmer (the ``LatvianStemmer`` package) joined a second
reporter's account to its story but also every other event of the same airport that day
(invented fixtures; README Known limits).  Numbers (``#``) and a language without a stemmer here
are left as they were."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from typing import Any

import snowballstemmer

from clipper.compounds import compound_parts, splitting
from clipper.englishspelling import american
from clipper.paragraphs import word_memo
from clipper.stories.accents import folded_term
from clipper.stories.agglutinative import TURKIC, korean_stem, turkic_stem
from clipper.stories.endings import (
    STEM_LETTERS,
    icelandic_stem,
    slovak_stem,
    ukrainian_stem,
)
from clipper.stories.prefixed import PREFIXED, prefixed_stem
from clipper.stories.tokens import fold
from clipper.umlauts import SPELLING_LANGUAGES

# clipper's stored language code → its Snowball stemmer (clipper.language.STORED_AS: Norwegian
# is stored "nb"; Nynorsk is stemmed as Bokmål, their endings alike: "regjeringa"/"regjeringen").
STEMMERS: dict[str, str] = {
    "fi": "finnish",
    "et": "estonian",
    "nb": "norwegian",
    "nn": "norwegian",
    "no": "norwegian",
    "da": "danish",
    "sv": "swedish",
    "lt": "lithuanian",
    "pl": "polish",
    "cs": "czech",  # :func:`_czech_stem`
    "ru": "russian",  # :func:`_russian_stem`
    # Croatian, Serbian, Bosnian, Montenegrin (one story language, clipper.stories.termweights
    # .STORY_LANGUAGES): Snowball's Serbian stemmer reads Cyrillic as Latin and ijekavian as
    # ekavian endings ("posljednjem", "poslednjem", "последњем" → "posledn")
    "sh": "serbian",
    # no Snowball stemmer: the word without its case ending (clipper.stories.endings)
    "is": "icelandic",
    "uk": "ukrainian",
    "sk": "slovak",
    # a noun without its particle or case suffix as search reads it (clipper.stories
    # .agglutinative): Korean's particles, the Turkic languages' case keys
    "ko": "korean",
    **{code: "turkic" for code in TURKIC},
    # a word without its attached prefixes and suffixes as search reads it (clipper.stories
    # .prefixed): Hebrew's and Arabic's
    **{code: "prefixed" for code in PREFIXED},
}
# The languages of :data:`STEMMERS` stemmed by their endings' tables (clipper.stories.endings),
# and by search's readings of a particle or case suffix (clipper.stories.agglutinative).
_BY_ENDINGS: dict[str, Callable[[str], str]] = {
    "is": icelandic_stem,
    "uk": ukrainian_stem,
    "sk": slovak_stem,
    "ko": korean_stem,
    **{code: functools.partial(turkic_stem, language=code) for code in TURKIC},
    **dict.fromkeys(PREFIXED, prefixed_stem),
}
# A Russian name's and place's possessive suffix ("Кудрявцев", "Кудрявцева"; "Ростов",
# "Ростова"), which Snowball cuts from the nominative only (its noun endings "-ов", "-ев").
_RUSSIAN_POSSESSIVE = ("ов", "ев", "ёв")
_RUSSIAN_VOWELS = frozenset("аеёиоуыэюя")


def _russian_stem(snowball: Callable[[str], str], word: str) -> str:
    """The Snowball stem of a Russian ``word`` without a possessive "-ов", "-ев" or "-ёв"
    (:data:`_RUSSIAN_POSSESSIVE`), which Snowball cuts from the nominative only:
    "Кудрявцев" and "Кудрявцева" are "кудрявц", "Николаев" and "Николаеву" "никола".  A stem
    left shorter than :data:`clipper.stories.endings.STEM_LETTERS` letters is the word
    itself ("Киев", which Snowball cuts to "ки", is "киев", as "Киева" and "Киеве" are)."""
    root = snowball(word)
    if len(root) < STEM_LETTERS:
        return word
    rest = root[:-2]
    if (root.endswith(_RUSSIAN_POSSESSIVE) and len(rest) >= STEM_LETTERS
            and not _RUSSIAN_VOWELS.isdisjoint(rest)):  # fmt: skip
        return rest
    return root


# A Czech stem's last consonant as Snowball's palatalisation reads it when it cuts a case ending
# ("Olomouce", "Olomouci" → "olomouk"; "ruce" → "ruk"), and as the hard consonant the dative and
# locative soften ("Praze" of "Praha", "Odře" of "Odra"), read so where no ending was cut too.
_CZECH_HARD = {"c": "k", "z": "h", "ř": "r"}


def _czech_stem(snowball: Callable[[str], str], word: str) -> str:
    """The Snowball stem of a Czech ``word``, its last consonant hard (:data:`_CZECH_HARD`):
    "Olomouc", "Olomouce", "Olomouci" are "olomouk"; "Praha", "Praze" "prah"."""
    root = snowball(word)
    hard = _CZECH_HARD.get(root[-1:])
    return root[:-1] + hard if hard else root


@functools.cache
def _stemmer(language: str) -> Callable[[str], str]:
    """The stem of a word (lower case) in ``language`` (one of :data:`STEMMERS`)."""
    if language in _BY_ENDINGS:
        return _BY_ENDINGS[language]
    snowball: Any = snowballstemmer.stemmer(STEMMERS[language])  # its classes are not exported
    stem_word: Callable[[str], str] = snowball.stemWord
    if language == "ru":
        return functools.partial(_russian_stem, stem_word)
    if language == "cs":
        return functools.partial(_czech_stem, stem_word)
    return stem_word


@functools.lru_cache(maxsize=200_000)
def stem(term: str, language: str) -> str:
    """The stemmed form of the story term ``term`` in ``language`` (one of :data:`STEMMERS`):
    a word's stem, a name's (``n:``) each word's, a number (``#``) itself."""
    if term[:1] == "#":
        return term
    stemmer = _stemmer(language)
    if term[:2] == "n:":
        return "n:" + " ".join(map(stemmer, term[2:].split(" ")))
    return stemmer(term)


def stemmed(
    counts: Counter[str], said: Counter[str] | None, language: str
) -> tuple[Counter[str], Counter[str] | None, dict[str, list[str]]]:
    """``counts`` and ``said`` (term → count; the quoted statements' share,
    :mod:`clipper.statements`) with the terms of ``language`` (a stored language code) as
    their stems (:func:`stem`), the counts of one stem summed; and each stemmed word's forms
    in the text (stem → forms, in the order they came) for its weight.  In a language not in
    :data:`STEMMERS` the terms are kept as written, with no forms, and a compound's parts
    counted beside it in one that writes compounds as one word (:func:`with_heads`: German's
    and Dutch's, "Regierungskrise" beside "Krise der Regierung"); an English text's words written
    the British way in their American spellings (:func:`american_terms`)."""
    if language == "en":
        # no stems, but a word written the British way in its American spelling
        # (clipper.englishspelling: "recapitalisation" is "recapitalization", "colour" "color"),
        # weighed as the forms the text wrote ("promise", read "promize", as "promise")
        spelled, respelled = american_terms(counts)
        said = with_heads(american_terms(said)[0], language) if said is not None else None
        return with_heads(spelled, language), said, respelled
    if language not in STEMMERS:
        # German and Dutch: no stems, but a compound's parts beside it (with_heads)
        if said is not None:
            said = with_heads(said, language)
        return with_heads(counts, language), said, {}
    out: Counter[str] = Counter()
    forms: dict[str, list[str]] = {}
    for term, n in with_heads(counts, language).items():
        root = stem(term, language)
        out[root] += n
        if root != term and term[:2] != "n:":
            forms.setdefault(root, []).append(term)
    if said is not None:
        quoted: Counter[str] = Counter()
        for term, n in with_heads(said, language).items():
            quoted[stem(term, language)] += n
        said = quoted
    return out, said, forms


def american_terms(counts: Counter[str]) -> tuple[Counter[str], dict[str, list[str]]]:
    """``counts`` (term → count) of an English text with each word term written the British
    way in its American spelling (:func:`clipper.englishspelling.american`), the counts of one
    spelling summed, and each word of a name (``n:labour party`` → ``n:labor party``); and
    each respelled word's forms in the text (spelling → forms), which it weighs as
    (:func:`stemmed`'s forms: ``promise``, read ``promize``, no rare word).  ``counts`` itself
    when no term is respelled (session 52, newcomer 51a)."""
    out: Counter[str] = Counter()
    forms: dict[str, list[str]] = {}
    for term, n in counts.items():
        if term[:2] == "n:":
            spelled = "n:" + " ".join(american(word) or word for word in term[2:].split(" "))
        else:
            spelled = american(term) or term
            if spelled != term:
                forms.setdefault(spelled, []).append(term)
        out[spelled] += n
    return (out, forms) if out.keys() != counts.keys() else (counts, forms)


def with_heads(counts: Counter[str], language: str) -> Counter[str]:
    """``counts`` with each compound word's two parts counted beside it, as often
    (:func:`clipper.compounds.compound_parts`' outer split: ``flertallsregjering`` → flertall,
    regjering; ``forsvarsforliget`` → forsvar, forliget), in a language that writes compounds
    as one word (:data:`clipper.compounds.LINKS`): one reporter's "regjeringsforhandlingene"
    and another's "forhandlingene" with "regjeringen" share terms, and so do a German
    "Regierungskrise" and "Krise der Regierung".  A term is split folded as its vector hashes
    it (:func:`clipper.stories.accents.folded_term`, in German and Luxembourgish the umlauts'
    spellings too: "Grenzübergang" and "Grenzuebergang" as ``grenzubergang``), and a part the
    text writes as a term of its own is counted as that term.  A name's and a number's terms
    are not split."""
    split_in = splitting(language)
    if split_in is None:
        return counts
    spelled = language in SPELLING_LANGUAGES
    # a part the text also writes is counted as that term (one entry however it is spelled:
    # "Straße" and "Landesstraße"'s part "strasse" weigh as "Strasse" and its part do)
    written: dict[str, str] = {}
    for term in counts:
        written.setdefault(folded_term(term, spelled), term)
    out = Counter(counts)
    for term, n in counts.items():
        if term[:2] != "n:" and term[:1] != "#":
            for part in term_parts(folded_term(term, spelled), split_in):
                out[written.get(folded_term(part, spelled), part)] += n
    return out


@word_memo(1 << 16)
def term_parts(term: str, language: str) -> tuple[str, ...]:
    """The two outer parts of the folded story ``term`` of ``language`` (one of
    :data:`clipper.compounds.LINKS`), each as a story term reads it
    (:func:`clipper.stories.tokens.fold`), or ``()``.  A term is a word with a final "s" folded
    away (a plural's), and so is a compound whose head ends in one: "Strompreis",
    "Krankenhaus", "kabinetscrisis" are the terms ``stromprei``, ``krankenhau``,
    ``kabinetscrisi``, which split only with their "s" (``strom`` + ``preis``, the part read as
    the term ``prei`` of a lone "Preis").  Cached (:func:`clipper.paragraphs.word_memo`): a
    page's pieces and passages count their terms apart (:func:`with_heads` ~42 calls and this
    ~340 a page on bench/speed.py's HTML pages), and a night repeats its words."""
    parts = compound_parts(term, language)[:2]
    if not parts and term[-1:] != "s":
        parts = compound_parts(term + "s", language)[:2]
    return tuple(dict.fromkeys(map(fold, parts)))
