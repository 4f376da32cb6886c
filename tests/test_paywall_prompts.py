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


GERMAN_PROMPTS = [
    "Jetzt weiterlesen mit NordPlus – Sie haben bereits ein Abo? Hier anmelden.",
    "Hier weiterlesen mit Bote+",
    "Jetzt mit NordPlus weiterlesen",
]


@pytest.mark.parametrize("prompt", GERMAN_PROMPTS)
def test_a_text_dump_stopping_at_the_prompt_stops_at_a_paywall(prompt: str) -> None:
    """A text dump whose text stops at the prompt (footer lines may follow) stops at a
    paywall, its lines as read (runs of spaces, a tab, a no-break space) or upper-cased; one
    with a paragraph after its last prompt does not.  Read from the end, as the cleaner does,
    each dump gets the answer of the rule read whole: the last line that is a prompt, and no
    body paragraph (furniture aside) after it."""
    from clipper.dumplines import is_body_paragraph, is_furniture, normalise_line, word_count
    from clipper.dumppaywall import stops_at_paywall
    from clipper.furniture.compiled import matchers

    def whole_rule(read: list[str]) -> bool:
        lines = [normalise_line(line) for line in read]
        prompts = [
            i
            for i, line in enumerate(lines)
            if line and word_count(line) <= 60 and matchers().says_rest_is_paywalled(line)
        ]
        return bool(prompts) and not any(
            is_body_paragraph(line, word_count(line)) and not is_furniture(line, word_count(line))
            for line in lines[prompts[-1] + 1 :]
            if line
        )

    def dump(*tail: str) -> list[str]:
        return ["Bus im Halbstundentakt", "", *GERMAN, "", *tail]

    stopping = [
        dump(prompt, "Impressum", "Teilen"),
        dump(prompt.replace(" ", "  \t", 1).replace(" ", "\u00a0", 1)),
        [line.upper() for line in dump(prompt)],
        dump(prompt, "", GERMAN[1], prompt),  # a second prompt, at the end
    ]
    going_on = [
        dump(prompt, "", GERMAN[0]),
        dump("Impressum"),
        dump(),
        [prompt, "", *GERMAN],
    ]
    for read in stopping:
        assert stops_at_paywall(read), read
        assert whole_rule(read), read
    for read in going_on:
        assert not stops_at_paywall(read), read
        assert not whole_rule(read), read
