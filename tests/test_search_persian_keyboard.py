"""Persian typed on an Arabic keyboard (newcomer 39): ``ي``/``ى`` for ``ی``, ``ك`` for ``ک``, and
a space or nothing for the half-space (the zero-width non-joiner).  Search folds the letters
and finds a half-space word written with it, without it or with a space, both ways: on the
page (a space before an affix, ``مي شود``, is indexed as the half-space it stands for,
clipper.scripts.persian_affixes_half_spaced; migration 0088) and in the query (a half-space
typed is also sought as a space, ``صادقی‌پور`` as ``صادقی پور``; an affix typed apart is also
sought joined, ``می شود`` as ``میشود``: clipper.searchterms.half_spaced_ways and the query's
grouping, clipper.searchquery).  The copy typed on the Arabic keyboard is not the page shown:
the Persian page is (clipper.ownletters, rule 6).  Every page here is invented."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from click.testing import CliRunner

from clipper import searchtext
from clipper.archive import Archive, open_archive
from clipper.cli import cli
from clipper.config import Config
from clipper.pipeline import dedupe
from clipper.search import search
from clipper.searchquery import fts5_query
from clipper.searchterms import query_tokens
from clipper.searchtext import search_text
from tests.searchpages import stored_archive, upgraded_archive, write_article_pages

PROPER = "shiraz-khabar.example"  # Persian letters, half-spaces
KEYBOARD = "pars-payam.example"  # the same story typed on an Arabic keyboard
JOINED = "bushehr-daily.example"  # another story, its half-spaces left out (joined)
PUBLISHED = "2026-12-04T10:45:00+03:30"

HEAD = "خط دوم قطار شهری شیراز از ماه آینده باز می‌شود"
PARAGRAPHS = [
    "به گفته مدیر پروژه، خط دوم قطار شهری شیراز از نخستین روز ماه آینده به روی مسافران باز "
    "می‌شود و سفرهای روزانه در ساعت‌های اوج آسان‌تر خواهد شد.",
    "مهندس علیرضا صادقی‌پور در گفت‌وگو با خبرنگاران افزود ایستگاه‌ها با پله‌های برقی تازه "
    "تجهیز شده‌اند و سامانه حمل‌ونقل عمومی شهر پس از این بزرگ‌تر می‌شود.",
    "او گفت هزینه ساخت این خط از بودجه شهرداری و کمک دولت تأمین شده و قطارهای تازه تا پایان "
    "سال به ناوگان اضافه می‌شوند.",
]


def arabic_keyboard(value: str) -> str:
    """``value`` as an Arabic keyboard types it: ي for ی, ك for ک, a space for the
    half-space."""
    return value.replace("\u200c", " ").replace("ی", "ي").replace("ک", "ك")


PAGES = {
    "proper.html": ("fa", f"https://{PROPER}/news/824513", HEAD, PARAGRAPHS),
    "keyboard.html": (
        "fa", f"https://{KEYBOARD}/news/2026/12/metro-line-2", arabic_keyboard(HEAD),
        [arabic_keyboard(p) for p in PARAGRAPHS],
    ),
    "joined.html": (
        "fa", f"https://{JOINED}/city/old-bridge", "پل قدیمی بوشهر تا پایان زمستان بازسازی میشود",
        [
            "فرماندار بوشهر گفت پل قدیمی شهر که سال گذشته آسیب دید تا پایان زمستان بازسازی "
            "میشود و عبور خودروهای سنگین از آن ممنوع است.",
            "به گفته او ایستگاهها و پارکینگهای نزدیک پل هم جابهجا میشوند تا ترافیک کمتر شود و کسبه "
            "بازار قدیم زیان نبینند.",
            "کارشناسان شهری میگویند بازسازی این پل برای رونق بندر اهمیت زیادی دارد.",
        ],
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("fa"), PAGES, PUBLISHED)


def _sites(archive: Archive, query: str, variants: bool = True) -> set[str]:
    return {hit.site or "" for hit in search(archive, query, variants=variants)}


@pytest.mark.parametrize(
    ("query", "sites"),
    [
        # the verbal prefix: with the half-space, without it, with a space, quoted or not
        ("می‌شود", {PROPER, KEYBOARD, JOINED}),
        ("میشود", {PROPER, KEYBOARD, JOINED}),
        ("می شود", {PROPER, KEYBOARD, JOINED}),
        ('"می شود"', {PROPER, KEYBOARD, JOINED}),
        ("مي شود", {PROPER, KEYBOARD, JOINED}),  # typed on the Arabic keyboard too
        # the plural suffix
        ("ایستگاه‌ها", {PROPER, KEYBOARD, JOINED}),
        ("ایستگاهها", {PROPER, KEYBOARD, JOINED}),
        ("ایستگاه ها", {PROPER, KEYBOARD, JOINED}),
        # a name and a compound written with a half-space: typed with it or with a space
        ("صادقی‌پور", {PROPER, KEYBOARD}),
        ("صادقی پور", {PROPER, KEYBOARD}),
        ("صادقي‌پور", {PROPER, KEYBOARD}),
        ("حمل‌ونقل", {PROPER, KEYBOARD}),
        ('"سامانه حمل‌ونقل عمومی"', {PROPER, KEYBOARD}),
        # the letters alone
        ("شیراز", {PROPER, KEYBOARD}),
        ("شيراز", {PROPER, KEYBOARD}),
        ("پلكان", set()),
    ],
)
def test_either_keyboard_and_either_half_space_find_either_page(
    archive: Archive, query: str, sites: set[str]
) -> None:
    assert _sites(archive, query) == sites, query


def test_the_persian_page_is_shown_and_search_of_canonicals_finds_the_story(
    archive: Archive,
) -> None:
    """The copy typed on an Arabic keyboard has more words (its spaces split the half-space
    words) and the same publication: the page shown is the one in Persian letters."""
    for query in ("میشود", "صادقی‌پور", "حمل‌ونقل"):
        hits = search(archive, query)
        story = [hit for hit in hits if hit.site in (PROPER, KEYBOARD)]
        assert [(hit.site, hit.title) for hit in story] == [(PROPER, HEAD)], query


def test_the_snippet_marks_the_page_s_own_spelling(archive: Archive) -> None:
    hits = {h.site: h for h in search(archive, "میشود", variants=True, marks=("[", "]"))}
    assert "[مي شود]" in hits[KEYBOARD].snippet, hits[KEYBOARD].snippet
    assert "[می\u200cشود]" in hits[PROPER].snippet, hits[PROPER].snippet
    assert "[میشود]" in hits[JOINED].snippet, hits[JOINED].snippet


def test_query_ways() -> None:
    """A half-space typed is sought joined and as its parts; an affix typed apart as typed
    and joined; two words typed apart at an affix also as the word they make."""
    assert query_tokens("صادقی‌پور").ways[0] == ("صادقيپور",)
    assert ("صادقي", "پور") in query_tokens("صادقی‌پور").ways
    assert query_tokens("می شود").ways == (("مي", "شود"), ("ميشود",))
    assert query_tokens("کیانی پور").ways == (("كياني", "پور"),)  # no affix: as typed
    assert fts5_query("می شود") == '(("مي" AND "شود") OR ("مي شود" OR "ميشود"))'
    assert fts5_query("شیراز مترو") == '("شيراز" AND "مترو")'


def test_a_space_before_an_affix_is_indexed_as_a_half_space() -> None:
    """Joined in the text's words, and apart again after them with the words around it."""
    assert search_text("باز مي شود") == search_text("باز می\u200cشود") == "باز ميشود باز مي شود"
    assert search_text("ایستگاه ها").startswith("ايستگاهها ايستگاه ها")
    # not a word ending in those letters, nor a word standing before a space alone
    assert search_text("مي") == "مي" and search_text("هفت تير") == "هفت تير"


