"""A part of a compound word finds the page writing the compound, in German, Dutch, Swedish,
Danish, Norwegian and Finnish (clipper.compounds: ``Regierung`` finds ``Bundesregierung``),
on SQLite and PostgreSQL alike, while a word that only looks like a compound
(``Wirtschaft``) is not found by its look-alike parts, a page of another language is not
split, and a query is not split either.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.caseforms import MARK
from clipper.compounds import compound_parts, splitting
from clipper.searchtext import search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

BERLIN = "spree-anzeiger.example"
BONN = "rhein-post.example"
UTRECHT = "domstad-courant.example"
UPPSALA = "fyris-tidning.example"
ODENSE = "fynske-avis.example"
BERGEN = "vestland-blad.example"
TAMPERE = "pirkan-sanomat.example"
LONDON = "thames-gazette.example"
PUBLISHED = "2026-12-04T09:00:00+01:00"
PAGES = {
    "berlin.html": (
        "de",
        f"https://{BERLIN}/politik/klima",
        "Bundesregierung reist zum Klimagipfel",
        [
            "Die Bundesregierung will beim Klimagipfel in Lissabon über die Schattenflotte "
            "alter Tanker sprechen, sagte ein Regierungssprecher am Dienstag.",
            "Die Gespräche beginnen am Donnerstag und sollen drei Tage dauern.",
        ],
    ),
    "bonn.html": (
        "de",
        f"https://{BONN}/wirtschaft/bilanz",
        "Die Wirtschaft wächst langsamer",
        [
            "Nach Angaben des Verbands wuchs die Wirtschaft im dritten Quartal kaum; die "
            "Handlung der Notenbank komme zu spät, sagte ein Sprecher am Mittwoch.",
        ],
    ),
    "utrecht.html": (
        "nl",
        f"https://{UTRECHT}/politiek/formatie",
        "Kabinetsformatie loopt vast",
        [
            "De kabinetsformatie liep dinsdag vast nadat de beoogde regeringsleider zijn "
            "plannen voor de woningmarkt niet kon toelichten aan de fracties.",
        ],
    ),
    "uppsala.html": (
        "sv",
        f"https://{UPPSALA}/politik/budget",
        "Regeringsförhandlingar om budgeten",
        [
            "Regeringsförhandlingarna om budgeten fortsatte på tisdagen, och en vapenvila "
            "i norr diskuterades, meddelade partierna.",
        ],
    ),
    "odense.html": (
        "da",
        f"https://{ODENSE}/politik/klima",
        "Klimatopmøde samler borgmestre",
        [
            "Et klimatopmøde i Odense samlede tirsdag borgmestre fra hele landet, og "
            "boligmarkedet var også på dagsordenen, oplyste kommunen.",
        ],
    ),
    "bergen.html": (
        "nb",
        f"https://{BERGEN}/politikk/budsjett",
        "Regjeringsforhandlinger i Bergen",
        [
            "Regjeringsforhandlinger mellom partiene fortsatte tirsdag, og stortingsvalg ble "
            "nevnt flere ganger, skriver avisen.",
        ],
    ),
    "tampere.html": (
        "fi",
        f"https://{TAMPERE}/politiikka/neuvottelut",
        "Hallitusneuvottelut jatkuvat Tampereella",
        [
            "Hallitusneuvottelut jatkuivat tiistaina Tampereella, ja eduskuntavaalit "
            "mainittiin useaan kertaan, kertoi puolueen edustaja.",
        ],
    ),
    "london.html": (
        "en",
        f"https://{LONDON}/world/berlin",
        "Berlin's coalition talks stall",
        [
            "The coalition talks stalled on Tuesday; a spokesman said the word "
            "Klimagipfel had become a byword for delay in the German press.",
        ],
    ),
}
# query → the sites it finds, on either backend
EXPECTED = [
    # a compound's head and its first part
    ("Regierung", [BERLIN]),
    ("Bund", [BERLIN]),
    ("Klima", [BERLIN, ODENSE]),
    ("Gipfel", [BERLIN]),
    ("Flotte", [BERLIN]),
    ("Schatten", [BERLIN]),
    ("Sprecher", [BERLIN, BONN]),
    ("regering", [UPPSALA, UTRECHT]),
    ("formatie", [UTRECHT]),
    ("woningmarkt", [UTRECHT]),
    ("markt", [UTRECHT]),
    ("vila", [UPPSALA]),
    ("topmøde", [ODENSE]),
    ("bolig", [ODENSE]),
    ("regjering", [BERGEN]),
    ("valg", [BERGEN]),
    ("hallitus", [TAMPERE]),
    ("neuvottelut", [TAMPERE]),
    ("vaalit", [TAMPERE]),
    ("eduskunta", [TAMPERE]),
    # the compound itself, as before; a query is not split into parts
    ("Bundesregierung", [BERLIN]),
    ("Klimagipfel", [BERLIN, LONDON]),
    ("Bundesflotte", []),
    # a word that only looks like a compound keeps its look-alike parts out of the index
    ("Wirt", []),
    ("Schaft", []),
    ("Hand", []),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("compounds"), PAGES, PUBLISHED)


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_a_part_finds_the_compound(archive: Archive, query: str, expected: list[str]) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


def unkeyed(words: str) -> str:
    """The search text ``words`` without the keys after it (clipper.caseforms: a German or
    English page's words' singulars, clipper.pluralforms, migration 0112)."""
    return words.partition(" " + MARK)[0]


def test_parts_follow_the_text_of_a_compounding_language_only() -> None:
    assert compound_parts("bundesregierung", "de") == ("bund", "regierung")
    assert compound_parts("wirtschaft", "de") == ()
    assert unkeyed(search_text("Die Bundesregierung tagt", "de")) == (
        "die bundesregierung tagt bund regierung"
    )
    assert unkeyed(search_text("Die Bundesregierung tagt", "en")) == "die bundesregierung tagt"
    assert search_text("Die Bundesregierung tagt") == "die bundesregierung tagt"
    assert [splitting(tag) for tag in ("de-AT", "no", "nn", "NL", "en", None)] == [
        "de",
        "nb",
        "nn",
        "nl",
        None,
        None,
    ]


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0067: an archive indexed before compounds were split finds a part once
    opened."""
    with upgraded_archive(tmp_path, PAGES, PUBLISHED, search_text, "0066") as upgraded:
        assert hit_sites(upgraded, "Regierung") == [BERLIN]
        assert hit_sites(upgraded, "hallitus") == [TAMPERE]


