"""A site under a registry's second-level name of a country-code domain sold as generic is of
that country (newcomer 41, finding 1: a Colombian paper at ``.com.co`` named no country, so
its zoneless "05/12/2026 15:02" was read on every clock from UTC-12 to UTC+14 and
``--region CO`` missed it): ``.com.co``, ``.gov.co``, ``.org.ly``; a bare generic ``.co`` or
``.io`` still names none.  Invented addresses."""

from __future__ import annotations

import pytest

from clipper.pubwindows import utc_columns
from clipper.sitezones import site_country


@pytest.mark.parametrize(
    ("host", "country"),
    [
        ("vanguardia-sur.com.co", "CO"), ("www.mintransporte.gov.co", "CO"),
        ("diario.org.ly", "LY"), ("noticias.net.co", "CO"), ("www.gob.co", "CO"),
        ("bbc.co.uk", "GB"), ("www.asahi.co.jp", "JP"), ("lanacion.com.ar", "AR"),
        # a generic country-code domain alone names no country
        ("startup.co", None), ("news.io", None), ("radio.fm", None), ("studio.tv", None),
        ("eltiempo.com", None),
    ],
)
def test_a_registry_s_second_level_name_names_the_country(host: str, country: str | None) -> None:
    assert site_country(host) == country


def test_a_colombian_paper_s_zoneless_time_is_on_colombia_s_clock() -> None:
    """Colombia keeps UTC-5 all year: 15:02 there is 20:02 UTC."""
    columns = utc_columns("2026-12-05T15:02:00", True, "https://vanguardia-sur.com.co/a/1", None)
    assert columns["published_utc"] == "2026-12-05T20:02:00+00:00"
    # the same address at a bare .co: on no known clock, not pinned
    bare = utc_columns("2026-12-05T15:02:00", True, "https://vanguardia-sur.co/a/1", None)
    assert bare["published_utc"] is None
