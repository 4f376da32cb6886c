"""PostgreSQL finds what SQLite finds plus stemmed matches, and marks them.  A query with
NOT finds there every page SQLite finds: the words a NOT leaves out are matched as written, as
on SQLite, while the words a page must hold are also matched stemmed in the page's language.
Stemmed, ``huelga NOT reforma`` left out a Spanish page saying "reformas" (Spanish
``reform``), which SQLite found (newcomer 39b: ``reforma NOT huelga`` gave 1 result on
PostgreSQL and 0 on SQLite).  A page found by a stem has the word that matched marked in its
snippet (``col·legi`` found an Italian page by "collega" with no word marked).  Since
migration 0112 a word a NOT leaves out is also matched by its singular's key, on both backends
(``huelga NOT reforma`` leaves out "reformas"), never stemmed.  Every page here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from clipper.archive import Archive
from clipper.search import search
from tests.searchpages import stored_archive

STRIKE = "voz-del-litoral.example"
REFORM = "courrier-de-loire.example"
COLLEAGUE = "eco-di-valle.example"
SCHOOL = "diari-del-riu.example"
PUBLISHED = "2026-12-04T09:00:00+01:00"
PAGES = {
    "huelga.html": (
        "es",
        f"https://{STRIKE}/economia/huelga-controladores",
        "Los controladores aéreos van a la huelga por las reformas del horario",
        [
            "Los controladores aéreos del aeropuerto de Valdeluz convocaron una huelga de tres "
            "días contra las reformas de sus horarios que aprobó el ministerio en octubre.",
            "El sindicato calcula que se cancelarán más de doscientos vuelos el sábado.",
        ],
    ),
    "reforme.html": (
        "fr",
        f"https://{REFORM}/social/controleurs-reforme",
        "Les contrôleurs contestent la réforme des horaires",
        [
            "Les contrôleurs aériens de l'aéroport de Montbrison contestent la réforme des "
            "horaires présentée par la direction, qui doit entrer en vigueur en janvier.",
            "Les syndicats se réuniront lundi pour décider de la suite du mouvement.",
        ],
    ),
    "collega.html": (
        "it",
        f"https://{COLLEAGUE}/cronaca/sindaco-collega",
        "Il sindaco di Roccavalle ringrazia un collega della giunta",
        [
            "Il sindaco di Roccavalle ha ringraziato pubblicamente un collega della giunta per "
            "il lavoro svolto durante l'alluvione di novembre.",
            "La giunta si riunirà di nuovo giovedì per approvare il bilancio.",
        ],
    ),
    "collegi.html": (
        "ca",
        f"https://{SCHOOL}/societat/alumnes-col-legi",
        "Els alumnes tornen al col·legi de Vilanova després de les pluges",
        [
            "Els alumnes del col·legi públic de Vilanova han tornat avui a les aules després "
            "que les pluges obliguessin a tancar l'edifici durant una setmana.",
            "L'ajuntament ha revisat la teulada i els patis.",
        ],
    ),
}
# query → the sites it finds on either backend: a term a NOT leaves out as written
EXPECTED = [
    # "reformas" is "reforma"'s plural: its singular key (migration 0112) on both backends
    ("huelga NOT reforma", []),
    ("horario NOT réforme", [STRIKE]),  # nor "reforme"; French "réforme" is on the other page
    ("controladores NOT reformas", []),
    ("(huelga OR contestent) NOT (reforma NOT huelga)", [REFORM, STRIKE]),
    ("alumnes NOT collega", [SCHOOL]),
    ("sindaco NOT col·legi", [COLLEAGUE]),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("nots"), PAGES, PUBLISHED)


def sites(archive: Archive, query: str) -> list[str]:
    return sorted(hit.site or "" for hit in search(archive, query))


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_a_term_left_out_by_not_is_matched_as_written_on_both_backends(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert sites(archive, query) == sorted(expected), query


def test_a_term_pages_must_hold_finds_at_least_its_written_matches(archive: Archive) -> None:
    """What the page holds as written is found on both; PostgreSQL may add stemmed matches."""
    assert STRIKE in sites(archive, "reformas NOT contestent")
    assert sites(archive, "col·legi NOT sindaco") == [SCHOOL]


def test_a_page_found_by_a_stem_has_the_word_that_matched_marked(archive: Archive) -> None:
    """PostgreSQL stems the query in each page's language: Catalan ``col·legi`` is Italian
    ``colleg``, as is "collega" (newcomer 39b, where no word of the Italian page was marked);
    Spanish ``reforma`` is French ``reform``, as is "réforme".  The snippet marks the word
    that stemmed so; SQLite, which does not stem, finds the page with the word alone."""
    stemmed = archive.backend.name == "postgresql"
    for query, written, other, word in (
        ("col·legi", SCHOOL, COLLEAGUE, "[collega]"), ("reforma", None, REFORM, "[réforme]"),
    ):
        hits = {hit.site: hit.snippet for hit in search(archive, query)}
        if written is not None:
            assert f"[{query}]" in hits[written], hits
        assert (other in hits) == stemmed, (query, hits)
        if stemmed:
            assert word in hits[other], hits[other]
