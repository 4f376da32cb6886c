"""A page whose dateline is later than its fetch (else than now) beyond the slack a clock is
allowed is stored undated and counted, its date said to be after the page was read: never
dated by another day htmldate finds below that limit ("12.2026" of "6.12.2026 klo 14.32" read
as 1 December, a day the page gives nowhere: newcomer 30 finding 11).  Invented pages."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

_FI = (
    "Sähkökatko jätti sunnuntaina yli kaksituhatta taloutta ilman sähköä Pirkanmaalla, kun kova"
    " tuuli kaatoi puita linjoille useassa kunnassa.",
    "Sähköyhtiön mukaan korjaustyöt jatkuvat yön yli ja suurin osa talouksista saa sähköt"
    " takaisin maanantaiaamuun mennessä.",
    "Kunnat avasivat kolme lämpöpistettä kouluihin niille, joiden koti jäähtyy liikaa.",
)
_NO = (
    "Over to tusen husstander i Innlandet var uten strøm søndag etter at sterk vind veltet trær"
    " over ledningene i flere kommuner.",
    "Nettselskapet sier at reparasjonene fortsetter gjennom natten og at de fleste får strømmen"
    " tilbake innen mandag morgen.",
    "Kommunene har åpnet tre varmestuer på skolene for dem som fryser hjemme.",
)


def _page(line: str, body: tuple[str, ...], lang: str, url: str, fetched: str | None) -> RawPage:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    html = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>Uutinen</title></head><body>"
        f"<article><h1>Myrsky katkaisi sähköt tuhansilta</h1><time>{line}</time>{paragraphs}"
        "</article></body></html>"
    )
    return RawPage(origin="t/html", kind="html", body=html.encode(), url=url, fetched_at=fetched)


_FETCHED = "2026-12-04T08:00:00+00:00"


@pytest.mark.parametrize(
    ("line", "body", "lang", "url", "fetched", "ignored"),
    [
        ("6.12.2026 klo 14.32", _FI, "fi", "https://uutiset-esim.fi/a/1", _FETCHED,
         "2026-12-06T14:32:00"),
        ("6.12.2026 kl. 14.32", _NO, "nb", "https://nyheter-eks.no/a/1", _FETCHED,
         "2026-12-06T14:32:00"),
        ("9.12.2026", _FI, "fi", "https://uutiset-esim.fi/a/2", _FETCHED, "2026-12-09"),
        # no fetch time (a saved page): later than now
        ("6.12.2090 klo 14.32", _FI, "fi", "https://uutiset-esim.fi/a/3", None,
         "2090-12-06T14:32:00"),
    ],
)  # fmt: skip
def test_a_dateline_after_the_fetch_leaves_the_page_undated_and_counted(
    line: str, body: tuple[str, ...], lang: str, url: str, fetched: str | None, ignored: str
) -> None:
    article = clean_page(_page(line, body, lang, url, fetched), CleanConfig())
    assert isinstance(article, Article)
    assert (article.published, article.date_source) == (None, None)
    assert (article.date_ignored, article.date_unread) == (ignored, None)


def test_a_dateline_of_the_fetch_day_is_still_read() -> None:
    article = clean_page(
        _page("4.12.2026 klo 09.15", _FI, "fi", "https://uutiset-esim.fi/a/4", _FETCHED),
        CleanConfig(),
    )
    assert isinstance(article, Article)
    assert article.published is not None and article.published.startswith("2026-12-04")
    assert article.date_ignored is None
