"""British and American spellings of one English word (clipper.englishspelling): on English
pages ``recapitalization`` finds ``recapitalisation`` and the reverse, ``colour`` ``color``,
``centre`` ``center``, a phrase too; never on a page of another language (``colour`` finds no
Spanish ``color``), and never where the two spellings are two words (``metre``/``meter``,
``programme``/``program``, ``tyre``/``tire``); a British and an American report of one event
have one story vector's terms (session 52, newcomer 51a).  Every page here is invented."""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np
import pytest

from clipper.archive import Archive
from clipper.config import StoryConfig
from clipper.englishspelling import PAGE, american, query_way
from clipper.searchterms import query_tokens
from clipper.searchtext import search_text
from clipper.snippets import snippet
from clipper.stories.stems import american_terms
from clipper.stories.vectors import Vector, vectorize
from tests.searchpages import hit_sites, stored_archive


@pytest.mark.parametrize(
    ("british", "american_spelling"),
    [
        ("recapitalisation", "recapitalization"), ("organisations", "organizations"),
        ("realised", "realized"), ("criticising", "criticizing"), ("analyse", "analyze"),
        ("paralysed", "paralyzed"), ("colour", "color"), ("colourful", "colorful"),
        ("discoloured", "discolored"), ("labourers", "laborers"), ("favourite", "favorite"),
        ("centre", "center"), ("centres", "centers"), ("centred", "centered"),
        ("epicentre", "epicenter"), ("theatregoers", "theatergoers"),
        ("kilometres", "kilometers"), ("travelled", "traveled"), ("cancelling", "canceling"),
        ("defence", "defense"), ("offences", "offenses"), ("catalogue", "catalog"),
        ("paediatrician", "pediatrician"), ("haemorrhage", "hemorrhage"),
        ("aluminium", "aluminum"), ("judgement", "judgment"),
    ],
)  # fmt: skip
def test_a_british_spelling_in_american_letters(british: str, american_spelling: str) -> None:
    assert american(british) == american_spelling
    assert american(american_spelling) is None  # written the American way already


@pytest.mark.parametrize(
    "word",
    [
        # two words where British English (or both) writes them so
        "metre", "metres", "programme", "tyre", "storey", "cheque", "kerb", "draught", "disc",
        "licence", "grey", "practise", "practised",
        # no -ise/-our/-re word: too short a stem, or no word of the list
        "prise", "rise", "wise", "crises", "hour", "four", "tour", "devour", "acre", "genre",
        "massacre", "analyses",
    ],
)  # fmt: skip
def test_a_word_of_one_spelling_is_kept(word: str) -> None:
    assert american(word) is None


def test_an_english_page_holds_its_american_spellings_and_its_mark() -> None:
    words = search_text("Lenders face recapitalisation in the city centre", "en-GB").split()
    assert "recapitalization" in words and "center" in words and PAGE in words
    assert PAGE in search_text("Lenders face recapitalization", "en").split()
    # a page of another language: as written, unmarked
    spanish = search_text("El color del centre cultural", "es").split()
    assert PAGE not in spanish and "center" not in spanish


def test_a_query_s_american_way_is_sought_on_english_pages_only() -> None:
    assert query_way(("bank", "recapitalisation")) == ("bank", "recapitalization")
    assert query_way(("recapitalization",)) == ()
    term = query_tokens("colour")
    assert (("color",), ((PAGE,),)) in term.conditions


def test_the_snippet_marks_either_spelling() -> None:
    british = "The central bank ordered a recapitalisation of lenders in the city centre."
    marked = snippet(british, [query_tokens("recapitalization")], ("[", "]"), language="en-GB")
    assert "[recapitalisation]" in marked
    american_text = "The color of the new center was chosen by the city."
    marked = snippet(american_text, [query_tokens("colour")], ("[", "]"), language="en-US")
    assert "[color]" in marked
    assert "[" not in snippet(
        "El color del cielo", [query_tokens("colour")], ("[", "]"), language="es"
    )


