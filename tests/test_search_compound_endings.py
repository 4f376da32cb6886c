"""A compound's head found in its dictionary form where the page writes it with a definite or
plural ending (Swedish ``finansministern``, Danish and Norwegian ``finansministeren``,
``regjeringskrisen``) or, in Finnish, a case ending (``hallituskriisissä``): ``minister``,
``kris``, ``krise``, ``kriisi`` find them, on SQLite and PostgreSQL alike, while a word that
merely ends like such an ending keeps its look-alike form out of the index.  Every page here
is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.compounds import compound_parts
from clipper.search import search
from clipper.searchtext import search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

UPPSALA = "fyris-kuriren.example"
ODENSE = "fyns-dagblad.example"
BERGEN = "bryggen-tidende.example"
TAMPERE = "hameen-viesti.example"
PUBLISHED = "2026-12-05T08:00:00+01:00"
PAGES = {
    "uppsala.html": (
        "sv",
        f"https://{UPPSALA}/politik/budget",
        "Finansministern lovar besked",
        [
            "Finansministern sade på onsdagen att regeringskrisen inte stoppar budgeten, "
            "och riksdagsledamöterna väntar på besked.",
            "Oppositionen kräver att arbetsmarknadsministern svarar i kammaren.",
        ],
    ),
    "odense.html": (
        "da",
        f"https://{ODENSE}/politik/finanslov",
        "Finansministeren fremlægger finansloven",
        [
            "Finansministeren fremlagde tirsdag finansloven, mens regeringskrisen fortsatte "
            "på Christiansborg, oplyste partierne.",
        ],
    ),
    "bergen.html": (
        "nb",
        f"https://{BERGEN}/politikk/budsjett",
        "Finansministeren møter regjeringskrisen",
        [
            "Finansministeren sa torsdag at regjeringskrisen ikke endrer budsjettet, og "
            "boligprisene steg igjen i Bergen.",
        ],
    ),
    "tampere.html": (
        "fi",
        f"https://{TAMPERE}/politiikka/kriisi",
        "Valtiovarainministeri vastasi",
        [
            "Valtiovarainministeri kommentoi hallituskriisissä keskiviikkona "
            "budjettia, kertoi puolueen edustaja.",
        ],
    ),
}
# query → the sites it finds, on either backend
EXPECTED = [
    # the head of a compound written with a definite ending, in its dictionary form
    ("minister", [BERGEN, ODENSE, UPPSALA]),
    ("kris", [UPPSALA]),
    ("krise", [BERGEN, ODENSE]),
    ("bolig", [BERGEN]),
    ("pris", [BERGEN]),
    # the first part, and the compound's head as written, as before
    ("finans", [BERGEN, ODENSE, UPPSALA]),
    ("ministern", [UPPSALA]),
    ("ministeren", [BERGEN, ODENSE]),
    ("regjering", [BERGEN]),
    ("arbetsmarknad", [UPPSALA]),
    # a Finnish head in a case form, found by its nominative
    ("kriisi", [TAMPERE]),
    ("hallitus", [TAMPERE]),
    # a query is still not split: the whole compound finds only the pages writing it
    ("finansminister", []),
]
# PostgreSQL also indexes each word stemmed in its page's language (README), and its Swedish,
# Danish and Norwegian stemmers take the definite ending off the whole compound: there a
# head's ending, or a whole compound, finds all three Nordic pages
NORDIC = [BERGEN, ODENSE, UPPSALA]
ON_POSTGRESQL = {"kris": NORDIC, "krise": NORDIC, "ministeren": NORDIC, "finansminister": NORDIC}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("endings"), PAGES, PUBLISHED)


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_a_head_with_an_ending_is_found_by_its_word(
    archive: Archive, query: str, expected: list[str]
) -> None:
    if archive.engine.dialect.name == "postgresql":
        expected = ON_POSTGRESQL.get(query, expected)
    assert hit_sites(archive, query) == sorted(expected), query


@pytest.mark.parametrize(
    ("word", "language", "parts"),
    [
        ("finansministern", "sv", ("finans", "ministern", "minister")),
        ("regeringskrisen", "sv", ("regering", "krisen", "kris")),
        ("finansministeren", "da", ("finans", "ministeren", "minister")),
        ("regeringskrisen", "da", ("regering", "krisen", "krise")),
        ("regjeringskrisen", "nb", ("regjering", "krisen", "krise")),
        # a head without an ending is split as before
        ("regeringskris", "sv", ("regering", "kris")),
    ],
)
def test_the_head_follows_with_its_ending_taken_off(
    word: str, language: str, parts: tuple[str, ...]
) -> None:
    assert compound_parts(word, language) == parts


@pytest.mark.parametrize(
    ("word", "language", "absent"),
    [
        # a head whose ending is part of the word, or whose rest is too short a word
        ("vapenvila", "sv", "vil"),
        ("regeringschefen", "sv", "chefe"),
        ("riksdagsvalet", "sv", "vale"),
        ("stortingsvalget", "nb", "val"),
    ],
)
def test_a_look_alike_ending_is_not_taken_off(word: str, language: str, absent: str) -> None:
    assert absent not in compound_parts(word, language)


def test_a_word_that_is_no_compound_keeps_its_ending() -> None:
    """Only a compound's head is read for an ending: a page's own ``ministern`` is not
    indexed as ``minister`` (that is stemming, which Nordic search does not do)."""
    assert search_text("Ministern svarade", "sv") == "ministern svarade"


def _marked(text: str) -> list[str]:
    return [piece.partition("]")[0] for piece in text.split("[")[1:]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "minister",
            {
                UPPSALA: ["Finansministern"],
                ODENSE: ["Finansministeren"],
                BERGEN: ["Finansministeren"],
            },
        ),
        ("kriisi", {TAMPERE: ["hallituskriisissä"]}),
    ],
)
def test_the_snippet_marks_the_compound(
    archive: Archive, query: str, expected: dict[str, list[str]]
) -> None:
    hits = search(archive, query)
    assert {hit.site: _marked(hit.snippet)[:1] for hit in hits} == expected


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0091: an archive indexed before heads' endings were read finds the head
    once opened."""
    with upgraded_archive(tmp_path, PAGES, PUBLISHED, search_text, "0090") as upgraded:
        assert hit_sites(upgraded, "minister") == [BERGEN, ODENSE, UPPSALA]
        assert hit_sites(upgraded, "kriisi") == [TAMPERE]
