"""A Persian digest writes its dates in the Solar Hijri calendar its readers keep (newcomer
49a: they were Gregorian), converted by jdatetime, the day as shown in the digest's zone;
every other catalog, and JSON, stays Gregorian (:mod:`clipper.digest.calendars`).
"""

from __future__ import annotations

import json
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest

from clipper.digest.calendars import readers_dates
from clipper.digest.render import render, when
from clipper.translations import translations
from tests.test_digest_desk_languages import full_result


@pytest.mark.parametrize(
    ("shown", "persian"),
    [
        ("2026-12-07 06:00 UTC", "1405/09/16 06:00 UTC"),
        ("2026-03-21", "1405/01/01"),  # Nowruz
        ("2026-03-20 23:59 UTC", "1404/12/29 23:59 UTC"),
        ("2025-03-20", "1403/12/30"),  # the last day of a leap year
        ("2026-12-07 14:30 (no time zone given)", "1405/09/16 14:30 (no time zone given)"),
        ("date unknown", "date unknown"),
    ],
)
def test_a_persian_reader_s_days(shown: str, persian: str) -> None:
    assert readers_dates(shown, translations("fa")) == persian
    for language in ("en", "ar", "th", "tr"):
        assert readers_dates(shown, translations(language)) == shown


def test_the_day_is_the_one_shown_in_the_readers_zone() -> None:
    # 21:00 UTC on 16 Azar is already 17 Azar in Tehran (UTC+03:30)
    speech = translations("fa")
    assert when("2026-12-07T21:00:00+00:00", speech=speech) == "1405/09/16 21:00 UTC"
    tehran = when("2026-12-07T21:00:00+00:00", zone=ZoneInfo("Asia/Tehran"), speech=speech)
    assert tehran.startswith("1405/09/17 00:30")


def test_the_persian_digest_and_its_json() -> None:
    result = full_result()
    text = render(result, "text", language="fa")
    assert "1405/09/11 06:00 UTC" in text and "2026-12-02" not in text
    assert "2026-12-02 06:00 UTC" in render(result, "text", language="en")
    document = json.loads(render(replace(result), "json", language="fa"))
    assert document["since"].startswith("20")  # JSON keeps ISO 8601
