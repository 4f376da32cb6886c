"""A page stating Ukraine is on Kyiv's clocks (newcomer 40, finding 3: a ``lang="uk"`` page's
"04.12.2026 16:05" got ``region=UA`` but no ``published_utc``, where Polish, Czech and
Lithuanian pages' were pinned): zone.tab lists Crimea's Europe/Simferopol, on Moscow's time
since 2014, under UA too, so its zoneless times were read between two offsets.  A country of
several zones keeps its span (Russia, the US)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from clipper.pubwindows import utc_columns
from clipper.sitezones import country_zones, offsets


@pytest.mark.parametrize(
    ("wall", "utc"),
    [
        ("2026-12-04T16:05:00", "2026-12-04T14:05:00+00:00"),  # winter: UTC+2
        ("2026-07-04T16:05:00", "2026-07-04T13:05:00+00:00"),  # summer: UTC+3
    ],
)
def test_a_zoneless_time_of_a_ukrainian_page_is_pinned(wall: str, utc: str) -> None:
    # by the region the page states, and by a .ua address
    assert utc_columns(wall, True, "https://misto.example/a/1", None, "UA")["published_utc"] == utc
    assert utc_columns(wall, True, "https://misto.com.ua/a/1", None)["published_utc"] == utc


def test_ukraine_s_clocks_are_kyiv_s() -> None:
    assert country_zones("UA") == ("Europe/Kyiv",)
    assert offsets("UA", datetime(2026, 12, 4, 16, 5)) == (timedelta(hours=2),) * 2


@pytest.mark.parametrize("country", ["PL", "CZ", "SK", "LT"])
def test_the_desk_s_other_countries_are_pinned_as_before(country: str) -> None:
    assert utc_columns("2026-12-04T16:05:00", True, None, None, country)["published_utc"]


@pytest.mark.parametrize("country", ["RU", "US"])
def test_a_country_of_several_zones_keeps_its_span(country: str) -> None:
    columns = utc_columns("2026-12-04T16:05:00", True, None, None, country)
    assert columns["published_utc"] is None
    assert columns["published_from"] != columns["published_to"]
