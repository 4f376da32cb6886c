"""Korean search finds a compound however it is spaced (newcomer 26, finding 16): Korean writes
a compound noun with or without the spaces between its parts ("한국 전력 공사", "한국전력공사";
"서울 시립 미술관", "서울시립미술관"), and a query typed one way missed a page written the other
(a query of the parts found the compound only word by word, a quoted phrase of them not at
all).  A Korean run continues across spaces (clipper.searchtext), in the index and in queries,
on both backends; migration 0052 indexes stored pages again.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.koreanwords import WORD_MARKS
from clipper.search import search
from clipper.searchtext import search_text
from tests.searchpages import stored_archive, upgraded_archive

SPACED = "haenam-ilbo.example"
JOINED = "gangbuk-sinmun.example"
OTHER = "jeonju-news.example"
PAGES = {
    "spaced.html": (
        "ko",
        f"https://{SPACED}/economy/union-talks",
        "한국 전력 공사 노조, 임금 협상 결렬 선언",
        [
            "한국 전력 공사 노동조합은 4일 사측과의 임금 협상이 결렬됐다고 선언하고 다음 주 쟁의 "
            "행위 찬반 투표를 실시하겠다고 밝혔다.",
            "노조는 서울 시립 미술관 앞에서 집회를 열고 물가 상승률을 반영한 임금 인상을 요구했다.",
        ],
    ),
    "joined.html": (
        "ko",
        f"https://{JOINED}/economy/winter-power",
        "한국전력공사, 겨울철 전력 수급 대책 발표",
        [
            "한국전력공사는 4일 겨울철 전력 수급 대책을 발표하고 예비 전력을 지난해보다 20퍼센트 "
            "늘리겠다고 밝혔다.",
            "서울시립미술관은 한파에 대비해 관람 시간을 한 시간 줄이기로 했다.",
        ],
    ),
    "other.html": (
        "ko",
        f"https://{OTHER}/society/market",
        "전주 한옥 마을 야시장, 다음 달 문 연다",
        [
            "전주시는 한옥 마을 야시장을 다음 달부터 매주 금요일과 토요일 밤에 연다고 4일 밝혔다.",
            "시는 전력 사용이 많은 조명 대신 태양광 가로등을 설치할 계획이다.",
        ],
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(
        module_db_url, tmp_path_factory.mktemp("korean"), PAGES, "2026-12-04T09:00:00+09:00"
    )


@pytest.mark.parametrize(
    "query",
    ["한국전력공사", "한국 전력 공사", '"한국 전력 공사"', '"한국전력공사"', "전력공사",
     "서울시립미술관", '"서울 시립 미술관"', "시립미술관"],
)  # fmt: skip
def test_a_compound_is_found_however_spaced(archive: Archive, query: str) -> None:
    assert sorted(hit.site or "" for hit in search(archive, query)) == [JOINED, SPACED], query


def test_other_pages_are_not_found_and_a_word_still_is(archive: Archive) -> None:
    # the third page says 전력 (power) but no 한국전력공사
    assert OTHER not in {hit.site for hit in search(archive, "한국전력공사")}
    assert {hit.site for hit in search(archive, "전력")} == {SPACED, JOINED, OTHER}
    assert [hit.site for hit in search(archive, "야시장")] == [OTHER]


def test_the_snippet_marks_the_compound_as_the_page_writes_it(archive: Archive) -> None:
    hits = {h.site: h for h in search(archive, "한국전력공사", marks=("[", "]"))}
    assert "[한국 전력 공사]" in hits[SPACED].snippet, hits[SPACED].snippet
    assert "[한국전력공사]" in hits[JOINED].snippet, hits[JOINED].snippet


def _bigrams(words: str) -> str:
    """A search text's words without its keys of where Korean words start and end
    (clipper.koreanwords: the spacing tells where the words are)."""
    return " ".join(word for word in words.split() if word[0] not in WORD_MARKS)


def test_a_korean_run_is_indexed_across_its_spaces_and_no_other_script_is() -> None:
    assert _bigrams(search_text("한국 전력 공사")) == _bigrams(search_text("한국전력공사"))
    assert search_text("東京 大学") != search_text("東京大学")  # Japanese spaces stay
    assert search_text("서울\n시청") != search_text("서울시청")  # never across a line break


def test_upgrade_indexes_korean_pages_again(tmp_path: Path) -> None:
    """Migration 0052: an archive whose index holds a spaced compound's parts apart finds it by
    the compound once opened."""
    # the index as before: each spaced part a run of its own (a line break parts runs too)
    with upgraded_archive(
        tmp_path, PAGES, "2026-12-04T09:00:00+09:00",
        lambda value: search_text((value or "").replace(" ", "\n")), "0051",
    ) as stale:
        assert sorted(hit.site or "" for hit in search(stale, "한국전력공사")) == [JOINED, SPACED]
