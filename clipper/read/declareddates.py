"""The publication dates crawlers and dumps write, as clipper reads them.

:func:`iso_or_none` keeps an ISO 8601 or RFC 2822 date and drops anything else;
:func:`declared_date` reads the publication dates crawlers write (those two, epoch seconds or
milliseconds, and dates written out in words or with dots) and says when it could not.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime

from dateutil import parser as dateutil_parser

from clipper import graphemes
from clipper.clocktimes import clock_time, unit_time
from clipper.dates import placeholder_date
from clipper.kanjinumerals import digit_dates
from clipper.localdates import ascii_date_digits, local_date
from clipper.monthnames import names_a_weekday
from clipper.numericdates import local_numeric_date, written_day_first
from clipper.paragraphs import LINES_KEPT, line_memo
from clipper.read.zones import misnamed, page_hint, zone_of, zone_written_as_offset
from clipper.read.zonewords import names_a_clock, zone_in_words
from clipper.swahiliclock import swahili_time

_DAY_OF_YEAR = re.compile(r"(\d{4})-(\d{2})-(\d{3})(?=T|\s|$)")


def _day_of_year(value: str) -> str:
    """``value`` with a day of the year written as the day of the month ("2008-10-294",
    ClueWeb09's WARC-Date) as that day ("2008-10-20"), when the day falls in the month written
    beside it; else ``value`` as it is."""
    found = _DAY_OF_YEAR.match(value)
    if found is None:
        return value
    year, month, day = (int(part) for part in found.groups())
    try:
        date = datetime(year, 1, 1) + timedelta(days=day - 1)
    except (ValueError, OverflowError):
        return value
    if not 1 <= day <= 366 or date.year != year or date.month != month:
        return value
    return date.strftime("%Y-%m-%d") + value[found.end() :]


def iso_or_none(value: str | None) -> str | None:
    """The date when it is ISO 8601 (also "YYYY-MM-DD HH:MM:SS", as news-please and CC-News
    write it) or RFC 2822 (feeds, HTTP), else None.  ISO values are kept as written (the store
    normalises them), RFC 2822 ones are converted to ISO 8601.

    Crawlers write garbage here; a wrong date would pick the wrong canonical, a missing one
    only defers to the next rule.  One kind is read: ClueWeb09's day of the year in the day's
    place ("2008-10-294T05:21:46-0700" is 20 October 2008, day 294), when that day falls in
    the month written beside it (:func:`_day_of_year`); other garbage gives None.
    """
    if not value:
        return None
    value = _day_of_year(value.strip())
    if _HOUR_FRACTION.match(value):
        return None  # "2026-12-05 14.30": a dotted clock, not 14:00:00.3 (clock_time reads it)
    try:
        datetime.fromisoformat(value)
    except ValueError:
        pass
    else:
        return value
    shape = _RFC_2822.match(value)
    if shape is None:
        return None
    named = shape["zone"] if shape["zone"] and shape["zone"][0].isalpha() else None
    if named and named.upper() not in _GREENWICH:
        # an abbreviation, read as every date's is (clipper.read.zones.zone_of, by the page's
        # language and address), not by the email package's RFC 822 table: its "AST" is the
        # Atlantic's, "CST" US Central, where an Arabic page's AST is Arabia's (UTC+3) and a
        # Chinese page's CST China's (newcomer 39, finding 2); one no zone of the page's names
        # is not read (the caller keeps the day)
        return _named_zone(value[: shape.start("zone")], named)
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None and shape["zone"] not in (None, "-0000"):
        return None  # a zone the email package does not know (BST, CEST): read as UTC, hours off
    return parsed.isoformat()


# An ISO date whose hour has a decimal fraction ("2026-12-05 14.30", "…T14,5"), which
# :meth:`datetime.fromisoformat` reads as seconds' fractions (14:00:00.3): what a site's dotted
# clock ("klo 14.30", "kl. 14.30") becomes beside a date made ISO, never a crawler's ISO time
# (newcomer 43, finding 1: "lauantai 5.12.2026 klo 14.30" was stored as 14:00).
_HOUR_FRACTION = re.compile(r"\d{4}-?\d\d-?\d\d[T ]\d\d[.,]\d")
# The names of Greenwich's time that RFC 2822 and its readers write: UTC whatever the page.
_GREENWICH = frozenset({"UT", "UTC", "GMT", "Z"})


def _named_zone(value: str, name: str) -> str | None:
    """``value`` (an RFC 2822 date without its zone) as a time of the zone ``name`` names
    (:func:`clipper.read.zones.zone_of`), in ISO 8601; None when no zone of the page's goes by
    that name, or that zone does not go by it that day ("BST" in November)."""
    zone = zone_of(name)
    if zone is None:
        return None
    try:
        parsed = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    when = parsed.replace(tzinfo=zone)
    return None if misnamed(when) else when.isoformat()


# RFC 2822's date-time ("Sun, 15 Jul 2018 05:32:00 -0400", "15 Jul 2018 05:32 GMT"), and
# nothing else: the email package's parser also takes "July 15, 2018 5:32 p.m. EDT" and
# returns 05:32 of no zone, dropping both the "p.m." and the zone.
_RFC_2822 = re.compile(
    r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s+(?P<zone>[+-]\d{4}|[A-Za-z]{1,5}))?$"
)


# Epoch timestamps a crawler may write for a publication date: seconds from 1973 to 5138, or
# milliseconds (news APIs, Elasticsearch exports).  An 8-digit number is YYYYMMDD, not epoch.
_EPOCH_SECONDS = (10**8, 10**11)
_EPOCH_MILLIS = (10**11, 10**14)
_EPOCH_STRING = re.compile(r"^\d{10}(?:\d{3})?$")
# Day and month both ≤ 12 with slashes or dashes, wherever in the value ("03/04/2025",
# "14:30 03/12/2026", "03-12-2026"): 3 April in Europe, March 4 in the US.
_AMBIGUOUS_SLASHES = re.compile(
    r"(?<![\d/.\-])(0?[1-9]|1[0-2])([/\-])(0?[1-9]|1[0-2])\2\d{2,4}(?![\d/.\-])"
)
_DOTTED = re.compile(r"(?<![\d.])\d{1,2}\.\s*\d{1,2}\.\s*\d{4}\b")  # 31.01.2025: day first
# A zone written as an offset from GMT or UTC ("GMT+7", "(UTC+03:00)"): read as that offset
# east of Greenwich, as news sites mean it (dateutil reads "GMT+7" the POSIX way, as UTC-7).
_GMT_OFFSET = re.compile(
    r"\(?\b(?:GMT|UTC)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?\)?(?![\d:])", re.IGNORECASE
)
# A source credited in brackets after the date ("2026-12-03 14:30 (中央社)"): not a zone (a zone
# named by its clock's word, "(Kathmandu time)", is one: clipper.read.zonewords.names_a_clock).
_TRAILING_CREDIT = re.compile(r"\s*[(（]\s*([^\W\d_][^()（）\d]{0,15}?)\s*[)）]\s*$")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# Two defaults that differ in every field dateutil fills in: a part missing from the value
# shows up as a difference between the two parses.
_DEFAULTS = (datetime(2001, 1, 1, 0, 0), datetime(2002, 2, 2, 1, 1))


def _declared(value: str) -> str | None:
    return declared_date(value, _local=True)[0]


def declared_date(
    value: object, _local: bool = False, _zoned: bool = False
) -> tuple[str | None, str | None]:
    """A crawler's publication date → ``(ISO 8601 or None, the value if it could not be read)``.

    Read: ISO 8601 and RFC 2822 (as :func:`iso_or_none`; also a JSON number 20250311); a
    date and time as 14 digits, YYYYMMDDHHMMSS, number or string (GDELT's; no zone:
    :func:`_compact_date_time`); epoch
    seconds or milliseconds, as a JSON number or a 10/13-digit string (converted to UTC); a
    whole date written out in words or day-first with dots ("March 4, 2025", "4 March 2025
    10:30", "04.03.2025", "July 15, 2018 5:32 a.m. EDT": a zone abbreviation as
    :func:`clipper.read.zones.zone_of` reads it, or named in words, "14:30 (horário de
    Brasília)": :func:`clipper.read.zonewords.zone_in_words`; one it does not know keeps the day
    alone, "3 Dec 2026 14:30 IST" → "2026-12-03"),
    parsed by python-dateutil and kept as ISO 8601 (a date without a time of day as a date);
    else one written with a month word of another language or the dot of "11.42 GMT" ("14 мая
    2025, 20:28", "2025年1月14日 21時17分": :func:`clipper.localdates.local_date`); each of
    these again with a time of day written the local way ("às 13h00", "15h30", "13.00 Uhr",
    "14:05 hrs.", "06:10 PM" after a Hindi date: :func:`clipper.clocktimes.clock_time`).
    Not read: anything without a year, day and month ("March 2025", "yesterday"), and
    day/month orders that cannot be told apart ("03/04/2025"): a wrong date would pick the
    wrong canonical, a missing one only defers to the next rule.
    ``None`` and blank strings are simply absent: ``(None, None)``.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None, _shown(value)
    if isinstance(value, str):
        value = digit_dates(value)  # "令和八年十二月五日" as "令和8年12月5日" (newcomer 39, F3)
    if isinstance(value, int | str) and (compact := _compact_date_time(str(value))):
        return compact, None  # GDELT's "DATE": 20240601100000, not epoch milliseconds
    if isinstance(value, str) and _EPOCH_STRING.match(value.strip()):
        value = int(value.strip())
    if isinstance(value, int | float):
        iso = _epoch(value) or (iso_or_none(str(value)) if isinstance(value, int) else None)
        if iso and placeholder_date(iso):
            iso = None
        return iso, (None if iso else _shown(value))
    rest, named = zone_in_words(value)
    if named is not None:
        # "14:30 (horário de Brasília)", "10:30 hora canaria": the time in the zone named, a
        # numeric date before it day first, as the zone's country writes it
        iso, _ = declared_date(rest, _local, _zoned=True)
        if iso is None and (ordered := written_day_first(rest)) != rest:
            iso, _ = declared_date(ordered, _local, _zoned=True)
        iso = _in_zone(iso, named)
        return iso, (None if iso else _shown(value))
    rest, greenwich = greenwich_twin(value)
    if greenwich is not None:
        # "05-12-2026 14:20 (19:20 GMT)": the local time, with the offset its Greenwich time
        # in brackets gives it (newcomer 41, finding 5: kept the day alone)
        iso, _ = declared_date(rest, _local, _zoned=True)
        if iso is not None:
            # two times that are not one moment on any clock: the day alone
            iso = _with_greenwich(iso, greenwich) or iso[:10]
        return iso, (None if iso else _shown(value))
    written = ascii_date_digits(value)  # "١٢ مارس ٢٠٢٦", "१२/०३/२०२६": read as in ASCII digits
    # "14:30 мск", "14:30 (TSI)", "14:30 臺北時間": a zone dateutil would not read, as its offset
    written = zone_written_as_offset(written)
    # "18 ó 15 p", "18 val. 15 min.", "18.15 hod.": the time as HH:MM, which dateutil would
    # read as other parts of the date
    written = unit_time(written)
    # "saa 3:20 asubuhi": Swahili's hours count from 6 am and 6 pm, 09:20; a "saa 10:45" with
    # no part of the day is cut, its day read alone (clipper.swahiliclock)
    written = swahili_time(written)
    iso = iso_or_none(written) or _written_out(written) or local_date(written)
    if iso is None and (clock := clock_time(written)) != written:
        # a time of day written the local way ("às 13h00", "13.00 Uhr", "14:05 hrs.", a
        # Latin "PM" after a Hindi date): read as HH:MM
        iso = _written_out(clock) or local_date(clock)
    if iso is None and (bare := _unlabelled(written)) != written:
        # "입력 2026.12.03 18:10", "Stand: 03.12.2026", "Do, 03.12.2026 | 14:30": the label,
        # weekday and separators a site prints around its date
        iso, _ = declared_date(bare, _local, _zoned)
        if iso is None and (whole := _unlabelled(written, tail=False)) not in (written, bare):
            # the short word after the label was the date's month ("Posted: Dec 2, 2026 /
            # 04:05 PM CST"), not an "am", "le", "on" before it
            iso, _ = declared_date(whole, _local, _zoned)
    if iso and placeholder_date(iso):
        iso = None  # "0001-01-01T00:00:00Z": a stand-in for no date (or year 1405: Hijri)
    if (
        iso is None
        and not _local
        and (local := local_numeric_date(value, month_clock=not _zoned)) != value
    ):
        # "Thứ Năm, 03/12/2026, 14:30 (GMT+7)", "2026. 12. 3. 오후 2:30", "115/12/03", a
        # Solar Hijri "1405/09/07 10:30": the date as ISO 8601 (clipper.numericdates); a time
        # by Iran's or Afghanistan's month names on that country's clock, unless a zone the
        # value names in words reads it ("۱۳ آذر ۱۴۰۵ ساعت ۱۴:۳۰ به وقت دبی": Dubai's)
        iso = _declared(local)
    if iso is None and (zoneless := _UNKNOWN_ZONE.sub(r"\1", written)) != written:
        # "14:30 IST" on a page naming none of its zones, "15:28 BST" in November: the day,
        # which no zone moves, without a time of day that would be hours off
        when, _ = declared_date(zoneless, _local, _zoned=True)
        iso = when[:10] if when is not None and len(when) > 10 else None
    return iso, (None if iso else _shown(value))


# Words after a time of day, or after its AM/PM, that may name a zone ("14:30 IST", "09:12
# (HAEC)", "3:28 PM BST", "14:30 Kathmandu time", "14:30 (hora de Quito)", "14:30 بتوقيت
# كابول"): up to four words, in brackets or not; when the zone is not known, the value is read
# without them, as a day (newcomer 39, finding 2: "4 Dec 2026 14:30 UAE time" lost its whole
# date, where a zone of one word kept its day); a dotted time too, "Uhr" after it or not ("kl.
# 14.30 grönländsk tid": newcomer 43, finding 2, the whole date was lost).
_UNKNOWN_ZONE = re.compile(
    r"(\d[:.]\d\d(?:\s*[ap]\.?m\.?|\s*uhr)?)\s*\(?[^\W\d_]{2,}\.?"
    r"(?:[ \t-]+[^\W\d_]+\.?){0,3}\)?\s*$",
    re.IGNORECASE,
)


# The same time on Greenwich's clock in brackets after a local one, as agencies print it
# ("14:20 (19:20 GMT)", "16h20 (19h20 GMT)", Reuters' "9:30 p.m. (0230 GMT)"): its hours and
# minutes.
_GREENWICH_TWIN = re.compile(
    r"\s*[(（\[]\s*([01]?\d|2[0-3])(?:[:.h]|(?<=\d\d)(?=\d\d\s*(?:GMT|UTC)))([0-5]\d)\s*"
    r"(?:h|hrs?\.?)?\s*(?:GMT|UTC|UT|Z)\s*[)）\]]\s*$",
    re.IGNORECASE,
)
# The offsets clocks keep: UTC-12 to UTC+14.
_WEST, _EAST = timedelta(hours=-12), timedelta(hours=14)


def greenwich_twin(value: str) -> tuple[str, tuple[int, int] | None]:
    """``value`` without the Greenwich time in brackets it ends with (:data:`_GREENWICH_TWIN`)
    and that time's ``(hours, minutes)``; ``(value, None)`` when it ends with none."""
    found = _GREENWICH_TWIN.search(value)
    if found is None or not re.search(r"\d[:.h]\d\d", value[: found.start()]):
        return value, None  # a time alone in brackets: no local time beside it
    return value[: found.start()], (int(found[1]), int(found[2]))


def _with_greenwich(iso: str, greenwich: tuple[int, int]) -> str | None:
    """``iso`` (a local time as read, ISO 8601) with the offset that makes it ``greenwich``
    (hours and minutes UTC) on the nearest day: UTC-12 to UTC+14, a whole quarter of an hour;
    a reading with an offset of its own keeps it; None for a date alone or for an offset no
    clock keeps (then the two times are not one moment)."""
    if len(iso) <= 10:
        return None
    local = datetime.fromisoformat(iso)
    if local.tzinfo is not None:
        return iso
    moment = local.replace(hour=greenwich[0], minute=greenwich[1], second=0)
    for day in (timedelta(0), timedelta(days=1), timedelta(days=-1)):
        offset = local - (moment + day)
        if _WEST <= offset <= _EAST and offset % timedelta(minutes=15) == timedelta(0):
            return local.replace(tzinfo=timezone(offset)).isoformat()
    return None


def _in_zone(iso: str | None, zone: tzinfo) -> str | None:
    """``iso`` (a reading without an offset) as a time of ``zone``; a date stays one, a time
    read with an offset of its own keeps it."""
    if iso is None or len(iso) <= 10:
        return iso
    when = datetime.fromisoformat(iso)
    return iso if when.tzinfo is not None else when.replace(tzinfo=zone).isoformat()


# The comma in the scripts that write their own: Latin ",", Arabic's "،" (Arabic, Persian,
# Urdu, Pashto...), the ideographic "、" and full-width "，" (Chinese, Japanese), Ethiopic "፣",
# Myanmar "၊".
_COMMAS = ",،、，፣၊"
# A weekday opening a date, abbreviated or not, before its digits ("Do, 03.12.2026",
# "Donnerstag, 3. Dezember 2026", "czw., 03.12.2026").
_WEEKDAY = re.compile(rf"[^\W\d_]{{2,12}}\.?[{_COMMAS}]\s*(?=\d)")
# A word before the date's digits with no comma after it, a weekday where the page's language
# names one so ("lördag 5.12.2026 kl. 14.30", "la 5.12.2026 klo 14.30", "Sa 05.12.2026":
# clipper.monthnames.names_a_weekday; newcomer 43, finding 1).
_BARE_WEEKDAY = re.compile(r"([^\W\d_]{2,12})\.?\s+(?=\d)")
# A short word ending a label before the date's digits ("Veröffentlicht am 3. Dezember").
_LABEL_TAIL = re.compile(r"^[^\W\d_]{1,3}\s+(?=\d)")
# What stands between a date and its time of day: "03.12.2026 | 14:30", "3.12.2026 – 14:30",
# "03.12.2026, 14:30 Uhr", "03.12.2026 - 14:30", a comma of another script as the Latin one
# (:data:`_COMMAS`: "2026-12-07، 18:05", "2026/12/07、18:05", "07/12/2026፣ 18:05").
# "03.12.2026 о 14:30" (Ukrainian "at"; Russian "в", Polish "o"), and "at" in the other
# languages that write it there: "à", "às", "a las", "a les", "alle", "ore", "um", "om", "la",
# "ora", "στις", "saat", "kl.", "klo".
_DATE_TIME_SEP = re.compile(
    rf"(?<=\d)(?:\s*[|·–—{_COMMAS}]\s*|\s+-\s+|\s+(?:о|об|в|o|à|às|as|a\s+las|a\s+les|"
    r"a\s+la|alle|ore|um|om|la|ora|στις|saat|kl\.?|klo)\s+)(?=\d{1,2}[:.h]\d\d)",
    re.IGNORECASE,
)


def _unlabelled(value: str, tail: bool = True) -> str:
    """A date value without the posted or updated label a site prints before it (the
    ``dateline`` and ``updated`` words of the furniture tables: "입력", "Stand:", "公開日時：",
    "Publié le"), with the short word after the label ("am", "le", "on") when ``tail``, a
    weekday opening it, and the separator between its date and its time."""
    from clipper.furniture.compiled import matchers  # the tables, loaded only for such a value

    value = value.strip()
    label = matchers().timestamp
    found = label.match(value) if label is not None else None
    if found is not None:
        value = value[found.end() :].lstrip(" :：|·-–—")
        if tail:
            value = _LABEL_TAIL.sub("", value, count=1)  # "am", "le", "on" before the date
    if _WEEKDAY.match(value):
        value = _WEEKDAY.sub("", value, count=1)
    elif (bare := _BARE_WEEKDAY.match(value)) and names_a_weekday(bare[1]):
        value = value[bare.end() :]
    credit = _TRAILING_CREDIT.search(value)
    if credit is not None and zone_of(credit[1]) is None and not names_a_clock(credit[1]):
        value = value[: credit.start()]
    return _DATE_TIME_SEP.sub(" ", value)


# A date and time of day written as 14 digits, YYYYMMDDHHMMSS (GDELT's event and GKG ``DATE``,
# the Wayback Machine's and a CDX index's timestamps), of the years 1900-2099.  As a number it
# is also in the range of epoch milliseconds, where it would be a day of the years 2286-5138:
# no page's publication (session 34: 20240601100000 was read as 2611-05-27).
_COMPACT_DATE_TIME = re.compile(r"((?:19|20)\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)")


def _compact_date_time(value: str) -> str | None:
    """``value`` written as YYYYMMDDHHMMSS (:data:`_COMPACT_DATE_TIME`) as ISO 8601 without a
    zone ("20240601100000" → "2024-06-01T10:00:00": it states none); None when it is not
    one, or names no real day and time ("20241301000000")."""
    found = _COMPACT_DATE_TIME.fullmatch(value.strip())
    if found is None:
        return None
    year, month, day, hour, minute, second = (int(part) for part in found.groups())
    try:
        when = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    return when.isoformat()


def _epoch(value: float) -> str | None:
    if _EPOCH_MILLIS[0] <= value < _EPOCH_MILLIS[1]:
        value /= 1000
    elif not _EPOCH_SECONDS[0] <= value < _EPOCH_SECONDS[1]:
        return None
    return datetime.fromtimestamp(value, UTC).isoformat()


def _gmt_offset(found: re.Match[str]) -> str:
    sign = "-" if found[1] in "-−" else "+"
    return f" {sign}{int(found[2]):02d}:{found[3] or '00'}"


# A night's records repeat their date lines (a site's dateline over each of its pages, a wire's
# over each copy): 126 distinct among the 596 read of the first 1,000 one-day records, each
# read by dateutil twice (~0.3 ms), so each is read once a process (clipper.paragraphs.line_memo)
def _written_out(value: str) -> str | None:
    # a zone several zones write ("BST") is read by the page (clipper.read.zones.written_in):
    # its reading is kept for that page's hint, not for the line alone
    return _written_out_for(value, page_hint())


@line_memo(LINES_KEPT)
def _written_out_for(value: str, hint: tuple[str, str, str]) -> str | None:
    value = _GMT_OFFSET.sub(_gmt_offset, value)
    if _AMBIGUOUS_SLASHES.search(value) or not _YEAR.search(value) or len(value) > 80:
        return None
    dayfirst = bool(_DOTTED.search(value))
    unknown: list[str] = []

    def zone(name: str | None, offset: int | None) -> tzinfo | None:
        found = zone_of(name, offset)
        if found is None and name:
            unknown.append(name)
        return found

    try:
        one, two = (
            dateutil_parser.parse(value, default=d, dayfirst=dayfirst, tzinfos=zone)
            for d in _DEFAULTS
        )
    except (ValueError, OverflowError):
        return None
    if unknown or misnamed(one):
        # a zone named but not known, or not going by that name that day ("BST" in
        # November): hours off if read as UTC or as that zone (clipper.read.zones)
        return None
    if (one.year, one.month, one.day) != (two.year, two.month, two.day):
        return None  # a part of the date was missing
    if (one.hour, one.minute) != (two.hour, two.minute):
        return one.date().isoformat()  # no time of day given: a date-only value stays one
    return one.isoformat()


def _shown(value: object) -> str:
    text = str(value) if not isinstance(value, str) else value.strip()
    return text if len(text) <= 40 else graphemes.cut(text, 39) + "…"
