"""A byline that is a news agency's credit loses its label (newcomer 40, finding 1: a Warsaw
and Kyiv desk's export showed the author "Autor PAP" for "Autor: PAP", "Автор Укрінформ", and
"Autor TASR" for a record's ``"authors": "Autor: TASR"``): the agency stays, as "By Reuters" is
"Reuters", in each language with byline words and after a credit's label ("Źródło:", "Zdroj:",
"Джерело:"); a person's name before an agency's parenthesis stays the name, the agency a
credit after it (both paths: credits52).  Confirmed on labels and agencies not tuned on
(German "Autorin: dpa", Russian "Автор: ТАСС", a Lithuanian
record "Autor: ELTA", two agencies).  All texts and names invented."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

# Invented reports (a bridge closed for repairs) in each language of the desk.
BODIES = {
    "pl": [
        "Most na Wiśle w centrum miasta zostanie zamknięty dla samochodów od poniedziałku do "
        "końca miesiąca, poinformował w piątek zarząd dróg miejskich.",
        "Kierowcy mają korzystać z objazdu przez ulice na północy miasta, a autobusy pojadą "
        "zmienionymi trasami przez cały czas trwania prac remontowych.",
        "Piesi i rowerzyści będą mogli przechodzić po moście wydzielonym chodnikiem.",
    ],
    "uk": [
        "Міст через річку в центрі міста закриють для автомобілів з понеділка до кінця місяця, "
        "повідомили у п'ятницю в міському управлінні доріг.",
        "Водіям радять користуватися об'їздом вулицями на півночі міста, а автобуси їздитимуть "
        "зміненими маршрутами протягом усього ремонту.",
        "Пішоходи та велосипедисти зможуть переходити міст окремим тротуаром.",
    ],
    "cs": [
        "Most přes řeku v centru města bude od pondělí do konce měsíce uzavřen pro auta, "
        "oznámila v pátek správa městských silnic.",
        "Řidiči mají jezdit objížďkou přes ulice na severu města a autobusy pojedou po "
        "změněných trasách po celou dobu oprav.",
        "Chodci a cyklisté budou moci přecházet most po odděleném chodníku.",
    ],
    "sk": [
        "Most cez rieku v centre mesta bude od pondelka do konca mesiaca uzavretý pre autá, "
        "oznámila v piatok správa mestských ciest.",
        "Vodiči majú jazdiť obchádzkou cez ulice na severe mesta a autobusy pôjdu po zmenených "
        "trasách počas celej opravy.",
        "Chodci a cyklisti budú môcť prechádzať po moste po oddelenom chodníku.",
    ],
    "de": [
        "Die Brücke über den Fluss in der Innenstadt wird von Montag an bis Ende des Monats für "
        "Autos gesperrt, teilte das Tiefbauamt am Freitag mit.",
        "Autofahrer sollen die Umleitung über die Straßen im Norden der Stadt nehmen, die Busse "
        "fahren während der gesamten Reparatur geänderte Strecken.",
        "Fußgänger und Radfahrer können die Brücke auf einem abgetrennten Gehweg queren.",
    ],
    "ru": [
        "Мост через реку в центре города закроют для автомобилей с понедельника до конца "
        "месяца, сообщили в пятницу в городском управлении дорог.",
        "Водителям советуют пользоваться объездом по улицам на севере города, а автобусы будут "
        "ходить по изменённым маршрутам во время всего ремонта.",
        "Пешеходы и велосипедисты смогут переходить мост по отдельному тротуару.",
    ],
    "lt": [
        "Tiltas per upę miesto centre nuo pirmadienio iki mėnesio pabaigos bus uždarytas "
        "automobiliams, penktadienį pranešė miesto kelių direkcija.",
        "Vairuotojai raginami važiuoti apylanka per gatves šiaurinėje miesto dalyje, o autobusai "
        "visą remonto laiką kursuos pakeistais maršrutais.",
        "Pėstieji ir dviratininkai tiltu galės eiti atskiru šaligatviu.",
    ],
}
TITLE = {"pl": "Most zamknięty", "uk": "Міст закрито", "cs": "Most uzavřen",
         "sk": "Most uzavretý", "de": "Brücke gesperrt", "ru": "Мост закрыт",
         "lt": "Tiltas uždarytas"}  # fmt: skip

# (language, the byline as a byline element or a record's author field writes it, the author)
BYLINES = [
    ("pl", "Autor: PAP", "PAP"),
    ("pl", "Źródło: PAP", "PAP"),
    ("uk", "Автор: Укрінформ", "Укрінформ"),
    ("uk", "Джерело: Укрінформ", "Укрінформ"),
    ("cs", "Autor: ČTK", "ČTK"),
    ("cs", "Zdroj: ČTK", "ČTK"),
    ("sk", "Autor: TASR", "TASR"),
    # not tuned on: another label's form, other agencies, two agencies
    ("de", "Autorin: dpa", "dpa"),
    ("ru", "Автор: ТАСС", "ТАСС"),
    ("lt", "Autor: ELTA", "ELTA"),
    ("pl", "Autor: PAP/Reuters", "PAP; Reuters"),
    # a person's name stays the name, its agency in brackets a credit after it (in a byline
    # element and a record's author field alike: credits52); a surname that is no agency keeps
    # its reading
    ("pl", "Autor: Anna Kowalska (PAP)", "Anna Kowalska; PAP"),
    ("cs", "Autorka: Jana Nováková", "Jana Nováková"),
]


def _html(language: str, written: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODIES[language])
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{TITLE[language]}</title></head><body><main><article><h1>{TITLE[language]}</h1>"
        f'<div class="meta"><span class="author">{written}</span></div>'
        f'<div class="article-body">{paragraphs}</div></article></main></body></html>'
    ).encode()


def _stored(raw: RawPage) -> Article:
    page = clean_page(raw, CleanConfig())
    assert isinstance(page, Article), page
    return page


@pytest.mark.parametrize(("language", "written", "author"), BYLINES)
def test_an_html_page_s_agency_byline_without_its_label(
    language: str, written: str, author: str
) -> None:
    raw = RawPage("p.html", "html", _html(language, written), url=f"https://a.example/{language}")
    assert _stored(raw).author == author


@pytest.mark.parametrize(("language", "written", "author"), BYLINES)
def test_a_record_s_agency_author_field_without_its_label(
    language: str, written: str, author: str
) -> None:
    raw = RawPage(
        "r.jsonl:1",
        "text",
        "\n".join(BODIES[language]),
        url=f"https://a.example/{language}",
        title=TITLE[language],
        language=language,
        author=written,
    )
    assert _stored(raw).author == author
