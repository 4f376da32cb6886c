"""Amounts the last users found unread and two new desks write (session 50): Arabic's plurals,
accusatives, duals and abbreviations (``7 ريالات``, ``40 دولاراً``, ``مليونا دولار``, ``ر.س``),
Pashto's names and scales (``۵ میلیارده افغانۍ``, ``۲۰ میلیونه ډالره``), a Korean or Japanese
currency name before the number (``원화 5조``, ``米ドル8億``), Hebrew's (``300 מיליון אירו``),
Thai's and Vietnamese's (``1.2 พันล้านดอลลาร์สหรัฐ``, ``1,2 tỷ đô la Mỹ``).  Every page and
sentence is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper import searchtext
from clipper.amountnames import NAMES
from clipper.archive import Archive
from clipper.searchamounts import AMOUNT, amounts, may_write_amount, query_amount
from clipper.searchtext import search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

RIYADH = "najd-iqtisad.example"
CAIRO = "nil-akhbar.example"
KABUL = "spinghar-khabarona.example"
TEL_AVIV = "yarkon-kalkala.example"
BANGKOK = "chaophraya-biz.example"
HANOI = "songhong-kinhte.example"
SEOUL = "namsan-gyeongje.example"
TOKYO = "kanda-keizai.example"
WIRE = "meridian-wire.example"
PUBLISHED = "2026-12-07T10:00:00+00:00"


def _page(lang: str, site: str, title: str, body: str) -> tuple[str, str, str, list[str]]:
    return (lang, f"https://{site}/news/{abs(hash(title)) % 10**6}", title, [body])


PAGES = {
    "riyadh.html": _page(
        "ar",
        RIYADH,
        "الهيئة ترصد ملياري ريال سعودي لمشاريع المياه",
        "وبلغت قيمة العقود الأخرى 3 مليارات ر.س، فيما يبلغ سعر تذكرة الحافلة 7 ريالات."
        " وتبرع المصرف بـ40 دولاراً لكل طالب.",
    ),
    # the dual in a title without a digit
    "cairo.html": _page(
        "ar",
        CAIRO,
        "منظمة إغاثة تقدم مليوني دولار لمتضرري السيول",
        "وضخت الحكومة 500 مليون ج.م في قطاع الغزل، ويبلغ ثمن الرغيف المدعم 5 جنيهات.",
    ),
    "kabul.html": _page(
        "ps",
        KABUL,
        "حکومت د ښوونځيو لپاره ۵ میلیارده افغانۍ ځانګړې کړې",
        "نړیوال بانک هم د سړکونو لپاره ۲۰ میلیونه ډالره مرسته وکړه.",
    ),
    "telaviv.html": _page(
        "he",
        TEL_AVIV,
        "המדינה תשקיע 2.5 מיליארד שקל בקו הרכבת החדש",
        "האיחוד האירופי יעביר 300 מיליון אירו, וקרן אמריקאית גייסה ב-40 מיליון דולר.",
    ),
    "bangkok.html": _page(
        "th",
        BANGKOK,
        "บริษัทพลังงานระดมทุน 1.2 พันล้านดอลลาร์สหรัฐ",
        "และลงทุนอีก 5,000 ล้านบาท ร่วมกับพันธมิตรที่ลงทุน 3 หมื่นล้านเยน",
    ),
    "hanoi.html": _page(
        "vi",
        HANOI,
        "Tập đoàn thép đầu tư 5.000 tỷ đồng vào nhà máy mới",
        "Công ty cũng vay 1,2 tỷ đô la Mỹ và 10 tỷ yên từ các ngân hàng.",
    ),
    # "직원 5만 명" is fifty thousand employees, no won
    "seoul.html": _page(
        "ko",
        SEOUL,
        "정부, 원화 5조 규모 채권 발행",
        "한 제조사는 미화 5억 달러를 조달했고, 직원 5만 명이 교육에 참여했다.",
    ),
    # "ディズニーランド5万人" is fifty thousand visitors, no rand
    "tokyo.html": _page(
        "ja",
        TOKYO,
        "同社は米ドル8億を借り入れた",
        "近くのディズニーランド5万人の来場者を見込む。",
    ),
    "wire.html": _page(
        "en",
        WIRE,
        "Gulf fund commits SAR 2 billion to water projects",
        "Israel will invest NIS 2.5 billion in rail and the EU €300m. A Thai utility raised"
        " $1.2 billion and a Vietnamese steel group VND 5,000 billion. Seoul will issue 5"
        " trillion won of bonds; a Tokyo firm borrowed $800 million.",
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("amounts50"), PAGES, PUBLISHED)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Arabic: a dual, a plural, an accusative, CLDR's abbreviations, a glued preposition
        ("SAR 2bn", [RIYADH, WIRE]),
        ("SAR 3bn", [RIYADH]),
        ("7 riyals", [RIYADH]),
        ("$40", [RIYADH]),
        ("$2m", [CAIRO]),
        ("EGP 500m", [CAIRO]),
        ("EGP 5", [CAIRO]),
        # Pashto
        ("AFN 5bn", [KABUL]),
        ("5 billion afghanis", [KABUL]),
        ("$20m", [KABUL]),
        ("USD 20m", [KABUL]),
        # Hebrew
        ("NIS 2.5 billion", [TEL_AVIV, WIRE]),
        ("₪2.5 מיליארד", [TEL_AVIV, WIRE]),
        ("€300m", [TEL_AVIV, WIRE]),
        ("$40m", [TEL_AVIV]),
        # Thai and Vietnamese
        ("$1.2bn", [BANGKOK, HANOI, WIRE]),
        ("USD 1.2bn", [BANGKOK, HANOI]),  # the wire's "$" may be another dollar
        ("THB 5bn", [BANGKOK]),
        ("JPY 30bn", [BANGKOK]),
        ("VND 5,000 billion", [HANOI, WIRE]),
        ("JPY 10bn", [HANOI]),
        # a Korean or Japanese name before the number
        ("₩5조", [SEOUL, WIRE]),
        ("5 trillion won", [SEOUL, WIRE]),
        ("US$500m", [SEOUL]),
        ("$800m", [TOKYO, WIRE]),
    ],
)
def test_an_amount_finds_its_forms_across_languages(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert hit_sites(archive, query) == sorted(expected)


@pytest.mark.parametrize(
    "query",
    [
        "$2bn",  # ملياري ريال: two billion riyals
        "THB 1.2bn",  # ดอลลาร์ is the dollar
        "AFN 20m",  # ډالره is the dollar
        "NIS 300m",  # אירו is the euro
        "KRW 50,000",  # 직원 5만 명: employees
        "ZAR 50,000",  # ディズニーランド5万人: visitors
    ],
)
def test_a_currency_finds_no_other_currency(archive: Archive, query: str) -> None:
    assert hit_sites(archive, query) == []


@pytest.mark.parametrize(
    ("written", "key"),
    [
        # Arabic's sound plural, accusative (tanwīn either side of the alif, or none), broken
        # plural, duals, and the abbreviations CLDR gives
        ("5 دولارات", "dollar5"),
        ("7 ريالات", "riyal7"),
        ("5 جنيهات", "egp5"),
        ("40 دولاراً", "dollar40"),
        ("40 دولارًا", "dollar40"),
        ("20 ريالا", "riyal20"),
        ("15 ديناراً", "dinar15"),
        ("8 دنانير", "dinar8"),
        ("مليونا دولار", "dollar2000000"),
        ("مليوني دولار", "dollar2000000"),
        ("ملياري ريال", "riyal2000000000"),
        ("ملياري ريال سعودي", "sar2000000000"),
        ("ألفي درهم", "dirham2000"),
        ("5 مليارات ر.س", "sar5000000000"),
        ("1.2 مليار د.إ", "aed1200000000"),
        ("500 مليون ج.م", "egp500000000"),
        ("3 ملايين د.ك", "kwd3000000"),
        # a number glued to a preposition
        ("بـ40 دولاراً", "dollar40"),
        ("و5 ملايين دولار", "dollar5000000"),
        ("ב300 מיליון דולר", "dollar300000000"),
        # Pashto's scales with their plural and oblique forms, its names with theirs
        ("۵ میلیارده افغانۍ", "afn5000000000"),
        ("۲۰ میلیونه ډالره", "dollar20000000"),
        ("د ۲۰ میلیونو ډالرو", "dollar20000000"),
        ("۵ زره ډالره", "dollar5000"),
        ("۱۰ میلیونه يورو", "eur10000000"),
        ("5 billion afghanis", "afn5000000000"),
        # Hebrew
        ("300 מיליון אירו", "eur300000000"),
        ("2.5 מיליארד שקלים", "ils2500000000"),
        ("5 מיליארד ין", "jpy5000000000"),
        ("5 דולרים", "dollar5"),
        ('5 מיליון ליש"ט', "gbp5000000"),
        # Thai and Vietnamese
        ("1.2 พันล้านดอลลาร์", "dollar1200000000"),
        ("1.2 พันล้านดอลลาร์สหรัฐ", "usd1200000000"),
        ("500 ล้านเหรียญสหรัฐ", "usd500000000"),
        ("2 พันล้านยูโร", "eur2000000000"),
        ("3 หมื่นล้านเยน", "jpy30000000000"),
        ("1 หมื่นล้านหยวน", "cny10000000000"),
        ("1,2 tỷ đô la Mỹ", "usd1200000000"),
        ("1,2 tỷ đô la", "dollar1200000000"),
        ("10 tỷ yên", "jpy10000000000"),
        ("2 tỷ nhân dân tệ", "cny2000000000"),
        # a Korean or Japanese name before the number, with a CJK scale
        ("원화 5조", "krw5000000000000"),
        ("5조 원화", "krw5000000000000"),
        ("달러 5억", "dollar500000000"),
        ("위안화 30억", "cny3000000000"),
        ("유로화 20억", "eur2000000000"),
        ("米ドル5億", "usd500000000"),
        ("同社はドル5億を", "dollar500000000"),
        # ... not without a scale (a rate), after a letter, nor a short name
        ("달러 1,350원", "krw1350"),
        ("직원 5만 명", ""),
        ("에버랜드 5만 명", ""),
        ("동화 5만 부", ""),
        ("랜드 5만", ""),
        ("ディズニーランド5万人", ""),
        ("ユーロ圏の5", ""),
    ],
)
def test_the_forms_read(written: str, key: str) -> None:
    found = [keys[0][len(AMOUNT) :] for _, _, keys in amounts(written)]
    assert found == ([key] if key else [])


def test_a_dual_is_an_amount_without_digits() -> None:
    """Arabic's dual writes the number two: a text holding one and no digit still has its
    amount's key, and a query of one is sought by it."""
    assert may_write_amount("قدمت المنظمة مليونا دولار")
    assert not may_write_amount("قدمت المنظمة دولارات")
    assert query_amount("مليونا دولار") == f"{AMOUNT}dollar2000000"
    assert query_amount("ملياري ريال سعودي") == f"{AMOUNT}sar2000000000"


