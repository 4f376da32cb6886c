"""Amounts in the currencies and scale words the world's news writes (a Nairobi desk's
searches, session 46): ``Sh2.5bn`` missed ``KSh2.5bn`` and ``Sh2.5 bilioni``, ``N500m`` (a
Nigerian paper's naira) was no amount, ``R1,2 billion`` (the rand, a decimal comma) and ``10
milliards de FCFA`` neither.  clipper.amountunits holds the currencies of Africa, Latin
America, the Middle East, South and South-East Asia and Europe, with their scale words; a
letter that is also a letter ("R", "N") is read only glued to a number with a scale word or
a grouping.  Every page and sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from clipper.archive import Archive
from clipper.searchamounts import AMOUNT, amounts, query_amount
from clipper.searchterms import query_tokens
from tests.searchpages import hit_sites, stored_archive

NAIROBI = "nairobi-ledger.example"
MOMBASA = "coast-courier.example"
DODOMA = "habari-dodoma.example"
DAR = "dar-harbour.example"
LAGOS = "lagos-tribune.example"
JOBURG = "highveld-post.example"
DAKAR = "dakar-matin.example"
CASABLANCA = "casa-eco.example"
DUBAI = "gulf-ledger.example"
RIYADH = "najd-daily.example"
TEHRAN = "tehran-eghtesad.example"
ADDIS = "addis-zena.example"
SAO_PAULO = "paulista-economia.example"
MEXICO = "valle-noticias.example"
MANILA = "manila-ledger.example"
JAKARTA = "jakarta-niaga.example"
BANGKOK = "krung-news.example"
HANOI = "hanoi-kinhte.example"
BUDAPEST = "duna-hirlap.example"
HONG_KONG = "victoria-harbour.example"
DECOY = "gadget-notes.example"
PUBLISHED = "2026-12-04T09:00:00+00:00"


def _page(lang: str, site: str, title: str, body: str) -> tuple[str, str, str, list[str]]:
    return (lang, f"https://{site}/news/{abs(hash(title)) % 10**6}", title, [body])


PAGES = {
    "nairobi.html": _page(
        "en",
        NAIROBI,
        "Treasury releases Sh2.5 billion for county dispensaries",
        "Governors said the money would reach rural clinics before the long rains.",
    ),
    "mombasa.html": _page(
        "en",
        MOMBASA,
        "Cashew farmers owed KSh2.5bn, cooperative board says",
        "The board met buyers at the port on Tuesday to agree on a payment plan.",
    ),
    "dodoma.html": _page(
        "sw",
        DODOMA,
        "Serikali yatenga Sh2.5 bilioni kwa barabara za vijijini",
        "Wakazi wa vijiji vitatu walisema barabara hizo zitasaidia wakulima kufikia soko.",
    ),
    "dar.html": _page(
        "en",
        DAR,
        "Ferry operator borrows TSh2,500 million for two new vessels",
        "The vessels will sail between the city and the islands from next year.",
    ),
    "lagos.html": _page(
        "en",
        LAGOS,
        "Assembly approves N500m for drainage in three wards",
        "Residents of the wards have waded through flooded streets every rainy season.",
    ),
    "joburg.html": _page(
        "en",
        JOBURG,
        "Utility gets R1,2 billion to repair substations",
        "Engineers will start with the substations that failed during the winter.",
    ),
    "dakar.html": _page(
        "fr",
        DAKAR,
        "L'État débloque 10 milliards de FCFA pour les pistes rurales",
        "Les travaux commenceront dans trois régions avant la saison des pluies.",
    ),
    "casablanca.html": _page(
        "fr",
        CASABLANCA,
        "Un plan de 3 milliards de dirhams pour les barrages",
        "Le ministère prévoit quatre nouveaux ouvrages dans le nord du pays.",
    ),
    "dubai.html": _page(
        "en",
        DUBAI,
        "Developer signs AED 3 billion deal for a waterfront district",
        "Construction of the first towers is due to begin in the spring.",
    ),
    "riyadh.html": _page(
        "ar",
        RIYADH,
        "الوزارة تخصص 5 مليارات ريال لمشاريع المياه",
        "وقالت الوزارة إن المشاريع تشمل محطات تحلية جديدة في ثلاث مناطق.",
    ),
    "tehran.html": _page(
        "en",
        TEHRAN,
        "Province allots 5 billion rials to village schools",
        "Teachers in the mountain villages have asked for heating for years.",
    ),
    "addis.html": _page(
        "am",
        ADDIS,
        "መንግሥት ለመንገድ ግንባታ 2.5 ቢሊዮን ብር መደበ",
        "ግንባታው በሚቀጥለው ዓመት ይጀምራል ተብሏል።",
    ),
    "saopaulo.html": _page(
        "pt",
        SAO_PAULO,
        "Governo libera R$ 5 bi para rodovias estaduais",
        "As obras devem começar no segundo semestre, segundo a secretaria.",
    ),
    "mexico.html": _page(
        "es",
        MEXICO,
        "Inversión de 10 mil millones de pesos para el tren ligero",
        "El gobierno estatal presentó el proyecto ante el congreso local.",
    ),
    "manila.html": _page(
        "en",
        MANILA,
        "City council sets aside ₱10 billion for flood pumps",
        "The pumping stations along the river will be replaced over five years.",
    ),
    "jakarta.html": _page(
        "id",
        JAKARTA,
        "Pemerintah kota siapkan Rp2,5 triliun untuk transportasi",
        "Dana itu akan dipakai untuk bus listrik dan halte baru.",
    ),
    "bangkok.html": _page(
        "th",
        BANGKOK,
        "เทศบาลอนุมัติงบ 5 ล้านบาทซ่อมถนน",
        "ผู้อำนวยการกล่าวว่าจะเริ่มซ่อมในเดือนหน้า",
    ),
    "hanoi.html": _page(
        "vi",
        HANOI,
        "Hà Nội chi 2 tỷ đồng sửa chợ",
        "Các tiểu thương sẽ chuyển sang khu tạm trong ba tháng.",
    ),
    "budapest.html": _page(
        "hu",
        BUDAPEST,
        "A főváros 5 milliárd forintot költ a hidakra",
        "A munkálatok jövő tavasszal kezdődnek a belső szakaszon.",
    ),
    "hongkong.html": _page(
        "zh",
        HONG_KONG,
        "政府拨款5亿港元改善公共屋邨",
        "工程预计明年开始。",
    ),
    "decoy.html": _page(
        "en",
        DECOY,
        "Model N500 router and N95 masks in the 2026 gadget round-up",
        "The R2-D2 speaker costs R500 at launch; PHP 8.2 runs the shop, SR 71 leads to it.",
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("world"), PAGES, PUBLISHED)


SHILLING_PAGES = [NAIROBI, MOMBASA, DODOMA, DAR]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # East Africa: "Sh" is every shilling, a country's own symbol or code only its own
        ("Sh2.5bn", SHILLING_PAGES),
        ('"Sh2.5 billion"', SHILLING_PAGES),
        ("2.5 billion shillings", SHILLING_PAGES),
        ("KSh2.5bn", [MOMBASA]),
        ("KES 2,500,000,000", [MOMBASA]),
        ("TZS 2.5bn", [DAR]),
        ("UGX 2.5bn", []),
        # Nigeria's N, South Africa's R (a decimal comma with a scale is a decimal)
        ("N500m", [LAGOS]),
        ("₦500m", [LAGOS]),
        ("NGN 500,000,000", [LAGOS]),
        ("R1.2bn", [JOBURG]),
        ("1.2 billion rand", [JOBURG]),
        ("ZAR 1,200 million", [JOBURG]),
        # West Africa's CFA franc with a French scale and "de"
        ("CFA 10 milliards", [DAKAR]),
        ("FCFA 10bn", [DAKAR]),
        ("10 milliards de francs CFA", [DAKAR]),
        # the dirham: a family (Morocco's, the Emirates'), AED only the Emirates'
        ("Dh3bn", [CASABLANCA, DUBAI]),
        ("3 billion dirhams", [CASABLANCA, DUBAI]),
        ("AED 3bn", [DUBAI]),
        # the riyal is not the rial
        ("5 billion riyals", [RIYADH]),
        ("5 مليار ريال", [RIYADH]),
        ("5 billion rials", [TEHRAN]),
        # Ethiopia's birr in Amharic and English
        ("ETB 2.5bn", [ADDIS]),
        ("2.5 billion birr", [ADDIS]),
        # Latin America
        ("5 bilhões de reais", [SAO_PAULO]),
        ("BRL 5bn", [SAO_PAULO]),
        ("10 billion pesos", [MEXICO, MANILA]),
        ("PHP 10bn", [MANILA]),
        # South-East Asia, no space in Thai
        ("IDR 2.5 trillion", [JAKARTA]),
        ("Rp 2.500 miliar", [JAKARTA]),
        ("฿5m", [BANGKOK]),
        ("THB 5 million", [BANGKOK]),
        ("VND 2bn", [HANOI]),
        ("2 billion dong", [HANOI]),
        # Europe and Chinese
        ("HUF 5bn", [BUDAPEST]),
        ("5 Mrd Ft", [BUDAPEST]),
        ("HK$500m", [HONG_KONG]),
    ],
)
def test_a_currency_finds_its_other_spellings(archive: Archive, query: str, expected: list[str]):
    assert hit_sites(archive, query) == sorted(expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # a shared letter does not cross families: the rand's R is not Brazil's R$, "$" no real
        # nor peso
        ("R5bn", []),
        # a number's words are no decimal's tail: "$5bn" is not KSh2.5bn's "5bn", "₦500
        # million" not "TSh2,500 million"'s "500 million"
        ("$5bn", []),
        ("₦500 million", [LAGOS]),
        ("$5,000,000,000", []),
        ("$10,000,000,000", []),
        # what is not an amount stays words, as before: a model's number, a mask, a road
        ("N500", [DECOY]),
        ("N95", [DECOY]),
        ("R500", [DECOY]),
        ("2026", [DECOY]),
    ],
)
def test_a_letter_is_no_other_currency(archive: Archive, query: str, expected: list[str]):
    assert hit_sites(archive, query) == sorted(expected)


def test_the_worlds_amounts_read() -> None:
    """Each spelling of one amount gives one key, whatever the region's symbol or scale."""
    same = [
        ("KSh2.5bn", "KES 2.5 billion", "Ksh2,500 million", "2.5 billion Kenya shillings"),
        ("Sh2.5bn", "Sh2.5 bilioni", "Sh.2,500,000,000", "Shs2,500m", "shilingi 2.5bn"),
        ("N500m", "₦500 million", "NGN 500m", "500 million naira", "500 miliyan naira"),
        ("R1,2 billion", "R1.2bn", "ZAR 1,200 million", "1.2 billion rand"),
        ("10 milliards de FCFA", "CFA 10 milliards", "10 milliards de francs CFA", "F CFA 10bn"),
        ("E£500m", "EGP 500 million", "500 مليون جنيه"),
        ("GH₵2m", "GHS 2 million", "2 million cedis"),
        ("Br2.5bn", "2.5 ቢሊዮን ብር", "2.5 billion birr"),
        ("R$ 5 bi", "5 bilhões de reais", "BRL 5bn"),
        ("S/. 1,2 millones", "PEN 1.2m", "S/1.2 millones", "1.2 million soles"),
        ("₪5m", "NIS 5 million", "5 מיליון שקל", "5 million shekels"),
        ("SR5bn", "SAR 5 billion"),
        ("RM5 juta", "MYR 5 million", "5 juta ringgit"),
        ("Rp2,5 triliun", "IDR 2.5 trillion", "Rp 2.500 miliar"),
        ("₱10bn", "PHP 10 billion", "10 billion Philippine pesos"),
        ("5 ล้านบาท", "฿5m", "THB 5 million"),
        ("2 tỷ đồng", "2.000.000.000đ", "VND 2bn", "₫2 tỷ"),
        ("Tk 500 crore", "৳5bn", "BDT 5 billion", "500 crore taka"),
        ("5 mld. Kč", "CZK 5bn", "5 miliard Kč"),
        ("5 milliárd forint", "HUF 5bn", "5.000 millió Ft"),
        ("2 milioane lei", "RON 2m"),
        ("5 млн. лв.", "BGN 5m", "5 млн лева"),
        ("500 miliona dinara", "RSD 500m"),
        ("5亿港元", "HK$500m", "HKD 500 million"),
        ("30亿新台币", "NT$3bn", "TWD 3 billion"),
        ("5亿美元", "US$500m"),
        ("5 εκατ. ευρώ", "€5m", "5 εκατομμύρια ευρώ", "5 millones de euros", "5 milioni di euro"),
        ("5 milyar TL", "₺5bn", "TRY 5 billion"),
        ("10 mil millones de pesos", "10 billion pesos", "10 mil milhões de pesos"),
        ("5 billón de pesos", "5 trillion pesos"),
        ("3 milliards d'euros", "€3bn", "3 Mrd. Euro"),
        # a point before an English or Malay scale is decimal, before a Spanish one it groups
        ("RM6.162 million", "MYR 6,162,000", "RM6,162,000"),
        ("$1.250 billion", "$1,250 million", "$1.25bn"),
        ("1.000 millones de euros", "€1bn", "1.000 Millionen Euro"),
    ]
    for spellings in same:
        keys = {found[0][2][-1] for found in map(amounts, spellings) if len(found) == 1}
        assert len(keys) == 1 and all(amounts(s) for s in spellings), (spellings, keys)
    # a code or a country's own symbol, the family under it
    assert amounts("KSh2.5bn")[0][2] == ("\U000f0010kes2500000000", "\U000f0010shilling2500000000")
    assert query_amount("Sh2.5bn") == "\U000f0010shilling2500000000"