LAGOS = "lagoon-ledger.example"
WASHINGTON = "potomac-post.example"
MADRID = "castilla-diario.example"
LONDON = "thames-courier.example"
PUBLISHED = "2026-12-06T09:00:00+01:00"
PAGES = {
    "bank-ng.html": (
        "en-NG",
        f"https://{LAGOS}/business/recapitalisation",
        "Central bank sets deadline for lenders' recapitalisation",
        [
            "The apex bank said commercial lenders must complete their recapitalisation by "
            "March, and that the colour of their balance sheets would be reviewed at its "
            "Abuja centre.",
        ],
    ),
    "bank-us.html": (
        "en-US",
        f"https://{WASHINGTON}/markets/recapitalization",
        "Regulators weigh recapitalization of regional banks",
        [
            "Officials said the recapitalization plan would be announced at the agency's "
            "operations center in Maryland next week.",
        ],
    ),
    "color.html": (
        "es",
        f"https://{MADRID}/cultura/color",
        "El color del nuevo museo divide a los vecinos",
        ["Los vecinos del barrio discuten el color de la fachada del museo municipal."],
    ),
    "meter.html": (
        "en-GB",
        f"https://{LONDON}/homes/meters",
        "Smart gas meter rollout reaches northern towns",
        ["Engineers fitted a new gas meter in every flat of the estate, the supplier said."],
    ),
}
EXPECTED = [
    ("recapitalisation", [LAGOS, WASHINGTON]),
    ("recapitalization", [LAGOS, WASHINGTON]),
    ('"recapitalisation plan"', [WASHINGTON]),
    ('"their recapitalization"', [LAGOS]),
    ("centre", [LAGOS, WASHINGTON]),
    ("center", [LAGOS, WASHINGTON]),
    # a Spanish page's "color" is no English "colour"'s; the English query "color" finds the
    # English page writing "colour" and the Spanish one as before
    ("colour", [LAGOS]),
    ("color", [LAGOS, MADRID]),
    # two words in British English: a gas meter is no metre
    ("metre", []),
    ("meter", [LONDON]),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("english"), PAGES, PUBLISHED)


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_either_spelling_finds_both(archive: Archive, query: str, expected: list[str]) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


def _cosine(a: Vector, b: Vector) -> float:
    _, ia, ib = np.intersect1d(a.keys, b.keys, return_indices=True)
    return float(np.dot(a.weights[ia].astype(np.float64), b.weights[ib].astype(np.float64)))


def test_a_british_and_an_american_report_have_one_vector() -> None:
    british = vectorize(
        "Central bank orders recapitalisation of lenders",
        "The central bank ordered the recapitalisation of commercial lenders, saying the "
        "plan would organise capital buffers and stabilise the colour of the sector.",
        "en-GB",
        StoryConfig(),
    )
    american_report = vectorize(
        "Central bank orders recapitalization of lenders",
        "The central bank ordered the recapitalization of commercial lenders, saying the "
        "plan would organize capital buffers and stabilize the color of the sector.",
        "en-US",
        StoryConfig(),
    )
    assert _cosine(british, american_report) > 0.99


def test_story_terms_are_summed_in_their_american_spelling() -> None:
    counts = Counter({"colour": 2, "color": 1, "n:labour party": 1, "metre": 1, "promise": 1})
    spelled, forms = american_terms(counts)
    assert spelled == Counter({"color": 3, "n:labor party": 1, "metre": 1, "promize": 1})
    # a respelled word weighs as the form the text wrote
    assert forms == {"color": ["colour"], "promize": ["promise"]}
    plain = Counter({"bank": 2})
    assert american_terms(plain) == (plain, {})


def test_a_watchlist_follows_either_spelling() -> None:
    from clipper.digest.matching import Document, matches
    from clipper.searchquery import parse_query

    watch = parse_query('"bank recapitalisation" OR colour')
    assert matches(watch, Document.of(None, "Regulators plan a bank recapitalization", "en-US"))
    assert matches(watch, Document.of(None, "The color of money", "en"))
    assert not matches(watch, Document.of(None, "El color del dinero", "es"))