def test_hebrew_and_pashto_names_are_cldrs() -> None:
    """Hebrew's and Pashto's names are CLDR's, a bare name its language's (Pashto ``ډالر`` the
    US dollar and the family, ``افغانۍ`` the afghani), the words that are also "gold" left
    out."""
    assert NAMES["ps"]["ډالر"] == ("dollar", "usd")
    assert NAMES["ps"]["افغانۍ"] == ("afn",)
    assert NAMES["he"]["אירו"] == ("eur",)
    assert "זהב" not in NAMES["he"] and "زر" not in NAMES["ps"]
    assert NAMES["ar"]["ر.س"] == ("sar", "riyal")


def _as_before(value: str) -> str:
    """A search text as clipper indexed these pages before migration 0105: no amount keys (it
    read none of their amounts)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(searchtext, "amount_keys_text", lambda text: "")
        return search_text(value)


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0105: an archive indexed before finds a page's Arabic dual and Pashto amounts
    once opened."""
    pages = {"cairo.html": PAGES["cairo.html"], "kabul.html": PAGES["kabul.html"]}
    with upgraded_archive(tmp_path, pages, PUBLISHED, _as_before, "0104") as upgraded:
        assert hit_sites(upgraded, "$2m") == [CAIRO]
        assert hit_sites(upgraded, "EGP 500m") == [CAIRO]
        assert hit_sites(upgraded, "AFN 5bn") == [KABUL]
