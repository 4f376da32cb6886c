"""Error and notice pages (clipper.notices) are rejected as ``error-page``; short articles that
report something "not found" are not (invented pages in the shapes crawlers save)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage, Rejection
from tests.conftest import build

NAV = '<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>'


def page(title: str, h1: str, paragraphs: list[str], lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="{lang}"><head><title>{title}</title></head><body>{NAV}'
        f"<main><h1>{h1}</h1>{body}</main><footer>© 2026 Harbour Gazette</footer></body></html>"
    )


def clean(html: str, url: str = "https://harbour-gazette.example/news/x") -> Article | Rejection:
    return clean_page(RawPage(origin="p.html", kind="html", body=html, url=url), CleanConfig())


SOFT_404 = page(
    "Page not found | Harbour Gazette",
    "Sorry, we couldn't find that page",
    [
        "The page you are looking for may have been moved, deleted, or possibly never existed. "
        "Please check the address for typing mistakes, or use the search box above.",
        "You can also return to our homepage to read the latest news from the harbour towns.",
    ],
)
ARCHIVE_ERROR = page(
    "Harbour Archive: Error",
    "Harbour Archive",
    ["Exhausted all the mirrors for this item. Item cannot be found.",
     "Browse the collections, search the catalogue or contact the archivists."],
)
GERMAN_404 = page(
    "Seite nicht gefunden – Hafenbote",
    "Fehler 404",
    ["Die von Ihnen gesuchte Seite wurde nicht gefunden. Möglicherweise wurde sie verschoben "
     "oder gelöscht.",
     "Nutzen Sie die Suche oder kehren Sie zur Startseite zurück."],
    lang="de",
)


@pytest.mark.parametrize(
    ("html", "said"),
    [(SOFT_404, "couldn't find"), (ARCHIVE_ERROR, "Error"), (GERMAN_404, "nicht gefunden")],
    ids=["soft-404", "archive-error", "german-404"],
)
def test_an_error_page_is_rejected_with_what_it_says(html: str, said: str) -> None:
    result = clean(html)
    assert isinstance(result, Rejection), result
    assert result.reason == "error-page"
    assert said in result.detail


def test_a_brief_that_reports_something_not_found_is_an_article() -> None:
    """Headlined as a notice would be, and saying once that the climber could not be found,
    but its other sentences are the story."""
    brief = page(
        "Missing climber not found | Harbour Gazette",
        "Missing climber not found",
        ["Rescuers said the climber could not be found after a six-hour search of the ridge.",
         "The coastguard helicopter returned to base at nightfall because of low cloud.",
         "Police said the search would resume at first light on Tuesday with two dog teams."],
    )
    result = clean(brief)
    assert isinstance(result, Article), result
    assert result.title == "Missing climber not found"


def test_a_long_article_headlined_with_an_error_is_an_article() -> None:
    story = page(
        "Error in vote count delays result | Harbour Gazette",
        "Error in vote count delays result",
        [f"Paragraph {i}: the returning officer said a counting error in ward {i} meant the "
         f"result would be declared on Friday instead of Thursday night." for i in range(8)],
    )
    assert isinstance(clean(story), Article)


def test_a_text_dump_of_an_error_page_is_rejected() -> None:
    text = "404 Not Found\nThe requested URL was not found on this server.\n"
    raw = RawPage(origin="e.txt", kind="text", body=text * 1)
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Rejection)
    assert result.reason in ("error-page", "too-short")
    longer = ("404 Not Found\nThe requested URL /news/harbour-dredging was not found on this "
              "server. The page may have been moved or deleted by the editors.\n"
              "Additionally, a 404 Not Found error was encountered while trying to use an "
              "ErrorDocument to handle the request.\n")
    result = clean_page(RawPage(origin="e.txt", kind="text", body=longer), CleanConfig())
    assert isinstance(result, Rejection) and result.reason == "error-page", result


def test_dedupe_counts_error_pages_and_stores_none(tmp_path: Path) -> None:
    folder = tmp_path / "dump"
    folder.mkdir()
    for i in range(3):
        (folder / f"gone-{i}.html").write_text(SOFT_404)
    (folder / "archive.html").write_text(ARCHIVE_ERROR)
    archive, summary = build(tmp_path / "a.db", [folder])
    archive.close()
    assert summary.stored == 0
    assert summary.skipped.get("error-page") == 4
