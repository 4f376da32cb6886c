"""The line rules that counted words by spaces count a script written without them as the
length rules do (clipper.scripts.words_in): a Chinese, Japanese or Thai line was one "word",
so a news headline about cookies was a consent dialog's heading, a dump header's Thai or
Chinese teaser naming a day was its date, and a Chinese byline's role after the name was a
second author.  Invented texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.bylines import article_people
from clipper.config import ReadLimits
from clipper.furniture.consent import is_consent_heading
from clipper.page import Rejection
from clipper.read import read_pages
from clipper.read.textheader import split_header

# News headlines about cookie rules: 9-20 words by words_in, none a dialog's heading.
NEWS_HEADLINES = (
    "欧盟法院裁定网站使用Cookie前必须征得用户明确同意",
    "欧州司法裁判所、ウェブサイトのクッキー利用に利用者の同意が必要と判断",
    "ศาลสหภาพยุโรปตัดสินว่าเว็บไซต์ต้องขอความยินยอมก่อนใช้คุกกี้",
)
# A consent dialog's own short heading in the same scripts: still one.
DIALOG_HEADINGS = ("本网站使用Cookie", "クッキーの使用について", "เว็บไซต์นี้ใช้คุกกี้")


@pytest.mark.parametrize("headline", NEWS_HEADLINES)
def test_a_news_headline_about_cookies_is_no_consent_heading(headline: str) -> None:
    assert not is_consent_heading(headline)


@pytest.mark.parametrize("heading", DIALOG_HEADINGS)
def test_a_short_dialog_heading_of_an_unspaced_script_still_is_one(heading: str) -> None:
    assert is_consent_heading(heading)


def _header(value: str) -> dict[str, str | list[str]]:
    text = (
        "Title: Ferry returns\nURL: https://harbour.example/a\n"
        f"คำโปรย: {value}\n\nThe ferry runs again.\n"
    )
    return split_header(text)[0]


@pytest.mark.parametrize(
    "teaser",
    [
        "กรุงเทพมหานครเปิดสะพานข้ามแม่น้ำเจ้าพระยาแห่งใหม่เมื่อวันที่ 3 ธันวาคม 2026 หลังก่อสร้างมานานสามปี",
        "市政府于2026年12月3日宣布启动城市更新计划，预计投资三百亿元改造老旧小区",
    ],
)
def test_a_header_s_teaser_naming_a_day_is_not_its_date(teaser: str) -> None:
    assert "date" not in _header(teaser)


@pytest.mark.parametrize("value", ["3 ธันวาคม 2026", "2026年12月3日 10:30"])
def test_a_header_s_short_date_of_an_unspaced_script_is_still_its_date(value: str) -> None:
    assert _header(value)["date"] == value


@pytest.mark.parametrize(
    ("name", "people"),
    [
        # a name and its role: the role is no second author
        ("王小明, 新华社驻北京记者站首席记者", ["王小明"]),
        ("山田太郎, 東京新聞社会部デスク兼論説委員", ["山田太郎"]),
        # two names: both, in the order written (a Han name is no "Last, First")
        ("山田太郎, 佐藤花子", ["山田太郎, 佐藤花子"]),
        ("Doe, Jane", ["Jane Doe"]),
    ],
)
def test_a_json_ld_author_s_role_is_told_by_its_words(name: str, people: list[str]) -> None:
    schema = {"@type": "NewsArticle", "author": {"@type": "Person", "name": name}}
    assert list(article_people(schema)) == people


def test_a_description_only_record_counts_its_words(tmp_path: Path) -> None:
    record = {
        "title": "渡轮恢复运营",
        "text": "",
        "description": "西码头与霍尔姆角之间的客运渡轮在船坞停留三个月后将于周一恢复运营",
    }
    path = tmp_path / "night.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    rejected: list[Rejection] = []
    assert list(read_pages([path], ReadLimits(), rejected.append)) == []
    (rejection,) = rejected
    # 32 characters of Han: 16 words, as the too-short verdict counts them (it said 1 word)
    assert "only a description (16 words)" in rejection.detail
