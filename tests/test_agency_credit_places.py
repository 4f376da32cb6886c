"""An agency's credit counts only where a credit stands: opening a line as a dateline's credit
("WASHINGTON (AP) — ", "東京（共同）", "【高松共同】") or closing it ("…した。（共同）", "…
said on Friday. (AP)"), in every language's table (newcomer 39, F2: a Tokyo PR agency's
"両国（共同）は…", "both countries (jointly)", read as Kyodo's credit anywhere in a sentence,
and "【日米共同】", "Japan-US joint", opening a line read as a Kyodo dateline, so rule 6 showed
Kyodo's page over the paper that had the story first).  Invented texts; the agencies' domains
are theirs.

The rules were written on ``TUNE``; ``CONFIRM`` was written before they were run on it."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from clipper.agencycredits import parenthesised_credits, placed_parentheses, wrapped_dateline
from clipper.canonical import Node
from clipper.stories.sitetext import agency_credits
from tests.test_imprecise_times import page, shown

JA = "高松市と岡山市を結ぶフェリー航路が来年３月に再開されることが４日、分かった。"
ZH = "我国首颗海洋观测商业卫星4日在酒泉卫星发射中心成功发射，卫星顺利进入预定轨道。"
ZH_HANT = "我國首顆海洋觀測商業衛星4日在酒泉衛星發射中心成功發射，衛星順利進入預定軌道。"
KO = "서울시가 내년부터 외국인 관광객을 위한 무료 셔틀버스를 운행한다고 4일 밝혔다."
EN = "The harbour authority said on Friday that the new ferry terminal would open in March."
PAPER = "https://harbour-daily.example/news/20261204/ferry"
KYODO = "https://www.kyodonews.net/news/2026/12/1"
XINHUA = "https://www.news.cn/20261204/1/c.html"
YONHAP = "https://www.yna.co.kr/view/AKR1"
AP = "https://apnews.com/article/ferry-1"
PA = "https://www.pamediagroup.com/news/1"

# (a paper's text, the agency's own page, whether the text credits that agency)
TUNE = [
    # a word's gloss or a joint venture's name: no credit
    (f"両国（共同）は来年、新たな枠組みを設ける。{JA}", KYODO, False),
    (f"【日米共同】新たな防衛協力の枠組みで合意した。{JA}", KYODO, False),
    (f"日米（共同）開発の新型ロケットは４日、打ち上げを延期した。{JA}", KYODO, False),
    (f"【官民共同】{JA}", KYODO, False),
    (f"The Associated Press (AP) reported on Friday that {EN}", AP, False),
    (f"Harrisburg (PA) officials said on Friday that {EN}", PA, False),
    (f"{EN} The ministry (AP) said more.", AP, False),
    # a dateline's credit and a closing credit
    (f"東京（共同）{JA}", KYODO, True),
    (f"【那覇共同】{JA}", KYODO, True),
    (f"{JA}（共同）", KYODO, True),
    (f"北京12月4日电（新华社）{ZH}", XINHUA, True),
    (f"{ZH}（新华社）", XINHUA, True),
    (f"WASHINGTON (AP) — {EN}", AP, True),
    (f"{EN} (AP)", AP, True),
]  # fmt: skip
# written before the rules were run on them
CONFIRM = [
    (f"【日中韓共同】{JA}", KYODO, False),
    (f"三者（共同）で新会社を設立すると発表した。{JA}", KYODO, False),
    (f"米中（共同）声明の発表は４日に延期された。{JA}", KYODO, False),
    (f"【産学共同】{JA}", KYODO, False),
    (f"兩岸（聯合）舉辦的展覽4日開幕。{ZH_HANT}", YONHAP, False),
    (f"Officials of the Press Association (PA) said on Friday that {EN}", PA, False),
    (f"【ソウル共同】{JA}", KYODO, True),
    (f"ワシントン（共同）{JA}", KYODO, True),
    (f"{ZH_HANT}（聯合）", YONHAP, True),
    (f"{KO} (연합뉴스)", YONHAP, True),
    (f"NEW YORK (AP) -- {EN}", AP, True),
    (f"(AP) — {EN}", AP, True),
]  # fmt: skip


def _copies(text: str, agency_url: str) -> tuple[Node, Node]:
    """The agency's page (15:00 UTC) and a paper's copy stating 11:00 UTC of ``text``."""
    agency = page(1, 400, "2026-12-04T15:00:00", agency_url, zoneless=False)
    paper = replace(
        page(2, 400, "2026-12-04T11:00:00", PAPER, zoneless=False), opening=text, closing=text
    )
    return agency, paper


@pytest.mark.parametrize(("text", "agency_url", "credited"), TUNE + CONFIRM)
def test_only_a_credit_in_a_credits_place_shows_the_agencys_page(
    text: str, agency_url: str, credited: bool
) -> None:
    for nodes in itertools.permutations(_copies(text, agency_url)):
        assert shown(*nodes) == (1 if credited else 2), text


@pytest.mark.parametrize(("text", "agency_url", "credited"), TUNE + CONFIRM)
def test_the_credit_readers_agree(text: str, agency_url: str, credited: bool) -> None:
    assert bool(agency_credits(text)) is credited, (text, agency_credits(text))


def test_the_places_a_parenthesis_credits_from() -> None:
    assert placed_parentheses("両国（共同）は来年、（新华社）を") == []
    assert placed_parentheses("東京（共同）政府は\n…と述べた。（共同）") == ["共同", "共同"]
    assert parenthesised_credits("St. Louis (AP) — A man") == {"AP"}
    assert parenthesised_credits("Die Regierung plant (dpa/AFP) neue Regeln.") == frozenset()
    assert parenthesised_credits("Die Regierung plant neue Regeln. (dpa/AFP)") == {"dpa", "AFP"}
    assert wrapped_dateline(f"【日米共同】{JA}") is None
    assert wrapped_dateline(f"【高松共同】{JA}") == (len("【高松共同】"), "Kyodo")
