"""A Scrapy or CMS item's body under the names those items give it (``body_html``,
``article_html``, ``html_body``, ``text_html``, camelCase ``bodyHtml``; ``body_text``,
Readability's ``textContent``, goose3's ``cleaned_text``), read as the record's page; ``body``
and ``content`` HTML or text by what they hold.  Invented records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages

PARAGRAPHS = (
    "The ferry between Kirkwall and Stromness will run a winter timetable from Monday, the "
    "island council said, with two crossings a day instead of four.",
    "Harbour staff said the older of the two vessels needs new propeller shafts before the "
    "spring, and the yard in Leith can take it only in January.",
)
PAGE = (
    "<html><head><title>Ferry cuts crossings</title></head><body><article>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article></body></html>"
)


def _read(tmp_path: Path, *records: dict[str, object]) -> tuple[list[RawPage], list[Rejection]]:
    path = tmp_path / "items.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    rejected: list[Rejection] = []
    pages = list(read_pages([path], ReadLimits(), rejected.append))
    return pages, rejected


@pytest.mark.parametrize(
    "field",
    [
        "body_html",
        "article_html",
        "html_body",
        "text_html",
        "page_html",
        "bodyHtml",
        "articleHtml",
        "Body_HTML",
    ],
)
def test_an_items_html_body_field_is_read_as_its_page(tmp_path: Path, field: str) -> None:
    pages, rejected = _read(
        tmp_path,
        {"url": "https://orkney-post.example/ferry", "title": "Ferry", field: PAGE},
        # Scrapy items often carry an empty "content" beside the HTML: the HTML is read
        {"url": "https://orkney-post.example/ferry2", field: PAGE, "content": ""},
    )
    assert not rejected
    assert [p.kind for p in pages] == ["html", "html"]
    assert all(PARAGRAPHS[0].encode() in p.body for p in pages if isinstance(p.body, bytes))


def test_an_html_field_wins_over_the_items_text(tmp_path: Path) -> None:
    (page,), _ = _read(
        tmp_path,
        {"url": "https://orkney-post.example/f", "body_html": PAGE, "body_text": "Ferry cut."},
    )
    assert page.kind == "html"


@pytest.mark.parametrize(
    "field", ["body_text", "textContent", "cleaned_text", "plain_text", "article_content"]
)
def test_an_items_text_body_field_is_read_as_text(tmp_path: Path, field: str) -> None:
    (page,), rejected = _read(
        tmp_path, {"url": "https://orkney-post.example/t", field: "\n\n".join(PARAGRAPHS)}
    )
    assert not rejected
    assert page.kind == "text" and page.body == "\n\n".join(PARAGRAPHS)


def test_body_is_html_or_text_by_what_it_holds(tmp_path: Path) -> None:
    html_item, text_item = _read(
        tmp_path,
        {
            "url": "https://orkney-post.example/a",
            "body": "".join(f"<p>{p}</p>" for p in PARAGRAPHS),
        },
        {"url": "https://orkney-post.example/b", "body": "\n\n".join(PARAGRAPHS)},
    )[0]
    assert html_item.kind == "html" and text_item.kind == "text"


def test_a_body_object_holding_its_html_is_read(tmp_path: Path) -> None:
    (page,), rejected = _read(
        tmp_path, {"url": "https://orkney-post.example/o", "content": None, "body": {"html": PAGE}}
    )
    assert not rejected and page.kind == "html"


def test_an_empty_content_field_beside_an_unread_one_names_both(tmp_path: Path) -> None:
    _, (rejection,) = _read(
        tmp_path,
        {"url": "https://orkney-post.example/x", "content": "", "story_markup_v3": PAGE},
    )
    assert rejection.reason == "no-body"
    assert "empty content field" in rejection.detail
    assert "story_markup_v3" in rejection.detail and "body_html" in rejection.detail
