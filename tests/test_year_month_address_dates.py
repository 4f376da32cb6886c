"""A page whose address names a year and a month but no day ("/2026/12/politica/slug",
"/politica/2026/12/lei.html", "/2026-12/slug") is never dated the month's first day: with no
date of its own it is stored undated and the run counts it (``date-unread``, saying its address
names only the month); its own span back ("há 3 horas", "hace 3 horas", "3 hours ago"…) is read
from the fetch time, as on any page; its own date line naming a day after its fetch's leaves it
undated and counted, no first of the month in its place.  Newcomer 41, finding 2: October to
December went unseen (the month's segment "12" was read as its "1"), and such pages were stored
as "2026-12-01 guessed", uncounted; a pt-BR "06/12/2026 04h30" fetched at 22:30 UTC on the 5th
became "2026-12-01" too.  Invented pages in a crawl (fetch time 22:30 UTC on 5 December)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from clipper.verdict import address_months, month_only
from tests.conftest import BACKENDS, cli_ok, new_location
from tests.test_copies import invented_paragraphs

FETCHED = "2026-12-05T22:30:00Z"
# a span of 3 hours back from the fetch
THREE_HOURS_BEFORE = "2026-12-05T19:30:00+00:00"

# (address, language, date line) → what the page is dated ("" undated, with its note)
UNDATED = [
    ("https://folha-esim.example.com.br/2026/12/politica/estradas-{n}", "pt-BR", ""),
    ("https://folha-esim.example.com.br/politica/2026/12/estradas-{n}.html", "pt", ""),
    ("https://diario-esim.example.com.co/2026/11/83412{n}", "es-CO", ""),
    ("https://diario-esim.example.com.ar/nacional/2026/10/presupuesto-{n}", "es", ""),
    ("https://courier-esim.example.com/2026/12/council-budget-{n}", "en", ""),
    ("https://gazeta-esim.example.com.br/2026-12/politica/estradas-{n}", "pt", ""),
]
SPANS = [
    ("https://folha-esim.example.com.br/2026/12/politica/lei-{n}", "pt-BR", "há 3 horas"),
    ("https://diario-esim.example.com.co/politica/2026/12/plan-{n}", "es", "hace 3 horas"),
    ("https://courier-esim.example.com/2026/12/roads-{n}", "en", "3 hours ago"),
    ("https://kurier-esim.example.de/2026/12/politik/haushalt-{n}", "de", "vor 3 Stunden"),
    ("https://presse-esim.example.fr/2026/12/budget-{n}", "fr", "il y a 3 heures"),
    ("https://gazzetta-esim.example.it/2026/12/bilancio-{n}", "it", "3 ore fa"),
]
# after the fetch's day: 04:30 in Brazil is 07:30 UTC on the 6th
AFTER_FETCH = [
    ("https://folha-esim.example.com.br/2026/12/politica/rodovias-{n}", "pt-BR",
     "06/12/2026 04h30"),
    ("https://ambito-esim.example.com.ar/2026/12/economia/tasa-{n}", "es-AR",
     "6 de diciembre de 2026, 04:30"),
]
# the page's own time of the same month stays
OWN_TIME = [
    ("https://folha-esim.example.com.br/2026/12/politica/ferrovia-{n}", "pt-BR",
     "05/12/2026 14h30", "2026-12-05T14:30:00"),
    ("https://diario-esim.example.com.co/2026/12/vias-{n}", "es-CO", "05/12/2026 15:02",
     "2026-12-05T15:02:00"),
]


def _page(url: str, lang: str, line: str, seed: int) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in invented_paragraphs(seed, 4))
    dateline = f"<div class='date'>{line}</div>" if line else ""
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Nota {seed}"
        f"</title><link rel='canonical' href='{url}'></head><body><article><h1>Nota de "
        f"prueba {seed}</h1>{dateline}{paragraphs}</article></body></html>"
    ).encode()


def _crawl(path: Path, pages: list[tuple[str, str, str]], seed: int) -> dict[str, int]:
    """A WARC of ``pages`` (address, language, date line), fetched at :data:`FETCHED`;
    address → its seed."""
    seeds = {}
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        for i, (url, lang, line) in enumerate(pages):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(_page(url, lang, line, seed + i)),
                http_headers=headers, warc_headers_dict={"WARC-Date": FETCHED},
            ))
            seeds[url] = seed + i
    return seeds


def _pages() -> list[tuple[str, str, str]]:
    shapes = [*UNDATED, *SPANS, *AFTER_FETCH, *((u, la, ln) for u, la, ln, _ in OWN_TIME)]
    return [(url.format(n=i), lang, line) for i, (url, lang, line) in enumerate(shapes)]


def _dates(db: str) -> dict[str, tuple[Any, Any]]:
    out = cli_ok(db, "export", "--format", "jsonl", "-o", "-").output
    return {
        row["url"]: (row["published"], row["date_source"])
        for row in map(json.loads, out.splitlines())
    }


def _notes(db: str) -> dict[str, str]:
    out = cli_ok(db, "rejections", "--all", "--reason", "date-unread", "--json").output
    return {r["url"]: r["detail"] for r in map(json.loads, out.splitlines())}


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_year_and_month_in_the_address_give_no_day(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    pages = _pages()
    _crawl(tmp_path / "night.warc", pages, 5100)
    db = new_location(request, backend, tmp_path)
    summary = cli_ok(db, "dedupe", "--workers", "1", str(tmp_path / "night.warc")).output
    dates, notes = _dates(db), _notes(db)
    assert set(dates) == {url for url, _, _ in pages}
    shapes = iter(range(len(pages)))
    for url, _, _ in UNDATED:
        address = url.format(n=next(shapes))
        assert dates[address] == (None, None), address
        month = sorted(address_months(address))[0]
        assert f"address names the month {month} but no day" in notes[address], notes
    for url, _, _ in SPANS:
        address = url.format(n=next(shapes))
        assert dates[address] == (THREE_HOURS_BEFORE, "guessed"), address
        assert address not in notes
    for url, _, _ in AFTER_FETCH:
        address = url.format(n=next(shapes))
        assert dates[address] == (None, None), address
        assert "is after the page was fetched" in notes[address], notes.get(address)
    for url, _, _, when in OWN_TIME:
        address = url.format(n=next(shapes))
        assert dates[address] == (when, "declared"), address
    counted = len(UNDATED) + len(AFTER_FETCH)
    assert f"dates not read (kept)          {counted}" in summary
    assert not any(str(published).endswith("-01") for published, _ in dates.values())


def test_the_same_pages_in_the_other_order_are_dated_alike(tmp_path: Path) -> None:
    pages = _pages()
    found = []
    for order, listed in (("in-order", pages), ("reversed", pages[::-1])):
        (tmp_path / order).mkdir()
        _crawl(tmp_path / order / "night.warc", listed, 5100)
        db = str(tmp_path / order / "a.db")
        cli_ok(db, "dedupe", "--workers", "1", str(tmp_path / order / "night.warc"))
        found.append((_dates(db), _notes(db)))
    assert found[0] == found[1]


@pytest.mark.parametrize("month", ["01", "4", "09", "10", "11", "12"])
def test_every_month_of_the_address_is_read(month: str) -> None:
    first = f"2026-{int(month):02d}-01"
    for address in (
        f"https://a.example/2026/{month}/politica/slug",
        f"https://a.example/politica/2026/{month}/lei.html",
        f"https://a.example/2026/{month}/83412",
        f"https://a.example/2026/{month}?p=3",
        f"https://a.example/2026-{month}/politica/slug",
        f"https://a.example/noticias/2026-{month}-lei.html",
    ):
        assert month_only(first, address), address
    # a day after the month is the address's day; another month's first is none of it
    assert not month_only(first, f"https://a.example/2026/{month}/05/slug")
    assert not month_only(first, f"https://a.example/2026-{month}-05-slug")
    assert not month_only("2026-02-01" if first != "2026-02-01" else "2026-03-01",
                          f"https://a.example/2026/{month}/slug")
    # a number of three digits is no month ("/2026/123/")
    assert not month_only(first, f"https://a.example/2026/{month}3/slug")
