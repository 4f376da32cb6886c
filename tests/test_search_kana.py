"""Hiragana and katakana find each other (newcomer 38, finding 7): outlets write a brand or a
ship's name in either kana (さざなみ丸 / サザナミ丸), and a query typed in one missed pages
writing the other, as did half-width katakana (ｻｸﾗ) of a name written in hiragana (さくら).
Katakana folds to hiragana in the index and in queries (clipper.kanafold), on both backends;
snippets mark the page's own text; migration 0085 indexes stored pages again.  Every page here
is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.kanafold import hiragana
from clipper.search import search
from clipper.searchterms import query_tokens
from clipper.searchtext import search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

HIRAGANA_SHIP = "setouchi-shimbun.example"
KATAKANA_SHIP = "kaiun-times.example"
BRAND = "tech-keizai.example"
OTHER = "hokuriku-nippo.example"
PUBLISHED = "2026-12-04T09:00:00+09:00"
PAGES = {
    "hiragana.html": (
        "ja",
        f"https://{HIRAGANA_SHIP}/news/ferry-aground",
        "フェリーさざなみ丸が座礁　乗客は全員無事",
        [
            "4日午前、瀬戸内海を航行していたフェリーさざなみ丸が浅瀬に乗り上げた。",
            "運航会社によると乗客八十人は別の船で港に戻った。",
        ],
    ),
    "katakana.html": (
        "ja",
        f"https://{KATAKANA_SHIP}/maritime/grounding",
        "サザナミ丸の座礁、原因は航路の誤り",
        [
            "海上保安部はサザナミ丸が予定の航路を外れていたとみて調べている。",
            "同社はミライ通訳の多言語案内で外国人客にも状況を伝えた。",
        ],
    ),
    "brand.html": (
        "ja",
        f"https://{BRAND}/companies/sakura-ai",
        "さくらテクノロジー、翻訳サービスを拡大",
        [
            "さくらテクノロジーは4日、自動翻訳サービスの対応言語を増やすと発表した。",
            "同社のみらい事業部が開発を担う。",
        ],
    ),
    "other.html": (
        "ja",
        f"https://{OTHER}/local/snow",
        "北陸で初雪、平年より三日遅く",
        ["気象台によると、4日朝に金沢で初雪を観測した。", "道路の凍結に注意が必要だ。"],
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("kana"), PAGES, PUBLISHED)


@pytest.mark.parametrize("query", ["さざなみ", "サザナミ", "ｻｻﾞﾅﾐ", "さざなみ丸", "サザナミ丸"])
def test_a_name_in_either_kana_finds_both(archive: Archive, query: str) -> None:
    assert hit_sites(archive, query) == sorted([HIRAGANA_SHIP, KATAKANA_SHIP]), query


@pytest.mark.parametrize(
    ("query", "sites"),
    [
        ("みらい", sorted([BRAND, KATAKANA_SHIP])),
        ("ミライ", sorted([BRAND, KATAKANA_SHIP])),
        ("みらい通訳", [KATAKANA_SHIP]),
        ("ｻｸﾗﾃｸﾉﾛｼﾞｰ", [BRAND]),
        ("サクラ", [BRAND]),
    ],
)
def test_half_width_and_full_width_katakana_find_hiragana(
    archive: Archive, query: str, sites: list[str]
) -> None:
    assert hit_sites(archive, query) == sites, query


def test_the_snippet_marks_the_page_s_own_kana(archive: Archive) -> None:
    hits = {h.site: h for h in search(archive, "サザナミ丸", marks=("[", "]"))}
    assert "[さざなみ丸]" in hits[HIRAGANA_SHIP].snippet, hits[HIRAGANA_SHIP].snippet
    assert "[サザナミ丸]" in hits[KATAKANA_SHIP].snippet, hits[KATAKANA_SHIP].snippet


def test_katakana_folds_one_for_one_and_the_long_vowel_mark_stays() -> None:
    assert hiragana("サザナミ丸ヴァヽヾ") == "さざなみ丸ゔぁゝゞ"
    assert hiragana("テクノロジー") == "てくのろじー"
    assert hiragana("ヷ東京ㇰ") == "ヷ東京ㇰ"  # no hiragana letter: as written
    assert search_text("サザナミ") == search_text("さざなみ") == search_text("ｻｻﾞﾅﾐ")
    assert query_tokens("ｻｸﾗ").tokens == query_tokens("さくら").tokens
    # romaji is not read as kana
    assert search_text("Sakura") != search_text("さくら")


def _as_before(value: str) -> str:
    """A search text as clipper indexed it before migration 0085: a text holding katakana
    with its kana as katakana."""
    text = search_text(value)
    if not any("\u30a1" <= char <= "\u30f6" for char in value or ""):
        return text
    return text.translate({code - 0x60: code for code in range(0x30A1, 0x30F7)})


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0085: an archive whose index holds katakana as katakana finds a hiragana
    query's katakana page once opened."""
    with upgraded_archive(tmp_path, PAGES, PUBLISHED, _as_before, "0083") as upgraded:
        assert hit_sites(upgraded, "さざなみ") == sorted([HIRAGANA_SHIP, KATAKANA_SHIP])
