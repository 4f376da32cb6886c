"""A numeric date's order by the page's language and region together, from CLDR: an English
Philippine page's "12/7/2026" was left in doubt (the hand list of month-first regions was the
United States' alone, shared by English and Spanish), while CLDR writes en-PH, en-BI and en-MH
M/d/yy; Spanish of Panama writes the month first too, Chinese of Hong Kong the day first,
French of Canada the year first.  The table is checked against Babel's locales.  Invented
values."""

from __future__ import annotations

from collections import defaultdict

import pytest
from babel import Locale, localedata

from clipper.furniture import TABLES
from clipper.langmodel import languages
from clipper.language import stored_language
from clipper.localeorders import (
    DAY_FIRST_LANGUAGES,
    MONTH_FIRST_LANGUAGES,
    REGIONAL_ORDERS,
    regional_order,
)
from clipper.read.declareddates import declared_date
from clipper.read.zones import written_in


def _order(pattern: str) -> str:
    day, month, year = (pattern.find(part) for part in "dMy")
    if day < month < year:
        return "d"
    return "M" if month < day < year else "y"


def _cldr_regional_orders() -> dict[str, str]:
    """Babel's locales of a region, of the languages clipper reads, whose short date is in
    another order than the language's alone: its locale without a script, else its scripts'
    one order (English's day-first regions aside: DAY_FIRST_ENGLISH)."""
    codes = {stored_language(c) for c in languages()} | set(languages()) | set(TABLES)
    codes |= DAY_FIRST_LANGUAGES | MONTH_FIRST_LANGUAGES | {"en"}
    plain: dict[tuple[str, str], str] = {}
    scripted: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name in localedata.locale_identifiers():
        locale = Locale.parse(name)
        if not locale.territory or locale.variant or locale.language not in codes:
            continue
        key = (locale.language, locale.territory.lower())
        order = _order(locale.date_formats["short"].pattern)
        if locale.script:
            scripted[key].add(order)
        else:
            plain[key] = order
    for key, orders in scripted.items():
        if key not in plain and len(orders) == 1:
            plain[key] = next(iter(orders))
    found = {}
    for (language, region), order in plain.items():
        alone = (
            "d" if language in DAY_FIRST_LANGUAGES
            else "M" if language in MONTH_FIRST_LANGUAGES
            else ""
        )  # fmt: skip
        if order == alone or (not alone and order == "y") or (language, order) == ("en", "d"):
            continue
        found[f"{language}-{region}"] = order
    return found


def test_the_regional_orders_are_cldrs() -> None:
    # es-US: month first as CLDR wrote it before version 44 (see REGIONAL_ORDERS)
    assert {k: v for k, v in REGIONAL_ORDERS.items() if k != "es-us"} == _cldr_regional_orders()
    assert REGIONAL_ORDERS["es-us"] == "M"


@pytest.mark.parametrize(
    ("value", "language", "region", "read"),
    [
        ("12/7/2026", "en-PH", None, "2026-12-07"),
        ("12/7/2026 7:05 PM", "en-PH", None, "2026-12-07T19:05:00"),
        ("12/07/2026", "en", "PH", "2026-12-07"),  # <html lang="en"> of a page stating PH
        ("12/7/2026", "en-MH", None, "2026-12-07"),
        ("12/7/2026", "en-BI", None, "2026-12-07"),
        ("12/07/2026", "es-PA", None, "2026-12-07"),
        ("12/07/2026", "es-PR", None, "2026-12-07"),
        ("7/12/2026", "zh-HK", None, "2026-12-07"),
        ("07/12/2026", "zh-SG", None, "2026-12-07"),
        ("07/12/2026", "sv-FI", None, "2026-12-07"),
        # the language's own order elsewhere
        ("7/12/2026", "es-MX", None, "2026-12-07"),
        ("7/12/2026", "en-GB", None, "2026-12-07"),
    ],
)  # fmt: skip
def test_a_numeric_date_is_read_in_its_language_and_regions_order(
    value: str, language: str, region: str | None, read: str
) -> None:
    with written_in(language, "https://www.balita-ngayon.example/a", region):
        assert declared_date(value) == (read, None)


@pytest.mark.parametrize(
    ("value", "language"),
    [
        ("12/07/2026", "en"),  # English of no region: in doubt, as before
        ("03/12/2026", "fr-CA"),  # year first in CLDR: a d/m/y or m/d/y of its is in doubt
        ("03/12/2026", "zh"),  # Chinese of no region writes the year first
        ("03/12/2026", "en-CA"),
    ],
)
def test_a_numeric_date_in_doubt_stays_unread(value: str, language: str) -> None:
    with written_in(language, "https://www.balita-ngayon.example/a"):
        assert declared_date(value) == (None, value)


def test_the_order_is_the_pairs_not_the_regions_alone() -> None:
    # the Philippines writes English and Filipino month first, but Spanish there is Spanish's
    assert regional_order("en", "ph") == "M"
    assert regional_order("fil", "ph") == "M"
    assert regional_order("es", "ph") == "d"
    # Hong Kong's Chinese is day first, Hong Kong's English too (DAY_FIRST_ENGLISH)
    assert regional_order("zh", "hk") == regional_order("en", "hk") == "d"
    assert regional_order("zh", "tw") == ""
