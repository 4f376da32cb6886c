"""Dates of Japan's eras and of the Minguo era, and the words for the part of the day before a
12-hour time (newcomer 38, F5): "令和8年12月4日" (a Japanese release's date) and
"中華民國115年12月4日 下午 3:20" (Taiwan's) were neither read nor counted among the dates not
read; "2026年12月04日 下午3时20分" was counted, not read; a Hijri dateline's "03:20 م"
(evening) was not read.  Read in an HTML page's dateline under its headline and in a record's
date field; a date of that shape not read (a 30 February) is counted.  Invented pages."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.dumpdates import date_looking
from clipper.linedates import line_date
from clipper.page import Article, RawPage
from clipper.read.declareddates import declared_date

_JA_BODY = (
    "香川県の港で４日朝、作業船が岸壁に接触する事故があり、港湾事務所は午後から一部の岸壁の使用を"
    "止めた。けが人はいなかった。",
    "事務所によると、作業船は荷役の準備中に強い風にあおられたとみられる。岸壁の損傷の程度を調べて"
    "いる。",
    "再開の時期は未定で、事務所は定期船の発着に影響はないとしている。",
)
_ZH_BODY = (
    "基隆港務分公司今天表示，北側碼頭將自下週起進行為期兩週的維修，期間部分渡輪改靠西側碼頭。",
    "分公司指出，維修工程包括更換防舷材及重新鋪設碼頭面，施工期間將加派人員引導旅客。",
    "港務單位呼籲旅客提早抵達，並留意渡輪公司公告的最新班表。",
)


def _page(dateline: str, body: tuple[str, ...], lang: str) -> Article:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    html = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>港の記事</title></head><body>"
        f"<article><h1>港で作業船が岸壁に接触</h1><p class='date'><time>{dateline}</time></p>"
        f"{paragraphs}</article></body></html>"
    )
    raw = RawPage(origin="t.html", kind="html", body=html.encode(),
                  url="https://minato.example/news/8",
                  fetched_at="2026-12-05T08:00:00+00:00")  # fmt: skip
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("令和8年12月4日", "2026-12-04"),
        ("令和８年１２月４日", "2026-12-04"),  # full-width digits
        ("令和元年5月1日", "2019-05-01"),  # an era's first year
        ("平成31年4月30日 10:00", "2019-04-30T10:00:00"),
        ("昭和64年1月7日", "1989-01-07"),
        ("中華民國115年12月4日 下午 3:20", "2026-12-04T15:20:00"),
        ("中華民國115年12月4日 上午 9:05", "2026-12-04T09:05:00"),
        ("民國115年12月4日 晚上8點半", "2026-12-04T20:30:00"),
        ("115年12月4日 凌晨 2:15", "2026-12-04T02:15:00"),
        ("2026年12月04日 下午3时20分", "2026-12-04T15:20:00"),
        ("2026年12月4日 中午12:30", "2026-12-04T12:30:00"),
        ("2026年12月4日 中午1点", "2026-12-04T13:00:00"),
        ("2026年12月4日 午後6時45分", "2026-12-04T18:45:00"),
        ("الخميس 20 جمادى الأولى 1448هـ 03:20 م", "2026-10-31T15:20:00"),
        ("1448/05/20 هـ 10:15 ص", "2026-10-31T10:15:00"),
    ],
)
def test_a_dateline_of_an_era_or_a_day_part_is_read(written: str, read: str) -> None:
    assert date_looking(written)
    assert line_date(written) == read


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("令和8年12月4日", "2026-12-04"),
        ("中華民國115年12月4日 下午 3:20", "2026-12-04T15:20:00"),
    ],
)
def test_a_record_date_field_of_an_era_is_read(written: str, read: str) -> None:
    assert declared_date(written)[0] == read


def test_a_japanese_page_dated_in_reiwa_is_dated() -> None:
    article = _page("令和8年12月4日", _JA_BODY, "ja")
    assert (article.published, article.date_unread) == ("2026-12-04", None)


def test_a_taiwanese_page_with_its_afternoon_is_dated() -> None:
    article = _page("中華民國115年12月4日 下午 3:20", _ZH_BODY, "zh-TW")
    assert (article.published, article.date_unread) == ("2026-12-04T15:20:00", None)


@pytest.mark.parametrize("dateline", ["令和8年2月30日", "中華民國115年2月30日 下午 3:20"])
def test_an_era_date_not_read_is_counted(dateline: str) -> None:
    """No 30 February: the page is kept undated, and its date line counted as not read."""
    body, lang = (_JA_BODY, "ja") if dateline.startswith("令和") else (_ZH_BODY, "zh-TW")
    article = _page(dateline, body, lang)
    assert (article.published, article.date_unread) == (None, dateline)
