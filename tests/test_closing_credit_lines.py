"""An agency's own page is shown when its copies credit it on a closing line of their own that
cleaning cuts (newcomer 40, finding 5: a Warsaw and Kyiv desk's Ukrinform page ending
"Джерело: Укрінформ" lost to an earlier re-post, where a dateline "(PAP) –" won): the line
("Джерело: Укрінформ", "Źródło: PAP", "(PAP)") names the page's author when it names none
(clipper.closingcredits.cut_credits), and an author naming an agency credits it as a dateline
does (clipper.canonical rule 6).  A photo's credit ("Fot. PAP") credits nothing, and a credit
to another agency does not make an agency's site the original.

The rules were written on ``TUNE``'s closings; ``CONFIRM`` (other labels, agencies and
languages) was written after them.  Invented texts and sites."""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.closingcredits import closing_credits
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from tests.test_agency_bylines import BODIES, TITLE
from tests.test_imprecise_times import page, shown, shown_after
from tests.test_wire_original_shown import _records

# (language, the closing line under the text, the author it gives, the agency's own address)
TUNE = [
    ("uk", "Джерело: Укрінформ", "Укрінформ", "https://www.ukrinform.ua/rubric-society/1"),
    ("pl", "Źródło: PAP", "PAP", "https://www.pap.pl/aktualnosci/1"),
    ("pl", "(PAP)", "PAP", "https://www.pap.pl/aktualnosci/1"),
    ("cs", "Zdroj: ČTK", "ČTK", "https://www.ctk.cz/zpravy/1"),
]
CONFIRM = [
    ("ru", "Источник: ТАСС", "ТАСС", "https://tass.ru/obschestvo/1"),
    ("de", "Quelle: dpa", "dpa", "https://www.dpa.com/de/1"),
    ("lt", "Šaltinis: ELTA", "ELTA", "https://www.elta.lt/lt/naujienos/1"),
    ("sk", "(TASR)", "TASR", "https://www.tasr.sk/spravy/1"),
    ("uk", "Автор: Укрінформ", "Укрінформ", "https://www.ukrinform.ua/rubric-society/1"),
]


def _html(language: str, closing: str, author: str | None = None) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in [*BODIES[language], closing])
    meta = f'<div class="meta"><span class="author">{author}</span></div>' if author else ""
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{TITLE[language]}</title></head><body><main><article><h1>{TITLE[language]}"
        f'</h1>{meta}<div class="article-body">{paragraphs}</div></article></main></body></html>'
    ).encode()


def _cleaned(raw: RawPage) -> Article:
    cleaned = clean_page(raw, CleanConfig())
    assert isinstance(cleaned, Article), cleaned
    return cleaned


@pytest.mark.parametrize(("language", "closing", "author", "own"), TUNE + CONFIRM)
def test_a_cut_closing_credit_names_the_author(
    language: str, closing: str, author: str, own: str
) -> None:
    """In an HTML page and a record's text alike: the line goes, its agency is the author."""
    url = f"https://regional-paper.example/{language}/1"
    html = _cleaned(RawPage("p.html", "html", _html(language, closing), url=url))
    record = _cleaned(RawPage(
        "r.jsonl:1", "text", "\n".join([*BODIES[language], closing]), url=url,
        title=TITLE[language], language=language,
    ))  # fmt: skip
    for cleaned in (html, record):
        assert cleaned.author == author
        assert cleaned.text.split("\n")[-1] == BODIES[language][-1]


@pytest.mark.parametrize(
    ("language", "closing"),
    [("pl", "Fot. PAP"), ("uk", "Фото: Укрінформ"), ("lt", "Nuotr. ELTA"), ("cs", "Foto: ČTK")],
)
def test_a_photo_credit_names_no_author(language: str, closing: str) -> None:
    url = f"https://regional-paper.example/{language}/1"
    assert _cleaned(RawPage("p.html", "html", _html(language, closing), url=url)).author is None


