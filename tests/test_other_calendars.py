"""Dates of the lunar Hijri and Ethiopian calendars, and of Gregorian month names htmldate does
not read (newcomer 27, findings 1 and 2): read in a record's date field, in an HTML page's
dateline under its headline and in a text dump's; a line that gives the Gregorian date beside
the Hijri one is read by its Gregorian date; a date-looking line not read is counted.  Invented
pages and texts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.textdump import clean_text_dump
from tests.test_local_dates import TEXT, _read
from tests.test_local_numeric_dates import _record

_AR_BODY = (
    "أعلنت بلدية المدينة الساحلية صباح اليوم إغلاق الكورنيش الشمالي أمام السيارات لمدة أسبوعين"
    " بسبب أعمال صيانة الجدار البحري الذي تضرر في العاصفة الأخيرة.",
    "وقال مدير إدارة الطرق إن فرق العمل ستعمل على مدار الساعة، وإن المشاة يستطيعون استخدام"
    " الممر الداخلي طوال فترة الأشغال دون انقطاع.",
    "ودعت البلدية أصحاب المحال التجارية المطلة على الكورنيش إلى التنسيق معها لتأمين وصول"
    " البضائع في ساعات الصباح الباكر قبل بدء الأعمال.",
)
_AM_BODY = (
    "የከተማው አስተዳደር በሰሜናዊው ክፍል አዲስ የመጠጥ ውሃ ማከፋፈያ ጣቢያ ግንባታ መጀመሩን ዛሬ አስታውቋል።"
    " ጣቢያው ከአርባ ሺህ በላይ ነዋሪዎችን ተጠቃሚ ያደርጋል ተብሏል።",
    "የውሃ ባለሥልጣኑ ኃላፊ እንደገለጹት ግንባታው በአስራ ስምንት ወራት ውስጥ ይጠናቀቃል፤ ለሥራው"
    " የሚያስፈልገው ገንዘብ ከመንግሥት በጀት ተመድቧል።",
    "ነዋሪዎችም በአካባቢው ለረጅም ጊዜ የቆየው የውሃ እጥረት በዚህ ፕሮጀክት ይፈታል የሚል ተስፋ እንዳላቸው ተናግረዋል።",
)
_SW_BODY = (
    "Halmashauri ya mji imetangaza kufungwa kwa barabara kuu ya pwani kwa wiki mbili ili kupisha"
    " ukarabati wa ukuta wa bahari ulioharibiwa na dhoruba iliyopita.",
    "Mkurugenzi wa barabara alisema mafundi watafanya kazi mchana na usiku, na watembea kwa miguu"
    " wataweza kutumia njia ya ndani wakati wote wa ukarabati.",
    "Wafanyabiashara wa eneo hilo wameombwa kushirikiana na halmashauri ili bidhaa ziwafikie"
    " mapema asubuhi kabla kazi haijaanza.",
)


def _page(dateline: str, body: tuple[str, ...] = _AR_BODY, lang: str = "ar") -> Article:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    page = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>خبر</title></head><body>"
        f"<article><h1>إغلاق الكورنيش الشمالي أسبوعين للصيانة</h1>"
        f"<div class='meta'><span class='date'>{dateline}</span></div>{paragraphs}"
        "</article></body></html>"
    )
    return _cleaned("html", page, "https://sahil.example/news/52")


def _cleaned(kind: Literal["html", "text"], body: str, url: str) -> Article:
    raw = RawPage(
        origin=f"t/{kind}",
        kind=kind,
        body=body.encode(),
        url=url,
        fetched_at="2026-12-01T08:00:00+00:00",
    )
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # lunar Hijri (Umm al-Qura): 1 Jumada I 1448 is 12 October 2026
        ("20 جمادى الأولى 1448 هـ", "2026-10-31"),
        ("السبت ٢٠ جمادى الأولى ١٤٤٨هـ", "2026-10-31"),
        ("1448/05/20 هـ", "2026-10-31"),  # year first, with the era's mark
        ("۱۵ جمادی‌الاول ۱۴۴۸", "2026-10-26"),  # Persian spelling, Persian digits
        ("10 ذو الحجة 1447 هـ", "2026-05-27"),
        ("20 جمادى الأولى 1448هـ 10:30", "2026-10-31 10:30"),
        # Ethiopian: 1 Meskerem 2019 is 11 September 2026
        ("ጥቅምት 15 ቀን 2019 ዓ.ም", "2026-10-25"),
        ("12 ህዳር 2019 ዓ/ም", "2026-11-21"),
        ("ሕዳር 12/2019", "2026-11-21"),
        ("ጳጉሜን 6 2015", "2023-09-11"),  # the 13th month's 6th day, before a leap year
        # the Gregorian date written beside the Hijri one is read, as written (the paper's
        # Hijri date a day off Umm al-Qura's, as printed calendars are)
        ("السبت - 19 جمادى الأولى 1448 هـ - 31 أكتوبر 2026 مـ", "2026-10-31"),
        ("1448/05/19 هـ الموافق 2026/10/31 م", "2026-10-31"),
    ],
)
def test_a_record_s_date_of_another_calendar_is_read(
    tmp_path: Path, written: str, read: str
) -> None:
    assert _record(tmp_path, written) == (read, None)


@pytest.mark.parametrize(
    "written",
    [
        "30 جمادى الآخرة 1448 هـ",  # that month has 29 days
        "ጳጉሜን 6 2016",  # Pagume has 5 days before a common year
        "12/06/1448",  # no era's mark: a Solar Hijri year too, on a Persian page
        "Sat, 21 Nov",  # no year
    ],
)
def test_a_date_the_calendar_has_not_stays_unread_and_counted(tmp_path: Path, written: str) -> None:
    assert _record(tmp_path, written) == (None, written)


@pytest.mark.parametrize(
    ("dateline", "body", "lang", "read"),
    [
        ("٣١ تشرين الأول ٢٠٢٦", _AR_BODY, "ar", "2026-10-31"),  # Levantine month names
        ("السبت 31 تشرين الأول 2026", _AR_BODY, "ar", "2026-10-31"),
        ("14 جانفي 2026", _AR_BODY, "ar", "2026-01-14"),  # Algeria's
        ("السبت 20 جمادى الأولى 1448هـ", _AR_BODY, "ar", "2026-10-31"),
        ("السبت - 19 جمادى الأولى 1448 هـ - 31 أكتوبر 2026 مـ", _AR_BODY, "ar", "2026-10-31"),
        ("ሕዳር 12 ቀን 2019 ዓ.ም", _AM_BODY, "am", "2026-11-21"),
        ("Jumamosi, Oktoba 31, 2026", _SW_BODY, "sw", "2026-10-31"),
    ],
)
def test_a_page_s_only_dateline_dates_it(
    dateline: str, body: tuple[str, ...], lang: str, read: str
) -> None:
    article = _page(dateline, body, lang)
    assert (article.published, article.date_source, article.date_unread) == (
        read,
        "guessed",
        None,
    )


@pytest.mark.parametrize(
    "dateline",
    [
        "السبت 30 جمادى الآخرة 1448هـ",  # a day that month has not
        "ጳጉሜን 6 ቀን 2016 ዓ.ም",
        "31 تشرين الثاني 2026",  # November has 30 days
    ],
)
def test_a_page_s_dateline_not_read_is_counted(dateline: str) -> None:
    article = _page(dateline)
    assert (article.published, article.date_unread) == (None, dateline)


def test_a_hijri_dateline_over_a_dump_is_its_header_date_or_counted() -> None:
    """A bare date under a dump's headline is its header date (tests/test_dump_header_dates.py:
    Saturday 20 Jumada al-Ula 1448 is 31 October 2026); under its first paragraph it is not
    its date (the site's "today" as often: README, text dumps)."""
    body = "\n\n".join(_AR_BODY)
    cleaned = clean_text_dump(f"إغلاق الكورنيش الشمالي\n\nالسبت 20 جمادى الأولى 1448هـ\n\n{body}\n")
    assert (cleaned.published, cleaned.date_unread) == ("2026-10-31", None)
    below = "\n\n".join([_AR_BODY[0], "السبت 20 جمادى الأولى 1448هـ", *_AR_BODY[1:]])
    cleaned = clean_text_dump(f"إغلاق الكورنيش الشمالي\n\n{below}\n")
    assert cleaned.published is None


def _record_at(
    tmp_path: Path, url: str, published: str, lang: str | None
) -> tuple[str | None, ...]:
    record = {"url": url, "text": TEXT, "published": published, **({"lang": lang} if lang else {})}
    path = tmp_path / "night.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n")
    (page,) = _read(path)
    return page.published, page.date_unread


