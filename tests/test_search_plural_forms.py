"""A word finds its plural and a plural the word on English, French, Spanish, Portuguese,
Italian, Catalan, German and Dutch pages (newcomer 52a, a Montreal desk: "communauté" found no
"communautés", "commandes" no "commande", "Innus" no English "Innu"): their pages are keyed by
their words' singulars (clipper.pluralforms, migration 0112), by the page's language only; the
words the S-stemmer's rules are for are no plurals.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.caseforms import keys_text, query_keys, word_keys
from clipper.digest.matching import Document, matches
from clipper.pluralforms import singulars
from clipper.searchquery import parse_query
from clipper.searchtext import fold, search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

NORD = "le-nordet.example"
HARBOUR = "harbour-ledger.example"
MESETA = "diario-meseta.example"
LAGUNA = "gazzetta-laguna.example"
PUBLISHED = "2026-12-07T09:00:00-05:00"
PAGES = {
    "nordet.html": (
        "fr",
        f"https://{NORD}/economie/eolien",
        "Trois communautés innues signent une entente",
        [
            "Les Innus de la Côte-Nord ont approuvé l'entente avec la société d'État.",
            "Le constructeur a aussi reçu une commande de douze rames de métro.",
            "Les journaux régionaux en ont parlé toute la semaine, dit son fils.",
        ],
    ),
    "harbour.html": (
        "en",
        f"https://{HARBOUR}/business/wind",
        "Innu council backs wind farm deal",
        [
            "The Innu council said two agencies would review the wind farm deal.",
            "The news came as the board met in the harbour offices.",
        ],
    ),
    "meseta.html": (
        "es",
        f"https://{MESETA}/nacional/apagon",
        "Las ciudades del norte sufren apagones",
        ["El lunes las luces de varias ciudades se apagaron durante la crisis eléctrica."],
    ),
    "laguna.html": (
        "it",
        f"https://{LAGUNA}/economia/banche",
        "Le banche alzano i tassi",
        ["I presidenti delle banche regionali si sono riuniti a Venezia."],
    ),
}
# query → the sites it finds, on either backend
EXPECTED = [
    ("communauté", [NORD]), ("communautés", [NORD]), ("commandes", [NORD]),
    ("journal", [NORD]), ("Innu", [HARBOUR, NORD]), ("Innus", [HARBOUR, NORD]),
    ("agency", [HARBOUR]), ("office", [HARBOUR]), ("ciudad", [MESETA]), ("luz", [MESETA]),
    ("apagón", [MESETA]), ("banca", [LAGUNA]), ("presidente", [LAGUNA]),
    # the forms as written still find their pages
    ("communautés AND commande", [NORD]), ("banche", [LAGUNA]),
]  # fmt: skip


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("plurals"), PAGES, PUBLISHED)


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_a_word_and_its_plural_find_each_other(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


# a word the S-stemmer's rules keep finds no page of its look-alike: SQLite's keys
# (PostgreSQL's Snowball stemmers read "fils" as "fil", as they did before)
LOOK_ALIKES = ["new", "fil", "lune", "crisi", "Jame"]


@pytest.mark.parametrize("query", LOOK_ALIKES)
def test_a_look_alike_finds_no_page(archive: Archive, query: str) -> None:
    if archive.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's stemmers read a page's words their own way")
    assert hit_sites(archive, query) == [], query


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [
        ("en", "agency", "agencies"), ("en", "church", "churches"), ("en", "hero", "heroes"),
        ("en", "job", "jobs"), ("en", "Israeli", "Israelis"), ("en", "menu", "menus"),
        ("fr", "communauté", "communautés"), ("fr", "journal", "journaux"),
        ("fr", "bureau", "bureaux"), ("fr", "lieu", "lieux"), ("fr", "loi", "lois"),
        ("es", "ciudad", "ciudades"), ("es", "padre", "padres"), ("es", "mujer", "mujeres"),
        ("es", "luz", "luces"), ("es", "nación", "naciones"),
        ("pt", "ação", "ações"), ("pt", "nacional", "nacionais"), ("pt", "homem", "homens"),
        ("pt", "papel", "papéis"), ("pt", "classe", "classes"),
        ("it", "presidente", "presidenti"), ("it", "banca", "banche"), ("it", "negozio", "negozi"),
        ("it", "casa", "case"), ("ca", "banc", "bancs"), ("ca", "plaça", "places"),
        ("ca", "procés", "processos"), ("ca", "país", "països"), ("ca", "frase", "frases"),
        ("de", "Kind", "Kindern"), ("de", "Regierung", "Regierungen"), ("de", "Haus", "Häuser"),
        ("de", "Ärztin", "Ärztinnen"), ("nl", "krant", "kranten"), ("nl", "minister", "ministers"),
        ("nl", "kabinet", "kabinetten"), ("nl", "mogelijkheid", "mogelijkheden"),
    ],
)  # fmt: skip
def test_a_singular_and_its_plural_share_a_key(language: str, one: str, other: str) -> None:
    keys = set(word_keys(fold(one), language))
    assert keys & set(word_keys(fold(other), language)), (one, other)


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [
        ("en", "new", "news"), ("en", "James", "Jame"), ("en", "analysis", "analysi"),
        ("en", "her", "hers"), ("en", "economic", "economics"), ("en", "doe", "does"),
        ("fr", "pari", "Paris"), ("fr", "fil", "fils"), ("fr", "temp", "temps"),
        ("fr", "moi", "mois"), ("fr", "foi", "fois"), ("fr", "cour", "cours"),
        ("fr", "mai", "mais"), ("es", "lune", "lunes"), ("es", "Marte", "martes"),
        ("es", "dio", "dios"), ("es", "Marco", "Marcos"),
        # no gender: a feminine is another word (French, Spanish, Italian)
        ("fr", "directeur", "directrice"), ("fr", "président", "présidente"),
        ("it", "banco", "banca"), ("ca", "banc", "banca"),
    ],
)  # fmt: skip
def test_a_look_alike_is_no_plural(language: str, one: str, other: str) -> None:
    keys = set(word_keys(fold(one), language))
    assert not keys & set(word_keys(fold(other), language)), (one, other)


def test_a_key_is_its_pages_language_only() -> None:
    """Spanish "lunes" (Monday) is keyed on a Spanish page only: a French query "lune" (moon)
    is sought by the French key, which no Spanish page holds; an English page holds no French
    key."""
    spanish = keys_text("el lunes", "es")
    assert not set(query_keys("lune", frozenset({"fr"}))) & set(spanish.split())
    assert set(query_keys("lune", frozenset({"es"}))).isdisjoint(spanish.split())
    assert "\U000f0000fr" not in keys_text("the innus met", "en")
    # a page of another language holds none of these keys
    assert keys_text("die innus kamen", "ja") == ""


def test_singulars_say_each_reading() -> None:
    assert singulars("communautes", "fr") == ("communaute",)
    assert singulars("padres", "es") == ("padr", "padre")
    assert singulars("news", "en") == ("news",)
    # an Italian loanword ending in a consonant has no key: its plural is itself
    assert singulars("sport", "it") == ()
    with pytest.raises(KeyError):
        singulars("talo", "fi")


def test_a_watchlist_follows_the_plurals() -> None:
    """A digest's watchlist matches a page as search does."""
    assert matches(parse_query("communauté"), Document.of("Trois communautés", None, "fr"))
    assert matches(parse_query("agency"), Document.of("Two agencies said", None, "en"))
    assert not matches(parse_query("new"), Document.of("The news broke", None, "en"))


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """An archive indexed before migration 0112 (no singulars' keys) finds the plurals once
    opened."""
    with upgraded_archive(
        tmp_path, PAGES, PUBLISHED, lambda text: search_text(text, "ja"), "0111"
    ) as upgraded:
        assert hit_sites(upgraded, "communauté") == [NORD]
        assert hit_sites(upgraded, "Innus") == sorted([HARBOUR, NORD])
