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
listed keeps its day alone (:func:`clipper.read.declareddates.declared_date`) rather than a
time read hours off.

An abbreviation several zones write (:data:`_SHARED`: BST is British Summer Time and
Bangladesh Standard Time, AST Arabia's and the Atlantic's, GST the Gulf's (UTC+4) and South
Georgia's, IST India's, Israel's and Ireland's, CST China's as well as US Central, CST and CDT
Mexico's central time, which keeps no summer time since October 2022) is read as the zone the
page's language or its address's country code names (:func:`written_in`, around a record's
date fields: "03:28 PM BST" on a Bengali page is UTC+6, "15:28 AST" on an Arabic one UTC+3,
on a Puerto Rican one UTC-4, "11:02 AM GST" on an Emirati one UTC+4); else BST is the UK's only
at a time the UK itself goes by BST (its summer time: a November "BST" is not British,
:func:`misnamed`), CST stays US Central, and AST, GST and IST are not read (newcomer 22: "15:28
BST" on a Dhaka report in November was stored 14:28 UTC, five hours late, with no word).

A standard time whose offset changed over the years is its zone's standard offset at the
time read (:data:`_STANDARD`: Kazakhstan's "ALMT" is UTC+6 until 1 March 2024, UTC+5 since);
CLDR's abbreviations of North America's zones that are not listed here (Canadian French "HNE",
"HAE", "HE": :mod:`clipper.read.cldrzones`) are read on a French, English or Canadian page.
Zones named in words ("hora de Quito", "heure de l'Est") are :mod:`clipper.read.zonewords`'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timedelta, timezone, tzinfo
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from clipper.read.cldrzones import ABBREVIATIONS as CLDR_ABBREVIATIONS
from clipper.sitezones import clock_country

_REGIONS = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    # Australia's eastern and New Zealand's time named for the season neither ("AET", "NZT")
    "AET": "Australia/Sydney",
    "NZT": "Pacific/Auckland",
}
_OFFSETS = {  # hours east of UTC
    "UTC": 0, "UT": 0, "GMT": 0, "Z": 0, "WET": 0, "WEZ": 0,
    "WEST": 1, "WESZ": 1, "CET": 1, "MEZ": 1, "WAT": 1,
    "CEST": 2, "MESZ": 2, "EET": 2, "OEZ": 2, "SAST": 2, "CAT": 2,
    "EEST": 3, "OESZ": 3, "MSK": 3, "МСК": 3, "EAT": 3,
    "EDT": -4, "EST": -5, "CDT": -5, "CST": -6, "MDT": -6, "MST": -7, "PDT": -7, "PST": -8,
    "AKDT": -8, "AKST": -9, "HST": -10, "NDT": -2.5, "NST": -3.5, "ADT": -3,
    # South Asia's and Myanmar's own: Pakistan, Nepal (UTC+5:45), Sri Lanka, Bhutan, Myanmar
    "PKT": 5, "NPT": 5.75, "BTT": 6, "MMT": 6.5,
    "WIB": 7, "WITA": 8, "WIT": 9, "ICT": 7, "SGT": 8, "HKT": 8, "AWST": 8, "PHT": 8,
    "JST": 9, "KST": 9, "ACST": 9.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
    # Türkiye saati, what AA and DHA print after every item's time ("14:30 TSİ", "(TSI)"):
    # UTC+3 all year since 2016
    "TSİ": 3, "TSI": 3, "TRT": 3,
    # Iran Standard Time: UTC+3:30 all year since Iran dropped summer time in 2022; its summer
    # time (IRDT, UTC+4:30) until then; Afghanistan's UTC+4:30
    "IRST": 3.5, "IRDT": 4.5, "AFT": 4.5,
    # Israel's summer time (its winter's IST is India's too: _SHARED)
    "IDT": 3,
    # Central European time as Czech and Slovak pages abbreviate it ("18:47 SEČ": středoevropský
    # čas; its summer time SELČ), and Ukrainian and Russian pages Eastern European time
    # (newcomer 40, finding 2)
    "SEČ": 1, "SELČ": 2,
    # Taipei's and Beijing's time as Chinese-language pages write it after the time
    "臺北時間": 8, "台北時間": 8, "北京時間": 8, "北京时间": 8,
    # Latin America as its papers write it: Argentina, Uruguay (no summer time since 2009 and
    # 2015), Brazil's Brasília time (none since 2019), Chile's two, Colombia, Peru, Venezuela,
    # Bolivia
    "ART": -3, "UYT": -3, "BRT": -3, "CLT": -4, "CLST": -3, "COT": -5, "PET": -5, "BOT": -4,
    # ... and the rest of the region's own: French Guiana, Suriname, Guyana, Brazil's Fernando
    # de Noronha, Paraguay (UTC-3 all year since October 2024), Hawaii-Aleutian summer time
    "GFT": -3, "SRT": -3, "GYT": -4, "FNT": -2, "PYT": -3, "HDT": -9,
    # Southeast Asia's and the Pacific's, none with summer time but New Zealand's and
    # Australia's (newcomer 47b, finding 3: The Star's "06 Dec 2026 4:10 PM MYT" kept its day
    # alone): Malaysia, Brunei, Timor-Leste, Mongolia, Philippine Standard Time as the
    # Philippines' own law names it, Papua New Guinea, Guam and the Marianas (Chamorro), Fiji
    # (no summer time since 2022), Tonga, Australia's central summer time
    "MYT": 8, "BNT": 8, "TLT": 9, "ULAT": 8, "PHST": 8, "PGT": 10, "CHST": 10, "FJT": 12,
    "TOT": 13, "ACDT": 10.5,
    # the Caucasus' and Central Asia's zones as their papers abbreviate them in Latin letters
    # (Moscow's MSK above; Kazakhstan's and Russia's regions': _STANDARD): Georgia, Azerbaijan
    # (no summer time since 2016), Uzbekistan, Tajikistan, Turkmenistan, Kyrgyzstan, Belarus's
    # further-eastern European time
    "GET": 4, "AZT": 4, "UZT": 5, "TJT": 5, "TMT": 5, "KGT": 6, "FET": 3,
    # the Indian Ocean's and West Africa's islands and Maldives: Mauritius, Seychelles,
    # Réunion, Cape Verde, Maldives
    "MUT": 4, "SCT": 4, "RET": 4, "CVT": -1, "MVT": 5,
}  # fmt: skip
# Standard times whose offset changed, as their zones' standard offset at the page's date
# (:class:`_Standard`, by :mod:`zoneinfo`; tzdata writes them "+05", not by these names):
# Kazakhstan's ALMT, UTC+6 until 1 March 2024 and UTC+5 since (newcomer 51b: an Almaty desk's
# "14:30 ALMT" kept its day alone); Russia's regions from Samara to Kamchatka, an hour ahead
# from 2011 to 2014 (and Novosibirsk's, Magadan's, moved in 2016); Venezuela's VET (UTC-4:30
# from 2007 to 2016); Sri Lanka's SLST (UTC+6 until 2006).
_STANDARD = {
    "ALMT": "Asia/Almaty", "SAMT": "Europe/Samara", "YEKT": "Asia/Yekaterinburg",
    "OMST": "Asia/Omsk", "NOVT": "Asia/Novosibirsk", "KRAT": "Asia/Krasnoyarsk",
    "IRKT": "Asia/Irkutsk", "YAKT": "Asia/Yakutsk", "VLAT": "Asia/Vladivostok",
    "MAGT": "Asia/Magadan", "PETT": "Asia/Kamchatka", "VET": "America/Caracas",
    "SLST": "Asia/Colombo",
}  # fmt: skip
# CLDR's abbreviations of North America's metazones (clipper.read.cldrzones: Canadian
# French's "HNE", "HAE", "HE"; Canadian English's "NT") are read on a French or English page or
# a Canadian one: "HE" and "HR" are words of no zone elsewhere.
_CLDR_PAGES = (frozenset({"fr", "en"}), frozenset({"ca"}))

_INDIAN = frozenset({"hi", "bn", "mr", "ta", "te", "gu", "kn", "ml", "pa", "or", "as", "ur"})
_GULF = frozenset({"sa", "ae", "qa", "kw", "bh", "om", "iq", "ye"})
# The countries whose clocks are Gulf Standard Time (UTC+4, "GST"; South Georgia's GST is UTC-2)
_GULF_STANDARD = frozenset({"ae", "om"})
# The Atlantic's AST (UTC-4): Canada's Maritimes, the Caribbean's islands on it, Bermuda
_ATLANTIC = frozenset({
    "ca", "pr", "do", "vi", "vg", "ag", "ai", "aw", "bb", "bl", "bm", "bq", "cw", "dm", "gd",
    "gp", "kn", "lc", "mf", "mq", "ms", "sx", "tt", "vc",
})  # fmt: skip
_MEXICO_CENTRAL = "America/Mexico_City"
# abbreviation -> (zone, the languages and the country codes naming it), first match wins
_SHARED: dict[str, tuple[tuple[str | float, frozenset[str], frozenset[str]], ...]] = {
    "BST": ((6, frozenset({"bn"}), frozenset({"bd"})),),
    # Arabia's (UTC+3) on an Arabic or Gulf page, the Atlantic's on a page of its places:
    # Halifax's zone in Canada (ADT in its summer), the islands' UTC-4 all year
    "AST": (
        (3, frozenset({"ar"}), _GULF),
        ("America/Halifax", frozenset(), frozenset({"ca"})),
        (-4, frozenset(), _ATLANTIC),
    ),
    # Gulf Standard Time on an Arabic, Emirati or Omani page (newcomer 39, finding 2:
    # "11:02 AM GST" on a .ae address kept its day alone)
    "GST": ((4, frozenset({"ar"}), _GULF_STANDARD),),
    "IST": (
        (5.5, _INDIAN, frozenset({"in"})),
        ("Asia/Jerusalem", frozenset({"he"}), frozenset({"il"})),
        ("Europe/Dublin", frozenset({"ga"}), frozenset({"ie"})),
    ),
    "CST": (
        (8, frozenset({"zh"}), frozenset({"cn", "tw"})),
        # Mexico's central time ("hora del centro"), by its own rules: summer time until
        # October 2022, none since (a Mexican page's "CDT" of 2026 is UTC-6, not US Central's
        # UTC-5; its "CST" of a July, read as US Central's CST, was a misnamed -6 all along)
        (_MEXICO_CENTRAL, frozenset(), frozenset({"mx"})),
    ),
    "CDT": ((_MEXICO_CENTRAL, frozenset(), frozenset({"mx"})),),
}
# A shared abbreviation read without a page naming its zone: the zone that goes by that name
# at some times of the year, read only at those times (:class:`_Seasonal`).
_SEASONAL = {"BST": "Europe/London"}
# The page whose dates are being read: its language and its address's country code.
_PAGE: ContextVar[tuple[str, str, str]] = ContextVar("clipper_zone_page", default=("", "", ""))
# ... and its address's host as written ("www.eltiempo.com.co"): the country code alone loses a
# registry's second level (``.com.co`` is Colombia's, ``.co`` a generic name), which a site's
# clocks need (:func:`page_clock_country`).
_HOST: ContextVar[str] = ContextVar("clipper_zone_host", default="")


@contextmanager
def written_in(language: str | None, url: str | None, region: str | None = None) -> Iterator[None]:
    """Within it, a shared abbreviation (:data:`_SHARED`) is read as the zone ``language``
    (a code, "bn-BD" as "bn") or the country code of ``url``'s host names.  The page's region
    is its language tag's ("BD" of "bn-BD"), else ``region`` (an ISO 3166 code the page
    states elsewhere: an HTML page's own ``<html lang="ti-ET">`` where ``language`` is its
    primary subtag, a record's country field; :func:`clipper.declaredregion.declared_region`)."""
    host = (urlsplit(url).hostname or "") if url and "//" in url else ""
    country = host.rsplit(".", 1)[-1] if "." in host else ""
    parts = (language or "").replace("_", "-").lower().split("-")
    tagged = parts[1] if len(parts) > 1 and len(parts[1]) == 2 else ""
    region = tagged or (region or "").lower()
    token = _PAGE.set((parts[0], country, region))
    host_token = _HOST.set(host)
    try:
        yield
    finally:
        _HOST.reset(host_token)
        _PAGE.reset(token)


@contextmanager
def placed_in(region: str | None) -> Iterator[None]:
    """Within it, the page's region is ``region`` (an ISO 3166 code: the country of the place
    its dateline names, :func:`clipper.placeregion.dateline_region`) where its language tag
    names none; its language and address kept.  Without a region, nothing changes."""
    language, country, tagged = _PAGE.get()
    if not region or tagged:
        yield
        return
    token = _PAGE.set((language, country, region.lower()))
    try:
        yield
    finally:
        _PAGE.reset(token)


@contextmanager
def labelled_in(language: str) -> Iterator[None]:
    """Within it, the page's dates are read as ``language`` writes them, its address's country
    and its language's region kept (but the United States', whose month-first dates are its
    English's and Spanish's): a date line whose label is of another language than the page's
    ("Publicado em 03/12/2026" above an English text: :func:`clipper.linedates.line_date`)."""
    _, country, region = _PAGE.get()
    token = _PAGE.set((language, country, "" if region == "us" else region))
    try:
        yield
    finally:
        _PAGE.reset(token)


def page_language() -> str:
    """The language code of the page whose dates are being read (:func:`written_in`), ""
    outside one."""
    return _PAGE.get()[0]


def page_hint() -> tuple[str, str, str]:
    """The page's language, its address's country code and its language's region
    (:func:`written_in`): what a memo of a reading that depends on them is kept by."""
    return _PAGE.get()


def page_clock_country() -> str | None:
    """The country (ISO 3166 code, upper case) whose clocks the page's zoneless times are on
    (:func:`clipper.sitezones.clock_country` of its address's host and its region,
    :func:`written_in`), else None (a page of no known country, or outside
    :func:`written_in`)."""
    return clock_country(_HOST.get() or None, _PAGE.get()[2].upper() or None)


def page_region() -> str:
    """The region of the page's language tag ("us" of "es-US", "gb" of "en_GB"), "" when
    it names none or outside :func:`written_in`."""
    return _PAGE.get()[2]


class _Standard(tzinfo):
    """An IANA zone's standard time, read from an abbreviation of it whose offset changed over
    the years (:data:`_STANDARD`): the zone's offset at the time less its summer time."""

    def __init__(self, name: str, zone: str) -> None:
        self.name, self.zone = name, ZoneInfo(zone)

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        offset, summer = self.zone.utcoffset(dt), self.zone.dst(dt)
        return None if offset is None else offset - (summer or timedelta(0))

    def dst(self, dt: datetime | None) -> timedelta | None:
        return timedelta(0)

    def tzname(self, dt: datetime | None) -> str | None:
        return self.name


class _Seasonal(tzinfo):
    """An IANA zone read from an abbreviation it uses only part of the year ("BST"):
    :func:`misnamed` tells a time at which the zone does not go by it."""

    def __init__(self, name: str, zone: str) -> None:
        self.name, self.zone = name, ZoneInfo(zone)

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        return self.zone.utcoffset(dt)

    def dst(self, dt: datetime | None) -> timedelta | None:
        return self.zone.dst(dt)

    def tzname(self, dt: datetime | None) -> str | None:
        return self.zone.tzname(dt)


def misnamed(when: datetime) -> bool:
    """Whether ``when`` was read with an abbreviation its zone does not go by at that time
    ("30 Nov 2026 15:28 BST": the UK is on GMT in November): not to be read at all."""
    zone = when.tzinfo
    return isinstance(zone, _Seasonal) and zone.zone.tzname(when.replace(tzinfo=None)) != zone.name


def _shared_zone(key: str) -> tzinfo | None:
    language, country, region = _PAGE.get()
    for zone, languages, countries in _SHARED.get(key, ()):
        # the page's language, its address's country, or its language's region ("en-IN")
        if language in languages or country in countries or region in countries:
            if isinstance(zone, str):
                return ZoneInfo(zone)
            return timezone(timedelta(hours=zone))
    if key in _SEASONAL:
        return _Seasonal(key, _SEASONAL[key])
    return None


# A zone name after a time that dateutil does not hand to :func:`zone_of`: in parentheses
# ("14:30 (TSI)"), not in upper case ASCII ("14:30 мск", "14:30 TSİ", "14:30 臺北時間").
_NAME_AFTER_TIME = re.compile(
    r"(?<=\d)\s*(?P<open>\()?\s*(?P<name>[^\W\d_]{2,6})\.?\s*(?(open)\))\s*$"
)


def zone_written_as_offset(value: str) -> str:
    """``value`` (a date) with a zone name ending it that dateutil would not read (in
    parentheses, in lower case or in another script than Latin: :data:`_NAME_AFTER_TIME`) as
    the zone's UTC offset when it has one (``"03.12.2026 14:30 мск"`` → ``"03.12.2026 14:30
    +03:00"``), a parenthesised one otherwise bare (``"(ET)"`` → ``"ET"``); any other value as
    it is.  Read with the page's hint (:func:`written_in`) as :func:`zone_of` reads it."""
    found = _NAME_AFTER_TIME.search(value)
    if found is None:
        return value
    name = found["name"]
    if found["open"] is None and name.isascii() and name.isupper():
        return value  # dateutil reads it through zone_of itself
    zone = zone_of(name)
    if zone is None:
        return value
    offset = zone.utcoffset(None)
    if not isinstance(zone, timezone) or offset is None:
        # a region's zone (ET) or a seasonal one (BST): dateutil gives it the time
        return f"{value[: found.start()]} {name.upper()}" if name.isascii() else value
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{value[: found.start()]} {sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def zone_of(name: str | None, offset: int | None = None) -> tzinfo | None:
    """The zone ``name`` (an abbreviation, any case) names, else None.  ``offset`` (seconds,
    what dateutil read beside the name, e.g. ``UTC+2``) is used when given.  A shared
    abbreviation is read by the page (:func:`written_in`), else as :data:`_SEASONAL` or
    :data:`_OFFSETS` say.  The signature is dateutil's ``tzinfos`` callable's."""
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    if not name:
        return None
    key = name.upper().rstrip(".")
    if key in _SHARED and (shared := _shared_zone(key)) is not None:
        return shared
    if key in _REGIONS:
        return ZoneInfo(_REGIONS[key])
    if key in _STANDARD:
        return _Standard(key, _STANDARD[key])
    if key in _OFFSETS:
        return timezone(timedelta(hours=_OFFSETS[key]))
    # (a shared one no hint reads is left unread: CLDR's Canadian AST is no English page's)
    if key in CLDR_ABBREVIATIONS and key not in _SHARED and _on_cldr_page():
        zone = CLDR_ABBREVIATIONS[key]
        return ZoneInfo(zone) if isinstance(zone, str) else timezone(timedelta(hours=zone))
    return None


def _on_cldr_page() -> bool:
    """Whether the page is one CLDR's North American abbreviations are read on
    (:data:`_CLDR_PAGES`): its language, its address's country or its region."""
    language, country, region = _PAGE.get()
    languages, countries = _CLDR_PAGES
    return language in languages or country in countries or region in countries
