"""A Hebrew abbreviation is found with its gershayim or without them, either way round: ``צהל``,
``ארהב``, ``מנכל`` typed plainly find ``צה״ל``, ``ארה"ב``, ``מנכ״ל`` (newcomer 50a, finding 3:
they found nothing), and ``צה"ל`` finds a page writing ``צהל``; with a prefix too (``בצהל``,
``וארה"ב``).  A Hebrew prefix joined by a hyphen to a Latin word or a number is sought as the
word (``ה-IDE``, ``ב-2026``, ``ל-Nvidia``).  The joined words are a Hebrew page's only: an
Arabic page's words stay as they were.  Migration 0106 indexes an older archive again.  Both
backends.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper import searchtext
from clipper.gershayim import marks_joined, unprefixed
from clipper.searchtext import search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive
from tests.test_search_hebrew_abbreviations import ARMY, PUBLISHED, TRADE
from tests.test_search_prefixes import sites

PLAIN = "hadashot-kalot.example"
WATER = "mayim-news.example"
PAGES = {
    "army.html": (
        "he",
        f"https://{ARMY}/news/drill",
        "דובר צה״ל: תרגיל גדול בצפון",
        ["דובר צה״ל אמר הבוקר כי התרגיל יימשך שלושה ימים, ומנכ״לית החברה אישרה את הסגירה."],
    ),
    "trade.html": (
        "he",
        f"https://{TRADE}/economy/exports",
        'היצוא לארה"ב עלה',
        ['היצוא לארה"ב עלה ברבעון האחרון, כך נמסר ממשרד הכלכלה ומנכ"ל הרשות.'],
    ),
    # written without the marks, as many writers type them
    "plain.html": (
        "he",
        f"https://{PLAIN}/news/reserve",
        "מילואימניקים בצהל יקבלו מענק",
        ["משרד הביטחון הודיע כי המילואימניקים בצהל יקבלו מענק נוסף, ומנכל המשרד חתם על ההחלטה."],
    ),
    "water.html": (
        "he",
        f"https://{WATER}/tech/desal",
        "ה-IDE תקים מתקן התפלה חדש",
        ["חברת ה-IDE זכתה במכרז, והמתקן יפעל ב-2028 לפי התוכנית של רשות המים."],
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("gersh"), PAGES, PUBLISHED)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # typed without the marks: the pages writing them, and the one that does not
        ("צהל", [ARMY, PLAIN]), ("ארהב", [TRADE]), ("מנכל", [PLAIN, TRADE]),
        # with a prefix: the word itself is sought too, as any prefixed query word is
        ("ומנכלית", [ARMY]), ("בצהל", [ARMY, PLAIN]),
        # typed with them: the page writing them without too
        ('צה"ל', [ARMY, PLAIN]), ("צה״ל", [ARMY, PLAIN]), ('מנכ"ל', [PLAIN, TRADE]),
        ('בצה"ל', [ARMY, PLAIN]), ('וארה"ב', [TRADE]),
        # in a phrase
        ('"דובר צהל"', [ARMY]), ('"המילואימניקים בצה"ל"', [PLAIN]),
        # a prefix joined by a hyphen to a Latin word or a number
        ("ה-IDE", [WATER]), ("ל-IDE", [WATER]), ("IDE", [WATER]), ("ב-2028", [WATER]),
    ],
)  # fmt: skip
def test_an_abbreviation_is_found_with_or_without_its_marks(
    archive: Any, query: str, expected: list[str]
) -> None:
    assert sites(archive, query) == sorted(expected), query


def test_marks_joined_and_unprefixed() -> None:
    assert marks_joined('צה״ל וארה"ב, ג׳ורג׳') == "צהל וארהב, גורג׳"
    assert marks_joined('אמר: "כן"') is None  # quotation marks, not between two letters
    assert marks_joined('He said "yes"') is None
    assert unprefixed("ה-IDE") == "IDE"
    assert unprefixed("ב-2026") == "2026"
    assert unprefixed("ל-Nvidia") == "Nvidia"
    assert unprefixed("Tel-Aviv") is None
    assert unprefixed("בית-ספר") is None  # a Hebrew compound keeps its hyphen


def test_only_a_hebrew_page_holds_the_joined_words() -> None:
    assert "צהל" in search_text("דובר צה״ל אמר", "he").split()
    assert "צהל" in search_text("דובר צה״ל אמר", None).split()
    assert "צהל" not in search_text("دبابات צה״ל", "ar").split()


def _as_before(value: str) -> str:
    """A search text as clipper indexed it before migration 0106: no joined abbreviations."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(searchtext, "marks_joined", lambda text: None)
        return search_text(value)


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0106: an archive indexed before finds an abbreviation typed plainly."""
    pages = {"army.html": PAGES["army.html"]}
    with upgraded_archive(tmp_path, pages, PUBLISHED, _as_before, "0105") as upgraded:
        assert hit_sites(upgraded, "צהל") == [ARMY]
