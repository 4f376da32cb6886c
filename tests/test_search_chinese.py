"""Search folds traditional Chinese characters to simplified ones (OpenCC's ``t2s`` table,
:mod:`clipper.hanfold`), in the search text and the query alike, on both backends: a reader who
types ``台湾`` finds a Taiwanese outlet's ``臺灣``, one who types ``經濟`` a Mainland outlet's
``经济``.  Migration 0038 indexes pages stored before again.

Fixtures are invented pages: a Taiwanese paper's trade story in traditional characters, a
Mainland paper's railway story in simplified ones, in the shape of test_search_languages.py's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.search import search
from clipper.searchterms import query_tokens
from clipper.searchtext import fold, search_text
from tests.searchpages import stored_archive, upgraded_archive

TAIWAN = "nanhai-ribao.example"
MAINLAND = "beijiang-wanbao.example"
PAGES = {
    "zh-tw-trade.html": (
        "zh-TW",
        f"https://{TAIWAN}/finance/trade-surplus",
        "臺灣去年對外貿易順差創新高",
        [
            "財政部週二公布，臺灣去年對外貿易順差達到八百億美元，比前年增加百分之十二。",
            "官員表示，電子零件出口持續成長，而進口原油的價格下跌也讓順差擴大。",
            "學者提醒，明年全球需求可能轉弱，廠商應該分散市場，減少對單一地區的依賴。",
        ],
    ),
    "zh-cn-railway.html": (
        "zh-CN",
        f"https://{MAINLAND}/news/railway-line",
        "北江至南湖铁路今年开工 将带动沿线经济发展",
        [
            "省发展改革委周三宣布，北江至南湖的城际铁路将于今年六月开工，全长一百二十公里。",
            "专家认为，铁路建成后沿线县城到省会只需四十分钟，将带动当地经济和旅游发展。",
            "项目总投资约三百亿元，其中一半来自省政府，其余由沿线各市共同承担。",
        ],
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(
        module_db_url, tmp_path_factory.mktemp("chinese"), PAGES, "2026-11-30T09:00:00+08:00"
    )


@pytest.mark.parametrize(
    ("query", "site"),
    [
        ("台湾", TAIWAN),  # the page writes 臺灣
        ("臺灣", TAIWAN),
        ("贸易顺差", TAIWAN),  # 貿易順差
        ("电子零件", TAIWAN),  # 電子零件
        ("經濟", MAINLAND),  # the page writes 经济
        ("鐵路", MAINLAND),  # 铁路
        ("铁路", MAINLAND),
        ("發展", MAINLAND),  # 发展
    ],
)
def test_simplified_and_traditional_characters_find_each_other(
    archive: Archive, query: str, site: str
) -> None:
    assert [hit.site for hit in search(archive, query)] == [site], query


def test_the_snippet_marks_the_characters_as_the_page_writes_them(archive: Archive) -> None:
    hits = search(archive, "台湾", marks=("[", "]"))
    assert "[臺灣]" in f"{hits[0].snippet} {hits[0].title}", hits[0].snippet


def test_folding_is_one_character_for_one_whatever_its_neighbours() -> None:
    """A bigram of a query folds as it does inside any clause (per character, not OpenCC's
    phrases), and what is not Chinese stays: kana, Hangul, Latin."""
    assert query_tokens("經濟").tokens == query_tokens("经济").tokens == ("经济",)
    assert search_text("乾隆年間") == search_text("干隆年间")
    assert "经济" in search_text("臺灣經濟成長").split()
    assert search_text("東京でバス") == search_text("东京でバス")
    assert fold("서울") == "서울" and search_text("Taipei 101") == "taipei 101"


def test_upgrade_reindexes_pages_indexed_unfolded(tmp_path: Path) -> None:
    """Migration 0038: an archive whose index holds traditional characters as written (before
    folding) finds ``台湾`` once opened."""
    from tests.test_search_scripts import _old_search_text  # words as written, unfolded

    with upgraded_archive(
        tmp_path, PAGES, "2026-11-30T09:00:00+08:00", _old_search_text, "0037"
    ) as stale:
        assert [hit.site for hit in search(stale, "台湾")] == [TAIWAN]