@pytest.mark.parametrize(
    ("written", "lang", "url", "read"),
    [
        # Eritrea: the Ethiopian months' Tigrinya names are Gregorian months (ሕዳር November,
        # ጥሪ January, ሰነ June), by the page's language or its address under .er
        ("3 ሕዳር 2026", "ti", "https://hagerawi.example/a", "2026-11-03"),
        ("ሕዳር 3, 2026", None, "https://www.zena.er/a", "2026-11-03"),
        ("ጥሪ 14 2026", "ti-ER", "https://hagerawi.example/a", "2026-01-14"),
        ("30 ሰነ 2026", "ti", "https://hagerawi.example/a", "2026-06-30"),
        ("ሓምለ 31 2026", None, "https://www.zena.er/a", "2026-07-31"),
        # Ethiopia's Tigrinya (an address under .et, ti-ET) and Amharic keep the Ethiopian
        # calendar, in either language's spellings (1 Meskerem 2019 is 11 September 2026)
        ("ሕዳር 12 2019", "ti", "https://dimtsi.example.et/a", "2026-11-21"),
        ("ሓምለ 5 2018", "ti-ET", "https://hagerawi.example/a", "2026-07-12"),
        ("ሰነ 5 2018", "am", "https://hagerawi.example/a", "2026-06-12"),
        ("ሕዳር 12 ቀን 2019 ዓ.ም", "am", "https://www.zena.example/a", "2026-11-21"),
    ],
)
def test_ethiopic_month_names_are_read_by_the_page_s_country_and_language(
    tmp_path: Path, written: str, lang: str | None, url: str, read: str
) -> None:
    assert _record_at(tmp_path, url, written, lang) == (read, None)


