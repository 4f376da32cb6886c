"""A page naming its writer and ending with an agency's credit line that cleaning cuts keeps the
credit (left open in session 41 for the Warsaw/Kyiv desk: "Autor: Jan Nowak" at the top …
"Źródło: PAP" at the end lost PAP, so a paper's earlier copy was shown over PAP's own page):
the agency follows the writer in its author ("Jan Nowak; PAP"), which credits it for the page
shown as "Autor: PAP" does.  And PAP's writer's and editors' initials before its credit ("pz/
mk/ (PAP)", "kzu/ mhr/ ap/ PAP") are a credit of PAP: the line goes and credits it ("ap" there
is an editor's initials, no AP).

``TUNE`` holds the desk's shapes; ``CONFIRM`` other languages, labels and agencies, written
after the change.  Invented texts and names."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from clipper.clean import clean_page
from clipper.closingcredits import closing_credits
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from tests.test_agency_bylines import BODIES, TITLE
from tests.test_credit_phrase_lines import BODIES as LATIN_BODIES
from tests.test_imprecise_times import page, shown

TEXTS = {**LATIN_BODIES, **BODIES}

# (language, the byline opening the text, or "field:" and the record's author field, the
# closing line cut, the author stored)
TUNE = [
    ("pl", "Autor: Jan Nowak", "Źródło: PAP", "Jan Nowak; PAP"),
    ("pl", "Autor: Jan Nowak", "pz/ mk/ (PAP)", "Jan Nowak; PAP"),
]
CONFIRM = [
    ("uk", "field:Олена Коваль", "Джерело: Укрінформ", "Олена Коваль; Укрінформ"),
    ("cs", "Autor: Jana Nováková", "Zdroj: ČTK", "Jana Nováková; ČTK"),
    ("de", "Von Anna Weber", "Quelle: dpa", "Anna Weber; dpa"),
    ("es", "Por Ana Pérez", "Con información de EFE", "Ana Pérez; EFE"),
    ("pt", "Por Ana Souza", "Com informações da Agência Brasil", "Ana Souza; Agência Brasil"),
    ("pl", "Autor: Jan Nowak", "kzu/ mhr/ ap/ PAP", "Jan Nowak; PAP"),
]


def _cleaned(raw: RawPage) -> Article:
    cleaned = clean_page(raw, CleanConfig())
    assert isinstance(cleaned, Article), cleaned
    return cleaned


@pytest.mark.parametrize(("language", "opening", "closing", "author"), TUNE + CONFIRM)
def test_a_named_writer_keeps_the_cut_credit(
    language: str, opening: str, closing: str, author: str
) -> None:
    body = TEXTS[language]
    field = opening.removeprefix("field:") if opening.startswith("field:") else None
    raw = RawPage(
        "r.jsonl:1", "text", "\n\n".join([*([] if field else [opening]), *body, closing]),
        url=f"https://regional-paper.example/{language}/1", title=TITLE.get(language, "Obras"),
        language=language, author=field,
    )
    cleaned = _cleaned(raw)
    assert cleaned.author == author
    assert cleaned.text.split("\n") == body


def test_an_html_page_naming_its_writer_keeps_the_cut_credit() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in [*BODIES["pl"], "Źródło: PAP"])
    html = (
        '<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><meta name="author" '
        f'content="Jan Nowak"><title>{TITLE["pl"]}</title></head><body><main><article><h1>'
        f"{TITLE['pl']}</h1>{paragraphs}</article></main></body></html>"
    ).encode()
    raw = RawPage("p.html", "html", html, url="https://regional-paper.example/pl/1")
    assert _cleaned(raw).author == "Jan Nowak; PAP"


@pytest.mark.parametrize(
    ("author", "closing"),
    [("PAP", "Źródło: PAP"), ("Polska Agencja Prasowa", "(PAP)"), ("Reuters", "(Reuters)")],
)
def test_an_agency_named_already_is_not_named_twice(author: str, closing: str) -> None:
    raw = RawPage(
        "r.jsonl:1", "text", "\n\n".join([*BODIES["pl"], closing]), author=author,
        url="https://regional-paper.example/pl/1", title=TITLE["pl"], language="pl",
    )
    assert _cleaned(raw).author == author


@pytest.mark.parametrize(
    ("closing", "credits"),
    [
        ("pz/ mk/ (PAP)", {"PAP"}),
        ("kzu/ mhr/ ap/ (PAP)", {"PAP"}),
        ("mw/ pad/ PAP", {"PAP"}),
        # initials alone, or initials only, credit nothing; an agency before them still does
        ("pz/ mk/", set()),
        ("to/ ap", set()),
        ("dpa/lby", {"dpa"}),
        ("APA/dpa/red", {"APA", "dpa"}),
        ("(dpa/AFP)", {"dpa", "AFP"}),
        ("Mit Material der dpa und AFP", {"dpa", "AFP"}),
    ],
)
def test_desk_initials_before_the_agency_credit_it(closing: str, credits: set[str]) -> None:
    assert closing_credits(f"Most zostanie zamknięty.\n{closing}") == credits


def test_the_agency_page_is_shown_over_a_named_writers_copy() -> None:
    """PAP's page at 15:00 UTC, a paper's copy by its writer at 11:00 UTC ending "Źródło: PAP"
    (its author as cleaning stores it): PAP's page, in either order."""
    raw = RawPage(
        "r.jsonl:1", "text", "\n\n".join(["Autor: Jan Nowak", *BODIES["pl"], "Źródło: PAP"]),
        url="https://regional-paper.example/pl/1", title=TITLE["pl"], language="pl",
    )
    author = _cleaned(raw).author
    assert author is not None
    agency = page(1, 400, "2026-12-03T15:00:00", "https://www.pap.pl/aktualnosci/1", zoneless=False)
    paper = replace(
        page(2, 400, "2026-12-03T11:00:00", "https://regional-paper.example/pl/1", zoneless=False),
        author=author,
    )
    for nodes in itertools.permutations((agency, paper)):
        assert shown(*nodes) == 1
