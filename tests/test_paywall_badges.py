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


# A headline opening with one of a table's account lines ("Profil", "Login", "Entrar"), in its
# own language or in another whose table holds the word: no badge, nothing is cut.
ACCOUNT_WORDS = [
    ("Profil: Die Frau, die Berlin regiert", "de"),
    ("Login: Warum Passwörter sterben", "de"),
    ("Registrieren: neue Regeln für Vereine", "de"),
    ("Konto: Was die Banken ab Januar verlangen", "de"),
    ("Anmelden: So kommen Eltern an einen Kitaplatz", "de"),
    ("Register: how to vote in the May elections", "en"),
    ("Inscription : les dates à retenir pour le bac", "fr"),
    ("Connexion : la fibre arrive dans les villages", "fr"),
    ("Entrar: o que muda nas fronteiras da União", "pt"),
    ("Entrar: la odisea de cruzar la frontera", "es"),
    ("Entra: il governo apre le scuole", "it"),
    ("Profil: Muž, který vede Prahu", "cs"),
    ("Profil: Kvinden der styrer byen", "da"),
    ("Konto: Så mycket kostar bankerna dig", "sv"),
    ("Konto: ile zapłacisz za prowadzenie", "pl"),
    ("Masuk: daftar sekolah baru dibuka", "id"),
    ("Plus : les prix de l'énergie flambent", "fr"),
    ("Profil | Die Frau, die Berlin regiert", "de"),
    ("Die Frau, die Berlin regiert – Profil", "de"),
]


@pytest.mark.parametrize(("headline", "language"), ACCOUNT_WORDS)
def test_an_account_word_opening_a_headline_is_no_badge(headline: str, language: str) -> None:
    assert without_badges(headline, language) == headline
    assert without_badges(headline) == headline


def test_a_page_headlined_with_an_account_word_keeps_it() -> None:
    for headline, language in ACCOUNT_WORDS[:5]:
        raw = RawPage(
            "r.jsonl:1", "text", "\n\n".join(PARAGRAPHS), title=headline, language=language
        )
        page = clean_page(raw, CleanConfig())
        assert isinstance(page, Article), page
        assert page.title == headline


@pytest.mark.parametrize(
    ("headline", "language", "cut"),
    [
        ("Premium: Gebühren sinken", "de", "Gebühren sinken"),
        ("Gebühren sinken | Abonnenten", "de", "Gebühren sinken"),
        ("Plus: Gebühren sinken", "de", "Gebühren sinken"),
        ("Exklusiv für Abonnentinnen: Gebühren sinken", "de-AT", "Gebühren sinken"),
        ("Fees fall again | For subscribers", "en", "Fees fall again"),
        # what every language writes: "Premium", a paper's mark
        ("Premium : les tarifs baissent", "fr", "les tarifs baissent"),
        ("Premium: kontingenten senkes", "nb", "kontingenten senkes"),
        ("NZZ+ | Die Gebühren sinken", "de", "Die Gebühren sinken"),
        ("F+ Les tarifs baissent", None, "Les tarifs baissent"),
    ],
)
def test_a_badge_is_read_by_the_pages_language(headline: str, language: str, cut: str) -> None:
    assert without_badges(headline, language) == cut


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # one language's badge is another's word
        ("Plus: les tarifs baissent encore", "fr"),
        ("Abonnenten: wie die Zeitungen sie halten", None),
        ("Abo: wat het kost", "nl"),
        ("For subscribers: cuánto cuesta", "es"),
    ],
)
def test_another_languages_badge_stays(headline: str, language: str | None) -> None:
    assert without_badges(headline, language) == headline


def test_a_name_keeps_a_word_its_language_does_not_badge() -> None:
    assert without_name_badges("Anna Weber; Abonnenten", "de") == "Anna Weber"
    assert without_name_badges("Marie Dupont; Abonnenten", "fr") == "Marie Dupont; Abonnenten"
