"""Per-language word weights for story vectors: one table per language, precomputed once.

A word weighs ``8 − zipf`` (at least 0.5), where ``zipf`` is its frequency in the reference
word lists that the pinned ``wordfreq`` package ships — or its plural's, when higher (the form
``tokens._fold`` may have cut).  Asking ``wordfreq`` word by word costs a tokenisation and
two dictionary look-ups per word, and its dictionaries are built per process from packed
files; instead each language's list is turned once into a table — sorted 64-bit word hashes
(MurmurHash3 with seeds 0 and 1) beside their zipf values — kept as a ``.npy`` file in the
cache directory (``$CLIPPER_CACHE_DIR``, else ``$XDG_CACHE_HOME/clipper``, else
``~/.cache/clipper``), named by the ``wordfreq`` version and :data:`TABLE_VERSION`.  A process
maps it once per language; a page's words are then looked up all at once
(:meth:`WeightTable.find`).

The values are ``wordfreq.zipf_frequency``'s, for the word as the list spells it: a word's list
position gives its frequency in centibels, rounded as ``wordfreq`` rounds it.  A hyphenated
word, which ``wordfreq`` splits into tokens, combines its parts' frequencies the way
``wordfreq`` does (``1/f = Σ 1/fᵢ``; a part not in the list makes it unknown).  What the table
does not reproduce: ``wordfreq``'s per-language text normalisation (e.g. Turkish dotted i,
Serbian transliteration), which applies to the page's words only through ``str.lower``.

From :data:`TABLE_VERSION` 2 the table holds each word without its accents too, with the
highest zipf of the words that fold to it: "america" weighs as Spanish's "américa",
"prevision" as "previsión"; from 3 folded as story terms are
(:func:`clipper.stories.accents.folded_term`: the fingerprint's fold, and in German and
Luxembourgish the umlauts' two-letter spellings as their vowels, "gespraech" and "gespräch"
as "gesprach").
"""

from __future__ import annotations

import functools
import math
from importlib.metadata import version
from typing import Any

import mmh3
import numpy as np
import numpy.typing as npt

from clipper.cachedir import cached_columns
from clipper.stories.accents import folded_term
from clipper.umlauts import SPELLING_LANGUAGES

# Bump when the way a table is built changes (files of other versions are ignored).
TABLE_VERSION = "3"

# wordfreq tokenises Korean with an optional package (MeCab), and Korean words carry their
# particles (서울시는, 서울시가), which the list's MeCab tokens do not: Korean weighs as English
# (where its words are unknown: every word weighs the same, like plain sublinear tf).  Chinese
# and Japanese terms are character bigrams (``tokens._cjk_terms``), looked up in the list as
# it is spelled (no tokeniser involved): a bigram that is a word there weighs by its
# frequency, any other as unknown.
_NEEDS_EXTRAS = frozenset({"ko"})


def lookup_key(word: str) -> int:
    """The 64-bit hash a word is looked up by (two 32-bit MurmurHash3 values of its UTF-8,
    x86_32 with seeds 0 and 1, unsigned: scikit-learn's ``murmurhash3_32(positive=True)``,
    which made the tables of earlier versions)."""
    high = mmh3.hash(word, 0, signed=False)
    return (high << 32) | mmh3.hash(word, 1, signed=False)


@functools.cache
def languages() -> frozenset[str]:
    """Languages with a table (``wordfreq``'s, but those needing optional tokenisers):
    wordfreq's list read back from the cache folder where an earlier process kept it
    (``story-languages-wordfreqVERSION.json``), else asked of wordfreq and kept there.
    Importing wordfreq walks the caller's whole stack (its ``data_path``:
    ``inspect.stack()``), ~0.2 s CPU of each ``dedupe``'s start-up whose tables were all
    in the cache already (session 44)."""
    from clipper.cachedir import read_json, write_json

    name = f"story-languages-wordfreq{version('wordfreq')}.json"
    kept = read_json(name)
    if isinstance(kept, list) and kept and all(isinstance(code, str) for code in kept):
        return frozenset(kept) - _NEEDS_EXTRAS
    import wordfreq

    available = sorted(wordfreq.available_languages())
    write_json(name, available, family="story-languages-wordfreq*.json")
    return frozenset(available) - _NEEDS_EXTRAS


