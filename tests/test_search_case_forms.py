"""A word's base form finds its case forms (newcomer 30 finding 2: ``Helsinki`` missed
``Helsingissä`` and ``Helsingin``, ``Tallinn`` ``Tallinnas``, ``Vilnius`` ``Vilniuje``,
``Рига`` ``Риге``, ``Warszawa`` ``Warszawie``, so a watchlist on a city missed these
stories): a page in a language that marks case with endings is indexed with its words' keys
(clipper.caseforms), and a query word is sought by its key as a base form, on SQLite and
PostgreSQL alike, in search and in a digest's watchlists; a page of another language is not
keyed.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.caseforms import MARK, base_key, keys_text, word_keys
from clipper.caserules import RULES
from clipper.digest.matching import Document, matches
from clipper.englishspelling import PAGE as ENGLISH_PAGE
from clipper.searchquery import fts5_query, parse_query
from clipper.searchtext import fold, search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

HELSINKI = "etelan-sanomat.example"
TALLINN = "pealinna-leht.example"
VILNIUS = "sostines-zinios.example"
RIGA = "baltiiskii-vestnik.example"
WARSAW = "gazeta-stoleczna.example"
KYIV = "dniprovski-visti.example"
BUDAPEST = "duna-hirlap.example"
BERLIN = "spree-kurier.example"
PUBLISHED = "2026-12-04T09:00:00+01:00"
PAGES = {
    "helsinki.html": (
        "fi",
        f"https://{HELSINKI}/uutiset/myrsky",
        "Myrsky kaatoi puita Helsingissä",
        [
            "Yöllinen myrsky kaatoi kymmeniä puita Helsingissä, ja Helsingin "
            "kaupunki sulki kolme puistoa aamuksi.",
            "Hallituksen tiedottaja kertoi, että vahingot korvataan.",
        ],
    ),
    "tallinn.html": (
        "et",
        f"https://{TALLINN}/uudised/raamatukogu",
        "Tallinnas avati uus raamatukogu",
        ["Tallinnas avati laupäeval uus raamatukogu, kuhu mahub sada tuhat raamatut."],
    ),
    "vilnius.html": (
        "lt",
        f"https://{VILNIUS}/naujienos/protestas",
        "Vilniuje vyko protestas",
        ["Vilniuje šeštadienį vyko protestas prieš naują mokestį, sakė Seimo narys."],
    ),
    "riga.html": (
        "ru",
        f"https://{RIGA}/novosti/most",
        "В Риге открылся новый мост",
        ["В Риге в субботу открылся новый мост через Даугаву, сообщили в думе города."],
    ),
    "warsaw.html": (
        "pl",
        f"https://{WARSAW}/wiadomosci/protest",
        "W Warszawie odbył się protest",
        ["W Warszawie w sobotę odbył się protest rolników przed siedzibą rządu."],
    ),
    "kharkiv.html": (
        "uk",
        f"https://{KYIV}/novyny/tryvoha",
        "Мер Харкова оголосив тривогу",
        ["Мер Харкова оголосив повітряну тривогу, повідомили в міській раді."],
    ),
    "budapest.html": (
        "hu",
        f"https://{BUDAPEST}/hirek/tuntetes",
        "Budapesten tüntetést tartottak",
        ["Budapesten szombaton tüntetést tartottak a kormány új adója ellen."],
    ),
    "berlin.html": (
        "de",
        f"https://{BERLIN}/stadt/strasse",
        "Neue Ampel an der Rigaer Straße",
        ["An der Rigaer Straße und am Tallinna-Platz stehen seit Montag neue Ampeln."],
    ),
}
# query → the sites it finds, on either backend
EXPECTED = [
    # the base form finds the case forms
    ("Helsinki", [HELSINKI]), ("kaupunki", [HELSINKI]), ("hallitus", [HELSINKI]),
    ("Tallinn", [TALLINN]), ("Vilnius", [VILNIUS]), ("Seimas", [VILNIUS]),
    ("Рига", [RIGA]), ("Warszawa", [WARSAW]), ("rząd", [WARSAW]), ("Харків", [KYIV]),
    ("Budapest", [BUDAPEST]),
    ("Helsinki AND kaupunki", [HELSINKI]), ("Tallinn OR Vilnius", [TALLINN, VILNIUS]),
    ("Рига NOT мост", []),
    # the form as written still finds its page, and only its page
    ("Helsingissä", [HELSINKI]), ("Риге", [RIGA]),
    # Tallinna (Estonian genitive) finds the Estonian form and the German page writing it
    ("Tallinna", [TALLINN, BERLIN]),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("cases"), PAGES, PUBLISHED)



@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_a_base_form_finds_its_case_forms(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


def test_a_watchlist_on_a_city_follows_its_case_forms() -> None:
    """A digest's watchlist matches as search does (clipper.digest.matching)."""
    title, body = PAGES["helsinki.html"][2], " ".join(PAGES["helsinki.html"][3])
    assert matches(parse_query("Helsinki"), Document.of(title, body, "fi"))
    assert matches(parse_query("Рига"), Document.of("В Риге открылся мост", None, "ru"))
    # the same words on a page of a language without case endings here are no case forms
    assert not matches(parse_query("Helsinki"), Document.of(title, body, "sv"))


