"""A page that declares a language written on one country's clocks (``nb``, ``no``, ``fi``,
``lt``: clipper.languageclocks) and states no country is read on that country's clocks where
its address names none (newcomer 30's finding 15: NTB's own page on a ``.example`` host,
"07:32" without a zone, lost its cluster's canonical to a republisher's 06:40Z copy; on a
``.no`` host it was 06:32 UTC).  Languages of more than one clock stay on any clock.  One
table holds every language clipper reads, with its country or the reason it has none: Czech was
in it and Polish not, so a Polish page's zoneless time stayed on any clock and ``--region PL``
found nothing while the same page tagged ``cs`` was Czechia's (newcomer 36, finding 2).
Invented sites and pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper import langmodel
from clipper.declaredlanguage import known_language
from clipper.declaredregion import declared_region
from clipper.furniture import TABLES
from clipper.languageclocks import LANGUAGE_CLOCKS
from clipper.sitezones import country_zones
from tests.conftest import cli_ok, exported, shown_url
from tests.test_copies import invented_paragraphs


@pytest.mark.parametrize(
    ("head", "tags", "country", "expected"),
    [
        (b'<html lang="no">', [], None, "NO"),  # what most Norwegian sites declare
        (b'<html lang="nn">', [], None, "NO"),
        (None, ["nb"], None, "NO"),  # a record's language
        (None, ["fi"], None, "FI"),
        (b'<meta http-equiv="Content-Language" content="et">', [], None, "EE"),
        (None, ["lv"], None, "LV"),
        (None, ["is"], None, "IS"),
        (b'<html lang="pl">', [], None, "PL"),  # as Czech is
        (b'<html lang="cs">', [], None, "CZ"),
        (None, ["pl"], None, "PL"),
        (None, ["tl"], None, "PH"),  # read as fil
        (b'<html lang="nb">', ["nn"], None, "NO"),  # two languages of one country
        # a stated country comes first
        (b'<html lang="nb">', [], "SE", "SE"),
        (b'<html lang="fi-SE">', [], None, "SE"),
        # languages written on other clocks too, or two countries: none
        (b'<html lang="sv">', [], None, None),
        (None, ["da"], None, None),
        (None, ["ko"], None, None),
        (b'<html lang="nb">', ["en"], None, None),
        (None, ["fi", "et"], None, None),
    ],
)
def test_a_declared_language_of_one_clock_names_its_country(
    head: bytes | None, tags: list[str], country: str | None, expected: str | None
) -> None:
    assert declared_region(head, tags, country, None) == expected


def test_one_table_holds_every_language_clipper_reads_with_a_country_or_a_reason() -> None:
    read = {known_language(code) or code for code in (*langmodel.languages(), *TABLES)}
    assert sorted(read - set(LANGUAGE_CLOCKS)) == []
    for language, (country, reason) in LANGUAGE_CLOCKS.items():
        assert known_language(language) == language, language
        assert country is None or country_zones(country), (language, country)
        assert reason, language


AGENCY = "https://www.nordwire-test.example/politikk/forhandlinger"
COPY = "https://www.kveldsposten-test.example/nyheter/forhandlinger"
PARAGRAPHS = invented_paragraphs(61, 6)


def _canonical(folder: Path, language: str, local: str, copy_utc: str) -> str:
    """The page shown for an agency's own page (``local``: its time without a zone, in
    ``language``) and a republisher's longer copy stating ``copy_utc``."""
    records: list[dict[str, Any]] = [
        {"url": AGENCY, "title": "Forhandlingene er brutt", "text": "\n\n".join(PARAGRAPHS),
         "language": language, "date_publish": local,
         "date_download": "2026-12-04T09:00:00Z"},
        {"url": COPY, "title": "Forhandlingene er brutt",
         "text": "\n\n".join([*PARAGRAPHS, "Saken oppdateres."]),
         "date_publish": copy_utc, "date_download": "2026-12-04T09:05:00Z"},
    ]
    return shown_url(folder, records)


