"""A query word typed with Vietnamese marks finds that word on a Vietnamese page, not every word
of its letters (newcomer 47b: ``tỷ``, "billion", found a page saying only ``công ty``,
"company"; ``Hà`` found ``Hạ Long``): clipper.tonemarks, migration 0096, on SQLite and
PostgreSQL alike and in a digest's watchlist; typed without marks it finds every form, and
other languages' pages fold accents as before.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.digest.matching import Document, matches
from clipper.searchquery import parse_query
from clipper.searchterms import query_tokens
from clipper.searchtext import search_text
from clipper.snippets import snippet
from clipper.tonemarks import toned_key
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

FACTORY = "tin-binh-duong.example"
BUDGET = "kinh-te-thu-do.example"
BAY = "du-lich-quang-ninh.example"
PARIS = "quotidien-seine.example"
LONDON = "asia-desk.example"
PUBLISHED = "2026-12-05T09:00:00+07:00"
PAGES = {
    "nha-may.html": (
        "vi",
        f"https://{FACTORY}/kinh-te/nha-may",
        "Công ty dệt may mở thêm nhà máy mới",
        ["Một công ty dệt may tuyển thêm ba nghìn công nhân cho nhà máy mới ở Thủ Dầu Một."],
    ),
    "ngan-sach.html": (
        "vi",
        f"https://{BUDGET}/tai-chinh/ngan-sach",
        "Hà Nội chi 5 tỷ đồng sửa cầu",
        ["Thành phố Hà Nội sẽ chi 5 tỷ đồng để sửa cây cầu cũ trong mùa khô."],
    ),
    "vinh.html": (
        "vi",
        f"https://{BAY}/du-lich/vinh",
        "Hạ Long đón khách cuối tuần",
        ["Vịnh Hạ Long đón hơn ba vạn khách trong hai ngày cuối tuần."],
    ),
    "cafe.html": (
        "fr",
        f"https://{PARIS}/ville/cafe",
        "Un café rouvre près de la gare",
        ["Le cafe du coin rouvre lundi, et son patron part en voyage à Ha Long."],
    ),
    "asia.html": (
        "en",
        f"https://{LONDON}/asia/hanoi",
        "Ha Noi bridge repairs approved",
        ["The city of Hà Nội approved the repairs, officials at the company said."],
    ),
}
# query → the sites it finds, on either backend
EXPECTED = [
    # typed with marks: that word on a Vietnamese page, its letters on any other
    ("tỷ", [BUDGET]),
    ("Hà", [BUDGET, LONDON, PARIS]),
    ("Hạ", [BAY, LONDON, PARIS]),
    ("công", [FACTORY]),
    ("Hà AND cầu", [BUDGET]),
    # typed without: every form
    ("ty", [BUDGET, FACTORY]),
    ("ha", [BAY, BUDGET, LONDON, PARIS]),
    # another language's accents fold as before
    ("café", [PARIS]),
    ("cafe", [PARIS]),
    # a phrase is sought as folded (Known limits)
    ('"Hà Nội"', [BUDGET, LONDON]),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("tones"), PAGES, PUBLISHED)


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_marks_typed_find_the_word_on_vietnamese_pages(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("tỷ", "ty2"), ("Tỷ", "ty2"), ("tý", "ty4"), ("Hà", "ha1"), ("Hạ", "ha5"), ("Đà", "d9a1"),
        ("mặc", "ma56c"), ("ươn", "u8o8n"), ("ty", None), ("Brüssel", None),
    ],
)  # fmt: skip
def test_a_words_key_holds_its_marks(word: str, key: str | None) -> None:
    assert toned_key(word) == key


def test_only_a_vietnamese_page_is_keyed() -> None:
    assert "\U000f0000vity2" in search_text("Chi 5 tỷ đồng", "vi").split()
    assert "\U000f0000vity2" not in search_text("Chi 5 tỷ đồng", "en").split()


def test_a_watchlist_follows_the_marks() -> None:
    """A digest's watchlist matches as search does."""
    assert matches(parse_query("tỷ"), Document.of("Chi 5 tỷ đồng", None, "vi"))
    assert not matches(parse_query("tỷ"), Document.of("Một công ty dệt may", None, "vi"))
    assert matches(parse_query("ty"), Document.of("Một công ty dệt may", None, "vi"))
    assert matches(parse_query("Hà"), Document.of("The city of Ha Noi", None, "en"))


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0096: an archive indexed before seeks ``tỷ`` by its marks once opened."""
    with upgraded_archive(
        tmp_path, PAGES, PUBLISHED, lambda text: search_text(text, "en"), "0095"
    ) as upgraded:
        assert hit_sites(upgraded, "tỷ") == [BUDGET]


def test_the_snippet_marks_the_word_as_typed() -> None:
    """On a Vietnamese page the snippet marks ``tỷ``, not ``ty`` of ``công ty``; typed without
    marks, both."""
    text = "Một công ty xây dựng nhận 5 tỷ đồng để sửa cầu."
    marked = snippet(
        text, [query_tokens("tỷ", case_languages=frozenset({"vi"}))], ("[", "]"), language="vi"
    )
    assert "[tỷ]" in marked and "[ty]" not in marked
    plain = snippet(text, [query_tokens("ty")], ("[", "]"), language="vi")
    assert "[tỷ]" in plain and "[ty]" in plain
