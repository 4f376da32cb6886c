"""An Arabic query finds the same pages on SQLite and on PostgreSQL.  PostgreSQL indexed
Arabic pages with its ``arabic`` (Snowball) stemmer as well as clipper's own stems, so there
``طاقة`` "energy" found ``بطاقة`` "card", ``مكتب`` "office" ``مكتبة`` "library" and ``فكرة``
"idea" ``الفكر`` "thought", which SQLite's index never matched; Arabic pages are now indexed
as ``simple`` there (clipper.backends.postgresql.CONFIGS, migration 0060).  Every page here is
invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from clipper.archive import Archive, open_archive
from clipper.search import search
from tests.searchpages import stored_archive

LIBRARY = "maktaba-news.example"
ENERGY = "taqa-daily.example"
PUBLISHED = "2026-12-04T09:00:00+03:00"
PAGES = {
    "library.html": (
        "ar",
        f"https://{LIBRARY}/city/library-card",
        "بطاقة مجانية لكل قارئ في مكتبة المدينة",
        [
            "أعلنت مكتبة المدينة أن بطاقة الاشتراك ستصبح مجانية لكل قارئ، وهي فكرة طرحها "
            "المجلس البلدي في جلسته الأخيرة.",
            "وقالت المديرة إن المكتبة ستفتح أبوابها مساء كل خميس.",
        ],
    ),
    "energy.html": (
        "ar",
        f"https://{ENERGY}/economy/tariffs",
        "وزارة الطاقة تراجع أسعار الكهرباء",
        [
            "قالت وزارة الطاقة إن مكتب الوزير ناقش أمس أسعار الكهرباء مع الشركات، وإن الفكر "
            "الاقتصادي في الحكومة تغير منذ العام الماضي.",
            "ويتوقع الخبراء أن تنخفض الأسعار في الربيع.",
        ],
    ),
}
# query → the sites it finds, on either backend
EXPECTED = [
    # one word stands for another in PostgreSQL's arabic stemmer only
    ("طاقة", [ENERGY]), ("بطاقة", [LIBRARY]), ("مكتب", [ENERGY]), ("مكتبة", [LIBRARY]),
    ("فكرة", [LIBRARY]), ("فكر", [ENERGY]),
    # clipper's own stems (the article, a preposition): on both
    ("مدينة", [LIBRARY]), ("كهرباء", [ENERGY]), ("اسعار", [ENERGY]),
    ('"بطاقة الاشتراك"', [LIBRARY]),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("alike"), PAGES, PUBLISHED)


def sites(archive: Archive, query: str) -> list[str]:
    return sorted(hit.site or "" for hit in search(archive, query))


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_an_arabic_query_finds_the_same_pages_on_both_backends(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert sites(archive, query) == sorted(expected), query


@pytest.mark.postgresql
def test_upgrade_indexes_postgresql_arabic_pages_again(pg_url: str, tmp_path: Path) -> None:
    """Migration 0060: Arabic pages stored under the ``arabic`` configuration are indexed
    again as ``simple`` (before, this clipper found none of them: no query is made for a
    configuration it no longer gives)."""
    for opened in stored_archive(pg_url, tmp_path, PAGES, PUBLISHED):
        with opened.engine.begin() as connection:
            connection.execute(
                text(
                    "UPDATE pages SET search_config = 'arabic'::regconfig, search_vector = "
                    "search_vector || setweight(to_tsvector('arabic', text), 'B')"
                )
            )
            connection.execute(text("UPDATE alembic_version SET version_num = '0059'"))
        assert sites(opened, "بطاقة") == []  # stale: indexed as an older clipper did
    upgraded = open_archive(pg_url)
    try:
        with upgraded.engine.connect() as connection:
            configs = connection.execute(text("SELECT DISTINCT search_config::text FROM pages"))
            assert configs.scalars().all() == ["simple"]
        for query, expected in EXPECTED:
            assert sites(upgraded, query) == sorted(expected), query
    finally:
        upgraded.close()
