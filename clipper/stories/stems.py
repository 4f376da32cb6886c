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
would move stored vectors; Martin Porter's Snowball stemmers, snowballstem.org), counted
together.  A stem weighs as the most common of the forms the text wrote it in (their
``wordfreq`` zipf values, :func:`clipper.stories.vectors._word_weights`): a stem is seldom a
word of the table, and would weigh as the rarest word; the most common form, not the rarest,
so that inflected forms of a common word ("forhandlingene" of "forhandling") weigh as common.
Lithuanian has a Snowball stemmer too; Icelandic has none, and its stem is the word without
the longest of its noun endings and suffixed articles (:data:`ICELANDIC_ENDINGS`).  Latvian is
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
    "is": "icelandic",  # no Snowball stemmer: :func:`icelandic_stem`
}

# An Icelandic noun's endings, longest first: the suffixed definite article with its case
# ("hraunið", "hrauninu", "Veðurstofunnar", "sprungunni", "íbúarnir") and the plain case and
# plural endings ("Grindavíkur", "Íslands", "íbúar", "sprungu"), from the declension tables of
# an Icelandic grammar (strong and weak nouns, the article's cases).  A vowel's umlaut inside
# the word ("saga"/"sögu") is left alone: such forms stay apart.
ICELANDIC_ENDINGS: tuple[str, ...] = (
    "unnar", "innar", "arnir", "urnar",
    "anna", "unum", "inum", "inni", "unni", "innu", "nnar",
    "inu", "ins", "inn", "nni", "nna", "ana", "una", "ina", "num", "nir", "nar",
    "ið", "in", "an", "ur", "ir", "ar", "um",
    "s", "a", "i", "u",
)  # fmt: skip
# What an ending must leave: this many letters, one a vowel ("lón" of "lóninu"; "búi" stays).
ICELANDIC_STEM_LETTERS = 3
_ICELANDIC_VOWELS = frozenset("aáeéiíoóuúyýæö")


def icelandic_stem(word: str) -> str:
    """``word`` (lower case) without the longest of :data:`ICELANDIC_ENDINGS` that leaves a stem
    of :data:`ICELANDIC_STEM_LETTERS` letters or more with a vowel: "hrauninu", "hraunið",
    "hraun" → "hraun"; "veðurstofunnar", "veðurstofa" → "veðurstof"."""
    for ending in ICELANDIC_ENDINGS:
        if word.endswith(ending):
            rest = word[: -len(ending)]
            if len(rest) >= ICELANDIC_STEM_LETTERS and not _ICELANDIC_VOWELS.isdisjoint(rest):
                return rest
    return word


@functools.cache
def _stemmer(language: str) -> Callable[[str], str]:
    """The stem of a word (lower case) in ``language`` (one of :data:`STEMMERS`)."""
    if language == "is":
        return icelandic_stem
    snowball: Any = snowballstemmer.stemmer(STEMMERS[language])  # its classes are not exported
    stem_word: Callable[[str], str] = snowball.stemWord
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
    in the text (stem → forms, in the order they came) for its weight.  Unchanged, with no
    forms, in a language not in :data:`STEMMERS`."""
    if language not in STEMMERS:
        return counts, said, {}
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


def with_heads(counts: Counter[str], language: str) -> Counter[str]:
    """``counts`` with each compound word's two parts counted beside it, as often
    (:func:`clipper.compounds.compound_parts`' outer split: ``flertallsregjering`` → flertall,
    regjering; ``forsvarsforliget`` → forsvar, forliget), in a language that writes compounds
    as one word (:data:`clipper.compounds.LINKS`): one reporter's "regjeringsforhandlingene"
    and another's "forhandlingene" with "regjeringen" share terms.  A name's and a number's
    terms are not split."""
    if splitting(language) is None:
        return counts
    out = Counter(counts)
    for term, n in counts.items():
        if term[:2] != "n:" and term[:1] != "#":
            for part in compound_parts(term, language)[:2]:
                out[part] += n
    return out
