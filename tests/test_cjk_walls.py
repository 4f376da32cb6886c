"""Korean and Chinese member-only walls below an article's opening are cut and the page stored
partial, and the walls' button rows in Chinese, Japanese and Korean ("会員登録（無料）｜ログイン",
"로그인 | 회원가입", "立即订阅 | 登录") are cut as other languages' buttons are (newcomer 38 F4:
the Korean and Chinese teasers were stored whole, not partial, the wall and its buttons in the
text; the Japanese wall was cut, its buttons kept).  A report about paying members or
subscribers stays an article.  Invented texts and sites."""

from __future__ import annotations

from typing import Literal

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

OPENING = {
    "ja": "香川県沖の瀬戸内海で４日朝、旅客フェリーが浅瀬に乗り上げた事故で、"
          "運航会社の社長が同日夕に記者会見を開き、点検の不備を認めて謝罪した。",
    "ko": "서울시가 외국인 관광객을 위해 도입한 무료 셔틀버스의 첫 주말 이용객이"
          " 1만 명을 넘어선 것으로 집계됐다고 4일 밝혔다.",
    "zh": "12月4日上午，我国在酒泉卫星发射中心成功发射一颗海洋观测卫星，"
          "卫星顺利进入预定轨道，发射任务取得圆满成功。",
    "zh-Hant": "12月4日上午，我國在酒泉衛星發射中心成功發射一顆海洋觀測衛星，"
               "衛星順利進入預定軌道，發射任務取得圓滿成功。",
}  # fmt: skip

# (language, the wall's statement and calls, its buttons)
WALLS = [
    ("ja", "この記事は会員限定です。登録すると続きをお読みいただけます。",
     "会員登録（無料）｜ログイン"),
    ("ja", "この記事は有料会員限定です。", "ログイン・会員登録"),
    ("ko", "이 기사는 유료회원 전용 기사입니다. 로그인 후 이용해 주세요.", "로그인 | 회원가입"),
    ("ko", "로그인 후 기사 전문을 보실 수 있습니다.", "회원가입 ｜ 로그인"),
    ("zh", "本文为付费内容，订阅后可阅读全文。", "立即订阅 | 登录"),
    ("zh", "登录后可阅读全文。", "登录 | 注册"),
    ("zh-Hant", "本文為付費內容，訂閱後可閱讀全文。", "立即訂閱｜登入"),
]  # fmt: skip


def _page(language: str, paragraphs: list[str], kind: Literal["text", "html"]) -> RawPage:
    body = "\n".join(paragraphs)
    if kind == "html":
        body = (
            f'<html lang="{language}"><head><title>ニュース</title></head><body><article>'
            "<h1>ニュース</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
            + "</article></body></html>"
        )
    return RawPage(
        origin="night.jsonl:3", kind=kind, body=body, title="ニュース", language=language,
        url="https://setonaikai-nippo.example/articles/20261204-3",
        fetched_at="2026-12-04T23:40:00+00:00",
    )  # fmt: skip


@pytest.mark.parametrize("kind", ["text", "html"])
@pytest.mark.parametrize(("language", "wall", "buttons"), WALLS)
def test_a_wall_and_its_buttons_below_the_opening_are_cut_and_the_page_partial(
    language: str, wall: str, buttons: str, kind: Literal["text", "html"]
) -> None:
    opening = OPENING[language]
    got = clean_page(_page(language, [opening, wall, buttons], kind), CleanConfig())
    assert isinstance(got, Article), got
    assert got.text == opening
    assert got.partial == "paywall"


@pytest.mark.parametrize(
    ("language", "report"),
    [
        ("ko", "유료회원 수가 지난해 2만 명을 넘어섰다고 신문사가 4일 밝혔다. 구독 후 이용 만족도도"
               " 높아졌다는 조사 결과가 함께 나왔다."),
        ("ko", "이 기사는 유료회원 증가 추세를 다룬 연구 보고서를 바탕으로 작성됐다."),
        ("zh", "付费内容订阅用户去年增长两成，该报社4日公布的年报显示，"
               "数字订阅收入首次超过广告收入。"),
        ("zh", "本文为记者在发布会现场的观察，付费内容的比重仍在上升。"),
        ("ja", "会員登録した読者は昨年２万人を超えたと、同社が４日発表した。"
               "ログインした読者の滞在時間も伸びたという。"),
    ],
)  # fmt: skip
def test_a_report_about_members_or_subscribers_stays_whole(language: str, report: str) -> None:
    for kind in ("text", "html"):
        got = clean_page(_page(language, [OPENING[language], report], kind), CleanConfig())
        assert isinstance(got, Article), got
        assert got.text == f"{OPENING[language]}\n{report}"
        assert got.partial is None
