"""A compound's parts are words of its language: an ending the word lists hold as a word
(Danish ``politik`` + ``erne``, Finnish ``auto`` + ``issa``, German ``Politiker`` + ``innen``)
or a derivational suffix (``still`` + ``ingen``) is no part, so a search for it does not find
the page; and a head that is a noun of its own keeps its last letters (Swedish ``planet``,
"planet", is no ``plan`` + ``et``, "the plane"), so ``plan`` does not find a dwarf planet.
Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.compounds import compound_parts
from clipper.searchtext import search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

AARHUS = "aros-avis.example"
LUND = "lunds-kuriren.example"
VAXJO = "smalands-bladet.example"
TURKU = "aura-sanomat.example"
KASSEL = "fulda-bote.example"
PUBLISHED = "2026-12-06T09:00:00+01:00"
PAGES = {
    "aarhus.html": (
        "da",
        f"https://{AARHUS}/politik/byraad",
        "Lokalpolitikerne vil have flere cykelstier",
        [
            "Lokalpolitikerne i byrådet stemte onsdag for budgettet, og borgmesteren "
            "lovede at stillingen som kommunaldirektør slås op i januar.",
        ],
    ),
    "lund.html": (
        "sv",
        f"https://{LUND}/vetenskap/rymden",
        "Astronomer i Lund hittade en ny dvärgplanet",
        [
            "Forskarna beskriver dvärgplaneten bortom Neptunus, och observatoriet visar "
            "bilderna på torsdag.",
        ],
    ),
    "vaxjo.html": (
        "sv",
        f"https://{VAXJO}/kommun/bostader",
        "Kommunen antar bostadsplanen",
        [
            "Kommunfullmäktige antog bostadsplanen på måndagen, och bostadsmarknaderna "
            "i länet väntas lugna sig.",
        ],
    ),
    "turku.html": (
        "fi",
        f"https://{TURKU}/uutiset/liikenne",
        "Sähköautoissa vika",
        ["Sähköautoissa havaittiin vika, kertoi liikenneministeriö tiistaina."],
    ),
    "kassel.html": (
        "de",
        f"https://{KASSEL}/politik/rathaus",
        "Kommunalpolitikerinnen fordern Radwege",
        ["Die Kommunalpolitikerinnen der Stadt forderten am Dienstag neue Radwege."],
    ),
}
EXPECTED = [
    # an ending the word list holds as a word finds no compound
    ("erne", []),
    ("issa", []),
    ("innen", []),
    ("erin", []),
    # nor a derivational suffix
    ("ingen", []),
    # a head that is a noun of its own is not read as another word with an ending
    ("plan", [VAXJO]),
    ("planet", [LUND]),
    # a compound's parts as before
    ("politiker", [AARHUS]),
    ("lokal", [AARHUS]),
    ("bostad", [VAXJO]),
    ("marknad", [VAXJO]),
    ("auto", [TURKU]),
    ("kommunal", [AARHUS, KASSEL]),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("junk"), PAGES, PUBLISHED)


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_only_words_of_the_language_are_parts(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


@pytest.mark.parametrize(
    ("word", "language", "absent"),
    [
        # inflectional endings (the word's Snowball stem ends before them)
        ("lokalpolitikerne", "da", "erne"),
        ("energipriserne", "da", "erne"),
        ("politikerne", "da", "erne"),
        ("bostadsmarknaderna", "sv", "erna"),
        ("personlige", "da", "lige"),
        ("autoissa", "fi", "issa"),
        ("katsomaan", "fi", "maan"),
        ("politikerinnen", "de", "innen"),
        # derivational suffixes (clipper.compounds.SUFFIXES)
        ("stillingen", "nb", "ingen"),
        ("plasseringen", "nb", "ring"),
        ("forhandling", "nb", "ling"),
        ("sicherheit", "de", "heit"),
        # a head that is a noun of its own keeps its ending
        ("dvargplanet", "sv", "plan"),
        ("dvaergplaneten", "da", "plan"),
    ],
)
def test_an_ending_is_no_part(word: str, language: str, absent: str) -> None:
    assert absent not in compound_parts(word, language)


@pytest.mark.parametrize(
    ("word", "language", "parts"),
    [
        ("lokalpolitikerne", "da", ("lokal", "politikerne", "politiker")),
        ("dvargplanet", "sv", ("dvarg", "planet")),
        # a compound the list holds only uninflected is split as that (its parts, not the
        # ending, which main read as a head: "bostadsmarknad" + "erna")
        ("bostadsmarknaderna", "sv", ("bostad", "marknad")),
        ("hallituskriisi", "fi", ("hallitus", "kriisi")),
        ("riksdagsvalet", "sv", ("riksdag", "valet")),
    ],
)
def test_the_parts_of_a_compound_stay(word: str, language: str, parts: tuple[str, ...]) -> None:
    assert compound_parts(word, language) == parts


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0092: an archive indexed before parts had to be words no longer finds a
    page by an ending once opened."""

    def as_before(text: str) -> str:
        return f"{search_text(text, None)} erne issa plan"

    with upgraded_archive(tmp_path, PAGES, PUBLISHED, as_before, "0091") as upgraded:
        assert hit_sites(upgraded, "erne") == []
        assert hit_sites(upgraded, "plan") == [VAXJO]
