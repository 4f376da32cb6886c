"""An international body's acronym in another language (newcomer 32 finding 16: a watchlist
on ``ECOWAS`` missed the French reports writing ``CEDEAO``): a query word typed in capitals as
``clipper.acronyms.EQUIVALENTS`` writes it finds the body's acronyms in the other languages,
on SQLite and PostgreSQL alike and in a digest's watchlist; an acronym that is a word of some
language (``AU`` and French ``au``, ``NATO`` and Italian ``nato``) is sought with its capitals
only; quoted or typed in lower case, the word is sought alone.  Every page is invented."""

from __future__ import annotations

from typing import Any

import pytest

from clipper.archive import Archive
from clipper.digest.matching import Document, matches
from clipper.search import positive_terms, search
from clipper.searchquery import parse_query
from clipper.snippets import snippet
from tests.searchpages import hit_sites, stored_archive

WIRE = "sahel-wire.example"
DAKAR = "le-quotidien-dakar.example"
ADDIS = "horn-courier.example"
BAMAKO = "echos-du-fleuve.example"
BRUSSELS = "la-gazette-bruxelles.example"
MOSCOW = "moskovsky-vestnik.example"
MILAN = "cronaca-lombarda.example"
LYON = "le-progres-rhone.example"
LIMA = "diario-del-pacifico.example"
PUBLISHED = "2026-12-04T09:00:00+00:00"
PAGES = {
    "wire.html": (
        "en",
        f"https://{WIRE}/africa/ecowas-summit",
        "ECOWAS leaders meet in Abuja over transition timetables",
        [
            "Heads of state of the Economic Community of West African States (ECOWAS) met in "
            "Abuja on Thursday to review transition timetables in three member countries.",
            "The bloc's commission president said sanctions would be reviewed in March.",
        ],
    ),
    "dakar.html": (
        "fr",
        f"https://{DAKAR}/politique/sommet-cedeao",
        "Sommet de la CEDEAO à Abuja : les calendriers de transition en débat",
        [
            "Les chefs d'État de la Communauté économique des États de l'Afrique de l'Ouest "
            "(CEDEAO) se sont réunis jeudi à Abuja pour examiner les calendriers de transition.",
            "Le président de la Commission a annoncé un réexamen des sanctions en mars.",
        ],
    ),
    "addis.html": (
        "en",
        f"https://{ADDIS}/region/au-peace-council",
        "AU peace council extends mission mandate",
        [
            "The African Union (AU) Peace and Security Council extended the mandate of its "
            "mission by six months at a meeting in Addis Ababa on Wednesday.",
        ],
    ),
    "bamako.html": (
        "fr",
        f"https://{BAMAKO}/afrique/conseil-paix-ua",
        "Le Conseil de paix de l'UA prolonge sa mission",
        [
            "Le Conseil de paix et de sécurité de l'Union africaine (UA) a prolongé de six mois "
            "le mandat de sa mission, réuni mercredi à Addis-Abeba.",
        ],
    ),
    "brussels.html": (
        "fr",
        f"https://{BRUSSELS}/monde/otan-ministres",
        "Les ministres de l'OTAN réunis à Bruxelles",
        [
            "Les ministres des Affaires étrangères de l'OTAN se sont retrouvés mardi à "
            "Bruxelles pour discuter du soutien à l'Ukraine.",
        ],
    ),
    "moscow.html": (
        "ru",
        f"https://{MOSCOW}/mir/nato-ministry",
        "Министры НАТО собрались в Брюсселе",
        [
            "Министры иностранных дел стран НАТО во вторник обсудили в Брюсселе поддержку "
            "Украины и расходы на оборону.",
        ],
    ),
    "milan.html": (
        "it",
        f"https://{MILAN}/cronaca/centenaria",
        "Festa per la centenaria del quartiere",
        [
            "La signora Rosa, nata nel 1926, ha festeggiato cento anni con i vicini: suo "
            "fratello, nato due anni dopo, ha tagliato la torta.",
        ],
    ),
    "lyon.html": (
        "fr",
        f"https://{LYON}/metropole/marche-noel",
        "Le marché de Noël ouvre au public",
        [
            "Le marché de Noël de la place Carnot ouvre au public samedi, avec quarante "
            "chalets et une patinoire installée au centre de la place.",
        ],
    ),
    "lima.html": (
        "es",
        f"https://{LIMA}/mundo/onu-alto-el-fuego",
        "La ONU pide un alto el fuego",
        [
            "El secretario general de la ONU pidió el martes un alto el fuego inmediato y un "
            "corredor humanitario para la ciudad sitiada.",
        ],
    ),
}
# query → the sites it finds, on either backend
EXPECTED = [
    # one body, its acronym in each language
    ("ECOWAS", [WIRE, DAKAR]),
    ("CEDEAO", [WIRE, DAKAR]),
    ("CEDEAO AND sanctions", [WIRE, DAKAR]),
    ("OTAN", [BRUSSELS, MOSCOW]),
    ("НАТО", [BRUSSELS, MOSCOW]),
    # UA and AU are sought with their capitals: French "au" is no African Union
    ("UA", [ADDIS, BAMAKO]),
    # quoted, or in lower case: the word alone
    ('"ECOWAS"', [WIRE]),
    ("cedeao", [DAKAR]),
    ("nato", [MILAN]),
    ("otan", [BRUSSELS]),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(
        module_db_url, tmp_path_factory.mktemp("acronyms"), PAGES, PUBLISHED
    )



@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_an_acronym_finds_its_other_languages(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


def test_a_word_that_is_also_an_acronym_finds_its_capitals_only(archive: Archive) -> None:
    """``AU`` itself is sought as typed (as before: any page writing "au"), its equivalent
    ``UA`` with capitals; ``OTAN`` finds a page writing ``NATO`` in capitals, not Italian's
    ``nato`` ("born")."""
    assert hit_sites(archive, "AU") == sorted([ADDIS, BAMAKO, LYON])
    assert MILAN not in hit_sites(archive, "OTAN")


@pytest.mark.parametrize(
    ("query", "page", "expected"),
    [
        ("ECOWAS", "dakar.html", True),
        ("CEDEAO", "wire.html", True),
        ('"ECOWAS"', "dakar.html", False),
        ("UA", "lyon.html", False),
        ("UA", "addis.html", True),
        ("OTAN", "milan.html", False),
    ],
)
def test_a_watchlist_follows_the_acronym_in_other_languages(
    query: str, page: str, expected: bool
) -> None:
    language, _, title, paragraphs = PAGES[page]
    document = Document.of(title, "\n".join(paragraphs), language)
    assert matches(parse_query(query), document) is expected


def test_a_snippet_marks_an_equivalent_only_as_written(archive: Archive) -> None:
    """``ONU`` is also sought as ``=UN``: its snippet marks "ONU", never the Spanish article
    "un" (newcomer 33 finding 11)."""
    (hit,) = [h for h in search(archive, "ONU", marks=("[", "]")) if h.site == LIMA]
    assert "[ONU]" in hit.snippet
    assert "[un]" not in hit.snippet.lower()


@pytest.mark.parametrize(
    ("query", "marked"),
    [
        ("=Total", "The total cost rose, [Total] said; TotalEnergies too"),
        ("=Total*", "The total cost rose, [Total] said; [TotalEnergies] too"),
        ('="Royal Dutch Shell"', "[Royal Dutch Shell] fell; royal dutch shell rose"),
    ],
)
def test_a_snippet_marks_an_exact_case_term_only_as_written(query: str, marked: str) -> None:
    text = marked.replace("[", "").replace("]", "")
    assert snippet(text, positive_terms(parse_query(query)), ("[", "]"), chars=200) == marked
