"""Indonesian and Malay roots find their derived forms, and Greek base forms their case forms
(newcomer 47b: ``tambang`` missed a wire story writing ``pertambangan`` and ``ditambang``;
newcomer 47a: ``Εθνική Τράπεζα`` missed ``Εθνικής Τράπεζας``): their pages are keyed by
roots (clipper.malayroots) and case endings (clipper.caseforms, migration 0096), on SQLite and
PostgreSQL alike; a word that only looks alike is no form of it.  Every page here is
invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.caseforms import base_key, word_keys
from clipper.digest.matching import Document, matches
from clipper.malayroots import root
from clipper.searchquery import parse_query
from clipper.searchterms import query_tokens
from clipper.searchtext import fold, search_text
from clipper.snippets import snippet
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

JAKARTA = "kabar-nusantara.example"
SURABAYA = "warta-timur.example"
KUALA_LUMPUR = "berita-semenanjung.example"
ATHENS = "kathimerini-nea.example"
THESSALONIKI = "makedonikos-typos.example"
LONDON = "city-ledger.example"
PUBLISHED = "2026-12-05T09:00:00+07:00"
PAGES = {
    "nikel.html": (
        "id",
        f"https://{JAKARTA}/ekonomi/nikel",
        "Pemerintah kaji ulang izin pertambangan nikel di Sulawesi",
        [
            "Kementerian Energi menyatakan pembiayaan smelter baru akan disalurkan lewat bank "
            "milik negara, sementara bijih yang ditambang di Morowali diolah di dalam negeri.",
            "Rencana itu dilaksanakan mulai tahun depan, kata juru bicara kementerian.",
        ],
    ),
    "pelabuhan.html": (
        "id",
        f"https://{SURABAYA}/kota/pelabuhan",
        "Pengelola pelabuhan menambah dermaga",
        [
            "Pengelola pelabuhan menyalurkan dana untuk sekolah nelayan dan masalah banjir rob, "
            "menurut perusahaan itu."
        ],
    ),
    "solar.html": (
        "ms",
        f"https://{KUALA_LUMPUR}/ekonomi/solar",
        "Syarikat tenaga memperuntukkan RM2 bilion untuk projek solar",
        [
            "Syarikat itu akan menjana 300 megawatt elektrik dan pengolahan sisa akan "
            "dibiayai oleh kerajaan negeri, katanya di sini hari ini.",
        ],
    ),
    "trapeza.html": (
        "el",
        f"https://{ATHENS}/oikonomia/trapeza",
        "Νέο δάνειο της Εθνικής Τράπεζας",
        [
            "Η διοίκηση της Εθνικής Τράπεζας ανακοίνωσε νέο δάνειο με τη στήριξη της "
            "Ευρωπαϊκής Τράπεζας Επενδύσεων για το πρόγραμμα των λιμανιών.",
        ],
    ),
    "limani.html": (
        "el",
        f"https://{THESSALONIKI}/poli/limani",
        "Η Ευρωπαϊκή Τράπεζα Επενδύσεων στο λιμάνι",
        [
            "Ο υπουργός ανακοίνωσε ότι η Ευρωπαϊκή Τράπεζα Επενδύσεων χρηματοδοτεί το έργο, "
            "ενώ οι επενδύσεις του προγράμματος συνεχίζονται.",
        ],
    ),
    "ledger.html": (
        "en",
        f"https://{LONDON}/markets/nickel",
        "Nickel miners eye Indonesian smelters",
        ["Analysts at the bank said pertambangan permits were the talk of Jakarta."],
    ),
}
# query → the sites it finds, on either backend
EXPECTED = [
    # a root finds its derived forms on Indonesian and Malay pages
    ("tambang", [JAKARTA]),
    ("biaya", [JAKARTA, KUALA_LUMPUR]),
    ("salur", [JAKARTA, SURABAYA]),
    ("olah", [JAKARTA, KUALA_LUMPUR]),
    ("laksana", [JAKARTA]),
    ("jana", [KUALA_LUMPUR]),
    ("kelola", [SURABAYA]),
    # a derived form finds the others of its root, and itself as written anywhere
    ("peruntukkan", [KUALA_LUMPUR]),
    ("penambangan", [JAKARTA]),
    ("pertambangan", [JAKARTA, LONDON]),
    ("tambang AND nikel", [JAKARTA]),
    # Greek base forms, and genitives, find each other's case forms
    ("Εθνική Τράπεζα", [ATHENS]),
    ("Εθνικη", [ATHENS]),
    ("τραπεζα", [ATHENS, THESSALONIKI]),
    ("Ευρωπαϊκής Τράπεζας Επενδύσεων", [ATHENS, THESSALONIKI]),
    ("Ευρωπαϊκή Τράπεζα Επενδύσεων", [ATHENS, THESSALONIKI]),
    ("υπουργοί", [THESSALONIKI]),
    ("πρόγραμμα", [ATHENS, THESSALONIKI]),
    ("επένδυση", [ATHENS, THESSALONIKI]),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("roots"), PAGES, PUBLISHED)


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_a_root_or_base_form_finds_its_forms(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


@pytest.mark.parametrize("query", ["seko", "masa", "perintah", "usaha", "turut"])
def test_a_word_whose_own_ending_looks_like_an_affix_is_no_root(
    archive: Archive, query: str
) -> None:
    """``sekolah`` and ``masalah`` are not ``seko``, ``masa`` with ``-lah`` (as Snowball's
    Indonesian stemmer reads them, which PostgreSQL's ``indonesian`` configuration stems
    with: there it finds them, as the README's PostgreSQL line says); a derived word of its
    own is not its root's (``Pemerintah``, "government", is no ``perintah``, "order",
    ``perusahaan``, "company", no ``usaha``, "effort", ``menurut``, "according to", no
    ``turut``, "take part")."""
    if not archive.url.startswith("sqlite"):
        pytest.skip("PostgreSQL stems the page's words in its language too")
    assert hit_sites(archive, query) == [], query


@pytest.mark.parametrize(
    ("language", "word", "expected"),
    [
        ("id", "pertambangan", "tambang"),
        ("id", "ditambang", "tambang"),
        ("id", "penambangan", "tambang"),
        ("id", "membiayai", "biaya"),
        ("id", "pembiayaan", "biaya"),
        ("id", "menyalurkan", "salur"),
        ("id", "pengolahan", "olah"),
        ("id", "dilaksanakan", "laksana"),
        ("id", "bukunya", "buku"),
        ("id", "bacalah", "baca"),
        ("ms", "menjana", "jana"),
        ("ms", "memperuntukkan", "untuk"),
        ("ms", "dieksport", "eksport"),
        # a root keeps its letters: -lah of sekolah and masalah is the word's own
        ("id", "sekolah", "sekolah"),
        ("id", "pemerintahan", "pemerintah"),
        ("id", "perusahaannya", "perusahaan"),
        ("id", "menurutnya", "menurut"),
        ("id", "masalah", "masalah"),
        # a Malay root is no Indonesian one
        ("id", "menjana", "menjana"),
    ],
)
def test_the_root_of_a_derived_word(language: str, word: str, expected: str) -> None:
    assert root(word, language) == expected


@pytest.mark.parametrize(
    ("base", "form"),
    [
        ("Εθνική", "Εθνικής"),
        ("Τράπεζα", "Τραπεζών"),
        ("επένδυση", "επενδύσεις"),
        ("υπουργός", "υπουργού"),
        ("υπουργός", "υπουργοί"),
        ("πρόγραμμα", "προγράμματος"),
        ("Αθήνα", "Αθηνών"),
        ("κυβέρνηση", "κυβερνήσεων"),
    ],
)
def test_a_greek_base_form_and_its_case_form_share_a_key(base: str, form: str) -> None:
    assert base_key(fold(base), "el") in word_keys(fold(form), "el")


@pytest.mark.parametrize(("base", "other"), [("κράτος", "κρατήσεις"), ("πόλη", "πολιτική")])
def test_a_greek_word_that_begins_alike_is_no_case_form(base: str, other: str) -> None:
    assert base_key(fold(base), "el") not in word_keys(fold(other), "el")


def test_a_root_key_is_only_a_page_of_its_language() -> None:
    """An English page writing "pertambangan" is not keyed: only pages stored in
    Indonesian or Malay are."""
    assert "\U000f0000idtambang" in search_text("pertambangan nikel", "id").split()
    assert "\U000f0000idtambang" not in search_text("pertambangan nickel", "en").split()


def test_a_watchlist_follows_the_roots() -> None:
    """A digest's watchlist matches as search does."""
    assert matches(parse_query("tambang"), Document.of("Izin pertambangan dicabut", None, "id"))
    assert matches(parse_query("Τράπεζα"), Document.of("Κέρδη της Τράπεζας", None, "el"))
    assert not matches(parse_query("tambang"), Document.of("Izin pertambangan", None, "en"))


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0096: an archive indexed before finds the roots' and Greek case forms once
    opened."""
    with upgraded_archive(
        tmp_path, PAGES, PUBLISHED, lambda text: search_text(text, "en"), "0095"
    ) as upgraded:
        assert hit_sites(upgraded, "tambang") == [JAKARTA]
        assert hit_sites(upgraded, "Εθνική") == [ATHENS]


def test_the_snippet_marks_the_derived_word() -> None:
    """A root's derived form is marked in the snippet of an Indonesian page: its key is no
    beginning of it."""
    text = "Gubernur mencabut izin pertambangan nikel di pulau itu."
    query = query_tokens("tambang", case_languages=frozenset({"id"}))
    assert "[pertambangan]" in snippet(text, [query], ("[", "]"), language="id")
    assert "[" not in snippet(text, [query], ("[", "]"), language="en")
