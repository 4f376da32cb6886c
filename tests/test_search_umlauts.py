"""A word typed with ``ue oe ae`` for ``ü ö ä`` finds the page
writing the letter, and the other way round, on SQLite and PostgreSQL alike, while words whose
``e`` follows a vowel of their own (``Queen``, ``Poet``, ``Israel``, ``Michael``) find only
themselves (clipper.umlauts).  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.caseforms import MARK
from clipper.searchterms import query_tokens
from clipper.searchtext import _plain_search_text, search_text
from clipper.umlauts import respelled_words
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

BERLIN = "hauptstadt-kurier.example"
ZURICH = "limmat-bote.example"
AARHUS = "jylland-avis.example"
LONDON = "thames-gazette.example"
KITCHEN = "hotpot-kitchen.example"
MALMO = "oresund-posten.example"
PUBLISHED = "2026-12-04T09:00:00+01:00"
PAGES = {
    "berlin.html": (
        "de",
        f"https://{BERLIN}/politik/gipfel",
        "Bürger fragen in Brüssel nach den Maßnahmen",
        [
            "Die Bürger aus Köln und München reisten am Montag nach Brüssel, um über die "
            "geplanten Maßnahmen für den Nahverkehr zu sprechen.",
            "Die Gespräche sollen im Frühjahr fortgesetzt werden.",
        ],
    ),
    "zurich.html": (
        "de",
        f"https://{ZURICH}/stadt/verkehr",
        "Buergermeister lobt neue Tramlinie",
        [
            "In Zuerich sagte der Buergermeister, die Gespraeche ueber die Massnahmen seien "
            "schwierig gewesen, aber die Tramlinie werde gebaut.",
            "Die Eroeffnung ist fuer den Herbst geplant.",
        ],
    ),
    "aarhus.html": (
        "da",
        f"https://{AARHUS}/lokalt/havn",
        "Søren Lund åbner ny færge i Århus",
        [
            "Havnedirektør Søren Lund sagde mandag, at den nye færge sejler fra Århus til "
            "Samsø hver time, og han lod sit hår klippe.",
        ],
    ),
    "london.html": (
        "en",
        f"https://{LONDON}/culture/verse",
        "The Queen meets a poet from Israel",
        [
            "The Queen met the poet Michael Aaron, who read a poem about Israel and the sea, "
            "at the palace on Tuesday.",
        ],
    ),
    "malmo.html": (
        "sv",
        f"https://{MALMO}/nyheter/park",
        "Grön park öppnar i Malmö",
        [
            "En ny grön park med dammar och lekplatser öppnade på tisdagen i Malmö, och "
            "kommunen räknar med många besökare under våren.",
        ],
    ),
    "kitchen.html": (
        "en",
        f"https://{KITCHEN}/recipes/hotpot",
        "A pot of stew from Michal's kitchen",
        [
            "Michal cooks a pot of stew every winter; her quen dumplings are the secret, "
            "she says, and so is the isral pepper.",
        ],
    ),
}
# query → the sites it finds, on either backend
EXPECTED = [
    # typed without the umlaut: the page that writes it
    ("Bruessel", [BERLIN]),
    ("Buerger", [BERLIN]),
    ("Koeln", [BERLIN]),
    ("Muenchen", [BERLIN]),
    ("Fruehjahr", [BERLIN]),
    # as written, and folded as before
    ("Brüssel", [BERLIN]),
    ("Brussel", [BERLIN]),
    ("Maßnahmen", [BERLIN, ZURICH]),
    # with the umlaut: the page that typed it without
    ("Zürich", [ZURICH]),
    ("Bürgermeister", [ZURICH]),
    ("Eröffnung", [ZURICH]),
    ("für", [BERLIN, ZURICH]),
    ('"Gespräche über"', [ZURICH]),
    # Danish ø and å fold (Soren, Arhus), but Dutch writes oe and aa as its own letters
    ("Soren", [AARHUS]),
    ("Arhus", [AARHUS]),
    ("Søren", [AARHUS]),
    ("haar", []),
    ("Aaron", [LONDON]),
    # a phrase typed so finds the words written with the letter, on a German page
    ('"nach Bruessel"', [BERLIN]),
    ('"Buerger aus Koeln"', [BERLIN]),
    ('"ueber die geplanten"', [BERLIN]),
    ('"nach Brüssel"', [BERLIN]),
    # a Swedish page is not spelled so: Dutch "groen" is not Swedish "grön", which folding
    # finds typed without its dots
    ("groen", []),
    ("grön", [MALMO]),
    ("Malmo", [MALMO]),
    # an e after a vowel of the word's own is no umlaut: no page of the other word
    ("Queen", [LONDON]),
    ("Poet", [LONDON]),
    ("Israel", [LONDON]),
    ("Michael", [LONDON]),
    ("pot", [KITCHEN]),
    ("Michal", [KITCHEN]),
    ("quen", [KITCHEN]),
    ("isral", [KITCHEN]),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("umlauts"), PAGES, PUBLISHED)


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_a_word_typed_without_its_umlaut_finds_the_page(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


def unkeyed(words: str) -> str:
    """The search text ``words`` without the keys after it (clipper.caseforms: a German or
    English page's words' singulars, clipper.pluralforms, migration 0112)."""
    return words.partition(" " + MARK)[0]


def test_only_words_holding_the_letters_are_spelled_again() -> None:
    text = "Die Bürger in Bru\u0308ssel, die Bürger; Søren in Århus. Queen, Poet, Israel."
    assert respelled_words(text, "de") == ["Buerger", "Bruessel"]
    # each with the two words around it, after the text, on a German page or one of no
    # known language (which spells Danish and Norwegian names too: clipper.umlauts
    # .NORDIC_LANGUAGES); not on a Swedish or English one
    spelled = "die buerger in bruessel die buerger soren in"
    plain = "die burger in brussel die burger soren in arhus queen poet israel"
    assert unkeyed(search_text(text, "de")) == plain + " " + spelled
    assert search_text(text) == (
        plain + " die buerger in bruessel die buerger soeren in aarhus queen poet"
    )
    assert search_text(text, "sv") == unkeyed(search_text(text, "en-GB")) == plain
    assert unkeyed(search_text("Queen, Poet, Israel", "de")) == "queen poet israel"
    # (then a word's keys as a base form of a language with case endings: clipper.caseforms)
    brussel, bruessel = query_tokens("Brüssel"), query_tokens("Bruessel")
    assert brussel.ways == (("brussel",), ("bruessel",), *((key,) for key in brussel.keys))
    assert bruessel.ways == (("bruessel",), *((key,) for key in bruessel.keys))


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0066: an archive indexed before the spellings finds ``Bruessel`` once opened."""
    with upgraded_archive(tmp_path, PAGES, PUBLISHED, _plain_search_text, "0065") as upgraded:
        assert hit_sites(upgraded, "Bruessel") == [BERLIN]
        assert hit_sites(upgraded, "Zürich") == [ZURICH]


def test_upgrade_0068_finds_a_phrase_typed_so(tmp_path: Path) -> None:
    """Migration 0068: an archive indexed with the spelled words alone finds a phrase typed
    with them once opened, and its Swedish page no longer by ``Malmoe``."""

    def words_alone(value: str) -> str:
        spelled = " ".join(respelled_words(value))
        return (_plain_search_text(value) + " " + search_text(spelled, "sv")).strip()

    with upgraded_archive(tmp_path, PAGES, PUBLISHED, words_alone, "0067") as upgraded:
        assert hit_sites(upgraded, '"nach Bruessel"') == [BERLIN]
        assert hit_sites(upgraded, "Malmoe") == []
