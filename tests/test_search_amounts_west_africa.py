"""Amounts as West and East Africa's papers write them (a Lagos desk's searches, session 51):
Ghana's cedi typed with the cent sign (``GH¢1.2 billion``: CLDR's sign is ``GH₵``), the scale
abbreviations ``trn``, ``tr`` (``₦2.5trn``, ``N2.5tr``) and other languages' (``R$ 5 tri``,
``US$ 500 MM``, Mexico's ``500 mdd``), the CFA franc (``XOF 500bn`` missed ``500 milliards de
FCFA``; ``25 000 FCFA`` was keyed as 0 francs), and Hausa's and Swahili's order, the currency's
name and the scale before the number (``naira tiriliyan 2.5``, ``shilingi bilioni 2.5``).
Every page and sentence here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper import searchtext
from clipper.searchamounts import AMOUNT, amounts, query_amount
from clipper.searchtext import search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

ACCRA = "accra-mirror.example"
KUMASI = "ashanti-ledger.example"
LAGOS = "marina-courier.example"
IKEJA = "ikeja-business.example"
KANO = "kano-labarai.example"
DAKAR = "cap-vert-matin.example"
YAOUNDE = "mfoundi-eco.example"
REGION = "sahel-zones.example"
ABIDJAN = "lagune-quotidien.example"
TANGA = "tanga-habari.example"
ARUSHA = "arusha-leo.example"
MEXICO = "altiplano-finanzas.example"
SANTOS = "santos-economia.example"
PUBLISHED = "2026-12-07T09:00:00+00:00"


def _page(lang: str, site: str, title: str, body: str) -> tuple[str, str, str, list[str]]:
    return (lang, f"https://{site}/news/{sum(map(ord, title)) % 10**6}", title, [body])


PAGES = {
    "accra.html": _page(
        "en",
        ACCRA,
        "Fintech start-up to invest GH¢1.2 billion in rural payment kiosks",
        "The firm said the kiosks would open in the three northern regions first.",
    ),
    "kumasi.html": _page(
        "en",
        KUMASI,
        "Assembly approves GHS 500 million for the central market's roof",
        "Traders have asked for the roof since the fire two years ago.",
    ),
    "lagos.html": _page(
        "en",
        LAGOS,
        "Lender unveils ₦2.5trn plan to lift its capital base",
        "Shareholders will vote on the plan at an extraordinary meeting in January.",
    ),
    "ikeja.html": _page(
        "en",
        IKEJA,
        "Regulator clears lender's N2.5tr capital plan",
        "The regulator said the lender had met every condition it set in March.",
    ),
    "kano.html": _page(
        "ha",
        KANO,
        "Gwamnati ta ware naira tiriliyan 2.5 domin gina hanyoyi",
        "Ministan ya ce za a fara aikin a jihohi uku kafin damina.",
    ),
    "dakar.html": _page(
        "fr",
        DAKAR,
        "Une cimenterie de 500 milliards de FCFA annoncée",
        "THIÈS, 7 déc - Le groupe va investir 500 milliards de FCFA dans une usine, a "
        "annoncé le ministre, qui compte sur les ports de Dakar et d'Abidjan.",
    ),
    "yaounde.html": _page(
        "fr",
        YAOUNDE,
        "La BEAC injecte 500 milliards de FCFA dans le marché monétaire",
        "La banque centrale des six pays de la CEMAC a annoncé l'opération à Yaoundé.",
    ),
    "region.html": _page(
        "fr",
        REGION,
        "Les deux zones franc lèvent 500 milliards de FCFA",
        "Les émetteurs de l'UEMOA et de la CEMAC se partagent le montant à parts égales.",
    ),
    "abidjan.html": _page(
        "fr",
        ABIDJAN,
        "Le sac de ciment vendu F CFA 3 500 à Abidjan",
        "Les grossistes du Plateau attendent une baisse au premier trimestre.",
    ),
    "tanga.html": _page(
        "sw",
        TANGA,
        "Halmashauri yatenga shilingi bilioni 2.5 kwa ujenzi wa soko",
        "Wafanyabiashara wamesema soko jipya litapunguza msongamano mjini.",
    ),
    "arusha.html": _page(
        "sw",
        ARUSHA,
        "Kampuni kuwekeza dola milioni 350 katika kiwanda cha mbolea",
        "Kiwanda hicho kinatarajiwa kuajiri wafanyakazi elfu moja.",
    ),
    "mexico.html": _page(
        "es",
        MEXICO,
        "Empresa invertirá 500 mdd en una planta de baterías",
        "La planta abrirá en el norte del país a finales del próximo año.",
    ),
    "santos.html": _page(
        "pt",
        SANTOS,
        "Porto prevê R$ 1,5 tri em cargas até 2030",
        "A autoridade portuária apresentou o plano aos operadores na terça-feira.",
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(
        module_db_url, tmp_path_factory.mktemp("westafrica"), PAGES, PUBLISHED
    )


CFA_PAGES = [DAKAR, REGION, YAOUNDE]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # the cedi: the cent sign typed for its own, its code, its name, either way
        ("GHS 1.2 billion", [ACCRA]),
        ("1.2 billion cedis", [ACCRA]),
        ("GH¢1.2bn", [ACCRA]),
        ("GH₵1,200 million", [ACCRA]),
        ("GH¢500m", [KUMASI]),
        ("Gh¢ 500 million", [KUMASI]),
        ("GHC 500m", [KUMASI]),
        # trillions abbreviated, the naira's N and ₦, and Hausa's name and scale first
        ("₦2.5trn", [IKEJA, KANO, LAGOS]),
        ("N2.5tr", [IKEJA, KANO, LAGOS]),
        ("₦2.5 trillion", [IKEJA, KANO, LAGOS]),
        ("NGN 2,500bn", [IKEJA, KANO, LAGOS]),
        ("naira tiriliyan 2.5", [IKEJA, KANO, LAGOS]),
        ("N2.5bn", []),
        # the CFA francs: a bare FCFA is either, a text naming one zone its franc
        ("CFA 500bn", CFA_PAGES),
        ("500 milliards de FCFA", CFA_PAGES),
        ("500 billion CFA francs", CFA_PAGES),
        ("XOF 500bn", [DAKAR]),
        ("XAF 500 milliards", [YAOUNDE]),
        # a number grouped by a plain space beside its currency
        ("3500 FCFA", [ABIDJAN]),
        ("CFA 3,500", [ABIDJAN]),
        ("XOF 3500", [ABIDJAN]),
        ("XAF 3500", []),
        ("500 FCFA", []),
        # Swahili's name and scale first
        ("Sh2.5bn", [TANGA]),
        ("2.5 billion shillings", [TANGA]),
        ("shilingi bilioni 2.5", [TANGA]),
        ("$350m", [ARUSHA]),
        ('"dola milioni 350"', [ARUSHA]),
        ("USD 350m", []),
        # Mexico's "mdd" (millones de dólares), Brazil's "tri"
        ("$500m", [MEXICO]),
        ("500 millones de dólares", [MEXICO]),
        ("BRL 1.5 trillion", [SANTOS]),
        ("R$ 1,5 trilhão", [SANTOS]),
        ("R$ 1,5 bi", []),
    ],
)
def test_an_amount_finds_its_west_and_east_african_spellings(
    archive: Any, query: str, expected: list[str]
) -> None:
    assert hit_sites(archive, query) == sorted(expected)


def _keys(text: str) -> list[list[str]]:
    return [[key.removeprefix(AMOUNT) for key in keys] for _, _, keys in amounts(text)]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("GH¢1.2 billion", [["ghs1200000000"]]),
        ("Gh¢95 a bag", [["ghs95"]]),
        ("₦2.5trn", [["ngn2500000000000"]]),
        ("N1.8trn so far", [["ngn1800000000000"]]),
        ("US$ 500 MM", [["usd500000000", "dollar500000000"]]),
        ("3 MM de dólares", [["dollar3000000"]]),
        ("2.5 mmdd", [["dollar2500000000"]]),
        ("300 mdp", [["peso300000000"]]),
        ("R$ 5 tri", [["brl5000000000000"]]),  # was "R$ 5": five reais
        ("R$ 1,5 trilhão", [["brl1500000000000"]]),
        ("2 Bio. Euro", [["eur2000000000000"]]),  # German's 10¹², CLDR's compact form
        ("7 000 milliards de francs CFA", [["cfa7000000000000", "franc7000000000000"]]),
        ("25\u202f000 F\u202fCFA", [["cfa25000", "franc25000"]]),
        ("R1 200", [["zar1200"]]),
        ("Naira biliyan 350", [["ngn350000000000"]]),
        ("dalar Amurka miliyan 1.2", [["usd1200000", "dollar1200000"]]),
        ("Sh bilioni 2.5", [["shilling2500000000"]]),
        ("TSh milioni 500", [["tzs500000000", "shilling500000000"]]),
        ("dola za Marekani milioni 350", [["usd350000000", "dollar350000000"]]),
        ("500 milliards de FCFA", [["cfa500000000000", "franc500000000000"]]),
        (
            "DAKAR - 500 milliards de FCFA",
            [["xof500000000000", "cfa500000000000", "franc500000000000"]],
        ),
        ("Au Niger, 5 milliards de FCFA", [["xof5000000000", "cfa5000000000", "franc5000000000"]]),
        ("Niger Delta: 5bn CFA francs", [["cfa5000000000", "franc5000000000"]]),
        ("La CEMAC: 5 Mds FCFA", [["xaf5000000000", "cfa5000000000", "franc5000000000"]]),
        ("BCEAO et BEAC: 5 Mds FCFA", [["cfa5000000000", "franc5000000000"]]),
    ],
)
def test_a_page_keys_the_amount_it_writes(text: str, keys: list[list[str]]) -> None:
    assert _keys(text) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a glued letter after a space-grouped number: phase 2's 520 MW
        ("Phase 2 520MW wind farm", [["mw520"]]),
        # a measure's number is not read grouped by spaces
        ("Phase 2 520 MW wind farm", [["mw520"]]),
        ("GHC 2024 conference", []),  # the old code only with a scale or a grouping
        ("a 5 mm gap", []),  # "MM" scales beside a currency only
        ("5 tri", []),
        # a name first is read with its own language's scale only
        ("naira milioni 5", []),
        ("shilingi biliyan 5", []),
        ("a bag costs 50¢", [["sca250"]]),  # a bare cent sign is its own
    ],
)
def test_what_is_not_read_as_written(text: str, keys: list[list[str]]) -> None:
    assert _keys(text) == keys


def test_a_query_for_a_bare_cfa_franc_is_the_family() -> None:
    """A query names no zone: its bare FCFA seeks the family's key, its code its zone's."""
    assert query_amount("500 FCFA") == f"{AMOUNT}cfa500"
    assert query_amount("XOF 500") == f"{AMOUNT}xof500"


def _as_before(value: str) -> str:
    """A search text as clipper indexed these pages before migration 0113: no amount keys."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(searchtext, "amount_keys_text", lambda text: "")
        return search_text(value)


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0113: an archive indexed before finds the cedi's GH¢, a trillion's "trn",
    the franc of a text's zone and Hausa's order once opened."""
    pages = {name: PAGES[name] for name in ("accra.html", "lagos.html", "kano.html", "dakar.html")}
    with upgraded_archive(tmp_path, pages, PUBLISHED, _as_before, "0112") as upgraded:
        assert hit_sites(upgraded, "GHS 1.2bn") == [ACCRA]
        assert hit_sites(upgraded, "N2.5 trillion") == [KANO, LAGOS]
        assert hit_sites(upgraded, "XOF 500bn") == [DAKAR]
