"""A Korean query word read as its noun without the particle after it: ``서울시가``, ``서울시의``
and ``서울시에서`` are sought as ``서울시`` too, so they find a page that writes ``서울시는`` or
``서울시`` (newcomer 38, finding 7).

Korean attaches a case or topic particle to the noun it follows, without a space (``서울시가``
"the city of Seoul (subject)", ``서울시의`` "… of Seoul", ``서울시는`` "as for Seoul"), so a
reader who pastes a phrase from one article carries its particle to a query, and the index,
which reads Korean as overlapping syllable bigrams (:mod:`clipper.searchtext`), holds
``시가`` only where a page writes that particle.  The bigrams of the noun are in every page
that writes the noun, with any particle or none, so only the query needs reading: a query word
ending in a particle of :data:`PARTICLES` (longest first) is also sought as the syllables
before it (:attr:`clipper.searchtext.QueryTokens.stemmed`), on both backends and in watchlists.

Guards, against nouns that end in a particle's syllable (``경기도`` the province is no
``경기`` "economy" + ``도``, ``전문가`` "expert" no ``전문`` + ``가``):

* the noun left is at least :data:`clipper.config.KOREAN_NOUN_SYLLABLES` syllables (``결과``,
  ``인도``, ``사과`` stay whole);
* the particle's form agrees with the noun's last syllable, as Korean writes it (Sohn,
  "The Korean Language", 1999, section 7.3; the National Institute of Korean Language's
  standard grammar): ``이 은 을 과 으로`` only after a syllable closed by a consonant (a
  batchim), ``가 는 를 와`` only after an open one, ``로`` after an open one or ``ㄹ``, so
  ``전문가``, ``작곡가``, ``세종로`` and ``정형외과`` are never read so;
* the nouns of :data:`WHOLE_NOUNS`, common in news, whose last syllable is a particle's and
  whose reading without it is another common word, stay whole.

``bench/search_korean_particles.py`` measures recall and wrong hits on invented sentences
(tune and confirm sets).  Pages are not re-indexed for this: the index is unchanged."""

from __future__ import annotations

from clipper.config import KOREAN_NOUN_SYLLABLES

# Particles (folded: Hangul syllables are left alone by NFKC), each with the syllables it
# follows: "closed" after a final consonant, "open" after none ("open_or_l" also after ㄹ),
# "any" after both.  Case particles, the topic and additive ones, and their common stacks.
_FOLLOWS = {
    "이": "closed", "은": "closed", "을": "closed", "과": "closed", "으로": "closed_not_l",
    "으로는": "closed_not_l", "으로서": "closed_not_l", "과의": "closed", "과는": "closed",
    "가": "open", "는": "open", "를": "open", "와": "open", "와의": "open", "와는": "open",
    "로": "open_or_l", "로는": "open_or_l", "로서": "open_or_l",
    "의": "any", "에": "any", "에서": "any", "에게": "any", "한테": "any", "께서": "any",
    "도": "any", "만": "any", "까지": "any", "부터": "any", "보다": "any", "처럼": "any",
    "마다": "any", "에는": "any", "에도": "any", "에서는": "any", "에서도": "any",
    "에서의": "any", "에게는": "any", "까지는": "any", "부터는": "any", "에의": "any",
}  # fmt: skip
# The particles, longest first (the first one a word ends with is taken off).
PARTICLES: tuple[str, ...] = tuple(sorted(_FOLLOWS, key=len, reverse=True))

# Nouns common in news whose last syllable is a particle's (agreeing with the syllable before
# it) and which, read without it, are another common word: the provinces written with 도
# ("province": 경기도 is no 경기 "economy, match"), 어린이 "child" (어린 "young"), 고양이
# "cat" (고양 the city), 정치가 "politician" (정치 "politics"), 이천만 "twenty million".
WHOLE_NOUNS = frozenset(
    {
        "경기도", "강원도", "충청도", "전라도", "경상도", "황해도", "평안도", "함경도",
        "어린이", "고양이", "원숭이", "정치가", "이천만", "삼천만", "사천만", "오천만",
    }
)  # fmt: skip

_FIRST, _LAST = 0xAC00, 0xD7A3  # the Hangul syllables block
_FINALS = 28  # final consonants a syllable may end with (0: none)
_RIEUL = 8  # ㄹ, as a final


def _syllables(word: str) -> bool:
    """Whether ``word`` is all precomposed Hangul syllables."""
    return bool(word) and all(_FIRST <= ord(char) <= _LAST for char in word)


def _agrees(syllable: str, follows: str) -> bool:
    """Whether a particle that follows ``follows`` syllables may come after ``syllable``."""
    final = (ord(syllable) - _FIRST) % _FINALS
    if follows == "closed":
        return final != 0
    if follows == "closed_not_l":
        return final not in (0, _RIEUL)
    if follows == "open":
        return final == 0
    if follows == "open_or_l":
        return final in (0, _RIEUL)
    return True


def noun(word: str) -> str | None:
    """The folded Korean query ``word`` without the particle it ends with (module docstring:
    :data:`PARTICLES`, longest first, where the noun left is long enough, the particle agrees
    with its last syllable and the word is none of :data:`WHOLE_NOUNS`), or None: a word of
    other characters, none ending in a particle, or one of those guarded.
    ``noun("서울시가")`` → ``"서울시"``; ``noun("전문가")`` → None (``가`` follows no closed
    syllable); ``noun("결과")`` → None (one syllable left)."""
    if not _syllables(word) or word in WHOLE_NOUNS:
        return None
    for particle in PARTICLES:
        rest = word[: len(word) - len(particle)]
        if (
            word.endswith(particle)
            and len(rest) >= KOREAN_NOUN_SYLLABLES
            and _agrees(rest[-1], _FOLLOWS[particle])
        ):
            return rest
    return None