class WeightTable:
    """One language's words as sorted 64-bit hashes with their zipf values: ``plain`` for the
    word itself, ``merged`` the higher of the word's and its plural's."""

    def __init__(
        self,
        keys: npt.NDArray[np.uint64],
        plain: npt.NDArray[np.float64],
        merged: npt.NDArray[np.float64],
    ) -> None:
        self.keys = keys
        self.plain = plain
        self.merged = merged

    def find(self, keys: npt.NDArray[np.uint64], merged: bool = True) -> npt.NDArray[np.float64]:
        """Zipf values of ``keys`` (0.0, wordfreq's value for an unknown word, where absent)."""
        values = self.merged if merged else self.plain
        if not len(self.keys):
            return np.zeros(len(keys))
        # Needles in order: neighbouring searches touch neighbouring parts of the table.
        order = np.argsort(keys)
        at = np.empty(len(keys), np.int64)
        at[order] = np.searchsorted(self.keys, keys[order])
        at = np.minimum(at, len(self.keys) - 1)
        return np.where(self.keys[at] == keys, values[at], 0.0)


def zipf_of_bin(index: int) -> float:
    """zipf of ``wordfreq``'s bin ``index`` (frequency 10^(−index/100)), rounded as
    ``wordfreq.word_frequency`` and ``zipf_frequency`` round it."""
    freq = 10 ** (-index / 100)
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(freq, 10) + 9, 2)


def frequency_list(language: str) -> list[list[str]]:
    """``wordfreq.get_frequency_list(language, "best")`` read from its file again, not through
    the cache ``wordfreq`` keeps of it: a table is built from it once a machine (then mapped
    from the cache folder), and the cached list (~300,000 strings for English) stayed in the
    process that built it for the rest of its life (a night's first ``dedupe`` held ~140 MB
    more than the next one, this and :func:`build`'s folds: ``bench/oneday.py``)."""
    import wordfreq

    return wordfreq.get_frequency_list.__wrapped__(language, "best")


def build(language: str) -> WeightTable:
    """The table of ``language`` from ``wordfreq``'s 'best' list (a second or so).  Its words
    are folded by :func:`folded_term`'s own function, not through its cache: a list's words
    would fill the cache meant for pages' terms (200,000 entries, ~50 MB) and stay there."""
    plain: dict[int, float] = {}
    merged: dict[int, float] = {}
    umlauts_spelled = language in SPELLING_LANGUAGES
    fold = folded_term.__wrapped__
    for index, words in enumerate(frequency_list(language)):
        if not words:
            continue
        zipf = zipf_of_bin(index)
        for word in words:
            # the word as the list spells it, and folded as a story term (clipper.stories.accents)
            folded = fold(word, umlauts_spelled)
            for spelled in (word, folded) if folded != word else (word,):
                key = lookup_key(spelled)
                # Two words with one 64-bit hash (or folding alike): the more frequent one's
                # value (both ways alike).
                if zipf > plain.get(key, -1.0):
                    plain[key] = zipf
                if zipf > merged.get(key, -1.0):
                    merged[key] = zipf
                if spelled.endswith("s") and not spelled.endswith("ss") and len(spelled) > 1:
                    stem = lookup_key(spelled[:-1])
                    if zipf > merged.get(stem, -1.0):
                        merged[stem] = zipf
    keys = np.array(sorted(merged), dtype=np.uint64)
    return WeightTable(
        keys,
        np.array([plain.get(k, 0.0) for k in keys.tolist()], dtype=np.float64),
        np.array([merged[k] for k in keys.tolist()], dtype=np.float64),
    )


@functools.cache
def table(language: str) -> WeightTable:
    """The table of ``language``: mapped from the cache directory, else built and saved there
    (:func:`clipper.cachedir.cached_columns`)."""
    keys, plain, merged = cached_columns(
        f"story-weights-{language}-wordfreq{version('wordfreq')}-v{TABLE_VERSION}.npy",
        (np.uint64, np.float64, np.float64),
        lambda: _columns(build(language)),
        family=f"story-weights-{language}-wordfreq*",
    )
    return WeightTable(keys, plain, merged)


def _columns(built: WeightTable) -> tuple[npt.NDArray[Any], ...]:
    return built.keys, built.plain, built.merged
