"""A time of day spelled with its units after a date ("18 ó 15 p", "18 óra 15 perc", "18 val.
15 min.", "18 ч. 15 мин.", "18.15 hod."): read as 18:15 on the date's own day (session 29:
python-dateutil read Hungarian's hour and minutes as other parts of the date, 15 December at
04:18; Czech's "hod." left the day alone or nothing).  Invented datelines."""

from __future__ import annotations

import pytest

from clipper.linedates import line_date
from clipper.page import DECLARED
from clipper.read.declareddates import declared_date
from tests.test_dates_by_language import _page


@pytest.mark.parametrize(
    "value",
    [
        "2026. december 3. 18 ó 15 p",  # hu
        "2026. december 3. 18 óra 15 perc",
        "2026.12.03. 18 ó 15 p",
        "3 gruodžio 2026 18 val. 15 min.",  # lt
        "3 декабря 2026 г., 18 ч. 15 мин.",  # ru
        "3 грудня 2026, 18 год. 15 хв.",  # uk
        "3. prosince 2026, 18.15 hod.",  # cs
        "3. prosince 2026 v 18:15 hod.",
        "3. decembra 2026 o 18.15 hod.",  # sk
        # the others' words for the hour were read before, and still are
        "3.12.2026 klo 18.15",  # fi
        "3 Aralık 2026 saat 18:15",  # tr
        "3. prosince 2026 18:15",
    ],
)
def test_a_time_spelled_with_its_units_is_read_on_its_day(value: str) -> None:
    assert declared_date(value) == ("2026-12-03T18:15:00", None)
    assert line_date(value) == "2026-12-03T18:15:00"


@pytest.mark.parametrize("value", ["Hace 3 ó 4 días", "18 p", "15 perc alatt 2026-ban"])
def test_numbers_with_unit_words_and_no_date_stay_unread(value: str) -> None:
    assert declared_date(value)[0] is None


def test_a_hungarian_pages_dateline_keeps_its_day() -> None:
    article = _page("hu", "Publikálva: 2026. december 3. 18 óra 15 perc")
    assert (article.published, article.date_source) == ("2026-12-03T18:15:00", DECLARED)
