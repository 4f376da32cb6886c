"""Page furniture a reader found kept in stored texts (newcomer 16, finding 6): a line that is only
the page's byline ("Von Nina Magoley") or only its timestamp ("Stand: 22.04.2024, 06:00 Uhr"), a
box of promotion bullets under its heading, a journalism pitch, a teaser blurb ending with its
link's label ("… Full Article"), a "Trending" box, a "read also" box whose lead trafilatura kept,
and photo credits in text dumps.  Sentences of the article with the same words stay.  All pages
here are invented."""

from __future__ import annotations

import pytest

from clipper.bylinelines import byline_line, names_the_author
from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.furniture.compiled import matchers
from clipper.page import Article, RawPage
from clipper.textdump import clean_text_dump

# ----------------------------------------------------------------------------- article text

GERMAN = [
    "Die Stadt will den Fährbetrieb auf dem Fluss ab dem Frühjahr deutlich ausbauen, teilte "
    "die Verwaltung am Montag mit.",
    "Künftig sollen die Boote alle zwanzig Minuten fahren, auch am Wochenende und an "
    "Feiertagen, wie ein Sprecher der Stadtwerke sagte.",
    "Pendler hatten sich seit Monaten über lange Wartezeiten am Anleger beschwert, vor allem "
    "am frühen Morgen und nach Feierabend.",
    "Die Kosten für die zwei zusätzlichen Boote liegen nach ersten Schätzungen bei rund vier "
    "Millionen Euro, die das Land zur Hälfte trägt.",
]
ENGLISH = [
    "The county's ferry operator said on Tuesday that crossings would run every twenty minutes "
    "from March, after commuters complained about long queues at the landing stage.",
    "Fares stay the same for residents, the operator said, and the late boat keeps its "
    "timetable until the council reviews the schedule in the autumn.",
    "Two new boats will join the fleet next year, paid for in part by a state grant that the "
    "council applied for last winter after a long campaign.",
    "Published in 2019, the harbour report found that most commuters wanted more crossings, and "
    "we want to hear from you about the new timetable, the operator wrote to residents.",
]


def _html(lang: str, title: str, author: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="{lang}"><head><title>{title}</title>'
        f'<meta name="author" content="{author}"></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


def _clean_html(html: bytes) -> Article:
    raw = RawPage(
        origin="test", kind="html", body=html, url="https://harbour.example/news/ferries",
        fetched_at="2024-04-23T08:00:00+00:00",
    )
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Article), result
    return result


# ----------------------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Nina Keller", "Nina Keller"),
        ("von Jonas Brandt, Redakteur für Verkehr", "Jonas Brandt"),
        ("Von Lea Sommer und Tim Hart", "Lea Sommer und Tim Hart"),
        ("Von Paul Winter 22.04.2024, 18:11 Uhr", "Paul Winter"),
        ("Par Jeanne Roux", "Jeanne Roux"),
        ("Por Ana Ruiz y Luis Mora", "Ana Ruiz y Luis Mora"),
        ("di Marta Bianchi", "Marta Bianchi"),
        ("Door Jan de Vries", "Jan de Vries"),
        ("Texto: Ana Pérez", "Ana Pérez"),
        # no byline: one capitalised word, a subheading, a sentence, a label without a colon
        ("Von Kindern und Jugendlichen", None),
        ("Von Berlin nach Paris", None),
        ("Von Anna Keller stammt der Entwurf.", None),
        ("By the time the ferry arrived, the queue had gone.", None),
        ("Text Edge Style", None),
    ],
)
def test_a_byline_line_by_its_shape(line: str, names: str | None) -> None:
    assert byline_line(line) == names


def test_a_byline_line_names_the_page_s_author_or_not() -> None:
    assert names_the_author("Von Nina Keller", "Nina Keller; Stadtfunk")
    assert names_the_author("Von Lea Sommer und Tim Hart", "Tim Hart; Lea Sommer")
    assert not names_the_author("Von Nina Keller", "Jonas Brandt")
    assert not names_the_author("Von Nina Keller", None)


def test_an_html_page_s_own_byline_and_timestamp_lines_are_dropped() -> None:
    lines = [GERMAN[0], "Stand: 22.04.2024, 06:00 Uhr", "Von Nina Keller", *GERMAN[1:]]
    article = _clean_html(_html("de", "Mehr Fähren auf dem Fluss", "Nina Keller", lines))
    assert article.text.splitlines() == GERMAN
    assert article.author == "Nina Keller"


