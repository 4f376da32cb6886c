"""Amounts written the Persian, Japanese and Korean ways: currency names in their languages as
CLDR gives them (:mod:`clipper.amountnames`), Arabic script's decimal and group marks, Persian's
thousand milliards (two newcomer desks, session 49: ``۱٫۲ میلیارد درهم`` was read as 2 billion,
``36億ドル`` and ``$3.6 billion`` did not find each other, ``5兆ウォン`` found only itself,
``1조2천억 엔`` not ``1兆2000億円``).  Every page and sentence is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper import amountnames, searchtext
from clipper.amountnames import NAMES, _source, from_cldr
from clipper.archive import Archive
from clipper.madetables import END, begin
from clipper.searchamounts import AMOUNT, amounts, query_amount
from clipper.searchtext import search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

TEHRAN = "alborz-eghtesad.example"
TEHRAN_RIAL = "zayandeh-khabar.example"
KABUL = "hindukush-khabar.example"
DUBAI = "creek-business.example"
RABAT = "bouregreg-iqtisad.example"
TOKYO = "sumida-keizai.example"
SEOUL = "hangang-gyeongje.example"
WIRE = "harbour-wire.example"
DECOY = "apartment-notes.example"
PUBLISHED = "2026-12-07T09:00:00+00:00"


def _page(lang: str, site: str, title: str, body: str) -> tuple[str, str, str, list[str]]:
    return (lang, f"https://{site}/news/{abs(hash(title)) % 10**6}", title, [body])


PAGES = {
    "tehran.html": _page(
        "fa",
        TEHRAN,
        "قرارداد ۱٫۲ میلیارد درهمی با شرکت کشتیرانی امضا شد",
        "سهم شرکت از این قرارداد ۳۵ درصد است و ۵۰۰ میلیون دلار آن از صندوق توسعه تأمین می‌شود."
        " برای ساخت اسکله نیز ۲ هزار میلیارد تومان در نظر گرفته شده است.",
    ),
    "tehran-rial.html": _page(
        "fa",
        TEHRAN_RIAL,
        "بانک مرکزی ۱٫۵ میلیارد ریال به تعاونی‌های روستایی وام داد",
        "در سال گذشته ۸۰۰ میلیارد ریال برای همین طرح پرداخت شده بود.",
    ),
    "kabul.html": _page(
        "fa",
        KABUL,
        "بانک جهانی ۲۰ میلیون دالر برای بازسازی سرک‌ها می‌پردازد",
        "کار بازسازی از ماه آینده در سه ولایت آغاز می‌شود.",
    ),
    "dubai.html": _page(
        "en",
        DUBAI,
        "Shipping line signs 1.2 billion dirhams berth contract",
        "The yard will also spend $500m on cranes, and the toll rose 35% this year.",
    ),
    "rabat.html": _page(
        "ar",
        RABAT,
        "المكتب الوطني يخصص 1,2 مليار درهم لتوسيع الميناء",
        "وتبلغ حصة الدولة 40 في المئة من رأس مال الشركة.",
    ),
    "tokyo.html": _page(
        "ja",
        TOKYO,
        "電池大手、韓国の工場に5兆ウォンを投資へ",
        "同社は米国にも36億ドルを投じ、国内では1兆2000億円の設備投資を計画している。",
    ),
    "seoul.html": _page(
        "ko",
        SEOUL,
        "배터리 업체, 국내 공장에 5조 원 투자",
        "회사는 미국에 80억 달러를 투자하고, 일본 법인은 1조2천억 엔 규모의 설비를 늘린다.",
    ),
    "wire.html": _page(
        "en",
        WIRE,
        "Battery maker to invest 5 trillion won in Korean plant",
        "It will also spend $3.6 billion in the United States and 1.2 trillion yen in Japan.",
    ),
    # a neighbourhood's and a building's numbers beside a one-letter currency name
    "decoy.html": _page(
        "ko",
        DECOY,
        "역삼1동 주민센터, 101동 앞 주차장 새로 단장",
        "주민 35명이 공사 기간 동안 임시 주차장을 쓴다.",
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("cldrnames"), PAGES, PUBLISHED)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Persian: the decimal mark ٫, the dirham, the rial, the dollar, the toman, per cent
        ("۱٫۲ میلیارد درهم", [DUBAI, RABAT, TEHRAN]),  # a bare dirham is any
        ("1.2 billion dirhams", [DUBAI, RABAT, TEHRAN]),
        ("AED 1.2bn", [TEHRAN]),  # Rabat's Arabic dirham may be Morocco's
        ("IRR 1.5bn", [TEHRAN_RIAL]),
        ("1.5 میلیارد ریال", [TEHRAN_RIAL]),
        ("IRR 800bn", [TEHRAN_RIAL]),
        ("USD 500m", [TEHRAN]),
        ("US$500m", [TEHRAN]),
        ("$500m", [DUBAI, TEHRAN]),
        ("۲۰۰۰ میلیارد تومان", [TEHRAN]),
        ("20 million dollars", [KABUL]),
        ("USD 20m", [KABUL]),
        ("35%", [DUBAI, TEHRAN]),
        ("40%", [RABAT]),
        # Japanese and Korean: katakana and Hangul names, scales that multiply
        ("5兆ウォン", [SEOUL, TOKYO, WIRE]),
        ("5 trillion won", [SEOUL, TOKYO, WIRE]),
        ("5조 원", [SEOUL, TOKYO, WIRE]),
        ("36億ドル", [TOKYO, WIRE]),
        ("$3.6 billion", [TOKYO, WIRE]),
        ("80億ドル", [SEOUL]),
        ("$8 billion", [SEOUL]),
        ("1조2천억 엔", [SEOUL, TOKYO, WIRE]),
        ("1兆2000億円", [SEOUL, TOKYO, WIRE]),
        ("1.2 trillion yen", [SEOUL, TOKYO, WIRE]),
    ],
)
def test_an_amount_finds_its_persian_japanese_and_korean_forms(
    archive: Archive, query: str, expected: list[str]
):
    assert hit_sites(archive, query) == sorted(expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("۱٫۲ میلیارد ریال", []),  # not the dirham's amount
        ("2 billion dirhams", []),  # ۱٫۲ is 1.2, not 2
        ("A$3.6bn", []),  # a page's ドル is the US dollar, no other
        ("A$500m", []),
        ("5 trillion yen", []),
        ("VND 1", []),  # 역삼1동 is a neighbourhood, 101동 a building
        ("VND 101", []),
    ],
)
def test_a_currency_finds_no_other_currency(archive: Archive, query: str, expected: list[str]):
    assert hit_sites(archive, query) == sorted(expected)


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("۱٫۲ میلیارد درهم", "dirham1200000000"),
        ("1,2 مليار درهم", "dirham1200000000"),
        ("١٬٢٠٠ دولار", "dollar1200"),
        ("۱٬۲۰۰٫۵ دلار", "dollar1200d5"),
        ("۲ هزار میلیارد تومان", "toman2000000000000"),
        ("۳ هزار میلیون ریال", "irr3000000000"),
        ("۲ هزار تومان", "toman2000"),
        ("۲۰ ملیون دالر", "dollar20000000"),
        ("3 آلاف مليار دينار", "dinar3000000000000"),
        ("۳۵ درصد", "pct35"),
        # Persian typed on an Arabic keyboard (ي for ی): Persian by its digits or letters
        ("۱٫۵ ميليارد ريال", "irr1500000000"),
        ("۵۰۰ ميليون دلار", "dollar500000000"),
        ("1,5 مليار ريال", "riyal1500000000"),
        # Urdu's ریال is the riyal, its ارب a milliard
        ("سعودی عرب نے 5 ارب ریال دیے", "riyal5000000000"),
        ("٣٥ في المئة", "pct35"),
        ("5兆ウォン", "krw5000000000000"),
        ("36億ドル", "dollar3600000000"),
        ("5億ユーロ", "eur500000000"),
        ("3億ポンド", "gbp300000000"),
        ("2億ルーブル", "rub200000000"),
        ("10億米ドル", "usd1000000000"),
        ("100억 달러", "dollar10000000000"),
        ("100억 미국 달러", "usd10000000000"),
        ("1조2천억 엔", "jpy1200000000000"),
        ("3억 위안", "cny300000000"),
        ("5억 유로", "eur500000000"),
        ("2억 파운드", "gbp200000000"),
        ("500억 동", "vnd50000000000"),
        ("5,000엔", "jpy5000"),
        # a name of one or two letters is another word too: only with a scale or a grouping
        ("101동", ""),
        ("500엔", ""),
        ("2プラ", ""),
    ],
)
def test_the_forms_read(written: str, key: str) -> None:
    found = [keys[0][len(AMOUNT) :] for _, _, keys in amounts(written)]
    assert found == ([key] if key else [])


def test_a_name_is_keyed_under_its_family() -> None:
    """A page's ``36億ドル`` is the dollar family's and the US dollar's (a query's seeks any
    dollar, as ``$3.6 billion`` does); ``1조2천억 엔`` the yen's and the ¥'s, so ``¥1.2
    trillion`` finds it."""
    ((_, _, dollars),) = amounts("36億ドル")
    assert dollars == (f"{AMOUNT}dollar3600000000", f"{AMOUNT}usd3600000000")
    assert query_amount("36億米ドル") == f"{AMOUNT}usd3600000000"
    ((_, _, yen),) = amounts("1조2천억 엔")
    assert query_amount("¥1.2 trillion") in yen


def test_every_languages_names_are_read() -> None:
    """Each name CLDR gives in each language is read after a scaled number (what the name is
    keyed as may be a language's before it: the first given is kept)."""
    for language, forms in NAMES.items():
        for form in forms:
            assert query_amount(f"5 billion {form}") is not None, (language, form)


def test_the_names_are_cldrs() -> None:
    """clipper.amountnames' table is what Babel's CLDR data gives, as its script writes it
    (regenerate with ``python -m clipper.amountnames --write`` when a Babel upgrade changes
    it)."""
    assert from_cldr() == NAMES
    written = Path(amountnames.__file__).read_text(encoding="utf-8")
    marker = begin("clipper.amountnames")
    assert marker + written.partition(marker)[2].partition(END)[0] + END == _source()


def _as_before(value: str) -> str:
    """A search text as clipper indexed it before migration 0104: no amount keys."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(searchtext, "amount_keys_text", lambda text: "")
        return search_text(value)


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0104: an archive indexed before finds a page's Japanese amount once opened."""
    pages = {"tokyo.html": PAGES["tokyo.html"], "tehran-rial.html": PAGES["tehran-rial.html"]}
    with upgraded_archive(tmp_path, pages, PUBLISHED, _as_before, "0103") as upgraded:
        assert hit_sites(upgraded, "$3.6 billion") == [TOKYO]
        assert hit_sites(upgraded, "IRR 800bn") == [TEHRAN_RIAL]
