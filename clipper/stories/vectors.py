"""Story vectors: an article as hashed, reference-frequency weighted terms (see the package
docstring for the method)."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from sklearn.utils import murmurhash3_32

from clipper.config import StoryConfig

# Bump when the tokenizer or weighting changes: archives then recompute their stories.
VECTOR_VERSION = "1"

_TOKEN = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*|\d+(?:[.,]\d+)*")
_STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | {
    "said", "says", "say", "told", "according", "also", "would", "could", "new", "year",
    "years", "mr", "ms", "mrs", "percent", "per", "cent", "just", "like", "including",
}  # fmt: skip
_YEAR = re.compile(r"(19|20)\d\d")
# wordfreq frequencies are zipf values (log10 per billion words): 8 is above any word's.
_ZIPF_CEILING = 8.0
_MIN_WORD_WEIGHT = 0.5


def _fold(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


_NUMBER, _STOP, _WORD = 0, 1, 2


@functools.lru_cache(maxsize=200_000)
def _classify(token: str) -> tuple[int, str | None, bool]:
    """(kind, the term it gives or None, starts upper-case): the per-token work of
    :func:`terms`, cached because news vocabulary repeats."""
    if token[0].isdigit():
        number = token.replace(",", "")
        digits = number.replace(".", "")
        keep = len(digits) >= 2 and not (len(number) == 4 and _YEAR.fullmatch(number))
        return _NUMBER, ("#" + number) if keep else None, False
    word = _fold(token)
    if word in _STOP_WORDS:
        return _STOP, None, False
    return _WORD, word if len(word) > 1 else None, token[0].isupper()


def terms(text: str) -> list[str]:
    """Words (folded, no stop words), ``n:`` multi-word capitalised names, ``#`` numbers."""
    out: list[str] = []
    name: list[str] = []
    last_end = 0
    for match in _TOKEN.finditer(text):
        start = match.start()
        gap = start - last_end
        # A name does not run across punctuation or lines: only one space may separate.
        if name and gap and (gap > 1 or text[last_end] != " "):
            if len(name) >= 2:
                out.append("n:" + " ".join(name))
            name.clear()
        last_end = match.end()
        kind, term, upper = _classify(match.group())
        if kind == _WORD and upper:
            name.append(_fold(match.group()))
        elif name:
            if len(name) >= 2:
                out.append("n:" + " ".join(name))
            name.clear()
        if term is not None:
            out.append(term)
    if len(name) >= 2:
        out.append("n:" + " ".join(name))
    return out


# wordfreq tokenises these with optional packages (MeCab for ja/ko, jieba for zh): whether they
# are installed would change the weights from machine to machine, so they weigh as English
# (where their words are unknown: every word weighs the same, like plain sublinear tf).
_NEEDS_EXTRAS = frozenset({"ja", "ko", "zh"})


@functools.cache
def _languages() -> frozenset[str]:
    import wordfreq

    return frozenset(wordfreq.available_languages()) - _NEEDS_EXTRAS


def _language(code: str | None) -> str:
    base = (code or "en").split("-")[0].split("_")[0].lower()
    return base if base in _languages() else "en"


@functools.lru_cache(maxsize=500_000)
def word_weight(word: str, language: str = "en") -> float:
    """``8 − zipf`` of the word (or of its plural, the form ``_fold`` may have cut)."""
    import wordfreq

    zipf = wordfreq.zipf_frequency(word, language)
    if not word.endswith("s"):
        zipf = max(zipf, wordfreq.zipf_frequency(word + "s", language))
    return max(_MIN_WORD_WEIGHT, _ZIPF_CEILING - zipf)


def _term_weight(term: str, language: str, config: StoryConfig) -> float:
    if term.startswith("n:"):
        return config.name_weight
    if term.startswith("#"):
        return config.number_weight
    return word_weight(term, language)


@dataclass(frozen=True, slots=True)
class Vector:
    """Sorted uint32 term hashes and their float32 weights (unit L2 norm)."""

    keys: npt.NDArray[np.uint32]
    weights: npt.NDArray[np.float32]

    def to_bytes(self) -> bytes:
        return self.keys.astype("<u4").tobytes() + self.weights.astype("<f4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> Vector:
        half = len(data) // 2
        return cls(
            np.frombuffer(data[:half], dtype="<u4").astype(np.uint32),
            np.frombuffer(data[half:], dtype="<f4").astype(np.float32),
        )


def vectorize(title: str | None, text: str, language: str | None, config: StoryConfig) -> Vector:
    """The story vector of one article: a pure function of its title, text and language."""
    counts: Counter[str] = Counter(terms(text))
    for term in terms(title or ""):
        counts[term] += config.title_weight
    lang = _language(language)
    by_key: dict[int, float] = {}
    for term, count in counts.items():
        key = murmurhash3_32(term, seed=0, positive=True)
        weight = (1.0 + math.log(count)) * _term_weight(term, lang, config)
        by_key[key] = by_key.get(key, 0.0) + weight
    kept = sorted(by_key.items(), key=lambda kv: (-kv[1], kv[0]))[: config.max_terms]
    kept.sort()
    keys = np.array([k for k, _ in kept], dtype=np.uint32)
    weights = np.array([w for _, w in kept], dtype=np.float64)
    norm = float(np.sqrt(np.dot(weights, weights)))
    if norm > 0:
        weights = weights / norm
    return Vector(keys, weights.astype(np.float32))


def event_day(published: str | None, fetched_at: str | None, seen_at: str | None) -> str:
    """YYYY-MM-DD of publication, else fetch, else first sight (else 0001-01-01)."""
    for value in (published, fetched_at, seen_at):
        if value:
            try:
                return date.fromisoformat(value[:10]).isoformat()
            except ValueError:
                continue
    return date.min.isoformat()


def ordinal(day: str) -> int:
    return date.fromisoformat(day).toordinal()
