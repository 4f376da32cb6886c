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
before it (:attr:`clipper.searchterms.QueryTokens.stemmed`), on both backends and in watchlists.

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

The index reads a page's words with the same :func:`noun` (:mod:`clipper.koreanwords`: where
each word's noun ends, so that ``국문`` finds no ``국문과``; migration 0086).
``bench/search_korean_particles.py`` measures recall and precision on labelled invented
sentences (tune and confirm sets)."""

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
# it) and which, read without it, are another word or none, by the Sino-Korean syllables
# that end nouns and are spelled as particles are: 道 and 島 도, "province" and "island"
# (경기도 is no 경기 "economy, match"; 제주도, 울릉도, 전라남도), 路 로 "road" (을지로 is no
# 을지; 충무로, 강남대로), 科 과 "department" (국문과 is no 국문 "Korean writing"; 사학과,
# 신경과), 家 가 "-ist" (정치가 "politician" is no 정치 "politics"; 투자가 "investor"),
# 議 and 義 의 "meeting" and "-ism" (정상회의 "summit" is no 정상회; 민주주의 "democracy"),
# 灣 만 "bay" (광양만), and 이 ending a native noun (어린이 "child", 고양이 "cat");
# 이천만 "twenty million".  Newcomer 39 (F1): 국문과 and 을지로 were read as 국문 and 을지.
WHOLE_NOUNS = frozenset(
    {
        # provinces and islands (도)
        "경기도", "강원도", "충청도", "전라도", "경상도", "황해도", "평안도", "함경도",
        "충청남도", "충청북도", "전라남도", "전라북도", "경상남도", "경상북도",
        "특별자치도", "제주특별자치도", "강원특별자치도", "전북특별자치도",
        "제주도", "울릉도", "거제도", "강화도", "백령도", "연평도", "안면도", "남해도",
        # roads (로)
        "을지로", "충무로", "퇴계로", "마포로", "강남대로", "도산대로", "올림픽대로",
        "한강대로", "삼일대로", "세종대로",
        # departments (과)
        "국문과", "영문과", "사학과", "법학과", "의학과", "약학과", "경영학과", "경제학과",
        "행정학과", "간호학과", "컴퓨터공학과", "신문방송학과", "신경과", "산부인과",
        "소아청소년과", "정신건강의학과",
        # people (가)
        "정치가", "투자가", "애호가", "작사가", "번화가",
        # meetings and -isms (의)
        "국무회의", "정상회의", "전원회의", "화상회의", "최고위원회의", "비상대책회의",
        "민주주의", "자본주의", "사회주의", "공산주의", "자유주의", "민족주의", "보호무역주의",
        # bays (만), numbers
        "광양만", "아산만", "진해만", "천수만", "이천만", "삼천만", "사천만", "오천만",
        # native nouns in 이
        "어린이", "고양이", "원숭이", "젊은이", "늙은이", "지킴이",
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


def agrees(syllable: str, particle: str) -> bool:
    """Whether ``particle`` (one of :data:`PARTICLES`) may follow the Hangul ``syllable`` as
    Korean writes it (module docstring: ``을`` after a closed syllable, ``를`` after an open
    one)."""
    return _agrees(syllable, _FOLLOWS[particle])


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
        # one of those nouns before its particle ("국문과의", "을지로에서"), not read shorter
        # by a longer particle ("과의": 국문)
        if word.endswith(particle) and word[: len(word) - len(particle)] in WHOLE_NOUNS:
            return word[: len(word) - len(particle)]
    for particle in PARTICLES:
        rest = word[: len(word) - len(particle)]
        if (
            word.endswith(particle)
            and len(rest) >= KOREAN_NOUN_SYLLABLES
            and _agrees(rest[-1], _FOLLOWS[particle])
        ):
            return rest
    return None