@pytest.mark.parametrize("buttons", ["A A", "A \u00a0 A", "A A A", "a A"])
def test_text_size_buttons_are_no_agency(buttons: str) -> None:
    """A page's text-size buttons under its text ("A A", read as "AA", Anadolu's initials, by
    the credit key that reads "ا ف ب" as AFP) name no author and credit nothing (found on the
    one-day bench's pages, session 41: 62 of 2,000 pages' author was "A A")."""
    url = "https://regional-paper.example/pl/1"
    text = "\n".join([*BODIES["pl"], "Czytaj także:", "Most w Chełmie zamknięty", buttons])
    raw = RawPage("r.jsonl:1", "text", text, url=url, title=TITLE["pl"], language="pl")
    assert _cleaned(raw).author is None
    assert closing_credits(f"Koniec.\n{buttons}") == frozenset()
    # the agency's own initials, written together or dotted, still credit it
    assert closing_credits("Koniec.\nAA") == frozenset({"Anadolu"})


def test_a_page_naming_its_author_keeps_it_and_the_credit() -> None:
    """The page's writer stays its author, the cut credit's agency after her (the Warsaw/Kyiv
    desk's credit was lost for the page shown: left open in session 41)."""
    url = "https://regional-paper.example/pl/1"
    raw = RawPage("p.html", "html", _html("pl", "Źródło: PAP", "Anna Kowalska"), url=url)
    assert _cleaned(raw).author == "Anna Kowalska; PAP"


def test_a_sentence_naming_an_agency_names_no_author() -> None:
    closing = "Як повідомляв Укрінформ, ремонт мосту планували ще навесні."
    url = "https://regional-paper.example/uk/1"
    assert _cleaned(RawPage("p.html", "html", _html("uk", closing), url=url)).author is None


PAPER = "https://regional-paper.example/news/1"


@pytest.mark.parametrize(("author", "agency_url"), [
    ("Ukrinform", "https://www.ukrinform.ua/rubric-society/1"),
    ("PAP", "https://www.pap.pl/aktualnosci/1"),
    ("Anna Kowalska; PAP", "https://www.pap.pl/aktualnosci/1"),
    ("TASS", "https://tass.ru/obschestvo/1"),
])  # fmt: skip
def test_an_author_naming_an_agency_shows_its_page(author: str, agency_url: str) -> None:
    """The agency's page at 15:00 UTC, a paper's copy at 11:00 UTC whose author is the agency:
    the agency's, in either order; the paper's when its author is a person."""
    agency = page(1, 400, "2026-12-03T15:00:00", agency_url, zoneless=False)
    paper = replace(page(2, 400, "2026-12-03T11:00:00", PAPER, zoneless=False), author=author)
    for nodes in itertools.permutations((agency, paper)):
        assert shown(*nodes) == 1
    person = replace(paper, author="Anna Kowalska")
    for nodes in itertools.permutations((agency, person)):
        assert shown(*nodes) == 2


def test_another_agencys_credit_does_not_make_a_site_the_original() -> None:
    """PAP's site runs a Reuters report (its author "Reuters", or PAP naming itself) and a
    paper's earlier copy credits Reuters: the paper's, the earlier."""
    paper = replace(
        page(2, 400, "2026-12-03T11:00:00", PAPER, zoneless=False), author="Reuters"
    )
    for own in ("Reuters", "PAP"):
        agency = replace(
            page(1, 400, "2026-12-03T15:00:00", "https://www.pap.pl/aktualnosci/1",
                 zoneless=False),
            author=own,
        )  # fmt: skip
        for nodes in itertools.permutations((agency, paper)):
            assert shown(*nodes) == 2


@pytest.mark.parametrize(("language", "closing", "author", "own"), TUNE + CONFIRM)
def test_dedupe_shows_the_agencys_page_its_copies_credit_on_a_closing_line(
    tmp_path: Path, language: str, closing: str, author: str, own: str
) -> None:
    """The agency's page at 15:20 UTC and a paper's copy at 13:05 UTC, each ending with the
    credit line, none naming an author, each a night of its own, in either order."""
    text = "\n".join([*BODIES[language], closing])
    nights = [
        _records(tmp_path / "in", "agency", [
            {"url": own, "title": TITLE[language], "maintext": text,
             "date_publish": "2026-12-04T15:20:00+00:00", "language": language},
        ]),
        _records(tmp_path / "in", "paper", [
            {"url": f"https://regional-paper.example/{language}/most", "title": TITLE[language],
             "maintext": text, "date_publish": "2026-12-04T13:05:00+00:00",
             "language": language},
        ]),
    ]  # fmt: skip
    assert shown_after(tmp_path / "in-order.db", nights) == own
    assert shown_after(tmp_path / "reversed.db", nights[::-1]) == own
