"""A page that declares a language written on one country's clocks (``nb``, ``no``, ``fi``,
``lt``: clipper.languageclocks) and states no country is read on that country's clocks where
its address names none (newcomer 30's finding 15: NTB's own page on a ``.example`` host,
"07:32" without a zone, lost its cluster's canonical to a republisher's 06:40Z copy; on a
``.no`` host it was 06:32 UTC).  Languages of more than one clock stay on any clock.  Invented
sites and pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.declaredlanguage import known_language
from clipper.declaredregion import declared_region
from clipper.languageclocks import LANGUAGE_CLOCKS, NOT_ONE_CLOCK
from clipper.sitezones import country_zones
from tests.conftest import shown_url
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


def test_the_table_names_countries_with_clocks_and_languages_clipper_stores() -> None:
    for language, (country, reason) in LANGUAGE_CLOCKS.items():
        assert known_language(language) == language, language
        assert country_zones(country), (language, country)
        assert reason and language not in NOT_ONE_CLOCK, language
    assert all(known_language(language) == language for language in NOT_ONE_CLOCK)


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
