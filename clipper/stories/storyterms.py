"""An article's story terms as its language reads them: names opening a sentence without a
function word at their start, a long name as its last words, a joined name as its initials
(:mod:`clipper.stories.tokens` gives the terms; :mod:`clipper.stories.vectors` weighs and hashes
them)."""

from __future__ import annotations

import functools
import re
from collections import Counter

import numpy as np

from clipper.language import SAMPLE_CHARS, identify
from clipper.spelling import accents_folded
from clipper.stories import weights
from clipper.stories.termweights import FUNCTION_WORD_ZIPF, _zipfs
from clipper.stories.tokens import (
    ELIDED,
    JOINED_ARTICLES,
    NAME_JOINERS,
    NOUNS_CAPITALISED,
    SYLLABLE_SPACED,
    noun_capital_terms,
    sentence_terms,
    syllable_terms,
    terms,
    unjoined_terms,
)

# In a language of :data:`NOUNS_CAPITALISED` a name of more words is read as its last this many:
# its writer's nouns and titles run before a person's or an institution's name as capitals
# ("Ungarns Ministerpräsident Viktor Orbán", "Bundeskanzler Friedrich Merz", "Polens
# Regierungschef Donald Tusk"), so two reporters' runs for one person hardly ever matched ("Der
# Ungar Viktor Orbán"), and each weighed as a rare word in both vectors against their link.
NAME_TAIL = 2

# Languages whose names are read as their last :data:`NAME_TAIL` words too: German and
# Luxembourgish (:data:`NOUNS_CAPITALISED`), and the Nordic, Finnic and Baltic languages, which
# write a title in lower case before a name and no article before the title, so a sentence that
# opens with the person opens with the title, capitalised ("Statsminister Jonas Gahr Støre sa",
# "Pääministeri Petteri Orpo kertoi") where another sentence or reporter wrote "statsminister
# Jonas Gahr Støre" or "Gahr Støre": names no other reporter wrote, each weighed as a rare word.
# (Nynorsk is read as Bokmål, :data:`clipper.stories.termweights._LISTED_AS`; Estonian, whose
# function words only are listed, is not: :mod:`clipper.stories.functionwords`.)
NAME_TAILED = NOUNS_CAPITALISED | frozenset({"nb", "da", "sv", "is", "fi", "lt", "lv"})


def _trimmed_names(
    found: list[str], language: str, lowered: frozenset[str] = frozenset()
) -> list[str]:
    """``found`` (terms, names opening a sentence prefixed ``n^``:
    :func:`clipper.stories.tokens._sentence_terms`) as terms in ``language``, one whose stop words
    are not left out of its terms (all but English): a name opening a sentence without its first
    word where that is a function word of the language (zipf :data:`FUNCTION_WORD_ZIPF` or more).
    German writes every noun capitalised, so a sentence's "Der Autobauer", "Die Aktie", "Im
    Frühjahr" ran as names, each weighted as a rare word (``name_weight``) and specific to one
    writer's phrasing.  A name left with one word is no name (its word is a term already).  In
    a language of :data:`NAME_TAILED`, a name of more than :data:`NAME_TAIL` words is its last
    :data:`NAME_TAIL` ("Ungarns Ministerpräsident Viktor Orbán": "viktor orbán"; "Statsminister
    Jonas Gahr Støre": "gahr støre"), and a name of two words opening a sentence whose first word
    the article writes in lower case too (``lowered``: "Pääministeri Orpo kertoi …" where it
    writes "pääministeri Orpo" elsewhere) is the title and a surname, no name: its words are
    terms, as another reporter's "Petteri Orpo" has them.  A hyphenated word's parts are terms
    too ("Lumen-Rückruf": lumen, rückruf)."""
    openers = [term[2:].split(" ", 1)[0] for term in found if term[:2] == "n^"]
    function = iter(
        (
            _zipfs(np.fromiter(map(weights.lookup_key, openers), np.uint64, len(openers)), language)
            >= FUNCTION_WORD_ZIPF
        ).tolist()
        if openers
        else ()
    )
    tails = language in NAME_TAILED
    out: list[str] = []
    append = out.append
    for term in found:
        if term[:2] == "n^":
            words = term[2:].split(" ")
            if next(function):
                words = words[1:]
            if tails and len(words) == NAME_TAIL and words[0] in lowered:
                continue  # "Pääministeri Orpo": a title and a surname
            if len(words) >= 2:
                append("n:" + " ".join(words[-NAME_TAIL:] if tails else words))
        elif tails and term[:2] == "n:" and term.count(" ") >= NAME_TAIL:
            append("n:" + " ".join(term[2:].split(" ")[-NAME_TAIL:]))
        else:
            append(term)
            if "-" in term and term[0] not in "#n":  # "lumen-rückruf": lumen, rückruf
                out.extend(part for part in term.split("-") if len(part) > 1)
    return out