@pytest.mark.parametrize(
    "nothing",
    [
        "R2-D2",
        "R500",
        "R 1,2 billion",  # the rand's R is glued to its number
        "N95",
        "N500",
        "N 500m",
        "PHP 8.2",
        "SR 71",
        "5 Ft",
        "Dh 500",
        "500 DH",  # Morocco's bare dirham: a page's country is not read
        "5 de FCFA",  # "de" only after a scale word
        "5 bin",  # the Turkish thousand only beside a currency
        "in 2026",
        "Model N500 router",
        "5 mi",
        "2.5bn",  # a scale without a currency is no amount
        "COP30",  # the climate conference, no Colombian pesos
        "SOS 112",
    ],
)
def test_what_is_no_amount_stays_unread(nothing: str) -> None:
    assert amounts(nothing) == []


def test_a_scale_between_words_keeps_its_page_spelling() -> None:
    """The amount's span is the page's own words, joiner included (the snippet marks it)."""
    text = "L'État débloque 10 milliards de FCFA pour les pistes"
    [(start, end, _)] = amounts(text)
    assert text[start:end] == "10 milliards de FCFA"
    thai = "เทศบาลอนุมัติงบ 5 ล้านบาทซ่อมถนน"
    [(start, end, keys)] = amounts(thai)
    assert thai[start:end] == "5 ล้านบาท" and keys == ("\U000f0010thb5000000",)


def test_an_amount_starting_with_its_number_is_sought_by_its_key() -> None:
    """Its words would match a decimal's tail: "₦500 million" in "TSh2,500 million", "$5m" in
    "A$2.5m"; a unit's word before the number keeps its words as typed ("Rs1200")."""
    assert query_tokens("₦500 million").conditions == (((f"{AMOUNT}ngn500000000",), ()),)
    assert query_tokens("$5m").conditions == (((f"{AMOUNT}dollar5000000",), ()),)
    assert query_tokens("5 million dollars").ways == ((f"{AMOUNT}dollar5000000",),)
    assert query_tokens("KSh2.5bn").ways == (("ksh2", "5bn"), (f"{AMOUNT}kes2500000000",))
