"""Chinese or Japanese spaced out one character at a time ("滨 江 市 地 铁 三 号 线": a title
letter-spaced with spaces, a justified text saved with its spacing) is searched as the words it
spells: a lone Han or kana character continues the run of a lone one before it across one
space (:data:`clipper.searchtext._SPACED_OUT`), so 地铁 finds it (fieldprobe35: No matches),
on both backends; migration 0082 indexes stored pages again.  Words a space parts ("北京 上海")
stay apart.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.search import search
from clipper.searchtext import search_text
from tests.searchpages import stored_archive, upgraded_archive

SPACED = "binjiang-c.example"
JOINED = "binjiang-ribao.example"
OTHER = "nanhu-wanbao.example"
PAGES = {
    "spaced.html": (
        "zh-CN",
        f"https://{SPACED}/city/line-3",
        "滨 江 新 线 下 月 开 通",
        [
            "滨 江 市 地 铁 三 号 线 将 于 下 月 十 五 日 正 式 开 通 运 营 。",
            "市交通局表示，新线全长二十八公里，共设二十一座车站，高峰时段每四分钟一班。",
            "沿线居民说，通勤时间将从一个多小时缩短到四十分钟左右。",
        ],
    ),
    "joined.html": (
        "zh-CN",
        f"https://{JOINED}/city/metro-fares",
        "滨江地铁调整票价",
        [
            "滨江市地铁公司周三宣布，明年一月起三号线和其他线路的起步票价调整为三元。",
            "公司称，调整后的票价仍低于周边城市，学生和老人继续享受半价优惠。",
        ],
    ),
    "other.html": (
        "zh-CN",
        f"https://{OTHER}/society/market",
        "南湖夜市下月开放",
        [
            "南湖区政府表示，夜市将于下月起每周五和周六晚上开放，约有两百个摊位。",
            "区里计划在夜市周边增设公交线路和停车位，方便市民前往。",
        ],
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(
        module_db_url, tmp_path_factory.mktemp("spaced"), PAGES, "2026-12-04T09:00:00+08:00"
    )


@pytest.mark.parametrize("query", ["地铁", "滨江市地铁", '"地铁三号线"', "正式开通"])
def test_a_spaced_out_text_is_found_by_its_words(archive: Archive, query: str) -> None:
    assert SPACED in {hit.site for hit in search(archive, query)}, query


def test_a_spaced_out_title_is_found(archive: Archive) -> None:
    assert [hit.site for hit in search(archive, "滨江新线")] == [SPACED]


def test_other_pages_are_not_found(archive: Archive) -> None:
    assert sorted(hit.site or "" for hit in search(archive, "地铁")) == sorted([JOINED, SPACED])
    assert [hit.site for hit in search(archive, "夜市")] == [OTHER]


def test_a_run_continues_across_spaces_only_between_lone_characters() -> None:
    assert search_text("地 铁 三 号 线") == search_text("地铁三号线")
    assert search_text("地\u3000铁") == search_text("地铁")  # an ideographic space
    assert search_text("お し ら せ") == search_text("おしらせ")
    # words that a space parts stay apart, as do characters beside Latin words or a line break
    assert search_text("北京 上海") != search_text("北京上海")
    assert search_text("東京 大学") != search_text("東京大学")
    assert search_text("地\n铁") != search_text("地铁")
    assert "股b" not in search_text("A 股 B 地铁")


def test_upgrade_indexes_spaced_out_pages_again(tmp_path: Path) -> None:
    """Migration 0082: an archive whose index holds a spaced-out page character by character
    finds it by its words once opened."""
    with upgraded_archive(
        tmp_path, PAGES, "2026-12-04T09:00:00+08:00",
        lambda value: search_text((value or "").replace(" ", "\n")), "0081",
    ) as stale:
        assert sorted(hit.site or "" for hit in search(stale, "地铁")) == sorted([JOINED, SPACED])
