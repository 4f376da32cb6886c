"""Amounts as Canada's papers write them (a Montreal desk's searches, session 52): the
hyphen the Globe and Mail writes between a number and its scale word (``$2.5-billion``,
``US$1.2-billion``, ``$350-million``: ``$2.5`` was keyed as 2.5 dollars, and ``$5-billion``
found the ``5-billion`` of ``$2.5-billion``), and Quebec's giga before its currency (``2,5 G$``,
as its ``350 M$`` and ``50 k$``) and the dollars it names after the sign (``1,2 G$ US``, ``5 $
CA``).  Every page and sentence here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper import searchtext
from clipper.searchamounts import AMOUNT, amounts, query_amount
from clipper.searchtext import search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

BAYSTREET = "bay-street-ledger.example"
PORTAGE = "portage-financial.example"
LAURIER = "laurier-quotidien.example"
SAGUENAY = "saguenay-affaires.example"
RIMOUSKI = "fleuve-economie.example"
PUBLISHED = "2026-12-07T09:00:00+00:00"


def _page(lang: str, site: str, title: str, body: str) -> tuple[str, str, str, list[str]]:
    return (lang, f"https://{site}/news/{sum(map(ord, title)) % 10**6}", title, [body])


PAGES = {
    "baystreet.html": _page(
        "en",
        BAYSTREET,
        "Pipeline operator lines up $2.5-billion expansion of its western terminal",
        "The company said construction would begin once the regulator signs off in the spring.",
    ),
    "portage.html": _page(
        "en",
        PORTAGE,
        "Grocer agrees to US$1.2-billion purchase of a Midwest chain and a $350-million loan",
        "Analysts said the grocer had looked south for growth for several years.",
    ),
    "laurier.html": _page(
        "fr",
        LAURIER,
        "Le réseau de tramway coûtera 2,5 milliards de dollars",
        "La société de transport présentera le tracé aux riverains en janvier.",
    ),
    "saguenay.html": _page(
        "fr",
        SAGUENAY,
        "Une aluminerie de 2,5 G$ verra le jour près du port",
        "Le chantier doit créer quelque 800 emplois pendant trois ans.",
    ),
    "rimouski.html": _page(
        "fr",
        RIMOUSKI,
        "Un armateur américain rachète le chantier naval pour 1,2 G$ US",
        "Les 350 M$ promis par Québec pour moderniser les cales sont maintenus.",
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("canada"), PAGES, PUBLISHED)


TWO_AND_A_HALF = [BAYSTREET, LAURIER, SAGUENAY]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # the Globe's hyphen, spaced, the French name and Quebec's G$: one amount
        ("$2.5 billion", TWO_AND_A_HALF),
        ("$2.5-billion", TWO_AND_A_HALF),
        ("2,5 milliards de dollars", TWO_AND_A_HALF),
        ("2,5 G$", TWO_AND_A_HALF),
        ("$2,500 million", TWO_AND_A_HALF),
        ("$1.2 billion", [PORTAGE, RIMOUSKI]),
        ("US$1.2-billion", [PORTAGE, RIMOUSKI]),
        ("USD 1.2bn", [PORTAGE, RIMOUSKI]),
        ("$350 million", [PORTAGE, RIMOUSKI]),
        ("350 M$", [PORTAGE, RIMOUSKI]),
        # a number's tail is no number: $5-billion is not in $2.5-billion
        ("$5-billion", []),
        ("$5 billion", []),
        # the code or symbol of one dollar finds that dollar's only
        ("C$2.5 billion", []),
        ("US$350 million", []),
    ],
)
def test_an_amount_finds_its_canadian_spellings(
    archive: Any, query: str, expected: list[str]
) -> None:
    assert hit_sites(archive, query) == sorted(expected)


def _keys(text: str) -> list[list[str]]:
    return [[key.removeprefix(AMOUNT) for key in keys] for _, _, keys in amounts(text)]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("$2.5-billion", [["dollar2500000000"]]),  # was "$2.5": 2.5 dollars
        ("US$1.2-billion deal", [["usd1200000000", "dollar1200000000"]]),
        ("a $350-million loan", [["dollar350000000"]]),
        ("C$2.5\u2011billion", [["cad2500000000", "dollar2500000000"]]),  # U+2011's hyphen
        ("€3-Mrd.", [["eur3000000000"]]),
        ("2-milioni di euro", [["eur2000000"]]),
        ("£40-million", [["gbp40000000"]]),
        ("2,5 G$", [["dollar2500000000"]]),
        ("1,2 G$ US", [["usd1200000000", "dollar1200000000"]]),
        ("2,5 G$ CAN", [["cad2500000000", "dollar2500000000"]]),
        ("350 M$", [["dollar350000000"]]),
        ("50 k$", [["dollar50000"]]),
        ("2,5 G€", [["eur2500000000"]]),
        ("5 $ US", [["usd5", "dollar5"]]),
        ("5 $ CA", [["cad5", "dollar5"]]),
    ],
)
def test_a_page_keys_the_amount_it_writes(text: str, keys: list[list[str]]) -> None:
    assert _keys(text) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a number's tail after a digit and a decimal mark is no number
        ("v2.5 million dollars", []),
        # a hyphenated scale needs a currency as a spaced one does
        ("the 2.5-billion mark", []),
        ("a 5-m wall", []),
        # "G" scales beside a currency only: a gram, a gigawatt
        ("a 5 g sample", []),
        ("5 GW of wind", [["gw5"]]),
        ("5 $ USB keys", [["dollar5"]]),  # "US" a whole word only
    ],
)
def test_what_is_not_read_as_an_amount(text: str, keys: list[list[str]]) -> None:
    assert _keys(text) == keys


def test_a_query_for_a_hyphenated_amount_is_one_amount() -> None:
    assert query_amount("$2.5-billion") == f"{AMOUNT}dollar2500000000"
    assert query_amount("2,5 G$") == f"{AMOUNT}dollar2500000000"


def _as_before(value: str) -> str:
    """A search text as clipper indexed these pages before migration 0114: no amount keys."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(searchtext, "amount_keys_text", lambda text: "")
        return search_text(value)


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0114: an archive indexed before finds the Globe's hyphenated amounts and
    Quebec's G$ once opened."""
    pages = {name: PAGES[name] for name in ("baystreet.html", "saguenay.html", "rimouski.html")}
    with upgraded_archive(tmp_path, pages, PUBLISHED, _as_before, "0113") as upgraded:
        assert hit_sites(upgraded, "$2.5 billion") == [BAYSTREET, SAGUENAY]
        assert hit_sites(upgraded, "US$1.2 billion") == [RIMOUSKI]
