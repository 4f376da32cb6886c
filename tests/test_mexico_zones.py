"""CST and CDT on a Mexican page are Mexico's central time, which keeps no summer time since
October 2022 (session 28's leftover: a Mexican page's "CDT" of 2026 was read as US Central's
UTC-5, an hour early).  Invented date values."""

from __future__ import annotations

import pytest

from clipper.read.declareddates import declared_date
from clipper.read.zones import written_in


@pytest.mark.parametrize(
    ("language", "url"),
    [("es-MX", "https://diario-bajio.example.com/a/1"), ("es", "https://diario-bajio.example.mx/a/1")],
)
@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("2026-07-03 14:30 CDT", "2026-07-03T14:30:00-06:00"),  # no summer time since 2022
        ("3 de julio de 2026 14:30 CST", "2026-07-03T14:30:00-06:00"),
        ("2026-12-03 14:30 CST", "2026-12-03T14:30:00-06:00"),
        ("2021-07-03 14:30 CDT", "2021-07-03T14:30:00-05:00"),  # Mexico's summer time then
    ],
)
def test_a_mexican_page_s_central_time_is_mexico_s(
    language: str, url: str, written: str, read: str
) -> None:
    with written_in(language, url):
        assert declared_date(written)[0] == read


@pytest.mark.parametrize("language", ["en", "es"])
def test_cdt_elsewhere_stays_us_central(language: str) -> None:
    with written_in(language, "https://news.example.com/a/1"):
        assert declared_date("2026-07-03 14:30 CDT")[0] == "2026-07-03T14:30:00-05:00"
