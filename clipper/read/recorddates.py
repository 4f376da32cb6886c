"""A record's publication date from its date fields: the first publication field present,
made finer by a later field or a time field giving a time of day on that same day; a UTC field
first; a web-corpus record's ``date`` is its crawl's (:func:`names_crawl_dump`), never the
page's publication.
"""

from __future__ import annotations

import re
from typing import Any

from clipper.read.declareddates import declared_date, iso_or_none
from clipper.read.fieldnames import (
    FETCHED_FIELDS,
    PUBLISHED_FIELDS,
    UPDATED_FIELDS,
    UTC_PUBLISHED_FIELDS,
)
from clipper.read.fieldvalues import first_present, str_field, value_of

# The Common Crawl dump a web-corpus record names (FineWeb's ``"dump": "CC-MAIN-2013-20"``): its
# ``date`` is then the crawl's ("crawl date (from CommonCrawl)", FineWeb's dataset card), the
# fetch time, never the page's publication.
_CRAWL_DUMP = re.compile(r"CC-MAIN-\d{4}-\d{2}")
CRAWL_DATE_FIELD = "date"
# A time of day a record gives apart from its day-only date (a Scrapy item's "time": "06:10 PM"
# beside "date": "14 मई 2025"; Event Registry's "time"), read with that day.
_TIME_FIELDS = ("time", "publish_time", "published_time", "pub_time")
# A value that is a time of day and nothing else ("06:10 PM", "13h00", "14:05 hrs.",
# "06:10:00", "18:10 WIB"): at most a zone after it, no day.
_TIME_ONLY = re.compile(
    r"\s*\d{1,2}(?:[:.h]\s?\d{2}(?::\d{2})?|\s?h)\s*(?:[ap]\.?\s?m\.?|hrs?\.?|uhr|h)?\s*"
    r"(?:\(?[A-Za-z]{2,5}\)?|[+\-−]\d{1,2}(?::?\d{2})?)?\s*",
    re.IGNORECASE,
)


def names_crawl_dump(obj: dict[str, Any]) -> bool:
    """Whether the record names the Common Crawl dump it comes from (:data:`_CRAWL_DUMP`)."""
    dump = obj.get("dump")
    return isinstance(dump, str) and _CRAWL_DUMP.fullmatch(dump.strip()) is not None


def fetch_time(obj: dict[str, Any]) -> str | None:
    """When the record's page was fetched: the first fetch-time field present
    (:data:`FETCHED_FIELDS`: news-please's ``date_download``, Scrapy items' ``scraped_at``,
    ``crawl_time``, ``downloaded_at``…), ISO 8601 or RFC 2822 (:func:`iso_or_none`), or a
    number, the epoch in seconds or milliseconds (``time.time()`` as a Scrapy pipeline
    writes it: UTC; a CSV's or workbook's cell of its 10 or 13 digits too), at the top or in
    a ``crawl`` object (Apify's); None when it gives none that reads (a crawler's garbage is
    no fetch time, never the record's loss).  Any other JSON type rejects the record
    (:class:`~clipper.read.fieldvalues.BadField`), as for every field."""
    crawl = obj.get(_FETCH_OBJECT)
    if first_present(obj, FETCHED_FIELDS) is None and isinstance(crawl, dict):
        obj = crawl  # Apify's Website Content Crawler: {"crawl": {"loadedTime": ...}}
    value = first_present(obj, FETCHED_FIELDS)
    if isinstance(value, str) and _EPOCH_DIGITS.fullmatch(value.strip()):
        value = int(value)  # a CSV's or a workbook's cell: the number as text
    if isinstance(value, int | float) and not isinstance(value, bool):
        return declared_date(value)[0]
    return iso_or_none(str_field(obj, FETCHED_FIELDS))


# An epoch time written as text: seconds (10 digits, 2001-2286) or milliseconds (13).
_EPOCH_DIGITS = re.compile(r"\d{10}|\d{13}")
# The object a crawler keeps its fetch's facts in (Apify's Website Content Crawler).
_FETCH_OBJECT = "crawl"


