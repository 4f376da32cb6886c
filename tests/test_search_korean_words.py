"""A Korean query word finds a page's word, with a particle, a plural or a verb's ending after
it, or a compound's part of two syllables or more, and no piece of a longer word (newcomer 39,
finding 1: a Tokyo PR agency's ``국문`` "Korean writing" found ``국문과`` "the Korean
department" and ``한국문화`` "Korean culture", and ``을지로`` the street was sought as
``을지``).  clipper.koreanwords: keys of where each word starts and ends, indexed after the
page's bigrams; on both backends, in watchlists too; migration 0086 indexes stored pages
again.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.digest.matching import Document, matches
from clipper.koreanparticles import noun
from clipper.koreanwords import WORD_MARKS, query_noun, word_keys
from clipper.searchquery import parse_query
from clipper.searchterms import query_tokens
from clipper.searchtext import search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

WRITING = "hangeul-ilbo.example"  # 국문으로, 발표했다
DEPARTMENT = "daehak-sinmun.example"  # 국문과, 을지로, 학생들
CULTURE = "munhwa-today.example"  # 한국문화, 서울시
STREET = "euljiro-news.example"  # 을지 연습, 한국전력공사, 발표한, 학생들이
PUBLISHED = "2026-12-04T09:00:00+09:00"
PAGES = {
    "writing.html": (
        "ko",
        f"https://{WRITING}/society/report",
        "보고서 국문으로 공개",
        [
            "정부는 4일 외국인 관광객 실태 보고서를 국문으로 작성해 공개한다고 발표했다.",
            "영문 번역본은 다음 달에 나온다.",
        ],
    ),
    "department.html": (
        "ko",
        f"https://{DEPARTMENT}/campus/protest",
        "국문과 학생들 을지로 행진",
        [
            "국문과 재학생 삼십 명이 4일 을지로에서 학과 통폐합에 반대하는 행진을 벌였다.",
            "대학 측은 다음 주 설명회를 열 예정이다.",
        ],
    ),
    "culture.html": (
        "ko",
        f"https://{CULTURE}/culture/festival",
        "한국문화 축제 개막",
        [
            "한국문화 축제가 4일 개막해 사흘 동안 이어진다.",
            "서울시는 축제 기간 심야버스를 늘린다.",
        ],
    ),
    "street.html": (
        "ko",
        f"https://{STREET}/city/drill",
        "을지 연습 시작",
        [
            "을지 연습이 4일 시작돼 한국전력공사는 비상 발전 훈련을 벌였다.",
            "교육청이 발표한 지침에 따라 학생들이 대피 훈련에 참여했다.",
        ],
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("words"), PAGES, PUBLISHED)


@pytest.mark.parametrize(
    ("query", "sites"),
    [
        # a word, with its particles; not a piece of a longer word
        ("국문", [WRITING]),
        ("국문으로", [WRITING]),
        ("국문과", [DEPARTMENT]),
        ("국문과의", [DEPARTMENT]),
        ("을지로", [DEPARTMENT]),
        ("을지로에서", [DEPARTMENT]),
        ("을지", [STREET]),
        ("한국문화", [CULTURE]),
        # a compound's parts of two syllables or more
        ("문화", [CULTURE]),
        ("전력공사", [STREET]),
        ("한국", [CULTURE, STREET]),
        # a verb's noun, a plural's
        ("발표", [STREET, WRITING]),
        ("발표했다", [STREET, WRITING]),
        ("체포된", []),
        ("학생", [DEPARTMENT, STREET]),  # 학생들 (not 재학생: a one-syllable prefix's word)
        ("학생들은", [DEPARTMENT, STREET]),
        # a one-syllable suffix makes another word: 서울시, not 서울
        ("서울시", [CULTURE]),
        ("서울", []),
        # a phrase across words, spaced or not, its words with particles, or of one syllable
        ('"을지 연습"', [STREET]),
        ('"서울시는 축제"', [CULTURE]),
        ('"보고서를 국문으로"', [WRITING]),
        ('"다음 주 설명회"', [DEPARTMENT]),
        ('"주 설명회"', [DEPARTMENT]),
        ('"외국인 관광객"', [WRITING]),
        ("외국인관광객", [WRITING]),
    ],
)
def test_a_korean_query_finds_whole_words(archive: Archive, query: str, sites: list[str]) -> None:
    assert hit_sites(archive, query) == sorted(sites), query


def test_a_watchlist_matches_as_search_finds() -> None:
    """The digest reads a watchlist's query on an article's words as the index holds them."""
    for name, (language, _, title, body) in PAGES.items():
        document = Document.of(title, "\n".join(body), language)
        for query, found in (("국문", "writing.html"), ("을지로", "department.html")):
            assert matches(parse_query(query), document) is (name == found), (query, name)


def test_the_keys_of_a_word() -> None:
    start, end, whole = WORD_MARKS
    assert word_keys("국문과") == (start + "국문", end + "문과")
    assert word_keys("서울시는") == (start + "서울", end + "울시")
    assert word_keys("국문으로") == (whole + "국문",)
    assert word_keys("발표한") == (whole + "발표", end + "표한")
    assert word_keys("서") == ()
    # the bigrams are as before; the keys follow them
    text = search_text("국문과 학생")
    assert text.startswith("국문 문과 과학 학생 생 ")
    assert query_tokens("국문").tokens == ("국문",) and len(query_tokens("국문").bounds) == 2


@pytest.mark.parametrize(
    ("word", "found"),
    [
        ("국문과의", "국문과"),  # a noun ending in a particle's syllable, then its particle
        ("을지로에서", "을지로"),
        ("을지로", None),
        ("시민들은", "시민"),
        ("체포된", "체포"),
        ("발표했다", "발표"),
        ("미래한국", None),  # a compound, no verb
        ("문제해결", None),
    ],
)
def test_the_noun_of_a_query_word(word: str, found: str | None) -> None:
    assert query_noun(word) == found
    if found is None:
        assert noun(word) is None


def _as_before(value: str) -> str:
    """A search text as clipper indexed it before migration 0086: without Korean words' keys."""
    return " ".join(w for w in search_text(value).split() if w[0] not in WORD_MARKS)


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0086: an archive indexed without the keys finds Korean words once opened."""
    with upgraded_archive(tmp_path, PAGES, PUBLISHED, _as_before, "0085") as upgraded:
        assert hit_sites(upgraded, "국문") == [WRITING]
        assert hit_sites(upgraded, "을지로") == [DEPARTMENT]
