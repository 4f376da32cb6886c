"""What a story term's word weighs: ``8 − zipf`` (at least 0.5), its zipf from its language's
word table (:mod:`clipper.stories.weights`: wordfreq's list; :mod:`clipper.stories.functionwords`:
the function words of a language wordfreq has no list for), the language a text is weighed in,
and which words are its function words (see the package docstring for the method)."""

from __future__ import annotations

import math
import re

import numpy as np
import numpy.typing as npt

from clipper.stories import functionwords, weights
from clipper.stories.accents import folded_term, folded_terms

# wordfreq frequencies are zipf values (log10 per billion words): 8 is above any word's.
_ZIPF_CEILING = 8.0
_MIN_WORD_WEIGHT = 0.5


def _primary(code: str | None) -> str:
    """The primary subtag of a language code, lower-case ("en-GB" → "en"); "en" for none."""
    return (code or "en").split("-")[0].split("_")[0].lower() or "en"


# Languages whose pages share one story language (one term space and one word table): the
# standards of Serbo-Croatian (Croatian, Serbian, Bosnian, Montenegrin), one news space whose
# outlets run one another's reports, as wordfreq's one list for them, "sh" (wordfreq answers
# "sr", "hr" and "bs" with its nearest match, "sh"; its Serbian words are in Latin letters, as
# the fold writes a Serbian page's Cyrillic: clipper.stories.vectors.vectorize).  Newcomer
# 47a: the Croatian report of an event was its own story beside the Serbian and Bosnian ones.
# Decided before the function-word languages (:func:`_language`): Croatian is weighed by
# wordfreq's Serbo-Croatian list, not by stopwords-iso's Croatian function words.
SERBO_CROATIAN = "sh"
STORY_LANGUAGES = dict.fromkeys(("sr", "hr", "bs", "me", "cnr"), SERBO_CROATIAN)


def story_language(code: str | None) -> str:
    """The story language of a page in ``code`` (a language tag, or None: English): its
    primary subtag, or the one language it shares stories with (:data:`STORY_LANGUAGES`:
    ``sr-Latn`` → ``sh``, ``hr`` → ``sh``)."""
    base = _primary(code)
    return STORY_LANGUAGES.get(base, base)


# A language wordfreq lists under another code of it (its own nearest match: Tagalog as Filipino,
# Nynorsk as Bokmål, "no" as the "nb" clipper stores).
_LISTED_AS = {"tl": "fil", "nn": "nb", "no": "nb"}


def weighed_as(code: str | None) -> str:
    """The code whose word table would weigh an article of ``code`` (a language tag, or None:
    English): its story language (:func:`story_language`: Croatian, Serbian, Bosnian and
    Montenegrin as wordfreq's Serbo-Croatian ``sh``), under the code wordfreq lists it by
    (:data:`_LISTED_AS`: ``tl`` → ``fil``, ``no`` → ``nb``)."""
    base = story_language(code)
    return _LISTED_AS.get(base, base)


def _language(code: str | None) -> str:
    """The language an article of ``code`` is read and weighed in: :func:`weighed_as` where
    wordfreq lists it or stopwords-iso lists its function words
    (:mod:`clipper.stories.functionwords`), else English."""
    base = weighed_as(code)
    return base if base in weights.languages() or base in functionwords.languages() else "en"


def _table(language: str) -> weights.WeightTable:
    """The word table of ``language`` (one :func:`_language` gives): wordfreq's, or its
    function words' (:func:`clipper.stories.functionwords.table`)."""
    if language in functionwords.languages():
        return functionwords.table(language)
    return weights.table(language)


_PARTS = re.compile(r"[-' ]")


# Each combined word's zipf a process, per language (:func:`_compound_zipfs`).
_COMPOUND: dict[str, dict[str, float]] = {}
_COMPOUND_LIMIT = 100_000


