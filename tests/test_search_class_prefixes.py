"""A name under a class prefix is found by the name (newcomer 46: a Nairobi desk's "Kilimo"
missed an isiZulu page's "IKilimo Bank yaseKenya…"): isiZulu, isiXhosa and their kin write a
noun-class, locative or possessive prefix onto a capitalised name inside one word, and their
pages are indexed with the name also without it (clipper.classprefixes, migration 0094), on
SQLite and PostgreSQL alike; an English page's ``iPhone``, ``eBay``, ``McDonald`` are not
touched.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.caseforms import MARK
from clipper.classprefixes import unprefixed
from clipper.digest.matching import Document, matches
from clipper.searchquery import parse_query
from clipper.searchterms import query_tokens
from clipper.searchtext import search_text
from clipper.snippets import snippet
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

ZULU = "ilanga-lasekuseni.example"
XHOSA = "umthombo-weendaba.example"
ENGLISH = "harbour-markets.example"
SWAHILI = "sauti-ya-pwani.example"
PUBLISHED = "2026-12-06T07:30:00+02:00"
PAGES = {
    "zulu.html": (
        "zu",
        f"https://{ZULU}/ezomnotho/ibhange",
        "IKilimo Bank izothenga iGraanbank",
        [
            "IKilimo Bank yaseKenya izothenga iGraanbank ngeR1,2 billion, kusho umphathi "
            "webhange ngoLwesibili.",
            "Isivumelwano sizosayinwa eNairobi ngenyanga ezayo, kanti uMongameli uRamaphosa "
            "uzohambela eGoli ukuyobonana nabaphathi.",
            "Abasebenzi bathi bazolinda ukuthi bazothola imisebenzi emisha yini.",
        ],
    ),
    "xhosa.html": (
        "xh",
        f"https://{XHOSA}/iindaba/uqhankqalazo",
        "Abasebenzi baqhankqalaza eMonti",
        [
            "Abasebenzi abakwaJamii Telecom baqhankqalaza eMonti ngoMvulo, befuna imivuzo "
            "engcono kwinkampani yaseKenya.",
            "Umlawuli wenkampani uthe intetho iza kuqhubeka ngeveki ezayo.",
        ],
    ),
    "english.html": (
        "en",
        f"https://{ENGLISH}/stocks/retail",
        "Retail shares climb in a quiet session",
        [
            "Shares in eBay climbed after the new iPhone went on sale, and McDonald told "
            "investors the quarter had been steady.",
            "Traders in London expect the central bank to hold its rate next week.",
        ],
    ),
    "swahili.html": (
        "sw",
        f"https://{SWAHILI}/habari/wakulima",
        "Wakulima wapata mikopo mipya",
        [
            "Wakulima wa pwani wamepata mikopo mipya kutoka benki ya ushirika, msemaji wa "
            "chama alisema Jumatatu.",
            "Mvua za vuli zimechelewa mwaka huu, na bei ya mahindi imepanda sokoni.",
        ],
    ),
}
# query → the sites it finds, on either backend
EXPECTED = [
    ("Kilimo", [ZULU]),
    ("Kilimo*", [ZULU]),
    ("kilimo", [ZULU]),
    ('"Kilimo Bank"', [ZULU]),
    ("Graanbank", [ZULU]),
    ("Nairobi", [ZULU]),
    ("Ramaphosa", [ZULU]),
    ("Goli", [ZULU]),
    ("Kenya", [XHOSA, ZULU]),
    ("Jamii", [XHOSA]),
    ('"Jamii Telecom"', [XHOSA]),
    ("Monti", [XHOSA]),
    ("Kenya AND Monti", [XHOSA]),
    # the word as written still finds its page
    ("iKilimo", [ZULU]),
    ("IKilimo", [ZULU]),
    ("yaseKenya", [XHOSA, ZULU]),
    ("abakwaJamii", [XHOSA]),
    # an English page's words keep their letters
    ("eBay", [ENGLISH]),
    ("iPhone", [ENGLISH]),
    ("McDonald", [ENGLISH]),
    ("Bay", []),
    ("Phone", []),
    ("Donald", []),
    # a Swahili page is not read so (its prefixes are a Known limit)
    ("wakulima", [SWAHILI]),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("prefixes"), PAGES, PUBLISHED)


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_a_name_finds_its_prefixed_forms(archive: Archive, query: str, expected: list[str]) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


@pytest.mark.parametrize(
    ("language", "text", "bare"),
    [
        ("zu", "IKilimo Bank yaseKenya", "Kilimo Bank Kenya"),
        ("zu", "eNairobi kwaZulu-Natal uRamaphosa", "Nairobi Zulu-Natal Ramaphosa"),
        ("zu", "ngeR1,2 billion", "R1,2 billion"),
        ("zu", "EGoli noMkhize", "Goli Mkhize"),
        ("xh", "abakwaJamii eMonti", "Jamii Monti"),
        ("zu-ZA", "iGraanbank", "Graanbank"),
        ("ss", "eMbabane", "Mbabane"),
        # an acronym after a capitalised vowel, a name whose letters before the capital end in
        # no vowel: no prefix
        ("zu", "IMF EU McDonald KwaZulu", "IMF EU McDonald Zulu"),
    ],
)
def test_the_prefix_is_taken_off(language: str, text: str, bare: str) -> None:
    assert unprefixed(text, language) == bare


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "iPhone eBay McDonald"),
        (None, "IKilimo yaseKenya"),
        ("sw", "wakulima waKenya"),
        ("zu", "Ukulima kwabalimi kuhle"),
        ("zu", "IMF ANC UNICEF"),
    ],
)
def test_no_prefix_is_read(language: str | None, text: str) -> None:
    assert unprefixed(text, language) is None


def test_the_bare_names_keep_their_places() -> None:
    """The bare words follow the page's own with the words around them: a phrase of the
    name and its neighbours is found; a text holding no prefix is indexed as before."""
    words = search_text("Umphathi weKilimo Bank uthe", "zu").split(" ")
    assert words[:4] == ["umphathi", "wekilimo", "bank", "uthe"]
    assert "umphathi kilimo bank uthe" in " ".join(words[4:])
    assert search_text("Umphathi webhange uthe", "zu") == "umphathi webhange uthe"
    # (an English page's words' singulars' keys after it: clipper.pluralforms)
    assert search_text("Shares in eBay rose", "en").partition(" " + MARK)[0] == (
        "shares in ebay rose"
    )


def test_a_watchlist_finds_the_name() -> None:
    """A digest's watchlist matches as search does: "Kilimo OR Jamii" follows an isiZulu
    page's "IKilimo", not an English page's "eKilimo"."""
    watch = parse_query("Kilimo OR Jamii")
    assert matches(watch, Document.of("IKilimo Bank ithenga iGraanbank", None, "zu"))
    assert matches(watch, Document.of(None, "Abasebenzi abakwaJamii bayateleka", "xh"))
    assert not matches(watch, Document.of("The eKilimo app", None, "en"))


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0094: an archive indexed before finds ``IKilimo`` by ``Kilimo`` once
    opened."""
    with upgraded_archive(
        tmp_path, PAGES, PUBLISHED, lambda text: search_text(text, "en"), "0093"
    ) as upgraded:
        assert hit_sites(upgraded, "Kilimo") == [ZULU]
        assert hit_sites(upgraded, "Kenya") == sorted([XHOSA, ZULU])


@pytest.mark.parametrize(
    ("query", "marked"),
    [
        ("Kilimo", "[iKilimo] Bank"),
        ("Kenya", "Ibhange [laseKenya]"),
        ('"Kilimo Bank"', "[iKilimo Bank] limemezele"),
        ("Goli", "[eGoli]"),
    ],
)
def test_the_snippet_marks_the_prefixed_name(query: str, marked: str) -> None:
    text = (
        "Ibhange laseKenya iKilimo Bank limemezele ngeSonto ukuthi lizothenga ibhange "
        "labalimi. Kanti uRamaphosa uzohambela eGoli."
    )
    phrase = query.strip('"')
    assert marked in snippet(text, [query_tokens(phrase)], ("[", "]"), language="zu")


def test_an_english_snippet_marks_no_piece_of_a_word() -> None:
    text = "Shares of eBay rose on the day the iPhone went on sale."
    assert "[" not in snippet(text, [query_tokens("Bay")], ("[", "]"), language="en")
