"""A Korean query with a particle finds pages writing another particle or none (newcomer 38,
finding 7): a reader pastes 서울시가 or 서울시의 and missed pages writing 서울시는 or 서울시.  A
query word ending in a particle is also sought as its noun (clipper.koreanparticles), on both
backends; a noun ending in a particle's syllable stays whole (전문가 "expert" is no 전문 +
가, 경기도 the province no 경기 "economy" + 도).  Every page here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from clipper.archive import Archive
from clipper.koreanparticles import PARTICLES, noun
from clipper.search import search
from clipper.searchterms import query_tokens
from tests.searchpages import hit_sites, stored_archive

TOPIC = "hanbit-ilbo.example"  # 서울시는
SUBJECT = "mirae-news.example"  # 서울시가
BARE = "dongbu-sinmun.example"  # 서울시 관계자
ECONOMY = "gyeongje-today.example"  # 경기가, 전문: no query here finds it
PUBLISHED = "2026-12-04T09:00:00+09:00"
PAGES = {
    "topic.html": (
        "ko",
        f"https://{TOPIC}/society/snow-plan",
        "서울시는 폭설 대비 제설 대책 발표",
        [
            "서울시는 4일 겨울철 폭설에 대비해 제설 차량 300대를 배치하겠다고 밝혔다.",
            "시민들은 출근길 대중교통 이용을 권고받았다.",
        ],
    ),
    "subject.html": (
        "ko",
        f"https://{SUBJECT}/local/bus-routes",
        "심야버스 노선 확대",
        [
            "서울시가 심야버스 노선을 다음 달부터 다섯 개 늘린다.",
            "정부와 협의해 요금은 동결하기로 했다.",
        ],
    ),
    "bare.html": (
        "ko",
        f"https://{BARE}/city/library",
        "도서관 운영 시간 연장",
        [
            "서울시 관계자는 구립 도서관의 운영 시간을 밤 열 시까지 연장한다고 말했다.",
            "이용객 설문 결과를 반영한 조치다.",
        ],
    ),
    "economy.html": (
        "ko",
        f"https://{ECONOMY}/markets/outlook",
        "내년 경기 전망 엇갈려",
        [
            "경기가 내년 상반기에 회복될지를 두고 전문 기관들의 전망이 엇갈렸다.",
            "수출 부진이 이어지면 성장률이 낮아질 수 있다.",
        ],
    ),
}
SEOUL = sorted([TOPIC, SUBJECT, BARE])


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(
        module_db_url, tmp_path_factory.mktemp("particles"), PAGES, PUBLISHED
    )


@pytest.mark.parametrize(
    "query", ["서울시가", "서울시의", "서울시는", "서울시에서", "서울시를", "서울시에게"]
)
def test_a_noun_with_any_particle_finds_every_page_of_the_noun(
    archive: Archive, query: str
) -> None:
    # and no other page: the economy page writes neither 서울시 nor a particle of it
    assert hit_sites(archive, query) == SEOUL, query


def test_the_snippet_marks_the_noun_as_the_page_writes_it(archive: Archive) -> None:
    hits = {h.site: h for h in search(archive, "서울시의", marks=("[", "]"))}
    assert "[서울시]는" in hits[TOPIC].snippet, hits[TOPIC].snippet
    assert "[서울시]가" in hits[SUBJECT].snippet, hits[SUBJECT].snippet


@pytest.mark.parametrize(
    ("word", "found"),
    [
        ("서울시가", "서울시"),
        ("대통령과", "대통령"),  # 과 after a closed syllable
        ("정부와", "정부"),  # 와 after an open one
        ("한국에서는", "한국"),  # longest first: 에서는, not 는
        ("서울로", "서울"),  # 로 after ㄹ
        ("경기도가", "경기도"),  # one particle taken off, the province kept
        ("서울시", None),
        ("결과", None),  # one syllable would be left
        ("전문가", None),  # 가 follows no closed syllable
        ("세종로", None),  # 로 follows no closed syllable but ㄹ
        ("경기도", None),  # a province (WHOLE_NOUNS)
        ("Seoul", None),
    ],
)
def test_the_noun_of_a_query_word(word: str, found: str | None) -> None:
    assert noun(word) == found


def test_particles_are_read_longest_first_and_only_whole_words_are() -> None:
    assert list(PARTICLES) == sorted(PARTICLES, key=len, reverse=True)
    assert query_tokens("서울시가").stemmed == ("서울", "울시")
    assert query_tokens("서울시가 발표").stemmed == ()  # a phrase as typed