def _story_terms(
    text: str, language: str, joins: bool = True, lowered: frozenset[str] | None = None
) -> list[str]:
    """The terms of ``text`` for a story vector in ``language`` (:func:`terms`; outside English
    as :func:`_trimmed_names` reads them).  ``joins``: whether capitalised runs joined by "de",
    "of" ... are names too (:data:`clipper.stories.tokens.NAME_JOINERS`; never in a language of
    :data:`NOUNS_CAPITALISED`).  ``lowered``: the words the article writes in lower case
    (:func:`lowered_words`; those of ``text`` when not given)."""
    if language == "en":
        return terms(text) if joins else unjoined_terms(text)
    if language in SYLLABLE_SPACED:
        return syllable_terms(text)
    if language in NAME_TAILED and lowered is None:
        lowered = lowered_words(text)
    found = noun_capital_terms(text) if language in NOUNS_CAPITALISED or not joins else None
    if found is None:
        found = sentence_terms(text)
    return _trimmed_names(found, language, lowered or frozenset())


_WORD_RUN = re.compile(r"\w+")


def lowered_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case (their first letter), as written."""
    return frozenset(w for w in _WORD_RUN.findall(text) if w[0].islower())


def guessed_language(text: str) -> str:
    """py3langid's best language for the opening of ``text`` (:func:`clipper.language.identify`),
    however unsure: a page reaches the story stage without a language when the cleaner was not
    sure of one (a short or mixed text, a page stored before languages were identified).  The
    identifier's model loads on first use."""
    return identify(text[:SAMPLE_CHARS])[0]


def abbreviated(counts: Counter[str]) -> Counter[str]:
    """``counts`` (term → count) with each name joined by a connecting word counted as its
    initials (:func:`initials`: "n:misión de observación electoral" → "moe"), the word an
    initialism written in the text is ("MOE" → "moe"): one reporter's "MOE" and another's
    "Misión de Observación Electoral" share a term, and two reporters who both write the name
    share one term, as they did.  The initials stand for the name, not beside it: a term
    beside each name ("Lindsey Graham" → "lg", every name of two capitalised words or more)
    took a share of each vector's weight that no initialism met (same-story-pairs: cosines 3 %
    lower on average, 3 same-story pairs under the bar; bench/story_margins.py), and both
    terms made two events that name one institution closer.  A name is looked at after the
    site's names are left out (a site named "Diario de la Costa Norte" is no "dcn")."""
    found = [(term, letters) for term in counts if term[:2] == "n:" if (letters := initials(term))]
    for term, letters in found:
        counts[letters] += counts.pop(term)
    return counts


# Initials a name's initialism has: "MOE", "RBI", "TCU" (two, "CE" of "Consejo de Estado" or
# "Corte Electoral", are too many institutions'); a longer joined name is a headline in Title
# Case more often than an institution ("Court of Appeals Rejects Governor Kemp Bid").
INITIALS = (3, 5)


@functools.lru_cache(maxsize=100_000)
def initials(name: str) -> str:
    """The initials of the ``n:`` name ``name`` when it is joined by a connecting word
    (:data:`NAME_JOINERS`, or elided: "Conseil d'État"), lower case without accents, else "":
    each word's first letter and each hyphenated part's, an elided joiner's word's, the joiners
    and their articles left out ("Misión de Observación Electoral": moe, "Organización de las
    Naciones Unidas": onu, "Reserve Bank of India": rbi); "" too when they are fewer or more
    than :data:`INITIALS`."""
    letters: list[str] = []
    joined = False
    for word in name[2:].split(" "):
        if word in NAME_JOINERS or word in JOINED_ARTICLES:
            joined = True
            continue
        elided = ELIDED.match(word)
        if elided is not None:
            joined = True
            word = word[elided.end() - 1 :]
        letters.extend(part[:1] for part in word.split("-") if part)
    if not joined or not INITIALS[0] <= len(letters) <= INITIALS[1]:
        return ""
    return accents_folded("".join(letters))
