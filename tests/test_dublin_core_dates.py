"""Dublin Core's plain date meta (``DC.date``, ``dcterms.date``) and ``dcterms.issued`` are the
page's declared publication date, as ``DC.date.issued`` is, not a guess: a scholarly or public
body's page gives it beside the "Received"/"Accepted" dates of its text (the shape of
newspaper#967), and a declared date beats the URL's and the text's.  Invented pages
(:data:`clipper.pagedates._DATE_META`)."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from tests.test_furniture_headings import PARAGRAPHS


def _clean(head: str, address: str = "https://gazette.example/news/bridge") -> Article:
    html = (
        f"<html><head><title>Swing bridge to shut for repairs</title>"
        f"<link rel='canonical' href='{address}'>{head}</head><body><article>"
        f"<h1>Swing bridge to shut for repairs</h1>{PARAGRAPHS}"
        "<p>Received 12 November 2025. Accepted 20 December 2025.</p></article></body></html>"
    )
    got = clean_page(RawPage(origin="page.html", kind="html", body=html.encode()), CleanConfig())
    assert isinstance(got, Article), got
    return got


@pytest.mark.parametrize(
    "name", ["dc.date", "DC.date", "dcterms.date", "DCTERMS.issued", "dc.date.issued"]
)
def test_a_dublin_core_date_is_declared(name: str) -> None:
    got = _clean(f"<meta name='{name}' content='2026-01-02'>")
    assert got.published == "2026-01-02"
    assert got.date_source == "declared"


def test_a_dublin_core_date_beats_the_address() -> None:
    got = _clean(
        "<meta name='DC.date' content='2026-01-02'>",
        address="https://gazette.example/2026/03/10/bridge",
    )
    assert got.published == "2026-01-02"
    assert got.date_source == "declared"


def test_a_named_publication_meta_comes_before_the_plain_date() -> None:
    got = _clean(
        "<meta name='dc.date' content='2025-12-30'>"
        "<meta property='article:published_time' content='2026-01-02T08:15:00+01:00'>"
    )
    assert got.published is not None and got.published.startswith("2026-01-02")
