"""An agency's dateline opening a page's text ("CALI, 5 dic (EFE) -") gives its day only; the
page's own span back where it shows its date ("hace 2 horas", "Publicado hace 2 horas", "Por
Juan Pérez · hace 2 horas"), read from the fetch, gives the moment when it falls on that day
(on some clock, UTC+14 to UTC-12).  Newcomer 41, finding 5: such pages were dated "2026-12-05
(guessed)", their time lost, where the same page without the dateline had its moment.  A span
of days, or one naming another day, leaves the dateline's day.  Invented pages fetched at 22:30
UTC on 5 December."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from tests.test_copies import invented_paragraphs

FETCHED = "2026-12-05T22:30:00Z"
TWO_HOURS_BEFORE = "2026-12-05T20:30:00+00:00"

DATELINES = {
    "es": "CALI, 5 dic (EFE) -",
    "pt": "BRASÍLIA, 5 dez (Reuters) -",
    "en": "WASHINGTON, Dec 5 (Reuters) -",
    "fr": "PARIS, 5 déc (AFP) -",
}


def _page(language: str, shown: str, dateline: bool = True) -> Article:
    first, *rest = invented_paragraphs(5200, 4)
    lead = f"{DATELINES[language]} {first}" if dateline else first
    paragraphs = "".join(f"<p>{p}</p>" for p in [lead, *rest])
    html = (
        f"<!DOCTYPE html><html lang='{language}'><head><title>Nota de prueba</title></head>"
        f"<body><article><h1>Nota de prueba del concejo</h1>{shown}{paragraphs}</article>"
        f"</body></html>"
    )
    raw = RawPage(
        origin="crawl.warc@0",
        kind="html",
        body=html.encode(),
        url="https://www.diario-esim.example.com.ar/local/nota",
        fetched_at=FETCHED,
    )
    got = clean_page(raw, CleanConfig())
    assert isinstance(got, Article), got
    return got


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("es", "<div class='date'>hace 2 horas</div>"),
        ("es", "<div class='date'>Publicado hace 2 horas</div>"),
        ("es", "<div class='meta'>Por Juan Pérez · hace 2 horas</div>"),
        ("pt", "<div class='date'>há 2 horas</div>"),
        ("en", "<div class='date'>2 hours ago</div>"),
        ("fr", "<div class='date'>il y a 2 heures</div>"),
    ],
)
def test_the_pages_span_on_the_datelines_day_gives_the_moment(language: str, shown: str) -> None:
    got = _page(language, shown)
    assert (got.published, got.date_source) == (TWO_HOURS_BEFORE, "guessed")
    # as the same page without the dateline is dated
    alone = _page(language, shown, dateline=False)
    assert alone.published == got.published


@pytest.mark.parametrize(
    "shown",
    [
        "",  # no span: the dateline's day
        "<div class='date'>hace 2 días</div>",  # a span of days names no moment
        "<div class='date'>hace 70 horas</div>",  # 2 December: not the dateline's day
    ],
)
def test_the_dateline_keeps_its_day_otherwise(shown: str) -> None:
    got = _page("es", shown)
    assert (got.published, got.date_source) == ("2026-12-05", "guessed")