def test_a_left_part_that_dropped_its_last_letter_is_read_with_it() -> None:
    """German ``Grenze`` in ``Grenzkontrollen``, Swedish ``skola`` in ``skolbarn``
    (clipper.compounds.DROPPED, session 46): the part a reader searches is the word with its
    letter; a left part that is a word of its own keeps its letters (``Flüchtling`` of
    ``Flüchtlingspolitik`` is no ``Flüchtlinge``, Swedish ``försvar`` no ``försvara``), and
    one whose full word is little more frequent stays as written (``sprach``)."""
    assert compound_parts("grenzkontrollen", "de") == ("grenze", "kontrollen")
    assert compound_parts("kirchturm", "de") == ("kirche", "turm")
    assert compound_parts("skolbarn", "sv") == ("skola", "barn")
    assert compound_parts("fluchtlingspolitik", "de") == ("fluchtling", "politik")
    assert compound_parts("forsvarsminister", "sv") == ("forsvar", "minister")
    assert compound_parts("sprachkurs", "de") == ("sprach", "kurs")
    assert unkeyed(search_text("Neue Grenzkontrollen am Kirchturm", "de")).endswith(
        "grenze kontrollen kirche turm"
    )
    # Danish, Norwegian, Dutch and Finnish drop no letter so: "skol" is no "skole"
    assert "skole" not in compound_parts("skolbarn", "da")
