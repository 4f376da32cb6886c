"""A live blog's entry times stay with their entries (clipper.liveblog); an article's one
publication time is left alone.  Fixtures invented."""

from __future__ import annotations

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

ENTRIES = [
    ("21:12", "Gol del Borgo! Rossi di testa su calcio d'angolo, la squadra di casa passa in "
              "vantaggio davanti al suo pubblico."),
    ("20:55", "Occasione per il Weissenhoehe: il tiro di Hoelzle sfiora il palo, il portiere "
              "era battuto e lo stadio resta in silenzio."),
    ("20:45", "Si comincia: squadre in campo davanti a dodicimila spettatori, il Borgo in "
              "maglia rossa e gli ospiti in bianco."),
]


def _clean(body: str) -> Article:
    html = (
        '<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Diretta: Borgo - '
        f"Weissenhoehe</title></head><body><article><h1>Diretta: Borgo - Weissenhoehe</h1>"
        f"{body}</article></body></html>"
    )
    result = clean_page(
        RawPage("live.html", "html", html.encode(), url="https://sport.example/diretta/borgo"),
        CleanConfig(),
    )
    assert isinstance(result, Article), result
    return result


def test_each_live_blog_entry_keeps_its_time() -> None:
    """trafilatura kept the entries and dropped the times beside them (newcomer 21)."""
    body = "".join(
        f'<div class="live-entry"><time datetime="2026-12-02T{t}:00+01:00">{t}</time>'
        f"<p>{text}</p></div>"
        for t, text in ENTRIES
    )
    assert _clean(body).text.splitlines() == [f"{t} {text}" for t, text in ENTRIES]
    # a time written in a span ("21.12 Uhr"), not a <time>, and a paragraph opening with markup
    spans = "".join(
        f'<div class="ticker"><span class="clock">{t.replace(":", ".")} Uhr</span>'
        f"<p><strong>{text.split(' ', 1)[0]}</strong> {text.split(' ', 1)[1]}</p></div>"
        for t, text in ENTRIES
    )
    assert _clean(spans).text.splitlines() == [
        f"{t.replace(':', '.')} Uhr {text}" for t, text in ENTRIES
    ]


def test_an_articles_publication_time_is_not_written_into_its_text() -> None:
    """One time above an article's paragraphs is its publication's, not an entry's."""
    body = (
        '<div><time datetime="2026-12-02T22:40:00+01:00">22:40</time>'
        f"<p>{ENTRIES[0][1]}</p></div>"
        + "".join(f"<p>{text}</p>" for _, text in ENTRIES[1:])
    )
    assert _clean(body).text.splitlines() == [text for _, text in ENTRIES]
