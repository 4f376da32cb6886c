"""A Hebrew or Arabic query word whose prefix-stripped form is a function word is not sought by
that form (session 51): ``מאת`` ("by", "from") stems to ``את``, the object marker nearly every
Hebrew sentence holds, and found every page; ``ואת``, ``כאשר`` likewise; Arabic's ``والتي``
(``التي``), ``وكان`` (``كان``), ``بهذا`` (``هذا``), ``وعلى`` (``على``, folded ``علي``, which is
also the name Ali).  Such a word is found as typed.  A content word is still sought by its
stem: ``טבע`` finds ``לטבע`` and ``ובטבע``, ``לטבע`` finds ``טבע``, ``مطار`` finds
``والمطار``.  Every page here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from clipper.archive import Archive
from clipper.digest.matching import Document, matches
from clipper.prefixes import function_word, query_stem, stem
from clipper.searchquery import parse_query
from clipper.searchtext import fold
from tests.searchpages import hit_sites, stored_archive

LETTER = "michtav-haifa.example"  # "מאת" and "את"
MARKER = "yoman-akko.example"  # "את" only
NATURE = "teva-galil.example"  # "לטבע", "ובטבע"
PLAIN = "shfela-news.example"  # "טבע" bare
WHICH = "madina-akhbar.example"  # "والتي", "وكان", "بهذا", "وعلى"
ALI = "sahil-yawm.example"  # "التي", "كان", "هذا", "على" bare
AIRPORT = "janub-post.example"  # "والمطار"
PUBLISHED = "2026-12-05T09:00:00+02:00"
PAGES = {
    "letter.html": (
        "he",
        f"https://{LETTER}/city/letter",
        "מכתב מאת ראש העיר לתושבי השכונה",
        [
            "ראש העיר שלח אתמול מכתב מאת לשכתו לכל תושבי השכונה, ובו הסביר את לוח הזמנים "
            "של עבודות הכביש החדש.",
        ],
    ),
    "marker.html": (
        "he",
        f"https://{MARKER}/port/boats",
        "הדייגים סיימו את העונה בנמל",
        [
            "הדייגים בנמל עכו סיימו את העונה השבוע, והעירייה פתחה את המזח לסירות הקטנות עד "
            "סוף החודש.",
        ],
    ),
    "nature.html": (
        "he",
        f"https://{NATURE}/green/reserve",
        "שמורה חדשה בגליל",
        [
            "הרשות הודיעה על שמורה חדשה שתוקדש לטבע המקומי, ובטבע של הגליל יגדלו עוד אלפי "
            "עצים בשנים הבאות.",
        ],
    ),
    "plain.html": (
        "he",
        f"https://{PLAIN}/science/wetlands",
        "מחקר על ביצות בשפלה",
        ["החוקרים מצאו כי טבע הביצות בשפלה השתנה מאוד בעשור האחרון בגלל הבנייה."],
    ),
    "which.html": (
        "ar",
        f"https://{WHICH}/city/bridge",
        "افتتاح الجسر الجديد في المدينة",
        [
            "افتتح المحافظ الجسر الجديد والتي استغرقت أعماله عامين، وكان السكان ينتظرون بهذا "
            "اليوم طويلا وعلى الطريق مئات السيارات.",
        ],
    ),
    "ali.html": (
        "ar",
        f"https://{ALI}/sport/club",
        "علي يقود النادي إلى الفوز",
        [
            "قاد علي النادي إلى الفوز في المباراة التي أقيمت أمس، فقد كان هذا الفوز الأول على "
            "الفريق المنافس منذ عامين.",
        ],
    ),
    "airport.html": (
        "ar",
        f"https://{AIRPORT}/travel/airport",
        "توسعة صالة الركاب",
        ["بدأت أعمال توسعة صالة الركاب والمطار يستقبل الرحلات كالمعتاد خلال الأشغال."],
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(
        module_db_url, tmp_path_factory.mktemp("function-words"), PAGES, PUBLISHED
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # a word whose stem is a function word: found as typed only
        ("מאת", [LETTER]), ("ואת", []), ("כאשר", []),
        ("والتي", [WHICH]), ("وكان", [WHICH]), ("بهذا", [WHICH]), ("وعلى", [WHICH]),
        # the function word itself still finds the pages writing it bare
        ("את", [LETTER, MARKER]),
        # a content word: sought by its stem, and found with its prefixes
        ("טבע", [NATURE, PLAIN]), ("לטבע", [NATURE, PLAIN]), ("ובטבע", [NATURE, PLAIN]),
        ("مطار", [AIRPORT]), ("والمطار", [AIRPORT]), ("بالمطار", [AIRPORT]),
    ],
)  # fmt: skip
def test_a_prefixed_function_word_is_not_sought_by_its_stem(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


def test_the_snippet_marks_the_word_typed_not_its_stem(archive: Archive) -> None:
    from clipper.search import search

    hits = {h.site: h for h in search(archive, "מאת", marks=("[", "]"))}
    shown = hits[LETTER].snippet
    assert "[מאת]" in shown, shown
    assert "[את]" not in shown, shown


@pytest.mark.parametrize(
    ("word", "kept"),
    [
        # Hebrew: ו, מ, כ, ש before a function word
        ("מאת", "מאת"), ("ואת", "ואת"), ("כאשר", "כאשר"), ("שאין", "שאין"),
        # Arabic: و, ب, ل, ف, and the article, before a function word
        ("والتي", "والتي"), ("وكان", "وكان"), ("فكان", "فكان"), ("بهذا", "بهذا"),
        ("لهذا", "لهذا"), ("بالتي", "بالتي"), ("ولذلك", "ولذلك"),
        # content words keep their stems
        ("לטבע", "טבע"), ("ובטבע", "טבע"), ("ההנהלה", "הנהלה"), ("ביום", "יום"),
        ("والمطار", "مطار"), ("بغزة", "غزه"), ("للبنان", "لبنان"), ("الصهاريج", "صهاريج"),
    ],
)  # fmt: skip
def test_query_stem_keeps_a_word_whose_stem_is_a_function_word(word: str, kept: str) -> None:
    folded = fold(word)
    assert query_stem(folded) == fold(kept), word
    # the index's stem is unchanged: a page's "מאת" is still indexed with "את" after it
    if query_stem(folded) == folded:
        assert stem(folded) != folded and function_word(stem(folded), _script(folded))


def _script(word: str) -> str:
    return "hebrew" if "\u05d0" <= word[0] <= "\u05ea" else "arabic"


def test_the_digest_matches_as_search_does() -> None:
    marker = Document.of("הדייגים סיימו את העונה", "העירייה פתחה את המזח לסירות.")
    assert not matches(parse_query("מאת"), marker)
    assert matches(parse_query("מאת"), Document.of("מכתב מאת ראש העיר", "נשלח אתמול."))
    assert matches(parse_query("טבע"), Document.of("שמורה", "שמורה שתוקדש לטבע המקומי."))
