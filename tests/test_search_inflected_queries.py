"""A Polish or Czech query word in any case finds the word's other forms (newcomer 36, finding
3: ``bankiem`` found only the page writing ``bankiem``, ``Nadwiślańskiego`` missed the page
writing ``Bank Nadwiślański`` and ``banku``, ``nadwiślańskim`` found nothing; a watchlist
written ``"Banku Nadwiślańskiego"`` missed the regulator's fine).  clipper.caseforms reads a
query word of these languages as a case form too (``Rules.case_queries``), keys a page's
masculine base form (``bank``) for it, and Czech adjectives' ``-ého``/``-ému``/``-ých``
endings are case endings (``Vltavská`` finds ``Vltavského``).  Look-alikes (``Bankiet``,
``Soudek``) and another language's same word (German ``Bank``) are not found by an inflected
form.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.caseforms import case_stem, word_keys
from clipper.digest.matching import Document, matches
from clipper.searchquery import parse_query
from clipper.searchtext import fold, search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

PLOCK = "kurier-plocki.example"
LODZ = "dziennik-lodzki.example"
TORUN = "gazeta-torunska.example"
FEAST = "wiesci-ratuszowe.example"
MAINZ = "mainzer-bote.example"
BRNO = "brnensky-vecernik.example"
OLOMOUC = "hanacky-den.example"
ZLIN = "zlinske-listy.example"
PIVO = "pivni-noviny.example"
PUBLISHED = "2026-12-04T09:00:00+01:00"
PAGES = {
    "plock.html": ("pl", f"https://{PLOCK}/gospodarka/oddzial", "Nowy oddział w Płocku", [
        "Bank Nadwiślański otworzył w poniedziałek oddział przy placu Narutowicza, "
        "pierwszy od dziesięciu lat.",
    ]),
    "lodz.html": ("pl", f"https://{LODZ}/miasto/awaria", "Awaria aplikacji", [
        "Klienci Banku Nadwiślańskiego przez całą noc nie mogli zalogować się do aplikacji.",
    ]),
    "torun.html": ("pl", f"https://{TORUN}/miasto/parking", "Umowa na parking", [
        "Miasto podpisało umowę z Bankiem Nadwiślańskim na budowę parkingu przy dworcu.",
    ]),
    "feast.html": ("pl", f"https://{FEAST}/kultura/bal", "Bal w ratuszu", [
        "Bankiet noworoczny w ratuszu zgromadził radnych i przedsiębiorców z regionu.",
    ]),
    "mainz.html": ("de", f"https://{MAINZ}/wirtschaft/zinsen", "Zinsen steigen", [
        "Die Bank am Rheinufer erhöht zum Januar die Zinsen für Tagesgeld.",
    ]),
    "brno.html": ("cs", f"https://{BRNO}/kraj/soud", "Soud rozhodl o vazbě", [
        "Krajský soud v Brně ve čtvrtek rozhodl o vazbě pro dva podnikatele.",
        "Vltavská energetika oznámila, že od ledna zvýší ceny elektřiny.",
    ]),
    "olomouc.html": ("cs", f"https://{OLOMOUC}/ekonomika/akcie", "Akcie klesly", [
        "Zákazníci Vltavské energetiky dostanou nové smlouvy do konce měsíce.",
    ]),
    "zlin.html": ("cs", f"https://{ZLIN}/zpravy/holding", "Představenstvo odstoupilo", [
        "Představenstvo Vltavského holdingu v pátek odstoupilo, uvedl mluvčí.",
    ]),
    "pivo.html": ("cs", f"https://{PIVO}/hospody/soudek", "Soudek na náměstí", [
        "Soudek piva stál na náměstí celý den a hasiči ho odvezli večer.",
    ]),
}
BANK_PAGES = [PLOCK, LODZ, TORUN]
# query → the sites it finds, on either backend
EXPECTED = [
    # an inflected form finds the base form and the other forms, not a look-alike or German
    ("bankiem", BANK_PAGES), ("Banku", BANK_PAGES), ("bankach", BANK_PAGES),
    ("Nadwiślańskiego", BANK_PAGES), ("nadwiślańskim", BANK_PAGES),
    ('"Banku Nadwiślańskiego"', [LODZ]),
    ("Banku AND Nadwiślańskiego", BANK_PAGES),
    ("soudem", [BRNO]), ("Vltavského", [BRNO, OLOMOUC, ZLIN]),
    ("Vltavskému", [BRNO, OLOMOUC, ZLIN]),
    # the base form finds an adjective's case forms
    ("Vltavská", [BRNO, OLOMOUC, ZLIN]), ("Nadwiślański", BANK_PAGES),
    # the base form as written still finds every page writing it
    ("bank", [*BANK_PAGES, MAINZ]), ("soud", [BRNO]),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("inflected"), PAGES, PUBLISHED)



@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_an_inflected_query_finds_the_word_s_other_forms(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


def test_a_watchlist_in_the_genitive_follows_the_other_forms() -> None:
    """A digest's watchlist matches as search does (clipper.digest.matching)."""
    title, body = PAGES["plock.html"][2], " ".join(PAGES["plock.html"][3])
    assert matches(parse_query('Nadwiślańskiego'), Document.of(title, body, "pl"))
    assert matches(parse_query("bankiem"), Document.of(title, body, "pl"))
    assert not matches(parse_query("bankiem"), Document.of("Zinsen", "Die Bank zahlt.", "de"))


@pytest.mark.parametrize(
    ("language", "word", "stem"),
    [
        ("pl", "bankiem", "bank"), ("pl", "nadwiślańskiego", "nadwislanski"),
        ("pl", "kolejowymi", "kolejow"), ("pl", "porcie", "port"), ("cs", "soudem", "soud"),
        ("cs", "vltavského", "vltavsk"), ("cs", "policistům", "policist"),
        ("cs", "státními", "statn"), ("ru", "путиным", "путин"), ("fi", "helsingissä", "helsingi"),
        # no case ending
        ("pl", "bank", None), ("hu", "gyor", None),
    ],
)
def test_a_query_word_read_as_a_case_form(language: str, word: str, stem: str | None) -> None:
    found = case_stem(fold(word), language)
    assert (found[0] if found else None) == stem


def test_a_base_form_s_key_is_kept_where_queries_are_inflected() -> None:
    assert word_keys("bank", "pl") == ("bank",)
    assert word_keys("soud", "cs") == ("soud",)
    assert word_keys("tallinn", "et") == ("tallinn",)
    assert word_keys("gyor", "hu") == ("gyor",)
    assert "\U000f0001plbank" in search_text("Bank Nadwiślański", "pl")


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0081: an archive indexed before finds ``bankiem``'s other forms once
    opened."""
    with upgraded_archive(
        tmp_path, PAGES, PUBLISHED, lambda text: search_text(text, "sv"), "0080"
    ) as upgraded:
        assert hit_sites(upgraded, "bankiem") == sorted(BANK_PAGES)
        assert hit_sites(upgraded, "Vltavská") == [BRNO, OLOMOUC, ZLIN]