def _compound_zipfs(words: list[str], language: str) -> list[float]:
    """zipf of each of ``words`` (folded story terms) not in the table that ``wordfreq`` splits
    into tokens (at hyphens, at apostrophes as in "o'hara", and at the space of a syllable
    bigram, "hà nội"): its parts combined (1/f = Σ 1/fᵢ, the last part's plural counting as in
    :func:`word_weight`); 0 if a part is unknown.  The parts of the words not kept
    (:data:`_COMPOUND`) are looked up in the table at once, not a word at a time."""
    known = _COMPOUND.setdefault(language, {})
    if len(known) > _COMPOUND_LIMIT:
        known.clear()
    missing = [word for word in dict.fromkeys(words) if word not in known]
    if missing:
        parts = [_PARTS.split(word) for word in missing]
        flat = [part for split in parts for part in split]
        keys = np.fromiter(map(weights.lookup_key, flat), np.uint64, len(flat))
        table = _table(language)
        # each word's parts but its last as the list spells them, its last with its plural
        last = np.zeros(len(flat), np.bool_)
        last[np.cumsum([len(split) for split in parts]) - 1] = True
        found = np.where(last, table.find(keys), table.find(keys, merged=False)).tolist()
        at = 0
        for word, split in zip(missing, parts, strict=True):
            zipfs = found[at : at + len(split)]
            at += len(split)
            known[word] = _combined_zipf(zipfs)
    return [known[word] for word in words]


def _combined_zipf(zipfs: list[float]) -> float:
    """The zipf of a word of parts of ``zipfs``, as ``wordfreq`` combines a phrase's tokens
    (1/f = Σ 1/fᵢ, rounded as it rounds a frequency); 0 if a part is unknown (0)."""
    if not all(zipfs):
        return 0.0
    freq = 1.0 / sum(10 ** -(z - 9) for z in zipfs)
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(freq, 10) + 9, 2)


# Each word's zipf a process, per language (a night's words recur: a look-up in the table of
# hundreds of thousands of words, ~2 % of a worker's CPU on one-day records, becomes a dict's).
_ZIPF: dict[str, dict[int, float]] = {}
_ZIPF_LIMIT = 200_000


def _zipfs(keys: npt.NDArray[np.uint64], language: str) -> npt.NDArray[np.float64]:
    """``_table(language).find(keys)``, each key's answer kept (:data:`_ZIPF`): the same
    values and dtype."""
    table = _table(language)
    known = _ZIPF.setdefault(language, {})
    if len(known) > _ZIPF_LIMIT:
        known.clear()
    listed = keys.tolist()
    found = list(map(known.get, listed))
    if None in found:
        missing = [i for i, zipf in enumerate(found) if zipf is None]
        for i, zipf in zip(missing, table.find(keys[missing]).tolist(), strict=True):
            found[i] = known[listed[i]] = zipf
    return np.array(found, dtype=table.find(keys[:0]).dtype)


def _language_zipfs(
    words: list[str], keys: npt.NDArray[np.uint64], language: str, umlauts_spelled: bool
) -> npt.NDArray[np.float64]:
    """zipf of each of ``words`` (looked up by ``keys``) in ``language``'s table, a hyphenated
    word's or a syllable bigram's combined from its parts' (:func:`_compound_zipfs`, the word
    folded as its key: ``umlauts_spelled`` as :func:`clipper.stories.accents.folded_term`)."""
    zipfs = _zipfs(keys, language)
    joined = [
        i for i in np.flatnonzero(zipfs == 0.0).tolist()
        if "-" in words[i] or "'" in words[i] or " " in words[i]
    ]  # fmt: skip
    if joined:
        zipfs[joined] = _compound_zipfs(
            folded_terms([words[i] for i in joined], umlauts_spelled), language
        )
    return zipfs


def _word_weights(
    words: list[str],
    keys: npt.NDArray[np.uint64],
    languages: tuple[str, ...],
    umlauts_spelled: bool = False,
) -> npt.NDArray[np.float64]:
    """``8 − zipf`` of each word (at least 0.5), zipf the highest of its values in the tables
    of ``languages`` (one language's, or a text of no stated language's: :func:`weighed_in`);
    ``umlauts_spelled``: the keys fold umlauts' spellings
    (:func:`clipper.stories.vectors._term_infos`)."""
    zipfs = _language_zipfs(words, keys, languages[0], umlauts_spelled)
    for language in languages[1:]:
        zipfs = np.maximum(zipfs, _language_zipfs(words, keys, language, umlauts_spelled))
    return np.maximum(_MIN_WORD_WEIGHT, _ZIPF_CEILING - zipfs)


