"""A record whose values are written in JSON-LD's shapes (a scraper that copied the page's JSON-LD
block into its record, a schema.org NewsArticle exported whole) or nested in the record's own
objects: a date as a value object (``"datePublished": {"@value": …}``), a headline as a list of
them, authors as an ``@list``, the page named by ``mainEntityOfPage``'s ``@id``, a date in the
``metadata`` beside a ``data.html`` body.  fieldprobe35 found such records stored with no
publication date (title and text right).  Invented records;
:func:`clipper.read.fieldvalues.value_of`, :func:`clipper.read.envelopes.unwrapped_record`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages

HEADLINE = "Kilbrae ferry pier to reopen after storm repairs"
URL = "https://kilbrae-gazette.example/news/pier-reopens"
PARAGRAPHS = [
    "The ferry pier at Kilbrae will reopen to passengers on Monday, eleven weeks after the "
    "January storm tore away part of its deck, the island's harbour trust said on Wednesday.",
    "Divers found that two of the pier's timber piles had split below the waterline, and the "
    "trust replaced them with steel ones at a cost of some 380,000 pounds.",
    "Until Monday the ferry lands at the slipway in Ardnish, a forty-minute drive from the "
    "village, and islanders with hospital appointments have been offered a minibus.",
    "The trust's chair said the new piles were meant to last fifty years and that the deck "
    "would be resurfaced in the autumn, when fewer visitors come to the island.",
]
BODY = "\n\n".join(PARAGRAPHS)
HTML = (
    f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article></body></html>"
)
WHEN = "2026-03-04T09:15:00Z"


def _page(tmp_path: Path, record: dict[str, Any]) -> RawPage:
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    rejected: list[Rejection] = []
    pages = list(read_pages([path], ReadLimits(), rejected.append))
    assert not rejected, rejected
    assert len(pages) == 1, pages
    return pages[0]


@pytest.mark.parametrize(
    "date",
    [
        {"@value": WHEN},
        {"@type": "http://www.w3.org/2001/XMLSchema#dateTime", "@value": WHEN},
        [{"@value": WHEN}],
        {"@list": [WHEN]},
    ],
    ids=["value-object", "typed-value", "list-of-one", "list-object"],
)
def test_a_date_written_as_a_jsonld_value_is_the_publication(tmp_path: Path, date: object) -> None:
    page = _page(
        tmp_path, {"url": URL, "headline": [HEADLINE], "articleBody": BODY, "datePublished": date}
    )
    assert page.published is not None and page.published.startswith("2026-03-04T09:15"), page
    assert page.title == HEADLINE


def test_a_headline_and_body_given_as_value_objects_are_read(tmp_path: Path) -> None:
    page = _page(
        tmp_path,
        {
            "url": URL,
            "headline": [{"@value": HEADLINE, "@language": "en"}],
            "articleBody": {"@value": BODY, "@language": "en"},
            "datePublished": WHEN,
        },
    )
    assert page.title == HEADLINE
    assert page.kind == "text" and isinstance(page.body, str)
    assert page.body.startswith("The ferry pier at Kilbrae")


def test_a_schema_org_article_record_names_its_page_and_authors(tmp_path: Path) -> None:
    page = _page(
        tmp_path,
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": URL},
            "headline": HEADLINE,
            "articleBody": BODY,
            "datePublished": {"@value": WHEN},
            "author": {
                "@list": [
                    {"@type": "Person", "name": {"@value": "Morag Lindsay"}},
                    {"@type": "Person", "name": "Ewan Reid"},
                ]
            },
        },
    )
    assert page.url == URL
    assert page.author == "Morag Lindsay; Ewan Reid"
    assert page.published is not None and page.published.startswith("2026-03-04T09:15")


def test_a_date_in_the_metadata_beside_a_data_html_body(tmp_path: Path) -> None:
    page = _page(
        tmp_path, {"url": URL, "data": {"html": HTML}, "metadata": {"datePublished": WHEN}}
    )
    assert page.kind == "html"
    assert page.published is not None and page.published.startswith("2026-03-04T09:15"), page


def test_a_value_object_date_in_the_meta_of_a_grouped_item(tmp_path: Path) -> None:
    # one item whose fields a scraper grouped into objects, its date a value object
    page = _page(
        tmp_path,
        {
            "meta": {"url": URL, "published": {"@value": WHEN}},
            "article": {"headline": HEADLINE, "body": BODY},
        },
    )
    assert page.url == URL
    assert page.published is not None and page.published.startswith("2026-03-04T09:15"), page
