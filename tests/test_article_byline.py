"""Which of a page's names are its byline (clipper.bylines.article_byline): the JSON-LD
article's people over a meta tag that names the site or its publisher, "Last, First" meta
tags, co-authors and agencies a meta tag lists beside the article's people, the site's own
address as a name, and names joined by another language's "and".  Fixtures invented;
measured on Fundus's labelled authors with ``python bench/authors.py``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.bylines import byline
from clipper.models import Page
from tests.conftest import build

_BODY = "".join(
    f"<p>{sentence} The harbour board will decide on the plan at its meeting next month.</p>"
    for sentence in (
        "The ferry company plans a new night route across the bay.",
        "Residents have asked for a later crossing for several years.",
        "The first estimate puts the cost at two million a year.",
        "Two new boats would be leased from a yard in the north.",
    )
)


def _page(head: str, ld: object | None = None) -> str:
    script = (
        f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld is not None else ""
    )
    return (
        f"<html><head><title>Night ferry planned</title>{head}{script}</head>"
        f"<body><article><h1>Night ferry planned</h1>{_BODY}</article></body></html>"
    )


def _article(*authors: object, kind: str = "NewsArticle") -> dict[str, object]:
    return {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": "Night ferry planned",
        "author": list(authors),
        "publisher": {"@type": "Organization", "name": "Bay Courier"},
    }


def _person(name: str) -> dict[str, str]:
    return {"@type": "Person", "name": name}


CASES = {
    # the publisher's group in a meta tag, the writer in the article's JSON-LD
    "publisher in meta": (
        '<meta name="author" content="Harbour Media Group">'
        '<meta property="article:author" content="Lena Vormann">',
        _article(_person("Lena Vormann")),
        "https://baycourier.example/2026/ferry",
        "Lena Vormann",
    ),
    # a meta tag naming another account than the article's writer
    "other account in meta": (
        '<meta property="article:author" content="webdesk7">'
        '<meta name="author" content="Tomas Eklund">',
        _article(_person("Tomas Eklund")),
        "https://baycourier.example/2026/ferry",
        "Tomas Eklund",
    ),
    # Dublin Core "Last, First", the article a web page's main entity
    "last, first": (
        '<meta name="dc.creator" content="Okafor, Adaeze">'
        '<meta name="dc.creator" content="Lindqvist, Jonas">',
        {
            "@context": "https://schema.org",
            "@type": "WebPage",
            "mainEntity": _article(_person("Adaeze Okafor"), _person("Jonas Lindqvist")),
        },
        "https://journal.example/articles/ferry",
        "Adaeze Okafor; Jonas Lindqvist",
    ),
    # one JSON-LD person holding a list: every co-author stays
    "list in one person": (
        '<meta name="author" content="Rui Camacho, Petra Novak and Ilse Brandt">',
        _article(_person("Rui Camacho, Petra Novak and Ilse Brandt")),
        "https://baycourier.example/2026/ferry",
        "Rui Camacho; Petra Novak; Ilse Brandt",
    ),
    # an agency the meta tag lists beside the article's writers
    "agency beside the writers": (
        '<meta name="author" content="Karl Weidner und Anja Roth, dpa">',
        _article(_person("Karl Weidner und Anja Roth, dpa")),
        "https://bayzeitung.example/2026/ferry",
        "Karl Weidner; Anja Roth; dpa",
    ),
    # a role written after the name
    "name, affiliation": (
        "",
        _article(_person("Vytas Petrauskas, Vilniaus universiteto istorijos fakulteto docentas")),
        "https://bayportal.example/2026/ferry",
        "Vytas Petrauskas",
    ),
    # a CMS account's user name in a meta tag beside the writer's name, no JSON-LD person
    # (newcomer 17: the Intercept's "aligharib" before "Nikita Mazurov")
    "user name beside a name": (
        '<meta property="article:author" content="kbrennan">'
        '<meta name="author" content="Kate Brennan">',
        None,
        "https://baycourier.example/2026/ferry",
        "Kate Brennan",
    ),
    "user name beside a JSON-LD string author": (
        '<meta property="article:author" content="j.okoye_2">',
        {**_article(), "author": "Jide Okoye"},
        "https://baycourier.example/2026/ferry",
        "Jide Okoye",
    ),
    # the site's own address as a name, with no JSON-LD
    "site address": (
        '<meta name="author" content="The Bay Courier https://www.baycourier.example">'
        '<meta name="Author" content="Mira Sandoval">',
        None,
        "https://www.baycourier.example/2026/ferry",
        "Mira Sandoval",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_stored_author_is_the_article_s_byline(tmp_path: Path, case: str) -> None:
    head, ld, url, stored = CASES[case]
    dump = tmp_path / "pages.jsonl"
    dump.write_text(json.dumps({"url": url, "html": _page(head, ld)}) + "\n", encoding="utf-8")
    archive, _ = build(tmp_path / "a.db", [dump])
    with archive.sessions() as session:
        assert session.scalars(select(Page.author)).all() == [stored]
    archive.close()


def test_the_site_name_alone_stays() -> None:
    """With no other name, the site's name is what the page gives: it stays (a reader sees
    who wrote it; dropping it would leave no author)."""
    from lxml import html

    from clipper.bylines import article_byline

    tree = html.fromstring(_page('<meta name="author" content="Bay Courier">'))
    assert article_byline("Bay Courier", tree, [], "https://baycourier.example/a") == (
        "Bay Courier"
    )


@pytest.mark.parametrize(
    ("names", "stored"),
    [
        ("Trine Holm Berg og Aputsiaq Olsen", "Trine Holm Berg; Aputsiaq Olsen"),
        ("Anna Lind och Per Ek", "Anna Lind; Per Ek"),
        ("Marta Ruiz y Pablo Soto", "Marta Ruiz; Pablo Soto"),
        # one name: an "and" inside it, or not between two names of two capitalised words
        ("Banco de España", "Banco de España"),
        ("Kultur og Debat", "Kultur og Debat"),
    ],
)
def test_names_joined_by_another_language_s_and(names: str, stored: str) -> None:
    assert byline(names) == stored