# A word this frequent in its language (zipf) is a function word: an article, a preposition.
FUNCTION_WORD_ZIPF = 6.0


def _function_words(found: list[str], language: str, spelled: bool) -> list[bool]:
    """Whether each of ``found`` (words as :func:`clipper.words.words` spells them) is a
    function word of ``language`` (zipf :data:`FUNCTION_WORD_ZIPF` or more in its table, the
    word folded as a story term): never a template's fill
    (:func:`clipper.stories.instances.recurring_names`)."""
    if not found:
        return []
    keys = np.fromiter(
        (weights.lookup_key(folded_term(w, spelled)) for w in found), np.uint64, len(found)
    )
    return (_zipfs(keys, language) >= FUNCTION_WORD_ZIPF).tolist()


def weighed_in(language: str | None, guess: str | None) -> tuple[str, ...]:
    """The languages whose word tables weigh the words of a text in ``language``
    (:func:`_word_weights`): its own (English's for one without a table; English's and its
    function words' for one whose function words only are listed:
    :mod:`clipper.stories.functionwords`); for a text of no stated language, English's and its
    guessed one's (``guess``: :func:`clipper.stories.storyterms.guessed_language`), a word
    weighing as the more common of the two.  Such a text was weighed as English alone,
    so a German or French text's function words ("und", "der", "les"), rare or unknown in
    English, weighed as rare words: two unrelated German pages read so sat at cosine 0.17 on
    average (178 of fundus-news-pages' 4,851 German pairs over the bar, 1 read as German).
    The guess alone is not trusted, nor English dropped: the cleaner was not sure, and an
    English text's words weigh as before either way."""
    if language is not None or guess is None:
        own = _language(language)
        return ("en", own) if own in functionwords.languages() else (own,)
    guessed = _language(guess)
    return ("en",) if guessed == "en" else ("en", guessed)


def _stem_weights(
    words: list[str],
    weight: npt.NDArray[np.float64],
    forms: dict[str, list[str]],
    tables: tuple[str, ...],
) -> npt.NDArray[np.float64]:
    """``weight`` (of ``words``, each a stem or a word as written) with each stem of
    ``forms`` weighing as the lightest of itself and its forms as written (the most common in
    the tables of ``tables``: :func:`clipper.stories.stems.stemmed`)."""
    at = [i for i, word in enumerate(words) if word in forms]
    if not at:
        return weight
    written = [form for i in at for form in forms[words[i]]]
    keys = np.fromiter(map(weights.lookup_key, written), np.uint64, len(written))
    # each stem's forms weighed in one look-up, the lightest of each stem's run of them
    starts = np.cumsum([0] + [len(forms[words[i]]) for i in at[:-1]])
    lightest = np.minimum.reduceat(_word_weights(written, keys, tables), starts)
    out = weight.copy()
    out[at] = np.minimum(out[at], lightest)
    return out


def _form_weights(
    words: list[str],
    weight: npt.NDArray[np.float64],
    forms: dict[str, list[str]],
    tables: tuple[str, ...],
) -> npt.NDArray[np.float64]:
    """``weight`` (of ``words``, stems or words as written) with each stem of ``forms``
    weighing as the heaviest of its forms as written (the rarest: a name's weight as the text
    writes it, :func:`clipper.stories.eventnames.rare_names`)."""
    out = weight.copy()
    for i, word in enumerate(words):
        written = forms.get(word)
        if written:
            keys = np.fromiter(map(weights.lookup_key, written), np.uint64, len(written))
            out[i] = max(out[i], float(_word_weights(written, keys, tables).max()))
    return out


def word_weight(word: str, language: str = "en") -> float:
    """``8 − zipf`` of the word (or of its plural, the form ``_fold`` may have cut), zipf from
    the language's precomputed table (:mod:`clipper.stories.weights`); at least 0.5."""
    tables = weighed_in(language, None)
    return float(_word_weights([word], np.array([weights.lookup_key(word)], np.uint64), tables)[0])
