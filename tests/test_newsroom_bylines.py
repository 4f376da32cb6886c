"""A newsroom's byline is no person, so no author (newcomer 41, finding 6: "Redacción", "Da
Redação" and "Reuters Staff" were stored as authors): the newsroom's word in each language, an
article or a desk's or site's name beside it ("Redacción BBC Mundo", "Redação do Diário do
Vale"), in a record's author field, a page's meta tag and a byline line alike.  A news
agency's newsroom ("Reuters Staff", "AP staff", "Redacción EFE") is the agency, so it credits
the agency for the page shown (rule 6 of clipper.canonical), as "Autor: PAP" does.  A person
beside a newsroom stays.

``TUNE`` holds the desk's bylines; ``CONFIRM`` other languages and forms, written after the
tables.  Invented names and sites."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from clipper.bylines import byline
from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from tests.test_credit_phrase_lines import BODIES
from tests.test_imprecise_times import page, shown

# (language, the byline as an author field or a meta tag writes it, the author stored)
TUNE = [
    ("es", "Redacción", None),
    ("pt", "Da Redação", None),
    ("en", "Reuters Staff", "Reuters"),
]
CONFIRM = [
    ("pt", "Redação", None),
    ("pt", "Redação do Diário do Vale", None),
    ("es", "Redacción BBC Mundo", None),
    ("es", "La Redacción", None),
    ("es", "Redacción EFE", "EFE"),
    ("en", "AP staff", "AP"),
    ("en", "Newsroom", None),
    ("en", "Staff", None),
    ("en", "Editorial Staff", None),
    ("fr", "La Rédaction", None),
    ("fr", "Rédaction AFP", "AFP"),
    ("de", "Redaktion", None),
    ("de", "Online-Redaktion", None),
    ("de", "Redaktion og Grafik", None),
    ("es", "Redacción; Ana Pérez", "Ana Pérez"),
    ("pt", "Ana Souza; Redação", "Ana Souza"),
    ("es", "Ana Pérez", "Ana Pérez"),
]


def _cleaned(raw: RawPage) -> Article:
    cleaned = clean_page(raw, CleanConfig())
    assert isinstance(cleaned, Article), cleaned
    return cleaned


def _html(language: str, author: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODIES[language])
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        f'<meta name="author" content="{author}"><title>Presupuesto</title></head><body><main>'
        f"<article><h1>Presupuesto aprobado</h1>{paragraphs}</article></main></body></html>"
    ).encode()


@pytest.mark.parametrize(("language", "written", "author"), TUNE + CONFIRM)
def test_a_newsroom_byline_is_no_author(language: str, written: str, author: str | None) -> None:
    url = "https://diario-do-vale.example/cidade/1"
    record = _cleaned(RawPage(
        "r.jsonl:1", "text", "\n\n".join(BODIES[language]), url=url, title="Presupuesto",
        language=language, author=written,
    ))  # fmt: skip
    html = _cleaned(RawPage("p.html", "html", _html(language, written), url=url))
    assert record.author == author
    assert html.author == author
    assert byline(written) == author


@pytest.mark.parametrize(
    ("language", "line"),
    [("es", "Por Redacción"), ("pt", "Por Redação"), ("en", "By Newsroom")],
)
def test_a_newsroom_byline_line_opening_the_text_goes(language: str, line: str) -> None:
    raw = RawPage(
        "r.jsonl:1", "text", "\n\n".join([line, *BODIES[language]]),
        url="https://diario-do-vale.example/cidade/1", title="Presupuesto", language=language,
    )
    cleaned = _cleaned(raw)
    assert cleaned.text.split("\n") == BODIES[language]
    assert cleaned.author is None


@pytest.mark.parametrize(("written", "agency_url"), [
    ("Reuters Staff", "https://www.reuters.com/world/americas/budget-2026-12-03/"),
    ("AP staff", "https://apnews.com/article/budget-1"),
    ("Redacción EFE", "https://efe.com/america/2026-12-03/presupuesto/"),
])  # fmt: skip
def test_an_agency_newsroom_byline_shows_the_agency_page(written: str, agency_url: str) -> None:
    """A paper's copy at 11:00 UTC whose byline is the agency's newsroom, the agency's own page
    at 15:00 UTC: the agency's, in either order (its author as cleaning stores it)."""
    author = byline(written)
    assert author is not None
    agency = page(1, 400, "2026-12-03T15:00:00", agency_url, zoneless=False)
    paper = replace(
        page(2, 400, "2026-12-03T11:00:00", "https://diario-do-vale.example/1", zoneless=False),
        author=author,
    )
    for nodes in itertools.permutations((agency, paper)):
        assert shown(*nodes) == 1
