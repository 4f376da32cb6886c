"""Korean words found whole: a Korean query word matches a page's word, the word with a particle
or a verb's ending after it, or a part of two syllables or more of a compound, never a piece of
a longer word (newcomer 39, F1: ``국문`` "Korean writing" found ``국문과`` "the Korean
department" and ``한국문화`` "Korean culture", whose ``국문`` straddles 한국 and 문화; ``을지로``
the street was sought as ``을지``).

The index reads Korean as overlapping syllable bigrams across its spaces
(:mod:`clipper.searchtext`: a compound is found however it is spaced), so a query's bigrams
match anywhere inside a longer word.  Beside the bigrams a page's search text now holds, for
each of its Korean words (a run of Hangul syllables: an *eojeol*), where a word may start and
end (:func:`page_keys`):

* its noun: the word without the particle it ends with, read as a query word is
  (:func:`clipper.koreanparticles.noun`: ``서울시는`` is ``서울시``; ``국문과``, ``을지로``,
  ``경기도`` stay whole by its table of nouns that end in a particle's syllable);
* a start key (:data:`START` and the two syllables there) at the word's start and where a
  part of at least two syllables starts inside its noun, with at least two before it
  (``한국전력공사``: ``한국``, ``전력``, ``력공``, ``공사``);
* an end key (:data:`END` and the two syllables before) at its noun's end (the word's end
  when no particle was read off: a query typed with a particle is sought as its noun too,
  :func:`query_noun`), where a part of at least two syllables ends inside its noun with at
  least two after it, and before a ``하다`` / ``되다`` verb's ending, the plural ``들`` and the
  honorific ``님`` (:data:`ENDINGS`: ``발표한`` "announced", ``체포된`` "arrested",
  ``학생들이`` "the students": ``발표``, ``체포``, ``학생``).

A part of two syllables that starts and ends at once (most nouns: ``국문`` of ``국문으로``)
has one :data:`WHOLE` key for both.  A Korean query word (or phrase's run) of two syllables
or more matches where its bigrams do *and* the page holds its start key and its end key (or
the whole key of those two syllables) (:func:`query_bounds`, one condition of
:attr:`clipper.searchterms.QueryTokens.conditions`): ``국문`` needs ``국문`` to end a word's
noun or part, which neither ``국문과`` (a noun of three syllables, one after ``국문``) nor
``한국문화`` (parts ``한국`` and ``문화``) gives.  The keys say a word of the page starts and a
word ends so, not that it is the same word: a page holding ``국문과`` and ``한국문화`` holds
neither key of ``국문``, but one holding ``국문학`` and ``한국문`` would; a near miss this rare
costs less than positions in every key.  A one-syllable suffix makes another word
(``서울시`` "Seoul city" is not found by ``서울``, nor ``교육부`` "the ministry of education"
by ``교육``); a query of one syllable is a prefix as before.

Measured by ``python bench/search_korean_particles.py`` (labelled sentences, tune and confirm
sets).  Migration 0086 indexes stored pages again."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from clipper.koreanparticles import PARTICLES, agrees, noun

# Written before a key's two syllables: supplementary private-use characters, word characters
# to the index (FTS5's categories ``Co``) that no text writes (as clipper.caseforms.MARK).
START = "\U000f0003"
END = "\U000f0004"
# Both at once: a part of two syllables that starts and ends there (most Korean nouns are of
# two: 정부, 국문, 서울), one key in place of two.
WHOLE = "\U000f0005"
# Every mark a Korean key starts with (clipper.backends.postgresql leaves these words out of
# what its stemmers read, as it leaves out case-form keys).
WORD_MARKS = (START, END, WHOLE)

# The syllables a 하다 or 되다 verb's ending after its noun starts with (Sohn, "The Korean
# Language", 1999, section 6.2.1: a Sino-Korean noun made a verb by 하- "do" or 되- "become"):
# 하 한 할 함 합 해 했 (발표하고, 발표한, 발표할, 발표함, 발표합니다, 발표해, 발표했다) and
# 되 된 될 됨 됩 돼 됐 (체포되어, 체포된, 체포될, 체포됨, 체포됩니다, 체포돼, 체포됐다).
# With the plural 들 and the honorific 님 (학생들이 "the students", 대통령님), which a noun
# takes before its particle: the syllables a noun may end before (ENDINGS).
VERBAL = frozenset("하한할함합해했되된될됨됩돼됐")
ENDINGS = VERBAL | {"들", "님"}

# A 하다 or 되다 verb's common endings after its noun, and the plural 들, as a query word ends
# with them: such a query word is sought as its noun too (query_noun: 체포된 "arrested" finds
# 경찰이 용의자를 체포했다, 시민들은 "the citizens" finds 시민).  Whole endings, not their first
# syllable alone (ENDINGS): a compound whose part starts with one (문제해결, 미래한국) is no
# verb.
VERB_ENDINGS = (
    "하다", "한다", "한", "할", "함", "합니다", "해", "해야", "했다", "했고", "했으며", "했던",
    "하고", "하는", "하며", "하면", "된다", "된", "될", "됨", "됩니다", "돼", "됐다", "됐고",
    "되고", "되는", "되며", "되어",
)  # fmt: skip
_VERB_ENDINGS = tuple(sorted(VERB_ENDINGS, key=len, reverse=True))
_SYLLABLES = re.compile("[\uac00-\ud7a3]+")
_CONJOINING = re.compile("[\u1100-\u11ff]")  # decomposed Hangul (a macOS file name's NFD)
_PART = 2  # syllables of a compound's shortest part


@functools.lru_cache(maxsize=1 << 16)
def word_keys(word: str) -> tuple[str, ...]:
    """The start and end keys of the Korean ``word`` (Hangul syllables; module docstring), in
    order, a part of two syllables that starts and ends at once as one :data:`WHOLE` key:
    ``word_keys("국문과")`` → ``(START + "국문", END + "문과")``, ``word_keys("서울시는")`` →
    ``(START + "서울", END + "울시")``, ``word_keys("국문으로")`` → ``(WHOLE + "국문",)``;
    () for a word of one syllable."""
    if len(word) < _PART:
        return ()
    stem = noun(word) or word
    inner = range(_PART, len(stem) - _PART + 1)
    starts = [0, *inner]
    # the word's own end only where no particle was read off: a query typed with the
    # particle is sought as its noun too (query_noun), which this noun's end key answers
    ends = {len(stem), *inner}
    ends.update(at for at in range(_PART, len(word)) if word[at] in ENDINGS)
    whole = [at for at in starts if at + _PART in ends]
    return (
        *(WHOLE + word[at : at + _PART] for at in whole),
        *(START + word[at : at + _PART] for at in starts if at not in whole),
        *(END + word[at - _PART : at] for at in sorted(ends) if at - _PART not in whole),
    )


def page_keys(text: str) -> str:
    """The keys of the Korean words of ``text`` (:func:`word_keys`), each once, in the order
    they first occur, joined by spaces: what a page's search text holds after its words ("" for
    a text without a Korean word of two syllables)."""
    if _CONJOINING.search(text):
        text = unicodedata.normalize("NFC", text)
    keys: dict[str, None] = {}
    for found in _SYLLABLES.finditer(text):
        keys.update(dict.fromkeys(word_keys(found.group())))
    return " ".join(keys)


def query_noun(word: str) -> str | None:
    """The noun a Korean query ``word`` (folded) is also sought as: without its particle
    (:func:`clipper.koreanparticles.noun`), then without the plural 들 (``시민들은`` →
    ``시민``); else without a 하다 / 되다 verb's ending (:data:`VERB_ENDINGS`: ``체포된`` →
    ``체포``, ``발표했다`` → ``발표``); the noun at least two syllables; None when none is."""
    found = noun(word)
    if found is not None:
        if found.endswith("들") and len(found) > _PART:
            found = found[:-1]
        return found
    if word.endswith("들") and len(word) > _PART:
        return word[:-1] if all("\uac00" <= c <= "\ud7a3" for c in word) else None
    for ending in _VERB_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _PART:
            rest = word[: len(word) - len(ending)]
            return rest if all("\uac00" <= c <= "\ud7a3" for c in rest) else None
    return None


# A Hangul tail after Latin letters or digits (folded: "sk하이닉스는", "hbm을", "5g를", "k팝의",
# "삼성sdi의"), the word's head kept whole
_HEADED = re.compile("(\\S*[a-z0-9])([\uac00-\ud7a3]+)")
# Particles' syllables that are also counters after a number (3가 "the third block" of a
# street, 30도 "30 degrees", 10만 "100,000"): read as a number's unit, not a particle
_COUNTERS = frozenset({"가", "도", "만"})


def headed_noun(word: str) -> str | None:
    """The noun a folded query ``word`` whose Hangul tail follows Latin letters or digits (a
    name or acronym with its particle: ``sk하이닉스는``, ``lg에너지솔루션의``, ``hbm을``,
    ``5g를``, ``k팝의``) is also sought as: the head with its tail read as a Korean word is
    (:func:`query_noun`: ``sk하이닉스``, ``lg에너지솔루션``), or without the tail where the
    tail is a particle (:data:`clipper.koreanparticles.PARTICLES`: ``hbm``, ``5g``) or a
    syllable and a particle (``k팝``: the head counts among the noun's syllables, as
    :data:`clipper.config.KOREAN_NOUN_SYLLABLES` asks); None when the tail is none of these, or
    is a counter after a number (``3가``, ``30도``, ``10만``: :data:`_COUNTERS`).  A particle
    after a Latin letter is not checked against the letter's sound (``HBM을``'s 을 follows
    "엠", which the text does not spell)."""
    found = _HEADED.fullmatch(word)
    if found is None:
        return None
    head, tail = found.groups()
    if (stem := query_noun(tail)) is not None:
        return head + stem
    for particle in PARTICLES:
        if not tail.endswith(particle) or len(tail) - len(particle) > 1:
            continue
        if tail == particle and head[-1].isdigit() and particle in _COUNTERS:
            return None
        rest = tail[: len(tail) - len(particle)]
        if rest and not agrees(rest, particle):
            continue
        return head + rest
    return None


def query_bounds(words: Iterable[str], prefix: bool) -> tuple[tuple[str, ...], ...]:
    """What a page must hold for a query's Korean ``words`` (each a run of Hangul syllables
    between the query's spaces) to be words of it, each a choice of keys: each word's start
    (its start key or the :data:`WHOLE` key of its first two syllables) and, unless it is the
    last and ``prefix``, its end (its end key or whole key of its last two syllables, or of its
    noun's: :func:`query_noun`, "서울시가 발표" ends its first word as 서울시 does); a word of
    one syllable needs none."""
    words = [word for word in words if len(word) >= _PART]
    bounds: list[tuple[str, ...]] = []
    for at, word in enumerate(words):
        bounds.append((START + word[:_PART], WHOLE + word[:_PART]))
        if not (prefix and at == len(words) - 1):
            ends = [word[-_PART:]]
            if (stem := query_noun(word)) is not None:
                ends.append(stem[-_PART:])
            bounds.append(tuple(mark + end for end in dict.fromkeys(ends) for mark in (END, WHOLE)))
    return tuple(dict.fromkeys(bounds))
