"""English written day first wherever CLDR writes it so: an ``en-MY`` page's "07/12/2026" was
left unread (its region was missing from a hand-kept table of ten), while Babel's CLDR writes
Malaysian English dd/MM/y.  The table is checked against Babel's every en-XX locale; an address
at a country-code domain used as a generic one (.io, .tv) still says nothing of the order.
Invented values."""

from __future__ import annotations

import pytest
from babel import Locale, localedata

from clipper.localeorders import DAY_FIRST_ENGLISH
from clipper.read.declareddates import declared_date
from clipper.read.zones import written_in


def _cldr_day_first_english() -> set[str]:
    """The regions (lower case) of Babel's en-XX locales whose short date pattern has the day
    before the month and the year last."""
    regions = set()
    for name in localedata.locale_identifiers():
        locale = Locale.parse(name)
        if locale.language != "en" or not locale.territory or locale.script or locale.variant:
            continue
        pattern = locale.date_formats["short"].pattern
        if pattern.find("d") < pattern.find("M") < pattern.find("y"):
            regions.add(locale.territory.lower())
    return regions


def test_the_day_first_english_regions_are_cldrs() -> None:
    assert set(DAY_FIRST_ENGLISH) == _cldr_day_first_english()


@pytest.mark.parametrize(
    ("value", "language", "read"),
    [
        ("07/12/2026", "en-MY", "2026-12-07"),
        ("07/12/2026 18:05", "en-MY", "2026-12-07 18:05"),
        ("7/12/2026", "en-HK", "2026-12-07"),
        ("07.12.2026", "en-CH", "2026-12-07"),
        ("07/12/2026", "en-GB", "2026-12-07"),
    ],
)  # fmt: skip
def test_a_numeric_date_in_day_first_english_is_read_day_first(
    value: str, language: str, read: str
) -> None:
    with written_in(language, "https://www.berita-harian.example/a"):
        assert declared_date(value) == (read, None)


@pytest.mark.parametrize("domain", ["io", "tv", "ai"])
def test_a_generic_country_domain_keeps_a_us_zones_month_first(domain: str) -> None:
    with written_in(None, f"https://www.kbox.{domain}/a"):
        assert declared_date("12/04/2026 2:32 PM CST") == ("2026-12-04T14:32:00-06:00", None)


def test_a_day_first_countrys_domain_leaves_a_us_zones_date_unread() -> None:
    with written_in(None, "https://www.radio.com.my/a"):
        assert declared_date("12/04/2026 2:32 PM CST") == (None, "12/04/2026 2:32 PM CST")