def test_keys_follow_only_pages_of_languages_with_case_endings() -> None:
    text = "Myrsky kaatoi puita Helsingissä."
    assert search_text(text, "fi").startswith("myrsky kaatoi puita helsingissa ")
    assert keys_text("myrsky kaatoi puita helsingissa", "fi") in search_text(text, "fi")
    assert search_text(text, "sv") == "myrsky kaatoi puita helsingissa"
    assert MARK not in search_text(text, None)
    # an English, Dutch or German page holds its words' singulars' keys (clipper.pluralforms,
    # migration 0112), in its own language only: no case form's
    for language in ("en", "nl", "de"):
        keyed = search_text(text, language)
        assert keyed.startswith("myrsky kaatoi puita helsingissa ")
        assert keys_text("myrsky kaatoi puita helsingissa", language) in keyed
        assert f"{MARK}fi" not in keyed and "helsing " not in keyed
    # and an English page its mark (clipper.englishspelling.PAGE)
    assert ENGLISH_PAGE in search_text(text, "en")


@pytest.mark.parametrize(
    ("language", "base", "form"),
    [
        ("fi", "Turku", "Turussa"), ("fi", "Lahti", "Lahdessa"), ("fi", "Virtanen", "Virtasen"),
        ("et", "Tartu", "Tartus"), ("lt", "Kaunas", "Kaune"), ("lv", "Daugavpils", "Daugavpilī"),
        ("ru", "Москва", "Москвой"), ("uk", "Одеса", "Одесі"), ("pl", "Kraków", "Krakowie"),
        ("pl", "uniwersytet", "uniwersytecie"), ("cs", "Liberec", "Liberci"),
        ("hu", "Orbán", "Orbánnak"), ("tr", "hükümet", "hükümetin"),
    ],
)
def test_a_base_form_and_its_case_form_share_a_key(language: str, base: str, form: str) -> None:
    assert base_key(fold(base), language) in word_keys(fold(form), language)


@pytest.mark.parametrize(
    ("language", "base", "other"),
    [
        ("fi", "Rovaniemi", "rovasti"), ("ru", "Рига", "ригель"), ("pl", "rząd", "rządek"),
        ("cs", "soud", "soudek"), ("hu", "kormány", "kormánykerék"), ("tr", "polis", "polisaj"),
    ],
)
def test_a_word_that_begins_alike_is_no_case_form(language: str, base: str, other: str) -> None:
    assert base_key(fold(base), language) not in word_keys(fold(other), language)


def test_a_query_word_is_also_sought_by_its_keys() -> None:
    """One FTS5 term, as typed or by its key in each keyed language that writes its letters;
    a phrase and a prefix are as typed only.  A feminine base form (``Рига``) is sought by
    its plain and feminine keys (clipper.caseforms.query_marks); in Kazakh and Kyrgyz, where
    a stem's final vowel is its own, by itself (session 48); in Uzbek Latin letters on an
    Uzbek page, and by its Uzbek key (clipper.digraphia.query_uzbek; a query of no archive's
    languages, as a digest's)."""
    assert fts5_query("Рига") == (
        '("рига" OR ("riga" AND ("\U000f0000uz")) OR "\U000f0000ruриг" OR "\U000f0002ruриг"'
        ' OR "\U000f0000ukриг" OR "\U000f0002ukриг" OR "\U000f0000kkрига" OR "\U000f0000kyрига"'
        ' OR "\U000f0000uzriga")'
    )
    assert "\U000f0000fihelsing" in fts5_query("Helsinki")
    assert fts5_query('"Sanna Marin"') == '"sanna marin"'
    assert fts5_query("Helsin*") == '"helsin" *'


def test_every_table_takes_the_longest_ending_first() -> None:
    for rules in RULES.values():
        assert list(rules.endings) == sorted(rules.endings, key=len, reverse=True)


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0072: an archive indexed before finds ``Helsinki``'s case forms once
    opened."""
    with upgraded_archive(
        tmp_path, PAGES, PUBLISHED, lambda text: search_text(text, "sv"), "0071"
    ) as upgraded:
        assert hit_sites(upgraded, "Helsinki") == [HELSINKI]
        assert hit_sites(upgraded, "Рига") == [RIGA]
