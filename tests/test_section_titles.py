"""A page whose only title is its section's name ("<title>News</title>", no ``<h1>``, no
og:title) gets no headline from it: the page's first heading when it has one, else none
(session 35's row 22, a public report's shape: the article was stored and shown titled
"News", and two such articles of one site shared that headline).  A section's name is a menu
word ("News", "World News", "Startseite") or the folder the page's address files it under
("/wirtschaft/…" titled "Wirtschaft").  A headline that only starts with such a word stays.
Invented pages."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.sectionnames import section_label

FERRY = [
    "The ferry between Gullhaven and the outer islands will sail twice a day through the winter "
    "instead of once, the harbour authority said on Thursday.",
    "Islanders had asked for an earlier crossing so that children could reach the secondary "
    "school on the mainland before the first lesson.",
    "The extra sailing will be paid for by the county for a trial of two years.",
]
MARKT = [
    "Der Wochenmarkt in Altwerder zieht im Frühjahr vom Rathausplatz an das Ufer der Werra, "
    "teilte die Stadtverwaltung am Montag mit.",
    "Auf dem Rathausplatz beginnen im März Bauarbeiten an der Kanalisation, die bis zum Herbst "
    "dauern sollen.",
    "Die Händler bekommen am neuen Standort Stromanschlüsse und mehr Platz für ihre Stände.",
]


def _page(lang: str, title: str, paragraphs: list[str], heading: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'</head><body><div class="content"><article>{heading}{body}</article></div>'
        "</body></html>"
    ).encode()


def _clean(url: str, html: bytes) -> Article:
    got = clean_page(RawPage(origin="p.html", kind="html", body=html, url=url), CleanConfig())
    assert isinstance(got, Article), got
    return got


@pytest.mark.parametrize(
    ("url", "title", "lang", "paragraphs"),
    [
        ("https://gullhaven-post.example/2026/12/ferry-winter", "News", "en", FERRY),
        ("https://gullhaven-post.example/2026/12/ferry-winter", "World News", "en", FERRY),
        ("https://werra-bote.example/altwerder/markt-zieht-um", "Startseite", "de", MARKT),
        # the section's folder in the address, a word of no menu list
        ("https://werra-bote.example/altwerder/markt-zieht-um", "Altwerder", "de", MARKT),
    ],
)
def test_a_section_title_is_no_headline(
    url: str, title: str, lang: str, paragraphs: list[str]
) -> None:
    got = _clean(url, _page(lang, title, paragraphs))
    assert got.title is None
    assert got.text.startswith(paragraphs[0])
    # what the page has instead: its first heading, its og:title
    heading = "<h2>Winter ferry to sail twice a day</h2>"
    assert _clean(url, _page(lang, title, paragraphs, heading)).title == (
        "Winter ferry to sail twice a day"
    )
    html = _page(lang, title, paragraphs).replace(
        b"<title>", b'<meta property="og:title" content="Ferry adds a winter sailing"><title>'
    )
    assert _clean(url, html).title == "Ferry adds a winter sailing"


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("News of the ferry reaches the islands", None),
        ("Sport is back on the island", None),
        ("Weather 2026", None),
        # the article's own slug is no section: the headline may be that word
        ("Mozilla", "https://wiki.example/wiki/Mozilla"),
    ],
)
def test_headlines_are_no_section_labels(title: str, url: str | None) -> None:
    assert not section_label(title, url)
