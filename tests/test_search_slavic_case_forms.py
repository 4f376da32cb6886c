"""Slovak, Slovenian, Croatian, Serbian and Bosnian case forms are found by their base form
(newcomer 40, finding 11: a Warsaw/Kyiv desk's "Bratislava" missed "V Bratislave…", where
Czech's "Brno" found "V Brně…"): their pages are keyed as the other languages with case
endings are (clipper.caseforms, migration 0090), on SQLite and PostgreSQL alike; look-alike
words are not case forms.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.caseforms import base_key, word_keys
from clipper.digest.matching import Document, matches
from clipper.searchquery import parse_query
from clipper.searchtext import fold, search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

BRATISLAVA = "dunajske-noviny.example"
LJUBLJANA = "ljubljanski-vecernik.example"
ZAGREB = "zagrebacki-list.example"
BELGRADE = "beogradske-vesti.example"
SARAJEVO = "sarajevski-glas.example"
VIENNA = "donau-blatt.example"
PUBLISHED = "2026-12-04T09:00:00+01:00"
PAGES = {
    "bratislava.html": (
        "sk",
        f"https://{BRATISLAVA}/spravy/most",
        "V Bratislave otvorili nový most",
        [
            "V Bratislave v sobotu otvorili nový most cez Dunaj, po rokovaní s Ficom to "
            "oznámil hovorca vlády.",
            "Most stál mesto štyridsať miliónov eur, povedal starosta.",
        ],
    ),
    "ljubljana.html": (
        "sl",
        f"https://{LJUBLJANA}/novice/most",
        "V Ljubljani so odprli nov most",
        ["V Ljubljani so v soboto odprli nov most čez Ljubljanico, je sporočil župan."],
    ),
    "zagreb.html": (
        "hr",
        f"https://{ZAGREB}/vijesti/most",
        "U Zagrebu otvoren novi most",
        [
            "U Zagrebu je u subotu otvoren novi most preko Save, a u Rijeci je pao snijeg.",
            "Sastanak s ministrom trajao je sat vremena.",
        ],
    ),
    "belgrade.html": (
        "sr",
        f"https://{BELGRADE}/vesti/protest",
        "Protest u Beogradu",
        ["U Beogradu je u subotu održan veliki protest, a saradnik Vučića dao je izjavu."],
    ),
    "sarajevo.html": (
        "bs",
        f"https://{SARAJEVO}/vijesti/tunel",
        "U Sarajevu otvoren novi tunel",
        ["U Sarajevu je otvoren novi tunel ispod Trebevića."],
    ),
    "vienna.html": (
        "de",
        f"https://{VIENNA}/stadt/zug",
        "Neuer Zug nach Bratislava",
        ["Der neue Zug fährt ab Montag stündlich nach Bratislava und Zagreb."],
    ),
}
# query → the sites it finds, on either backend
EXPECTED = [
    ("Bratislava", [BRATISLAVA, VIENNA]), ("Fico", [BRATISLAVA]), ("vláda", [BRATISLAVA]),
    ("Ljubljana", [LJUBLJANA]), ("Zagreb", [ZAGREB, VIENNA]), ("Rijeka", [ZAGREB]),
    ("ministar", [ZAGREB]), ("Beograd", [BELGRADE]), ("Vučić", [BELGRADE]),
    ("Sarajevo", [SARAJEVO]), ("Bratislava AND most", [BRATISLAVA]),
    # the form as written still finds its page
    ("Bratislave", [BRATISLAVA]), ("Beogradu", [BELGRADE]),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("slavic"), PAGES, PUBLISHED)


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_a_base_form_finds_its_case_forms(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


@pytest.mark.parametrize(
    ("language", "base", "form"),
    [
        ("sk", "Košice", "Košiciach"), ("sk", "Trnava", "Trnavou"), ("sk", "Lučenec", "Lučenca"),
        ("sk", "Pavol", "Pavlovi"), ("sk", "Slovensko", "Slovenska"),
        ("sl", "Maribor", "Mariboru"), ("sl", "Koper", "Kopru"), ("sl", "bolnišnica", "bolnišnico"),
        ("hr", "Plenković", "Plenkovićem"), ("hr", "Hrvatska", "Hrvatskoj"),
        ("hr", "Amerika", "Americi"), ("sr", "Niš", "Nišu"), ("bs", "Tuzla", "Tuzli"),
    ],
)
def test_a_base_form_and_its_case_form_share_a_key(language: str, base: str, form: str) -> None:
    assert base_key(fold(base), language) in word_keys(fold(form), language)


@pytest.mark.parametrize(
    ("language", "base", "other"),
    [
        ("sk", "súd", "súdok"), ("sk", "starosta", "starostlivosť"), ("sl", "vlada", "vladar"),
        ("hr", "Split", "splitski"), ("hr", "sabor", "saborski"), ("sr", "Niš", "nišan"),
    ],
)
def test_a_word_that_begins_alike_is_no_case_form(language: str, base: str, other: str) -> None:
    assert base_key(fold(base), language) not in word_keys(fold(other), language)


def test_a_watchlist_follows_the_case_forms() -> None:
    """A digest's watchlist matches as search does; a German page writing "Bratislave" (no
    case form in German) is not keyed."""
    assert matches(parse_query("Bratislava"), Document.of("V Bratislave otvorili most", None, "sk"))
    assert matches(parse_query("Zagreb"), Document.of("U Zagrebu pao snijeg", None, "hr"))
    assert not matches(parse_query("Bratislava"), Document.of("Die Bratislave", None, "de"))


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0090: an archive indexed before finds ``Bratislava``'s case forms once
    opened."""
    with upgraded_archive(
        tmp_path, PAGES, PUBLISHED, lambda text: search_text(text, "de"), "0089"
    ) as upgraded:
        assert hit_sites(upgraded, "Bratislava") == sorted([BRATISLAVA, VIENNA])
        assert hit_sites(upgraded, "Zagreb") == sorted([VIENNA, ZAGREB])
