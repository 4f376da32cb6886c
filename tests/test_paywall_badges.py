"""A subscription badge beside a headline or a byline ("SZ Plus", "F+", "Premium", "Abonnenten",
"Exklusiv für Abonnenten") is no part of the title nor of the author (credits44, finding 4: a
badge's ``<span>`` in the ``<h1>`` or the byline element ended in the stored title, "SZ Plus
Gebühren für Kindergärten sinken", and author, "Anna Weber SZ Plus").  A headline that merely
opens or ends with such a word stays ("Premium Bonds rise", "Plus de 100 morts", "Disney Plus
raises prices", "A+ for effort").  ``TUNE`` holds the finding's shapes, ``CONFIRM`` other
papers' marks and separators written after the rule.  Invented papers, names and texts."""

from __future__ import annotations

import re

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.paybadges import without_badges, without_name_badges

PARAGRAPHS = (
    "Die Landesregierung hat am Dienstag beschlossen, die Gebühren für Kindergärten ab dem "
    "kommenden Jahr zu senken, teilte die Familienministerin in der Hauptstadt mit.",
    "Die Opposition kritisierte den Beschluss und sprach von einem Wahlgeschenk, das die "
    "Kommunen am Ende teuer zu stehen komme, weil sie andere Gebühren erhöhen müssten.",
)
HEADLINE = "Gebühren für Kindergärten sinken"

# (the headline as the <h1> and <title> write it, the byline element's text)
TUNE = [
    ('<span class="badge">SZ Plus</span> ' + HEADLINE, "Von Anna Weber"),
    (HEADLINE, 'Von Anna Weber <span class="badge">SZ Plus</span>'),
    ('<span class="plus">F+</span> ' + HEADLINE, "Von Anna Weber"),
    ('<span class="label">Premium</span>: ' + HEADLINE, "Von Anna Weber"),
    (HEADLINE + ' | <span class="label">Abonnenten</span>', "Von Anna Weber"),
    ('<span class="label">Exklusiv für Abonnenten</span>: ' + HEADLINE, "Von Anna Weber"),
]
CONFIRM = [
    ('<span class="plus">Z+</span> ' + HEADLINE, "Von Anna Weber"),
    ('<span class="plus">NZZ+</span> | ' + HEADLINE, "Von Anna Weber"),
    (HEADLINE + ' · <span class="plus">BILDplus</span>', "Von Anna Weber"),
    (HEADLINE, 'Von Anna Weber · <span class="label">Premium</span>'),
    ('<span class="label">Für Abonnenten</span> – ' + HEADLINE, "Von Anna Weber"),
]


def _page(h1: str, byline: str) -> Article:
    title = re.sub(r"<[^>]+>", "", h1)  # the <title> as the <h1> reads
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body><main><article><h1>{h1}</h1>"
        f'<div class="byline">{byline}</div>{paragraphs}</article></main></body></html>'
    )
    page = clean_page(
        RawPage("p.html", "html", html.encode(), url="https://www.zeitung-beispiel.de/a/1"),
        CleanConfig(),
    )
    assert isinstance(page, Article), page
    return page


@pytest.mark.parametrize(("h1", "byline"), TUNE + CONFIRM)
def test_a_badge_is_no_part_of_the_headline_nor_the_author(h1: str, byline: str) -> None:
    page = _page(h1, byline)
    assert page.title == HEADLINE
    assert page.author == "Anna Weber"


@pytest.mark.parametrize(
    "title",
    ["SZ Plus " + HEADLINE, "F+ " + HEADLINE, "Premium: " + HEADLINE, HEADLINE + " | Premium"],
)
def test_a_records_title_field_loses_its_badge(title: str) -> None:
    raw = RawPage(
        "r.jsonl:1", "text", "\n\n".join(PARAGRAPHS), title=title, language="de",
        author="Anna Weber SZ Plus",
    )  # fmt: skip
    page = clean_page(raw, CleanConfig())
    assert isinstance(page, Article), page
    assert (page.title, page.author) == (HEADLINE, "Anna Weber")


@pytest.mark.parametrize(
    "headline",
    [
        "Premium Bonds rise for savers",  # a product's name
        "Plus de 100 morts dans les inondations",  # French "more than"
        "Disney Plus raises prices again",  # a service's name
        "ESPN+ adds hockey games",
        "A+ for effort: schools improve",  # a grade
        "Apple unveils iPhone 16 Plus",
        "Premium",  # nothing but the word: stays
    ],
)
def test_a_headline_that_opens_or_ends_with_such_a_word_stays(headline: str) -> None:
    assert without_badges(headline) == headline


def test_a_name_that_is_only_a_badge_is_no_name() -> None:
    assert without_name_badges("Anna Weber; Premium") == "Anna Weber"
    assert without_name_badges("SZ Plus") is None
    assert without_name_badges("Anna Weber; Jan Berg") == "Anna Weber; Jan Berg"
