"""A blog or small-newsroom theme that prints the site's name as the masthead's only ``<h1>``
and titles every page with a label of the page or the site ("Home | Site", "Site –
Nachrichten", "Site: notizie e approfondimenti", "Startseite | Site") gives each article the
heading of its post (``<h2 class=entry-title>``) as its headline, not that label; two such
articles are two stories.  The field case ``title-site-name-h1`` in other shapes (session 34's
probes: every article of such a site was titled "Home", "Nachrichten" or the site's tagline,
and the tagline's two articles made one story).  A ``<title>`` that is the headline, or longer
than a short label heading the post, stays the headline.  Invented pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig
from clipper.page import Article, RawPage


def _page(lang: str, title: str, masthead: str, heading: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'</head><body><header><h1 class="site-title">{masthead}</h1></header>'
        f'<div id="content"><div class="post">{heading}<div class="entry">{body}</div></div>'
        "</div></body></html>"
    )


_LINK = '<a href="/">{}</a>'
_LOGO = '<a href="/"><img src="/logo.svg" alt="{}"></a>'
TREES = [
    "Volunteers planted more than two thousand oak and hazel saplings along the old railway "
    "path at Brindle Vale over the weekend, the wildlife trust said on Monday.",
    "The trust hopes the new hedge will link two patches of ancient woodland and give dormice "
    "and bats a safe route between them.",
    "Local schools will look after a section each and record which birds nest in it.",
]
BUSES = [
    "The Brindle Vale bus station will close for six weeks from the start of May while its roof "
    "is replaced, the county council said on Friday.",
    "Buses will stop on temporary stands in Market Street instead, and extra staff will help "
    "passengers find the right stop.",
    "The roof has leaked for several winters and parts of its frame have rusted through.",
]
LIBRARY = [
    "Die Stadtbibliothek in Lindenau bleibt ab Juni auch samstags bis 18 Uhr geöffnet, teilte "
    "die Stadtverwaltung am Dienstag mit.",
    "Möglich wird das durch zwei zusätzliche Stellen, die der Stadtrat im Haushalt für das "
    "kommende Jahr bewilligt hat.",
    "Die Leiterin der Bibliothek sagte, viele Familien hätten sich längere Öffnungszeiten "
    "gewünscht.",
]
FAIR = [
    "La sagra della castagna di Borgoverde quest'anno durerà tre fine settimana invece di due, "
    "hanno annunciato gli organizzatori.",
    "La decisione è stata presa dopo il successo dell'edizione precedente, quando le strade del "
    "centro erano piene di visitatori.",
    "Il comune metterà a disposizione una navetta dal parcheggio della stazione.",
]

# (url, page, the right headline)
PAGES = [
    ("https://brindle-courier.example/2024/04/trees",
     _page("en", "Home | Brindle Vale Courier", _LINK.format("Brindle Vale Courier"),
           '<h2 class="entry-title">Volunteers plant two thousand trees along old railway path'
           "</h2>", TREES),
     "Volunteers plant two thousand trees along old railway path"),
    ("https://brindle-courier.example/2024/04/bus-station",
     _page("en", "Home | Brindle Vale Courier", _LINK.format("Brindle Vale Courier"),
           '<h2 class="entry-title">Bus station to close for six weeks for roof repairs</h2>',
           BUSES),
     "Bus station to close for six weeks for roof repairs"),
    ("https://lindenauer-bote.example/lokales/bibliothek",
     _page("de", "Lindenauer Bote – Nachrichten", _LINK.format("Lindenauer Bote"),
           '<h2 class="headline">Stadtbibliothek öffnet samstags länger</h2>', LIBRARY),
     "Stadtbibliothek öffnet samstags länger"),
    ("https://hafenkurier.example/a/1",
     _page("de", "Startseite | Hafenkurier", _LOGO.format("Hafenkurier"),
           "<h2>Stadtbibliothek öffnet samstags länger</h2>", LIBRARY),
     "Stadtbibliothek öffnet samstags länger"),
    ("https://gazzetta-borgoverde.example/cronaca/sagra",
     _page("it", "Gazzetta di Borgoverde: notizie e approfondimenti",
           _LINK.format("Gazzetta di Borgoverde"),
           '<h2 class="entry-title">La sagra della castagna durerà tre fine settimana</h2>', FAIR),
     "La sagra della castagna durerà tre fine settimana"),
    # the <title> is the headline: it stays, beside a short label heading the post
    ("https://brindle-courier.example/2024/04/trees-2",
     _page("en", "Volunteers plant two thousand trees along old railway path | Brindle Vale "
           "Courier", _LINK.format("Brindle Vale Courier"), "<h2>Nature notes</h2>", TREES),
     "Volunteers plant two thousand trees along old railway path"),
]  # fmt: skip


@pytest.mark.parametrize(("url", "html", "headline"), PAGES, ids=[p[0] for p in PAGES])
def test_the_post_heading_is_the_headline_beside_a_label_title(
    url: str, html: str, headline: str
) -> None:
    got = clean_page(
        RawPage(origin="p.html", kind="html", body=html.encode(), url=url), CleanConfig()
    )
    assert isinstance(got, Article), got
    assert got.title == headline


def test_two_articles_under_one_label_title_are_two_stories(tmp_path: Path) -> None:
    for n, (_, html, _) in enumerate(PAGES[:2]):
        (tmp_path / f"{n}.html").write_text(html, "utf-8")
    db = str(tmp_path / "a.db")
    paths = [str(tmp_path / "0.html"), str(tmp_path / "1.html")]
    ran = CliRunner().invoke(cli, ["dedupe", "--db", db, "--workers", "1", *paths])
    assert ran.exit_code == 0, ran.output
    out = CliRunner().invoke(cli, ["export", "--db", db, "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    pages = [json.loads(line) for line in out.output.splitlines()]
    assert sorted(p["title"] for p in pages) == sorted(p[2] for p in PAGES[:2])
    assert len({p["story_id"] for p in pages}) == 2
