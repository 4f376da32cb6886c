"""What a run says of a page it stored without the date the page gives (the ``date-unread``
note, listed by ``clipper rejections --reason date-unread``): a date field its reader did not
read, a date later than the page's fetch or the run, one standing for no date, an update's line
taken for none, a span back from a fetch time the page does not give, an agency's dateline with
no year to complete it; and an update time that was not kept.
"""

from __future__ import annotations

import re

from clipper.dates import placeholder_date
from clipper.dumpdates import update_line
from clipper.linedates import line_date
from clipper.localdates import ascii_date_digits
from clipper.othercalendars import UNREAD_CALENDAR, unread_calendar_in
from clipper.page import Article, RawPage
from clipper.pubwindows import after_fetch, before_on_one_clock
from clipper.read.relativedates import days_back
from clipper.relativetimes import RELATIVE_TIME, day_stamp
from clipper.sitezones import host_of
from clipper.verdict import plausible_published, read_by, utc


def date_note(page: RawPage, article: Article) -> str | None:
    """What the run says of a page stored without the date it gives (``date-unread``): its
    record's date field not read, a date later than its fetch or standing for none, or a date
    line of its text not read or only an update's; and of an update time it gives that was
    not kept (:func:`_update_note`); None when it has none of these."""
    notes = [n for n in (_publication_note(page, article), _update_note(page, article)) if n]
    return "; ".join(notes) if notes else None


def _update_note(page: RawPage, article: Article) -> str | None:
    """Why the update time ``article`` gave was not kept
    (:func:`clipper.verdict.plausible_update`): after its fetch or the run, as a publication
    date is said to be, or before its publication date; None when it was kept or gave none."""
    ignored = article.update_ignored
    if ignored is None:
        return None
    if article.published and before_on_one_clock(
        ignored, article.published, host_of(page.url), article.region
    ):
        why = f"is before its publication date {article.published}"
    else:
        why = _too_late(page, article, ignored)
    return f'update "{ignored}" {why}; page kept without it'


def _publication_note(page: RawPage, article: Article) -> str | None:
    if page.date_unread is not None and not article.date_reread:
        why = _relative_why(page, page.date_unread) or "not read"
        return f'publication date "{page.date_unread}" {why}; page kept without it'
    if (ignored := article.date_ignored) is not None:
        why = _too_late(page, article, ignored)
        return f'publication date "{ignored}" {why}; page kept without it'
    if (unread := article.date_unread) is not None:
        # an "updated" line alone dates a change, not the page: said so; a span needs the fetch
        why = "is an update's, not the publication's" if update_line(unread) else "not read"
        when = line_date(unread) if why == "not read" else None
        if when is None and unread_calendar_in(ascii_date_digits(unread)):
            why = UNREAD_CALENDAR  # "मंसिर २०, २०८३ १४:१५ NPT": Bikram Sambat
        if when is not None and _after_limit(page, article, when):
            # a dump's date line its reader passed over for being later: said so
            why = f"({when}) {_too_late(page, article, when)}"
        why = _relative_why(page, unread) or _yearless_why(page, unread) or why
        return f'date "{unread}" {why}; page kept without a date'
    if (month := article.date_month) is not None:
        return f"address names the month {month} but no day; page kept without a date"
    return None


def _yearless_why(page: RawPage, unread: str) -> str | None:
    """Why ``unread``, an agency's dateline without a year ("Dec. 6":
    :func:`clipper.agencydatelines.yearless_dateline`), was not read: the page gives no fetch
    time and its file name no date to take the year from; None for a value with a year or a
    page with a fetch time."""
    if page.fetched_at is not None or page.named_date is not None:
        return None
    if re.search(r"(?<!\d)\d{4}(?!\d)", unread) or not re.search(r"[^\W\d_]", unread):
        return None
    return "has no year, and the page no fetch time or dated file name to take one from"


def _relative_why(page: RawPage, unread: str) -> str | None:
    """Why ``unread``, a date relative to the fetch ("vor 2 Stunden", "igår kl. 14.30",
    "gestern", "vor 3 Tagen": :data:`clipper.relativetimes.RELATIVE_TIME`,
    :func:`clipper.relativetimes.day_stamp`, :func:`clipper.read.relativedates.days_back`),
    was not read: the page gives no fetch time, or the site's clocks put the fetch on two days
    (a day named from the fetch's or counted back from it, on a site of no known country);
    None for any other value."""
    named_day = day_stamp(unread) is not None or days_back(unread, page.fetched_at) is not None
    if page.fetched_at is None and (named_day or RELATIVE_TIME.search(unread)):
        # what gives one, for a reader who has it (newcomer 51b: the scraper knew its fetch
        # times; the message did not say where clipper reads them)
        return (
            "is a span back from a fetch time the page does not give (a record's or a"
            " sidecar NAME.json's fetched_at gives one)"
        )
    if named_day:
        return (
            "names a day from the fetch's, which falls on two days on the clocks the site may"
            " keep (its country not known: dedupe --country)"
        )
    return None


def _after_limit(page: RawPage, article: Article, when: str) -> bool:
    """Whether ``when`` (ISO 8601) is later than a date of ``page`` can be: after the run
    reading it started, or a day after its fetch (clipper.verdict.plausible_published)."""
    kept, _ = plausible_published(
        when, page.fetched_at, read_by(page), host_of(page.url), article.region
    )
    return kept is None


def _too_late(page: RawPage, article: Article, ignored: str) -> str:
    """Why a page's date ``ignored`` was not kept (clipper.verdict.plausible_published): it
    stands for no date, or is after the page's fetch, else after the start of the run that
    read it (newcomer 40, finding 10: said "after the page was read" of a page read later)."""
    if placeholder_date(ignored):
        return "stands for no date"
    fetched = utc(page.fetched_at) if page.fetched_at else None
    if fetched is not None and after_fetch(ignored, fetched, host_of(page.url), article.region):
        return f"is after the page was fetched {page.fetched_at}"
    return f"is after the run that read it started ({page.read_by} UTC)"