def test_a_byline_naming_someone_else_stays_on_an_html_page() -> None:
    lines = [GERMAN[0], "Von Jonas Brandt", *GERMAN[1:]]
    article = _clean_html(_html("de", "Mehr Fähren auf dem Fluss", "Nina Keller", lines))
    assert "Von Jonas Brandt" in article.text.splitlines()


# ----------------------------------------------------------------------------- timestamps


@pytest.mark.parametrize(
    "line",
    [
        "Stand: 22.04.2024, 06:00 Uhr",
        "Aktualisiert am 28. April 2024, 20:22 Uhr",
        "Veröffentlicht/Aktualisiert: vor 19 Minuten",
        "Stand: 20:03 Uhr | Lesedauer: 4 Minuten",
        "Last updated Monday, Dec. 29 2014, 8:57 PM EST",
        "Published May 7, 2025",
        "Updated 6 hours ago",
        "Publié le 30/04/2024 - 16:00",
        "Mis à jour le 2 mai 2024 à 10h15",
        "Actualizado el 25/05/2025 21:57 h",
    ],
)
def test_a_timestamp_line(line: str) -> None:
    assert matchers().is_timestamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "Published in 2019, the harbour report found that most commuters wanted more boats.",
        "Updated figures show 3 % more passengers in the first quarter",
        "Standard fares rise by 2 euros",
        "Stand der Dinge im Jahr 2024",
    ],
)
def test_no_timestamp_line(line: str) -> None:
    assert not matchers().is_timestamp(line)


# ----------------------------------------------------------------------------- promotion, pitches


def test_a_box_of_promotion_bullets_goes_with_its_heading() -> None:
    box = (
        "<h3>What to know about the harbour vote</h3><ul>"
        "<li>Today’s news: Follow live updates from the council chamber.</li>"
        "<li>We want to hear from you: Do you take the ferry to work? Tell us how.</li>"
        "<li>Our role: The Harbour Times has covered the port since 1902. Learn more.</li>"
        "</ul>"
    )
    html = _html("en", "More ferries on the river", "Ann Reed", ENGLISH).replace(
        f"<p>{ENGLISH[1]}</p>".encode(), f"<p>{ENGLISH[1]}</p>{box}".encode()
    )
    assert _clean_html(html).text.splitlines() == ENGLISH


def test_a_heading_over_an_ordinary_list_stays() -> None:
    items = (
        "<h3>What to know about the new timetable</h3><ul>"
        "<li>Boats leave every twenty minutes.</li><li>Fares stay the same.</li></ul>"
    )
    html = _html("en", "More ferries on the river", "Ann Reed", ENGLISH).replace(
        f"<p>{ENGLISH[1]}</p>".encode(), f"<p>{ENGLISH[1]}</p>{items}".encode()
    )
    text = _clean_html(html).text
    assert "What to know about the new timetable" in text
    assert "Fares stay the same." in text


@pytest.mark.parametrize(
    "line",
    [
        "Enjoying our latest content?",
        "Access the most recent journalism from the Gazette's award-winning team",
        "Explore the latest features & opinion covering the harbour",
        "and JavaScript.",
        "Internet Explorer). In the meantime, to ensure continued support, we are displaying "
        "the site without styles",
        "Ferry fares rise for the first time in a decade Full Article",
        "The council met on Monday. It voted for two new boats. Read more",
        "Die Stadt plant zwei neue Boote. Weiterlesen",
    ],
)
def test_pitches_notices_and_teaser_blurbs(line: str) -> None:
    m = matchers()
    assert m.is_furniture(line) or m.is_site_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "Residents can visit the council's website to learn more.",
        "Learn more about the ferry timetable",
        "Access to the landing stage stays closed until Friday, the operator said.",
        "We may never know the full story.",
        ENGLISH[3],
    ],
)
def test_sentences_with_the_same_words_stay(line: str) -> None:
    m = matchers()
    assert not m.is_furniture(line)
    assert not m.is_site_notice(line)