def _as_before(value: str) -> str:
    """A search text as clipper indexed it before migration 0088: a space before an affix
    as a space."""
    with mock.patch.object(searchtext, "persian_affixes_half_spaced", lambda text: text):
        return search_text(value)


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0088: an archive indexed before finds the page typed with spaces for its
    half-spaces by the word joined, once opened."""
    assert "ميشود" not in _as_before(arabic_keyboard(PARAGRAPHS[0]))
    with upgraded_archive(tmp_path, PAGES, PUBLISHED, _as_before, "0087") as upgraded:
        assert _sites(upgraded, "میشود") == {PROPER, KEYBOARD, JOINED}


@pytest.mark.parametrize("order", ["keyboard first", "persian first"])
def test_the_page_shown_is_the_same_in_any_order_and_batch(tmp_path: Path, order: str) -> None:
    """Rule 6's own letters: the same page shown whichever copy was stored first, in one run
    or in two."""
    pages = {name: PAGES[name] for name in ("proper.html", "keyboard.html")}
    names = list(pages) if order == "persian first" else list(reversed(pages))
    for split in (False, True):
        db = tmp_path / f"{order}-{split}.db".replace(" ", "-")
        archive = open_archive(str(db))
        try:
            if split:
                for name in names:
                    folder = write_article_pages(tmp_path / f"{db.stem}-{name}",
                                                 {name: pages[name]}, PUBLISHED)
                    dedupe(archive, [str(folder / name)], Config(workers=1))
            else:
                folder = write_article_pages(tmp_path / db.stem, pages, PUBLISHED)
                dedupe(archive, [str(folder / n) for n in names], Config(workers=1))
        finally:
            archive.close()
        result = CliRunner().invoke(cli, ["clusters", "--db", str(db), "--json"])
        assert result.exit_code == 0, result.output
        (cluster,) = [json.loads(line) for line in result.output.splitlines()]
        assert cluster["size"] == 2 and cluster["title"] == HEAD, (order, split, cluster)
