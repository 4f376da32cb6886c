"""A text dump's header date: the date line an old scraper writes in the dump's header, above
or right under the headline and before the body (``000101.txt``: "Las inundaciones en
Valdeserra…", "20/11/2026", then the text), read as the dump's publication date.

A bare date elsewhere in a dump (a flattened page's masthead "today", a related article's date)
stays unread (:func:`clipper.headdates.head_date`); this module owns only the header's, whose
place says whose date it is: the dump's first :data:`clipper.config.DUMP_HEADER_LINES` non-empty
lines hold the headline and the date, and the body starts right after them.

A numeric date whose day and month may be either ("03/11/2026") is read by the order the dump's
folder settles (:func:`clipper.read.dumporder.folder_order`: the other header dates of the
scraper's folder, one of them "20/11/2026", write the day first), else by the page's language and
country (:func:`clipper.linedates.line_date`: day first on es/pt/ar pages, month first on en-US
ones), else left unread and counted. Newcomer 37 finding 1: every old-scraper dump was stored
undated and then counted as archived "today" by search, stories and the digest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Literal

from clipper.dumpdates import update_line
from clipper.furniture.compiled import matchers
from clipper.linedates import line_date, possible_day
from clipper.localdates import ascii_date_digits
from clipper.paperdatelines import paper_dateline

Order = Literal["day", "month"]

# A numeric date alone on its line (a weekday or a label of at most three words and a colon or
# comma before it allowed: "jueves, 03/11/2026", "Publicado: 03/11/2026"), day and month in
# either order, its year of four digits: 03/11/2026, 3-11-2026, 03.11.2026.
_NUMERIC_LINE = re.compile(
    r"^(?:[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2}\s*[:,]\s*)?"
    r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})$"
)


def _numbers(line: str) -> tuple[int, int, int] | None:
    """(first, second, year) of a numeric date alone on ``line`` (:data:`_NUMERIC_LINE`, in any
    script's digits), else None."""
    found = _NUMERIC_LINE.match(ascii_date_digits(line.strip()))
    if found is None:
        return None
    return int(found[1]), int(found[3]), int(found[4])


def numeric_date(line: str) -> bool:
    """Whether ``line`` is a numeric date alone (:data:`_NUMERIC_LINE`: "03/11/2026", a
    weekday or a label before it), in any script's digits, whichever order reads it."""
    return _numbers(line) is not None


def line_order(line: str) -> Order | None:
    """The order a numeric date alone on ``line`` shows by itself: ``"day"`` when its first
    number can only be a day (over 12: "20/11/2026"), ``"month"`` when its second can only be
    one ("11/20/2026"); None for any other line, and for a date either order reads
    ("03/11/2026")."""
    numbers = _numbers(line)
    if numbers is None:
        return None
    first, second, _ = numbers
    if first > 12 >= second >= 1:
        return "day"
    if second > 12 >= first >= 1:
        return "month"
    return None


def header_day(line: str, order: Order | None, latest: datetime | None) -> str | None:
    """``YYYY-MM-DD`` of the date a dump's header ``line`` gives: a numeric date whose day and
    month may be either read by ``order`` (its folder's,
    :func:`clipper.read.dumporder.folder_order`) when one is known, any other date as
    :func:`clipper.linedates.line_date` reads it (a day over 12 in either place; ISO 8601; "20 de
    noviembre de 2026"; Arabic-Indic digits day first; an ambiguous one by the page's language and
    country); no later than ``latest`` (the fetch; now when unknown) nor before 1995; else None."""
    numbers = _numbers(line)
    when: str | None = None
    if numbers is not None and order is not None and line_order(line) is None:
        first, second, year = numbers
        day, month = (first, second) if order == "day" else (second, first)
        try:
            when = date(year, month, day).isoformat()
        except ValueError:
            return None
    else:
        when = line_date(line)
    if when is None or not possible_day(when, latest):
        return None
    return when[:10]


def settled_order(lines: Iterable[str]) -> Order | None:
    """The order header date ``lines`` settle: ``"day"`` when one of them can be read only day
    first and none only month first, ``"month"`` the other way; None when none settles it or
    they disagree.  The same answer for the same lines in any order."""
    seen = {order for line in lines if (order := line_order(line)) is not None}
    return next(iter(seen)) if len(seen) == 1 else None


def header_date(
    header: list[str], order: Order | None, latest: datetime | None
) -> tuple[str | None, str | None]:
    """(the publication day the first line of a dump's ``header`` that gives one gives, the
    paper that line names), each None when it gives none.  The day: a bare date
    (:func:`clipper.headerdates.header_day`: "20/11/2026", "2026-11-20", "20 de noviembre de
    2026", read with the folder's day ``order``), or the date after a paper's name ("Le Soir,
    samedi 5 décembre 2026", "The Guardian, 5 December 2026, p. 3":
    :func:`clipper.paperdatelines.paper_dateline`, which names the paper; a place's dateline,
    "London, 5 December 2026", "Stockholm den 5 december 2026", names none).  ``header``: the
    dump's first :data:`clipper.config.DUMP_HEADER_LINES` non-empty lines, when its body
    starts right below them: the headline and the date an old scraper or a press-review tool
    writes, whose place says the date is the dump's, not the site's "today" (newcomer 37
    finding 1; newcomer 42 for a paper's name).  Only a header of one date line, not an
    update's nor a timestamp's ("Updated …", "Stand: …"): beside another date, which is the
    page's is not known."""
    papers = {line: paper_dateline(line) for line in header}
    dates = [
        line
        for line in header
        if numeric_date(line) or line_date(line) is not None or papers[line] is not None
    ]
    if len(dates) != 1 or update_line(dates[0]) or matchers().is_timestamp(dates[0]):
        return None, None
    paper = papers[dates[0]]
    if paper is not None:
        day = paper.date[:10] if possible_day(paper.date, latest) else None
        return day, None if paper.place else paper.name  # a place's dateline: no paper
    return header_day(dates[0], order, latest), None
