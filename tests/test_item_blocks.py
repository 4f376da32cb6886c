"""A scraper's or CMS's body in the shapes Scrapy, news-please, Zyte, Diffbot and trafilatura
exports and headless CMSs write it: paragraphs kept apart (``paragraphs``,
``article.paragraphs``), a list of typed blocks (images and embeds left out), Portable Text,
Editor.js, Contentful rich text, Arc XP's ``content_elements``, Fundus's ``ArticleBody``; and
an item naming its page at the top with its body nested two objects down.  Invented records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages

LEAD = (
    "Lakeside (LNA) - The county will close the old swing bridge over the Meer canal for eight "
    "weeks from March while engineers replace its worn bearings."
)
SECOND = (
    "Traffic will be sent over the ring road, and a free shuttle boat will carry cyclists and "
    "walkers between the two quays every twenty minutes."
)
CAPTION = "The swing bridge seen from the north quay (photo: county archive)"
EMBED = "Watch the council debate on our video channel"
URL = "https://meerbode.example/regio/swing-bridge-closes"


def _read(tmp_path: Path, record: dict[str, Any]) -> tuple[list[RawPage], list[Rejection]]:
    path = tmp_path / "items.jl"
    path.write_text(json.dumps(record) + "\n")
    rejected: list[Rejection] = []
    pages = list(read_pages([path], ReadLimits(), rejected.append))
    return pages, rejected


def _text(page: RawPage) -> str:
    return page.body if isinstance(page.body, str) else page.body.decode()


SHAPES: dict[str, dict[str, Any]] = {
    "paragraphs": {"paragraphs": [LEAD, SECOND]},
    "article.paragraphs": {
        "article": {"headline": "Swing bridge closes", "paragraphs": [LEAD, SECOND]}
    },
    "typed blocks": {
        "body": [
            {"type": "paragraph", "text": LEAD},
            {"type": "image", "url": "https://meerbode.example/b.jpg", "caption": CAPTION},
            {"type": "heading", "text": "Shuttle boat"},
            {"type": "embed", "html": f"<iframe title='{EMBED}'></iframe>", "text": EMBED},
            {"type": "paragraph", "text": SECOND},
        ]
    },
    "Arc XP content_elements": {
        "content_elements": [
            {"type": "text", "content": LEAD},
            {"type": "image", "caption": CAPTION, "url": "https://meerbode.example/b.jpg"},
            {"type": "oembed_response", "raw_oembed": {"title": EMBED}, "content": EMBED},
            {"type": "text", "content": SECOND},
        ]
    },
    "Portable Text": {
        "body": [
            {"_type": "block", "style": "normal", "children": [
                {"_type": "span", "text": LEAD[:40], "marks": []},
                {"_type": "span", "text": LEAD[40:], "marks": ["strong"]},
            ]},
            {"_type": "image", "asset": {"_ref": "image-b"}, "alt": CAPTION},
            {"_type": "block", "children": [{"_type": "span", "text": SECOND, "marks": []}]},
        ]
    },
    "Editor.js": {
        "content": {
            "time": 1764750000000,
            "version": "2.28.0",
            "blocks": [
                {"id": "a1", "type": "paragraph", "data": {"text": LEAD}},
                {"id": "a2", "type": "image", "data": {"caption": CAPTION, "file": {}}},
                {"id": "a3", "type": "list", "data": {"style": "unordered", "items": [SECOND]}},
            ],
        }
    },
    "Contentful rich text": {
        "body": {
            "nodeType": "document",
            "content": [
                {"nodeType": "paragraph", "content": [
                    {"nodeType": "text", "value": LEAD[:50], "marks": []},
                    {"nodeType": "text", "value": LEAD[50:], "marks": []},
                ]},
                {"nodeType": "embedded-asset-block", "data": {"target": {"title": CAPTION}}},
                {"nodeType": "paragraph", "content": [{"nodeType": "text", "value": SECOND}]},
            ],
        }
    },
    "Gutenberg blocks": {
        "content": [
            {"blockName": "core/paragraph", "attrs": {}, "innerHTML": f"<p>{LEAD}</p>"},
            {"blockName": None, "innerHTML": "\n\n"},
            {
                "blockName": "core/image",
                "innerHTML": f"<figure><figcaption>{CAPTION}</figcaption></figure>",
            },
            {"blockName": "core/paragraph", "attrs": {}, "innerHTML": f"<p>{SECOND}</p>"},
        ]
    },
}


def test_fundus_article_body_is_read_in_the_order_of_its_plaintext(tmp_path: Path) -> None:
    """Fundus's default ``Article.to_json()`` writes the body as its ``ArticleBody``: a summary,
    then sections of a headline and paragraphs; read as Fundus's own ``plaintext`` joins them
    (summary, then each section's headline and paragraphs), its date from ``publishing_date``."""
    summary = "The old swing bridge over the Meer canal shuts for eight weeks."
    record = {
        "title": "Swing bridge closes", "authors": ["R. Ash"], "topics": [],
        "publishing_date": "2026-03-02 07:30:00+01:00", "free_access": True,
        "body": {"summary": [summary], "sections": [
            {"headline": [], "paragraphs": [LEAD]},
            {"headline": ["Shuttle boat"], "paragraphs": [SECOND]},
        ]},
        "url": URL,
    }
    pages, rejected = _read(tmp_path, record)
    assert rejected == []
    (page,) = pages
    assert _text(page) == "\n\n".join([summary, LEAD, "Shuttle boat", SECOND])
    assert page.published == "2026-03-02 07:30:00+01:00"


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_body_in_a_scrapers_or_cms_shape_is_read_without_its_images(
    tmp_path: Path, shape: str
) -> None:
    pages, rejected = _read(tmp_path, {"url": URL, "title": "Swing bridge closes", **SHAPES[shape]})
    assert rejected == []
    assert [p.url for p in pages] == [URL]
    text = _text(pages[0])
    assert LEAD in text and SECOND in text
    assert CAPTION not in text and EMBED not in text
    assert text.index(LEAD) < text.index(SECOND)


def test_an_item_with_its_body_two_objects_down_keeps_its_own_address_and_title(
    tmp_path: Path,
) -> None:
    """Not an API's answer: the item names its page at the top, its body sits in
    ``data.article``; the top's address, title and site are the page's."""
    record = {
        "url": URL,
        "title": "Swing bridge closes",
        "published": "2026-12-03T09:15:00+01:00",
        "data": {"article": {"body": f"{LEAD}\n\n{SECOND}", "section": "regio"}},
    }
    pages, rejected = _read(tmp_path, record)
    assert rejected == []
    assert [(p.url, p.title, p.site) for p in pages] == [
        (URL, "Swing bridge closes", "meerbode.example")
    ]
    assert pages[0].published is not None and pages[0].published.startswith("2026-12-03")


def test_an_api_answer_holding_one_record_still_takes_nothing_from_its_envelope(
    tmp_path: Path,
) -> None:
    """Firecrawl's ``{"success": true, "data": {...}}``: the envelope names no page of its own,
    so none of its fields is the record's."""
    pages, _ = _read(
        tmp_path,
        {"success": True, "title": "Scrape result", "data": {"markdown": f"{LEAD}\n\n{SECOND}",
                                                             "metadata": {"sourceURL": URL}}},
    )
    assert [(p.url, p.title) for p in pages] == [(URL, None)]
