"""A person named after a desk's word is the page's author (credits44, finding 3: a Brussels
desk's "Redaktion: Anna Weber" and "Redactie: Jan de Vries" gave no author, the whole byline
read as a newsroom); a desk alone, with its desk's name or a place, is none, as before
("Redaktion", "Web Desk", "Redacción BBC Mundo", "Redacción Buenos Aires").  ``TUNE`` holds the
finding's shapes; ``CONFIRM`` other languages' desk words and designations, written after the
rule.  In a byline element and a record's author field alike.  Invented names and texts."""

from __future__ import annotations

import pytest

from clipper.bylines import desk_person
from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

PARAGRAPHS = (
    "The regional council voted on Tuesday to cut nursery fees from January, after months of "
    "talks between the parties about how the towns would pay for the change.",
    "The opposition called the vote a gift before the election and said the towns would have to "
    "raise other charges to cover the cost of the cut.",
)

TUNE = [
    ("Redaktion Anna Weber", "Anna Weber"),
    ("Redaktion: Anna Weber", "Anna Weber"),
    ("Redactie: Jan de Vries", "Jan de Vries"),
    ("Redacción: Ana Pérez", "Ana Pérez"),
    ("Toimitus: Anna Virtanen", "Anna Virtanen"),
    ("Redaktion", None),
    ("Web Desk", None),
]
CONFIRM = [
    ("Redaktionen: Lars Nilsson", "Lars Nilsson"),
    ("La Rédaction : Claire Dumont", "Claire Dumont"),
    ("Redazione: Marco Rinaldi", "Marco Rinaldi"),
    ("Redação Ana Souza", "Ana Souza"),
    ("Staff Reporter Jane Doe", "Jane Doe"),
    ("Redacción BBC Mundo", None),
    ("Redacción Buenos Aires", None),
    ("Redazione Online", None),
    ("Redação do Diário do Vale", None),
    ("Redacción EFE", "EFE"),
]


def _stored(raw: RawPage) -> str | None:
    page = clean_page(raw, CleanConfig())
    assert isinstance(page, Article), page
    return page.author


@pytest.mark.parametrize(("written", "author"), TUNE + CONFIRM)
def test_a_person_after_a_desks_word_is_the_author(written: str, author: str | None) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Nursery fees to fall</title></head><body><main><article>"
        f'<h1>Nursery fees to fall</h1><div class="byline">{written}</div>{paragraphs}'
        "</article></main></body></html>"
    )
    url = "https://www.regionalnews.example/2026/12/05/nursery-fees"
    assert _stored(RawPage("p.html", "html", html.encode(), url=url)) == author
    record = RawPage(
        "r.jsonl:1", "text", "\n\n".join(PARAGRAPHS), url=url, title="Nursery fees to fall",
        language="en", author=written,
    )  # fmt: skip
    assert _stored(record) == author


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Redaktion Anna Weber", "Anna Weber"),
        ("Anna Weber", None),  # no desk's word
        ("Redaktion Anna", None),  # one word: a desk's name
        ("Redaktion ZDF Mainz", None),  # capitals: a desk's name
    ],
)
def test_desk_person(name: str, person: str | None) -> None:
    assert desk_person(name) == person
