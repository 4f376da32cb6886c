"""A news agency's dateline opening its report: the place, the date, the agency's acronym in
parentheses and a dash, then the text ("Dakar, 4 déc (APS) - …", "Rabat, 04/12/2026 (MAP) - …",
"Kinshasa, 4 décembre 2026 (ACP).- …", "Abidjan, 4 déc 2026 (AIP)- …", "LAGOS, Dec 4 (NAN) -
…").  National agencies (APS, MAP, ACP, AIP, ANP, AGP, ATOP, ABP, NAN …) write it so, often
without the year, and their pages declare no date of their own (newcomer 32, finding F8b).

:func:`agency_dateline` finds it (its span and parts); :func:`dateline_date` reads its date as
a crawler's date field is read (:func:`clipper.dumpdates.line_date`: in the page's language, so
"04/12/2026" on a French page is 4 December), a date without its year with the year of the
page's fetch (:func:`clipper.yearlessdates.yearless_date`: the latest year that puts it no
later than the fetch).  Verification leaves the dateline's words out of what it compares
(:func:`clipper.measuredlines.line_marks`): two agencies' copies of one report differ by their
datelines alone ("Dakar, 4 déc (APS) -" against "Dakar, 4 déc 2026 (AIP)-"), the same way a
sign-off is left out.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import NamedTuple

import regex

from clipper.yearlessdates import yearless_date

__all__ = ["AgencyDateline", "agency_dateline", "dateline_date"]

# The place: one to four words, capitalised or in capitals ("Dakar", "LAGOS", "Bobo-Dioulasso",
# "N'Djamena", "Saint-Louis"); a comma; the date: at most 30 characters holding a digit and no
# bracket; the agency's acronym in parentheses, 2 to 6 letters opening with two capitals ("APS",
# "ATOP", "NAN", "AIP"); a dash, ".-" or a colon after it, spaced or not.
_DATELINE = regex.compile(
    r"[ \t]*(?P<place>\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|d[eu]|la)){0,3}),"
    r"[ \t]*(?P<date>[^()\n,]{3,30}?)[ \t]*\((?P<agency>[A-Z]{2}[A-Za-z]{0,4})\)"
    r"[ \t]*(?:\.?[ \t]*[-–—]+|:)[ \t]*",
    regex.V0,
)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


class AgencyDateline(NamedTuple):
    """An agency's dateline opening a paragraph: its ``end`` (the offset of the text after its
    dash), the ``place``, the ``date`` as written and the ``agency``'s acronym."""

    end: int
    place: str
    date: str
    agency: str


def agency_dateline(paragraph: str) -> AgencyDateline | None:
    """The agency's dateline ``paragraph`` opens with (see the module), None when it opens with
    none: the date must hold a digit and the dateline be followed by text."""
    found = _DATELINE.match(paragraph)
    if found is None or _DIGIT.search(found["date"]) is None:
        return None
    if not paragraph[found.end() :].strip():
        return None
    return AgencyDateline(found.end(), found["place"], found["date"].strip(), found["agency"])


def dateline_date(paragraph: str, fetched: datetime | None) -> str | None:
    """``YYYY-MM-DD`` of the agency's dateline ``paragraph`` opens with (:func:`agency_dateline`),
    the day only as a dateline gives it: read as a crawler's date field is in the page's
    language (:func:`clipper.dumpdates.line_date`), and without a year with ``fetched``'s
    (aware, the page's fetch time: :func:`clipper.yearlessdates.yearless_date`); None when it
    opens with none, its date does not read, or it has no year and the page no fetch time."""
    dateline = agency_dateline(paragraph)
    if dateline is None:
        return None
    if _YEAR.search(dateline.date) is None:
        when = yearless_date(dateline.date, fetched.isoformat() if fetched else None)
    else:
        from clipper.dumpdates import line_date  # clipper.dumpdates imports clipper.read

        when = line_date(dateline.date)
    return when[:10] if when else None
