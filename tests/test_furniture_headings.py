"""A page whose headline is no ``<h1>`` is titled by its ``<title>``, not by the heading of a
box around the article that trafilatura's title search catches for the "title" in its class:
a WordPress comment section's "2 thoughts on “…”", a menu's "Main menu" (trafilatura#295; the
shape of its #4 and #144).  A page's own heading still titles it when a comment section has a
heading too.  Invented pages (clipper.furnitureheadings)."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.furnitureheadings import furniture_heading
from clipper.page import Article, RawPage

HEADLINE = "Ferry landing at Millbrook to close for six weeks"
PARAGRAPHS = "".join(
    f"<p>{s}</p>"
    for s in (
        "The Millbrook council voted on Tuesday evening to close the old ferry landing for "
        "repairs that engineers say are long overdue after a winter of storms.",
        "Residents who rely on the crossing to reach the market town will have to drive the "
        "long way around the estuary for at least six weeks, the council said.",
        "Harbour master Ilse Varga told the meeting that two of the timber piles had split "
        "below the waterline and could no longer carry the weight of loaded vans.",
        "A temporary shuttle bus will run every forty minutes from the car park beside the "
        "chapel, with the first departure at a quarter past six each morning.",
    )
)
COMMENTS = (
    "<div id='comments' class='comments-area'>"
    f"<h2 class='comments-title'>2 thoughts on “{HEADLINE}”</h2><ol class='comment-list'>"
    "<li class='comment'><p>Frankly the council knew about those piles for years and did "
    "nothing until a van nearly went into the water last month.</p></li></ol>"
    "<div id='respond'><h3 id='reply-title' class='comment-reply-title'>Leave a Reply</h3>"
    "</div></div>"
)

PAGES = {
    # a blog theme without an <h1>: the comment section's heading was the title
    "comments": (
        f"<html><head><title>{HEADLINE} – Harbour Notes</title></head><body>"
        f"<div class='entry-content'>{PARAGRAPHS}</div>{COMMENTS}</body></html>"
    ),
    # a menu's heading before the article (trafilatura#295's "Main menu")
    "menu": (
        f"<html><head><title>{HEADLINE}</title></head><body><nav class='primary'>"
        "<h2 class='menu-title'>Main menu</h2><ul><li><a href='/'>Home</a></li>"
        f"<li><a href='/news'>News</a></li></ul></nav><div class='post'>{PARAGRAPHS}</div>"
        "</body></html>"
    ),
    # a sidebar box's titled heading, the article in a <main>
    "aside": (
        f"<html><head><title>{HEADLINE}</title></head><body><main>{PARAGRAPHS}</main>"
        "<aside><h3 class='widget-title'>Most read this week</h3><ul><li><a href='/a'>Tide "
        "tables for April</a></li></ul></aside></body></html>"
    ),
}


def _clean(html: str) -> Article:
    got = clean_page(
        RawPage(origin="p.html", kind="html", body=html.encode(),
                url="https://harbour-notes.example/2026/ferry-landing"),
        CleanConfig(),
    )  # fmt: skip
    assert isinstance(got, Article), got
    return got


@pytest.mark.parametrize("shape", sorted(PAGES))
def test_a_box_heading_is_not_the_headline(shape: str) -> None:
    assert _clean(PAGES[shape]).title == HEADLINE


def test_the_articles_own_heading_stays_beside_a_comment_section() -> None:
    html = (
        "<html><head><title>Harbour Notes</title></head><body><div class='post'>"
        f"<h2 class='post-title'>{HEADLINE}</h2>{PARAGRAPHS}</div>{COMMENTS}</body></html>"
    )
    assert _clean(html).title == HEADLINE


def test_a_heading_said_in_the_article_too_is_no_furniture() -> None:
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(
        "<html><body><nav><h2 class='menu-title'>Tide tables</h2></nav>"
        "<div class='post'><h2 class='section-title'>Tide tables</h2><p>Text.</p></div>"
        "</body></html>"
    )
    assert not furniture_heading(tree, "Tide tables")
    assert not furniture_heading(tree, "A title no heading holds")
    # a theme's <body class="has-menu"> wraps the article too: not a box
    tree = lxml_html.fromstring(
        "<html><body class='has-menu'><div><h2 class='post-title'>Tide tables</h2></div>"
        "</body></html>"
    )
    assert not furniture_heading(tree, "Tide tables")
