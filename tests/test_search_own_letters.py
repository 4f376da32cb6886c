"""An Arabic or Hebrew word whose first letters are its own keeps them in search (session 28's
wrong stems): ``وزير`` "minister" is no ``و`` + ``زير``, ``بلدية`` no ``ب`` + ``لديه``, ``بنان``
no ``ب`` + ``نان``, ``كبار`` no ``ك`` + ``بار``, ``שבת`` no ``ש`` + ``בת``, ``מבנה`` no ``מ`` +
``בנה``, ``מלך`` no ``מ`` + ``לך``, and ``وزارتها`` is ``وزارة`` + ``ها``, not ``و`` +
``زارتها``.  The rule: a word written with the article (``الوزير``, ``השבת``) begins with its
own letters (clipper.prefixes._own_from).  Prefixed forms are still found (``במבנה``,
``والوزير``).  Both backends; migration 0062.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper import prefixes
from clipper.archive import Archive
from clipper.digest.matching import Document, matches
from clipper.prefixes import stem
from clipper.searchquery import parse_query
from clipper.searchtext import search_text
from tests.searchpages import stored_archive, upgraded_archive
from tests.test_search_prefixes import sites

FARM = "zira3a-yawm.example"
MARKET = "shuk-hadash.example"
PUBLISHED = "2026-12-04T09:00:00+03:00"
PAGES = {
    "farm.html": (
        "ar",
        f"https://{FARM}/local/visit",
        "وزير الزراعة يزور بلدية الوادي",
        [
            "زار وزير الزراعة بلدية الوادي صباح أمس، وقالت رئيسة الجمعية إن وزارتها ستدعم "
            "صغار المزارعين وكبار السن.",
            "وأشار المهندس بنان الخطيب إلى أن والوزير وعد بخطة للري.",
        ],
    ),
    "market.html": (
        "he",
        f"https://{MARKET}/city/opening",
        "מלך הפלאפל פותח דוכן במבנה הישן",
        ["ביום שבת יפתח מלך הפלאפל דוכן חדש במבנה הישן ליד התחנה."],
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("own"), PAGES, PUBLISHED)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # the words find their pages, a prefixed form of them too (والوزير, במבנה)...
        ("وزير", [FARM]), ("بلدية", [FARM]), ("بنان", [FARM]), ("كبار", [FARM]),
        ("שבת", [MARKET]), ("מבנה", [MARKET]), ("מלך", [MARKET]),
        # ...a pronoun's form finds its word (وزارتها: وزارة)
        ("وزارة", [FARM]), ("وزارتها", [FARM]),
        # ...and what is left without their first letters finds nothing of them
        ("زير", []), ("لديه", []), ("نان", []), ("بار", []), ("زارة", []),
        ("בת", []), ("בנה", []), ("לך", []),
    ],
)  # fmt: skip
def test_a_word_whose_first_letters_are_its_own_keeps_them(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert sites(archive, query) == sorted(expected), query


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وزير", "وزير"), ("بلديه", "بلديه"), ("بنان", "بنان"), ("كبار", "كبار"),
        ("واحد", "واحد"), ("وزارتها", "وزاره"), ("والوزير", "وزير"), ("بغزه", "غزه"),
        ("שבת", "שבת"), ("בשבת", "שבת"), ("ושבת", "שבת"), ("מבנה", "מבנה"), ("במבנה", "מבנה"),
        ("מלך", "מלך"), ("המלך", "מלך"), ("מכה", "מכה"), ("הרבה", "הרבה"),
        ("ההנהלה", "הנהלה"), ("מהבית", "בית"), ("והממשלה", "ממשלה"),
    ],
)  # fmt: skip
def test_stem_keeps_a_word_written_with_the_article_whole(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_the_digest_reads_them_as_search_does() -> None:
    assert not matches(parse_query("زير"), Document.of("وزير", "وصل وزير المالية."))
    assert matches(parse_query("وزير"), Document.of("والوزير", "وقال والوزير إن."))
    assert not matches(parse_query("בת"), Document.of("שבת", "ביום שבת נפתח."))


def _before_0062(value: str) -> str:
    """The search text of ``value`` as 0061 indexed it: stems without the article check."""
    saved = prefixes.ARTICLE_OWN_ZIPF
    prefixes.ARTICLE_OWN_ZIPF = float("inf")
    prefixes.stem.cache_clear()
    try:
        return search_text(value)
    finally:
        prefixes.ARTICLE_OWN_ZIPF = saved
        prefixes.stem.cache_clear()


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0062: an archive indexed with 0061's stems finds ``وزارة`` in ``وزارتها``, and
    no longer ``زير`` in ``وزير`` nor ``בת`` in ``שבת``, once opened."""
    assert "زير" in _before_0062("زار وزير الزراعة").split()  # what the old index held
    with upgraded_archive(tmp_path, PAGES, PUBLISHED, _before_0062, "0061") as upgraded:
        assert sites(upgraded, "زير") == []
        assert sites(upgraded, "בת") == []
        assert sites(upgraded, "وزارة") == [FARM]
