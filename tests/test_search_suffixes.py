"""Arabic and Hebrew search find a word with its suffixes: a plural (``محطة`` finds ``محطات``,
``مهندس`` ``المهندسون``), a possessive pronoun (``حكومة`` finds ``حكومتها``, ``בית`` ``ביתו``)
and the Hebrew construct form (``הנהלה`` finds ``הנהלת``), and the reverse, on both backends;
a word whose last letters are its own keeps them (``قانون`` is not found by ``قان``,
``عشرين`` "twenty" not by ``عشر`` "ten", ``שבת`` not by ``שבה``).  clipper.prefixes.stem,
migration 0061.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.digest.matching import Document, matches
from clipper.search import search
from clipper.searchquery import parse_query
from tests.searchpages import stored_archive, upgraded_archive
from tests.test_search_prefixes import _before_0054

GRID = "shabaka-yawm.example"
VILLAGE = "qarya-news.example"
PORT = "namal-haifa.example"
SHABBAT = "shabbat-post.example"
BUDGET = "knesset-kesafim.example"
PUBLISHED = "2026-12-04T09:00:00+03:00"
PAGES = {
    "grid.html": (
        "ar",
        f"https://{GRID}/local/power",
        "محطات الكهرباء تعود إلى العمل في المدينة",
        [
            "أعلنت البلدية أن محطات الكهرباء عادت إلى العمل، وقال المهندسون إن لقاحات الأطفال "
            "وصلت إلى المستشفى أمس.",
            "وأكد رئيسها أن حكومتها تدعم العائلات وأن بلادنا تحتاج إلى خطة جديدة.",
        ],
    ),
    "village.html": (
        "ar",
        f"https://{VILLAGE}/economy/olives",
        "قانون جديد لحماية زيتون القرى",
        [
            "أقر المجلس قانون حماية الزيتون بعد عشرين عاما من النقاش، ويشمل مليون شجرة.",
            "وستفتح مكتبة القرية أبوابها للمزارعين كل خميس، وعاد كل مزارع إلى بيته قبل المغرب.",
        ],
    ),
    "port.html": (
        "he",
        f"https://{PORT}/news/board",
        "הנהלת הנמל הודיעה על הסכם חדש",
        [
            "הנהלת הנמל הודיעה אתמול כי ממשלת ישראל תממן את שיפוץ ביתו של השומר, וילדיו יקבלו "
            "מלגה.",
        ],
    ),
    "shabbat.html": (
        "he",
        f"https://{SHABBAT}/news/market",
        "השוק ייפתח ביום שבת",
        ["ביום שבת ייפתח השוק, ולפי כתובת המשרד האמת תתברר בקרוב. בערב נראתה קשת מעל הדוכנים."],
    ),
    "budget.html": (
        "he",
        f"https://{BUDGET}/news/budget",
        "ועדת הכספים אישרה את התקציב",
        ["ועדת הכספים אישרה אמש את תקציב שנת הלימודים הבאה."],
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("suffixes"), PAGES, PUBLISHED)


def sites(archive: Archive, query: str) -> list[str]:
    return sorted(hit.site or "" for hit in search(archive, query))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Arabic plurals: the feminine ات of a word in ة, the masculine ون/ين
        ("محطة", [GRID]), ("لقاح", [GRID]), ("مهندس", [GRID]),
        # possessive pronouns, a ة written ت before one
        ("رئيس", [GRID]), ("حكومة", [GRID]), ("بلاد", [GRID]),
        # typed with its suffix, a word finds its other forms
        ("محطات", [GRID]), ("لقاحات", [GRID]), ("مهندسين", [GRID]), ("حكومتها", [GRID]),
        # a phrase of stems
        ('"محطة كهرباء"', [GRID]),
        # Hebrew construct forms and possessive pronouns
        ("הנהלה", [PORT]), ("ממשלה", [PORT]), ("בית", [PORT]), ("ילד", [PORT]),
        ("הנהלת", [PORT]), ('"הנהלה נמל"', [PORT]),
        # a construct of 3 letters, one of a word in ו (הוועדה), "his" on a word not in ة
        ("שנה", [BUDGET]), ("ועדה", [BUDGET]), ("بيت", [VILLAGE]),
    ],
)  # fmt: skip
def test_a_word_is_found_with_its_suffixes(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert sites(archive, query) == sorted(expected), query


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # words whose last letters are their own find their pages...
        ("قانون", [VILLAGE]), ("عشرين", [VILLAGE]), ("مليون", [VILLAGE]), ("زيتون", [VILLAGE]),
        ("مكتبة", [VILLAGE]), ("שבת", [SHABBAT]), ("אמת", [SHABBAT]), ("כתובת", [SHABBAT]),
        ("קשת", [SHABBAT]),
        # ...and the word left without them finds nothing of them
        ("قان", []), ("عشر", []), ("ملي", []), ("زيت", []), ("مكتب", []),
        ("שבה", []), ("אמה", []), ("כתובה", []), ("קשה", []),
    ],
)  # fmt: skip
def test_a_word_whose_last_letters_are_its_own_keeps_them(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert sites(archive, query) == sorted(expected), query


def test_the_digest_and_the_snippet_read_suffixes_as_search_does(archive: Archive) -> None:
    page = Document.of("محطات الكهرباء", "عادت محطات الكهرباء إلى العمل.")
    assert matches(parse_query("محطة"), page)
    assert matches(parse_query("הנהלה"), Document.of("הנמל", "הנהלת הנמל הודיעה."))
    assert not matches(parse_query("عشر"), Document.of("عشرين", "بعد عشرين عاما."))
    hits = {h.site: h for h in search(archive, "הנהלה", marks=("[", "]"))}
    assert "[הנהלת]" in hits[PORT].snippet, hits[PORT].snippet


def test_upgrade_indexes_pages_again_with_their_suffixes(tmp_path: Path) -> None:
    """Migration 0061: an archive indexed without the stems finds the suffixed forms once
    opened."""
    with upgraded_archive(tmp_path, PAGES, PUBLISHED, _before_0054, "0060") as upgraded:
        assert sites(upgraded, "הנהלה") == [PORT]
        assert sites(upgraded, "محطة") == [GRID]


def test_upgrade_to_0063_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0063: an archive at 0062 finds ``ועדת`` and ``بيته`` by their words once
    opened."""
    with upgraded_archive(tmp_path, PAGES, PUBLISHED, _before_0054, "0062") as upgraded:
        assert sites(upgraded, "ועדה") == [BUDGET]
        assert sites(upgraded, "بيت") == [VILLAGE]
