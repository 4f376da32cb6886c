"""A page's JSON-LD in expanded form names its author as a value object (``"name": {"@value":
…}``, a list of them) or its authors as an ordered list (``"author": {"@list": [...]}``): the
names are read as those of the compacted form are (minet#777: a name given as a dict was no
author).  Invented pages; :func:`clipper.jsonld.literal`, :func:`clipper.jsonld.items`."""

from __future__ import annotations

import json
from typing import Any

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.jsonld import items, literal
from clipper.page import Article, RawPage
from tests.test_furniture_headings import PARAGRAPHS


def _author(authors: Any) -> str | None:
    block = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Swing bridge to shut for repairs",
        "datePublished": "2026-03-10",
        "author": authors,
    }
    html = (
        "<html><head><title>Swing bridge to shut for repairs</title>"
        f"<script type='application/ld+json'>{json.dumps(block)}</script></head><body><article>"
        f"<h1>Swing bridge to shut for repairs</h1>{PARAGRAPHS}</article></body></html>"
    )
    got = clean_page(RawPage(origin="page.html", kind="html", body=html.encode()), CleanConfig())
    assert isinstance(got, Article), got
    return got.author


@pytest.mark.parametrize(
    "name",
    [
        {"@value": "Anneke Soral", "@language": "en"},
        [{"@value": "Anneke Soral"}],
    ],
)
def test_a_name_given_as_a_value_object_is_the_author(name: Any) -> None:
    assert _author({"@type": "Person", "name": name}) == "Anneke Soral"


def test_an_ordered_list_of_authors_gives_each() -> None:
    authors = {
        "@list": [
            {"@type": "Person", "name": [{"@value": "Pieter Vlaskamp"}]},
            {"@type": "Person", "givenName": {"@value": "Rosa"}, "familyName": "Quintal"},
        ]
    }
    assert _author(authors) == "Pieter Vlaskamp; Rosa Quintal"


def test_an_organisation_in_a_list_is_still_no_person() -> None:
    authors = {"@list": [{"@type": "Organization", "name": {"@value": "Larkfield Gazette"}}]}
    assert _author(authors) is None


def test_literal_and_items() -> None:
    assert literal("Ann Lee") == "Ann Lee"
    assert literal({"@value": "Ann Lee"}) == "Ann Lee"
    assert literal([{"@id": "https://a.example/#ann"}, "Ann Lee"]) == "Ann Lee"
    assert literal({"@id": "https://a.example/#ann"}) is None
    assert literal(7) is None
    assert items({"@list": [1, 2]}) == [1, 2]
    assert items({"@set": [1]}) == [1]
    assert items([1]) == [1]
    assert items({"name": "Ann Lee"}) == [{"name": "Ann Lee"}]
    assert items(None) == [None]
