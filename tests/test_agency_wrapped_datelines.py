"""An agency's dateline that wraps its place (and date, reporter) inside the credit, as Chinese,
Japanese and Korean services write it, credits the agency (newcomer 38, F3 and F8's third
item; clipper.agencycredits.wrapped_dateline): Kyodo's "【高松共同】" and "高松（共同）",
Jiji's "【ワシントン時事】", Xinhua's "新华社北京12月4日电（记者王建国）", CNA's
"（中央社記者陳怡君台北4日電）", Yonhap's "(서울=연합뉴스) 이지은 기자 = ".  Main read a credit
only in parentheses of its own ("（共同）", "（新华社）") and showed a paper's earlier copy over
the agency's own page; the digest's lead opened with the dateline.  "共同" ("jointly") and
"电" in ordinary words, a bracketed label and a gloss in parentheses credit nothing.
Invented texts and sites (the agencies' domains are theirs).

The patterns were written on ``TUNE``; ``CONFIRM`` was written before they were run on it."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from clipper.agencycredits import wrapped_dateline
from clipper.canonical import Node
from clipper.digest.lead import lead_paragraph
from tests.test_imprecise_times import page, shown

JA = "高松市と岡山市を結ぶフェリー航路が来年３月に再開されることが４日、分かった。"
ZH = "我国首颗海洋观测商业卫星4日在酒泉卫星发射中心成功发射，卫星顺利进入预定轨道。"
ZH_HANT = "我國首顆海洋觀測商業衛星4日在酒泉衛星發射中心成功發射，衛星順利進入預定軌道。"
KO = "서울시가 내년부터 외국인 관광객을 위한 무료 셔틀버스를 운행한다고 4일 밝혔다."
PAPER = "https://harbour-daily.example/news/20261204/ferry"

# (the paper's opening, the agency's own page, the agency as the credit names it)
TUNE = [
    (f"【高松共同】{JA}", "https://www.kyodonews.net/news/2026/12/1", "Kyodo"),
    (f"【北京共同】{JA}", "https://www.kyodonews.jp/news/2026/12/1", "Kyodo"),
    (f"高松（共同）{JA}", "https://www.kyodonews.net/news/2026/12/1", "Kyodo"),
    (f"【ワシントン時事】{JA}", "https://www.jiji.com/jc/article?k=1", "Jiji"),
    (f"新华社北京12月4日电（记者王建国）{ZH}", "https://www.xinhuanet.com/2026-12/04/c_1.htm",
     "Xinhua"),
    (f"新华社北京12月4日电（记者王建国）{ZH}", "https://www.news.cn/20261204/1/c.html", "Xinhua"),
    (f"（中央社記者陳怡君台北4日電）{ZH_HANT}", "https://www.cna.com.tw/news/1.aspx", "CNA"),
    (f"中新社上海12月4日电 {ZH}", "https://www.chinanews.com.cn/gn/2026/12-04/1.shtml",
     "China News Service"),
    (f"(서울=연합뉴스) 이지은 기자 = {KO}", "https://www.yna.co.kr/view/AKR1", "Yonhap"),
]  # fmt: skip

# written before the patterns were run on them
CONFIRM = [
    (f"【ソウル共同】{JA}", "https://www.kyodonews.jp/news/2026/12/2", "Kyodo"),
    (f"【ニューヨーク時事】{JA}", "https://www.jiji.com/jc/article?k=2", "Jiji"),
    (f"【12月4日 AFP】{JA}", "https://www.afpbb.com/articles/-/1", "AFP"),
    (f"新華社北京12月4日電 {ZH_HANT}", "https://www.xinhuanet.com/2026-12/04/c_2.htm", "Xinhua"),
    (f"新华社香港12月4日专电 {ZH}", "https://www.news.cn/20261204/2/c.html", "Xinhua"),
    (f"人民网北京12月4日电 （记者李明）{ZH}", "http://people.com.cn/n1/2026/1204/c1.html",
     "People's Daily"),
    (f"中新网12月4日电 {ZH}", "https://www.chinanews.com.cn/gn/2026/12-04/2.shtml",
     "China News Service"),
    (f"(세종=뉴스1) 김민수 기자 = {KO}", "https://www.news1.kr/articles/1", "News1"),
    (f"(부산=연합뉴스) 김철수 이영희 기자 = {KO}", "https://www.yna.co.kr/view/AKR2", "Yonhap"),
    (f"(서울=뉴시스) {KO}", "https://www.newsis.com/view/NISX1", "Newsis"),
]  # fmt: skip


def _copies(opening: str, agency_url: str) -> tuple[Node, Node]:
    """The agency's page (15:00 UTC) and a paper's copy stating 11:00 UTC opening ``opening``."""
    agency = page(1, 400, "2026-12-04T15:00:00", agency_url, zoneless=False)
    paper = replace(
        page(2, 400, "2026-12-04T11:00:00", PAPER, zoneless=False),
        opening=opening,
        closing=opening,
    )
    return agency, paper


@pytest.mark.parametrize(("opening", "agency_url", "agency"), TUNE + CONFIRM)
def test_a_wrapped_dateline_shows_its_agencys_page(
    opening: str, agency_url: str, agency: str
) -> None:
    for nodes in itertools.permutations(_copies(opening, agency_url)):
        assert shown(*nodes) == 1
    dateline = wrapped_dateline(opening)
    assert dateline is not None
    assert dateline[1] == agency
    assert opening[dateline[0] :] in (JA, ZH, ZH_HANT, KO)


@pytest.mark.parametrize(
    ("opening", "agency_url"),
    [
        # "共同" ("jointly", "joint") in a sentence, a bracket's label
        (f"日米が共同で開発した新型ロケットの打ち上げが４日、延期された。{JA}",
         "https://www.kyodonews.net/news/2026/12/1"),
        (f"【共同声明】日米両政府は４日、共同声明を発表した。{JA}",
         "https://www.kyodonews.net/news/2026/12/1"),
        (f"【速報】{JA}", "https://www.kyodonews.net/news/2026/12/1"),
        # a sentence naming the agency; "电" in ordinary words
        (f"共同通信の調査によると、{JA}", "https://www.kyodonews.jp/news/1"),
        (f"电力公司12月4日电价调整方案公布。{ZH}", "https://www.news.cn/20261204/1/c.html"),
        (f"新华社记者王建国报道，{ZH}", "https://www.news.cn/20261204/1/c.html"),
        # a parenthesis with "=" that names no agency
        (f"(서울=시청) {KO}", "https://www.yna.co.kr/view/AKR1"),
    ],
)  # fmt: skip
def test_an_agency_or_its_word_named_otherwise_credits_nothing(
    opening: str, agency_url: str
) -> None:
    """The agency's page and a paper's earlier copy opening so: the earlier, in either order."""
    for nodes in itertools.permutations(_copies(opening, agency_url)):
        assert shown(*nodes) == 2
    assert wrapped_dateline(opening) is None


@pytest.mark.parametrize(
    ("opening", "story"),
    [
        (f"(서울=연합뉴스) 이지은 기자 = {KO}", KO),
        (f"新华社北京12月4日电（记者王建国）{ZH}", ZH),
        (f"（中央社記者陳怡君台北4日電）{ZH_HANT}", ZH_HANT),
        (f"【高松共同】{JA}", JA),
        (f"(세종=뉴스1) 김민수 기자 = {KO}", KO),
    ],
)
def test_the_digests_lead_starts_at_the_story_text(opening: str, story: str) -> None:
    assert lead_paragraph(f"{opening}\n{KO}", 300) == story


def test_a_lead_without_a_dateline_is_kept_whole() -> None:
    """A gloss in parentheses before a particle ("両国（共同）は…") is no dateline, nor a credit
    (:func:`clipper.agencycredits.placed_parentheses`: tests/test_agency_credit_places.py)."""
    assert wrapped_dateline(f"両国（共同）は来年、新たな枠組みを設ける。{JA}") is None
    for text in (JA, ZH, KO, f"両国（共同）は来年、新たな枠組みを設ける。{JA}"):
        assert lead_paragraph(text, 300) == text