@pytest.mark.parametrize(
    ("written", "lang", "url"),
    [
        ("ጳጉሜን 3 2026", "ti", "https://www.zena.er/a"),  # Eritrea's calendar has no 13th month
        ("31 ሕዳር 2026", "ti", "https://www.zena.er/a"),  # November has 30 days
    ],
)
def test_an_eritrean_date_of_no_gregorian_day_stays_unread(
    tmp_path: Path, written: str, lang: str, url: str
) -> None:
    assert _record_at(tmp_path, url, written, lang) == (None, written)


_TI_BODY = (
    "ምምሕዳር ከተማ ኣብ ሰሜናዊ ክፍሊ ሓድሽ መዕቀቢ ማይ ምህናጽ ከም ዝጀመረ ሎሚ ኣፍሊጡ። እቲ ህንጻ ንልዕሊ"
    " ኣርብዓ ሽሕ ነበርቲ ማይ ከብጽሕ እዩ ተባሂሉ።",
    "ሓላፊ ቤት ጽሕፈት ማይ ከም ዝበሎ፡ እቲ ስራሕ ኣብ ውሽጢ ዓሰርተ ሾሞንተ ኣዋርሕ ክዛዘም እዩ፣ ዝድለ ገንዘብ ድማ"
    " ካብ ባጀት መንግስቲ ተመዲቡ ኣሎ።",
    "ነበርቲ እቲ ከባቢ እቲ ንነዊሕ እዋን ዝጸንሐ ሕጽረት ማይ በዚ ፕሮጀክት ክፍታሕ እዩ ዝብል ተስፋ ከም ዘለዎም ገሊጾም።",
)


def test_an_eritrean_page_s_dateline_is_gregorian_on_a_page_and_in_a_dump() -> None:
    article = _page("3 ሕዳር 2026", _TI_BODY, "ti")
    assert (article.published, article.date_unread) == ("2026-11-03", None)
    text = "ሓድሽ መዕቀቢ ማይ\nዝተሓትመ: 3 ሕዳር 2026\n\n" + "\n\n".join(_TI_BODY) + "\n"
    dump = _cleaned("text", text, "https://www.zena.er/news/7")
    assert (dump.published, dump.date_unread) == ("2026-11-03", None)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # the solar era's mark: a Solar Hijri date (12 Azar 1405), not a lunar 1405 (1985)
        ("1405/09/12 ه.ش", "2026-12-03"),
        ("1405/09/12 هـ.ش", "2026-12-03"),
        ("1447/06/02 ه.ق", "2025-11-23"),  # the lunar era's "ه.ق" (qamari), read whole
        ("2 جمادى الآخرة 1447 ه.ق", "2025-11-23"),
    ],
)
def test_the_solar_and_lunar_hijri_marks_are_told_apart(
    tmp_path: Path, written: str, read: str
) -> None:
    assert _record(tmp_path, written) == (read, None)


