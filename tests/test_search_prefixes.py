"""Arabic and Hebrew search find a word with its attached prefixes (newcomer 27, finding 5):
``صهاريج`` missed ``الصهاريج``, ``محطات`` ``المحطات``, ``كهرباء`` ``والكهرباء``, Hebrew ``הנהלה``
``ההנהלה``.  The index holds each word and, after the page's words, the same words without
their article, conjunctions and prepositions (clipper.prefixes, clipper.searchtext
.with_stems); a query matches as typed or stemmed, on both backends, phrases too.  A word whose
first letters are its own (``لبنان``, ``كامل``, ``מדינה``, ``בחירות``) keeps them: it finds its
pages, and the word left without them does not.  Migration 0054 indexes stored pages again.
Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.digest.matching import Document, matches
from clipper.prefixes import stem
from clipper.search import search
from clipper.searchquery import parse_query
from clipper.searchtext import search_text
from tests.searchpages import stored_archive, upgraded_archive

WATER = "sahil-akhbar.example"
TOWN = "madina-yawm.example"
NORTH = "shamal-post.example"
HEBREW = "haifa-yomi.example"
PUBLISHED = "2026-12-04T09:00:00+03:00"
PAGES = {
    "water.html": (
        "ar",
        f"https://{WATER}/local/tankers",
        "البلدية ترسل الصهاريج إلى الأحياء الشرقية",
        [
            "أرسلت البلدية أمس عشرين من الصهاريج إلى الأحياء الشرقية بعد توقف المحطات عن الضخ "
            "لانقطاع التيار، وقالت إن والكهرباء ستعود خلال يومين بحسب الشركة.",
            "ودعت السكان إلى ترشيد الاستهلاك، وأكدت أن الفرق تعمل بالكامل على إصلاح الأعطال "
            "بغزة وبالمدن المجاورة.",
        ],
    ),
    "town.html": (
        "ar",
        f"https://{TOWN}/politics/council",
        "مجلس المدينة يناقش فكرة توسيع الحدائق",
        [
            "ناقش مجلس المدينة فكرة توسيع الحدائق العامة، وقدم كل عضو رأيه في جلسة استمرت "
            "ساعات بشكل كامل، وقال رئيس اللجنة إن لبنان شارك في تمويل الدراسة.",
            "وأضاف أن بطاقة الدخول إلى الحدائق ستبقى مجانية لكل طفل وولد في المدينة.",
        ],
    ),
    "north.html": (
        "ar",
        f"https://{NORTH}/sport/league",
        "كرة السلة: فريق الشمال يعود إلى الصدارة",
        [
            "عاد فريق الشمال إلى صدارة دوري كرة السلة بعد فوزه أمس، وقال المدرب إن أمل "
            "اللاعبين كبير في اللقب هذا الموسم.",
            "وتعمل محطات توليد التيار في المدينة على تشغيل أضواء الملعب ليلا.",
        ],
    ),
    "hebrew.html": (
        "he",
        f"https://{HEBREW}/news/port",
        "ההנהלה של הנמל הודיעה על הסכם חדש עם העובדים",
        [
            "ההנהלה של הנמל בחיפה הודיעה אתמול על הסכם חדש, ושר התחבורה אמר שהממשלה תממן את "
            "הרחבת המזח.",
            "לפי ההודעה, העבודות יתחילו בחודש הבא ויימשכו כשנה, והמדינה תשלם את רובן.",
        ],
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(
        module_db_url, tmp_path_factory.mktemp("prefixes"), PAGES, PUBLISHED
    )


def sites(archive: Archive, query: str) -> list[str]:
    return sorted(hit.site or "" for hit in search(archive, query))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # the bare word finds its forms with the article, a conjunction, a preposition
        ("صهاريج", [WATER]), ("محطات", [NORTH, WATER]), ("كهرباء", [WATER]),
        ("غزة", [WATER]), ("مدن", [WATER]), ("كامل", [TOWN, WATER]),
        # typed with a prefix, the word finds its bare form and its other forms
        ("المحطات", [NORTH, WATER]), ("والصهاريج", [WATER]),
        # a phrase, its words written with or without their prefixes
        ('"الصهاريج الى الاحياء"', [WATER]), ('"صهاريج الى احياء"', [WATER]),
        ('"محطات توليد"', [NORTH]),
        # Hebrew: the article and the one-letter prefixes
        ("הנהלה", [HEBREW]), ("ממשלה", [HEBREW]), ("מדינה", [HEBREW]), ("נמל", [HEBREW]),
        ('"הנהלה של נמל"', [HEBREW]), ("הודעה", [HEBREW]),
    ],
)  # fmt: skip
def test_a_word_is_found_with_its_attached_prefixes(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert sites(archive, query) == sorted(expected), query


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # words whose first letters are their own find their pages...
        ("لبنان", [TOWN]), ("فكرة", [TOWN]), ("بطاقة", [TOWN]), ("ولد", [TOWN]),
        ("كرة", [NORTH]), ("امل", [NORTH]),
        # ...and what is left without those letters finds nothing of them, on both backends
        # (PostgreSQL's Arabic stemmer took ب off "بطاقة" before migration 0060)
        ("بنان", []), ("لد", []), ("رة", []), ("طاقة", []),
    ],
)  # fmt: skip
def test_a_word_whose_first_letters_are_its_own_keeps_them(
    archive: Archive, query: str, expected: list[str]
) -> None:
    # "كرة" must not find "فكرة" (town), "امل" not "كامل" (town), "طاقة" not "بطاقة" (town)
    assert sites(archive, query) == sorted(expected), query


def test_the_snippet_marks_the_word_as_the_page_writes_it(archive: Archive) -> None:
    hits = {h.site: h for h in search(archive, "صهاريج", marks=("[", "]"))}
    assert "[الصهاريج]" in hits[WATER].snippet, hits[WATER].snippet
    hits = {h.site: h for h in search(archive, "הנהלה", marks=("[", "]"))}
    assert "[ההנהלה]" in hits[HEBREW].snippet, hits[HEBREW].snippet


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("الصهاريج", "صهاريج"), ("والكهرباء", "كهرباء"), ("بالمدينه", "مدينه"),
        ("للطلاب", "طلاب"), ("للبنان", "لبنان"), ("بغزه", "غزه"), ("وقال", "قال"),
        ("لبنان", "لبنان"), ("كامل", "كامل"), ("فكره", "فكره"), ("بطاقه", "بطاقه"),
        ("ولد", "ولد"), ("بلد", "بلد"), ("فلسطين", "فلسطين"), ("كلام", "كلام"),
        ("منطقه", "منطقه"), ("الله", "الله"), ("وزاره", "وزاره"),
        ("ההנהלה", "הנהלה"), ("שהממשלה", "ממשלה"), ("מהבית", "בית"), ("ההר", "הר"),
        ("מדינה", "מדינה"), ("שלום", "שלום"), ("ביבי", "ביבי"), ("הר", "הר"),
        ("בחירות", "בחירות"), ("לבנון", "לבנון"),
        ("strike", "strike"), ("2026", "2026"),
    ],
)  # fmt: skip
def test_stem_takes_off_prefixes_only(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_text_without_prefixes_is_indexed_as_before() -> None:
    assert search_text("Harbour strike ends") == "harbour strike ends"
    assert search_text("مجلس مدينة") == "مجلس مدينه"  # no word has a prefix: nothing added
    assert search_text("الصهاريج") == "الصهاريج صهاريج"


def test_the_digest_matches_as_search_does() -> None:
    page = Document.of("عودة الصهاريج", "وصلت الصهاريج إلى الأحياء ليلا.")
    assert matches(parse_query("صهاريج"), page)
    assert matches(parse_query('"صهاريج الى"'), page)
    assert not matches(parse_query("بنان"), Document.of("لبنان", "زار لبنان وفد."))
    assert not matches(parse_query("طاقة"), Document.of("بطاقة", "ألغيت بطاقة الدخول."))


def test_upgrade_indexes_arabic_and_hebrew_pages_again(tmp_path: Path) -> None:
    """Migration 0054: an archive whose index holds words with their prefixes only finds the
    bare word once opened."""
    # the index as before: the words as written only (not the stemmed words after them)
    with upgraded_archive(tmp_path, PAGES, PUBLISHED, _before_0054, "0053") as stale:
        assert sorted(hit.site or "" for hit in search(stale, "صهاريج")) == [WATER]
        assert sorted(hit.site or "" for hit in search(stale, "הנהלה")) == [HEBREW]


def _before_0054(value: str | None) -> str:
    """The search text of ``value`` as before migration 0054: its words without the stemmed
    words after them."""
    words = search_text(value).split(" ")
    half = len(words) // 2
    if len(words) % 2 == 0 and words[half:] == [stem(word) for word in words[:half]]:
        words = words[:half]
    return " ".join(words)
