"""Amounts the last sessions left unread (session 51): an Arabic currency's abbreviation before
the number (``ر.س 500``, ``د.إ 2.5 مليار``), Arabic's dual of a currency (``دولاران``, two
dollars) and Hebrew's of a thousand (``אלפיים שקל``), a Korean name with 화 of one letter
(``엔화 5000억``), Thai's and Vietnamese's US dollar with its country in brackets
(``1.2 พันล้านดอลลาร์(สหรัฐ)``), and a decimal comma in a story term (``1,2 tỷ`` is ``#1.2``, not
the ``#12`` of "12 người").  Every page and sentence is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper import searchtext
from clipper.archive import Archive
from clipper.searchamounts import AMOUNT, amounts, may_write_amount, query_amount
from clipper.searchtext import search_text
from clipper.stories.tokens import number_term, syllable_terms, terms
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

JEDDAH = "bahr-iqtisad.example"
DUBAI = "khor-souq.example"
HAIFA = "karmel-kesef.example"
BUSAN = "haeundae-gyeongje.example"
CHIANG_MAI = "ping-thurakit.example"
DA_NANG = "han-taichinh.example"
WIRE = "lodestar-wire.example"
PUBLISHED = "2026-12-07T10:00:00+00:00"


def _page(lang: str, site: str, title: str, body: str) -> tuple[str, str, str, list[str]]:
    return (lang, f"https://{site}/news/{abs(hash(title)) % 10**6}", title, [body])


PAGES = {
    "jeddah.html": _page(
        "ar",
        JEDDAH,
        "الميناء يرفع رسوم الحاويات إلى ر.س 750 للحاوية",
        "ورفعت البلدية سعر تذكرة العبّارة بريالين، فيما تبرعت جمعية محلية بدولارين لكل كتاب.",
    ),
    # the dual only, no digit: the text has its amount all the same
    "dubai.html": _page(
        "ar",
        DUBAI,
        "صندوق عقاري يجمع د.إ 2.5 مليار لمشروع الواجهة البحرية",
        "وقالت الشركة إن سعر القهوة في المطار ارتفع درهمين،"
        " وإن الدينارين الكويتي والبحريني استقرا.",
    ),
    "haifa.html": _page(
        "he",
        HAIFA,
        "העירייה תחלק מענק של אלפיים שקל לכל סטודנט",
        "הנמל יגייס 2 מיליארד וחצי שקל, ובית החולים קיבל תרומה של מיליון וחצי דולר.",
    ),
    "busan.html": _page(
        "ko",
        BUSAN,
        "조선사, 엔화 5000억 규모 선박 수주",
        "부산의 한 출판사는 동화 5만 부를 찍었다.",
    ),
    "chiangmai.html": _page(
        "th",
        CHIANG_MAI,
        "สายการบินระดมทุน 1.2 พันล้านดอลลาร์(สหรัฐ) เพื่อซื้อเครื่องบินใหม่",
        "และจะลงทุนอีก 300 ล้านบาท",
    ),
    "danang.html": _page(
        "vi",
        DA_NANG,
        "Hãng hàng không huy động 1,2 tỷ USD để mua máy bay",
        "Sân bay đón 12 chuyến bay mới mỗi tuần.",
    ),
    "wire.html": _page(
        "en",
        WIRE,
        "Regional carriers raise US$1.2 billion for new jets",
        "A Red Sea port set its container fee at SAR 750; a Dubai fund raised AED 2.5bn; a"
        " Busan shipyard won orders worth 500 billion yen; Haifa will hand each student NIS"
        " 2,000.",
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("amounts51"), PAGES, PUBLISHED)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # an Arabic abbreviation before the number is the currency, as after it
        ("SAR 750", [JEDDAH, WIRE]),
        ("750 ر.س", [JEDDAH, WIRE]),
        ("AED 2.5bn", [DUBAI, WIRE]),
        ("د.إ 2.5 مليار", [DUBAI, WIRE]),
        # a currency's dual is two of it
        ("2 riyals", [JEDDAH]),
        ("$2", [JEDDAH]),
        ("2 dirhams", [DUBAI]),
        ("دولاران", [JEDDAH]),
        # Hebrew's thousand's dual
        ("NIS 2,000", [HAIFA, WIRE]),
        ("₪2000", [HAIFA, WIRE]),
        ("NIS 2.5bn", [HAIFA]),
        ("$1.5m", [HAIFA]),
        # a Korean name of one letter with 화 before the number
        ("JPY 500bn", [BUSAN, WIRE]),
        ("5000억 엔", [BUSAN, WIRE]),
        # Thai's and Vietnamese's US dollar, its country in brackets, and a decimal comma
        ("1.2 พันล้านดอลลาร์(สหรัฐ)", [CHIANG_MAI, DA_NANG, WIRE]),
        ("1,2 tỷ đô la", [CHIANG_MAI, DA_NANG, WIRE]),
        ("$1.2bn", [CHIANG_MAI, DA_NANG, WIRE]),
    ],
)
def test_an_amount_finds_its_forms(archive: Archive, query: str, expected: list[str]) -> None:
    assert hit_sites(archive, query) == sorted(expected)


@pytest.mark.parametrize(
    "query",
    [
        "$2bn",  # "الدينارين الكويتي والبحريني": the two dinars, two currencies; no amount
        "2 dinars",
        "KRW 50,000",  # "동화 5만 부": fifty thousand copies of a fairy tale
        "VND 50,000",
    ],
)
def test_no_other_amount_is_found(archive: Archive, query: str) -> None:
    assert hit_sites(archive, query) == []


@pytest.mark.parametrize(
    ("written", "key"),
    [
        # CLDR's abbreviations before the number, with their last point or without it
        ("ر.س 500", "sar500"),
        ("ر.س. 500", "sar500"),
        ("د.إ 2.5 مليار", "aed2500000000"),
        ("ج.م 100", "egp100"),
        ("د.ك 30", "kwd30"),
        ("ر.ق 40", "qar40"),
        ("ر.ع 3 ملايين", "omr3000000"),
        ("500 ر.س", "sar500"),
        ("ج.م.ع 2026", ""),  # the Arab Republic of Egypt's initials, a year
        # Arabic's dual of a currency, nominative and oblique, with a preposition or two
        ("دولاران", "dollar2"),
        ("أنفق دولارين", "dollar2"),
        ("بدولارين", "dollar2"),
        ("وبريالين", "riyal2"),
        ("بـريالين", "riyal2"),
        ("جنيهين", "egp2"),
        ("ديناران", "dinar2"),
        ("درهمين", "dirham2"),
        ("روبلين", "rub2"),
        ("الدولارين", ""),  # the two dollars: two currencies
        ("للدولارين", ""),
        ("مستدولارين", ""),  # no word starts inside another
        # Hebrew's dual of a thousand, Arabic's as before
        ("אלפיים שקל", "ils2000"),
        ("באלפיים דולר", "dollar2000"),
        ("ألفا ريال", "riyal2000"),
        # Hebrew's thousand; "and a half" after a scale, and a scale with it alone
        ("50 אלף שקל", "ils50000"),
        ("20 אלפי שקלים", "ils20000"),
        ("2 מיליארד וחצי דולר", "dollar2500000000"),
        ("מיליון וחצי שקל", "ils1500000"),
        ("במיליארד וחצי דולר", "dollar1500000000"),
        ("3 ملايين ونصف دولار", "dollar3500000"),
        ("مليار ونصف دولار", "dollar1500000000"),
        ("מיליון וחצי ישראלים", ""),  # a million and a half Israelis
        ("מיליארד דולר", ""),  # a bare scale: no number written
        # a Korean name with 화, of one letter too, either side of the number
        ("엔화 5000억", "jpy500000000000"),
        ("5000억 엔화", "jpy500000000000"),
        ("5000억 엔", "jpy500000000000"),
        ("5천억원", "krw500000000000"),
        ("달러화 10억", "dollar1000000000"),
        ("엔화 약세", ""),
        ("동화 5만 부", ""),
        ("직원 5만 명", ""),
        # the US dollar with its country in brackets, a space before them or none
        ("1.2 พันล้านดอลลาร์(สหรัฐ)", "usd1200000000"),
        ("1.2 พันล้านดอลลาร์ (สหรัฐ)", "usd1200000000"),
        ("500 ล้านเหรียญ(สหรัฐฯ)", "usd500000000"),
        ("1,2 tỷ đô la (Mỹ)", "usd1200000000"),
        ("1,2 tỷ USD", "usd1200000000"),
    ],
)
def test_the_forms_read(written: str, key: str) -> None:
    found = [keys[0][len(AMOUNT) :] for _, _, keys in amounts(written)]
    assert found == ([key] if key else [])


def test_a_query_with_its_country_in_brackets_is_one_amount() -> None:
    """A query writing the US dollar's country in brackets is one amount, the US dollar's (it
    was three terms, the bracket a group: only pages writing its words were found)."""
    assert query_amount("1.2 พันล้านดอลลาร์(สหรัฐ)") == f"{AMOUNT}usd1200000000"
    assert query_amount("ر.س 500") == f"{AMOUNT}sar500"


def test_a_currency_dual_is_an_amount_without_digits() -> None:
    assert may_write_amount("تبرعت الجمعية بدولارين")
    assert may_write_amount("מענק של אלפיים שקל")
    assert not may_write_amount("استقر الدولار أمام الريال")
    assert not may_write_amount("no amount here")


@pytest.mark.parametrize(
    ("number", "term"),
    [
        ("1,2", "1.2"),
        ("12,75", "12.75"),
        ("1.234,5", "1234.5"),
        ("3,200", "3200"),
        ("1,200,000", "1200000"),
        ("1.200", "1.200"),
        ("۱٫۵", "1.5"),
        ("١٬٢٠٠", "1200"),
        ("۱۲۰۰", "1200"),
    ],
)
def test_a_numbers_story_term_is_its_value(number: str, term: str) -> None:
    assert number_term(number) == term


def test_a_decimal_comma_is_no_other_number_in_story_terms() -> None:
    """ "1,2 tỷ USD" (1.2 billion) and "12 chuyến bay" (twelve flights) shared the term "#12";
    a German "1,5 Milliarden" shared "15 Menschen"'s; an Arabic page's year in its own digits
    was a term every article of the year shared."""
    vietnamese = syllable_terms("Hãng vay 1,2 tỷ USD và mở 12 chuyến bay")
    assert "#1.2" in vietnamese and vietnamese.count("#12") == 1
    german = terms("Der Konzern zahlt 1,5 Milliarden Euro an 15 Menschen")
    assert "#1.5" in german and german.count("#15") == 1
    arabic = terms("في عام ٢٠٢٦ بلغت الصادرات ١٫٥ مليار")
    assert "#1.5" in arabic and not [term for term in arabic if term.startswith("#2")]


def _as_before(value: str) -> str:
    """A search text as clipper indexed these pages before migration 0107: no amount keys (it
    read none of the amounts that name them)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(searchtext, "amount_keys_text", lambda text: "")
        return search_text(value)


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0107: an archive indexed before finds an abbreviation before the number, a
    dual and a Korean 엔화 once opened."""
    pages = {name: PAGES[name] for name in ("jeddah.html", "haifa.html", "busan.html")}
    with upgraded_archive(tmp_path, pages, PUBLISHED, _as_before, "0106") as upgraded:
        assert hit_sites(upgraded, "SAR 750") == [JEDDAH]
        assert hit_sites(upgraded, "2 riyals") == [JEDDAH]
        assert hit_sites(upgraded, "NIS 2,000") == [HAIFA]
        assert hit_sites(upgraded, "JPY 500bn") == [BUSAN]
