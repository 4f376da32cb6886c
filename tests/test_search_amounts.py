"""A number with its currency or unit finds the same amount written another way (a morning
desk's searches, session 46): ``Rs1200`` missed ``Rs 1,200`` and ``₹1,200``, ``$5m`` missed
``US$5 million``, ``5km`` missed ``5 km``, ``20%`` missed ``20 per cent``, ``5천만원`` missed
``50,000,000원``.  clipper.searchamounts keys each amount by its value and unit after a page's
words; a query term that is one amount is sought by its key; migration 0093 indexes stored
pages again.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper import searchtext
from clipper.archive import Archive
from clipper.search import search
from clipper.searchamounts import AMOUNT, amounts, query_amount
from clipper.searchquery import BinaryOp, Term, parse_query
from clipper.searchterms import query_tokens
from clipper.searchtext import search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

FARES = "deccan-commuter.example"
FARES_SYMBOL = "lucknow-transit.example"
KARACHI = "karachi-ledger.example"
LOAN = "gulf-wire.example"
LOAN_WORDS = "harbour-finance.example"
SYDNEY = "sydney-brief.example"
BUDGET = "rathaus-kurier.example"
TRAIL = "fell-runner.example"
RATES = "northern-rates.example"
SEOUL = "hangang-ilbo.example"
TOKYO = "minato-shimpo.example"
DECOY = "calendar-notes.example"
PUBLISHED = "2026-12-04T09:00:00+00:00"
PAGES = {
    "fares.html": (
        "en",
        f"https://{FARES}/city/metro-fares",
        "Metro card top-up rises to Rs 1,200 a month",
        ["Commuters on the blue line will pay Rs 1,200 a month from January, the operator said."],
    ),
    "symbol.html": (
        "en",
        f"https://{FARES_SYMBOL}/transit/pass",
        "Monthly bus pass now costs ₹1,200",
        ["The corporation set the monthly pass at ₹1,200 after a year of unchanged prices."],
    ),
    "karachi.html": (
        "en",
        f"https://{KARACHI}/business/fuel",
        "Fuel levy of PKR 1,200 per tonne approved",
        ["The assembly approved the levy on imported furnace oil on Thursday afternoon."],
    ),
    "loan.html": (
        "en",
        f"https://{LOAN}/markets/port-loan",
        "Port operator signs US$5m loan for new cranes",
        ["The operator will repay the loan over seven years, its finance director said."],
    ),
    "words.html": (
        "en",
        f"https://{LOAN_WORDS}/deals/ferry",
        "Ferry company raises 5 million dollars from local investors",
        ["The 5 million dollars raised will pay for two electric ferries on the estuary."],
    ),
    "sydney.html": (
        "en",
        f"https://{SYDNEY}/state/grant",
        "State grants A$5m to surf lifesaving clubs",
        ["Forty clubs along the coast will share the grant over two summers."],
    ),
    "budget.html": (
        "de",
        f"https://{BUDGET}/stadt/haushalt",
        "Stadt plant Investitionen von 3,5 Mrd. Euro",
        ["Der Stadtrat berät den Haushalt am Dienstag, Schulen und Brücken zuerst."],
    ),
    "trail.html": (
        "en",
        f"https://{TRAIL}/routes/ridge",
        "New ridge path adds 5 kilometres to the valley circuit",
        ["Volunteers cleared the old drove road over three weekends in autumn."],
    ),
    "rates.html": (
        "en",
        f"https://{RATES}/council/tax",
        "Council tax to rise by 20 per cent next spring",
        ["Councillors blamed the cost of care services for the increase."],
    ),
    "seoul.html": (
        "ko",
        f"https://{SEOUL}/society/park",
        "한강공원 정비에 50,000,000원 투입",
        ["구청은 50,000,000원을 들여 산책로와 조명을 새로 설치한다고 밝혔다."],
    ),
    "tokyo.html": (
        "ja",
        f"https://{TOKYO}/local/fare",
        "路線バスの運賃、来春から3000円の定期券",
        ["市の交通局が発表した。"],
    ),
    "decoy.html": (
        "en",
        f"https://{DECOY}/planning/year-ahead",
        "What 2026 holds for the harbour district",
        [
            "In 2026 the district expects 2,026 new homes and a 5 m high flood wall.",
            "Survey: 20 residents asked for a 1,200 seat hall.",
        ],
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("amounts"), PAGES, PUBLISHED)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # glued, spaced, with its period, the family's symbol: every rupee amount of 1,200
        ("Rs1200", [FARES, FARES_SYMBOL, KARACHI]),
        ("Rs 1,200", [FARES, FARES_SYMBOL, KARACHI]),
        ("Rs. 1200", [FARES, FARES_SYMBOL, KARACHI]),
        ("rupees 1,200", []),  # a name counts after the number only
        ("1,200 rupees", [FARES, FARES_SYMBOL, KARACHI]),
        # one currency's symbol or code: that currency's amounts only
        ("₹1,200", [FARES_SYMBOL]),
        ("INR 1200", [FARES_SYMBOL]),
        ("PKR1,200", [KARACHI]),
        # scale words and letters, a currency's family and its own code
        ("$5m", [LOAN, LOAN_WORDS, SYDNEY]),
        ("$5,000,000", [LOAN, LOAN_WORDS, SYDNEY]),
        ('"$5 million"', [LOAN, LOAN_WORDS, SYDNEY]),
        ("USD 5 million", [LOAN]),
        ("A$5,000,000", [SYDNEY]),
        # a decimal comma and a German scale, the same amount in English
        ("€3,5 Mrd.", [BUDGET]),
        ("3.5 billion euros", [BUDGET]),
        ("EUR 3500000000", [BUDGET]),
        # measures: glued or spaced, a symbol or a word
        ("5km", [TRAIL]),
        ("5 km", [TRAIL]),
        ("20%", [RATES]),
        ("20 percent", [RATES]),
        # Korean and Japanese scales and currencies
        ("5천만원", [SEOUL]),
        ("₩50,000,000", [SEOUL]),
        ("3,000円", [TOKYO]),
        ("JPY 3000", [TOKYO]),
    ],
)
def test_an_amount_finds_its_other_spellings(archive: Archive, query: str, expected: list[str]):
    assert hit_sites(archive, query) == sorted(expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # a number alone is no amount: as before, the year and the grouped 2,026 both
        ("2026", [DECOY]),
        # an amount whose unit is a symbol is not its bare number: no year, no "2,026 homes"
        ("$2,026", []),
        ("20%", [RATES]),
        ("₹1,200", [FARES_SYMBOL]),
        # "m" alone is no million: "5m" finds the word "5m" as typed (US$5m's, A$5m's), no 5
        # million dollars, and "$5m" no 5 m wall
        ("5m", [LOAN, SYDNEY]),
        # US$ is not every dollar, nor A$ the US dollar
        ("US$5m", [LOAN]),
    ],
)
def test_an_amount_finds_no_other_number(archive: Archive, query: str, expected: list[str]):
    assert hit_sites(archive, query) == sorted(expected)


def test_an_amount_typed_with_spaces_is_one_term() -> None:
    """``Rs 1,200`` is one term (its words in a row, or its key), not ``Rs AND 1,200``; an
    amount typed without a space is a word as before, and other words stay apart."""
    assert parse_query("Rs 1,200") == Term("Rs 1,200", phrase=True)
    assert parse_query("20 per cent") == Term("20 per cent", phrase=True)
    assert parse_query("fare Rs 1,200 rise") == BinaryOp(
        "AND", BinaryOp("AND", Term("fare"), Term("Rs 1,200", phrase=True)), Term("rise")
    )
    assert parse_query("5 buses") == BinaryOp("AND", Term("5"), Term("buses"))
    assert parse_query("Rs1200") == Term("Rs1200")


def test_the_amounts_read() -> None:
    """Each spelling of one amount gives one key; what is no amount gives none."""
    same = [
        ("Rs1200", "Rs 1,200", "Rs. 1,200", "1,200 rupees", "१,२०० रुपये"),
        ("US$5m", "USD 5 million", "US$5,000,000", "5mn US dollars"),
        ("€3,5 Mrd.", "3.5 billion euros", "EUR 3,500 million", "3.500.000.000 Euro"),
        ("£20bn", "GBP 20 billion", "£20,000m"),
        ("5천만원", "50,000,000원", "₩5,000만", "KRW 50 million"),
        ("1억5천만원", "150,000,000원"),
        ("3億円", "JPY 300,000,000", "3億 yen"),
        ("Rs 1.25 crore", "Rs 1,25,00,000", "Rs 12.5 million"),
        ("20%", "20 %", "20 per cent", "20 Prozent", "20 por ciento", "20٪"),
        ("5km", "5 km", "5 kilometres", "5 км"),
    ]
    for spellings in same:
        keys = {amounts(spelling)[0][2][-1] for spelling in spellings}
        assert len(keys) == 1, (spellings, keys)
    assert amounts("₹1,200")[0][2] == (f"{AMOUNT}inr1200", f"{AMOUNT}rupee1200")
    assert amounts("20.5%")[0][2] == (f"{AMOUNT}pct20d5",)
    for nothing in (
        "2026",
        "in 2026",
        "5m",
        "5 m",
        "Mrs1200",
        "Rs1200abc",
        "Rs 04.12.2026",
        "won 5 games",
        "a 5 b",
        "20 pounds",
        "5 buses",
    ):
        assert amounts(nothing) == [], nothing
    assert query_amount("Rs 1,200 fare") is None and query_amount("₹1,200") == f"{AMOUNT}inr1200"


def test_an_amount_is_sought_by_its_key() -> None:
    """A symbol's amount by its key alone; one written with its unit's word also as typed."""
    assert query_tokens("₹1,200").conditions == (((f"{AMOUNT}inr1200",), ()),)
    assert query_tokens("Rs1200").ways == (("rs1200",), (f"{AMOUNT}rupee1200",))
    assert query_tokens("2026").ways == (("2026",),)
    assert query_tokens("5km*", prefix=True).amount == ""


def test_a_page_holds_its_amounts_keys() -> None:
    assert search_text("Fare: ₹1,200.").endswith(f"{AMOUNT}inr1200 {AMOUNT}rupee1200")
    assert AMOUNT not in search_text("In 2026 the district expects 2,026 new homes.")


def _as_before(value: str) -> str:
    """A search text as clipper indexed it before migration 0093: no amounts' keys."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(searchtext, "amount_keys_text", lambda text: "")
        return search_text(value)


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0093: an archive indexed before finds a page's amount written another way
    once opened."""
    assert AMOUNT not in _as_before("Monthly bus pass now costs ₹1,200")
    with upgraded_archive(tmp_path, PAGES, PUBLISHED, _as_before, "0092") as upgraded:
        assert hit_sites(upgraded, "Rs1200") == sorted([FARES, FARES_SYMBOL, KARACHI])


@pytest.mark.parametrize(
    ("query", "site", "marked"),
    [
        ("₹1,200", FARES_SYMBOL, "at ₹[1,200] after"),
        ("Rs1200", FARES_SYMBOL, "at ₹[1,200] after"),
        ("Rs1200", FARES, "pay [Rs 1,200] a month"),
        ("$5m", LOAN_WORDS, "The [5 million dollars] raised"),
        ("5천만원", SEOUL, "[50,000,000원]"),
    ],
)
def test_the_snippet_marks_the_pages_own_spelling(
    archive: Archive, query: str, site: str, marked: str
) -> None:
    """The amount as the page writes it is marked, however the query wrote it."""
    [snippet] = [hit.snippet for hit in search(archive, query) if hit.site == site]
    assert marked in snippet
