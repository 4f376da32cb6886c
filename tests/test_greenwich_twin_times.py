"""A local time followed by the same moment on Greenwich's clock in brackets, as agencies print
it ("05-12-2026 14:20 (19:20 GMT)", "16h20 (19h20 GMT)", Reuters' "9:30 p.m. (0230 GMT)"), is
read as that moment: the local time as written, with the offset the two times give (UTC-12 to
UTC+14, the nearest day: "23:30 (04:30 GMT)" is UTC-5).  Newcomer 41, finding 5: EFE's
"05-12-2026 14:20 (19:20 GMT)" was stored as "2026-12-05 (guessed)", its times lost.  Two
times that are not one moment on any clock keep the day alone.  Invented pages and lines."""

from __future__ import annotations

from datetime import datetime

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.linedates import line_date
from clipper.page import Article, RawPage
from clipper.read.declareddates import declared_date
from clipper.read.zones import written_in
from tests.test_copies import invented_paragraphs

CASES = [
    # (language, date line, ISO 8601 read)
    ("es", "05-12-2026 14:20 (19:20 GMT)", "2026-12-05T14:20:00-05:00"),
    ("es", "Publicado: 05-12-2026 14:20 (19:20 GMT)", "2026-12-05T14:20:00-05:00"),
    ("es", "5 de diciembre de 2026, 14:20 (19:20 UTC)", "2026-12-05T14:20:00-05:00"),
    ("es", "5 de diciembre de 2026 - 21:30 (02:30 GMT)", "2026-12-05T21:30:00-05:00"),
    ("pt", "05/12/2026 16h20 (19h20 GMT)", "2026-12-05T16:20:00-03:00"),
    ("pt", "05/12/2026 às 16h20 (19:20 GMT)", "2026-12-05T16:20:00-03:00"),
    ("fr", "5 décembre 2026 à 14h20 (13h20 GMT)", "2026-12-05T14:20:00+01:00"),
    ("de", "5. Dezember 2026, 14.20 Uhr (13.20 GMT)", "2026-12-05T14:20:00+01:00"),
    ("it", "05/12/2026 14:20 (13:20 GMT)", "2026-12-05T14:20:00+01:00"),
    ("en", "December 5, 2026 2:20 PM (19:20 GMT)", "2026-12-05T14:20:00-05:00"),
    ("en", "December 5, 2026 9:30 p.m. (0230 GMT)", "2026-12-05T21:30:00-05:00"),
    # a local time of its own zone keeps it
    ("en", "December 5, 2026 9:30 p.m. ET (0230 GMT)", "2026-12-05T21:30:00-05:00"),
    # a half-hour clock, the next day on Greenwich's
    ("en", "6 December 2026 01:30 (20:00 GMT)", "2026-12-06T01:30:00+05:30"),
    # two times no clock makes one moment: the day alone
    ("es", "05-12-2026 14:20 (19:27 GMT)", "2026-12-05"),
]


@pytest.mark.parametrize(("language", "line", "expected"), CASES)
def test_the_greenwich_time_gives_the_moment(language: str, line: str, expected: str) -> None:
    with written_in(language, "https://agencia-esim.example.com/local/nota", None):
        assert line_date(line) == expected


def test_a_record_field_reads_it_too() -> None:
    assert declared_date("2026-12-05 14:20 (19:20 GMT)") == ("2026-12-05T14:20:00-05:00", None)
    # a Greenwich time alone in brackets is that time
    assert declared_date("5 December 2026 (19:20 GMT)")[0] == "2026-12-05T19:20:00+00:00"


@pytest.mark.parametrize(("language", "line", "expected"), CASES[:11])
def test_a_page_under_its_headline_is_dated_so(language: str, line: str, expected: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in invented_paragraphs(4711, 4))
    html = (
        f"<!DOCTYPE html><html lang='{language}'><head><title>Concejo aprueba presupuesto"
        f"</title></head><body><article><h1>Concejo aprueba presupuesto</h1>"
        f"<div class='date'>{line}</div>{paragraphs}</article></body></html>"
    )
    raw = RawPage(
        origin="crawl.warc@0",
        kind="html",
        body=html.encode(),
        url="https://agencia-esim.example.com/local/presupuesto",
        fetched_at="2026-12-05T22:30:00Z",
    )
    got = clean_page(raw, CleanConfig())
    assert isinstance(got, Article), got
    assert got.published == expected and got.date_source == "declared"
    # one moment: the Greenwich time given
    assert datetime.fromisoformat(got.published).utcoffset() is not None
