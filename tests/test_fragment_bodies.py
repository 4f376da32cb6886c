"""An HTML body that is a fragment (a Scrapy or CMS item's ``body_html``: ``<p>…</p>``,
``<div class="article"><p>…</p></div>``, no ``<html>``) is read as a page's body: a
one-paragraph wire brief is an article by clipper's brief rules, never "no HTML tree could be
parsed".  Invented texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig, ReadLimits
from clipper.page import Article, RawPage, Rejection
from clipper.read import read_pages

CONFIG = CleanConfig()

BRIEF = (
    "Kiel (kpa) – Die Fährgesellschaft Nordlicht stellt wegen Sturmwarnung am Freitag alle "
    "Verbindungen zwischen Kiel und Oslo ein, teilte das Unternehmen am Donnerstagabend mit. "
    "Reisende könnten kostenlos umbuchen oder sich den Fahrpreis erstatten lassen."
)
LONG = (
    "Die Fährgesellschaft Nordlicht stellt wegen einer Sturmwarnung des Wetterdienstes am "
    "Freitag alle Verbindungen zwischen Kiel und Oslo ein. Betroffen seien rund 1.800 Reisende "
    "und 400 Lastwagen, teilte das Unternehmen am Donnerstagabend in Kiel mit. Wer gebucht "
    "habe, könne kostenlos auf Samstag oder Sonntag umbuchen oder sich den Fahrpreis erstatten "
    "lassen. Die Behörden rechnen an der Küste mit Orkanböen und einer Sturmflut am Abend."
)
SECOND = (
    "Schon im Oktober hatte die Reederei zwei Abfahrten wegen Sturms gestrichen, damals war "
    "auch die Linie nach Göteborg betroffen gewesen."
)


def _clean(body: str) -> Article | Rejection:
    raw = RawPage(
        origin="items.jsonl:1",
        kind="html",
        body=body.encode(),
        url="https://kieler-bote.example/kurz/faehre",
        title="Nordlicht streicht Fähren nach Oslo",
    )
    return clean_page(raw, CONFIG)


@pytest.mark.parametrize(
    "body",
    [
        f"<p>{BRIEF}</p>",
        f'<div class="article"><p>{BRIEF}</p></div>',
        f"\n  <p>{BRIEF}</p>\n",
    ],
)
def test_a_one_paragraph_brief_fragment_is_an_article(body: str) -> None:
    article = _clean(body)
    assert isinstance(article, Article), article
    assert article.text == BRIEF
    assert article.title == "Nordlicht streicht Fähren nach Oslo"


def test_a_one_paragraph_fragment_without_a_headline_is_an_article() -> None:
    raw = RawPage(origin="items.jsonl:5", kind="html", body=f"<p>{LONG}</p>".encode())
    article = clean_page(raw, CONFIG)
    assert isinstance(article, Article), article
    assert article.text == LONG


def test_a_fragment_reads_as_the_same_text_in_a_page() -> None:
    fragment = f'<div class="article"><p>{LONG}</p><p>{SECOND}</p></div>'
    as_fragment = _clean(fragment)
    in_page = _clean(f"<html><body><article>{fragment}</article></body></html>")
    assert isinstance(as_fragment, Article) and isinstance(in_page, Article)
    assert as_fragment.text == in_page.text == f"{LONG}\n{SECOND}"


def test_an_items_fragment_is_stored_not_rejected(tmp_path: Path) -> None:
    path = tmp_path / "briefs.jsonl"
    records = [
        {"url": "https://kieler-bote.example/kurz/1", "title": "Fähren", "html": f"<p>{BRIEF}</p>"},
        {"url": "https://kieler-bote.example/kurz/2", "body_html": f"<p>{LONG}</p>", "content": ""},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    rejected: list[Rejection] = []
    results = [clean_page(raw, CONFIG) for raw in read_pages([path], ReadLimits(), rejected.append)]
    assert not rejected
    assert [type(r).__name__ for r in results] == ["Article", "Article"]


def test_a_fragment_too_short_says_so_not_that_it_did_not_parse() -> None:
    raw = RawPage(
        origin="items.jsonl:3",
        kind="html",
        body=b"<div><p>Mehr dazu</p></div>",
        url="https://kieler-bote.example/kurz/3",
    )
    rejection = clean_page(raw, CONFIG)
    assert isinstance(rejection, Rejection)
    assert rejection.reason == "too-short" and "2 words" in rejection.detail
    assert "could be parsed" not in rejection.detail
