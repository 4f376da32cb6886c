"""The order the readings of one page are kept in (smallest first), the one ranking of
them: which of a batch's readings of one page is stored (:mod:`clipper.newpages`), whose
headline, author, date and origin a page keeps (:mod:`clipper.sightings`), which reading of a
revisit is matched (:mod:`clipper.revisits`), and the order ``clipper rejections`` lists a
page's readings in.  A module of its own, without the store behind :mod:`clipper.sightings`,
so that a query command reading it imports no NumPy or writing store (``tests/test_startup.py``).
"""

from __future__ import annotations

import re
from typing import Any

# A reading's place among its page's readings (:func:`reading_order`)
ReadingKey = tuple[Any, ...]

_NUMBERS = re.compile(r"(\d+)")


def reading_order(
    fetched_at: str | None, origin: str, quality: ReadingQuality | None = None
) -> ReadingKey:
    """The key readings of one page are kept by (smallest first): fetch time (ISO 8601,
    unknown last), then what the reading says of its page (``quality``, best first:
    :func:`reading_quality`; a reading not cleaned, which says nothing yet, after every
    cleaned one), then origin in reading order: its numbers compared as numbers, so
    ``dump.jsonl:89`` comes before ``dump.jsonl:109`` (as text it would not), then the origin
    itself (``:07`` and ``:7`` apart).  The same key whatever order the readings came in."""
    parts = _NUMBERS.split(origin)  # text, number, text, …: the same kinds at the same places
    return (
        fetched_at or "\uffff",
        _UNRANKED if quality is None else quality,
        tuple(int(p) if i % 2 else p for i, p in enumerate(parts)),
        origin,
    )


# A cleaned reading's place by what it says of its page (:func:`reading_quality`).
ReadingQuality = tuple[int, ...]

# Where a publication date came from (clipper.page.DateSource), best first; undated last
_DATE_SOURCES = {"declared": 0, "guessed": 1, "updated": 2}
# A reading not cleaned: after every cleaned one of the same fetch time
_UNRANKED: ReadingQuality = (9,)


def reading_quality(
    date_source: str | None, published: str | None, zoneless: bool | None, kind: str | None
) -> ReadingQuality:
    """How well a cleaned reading of a page says what the page is, as a key (smaller is
    better), for readings of one page that no fetch time tells apart (two files of one night
    without fetch times: a CMS export's row and the mirror's saved page of its address,
    newcomer 37b finding 4).  In order: a date the page or its record declares before one
    guessed from its text, address or file name, before an "Updated" line's, before none
    (``date_source``: :data:`clipper.page.DateSource`); a time of day before a day alone
    (``published`` as stored, ISO 8601); a time given with its zone before one written
    without (``zoneless``, ``pages.published_zoneless``); an HTML page (its own metadata:
    canonical link, ``article:published_time``, JSON-LD) before a record's text (``kind``).
    Readings equal in all of these go by their origin (:func:`reading_order`)."""
    if not published:
        return (len(_DATE_SOURCES), 1, 1, int(kind != "html"))
    return (
        _DATE_SOURCES.get(date_source or "", len(_DATE_SOURCES)),
        int(len(published) <= 10),
        int(zoneless is True),
        int(kind != "html"),
    )
