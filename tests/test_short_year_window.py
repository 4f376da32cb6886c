"""A numeric date of a two-digit year before its time ("07/12/26 14:30") is of 20YY only near
the run's year: twenty years before it to the year after.  Further off, "07/12/98 14:30" is 1998
or 2098, neither a reading to pick: it was read as 2098 and dropped without being counted; it
is now left unread and counted.  Its day and month are read in the page's order as before, and
stay in doubt where the page does not settle it.  Invented pages."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.numericdates import SHORT_YEARS_BACK, short_year
from clipper.page import Article, RawPage

_FR = (
    "Le conseil municipal a voté lundi la fermeture du vieux pont du port pendant six semaines"
    " de travaux, après que des inspecteurs ont constaté de la corrosion sur deux appuis.",
    "Les ingénieurs de la ville ont indiqué que les travaux commenceraient en janvier et qu'un"
    " bac transporterait les piétons pendant la fermeture du pont.",
    "Les commerçants du quai craignent un hiver calme mais saluent la décision de réparer le"
    " pont plutôt que de le remplacer.",
)


@pytest.mark.parametrize(
    ("digits", "year"),
    [("26", 2026), ("27", 2027), ("06", 2006), ("05", None), ("28", None), ("98", None)],
)
def test_a_two_digit_year_is_read_near_the_runs_year(digits: str, year: int | None) -> None:
    assert SHORT_YEARS_BACK == 20
    assert short_year(digits, date(2026, 12, 7)) == year


def _dump(line: str, lang: str | None) -> Article:
    now = datetime.now(UTC)
    body = "Le vieux pont du port fermé\n" + line + "\n\n" + "\n\n".join(_FR) + "\n"
    raw = RawPage(
        origin="t/t",
        kind="text",
        body=body.encode(),
        url="https://www.journal-du-port.fr/pont",
        fetched_at=now.isoformat(),
        language=lang,
    )
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    return article


def _this_years_day() -> tuple[str, str]:
    """A day of this year before today, as "DD/MM/YY" and ISO 8601 (the fetch is now)."""
    today = datetime.now(UTC).date()
    day = date(today.year, 1, 2) if today >= date(today.year, 1, 2) else date(today.year, 1, 1)
    return day.strftime("%d/%m/%y"), day.isoformat()


@pytest.mark.parametrize("separator", ["/", ".", "-"])
def test_a_two_digit_year_of_this_year_is_read_in_the_pages_order(separator: str) -> None:
    written, iso = _this_years_day()
    article = _dump(f"{written.replace('/', separator)} 00:30", "fr")
    assert article.published == f"{iso}T00:30:00"  # as written: the zone is read later


@pytest.mark.parametrize("separator", ["/", "."])
def test_a_two_digit_year_far_from_the_runs_is_left_unread_and_counted(separator: str) -> None:
    far = (datetime.now(UTC).year - 28) % 100
    line = separator.join(["07", "12", f"{far:02d}"]) + " 14:30"
    article = _dump(line, "fr")
    assert (article.published, article.date_unread) == (None, line)


def test_a_two_digit_year_stays_in_doubt_where_the_page_does_not_settle_the_order() -> None:
    written, _ = _this_years_day()
    line = f"{written} 00:30"
    article = _dump(line, "en")
    assert (article.published, article.date_unread) == (None, line)