def test_a_trending_box_goes_from_an_html_page() -> None:
    trailer = [
        "Trending On Harbour Times",
        "Business",
        "Dock workers vote to strike over pay, the union said on Friday after a long meeting. "
        "Full Article",
    ]
    html = _html("en", "More ferries on the river", "Ann Reed", [*ENGLISH, *trailer])
    assert _clean_html(html).text.splitlines() == ENGLISH


# ----------------------------------------------------------------------------- read-also box


def test_a_read_also_box_s_lead_goes_with_the_box() -> None:
    # the shape of Rzeczpospolita's box: a label, a kicker, a linked headline and its lead,
    # cut mid-word; trafilatura drops the label and the links and keeps the lead
    box = (
        '<div class="block--excerpt"><div class="excerpt last">'
        '<div class="subtitle--border"><p class="subtitle">Czytaj więcej</p></div>'
        '<div class="article"><div class="w-27"><a href="/kraj/art1" class="contentLink"></a>'
        '</div><div class="flex-1"><div class="pl-responsive">'
        '<div class="overline"><a href="/kraj">Kraj</a></div>'
        '<a class="contentLink title" href="/kraj/art1">Nowe promy na rzece od wiosny. Miasto '
        "kupi dwie łodzie</a>"
        '<div class="hidden md:block"><p class="lead">Miasto kupi dwie nowe łodzie, a promy '
        "będą kursować co dwadzieścia minut także w weekendy, a bilety miesięczne nie zdrożeją "
        "– wynika z zapowiedzi, którą w piątek przedstawił prezyd...</p></div>"
        "</div></div></div></div></div>"
    )
    polish = [
        "Miasto chce od wiosny znacznie rozbudować komunikację promową na rzece, poinformował "
        "w poniedziałek urząd miasta w komunikacie dla mieszkańców.",
        "Promy mają kursować co dwadzieścia minut, także w weekendy i święta, jak powiedział "
        "rzecznik miejskiej spółki transportowej.",
        "Dojeżdżający od miesięcy skarżyli się na długie kolejki przy przystani, zwłaszcza "
        "wczesnym rankiem i po pracy.",
    ]
    body = f"<p>{polish[0]}</p>{box}" + "".join(f"<p>{p}</p>" for p in polish[1:])
    html = (
        '<html lang="pl"><head><title>Więcej promów na rzece</title></head><body>'
        '<div class="container"><h1>Więcej promów na rzece</h1>'
        f'<div class="body articleBody">{body}</div></div></body></html>'
    ).encode()
    assert _clean_html(html).text.splitlines() == polish


# ----------------------------------------------------------------------------- text dumps


def test_a_text_dump_s_byline_timestamp_and_credit_lines_are_dropped() -> None:
    dump = "\n\n".join(
        [
            "Mehr Fähren auf dem Fluss",
            GERMAN[0],
            "Von Nina Keller",
            "Stand: 22.04.2024, 06:00 Uhr",
            GERMAN[1],
            "Foto: Jana Roth / dpa",
            GERMAN[2],
            GERMAN[3],
        ]
    )
    cleaned = clean_text_dump(dump)
    assert cleaned.paragraphs == GERMAN
    assert cleaned.author == "Nina Keller"


def test_a_text_dump_keeps_sentences_that_open_like_a_byline() -> None:
    line = "Von Anna Keller stammt der Entwurf für die neuen Anleger am Fluss."
    dump = "\n\n".join(["Mehr Fähren auf dem Fluss", GERMAN[0], line, *GERMAN[1:]])
    assert clean_text_dump(dump).paragraphs == [GERMAN[0], line, *GERMAN[1:]]


def test_a_text_dump_drops_only_the_page_s_own_byline_lines() -> None:
    # the crawler's author, else the first byline line's names, are the page's own; a teaser
    # list's bylines of other writers stay
    teaser = "Neue Anleger für die Altstadt: Was Anwohner jetzt wissen müssen"
    dump = "\n\n".join(
        ["Mehr Fähren auf dem Fluss", GERMAN[0], "Von Nina Keller", *GERMAN[1:], teaser,
         "Von Jonas Brandt"]
    )
    assert clean_text_dump(dump).paragraphs == [*GERMAN, teaser, "Von Jonas Brandt"]
    given = clean_text_dump(dump, author="Jonas Brandt")
    assert given.paragraphs == [GERMAN[0], "Von Nina Keller", *GERMAN[1:], teaser]
    assert given.author == "Jonas Brandt"
