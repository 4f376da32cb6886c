"""Amounts in the currencies of Turkey, the Caucasus and Central Asia, and currency names and
scale words with their languages' suffixes and case endings (an Istanbul desk, session 48:
``$2.3bn`` missed "2,3 milyar dolarlık" and "2,3 მილიარდ დოლარს", ``TRY 1.5bn``, ``AZN 1bn``,
``KZT 100bn`` found nothing, and ``₸2,3 млрд`` found a page of 2,3 млрд dollars, the unknown
``₸`` dropped).  Every page and sentence is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper import searchtext
from clipper.amountcodes import CODES, SYMBOLS, from_cldr
from clipper.archive import Archive
from clipper.searchamounts import AMOUNT, amounts, query_amount
from clipper.searchtext import search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

ISTANBUL = "bogaz-gazetesi.example"
ISTANBUL_PLAIN = "marmara-haber.example"
IZMIR = "ege-ekonomi.example"
BAKU = "xezer-xeber.example"
ALMATY = "dala-zhanalyqtary.example"
ALMATY_RU = "stepnoy-vestnik.example"
ASTANA = "esil-news.example"
TBILISI = "mtkvari-ambebi.example"
TBILISI_RU = "kura-novosti.example"
YEREVAN = "hrazdan-lratu.example"
TASHKENT = "chirchiq-xabar.example"
BISHKEK = "ala-too-kabar.example"
DUSHANBE = "varzob-akhbor.example"
KAZAN = "volga-delovoy.example"
LVIV = "poltva-novyny.example"
DECOY = "studio-notes.example"
PUBLISHED = "2026-12-06T09:00:00+00:00"


def _page(lang: str, site: str, title: str, body: str) -> tuple[str, str, str, list[str]]:
    return (lang, f"https://{site}/haber/{abs(hash(title)) % 10**6}", title, [body])


PAGES = {
    "istanbul.html": _page(
        "tr",
        ISTANBUL,
        "Havayolu, liman bölgesine 4,7 milyar dolarlık hangar kuracak",
        "Hangarın bir bölümü 2,6 milyar liralık krediyle finanse edilecek, dedi şirket.",
    ),
    "istanbul-plain.html": _page(
        "tr",
        ISTANBUL_PLAIN,
        "Hangar yatirimi 4,7 milyar dolar olarak aciklandi",
        "Sirket, bolgedeki calismalarin ilkbaharda baslayacagini bildirdi.",
    ),
    "izmir.html": _page(
        "tr",
        IZMIR,
        "Kıyı Bankası'ndan ₺830 milyonluk yeşil tahvil",
        "Banka ihracı 2,6 milyar liraya çıkarmayı hedefliyor; talep 900 milyon TL'lik oldu.",
    ),
    "baku.html": _page(
        "az",
        BAKU,
        "Rabitə şirkəti fiber şəbəkəyə 3 milyard manat yatıracaq",
        "Layihənin ilk mərhələsi 700 milyon manatlıq avadanlıq alışı ilə başlayacaq.",
    ),
    "almaty.html": _page(
        "kk",
        ALMATY,
        "Мыс зауытын жаңғыртуға 240 млрд теңге бөлінеді",
        "Компания жыл соңына дейін тағы 15 млрд теңгеге жабдық сатып алады.",
    ),
    "almaty-ru.html": _page(
        "ru",
        ALMATY_RU,
        "На модернизацию медного завода выделят 240 млрд тенге",
        "Компания также вложит 6,8 млрд долларов в новую обогатительную фабрику.",
    ),
    "astana.html": _page(
        "kk",
        ASTANA,
        "Mys zaýytyn jańǵyrtýǵa 240 mlrd teńge bólinedi",
        "Kompaniia jyl sońyna deiin taǵy 15 mlrd teńgege jabdyq satyp alady.",
    ),
    "tbilisi.html": _page(
        "ka",
        TBILISI,
        "მერია ხიდების შეკეთებაზე 85 მილიონ ლარს დახარჯავს",
        "პროექტის მეორე ეტაპი 6,8 მილიარდ დოლარს შეადგენს, განაცხადა მერმა.",
    ),
    "tbilisi-ru.html": _page(
        "ru",
        TBILISI_RU,
        "Мэрия потратит 85 млн лари на ремонт мостов",
        "Работы начнутся весной и продлятся два года.",
    ),
    "yerevan.html": _page(
        "hy",
        YEREVAN,
        "Կառավարությունը դպրոցների համար կհատկացնի 19 միլիարդ դրամ",
        "Ծրագրի երկրորդ փուլը կֆինանսավորվի 4 մլրդ դրամով։",
    ),
    "tashkent.html": _page(
        "uz",
        TASHKENT,
        "Temir yo'l uchun 650 mlrd soʻm ajratildi",
        "Loyihaga yana 90 mlrd so'mlik sarmoya kiritiladi, deya xabar berildi.",
    ),
    "bishkek.html": _page(
        "ru",
        BISHKEK,
        "На ремонт дорог направят 3,1 млрд сомов",
        "Работы охватят двенадцать районов республики.",
    ),
    "dushanbe.html": _page(
        "ru",
        DUSHANBE,
        "На строительство школ выделено 410 млн сомони",
        "Новые здания откроются к осени.",
    ),
    "kazan.html": _page(
        "ru",
        KAZAN,
        "Завод получит 9 млрд рублей на новые линии",
        "Модернизация позволит выпускать вдвое больше деталей.",
    ),
    "lviv.html": _page(
        "uk",
        LVIV,
        "Місто отримає 120 млн доларів на ремонт трамвайних колій",
        "Ще 45 млн євро виділить міжнародний банк.",
    ),
    # a studio's number beside a sign clipper has no table for, and a scale with no currency
    "studio.html": _page(
        "en",
        DECOY,
        "Studio sells 5,000 prints at ₿2 each; the series reached 2,3 млрд views",
        "The gallery's catalogue lists 240 prints.",
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("caucasus"), PAGES, PUBLISHED)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # the dollar in Turkish with its suffix, and in Russian, Georgian, Ukrainian
        ("$4.7bn", [ISTANBUL, ISTANBUL_PLAIN]),
        ("4.7 billion dollars", [ISTANBUL, ISTANBUL_PLAIN]),
        ("USD 6.8bn", []),  # a page writing the dollar's name may be any dollar
        ("$6.8bn", [ALMATY_RU, TBILISI]),
        ("$120m", [LVIV]),
        ("€45m", [LVIV]),
        # the lira: its suffixes, its sign, its code, TL with an apostrophe's suffix
        ("TRY 2.6bn", [ISTANBUL, IZMIR]),
        ("2.6 billion lira", [ISTANBUL, IZMIR]),
        ("₺830m", [IZMIR]),
        ("TL 900m", [IZMIR]),
        # the manat, the tenge in Kazakh's two scripts and Russian, the lari, the dram
        ("AZN 3bn", [BAKU]),
        ("3 billion manat", [BAKU]),
        ("₼700m", [BAKU]),
        ("KZT 240bn", [ALMATY, ALMATY_RU, ASTANA]),
        ("₸15 млрд", [ALMATY, ASTANA]),
        ("GEL 85m", [TBILISI, TBILISI_RU]),
        ("₾85 მლნ", [TBILISI, TBILISI_RU]),
        ("AMD 19bn", [YEREVAN]),
        ("֏4 billion", [YEREVAN]),
        # the so'm, the som, the somoni, the ruble
        ("UZS 650bn", [TASHKENT]),
        ("UZS 90bn", [TASHKENT]),
        ("KGS 3.1bn", [BISHKEK]),
        ("TJS 410m", [DUSHANBE]),
        ("RUB 9bn", [KAZAN]),
        ("9 billion rubles", [KAZAN]),
    ],
)
def test_an_amount_finds_its_suffixed_and_case_forms(
    archive: Archive, query: str, expected: list[str]
):
    assert hit_sites(archive, query) == sorted(expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # newcomer 48a's wrong hit: a named currency is never dropped from the query
        ("₸6,8 млрд", []),
        ("₸2,3 млрд", []),
        # a sign no table holds finds its own amounts only
        ("₿2", [DECOY]),
        ("$2", []),
        # a currency-less amount is its words, as before: the views' and the tenge's pages
        ("2,3 млрд", [DECOY]),
        ("240", [ALMATY, ALMATY_RU, ASTANA, DECOY]),
        # the manat is no lira, the so'm no ruble
        ("TRY 3bn", []),
        ("RUB 650bn", []),
    ],
)
def test_a_currency_finds_no_other_currency(archive: Archive, query: str, expected: list[str]):
    assert hit_sites(archive, query) == sorted(expected)


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("2,3 milyar dolarlık", "dollar2300000000"),
        ("2,3 milyar dolarlik", "dollar2300000000"),
        ("ABD doları", ""),
        ("5 milyar doları", "dollar5000000000"),
        ("1,5 milyar liraya", "try1500000000"),
        ("312,50 liradan", "try312d5"),
        ("₺750 milyonluk", "try750000000"),
        ("500 milyon TL'lik", "try500000000"),
        ("20 bin avroluk", "eur20000"),
        ("1 milyard manatlıq", "azn1000000000"),
        ("45 млрд теңге", "kzt45000000000"),
        ("1200 теңгеден", "kzt1200"),
        ("100 mlrd teńge", "kzt100000000000"),
        ("2,3 მილიარდ დოლარს", "dollar2300000000"),
        ("2 მლრდ ლარი", "gel2000000000"),
        ("40 მილიონი ლარის", "gel40000000"),
        ("5 միլիարդ դրամով", "amd5000000000"),
        ("300 mlrd soʻm", "uzs300000000000"),
        ("5 млн сумов", "uzs5000000"),
        ("5 млрд рублёў", "rub5000000000"),
        ("7 млн доларів", "dollar7000000"),
        ("5 млн долл.", "dollar5000000"),
        ("300 dolarów", "dollar300"),
        ("TMT 2bn", "tmt2000000000"),
        ("₮5 тэрбум", "mnt5000000000"),
        ("AZN 500", "azn500"),
        # words the endings do not make currencies: "yeni" is "new", "dolarize" a verb
        ("5 yeni", ""),
        ("5 dolarize", ""),
        ("5 min", ""),
        # a name that is also another word in its other cases: "in 3 dramas", "5 catfish"
        ("в 3 драмах", ""),
        ("5 млн сомы", ""),
        ("3 драма", "amd3"),
        ("2 лиры", "try2"),
        # guarded codes that are other things' names
        ("AMD 7950", ""),
        ("SDG 11", ""),
        ("TOP 10", ""),
        ("ALL 3bn", "all3000000000"),
    ],
)
def test_the_forms_read(written: str, key: str) -> None:
    found = [keys[0][len(AMOUNT) :] for _, _, keys in amounts(written)]
    assert found == ([key] if key else [])


def test_every_current_currency_is_read_by_its_code() -> None:
    """Every ISO 4217 currency CLDR gives as legal tender today is read by its code (a guarded
    one with a scale word), and by its own sign."""
    for code in CODES:
        assert query_amount(f"{code} 5bn") is not None, code
    for symbol in SYMBOLS:
        assert query_amount(f"{symbol}5bn") is not None, symbol


def test_the_codes_are_cldrs() -> None:
    """clipper.amountcodes' tables are what Babel's CLDR data gives (regenerate with ``python
    -m clipper.amountcodes`` when a Babel upgrade changes them)."""
    assert from_cldr() == (CODES, SYMBOLS)


def _as_before(value: str) -> str:
    """A search text as clipper indexed it before migration 0097: no amount keys (the Istanbul
    page's suffixed amounts had none)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(searchtext, "amount_keys_text", lambda text: "")
        return search_text(value)


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0097: an archive indexed before finds a page's suffixed amount once opened."""
    pages = {"istanbul.html": PAGES["istanbul.html"], "baku.html": PAGES["baku.html"]}
    with upgraded_archive(tmp_path, pages, PUBLISHED, _as_before, "0096") as upgraded:
        assert hit_sites(upgraded, "$4.7bn") == [ISTANBUL]
        assert hit_sites(upgraded, "AZN 3bn") == [BAKU]
