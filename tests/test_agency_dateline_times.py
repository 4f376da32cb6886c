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


# ---- how long a span agrees with the dateline (dates43) ----


def test_a_span_of_a_day_or_more_leaves_the_datelines_day() -> None:
    """"hace 30 horas" from 22:30 UTC on the 5th is 16:30 UTC on the 4th: on UTC+14's clock
    the 5th, on Argentina's 13:30 on the 4th; a span of a day or more names the day before."""
    for hours in (24, 30):
        got = _page("es", f"<div class='date'>hace {hours} horas</div>")
        assert (got.published, got.date_source) == ("2026-12-05", "guessed"), hours


def test_a_span_under_a_day_agrees_on_the_clock_of_the_pages_country() -> None:
    """Fetched at 18:00 UTC on the 6th, a Belgian page's "il y a 10 heures" is 08:00 UTC, 09:00
    in Brussels on the 6th: not its dateline's 5 December (though 5 December on UTC-12's
    clock); the same span under a "6 déc" dateline is its moment."""

    def page(dateline: str) -> Article:
        first, *rest = invented_paragraphs(5200, 4)
        paragraphs = "".join(f"<p>{p}</p>" for p in [f"{dateline} {first}", *rest])
        html = (
            "<!DOCTYPE html><html lang='fr-BE'><head><title>Note</title></head><body><article>"
            "<h1>Note du conseil communal</h1><div class='date'>il y a 10 heures</div>"
            f"{paragraphs}</article></body></html>"
        )
        raw = RawPage(
            origin="crawl.warc@1",
            kind="html",
            body=html.encode(),
            url="https://www.journal-bxl.example.be/actu/note",
            fetched_at="2026-12-06T18:00:00Z",
        )
        got = clean_page(raw, CleanConfig())
        assert isinstance(got, Article), got
        return got

    assert page("BRUXELLES, 5 déc (Belga) -").published == "2026-12-05"
    assert page("BRUXELLES, 6 déc (Belga) -").published == "2026-12-06T08:00:00+00:00"


def test_a_span_under_a_day_on_a_page_of_no_country_agrees_on_any_clock() -> None:
    """A page of no country (an English .example.com page): "20 hours ago" from 22:30 UTC on
    the 5th is 02:30 UTC on the 5th, the dateline's day on UTC's clock and others."""
    first, *rest = invented_paragraphs(5200, 4)
    paragraphs = "".join(f"<p>{p}</p>" for p in [f"{DATELINES['en']} {first}", *rest])
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>Note</title></head><body><article>"
        "<h1>Council note of the day</h1><div class='date'>20 hours ago</div>"
        f"{paragraphs}</article></body></html>"
    )
    raw = RawPage(
        origin="crawl.warc@2",
        kind="html",
        body=html.encode(),
        url="https://www.wire-desk.example.com/world/note",
        fetched_at=FETCHED,
    )
    got = clean_page(raw, CleanConfig())
    assert isinstance(got, Article), got
    assert got.published == "2026-12-05T02:30:00+00:00"
