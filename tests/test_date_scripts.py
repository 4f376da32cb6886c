"""A page's dates read in the script its month names are written in: dateparser's Uzbek ("uz")
is Latin, and an Uzbek page's Cyrillic "7 декабр 2026 йил" (uz-Cyrl's names) was not read;
Azerbaijani's Cyrillic (az-Cyrl) the same; Serbian's and Bosnian's two scripts are read as
before.  A Cyrillic name of one language is not read on a page of another.  Invented values."""

from __future__ import annotations

import pytest

from clipper.linedates import line_date
from clipper.read.declareddates import declared_date
from clipper.read.zones import written_in


@pytest.mark.parametrize(
    ("language", "value", "read"),
    [
        ("uz", "7 декабр 2026", "2026-12-07"),
        ("uz", "Тошкент, 7 декабр 2026 йил, 14:30", "2026-12-07T14:30:00"),
        ("uz", "7 ноябр 2026 йил", "2026-11-07"),
        ("uz", "7 dekabr 2026 14:30", "2026-12-07T14:30:00"),  # Latin, as before
        ("uz-UZ", "7 феврал 2026", "2026-02-07"),
        ("az", "7 декабр 2026", "2026-12-07"),
        ("az", "7 dekabr 2026", "2026-12-07"),
        ("sr", "7. децембар 2026.", "2026-12-07"),
        ("sr", "7. decembar 2026.", "2026-12-07"),
        ("bs", "7. децембар 2026.", "2026-12-07"),
        ("bs", "7. decembar 2026.", "2026-12-07"),
    ],
)
def test_a_date_is_read_in_the_script_of_its_month(language: str, value: str, read: str) -> None:
    with written_in(language, "https://www.xabar-misol.example/a"):
        assert line_date(value) == read
        assert declared_date(value)[0] == read


@pytest.mark.parametrize("language", ["ru", "kk", None])
def test_uzbek_cyrillic_names_are_read_on_uzbek_pages_only(language: str | None) -> None:
    with written_in(language, "https://www.xabar-misol.example/a"):
        assert line_date("7 декабр 2026") is None