def _present_dates(obj: dict[str, Any], skip: str = "") -> list[Any]:
    """The values of the record's publication fields (:data:`PUBLISHED_FIELDS`; not
    ``skip``) that are present, in that order; a time of day alone ("time": "06:10 PM") is no
    date: :func:`publication_date` reads it with the day."""
    return [
        value
        for name in PUBLISHED_FIELDS
        if name != skip
        and (value := value_of(obj, name)) is not None
        and not (isinstance(value, str) and not value.strip())
        and not (name in _TIME_FIELDS and isinstance(value, str) and _TIME_ONLY.fullmatch(value))
    ]


def _update_value(value: Any) -> bool:
    """Whether a publication field's ``value`` is an "updated" line of a language table
    ("Aktualisiert am 4. Dezember 2026, 11:05 Uhr", "Updated 4 December 2026", "Päivitetty:
    4.12.2026 klo 16.32": :func:`clipper.dumpdates.update_line`)."""
    from clipper.dumpdates import update_line  # the language tables: loaded when asked

    return isinstance(value, str) and update_line(" ".join(value.split()))


def _posted(value: Any) -> Any:
    """A publication field's ``value`` without the update it goes on with ("5 dec. 2026 kl.
    14.30 (uppdaterad 6 dec. 2026 kl. 08.00)" → "5 dec. 2026 kl. 14.30":
    :func:`clipper.dumpdates.posted_then_updated`); any other value as it is."""
    parts = _posted_and_update(value)
    return parts[0] if parts is not None else value


def _posted_and_update(value: Any) -> tuple[str, str] | None:
    from clipper.dumpdates import posted_then_updated  # the language tables: loaded when asked

    if not isinstance(value, str) or not any(char.isdigit() for char in value):
        return None
    return posted_then_updated(" ".join(value.split()))


def update_beside(obj: dict[str, Any], skip: str = "") -> str | None:
    """The update the record's first publication field giving one writes after its posting
    date ("5 dec. 2026 kl. 14.30 (uppdaterad 6 dec. 2026 kl. 08.00)", "Dec 5, 2026 2:30 PM
    (updated Dec 6, 2026 8:00 AM)", "… (mis à jour le 6 décembre 2026 à 08h00)": the posting
    date dates the page, :func:`publication_date`), as :func:`clipper.linedates.line_date`
    reads the part after its label (ISO 8601); None when no field goes on with an update
    (newcomer 43, finding 3: such a value was not read at all)."""
    from clipper.linedates import line_date

    for value in _present_dates(obj, skip):
        parts = _posted_and_update(value)
        if parts is not None and (when := line_date(parts[1])) is not None:
            return when
    return None


def publication_date(obj: dict[str, Any], skip: str = "") -> tuple[str | None, str | None]:
    """The record's publication date as :func:`declared_date` reads it: of the first
    publication field present (:data:`PUBLISHED_FIELDS`; not ``skip``) that is no "Updated"
    line (:func:`update_date` reads those; a value going on with its update, "… (uppdaterad
    …)", read up to it: :func:`update_beside` reads the update), or, when that gives
    only a day, of a later one giving a time of day on that same day (Event Registry's
    ``"date": "2026-12-03"`` beside ``"dateTime": "2026-12-03T06:10:00Z"``), else that day at
    the time of day a time field gives alone (:data:`_TIME_FIELDS`: ``"date": "14 मई 2025"``
    beside ``"time": "06:10 PM"``): the most precise value the record's fields agree on.  A
    later field naming another day is passed over (two fields that disagree: the first one's
    day is kept, as before).  A UTC field (:data:`UTC_PUBLISHED_FIELDS`) comes first, its
    zone said ("2024-01-05T10:00:00" → "2024-01-05T10:00:00Z")."""
    utc = first_present(obj, UTC_PUBLISHED_FIELDS)
    if isinstance(utc, str) and _ZONELESS_ISO.fullmatch(utc.strip()):
        return declared_date(f"{utc.strip()}Z")
    present = [_posted(value) for value in _present_dates(obj, skip) if not _update_value(value)]
    if not present:
        return None, None
    published, unread = declared_date(present[0])
    if published is None or len(published) > 10:
        return published, unread
    for value in present[1:]:
        finer, _ = declared_date(value)
        if finer is not None and len(finer) > 10 and finer[:10] == published:
            return finer, None
    time = first_present(obj, _TIME_FIELDS)
    if isinstance(time, str) and _TIME_ONLY.fullmatch(time):
        # the day's time given apart: read together ("2025-05-14 06:10 PM"), as one value is
        finer, _ = declared_date(f"{published} {time.strip()}")
        if finer is not None and len(finer) > 10 and finer[:10] == published:
            return finer, None
    return published, unread