@pytest.mark.parametrize(
    ("language", "local", "copy_utc", "shown"),
    [
        # Norway in winter: 07:32 is 06:32 UTC, before the copy's 06:40
        ("no", "2026-12-04 07:32:00", "2026-12-04T06:40:00Z", AGENCY),
        ("nn", "2026-12-04 07:32:00", "2026-12-04T06:40:00Z", AGENCY),
        # Finland: 08:32 is 06:32 UTC
        ("fi", "2026-12-04 08:32:00", "2026-12-04T06:40:00Z", AGENCY),
        # Lithuania in summer: 09:32 is 06:32 UTC
        ("lt", "2026-07-04 09:32:00", "2026-07-04T06:40:00Z", AGENCY),
        # Swedish is written in Finland too: any clock, the longer copy
        ("sv", "2026-12-04 07:32:00", "2026-12-04T06:40:00Z", COPY),
    ],
)
def test_an_agency_page_dated_on_its_language_s_clock_keeps_its_canonical(
    tmp_path: Path, language: str, local: str, copy_utc: str, shown: str
) -> None:
    assert _canonical(tmp_path, language, local, copy_utc) == shown


def _page(site: str, language: str, title: str, paragraphs: list[str]) -> str:
    """An invented page in ``language`` whose date line ``3. 12. 2026 09:30`` has no zone."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{title}</title>"
        f'<link rel="canonical" href="https://{site}/miasto/{language}-1"></head><body>'
        f"<article><h1>{title}</h1><p class=\"date\">3. 12. 2026 09:30</p>{body}</article>"
        "</body></html>"
    )


def test_a_polish_page_is_read_on_warsaw_s_clock_as_a_czech_one_on_prague_s(
    tmp_path: Path,
) -> None:
    """Two pages alike but for ``lang`` (cs, pl), a zoneless date line, hosts naming no
    country: both are of their language's country, 09:30 is 08:30 UTC, ``--region PL`` finds
    the Polish one, and the note for a country no page is of names its own language tag."""
    folder = tmp_path / "pages"
    folder.mkdir()
    polish = [
        "Miejskie przedsiębiorstwo komunikacyjne w Sieradzu kupiło sześć nowych autobusów "
        "elektrycznych, które od poniedziałku wyjadą na linie do dzielnic przemysłowych.",
        "Zakup sfinansowano w większości z funduszy unijnych, a ładowarki stanęły w zajezdni "
        "przy ulicy Kolejowej, poinformował rzecznik przewoźnika.",
    ]
    czech = [
        "Dopravní podnik v Přerově koupil šest nových elektrických autobusů, které od pondělí "
        "vyjedou na linky do průmyslových čtvrtí města.",
        "Nákup byl z velké části financován z evropských fondů a nabíječky stojí v garážích "
        "v Železniční ulici, uvedl mluvčí dopravce.",
    ]
    (folder / "pl.html").write_text(
        _page("sieradz-test.example", "pl", "Sześć elektrycznych autobusów", polish),
        encoding="utf-8",
    )
    (folder / "cs.html").write_text(
        _page("prerov-test.example", "cs", "Šest elektrických autobusů", czech),
        encoding="utf-8",
    )
    db = tmp_path / "a.db"
    cli_ok(str(db), "dedupe", "--workers", "1", str(folder))
    rows = {row["language"]: row for row in exported(db).values()}
    assert {lang: rows[lang]["region"] for lang in ("pl", "cs")} == {"pl": "PL", "cs": "CZ"}
    for language in ("pl", "cs"):
        assert rows[language]["published_utc"] == "2026-12-03T08:30:00+00:00", rows[language]
    found = cli_ok(str(db), "search", "--region", "PL", "autobusów")
    assert "sieradz-test.example" in found.output
    absent = cli_ok(str(db), "search", "--region", "SK", "autobusów")
    assert "a language tag such as sk-SK" in absent.output
    assert 'a language only SK writes: lang="sk"' in absent.output