def _ti_page(lang: str, url: str, dateline: str) -> Article:
    paragraphs = "".join(f"<p>{p}</p>" for p in _TI_BODY)
    page = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>ሓድሽ መዕቀቢ ማይ</title></head>"
        f"<body><article><h1>ሓድሽ መዕቀቢ ማይ ኣብ ሰሜናዊ ክፍሊ ከተማ</h1><div class='meta'>"
        f"<span class='date'>{dateline}</span></div>{paragraphs}</article></body></html>"
    )
    return _cleaned("html", page, url)


@pytest.mark.parametrize(
    ("lang", "url", "written", "read"),
    [
        # a Tigray paper on .com tagged only "ti": its Ethiopian date (Gregorian first, it
        # was 2019-11-12, seven years early and never counted)
        ("ti", "https://weyin-tigray.example.com/news/4", "ሕዳር 12 2019", "2026-11-21"),
        ("ti", "https://weyin-tigray.example.com/news/4", "ሓምለ 5 2018", "2026-07-12"),
        # <html lang="ti-ET"> keeps its region: Ethiopian (it was read as a bare "ti")
        ("ti-ET", "https://weyin-tigray.example.com/news/4", "ሕዳር 12 2019", "2026-11-21"),
        # an Eritrean page of no stated country: its Ethiopian reading (2033) is later than
        # today, so Gregorian, as before
        ("ti", "https://hagerawi.example.com/a", "3 ሕዳር 2026", "2026-11-03"),
        # an Eritrean page that says so stays Gregorian whatever the year
        ("ti-ER", "https://hagerawi.example.com/a", "ሕዳር 12 2019", "2019-11-12"),
    ],
)
def test_a_tigrinya_page_of_no_stated_country_and_an_html_region_tag(
    lang: str, url: str, written: str, read: str
) -> None:
    article = _ti_page(lang, url, written)
    assert (article.published, article.date_unread) == (read, None)


@pytest.mark.parametrize(
    ("country", "read"), [("ET", "2026-11-21"), ("ER", "2019-11-12"), (None, "2026-11-21")]
)
def test_a_tigrinya_record_s_country_field_names_its_calendar(
    tmp_path: Path, country: str | None, read: str
) -> None:
    record = {"url": "https://weyin.example.com/a", "text": TEXT, "published": "ሕዳር 12 2019",
              "lang": "ti", **({"country": country} if country else {})}
    path = tmp_path / "night.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n")
    (page,) = _read(path)
    assert (page.published, page.date_unread) == (read, None)


def test_an_html_language_tag_s_region_reads_a_shared_zone() -> None:
    """<html lang="en-IN"> on a .com address: "IST" is India's (the tag's region was dropped
    on an HTML page, as the Tigrinya one's was, and the time left unread)."""
    paragraphs = "".join(
        f"<p>{p}</p>"
        for p in (
            "The city council approved the new harbour bridge on Monday after a long debate"
            " about its cost and its route through the old town.",
            "Work will start in spring and should end within two years, the mayor said, adding"
            " that the ferries will run as usual until then.",
            "Residents of the old town had asked for a tunnel instead, but engineers said the"
            " rock under the river was too soft for one.",
        )
    )
    page = (
        "<html lang='en-IN'><head><meta charset='utf-8'><title>Harbour bridge approved</title>"
        "</head><body><article><h1>Harbour bridge approved</h1>"
        f"<p>Published: 30/11/2026 10:15 IST</p>{paragraphs}</article></body></html>"
    )
    article = _cleaned("html", page, "https://harbour-news.example.com/a")
    assert article.published == "2026-11-30T10:15:00+05:30"
