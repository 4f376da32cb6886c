"""A byline element holding only an agency's credit is the page's author, as the agency
writes itself (credits44, finding 1: a Nordic broadcaster's ``<p class="byline">TT</p>`` gave
no author while ``NTB`` gave NTB: trafilatura passes over an author element of fewer than three
characters).  Every agency of the one agency list whose credit is that short ("TT", "AP",
"PA", "CP", "AA", "共同"), in each element trafilatura's author search and clipper's class
search read; a longer credit, and a byline word before it ("Av TT"), as before; a two-letter
element that is no agency's credit stays no author.  Invented page and texts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from clipper.agencycredits import AGENCY_SPELLINGS, credited_agencies
from clipper.agencydatelines import AGENCIES
from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

PARAGRAPHS = (
    "Regeringen föreslog på tisdagen att skatten på bensin sänks med fyra kronor per liter "
    "från och med januari nästa år, meddelade finansministern vid en pressträff.",
    "Oppositionen kritiserade förslaget och menade att det gynnar dem som bor i städerna mer "
    "än dem som bor på landsbygden och måste ta bilen till jobbet.",
)

# the credits shorter than trafilatura's three-character floor, from the agency list itself
SHORT = sorted(
    {a for a in AGENCIES if len(a) < 3}
    | {s for spellings in AGENCY_SPELLINGS.values() for s in spellings if len(s) < 3}
)
ELEMENTS = (
    '<p class="byline">{}</p>',
    '<span class="author">{}</span>',
    '<div class="byline">{}</div>',
    '<a rel="author" href="/authors/x">{}</a>',
    '<div class="auteur">{}</div>',
)


def _author(element: str) -> str | None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">'
        "<title>Skatten på bensin sänks</title></head><body><main><article>"
        f"<h1>Skatten på bensin sänks</h1>{element}{paragraphs}</article></main></body></html>"
    )
    page = clean_page(
        RawPage("p.html", "html", html.encode(), url="https://www.nyheter-exempel.se/a/1"),
        CleanConfig(),
    )
    assert isinstance(page, Article), page
    return page.author


def test_the_short_credits_are_read_from_the_agency_list() -> None:
    assert {"TT", "AP", "PA", "AA"} <= set(SHORT)
    assert all(credited_agencies(credit) for credit in SHORT)


@pytest.mark.parametrize("element", ELEMENTS)
@pytest.mark.parametrize("credit", SHORT)
def test_an_element_holding_only_a_short_agency_credit_is_the_author(
    element: str, credit: str
) -> None:
    assert _author(element.format(credit)) == credit


@pytest.mark.parametrize(
    ("element", "author"),
    [
        ('<p class="byline">Av TT</p>', "TT"),
        ('<span class="author">NTB</span>', "NTB"),
        ('<div class="byline">dpa</div>', "dpa"),
        ('<p class="byline">Ritzau</p>', "Ritzau"),
        ('<p class="byline">STT</p>', "STT"),
        ('<p class="byline">Belga</p>', "Belga"),
        ('<a rel="author" href="/a">AFP</a>', "AFP"),
        # not an agency: no author, as before (trafilatura's floor stands)
        ('<p class="byline">XY</p>', None),
        ('<p class="byline">Ny</p>', None),
    ],
)
def test_longer_credits_and_other_short_texts_as_before(element: str, author: str | None) -> None:
    assert _author(element) == author


def test_a_short_credit_gives_way_to_a_later_byline_of_a_person() -> None:
    """trafilatura's order stands: an element it reads (three characters or more) wins over a
    short credit before it; the credit is read only when no element is."""
    two = '<p class="byline">TT</p><div class="byline">Anna Svensson</div>'
    assert _author(two) == "Anna Svensson"


def test_the_author_search_reads_each_of_its_xpaths_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where trafilatura's search finds no author, the short credit is read among the elements
    its XPaths found, not by evaluating them again (~5 ms each on a whole page: session 47)."""
    from trafilatura import xpaths

    calls: list[int] = []

    def counted(index: int, expression: Callable[[Any], Any]) -> Callable[[Any], Any]:
        def find(tree: Any) -> Any:
            calls.append(index)
            return expression(tree)

        return find

    monkeypatch.setattr(
        xpaths, "AUTHOR_XPATHS", [counted(i, x) for i, x in enumerate(xpaths.AUTHOR_XPATHS)]
    )
    assert _author('<p class="byline">TT</p>') == "TT"
    assert sorted(calls) == list(range(len(xpaths.AUTHOR_XPATHS)))
