"""The time-zone abbreviations news sites write after a time ("July 15, 2018 5:32 a.m. EDT",
"11:32 CEST", "5:32 AM ET"), as the zones they name.

python-dateutil reads such a name but, not knowing it, returns a time of no zone (with an
``UnknownTimezoneWarning``), which the store then took as UTC: "5:32 a.m. EDT" was stored
as 05:32 UTC, four hours early.  :func:`zone_of` is the ``tzinfos`` dateutil is given.  Only
abbreviations that name one zone in news use are listed: a season-neutral North American
one ("ET") is its region's zone (Eastern time is UTC-4 in July, UTC-5 in January, by the
IANA database through :mod:`zoneinfo`), the others their fixed offset.  Ambiguous ones are
left out on purpose (IST: India, Ireland or Israel; CST is taken as US Central, the only
reading in English-language news dumps, not China Standard Time): a date whose zone is not
listed is not read at all (the page is kept undated and counted) rather than read hours off.
"""

from __future__ import annotations

from datetime import timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

_REGIONS = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
_OFFSETS = {  # hours east of UTC
    "UTC": 0, "UT": 0, "GMT": 0, "Z": 0, "WET": 0, "WEZ": 0,
    "BST": 1, "WEST": 1, "WESZ": 1, "CET": 1, "MEZ": 1, "WAT": 1,
    "CEST": 2, "MESZ": 2, "EET": 2, "OEZ": 2, "SAST": 2, "CAT": 2,
    "EEST": 3, "OESZ": 3, "MSK": 3, "МСК": 3, "EAT": 3, "AST": -4,
    "EDT": -4, "EST": -5, "CDT": -5, "CST": -6, "MDT": -6, "MST": -7, "PDT": -7, "PST": -8,
    "AKDT": -8, "AKST": -9, "HST": -10, "NDT": -2.5, "NST": -3.5, "ADT": -3,
    "PKT": 5, "WIB": 7, "WITA": 8, "WIT": 9, "ICT": 7, "SGT": 8, "HKT": 8, "AWST": 8, "PHT": 8,
    "JST": 9, "KST": 9, "ACST": 9.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
}


def zone_of(name: str | None, offset: int | None = None) -> tzinfo | None:
    """The zone ``name`` (an abbreviation, any case) names, else None.  ``offset`` (seconds,
    what dateutil read beside the name, e.g. ``UTC+2``) is used when given.  The signature is
    dateutil's ``tzinfos`` callable's."""
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    if not name:
        return None
    key = name.upper().rstrip(".")
    if key in _REGIONS:
        return ZoneInfo(_REGIONS[key])
    if key in _OFFSETS:
        return timezone(timedelta(hours=_OFFSETS[key]))
    return None
