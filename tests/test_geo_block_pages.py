"""A page a site serves a reader of another country in place of its article is an
``error-page``, not an article (newcomer 31's F-T: a US paper's GDPR block, "451: Unavailable
due to legal reasons … access cannot be granted at this time", was stored as a one-paragraph
article).  The kind: a site closed to the reader's country or region, in each language whose
table says it; a report about content blocked in a country stays an article.  Invented pages
in the shapes sites serve: the site's name as ``<title>``, the notice as heading, a paragraph.
"""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage, Rejection

# (language, heading, paragraph)
BLOCKS = [
    (
        "en",
        "451: Unavailable due to legal reasons",
        "We recognize you are attempting to access this website from a country belonging to the "
        "European Economic Area (EEA) including the EU which enforces the General Data Protection "
        "Regulation (GDPR) and therefore access cannot be granted at this time. For any issues, "
        "contact news@harbourledger.example.",
    ),
    (
        "en",
        "Not available in your region",
        "This website is not accessible from your location. We are working to make our journalism "
        "available to readers in more regions.",
    ),
    (
        "de",
        "Hinweis",
        "Dieses Angebot ist in Ihrem Land leider nicht verfügbar. Wir bitten um Verständnis.",
    ),
    (
        "fr",
        "Indisponible dans votre pays",
        "Ce contenu n'est pas disponible dans votre pays. Nous vous prions de nous excuser pour "
        "la gêne occasionnée.",
    ),
    ("es", "Lo sentimos", "Este contenido no está disponible en tu país. Disculpa las molestias."),
    (
        "it",
        "Siamo spiacenti",
        "Questo contenuto non è disponibile nel tuo paese. Ci scusiamo per il disagio.",
    ),
    (
        "pt",
        "Desculpe",
        "Este conteúdo não está disponível no seu país. Pedimos desculpas pelo inconveniente.",
    ),
    ("nl", "Helaas", "Deze inhoud is niet beschikbaar in uw land. Excuses voor het ongemak."),
]


def _page(language: str, heading: str, paragraph: str) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        f'<title>Harbour Ledger</title></head><body><header><a href="/">Harbour Ledger</a>'
        f"</header><main><h1>{heading}</h1><p>{paragraph}</p></main>"
        "<footer>© 2026 Harbour Ledger</footer></body></html>"
    ).encode()


@pytest.mark.parametrize(("language", "heading", "paragraph"), BLOCKS)
def test_a_page_closed_to_the_readers_country_is_an_error_page(
    language: str, heading: str, paragraph: str
) -> None:
    raw = RawPage(
        "story.html",
        "html",
        _page(language, heading, paragraph),
        url="https://harbourledger.example/news/2026/12/03/council-budget",
    )
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Rejection), result
    assert result.reason == "error-page", result


@pytest.mark.parametrize(
    ("language", "headline", "text"),
    [
        (
            "en",
            "Streaming series blocked in Europe",
            "Viewers in Europe who tried to watch the finale on Sunday were told the episode "
            "is not available in your country, a message the streaming service blamed on "
            "licensing. The company said the rights would be settled by spring, and that "
            "subscribers would get a month free. Regulators in two countries said they had "
            "received complaints.",
        ),
        (
            "de",
            "Sender sperrt Finale für Zuschauer im Ausland",
            "Zuschauer im Ausland sahen am Sonntag nur den Satz, die Sendung sei in Ihrem "
            "Land nicht verfügbar. Der Sender verwies auf fehlende Rechte und kündigte eine "
            "Lösung bis zum Frühjahr an. Verbraucherschützer kritisierten die Sperre als "
            "unverhältnismäßig.",
        ),
    ],
)
def test_a_report_about_content_blocked_in_a_country_stays_an_article(
    language: str, headline: str, text: str
) -> None:
    raw = RawPage(
        "report.html",
        "html",
        _page(language, headline, text).replace(
            b"<title>Harbour Ledger", f"<title>{headline}".encode()
        ),
    )
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Article), result
