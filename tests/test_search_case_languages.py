"""A query word is sought by its case-form keys (clipper.caseforms) only in the languages the
archive holds pages of (clipper.caselanguages): a Swedish archive's query carries no key, and
finds what it found; a Finnish page stored later makes ``Helsinki`` find ``Helsingissä``
again; an archive upgraded from 0072 notes the languages of the pages it holds (migration
0073).  On SQLite and PostgreSQL.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import text

from clipper.archive import Archive, open_archive
from clipper.caseforms import MARK
from clipper.caselanguages import archive_languages
from clipper.caserules import RULES
from clipper.config import Config
from clipper.pipeline import dedupe
from clipper.searchquery import parse_query
from tests.searchpages import Pages, hit_sites, write_article_pages

PUBLISHED = "2026-12-04T09:00:00+01:00"
# a page of a language keyed by nothing here (English pages are keyed by their singulars since
# migration 0112: clipper.pluralforms)
SWEDISH: Pages = {
    "storm.html": (
        "sv",
        "https://harbour-gazette.example/world/storm",
        "Storm fäller träd i Helsinki",
        ["En nattlig storm fällde dussintals träd i Helsinki, och staden stängde tre parker."],
    ),
}
FINNISH: Pages = {
    "myrsky.html": (
        "fi",
        "https://etelan-sanomat.example/uutiset/myrsky",
        "Myrsky kaatoi puita Helsingissä",
        ["Yöllinen myrsky kaatoi kymmeniä puita Helsingissä, ja kaupunki sulki puistot."],
    ),
}
RUSSIAN: Pages = {
    "most.html": (
        "ru",
        "https://baltiiskii-vestnik.example/novosti/most",
        "В Риге открылся новый мост",
        ["В Риге в субботу открылся новый мост через реку, сообщили в думе города."],
    ),
}


def store(archive: Archive, folder: Path, pages: Pages) -> None:
    dedupe(archive, [str(write_article_pages(folder, pages, PUBLISHED))], Config(workers=1))


def languages(archive: Archive) -> frozenset[str]:
    with archive.engine.connect() as connection:
        return archive_languages(connection)


def keyed_in(archive: Archive, query: str) -> set[str]:
    """The languages whose keys the index query of ``query`` carries on ``archive``."""
    return keyed_by(archive.backend.match_params(parse_query(query), languages(archive)))


def keyed_by(params: dict[str, Any]) -> set[str]:
    """The languages whose keys the bound parameters ``params`` carry (PostgreSQL's lists hold
    the terms' text and whether each is matched as written: ``*_written``, booleans)."""
    written = " ".join(
        " ".join(map(str, value)) if isinstance(value, list) else str(value)
        for value in params.values()
    )
    return {code for code in RULES if MARK + code in written}



def test_an_archive_without_keyed_pages_seeks_no_key(db_url: str, tmp_path: Path) -> None:
    archive = open_archive(db_url)
    try:
        store(archive, tmp_path / "en", SWEDISH)
        assert languages(archive) == frozenset()
        assert keyed_in(archive, "Helsinki") == set()
        # every language's keys when no archive's languages are given (a digest's pages), the
        # roots of Indonesian and Malay too (a root is its own key: "tambang" finds
        # "pertambangan" by it, session 47)
        every = archive.backend.match_params(parse_query("Helsinki"))
        assert keyed_by(every) == {
            "fi", "et", "lt", "lv", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "hu", "tr", "id",
            "ms", "az", "tk", "uz", "en", "fr", "es", "pt", "it", "ca", "de", "nl",
        }  # fmt: skip
        assert hit_sites(archive, "Helsinki") == ["harbour-gazette.example"]
    finally:
        archive.close()


def test_pages_stored_in_a_keyed_language_key_its_queries(db_url: str, tmp_path: Path) -> None:
    archive = open_archive(db_url)
    try:
        store(archive, tmp_path / "en", SWEDISH)
        store(archive, tmp_path / "fi", FINNISH)
        assert languages(archive) == {"fi"}
        assert keyed_in(archive, "Helsinki") == {"fi"}
        assert hit_sites(archive, "Helsinki") == [
            "etelan-sanomat.example",
            "harbour-gazette.example",
        ]
        assert hit_sites(archive, "Рига") == []
        store(archive, tmp_path / "ru", RUSSIAN)
        assert languages(archive) == {"fi", "ru"}
        assert keyed_in(archive, "Рига") == {"ru"}
        assert keyed_in(archive, "Helsinki") == {"fi"}
        assert hit_sites(archive, "Рига") == ["baltiiskii-vestnik.example"]
        assert hit_sites(archive, "Helsinki AND puistot") == ["etelan-sanomat.example"]
    finally:
        archive.close()


def test_an_upgrade_notes_the_languages_of_the_pages_held(db_url: str, tmp_path: Path) -> None:
    """An archive indexed by 0072's clipper holds keyed pages and no rows: the upgrade reads
    its pages' languages once; without the rows, the case form is not found."""
    archive = open_archive(db_url)
    store(archive, tmp_path / "pages", {**SWEDISH, **FINNISH})
    with archive.engine.begin() as connection:
        connection.execute(text("DELETE FROM meta WHERE key LIKE 'case_forms:%'"))
    assert hit_sites(archive, "Helsinki") == ["harbour-gazette.example"]
    with archive.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0072'"))
    archive.close()
    upgraded = open_archive(db_url)
    try:
        assert languages(upgraded) == {"fi"}
        assert hit_sites(upgraded, "Helsinki") == [
            "etelan-sanomat.example",
            "harbour-gazette.example",
        ]
    finally:
        upgraded.close()
