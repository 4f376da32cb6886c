"""Solar Hijri dates in Iran's and Afghanistan's month names, and the clock a time written beside
them is on (clipper.solarmonths, clipper.numericdates): Iran's names are Iran's (Asia/Tehran),
Afghanistan's Dari and Pashto names Afghanistan's (Asia/Kabul, UTC+4:30), where the page's
address names no country (newcomer 49a: a ``.com`` agency's «۱۶ آذر ۱۴۰۵ - ۲۲:۰۵» was on any
clock; TOLOnews' «۱۶ قوس ۱۴۰۵ - ۱۰:۱۵» and a Pashto «۱۶ لیندۍ ۱۴۰۵» were not read)."""

from __future__ import annotations

import pytest

from clipper.numericdates import local_numeric_date, solar_hijri_in
from clipper.page import Article

# Invented Dari text: a provincial water project (Afghanistan's spellings: ولسوالی, دالر).
_PARAGRAPHS = (
    "ریاست آبیاری ولایت بلخ روز سه‌شنبه اعلام کرد که کار ساخت کانال جدید آب در ولسوالی"
    " دولت‌آباد تا پایان فصل زمستان تکمیل می‌شود و زمین‌های بیش از دو هزار خانواده آبیاری"
    " خواهد شد.",
    "به گفته مسئولان این ریاست، هزینه این پروژه نزدیک به سه میلیون دالر است و کارگران محلی"
    " در آن استخدام شده‌اند تا اقتصاد روستاهای اطراف نیز بهبود یابد.",
    "دهقانان منطقه از این طرح استقبال کرده‌اند و خواستار ساخت بند کوچک در دره نزدیک شده‌اند.",
)


def _page(dateline: str, url: str) -> Article:
    from clipper.clean import clean_page
    from clipper.config import CleanConfig
    from clipper.page import RawPage

    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    page = (
        "<html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>کانال آب بلخ</title>"
        "</head><body><article><h1>کانال جدید آب در دولت‌آباد تا پایان زمستان تکمیل می‌شود"
        f"</h1><p>{dateline}</p>{body}</article></body></html>"
    )
    raw = RawPage(origin="t/solar", kind="html", body=page.encode(), url=url)
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # Dari's zodiac names: 20 Qaws 1405 is 20 Azar, 11 December 2026; Kabul's UTC+4:30
        ("۲۰ قوس ۱۴۰۵ - ۰۸:۳۰", "2026-12-11 08:30+04:30"),
        ("۳ دلو ۱۴۰۵، ۱۶:۴۰", "2027-01-23 16:40+04:30"),
        # typed on an Arabic keyboard (ي for ی)
        ("۲۰ ميزان ۱۴۰۵ ساعت ۱۴:۰۰", "2026-10-12 14:00+04:30"),
        # Pashto's names, day first and year first ("of the solar year 1405, Lindai's 20th")
        ("۲۰ لیندۍ ۱۴۰۵", "2026-12-11"),
        ("د ۱۴۰۵ لمریز کال د لیندۍ ۲۰مه", "2026-12-11"),
        # Iran's names: Tehran's clock, its summer time (UTC+4:30) until 2022 included
        ("۲۰ آذر ۱۴۰۵ - ۰۷:۱۲", "2026-12-11 07:12+03:30"),
        ("۱۰ تیر ۱۴۰۰ - ۱۲:۰۰", "2021-07-01 12:00+04:30"),
        ("۲۰ آذر ۱۴۰۵ - ۰۷:۱۲ به وقت تهران", "2026-12-11 07:12+03:30"),
        # a zone or another country's clock named after the time: left to the general readers
        ("۲۰ آذر ۱۴۰۵ - ۰۷:۱۲ GMT", "2026-12-11 07:12 GMT"),
        ("۲۰ آذر ۱۴۰۵ - ۰۷:۱۲ به وقت کابل", "2026-12-11 07:12 به وقت کابل"),
    ],
)
def test_a_solar_date_is_read_on_its_names_clock(written: str, read: str) -> None:
    assert local_numeric_date(written) == read
    assert solar_hijri_in(written)


def test_a_month_name_alone_is_no_date() -> None:
    # "جدی" is also "serious", "قوس" an arc: a name without its day and year is no date
    assert local_numeric_date("موضوع جدی ۱۴۰۵") == "موضوع جدی ۱۴۰۵"
    assert not solar_hijri_in("قوس ۱۴۰۵")


def test_an_afghan_dateline_dates_the_page_and_leaves_the_text() -> None:
    # 3 Qaws 1405 is 24 November 2026
    article = _page("۳ قوس ۱۴۰۵ - ۰۸:۳۰", "https://kabul-khabar.example/fa/8812")
    assert (article.published, article.date_source) == ("2026-11-24T08:30:00+04:30", "declared")
    assert "قوس" not in article.text
    article = _page("د ۱۴۰۵ لمریز کال د لیندۍ ۳مه", "https://kabul-khabar.example/ps/8813")
    assert article.published == "2026-11-24"
    assert "لیندۍ" not in article.text


def test_an_iranian_time_on_a_com_address_is_tehrans() -> None:
    article = _page("۳ آذر ۱۴۰۵ - ۲۲:۰۵", "https://agency-news.example.com/fa/news/1")
    assert article.published == "2026-11-24T22:05:00+03:30"


def test_the_addresss_country_comes_first() -> None:
    # an .ir page's time stays as written, on its address's clock (Iran's: the same moment)
    article = _page("۳ آذر ۱۴۰۵ - ۲۲:۰۵", "https://khabar-shiraz.ir/news/2")
    assert article.published == "2026-11-24T22:05:00"
    # Iran's names on an Afghan address: Afghanistan's clock, the address's, not Tehran's
    article = _page("۳ آذر ۱۴۰۵ - ۲۲:۰۵", "https://kabul-khabar.af/fa/3")
    assert article.published == "2026-11-24T22:05:00"
