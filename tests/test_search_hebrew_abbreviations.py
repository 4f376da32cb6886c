"""A Hebrew abbreviation typed with the keyboard's ``"`` for its gershayim (``צה"ל``,
``ארה"ב``, ``מנכ"ל``) is a word to search for, not an unclosed quote: the query parser stopped
every such search with "unclosed quote" (found by bench/search_latency.py --script hebrew,
whose wordfreq words hold them).  A ``"`` between two Hebrew letters is the abbreviation's
(clipper.searchquery._is_gershayim), in a word or inside a phrase; the page's ``״`` or ``"``
is read as before.  Both backends.  Every page here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from clipper.searchquery import QueryError, Term, parse_query
from tests.searchpages import stored_archive
from tests.test_search_prefixes import sites

ARMY = "dover-yomi.example"
TRADE = "sachar-hutz.example"
PUBLISHED = "2026-12-04T09:00:00+03:00"
PAGES = {
    "army.html": (
        "he",
        f"https://{ARMY}/news/drill",
        "דובר צה״ל: תרגיל גדול בצפון",
        ["דובר צה״ל אמר הבוקר כי התרגיל יימשך שלושה ימים, ומנכ\"ל החברה אישר את הסגירה."],
    ),
    "trade.html": (
        "he",
        f"https://{TRADE}/economy/exports",
        "היצוא לארה\"ב עלה",
        ["היצוא לארה\"ב עלה ברבעון האחרון, כך נמסר ממשרד הכלכלה."],
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("abbr"), PAGES, PUBLISHED)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('צה"ל', [ARMY]), ("צה״ל", [ARMY]), ('ארה"ב', [TRADE]), ('מנכ"ל', [ARMY]),
        ('"דובר צה"ל אמר"', [ARMY]), ('צה"ל OR ארה"ב', [ARMY, TRADE]),
        ('ארה"ב NOT צה"ל', [TRADE]),
    ],
)  # fmt: skip
def test_an_abbreviation_typed_with_a_quote_is_searched(
    archive: Any, query: str, expected: list[str]
) -> None:
    assert sites(archive, query) == sorted(expected), query


def test_a_quote_elsewhere_is_still_a_quote() -> None:
    assert parse_query('"דובר צה"ל"') == Term('דובר צה"ל', phrase=True)
    assert parse_query('צה"ל') == Term('צה"ל')
    with pytest.raises(QueryError, match="unclosed quote"):
        parse_query('"דובר')
    with pytest.raises(QueryError, match="unclosed quote"):
        parse_query('strike"harbour')
