"""Dates of numbers written the local way (newcomer 23, findings 9, 12, 19, 26): Vietnamese day
first, Korean year first with dots and 오전/오후, Taiwan's Minguo years, Solar Hijri (Iran's
calendar), a trailing agency credit, "GMT+7" read east of Greenwich; a numeric date whose
day/month order is in doubt stays unread wherever it stands in the value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.htmlmeta import page_meta
from clipper.page import Article
from clipper.read.declareddates import declared_date
from tests.test_local_dates import TEXT, _read


def _record(tmp_path: Path, published: str, lang: str | None = None) -> tuple[str | None, ...]:
    record = {"url": "https://tin.example/a", "text": TEXT, "published": published}
    if lang:
        record["lang"] = lang
    path = tmp_path / "night.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n")
    (page,) = _read(path)
    return page.published, page.date_unread


@pytest.mark.parametrize(
    ("written", "lang", "read"),
    [
        # Vietnamese: day first by the record's language, or by a Vietnamese word in the value
        ("03/12/2026 14:30", "vi", "2026-12-03 14:30"),
        ("14:30 03/12/2026", "vi", "2026-12-03 14:30"),
        ("03-12-2026 - 14:30 PM", "vi", "2026-12-03 14:30"),
        ("Thứ Năm, 03/12/2026, 14:30 (GMT+7)", None, "2026-12-03T14:30:00+07:00"),
        ("3/12/2026 2:30 CH", None, "2026-12-03T14:30:00"),
        ("14:30 ngày 3/12/2026", None, "2026-12-03 14:30"),
        # Ukrainian "о" (at) between date and time; Korean year first and 오후 (p.m.)
        ("03.12.2026 о 14:30", "uk", "2026-12-03T14:30:00"),
        ("2026-12-03 오후 2:30", "ko", "2026-12-03T14:30:00"),
        ("2026. 12. 3. 오후 2:30", "ko", "2026-12-03T14:30:00"),
        # Taiwan's Minguo years (115 + 1911), a bracketed agency credit after the time
        ("民國115年12月3日", "zh", "2026-12-03"),
        ("115年12月3日 14:30", "zh", "2026-12-03 14:30"),
        ("115/12/03 14:30", "zh", "2026-12-03 14:30"),
        ("2026-12-03 14:30 (中央社)", "zh", "2026-12-03 14:30"),
        # Solar Hijri: 7 Azar 1405 is 28 November 2026
        ("۱۴۰۵/۰۹/۰۷ ۱۰:۳۰", "fa", "2026-11-28 10:30"),
        ("۱۴۰۵/۰۹/۰۷ ۱۰:۳۰", None, "2026-11-28 10:30"),
        ("1405/09/12", "fa", "2026-12-03"),
        # Iran's month names: the time is Iran's (UTC+3:30) on an address of no country
        ("شنبه ۸ آذر ۱۴۰۵ - ۱۱:۴۵", None, "2026-11-29 11:45+03:30"),
        ("۱۲ آذر ۱۴۰۵", None, "2026-12-03"),
        ("2026-12-03 14:30 GMT+7", None, "2026-12-03T14:30:00+07:00"),
    ],
)
def test_local_numeric_dates_are_read(
    tmp_path: Path, written: str, lang: str | None, read: str
) -> None:
    assert _record(tmp_path, written, lang) == (read, None)


@pytest.mark.parametrize(
    ("written", "lang"),
    [
        ("14:30 03/12/2026", None),  # was stored as 12 March: month first
        ("14:30 03/12/2026", "en"),
        ("03/12/2026 14:30", "ja"),  # only the languages that write the day first
        ("03-12-2026 - 14:30 PM", None),
        ("1448/06/12", "ar"),  # a lunar Hijri year, not a Solar Hijri one
        ("1404/12/30", "fa"),  # 1404 is a common year: no 30 Esfand
        ("115/13/03", "zh"),
    ],
)
def test_dates_in_doubt_or_none_stay_unread(tmp_path: Path, written: str, lang: str | None) -> None:
    assert _record(tmp_path, written, lang) == (None, written)


def test_time_first_dotted_date_is_day_first() -> None:
    assert declared_date("14:30 03.12.2026")[0] == "2026-12-03T14:30:00"


@pytest.mark.parametrize(
    ("meta", "read"),
    [
        ('<meta property="og:regDate" content="20261129081500">', "2026-11-29T08:15:00"),
        (
            '<meta property="dd:published_time" content="2026-11-29T08:15:00+09:00">',
            "2026-11-29T08:15:00+09:00",
        ),
    ],
)
def test_korean_cms_date_meta_is_declared(meta: str, read: str) -> None:
    from lxml import html

    page = (
        f"<html lang='ko'><head><title>부산 불꽃축제 개막</title>{meta}</head>"
        "<body><article><h1>부산 불꽃축제 개막</h1><p>행사는 토요일 저녁에 열린다.</p>"
        "</article></body></html>"
    )
    meta_read = page_meta(
        html.fromstring(page), "https://busan.example/news/articleView.html?idxno=1"
    )
    assert meta_read.published == read


# An Iranian page of this test's own: its dateline (or date meta) is what the test varies.
_FA_PARAGRAPHS = (
    "شهرداری شیراز روز دوشنبه اعلام کرد که ساخت پل عابر پیاده جدید در بلوار چمران تا پایان"
    " زمستان به پایان می‌رسد و عبور از این بلوار برای دانش‌آموزان مدارس اطراف ایمن‌تر می‌شود.",
    "به گفته معاون فنی شهرداری، اسکلت فلزی پل در کارگاه ساخته شده و نصب آن در سه شب"
    " انجام می‌شود تا ترافیک روزانه بلوار مختل نشود.",
    "ساکنان محله از این طرح استقبال کرده‌اند و خواستار نصب آسانسور برای سالمندان شده‌اند.",
)


def _fa_page(
    dateline: str = "", meta: str = "", lang: str = "fa", fetched: str | None = None
) -> Article:
    from clipper.clean import clean_page
    from clipper.config import CleanConfig
    from clipper.page import RawPage

    body = "".join(f"<p>{p}</p>" for p in _FA_PARAGRAPHS)
    page = (
        f"<html lang='{lang}' dir='rtl'><head><meta charset='utf-8'><title>پل عابر چمران</title>"
        f"{meta}</head><body><article><h1>پل عابر پیاده بلوار چمران تا پایان زمستان"
        f" آماده می‌شود</h1><div class='date'>{dateline}</div>{body}</article></body></html>"
    )
    raw = RawPage(
        origin="t/fa",
        kind="html",
        body=page.encode(),
        url="https://shiraz-emruz.example/news/881",
        fetched_at=fetched,
    )
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    ("meta", "lang", "read"),
    [
        # Iranian CMSs write article:published_time in the Solar Hijri calendar: 11 Azar 1405 is
        # 2 December 2026; at Iran's offset, or without one on a Persian page
        ("1405-09-11T09:15:00+03:30", "ar", "2026-12-02T09:15:00+03:30"),
        ("1405-09-11T09:15:00", "fa", "2026-12-02T09:15:00"),
        ("1405-09-11", "fa", "2026-12-02"),
    ],
)
def test_a_solar_hijri_date_meta_is_declared(meta: str, lang: str, read: str) -> None:
    tag = f'<meta property="article:published_time" content="{meta}">'
    article = _fa_page(meta=tag, lang=lang)
    assert (article.published, article.date_source) == (read, "declared")


def test_a_hijri_year_meta_not_read_is_counted() -> None:
    """Neither at Iran's offset nor on a Persian page, a year of 1448 may be a lunar Hijri one:
    not read, and no longer passed over as a stand-in for no date without a word."""
    tag = '<meta property="article:published_time" content="1448-06-12T09:15:00+03:00">'
    article = _fa_page(meta=tag, lang="ar")
    assert (article.published, article.date_unread) == (None, "1448-06-12T09:15:00+03:00")


@pytest.mark.parametrize(
    ("dateline", "read", "source"),
    [
        # the posting time under the headline: declared, with its time
        # (Iran's month names: on Iran's clock, UTC+3:30, the address naming no country)
        ("سه‌شنبه ۱۱ آذر ۱۴۰۵ ساعت ۰۹:۱۵", "2026-12-02T09:15:00+03:30", "declared"),
        ("۱۱ آذر ۱۴۰۵ - ۰۹:۱۵", "2026-12-02T09:15:00+03:30", "declared"),
        ("۱۴۰۵/۰۹/۱۱ ۰۹:۱۵", "2026-12-02T09:15:00", "declared"),
        # the day alone, no label: what htmldate would guess of a Gregorian one
        ("۱۱ آذر ۱۴۰۵", "2026-12-02", "guessed"),
        ("سه‌شنبه ۱۱ آذر ۱۴۰۵", "2026-12-02", "guessed"),
    ],
)
def test_a_solar_hijri_dateline_dates_the_page(dateline: str, read: str, source: str) -> None:
    article = _fa_page(dateline)
    assert (article.published, article.date_source) == (read, source)


def test_a_solar_hijri_dateline_not_read_is_counted() -> None:
    # Mehr has 30 days: no date, the page undated and the line counted
    article = _fa_page("۳۱ مهر ۱۴۰۵ ساعت ۰۹:۱۵")
    assert (article.published, article.date_unread) == (None, "۳۱ مهر ۱۴۰۵ ساعت ۰۹:۱۵")
    # a day after the page was saved: read, and counted as impossible (09:15 on 2 December on
    # Iran's clock, its month names', is 05:45 UTC; the page was saved at 02:00 UTC the day
    # before, more than a zoned time's day of slack)
    article = _fa_page("۱۱ آذر ۱۴۰۵ ساعت ۰۹:۱۵", fetched="2026-12-01T02:00:00+00:00")
    assert (article.published, article.date_ignored) == (None, "2026-12-02T09:15:00+03:30")
