"""Danish and Norwegian ``å`` and ``ø`` typed ``aa`` and ``oe`` (newcomer 30 finding 8:
``Aase``, ``Raadhusplassen``, ``Oeystein``, ``Foelstad``, ``Loekke`` found nothing, while
``Hoeglund`` found ``Höglund``): a name holding one of the letters on a Danish or Norwegian
page (Bokmål, Nynorsk) is found by its two-letter spelling, and a query holding one finds a
page that wrote the two letters (English wire copy's ``Loekke``, ``Aarhus``), on SQLite and
PostgreSQL alike; a lower-case word (Norwegian ``hår``, Danish ``møder``) and a Swedish page's
``Åre`` are not spelled so, so Dutch ``haar`` and ``moeder`` find only Dutch pages
(clipper.umlauts).  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.searchtext import search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

OSLO = "fjordbyen-avis.example"
ALESUND = "sunnmore-tidend.example"
ODENSE = "fynske-dagblad.example"
WIRE = "northsea-wire.example"
UMEA = "norrlands-bladet.example"
UTRECHT = "domstad-krant.example"
PUBLISHED = "2026-12-04T09:00:00+01:00"
PAGES = {
    "oslo.html": (
        "nb",
        f"https://{OSLO}/nyheter/julegran",
        "Åse Berg tente juletreet på Rådhusplassen",
        [
            "Ordfører Åse Berg og dirigent Øystein Følstad tente juletreet på Rådhusplassen "
            "søndag kveld, og flere tusen mennesker møtte opp i kulden.",
            "Mange hadde snø i håret da koret sang den siste sangen.",
        ],
    ),
    "alesund.html": (
        "nn",
        f"https://{ALESUND}/lokalt/hamn",
        "Ny kai opna i Ålesund",
        [
            "Den nye kaia i Ålesund vart opna måndag, og hamnesjef Bjørg Sæbø sa at "
            "fleire cruiseskip skal leggje til neste sommar.",
        ],
    ),
    "odense.html": (
        "da",
        f"https://{ODENSE}/politik/forlig",
        "Lars Løkke Rasmussen besøgte Århus",
        [
            "Udenrigsminister Lars Løkke Rasmussen holdt tirsdag to møder med borgmesteren i "
            "Århus om den nye havnetunnel.",
        ],
    ),
    "wire.html": (
        "en",
        f"https://{WIRE}/europe/denmark-tunnel",
        "Danish minister visits Aarhus tunnel site",
        [
            "Foreign minister Lars Loekke Rasmussen visited the tunnel site in Aarhus on "
            "Tuesday and met the city's mayor.",
        ],
    ),
    "umea.html": (
        "sv",
        f"https://{UMEA}/sport/skidor",
        "Världscupen kommer till Åre i mars",
        [
            "Arrangörerna i Åre räknar med fler åskådare än förra året när världscupen "
            "avgörs i mars, säger tävlingsledaren.",
        ],
    ),
    "utrecht.html": (
        "nl",
        f"https://{UTRECHT}/stad/markt",
        "Moeder en dochter openen kaaswinkel",
        [
            "Een moeder en haar dochter openden zaterdag een kaaswinkel aan de Oudegracht, "
            "met kazen van boeren uit de omgeving.",
        ],
    ),
}
# query → the sites it finds, on either backend
EXPECTED = [
    # a Norwegian or Danish name typed with aa / oe: the page that writes å / ø
    ("Aase", [OSLO]), ("Raadhusplassen", [OSLO]), ("Oeystein", [OSLO]), ("Foelstad", [OSLO]),
    ("Aalesund", [ALESUND]), ("Bjoerg", [ALESUND]), ("Loekke", [ODENSE, WIRE]),
    ("Aarhus", [ODENSE, WIRE]), ('"Lars Loekke Rasmussen"', [ODENSE, WIRE]),
    # with the letter: the page that typed it without, as well as its own
    ("Løkke", [ODENSE, WIRE]), ("Århus", [ODENSE, WIRE]),
    # folded as before
    ("Ase", [OSLO]), ("Lokke", [ODENSE]), ("Alesund", [ALESUND]), ("Sæbø", [ALESUND]),
    ("Saeboe", [ALESUND]),
    # lower-case words are not spelled: Dutch haar and moeder are Dutch pages' alone
    ("haar", [UTRECHT]), ("moeder", [UTRECHT]), ("haaret", []), ("moeder OR boeren", [UTRECHT]),
    # Swedish writers type Are for Åre
    ("Are", [UMEA]), ("Aare", []),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("nordic"), PAGES, PUBLISHED)



@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_a_nordic_name_typed_with_two_letters_finds_the_page(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


def test_only_names_on_danish_and_norwegian_pages_are_spelled_again() -> None:
    text = "Åse Berg fikk snø i håret på Rådhusplassen."
    spelled = search_text(text, "nb").split()
    assert "aase" in spelled and "raadhusplassen" in spelled and "haaret" not in spelled
    assert "aase" in search_text(text, "nn").split()
    assert "aase" in search_text(text, None).split()  # a page of no known language
    for language in ("sv", "fi", "nl", "de", "en"):
        assert search_text(text, language).split()[:2] == ["ase", "berg"]
        assert "aase" not in search_text(text, language).split()


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0070: an archive indexed before finds ``Aase`` once opened."""
    with upgraded_archive(
        tmp_path, PAGES, PUBLISHED, lambda text: search_text(text, "sv"), "0069"
    ) as upgraded:
        assert hit_sites(upgraded, "Aase") == [OSLO]
        assert hit_sites(upgraded, "Loekke") == sorted([ODENSE, WIRE])
