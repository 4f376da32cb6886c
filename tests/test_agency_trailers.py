"""An agency's trailer and a site's newsletter prompt under a report (newcomer 21, finding 19):
"© dpa-infocom, dpa:261203-99-123456/3", "(APA/dpa/red)", "Jetzt zum Newsletter anmelden",
"Melden Sie sich jetzt für unseren Newsletter an." are furniture of an HTML page's text and of a
text dump, and sign-offs to matching; sentences naming an agency or a newsletter stay.  All
pages here are invented."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.signoffs import agency_trailer, signs_off
from clipper.textdump import clean_text_dump
from tests.test_page_furniture_lines import GERMAN as FERRY

# the ferry report of test_page_furniture_lines, its last paragraph naming the agency in a
# sentence (no trailer: a sentence stays)
GERMAN = [
    *FERRY[:3],
    "Die Kosten für die zwei zusätzlichen Boote liegen nach ersten Schätzungen bei rund vier "
    "Millionen Euro, wie die Nachrichtenagentur (dpa) unter Berufung auf das Land meldete.",
]
TRAILERS = [
    "© dpa-infocom, dpa:261130-99-654321/2",
    "(APA/dpa/red)",
    "Jetzt zum Newsletter anmelden",
    "Melden Sie sich jetzt für unseren Newsletter an.",
]


def _clean_html(paragraphs: list[str]) -> Article:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        '<html lang="de"><head><title>Mehr Fähren auf dem Fluss</title></head>'
        f"<body><article><h1>Mehr Fähren auf dem Fluss</h1>{body}</article></body></html>"
    ).encode()
    raw = RawPage(
        origin="test",
        kind="html",
        body=html,
        url="https://flussbote.example/faehren",
        fetched_at="2026-12-01T08:00:00+00:00",
    )
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Article), result
    return result


def test_an_agency_trailer_and_a_newsletter_prompt_leave_an_html_pages_text() -> None:
    article = _clean_html(GERMAN + TRAILERS)
    assert article.text.split("\n") == GERMAN


def test_they_leave_a_text_dumps_text_too() -> None:
    dump = "Mehr Fähren auf dem Fluss\n\n" + "\n\n".join(GERMAN + TRAILERS) + "\n"
    assert clean_text_dump(dump).paragraphs == GERMAN


@pytest.mark.parametrize(
    "line",
    [
        "© dpa-infocom, dpa:261130-99-654321/2",
        "dpa:261130-99-654321/2",
        "(APA/dpa/red)",
        "(dpa)",
        "(AFP, Reuters, jm)",
        "[sda]",
        "(Keystone-SDA/AFP)",
    ],
)
def test_agency_trailers_are_sign_offs(line: str) -> None:
    assert agency_trailer(line)
    assert signs_off(line)


@pytest.mark.parametrize(
    "line",
    ["(Foto: dpa)", "(siehe oben)", "(red)", "(2026)", "Die Agentur (dpa) meldete das am Montag."],
)
def test_other_parentheses_are_no_trailer(line: str) -> None:
    assert not agency_trailer(line)


@pytest.mark.parametrize(
    "prompt",
    [
        "Abonnieren Sie unseren Newsletter!",
        "Inscrivez-vous à notre newsletter",
        "Iscriviti alla nostra newsletter",
        "Schrijf je in voor onze nieuwsbrief",
        "Suscríbete a nuestro boletín",
        "Zapisz się do newslettera",
        "Prenumerera på vårt nyhetsbrev",
    ],
)
def test_newsletter_prompts_of_neighbouring_languages_leave_the_text(prompt: str) -> None:
    article = _clean_html([*GERMAN, prompt])
    assert article.text.split("\n") == GERMAN


def test_a_sentence_about_a_newsletter_stays() -> None:
    sentence = (
        "Wer sich für den Newsletter der Stadtwerke anmelden will, bekommt die neuen Fahrpläne "
        "schon eine Woche vorher, sagte der Sprecher."
    )
    article = _clean_html([*GERMAN, sentence])
    assert article.text.split("\n") == [*GERMAN, sentence]