def reread_unread(published: str | None, unread: str | None, language: str | None) -> str | None:
    """A record's date field that reading left unread (``unread``, :attr:`RawPage.date_unread`)
    for want of a language, read again (:func:`declared_date`) as the language its page is
    written in writes dates: ISO 8601, or None when the record stated a language (``language``),
    gave a date it read (``published``), or the value still reads as no date.

    Called inside :func:`clipper.read.zones.written_in` of the language the page's text reads
    as (a text dump) or its HTML declares: a feed with no language field writing "03/12/2026"
    (day or month first?) is read day first when its text is French (newcomer 32: every
    numeric date of a French vendor feed was unread, 3,916 records of one night undated)."""
    if published is not None or unread is None or language:
        return None
    return declared_date(unread)[0]


# An ISO 8601 date and time without a zone.
_ZONELESS_ISO = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?")


def update_line_value(obj: dict[str, Any], skip: str = "") -> str | None:
    """The value of the record's first publication field present (:func:`_present_dates`)
    that is an "updated" line of a language table ("Updated 3:15 PM CST Dec 3", "Aktualisiert
    am 4. Dezember 2026"), stripped, as written; None when no field is one."""
    update = next((value for value in _present_dates(obj, skip) if _update_value(value)), None)
    return update.strip() if isinstance(update, str) else None


def update_date(obj: dict[str, Any], skip: str = "") -> str | None:
    """The date of the record's first publication field present (:func:`_present_dates`)
    that is an "updated" line of a language table ("Aktualisiert am 4. Dezember 2026, 11:05
    Uhr", "Updated 4 December 2026", "Päivitetty: 4.12.2026 klo 16.32":
    :func:`clipper.dumpdates.update_line`), as :func:`declared_date` reads it; None when no
    field is one.  A scraper that copied the page's date line into ``published``: its date is
    a change's, the page published by then at the latest (date source ``updated``), as an HTML
    page's or a text dump's only "Updated" line is (newcomer 29, finding 2).  Each field is
    judged by its own value: WordPress's ``date_gmt`` (its publication in UTC) beside a
    ``date`` holding the "Updated" line stays the publication (session 29: the first field's
    verdict was every field's, and the UTC date was stored as the update).  Else the first
    update field present (:data:`UPDATED_FIELDS`: ``date_modified``, ``dateModified``, a dump
    header's or Jina Reader's "Updated:" line, :mod:`clipper.read.textheader`)."""
    line = update_line_value(obj, skip)
    # else a field of the page's last change (news-please's date_modified, a header's "Updated:")
    update = line if line is not None else first_present(obj, UPDATED_FIELDS)
    return declared_date(update)[0] if update is not None else None


def modified_time(obj: dict[str, Any]) -> str | None:
    """When the record says its page last changed: its first update field present
    (:data:`UPDATED_FIELDS`: ``updated``, ``updated_at``, ``date_modified``, ``dateModified``,
    ``modified``, ``last_modified``, ``lastModified``) as :func:`declared_date` reads it
    (ISO 8601), or None.  The page's update where it is really later than its publication
    (:func:`clipper.modifiedtimes.modified_update`); a record giving no publication field is
    dated by it (:func:`update_date`)."""
    update = first_present(obj, UPDATED_FIELDS)
    return declared_date(update)[0] if update is not None else None
