"""A paywall box's prompt written on one line with "now"/"here" and "already a subscriber? Log
in." around its "read on with <subscription>" ("Jetzt weiterlesen mit NordPlus – Sie haben
bereits ein Abo? Hier anmelden."), in German and the neighbouring languages that write the same
shape: cut from the text, and the page stored partial ("paywall").  Invented pages."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

CONFIG = CleanConfig()

GERMAN = [
    "Der Landkreis Ostholm will die Buslinie zwischen Brakel und Südermoor vom Frühjahr an "
    "im Halbstundentakt fahren lassen, wie der Kreistag am Dienstagabend beschlossen hat.",
    "Die zusätzlichen Fahrten kosten den Kreis nach Angaben der Verwaltung rund 400.000 Euro "
    "im Jahr; das Land übernimmt in den ersten beiden Jahren die Hälfte der Kosten.",
]
DANISH = [
    "Kommunen vil fra foråret lade bussen mellem Brakel og Sønderby køre hver halve time, "
    "besluttede byrådet tirsdag aften efter en lang debat om udgifterne.",
    "De ekstra afgange koster kommunen omkring tre millioner kroner om året, og regionen "
    "betaler halvdelen de første to år, oplyser forvaltningen.",
]


def _page(paragraphs: list[str], last: str, lang: str) -> RawPage:
    body = "".join(f"<p>{p}</p>" for p in [*paragraphs, last])
    html = (
        f'<html lang="{lang}"><head><title>Bus im Halbstundentakt</title></head><body>'
        f"<article><h1>Bus im Halbstundentakt</h1>{body}</article></body></html>"
    )
    return RawPage(
        origin="t/page.html",
        kind="html",
        body=html.encode(),
        url=f"https://ostholm-bote.example/{lang}/region/bus-takt",
    )


@pytest.mark.parametrize(
    "prompt",
    [
        "Jetzt weiterlesen mit NordPlus – Sie haben bereits ein Abo? Hier anmelden.",
        "Sie haben bereits ein Abo? Hier anmelden. Jetzt weiterlesen mit NordPlus",
        "Hier weiterlesen mit Bote+",
        "Jetzt mit NordPlus weiterlesen",
        "Sind Sie bereits Abonnent? Jetzt anmelden – Dieser Artikel ist nur für Abonnenten.",
    ],
)
def test_a_german_paywall_prompt_is_cut_and_the_page_partial(prompt: str) -> None:
    article = clean_page(_page(GERMAN, prompt, "de"), CONFIG)
    assert isinstance(article, Article), article
    assert article.text.splitlines() == GERMAN
    assert article.partial == "paywall"


@pytest.mark.parametrize(
    ("paragraphs", "prompt", "lang"),
    [
        (DANISH, "Læs videre med Avisen+ – Er du allerede abonnent? Log ind her", "da"),
        (DANISH, "Er du allerede abonnent? Log ind her. Læs videre med Avisen+", "da"),
    ],
)
def test_the_same_prompt_in_a_neighbouring_language(
    paragraphs: list[str], prompt: str, lang: str
) -> None:
    article = clean_page(_page(paragraphs, prompt, lang), CONFIG)
    assert isinstance(article, Article), article
    assert article.text.splitlines() == paragraphs
    assert article.partial == "paywall"


def test_a_last_paragraph_starting_with_jetzt_stays_and_the_page_whole() -> None:
    last = "Jetzt sind die Gemeinden gefragt, sagte der Landrat: Sie müssen die Haltestellen bauen."
    article = clean_page(_page(GERMAN, last, "de"), CONFIG)
    assert isinstance(article, Article), article
    assert article.text.splitlines() == [*GERMAN, last]
    assert article.partial is None
