"""The clocks a site's country goes by, from the IANA time-zone database's ``zone.tab``
(country code → zones: ``JP`` Asia/Tokyo; ``ID`` Asia/Jakarta, Asia/Pontianak, Asia/Makassar,
Asia/Jayapura; ``AU`` twelve zones from Perth to Lord Howe), read where :mod:`zoneinfo` reads
its zones (``zoneinfo.TZPATH``, else the ``tzdata`` package).

A publication time written without a zone ("2026-12-04 18:00") is the site's wall clock.  Where
the page's address names a country (``.jp``, ``.co.kr``, ``.id``, ``.tw``, ``.sg``, ``.com.au``,
``.in``, ``.de``), the time lies between the earliest and the latest of that country's offsets
at that wall time (:func:`offsets`): one offset for Japan, UTC+7 to +9 for Indonesia, UTC+8 to
+11 in an Australian summer.  Otherwise it can be any clock people keep, UTC-12 to UTC+14
(:data:`ANY_OFFSETS`).  Country-code domains sold as generic names (``.io``, ``.tv``, ``.co``,
``.me``, ``.ai`` …) name no country here.  Ukraine's clocks are Kyiv's alone, China's
Beijing's (:data:`_GOVERNED_ZONES`: zone.tab's Crimea keeps Moscow's time, its Urumqi
Xinjiang's unofficial UTC+6).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import TZPATH, ZoneInfo, ZoneInfoNotFoundError

# Every offset a clock keeps: Baker Island's UTC-12 to Kiribati's Line Islands' UTC+14.
ANY_OFFSETS = (timedelta(hours=-12), timedelta(hours=14))

# Country-code domains sold and used as generic names: a site under them is anywhere.
_GENERIC = frozenset(
    {"ai", "am", "cc", "co", "fm", "gg", "io", "la", "ly", "me", "nu", "sh", "so", "st", "tk",
     "to", "tv", "vc", "ws"}
)
# The registries' second-level names under a country-code domain (``.com.co``, ``.gov.co``,
# ``.org.ly``, ``.edu.ai``): a site registered there is of that country even where the domain
# is sold as generic (:data:`_GENERIC`): a Colombian paper's ``.com.co`` named no country, so
# its zoneless times sat on no clock (newcomer 41, finding 1).
_REGISTRY_LEVELS = frozenset(
    {"ac", "co", "com", "edu", "gob", "gov", "mil", "net", "nom", "org"}
)
# Country-code domains whose code is not the country's ISO 3166 code.
_DOMAIN_COUNTRY = {"uk": "GB"}


def _zone_tab() -> str:
    """zone.tab's text, from the first place :mod:`zoneinfo` looks for zones that has it."""
    for folder in TZPATH:
        path = Path(folder) / "zone.tab"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    try:
        return (resources.files("tzdata.zoneinfo") / "zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return ""


# A country's clocks where zone.tab lists a zone its government does not keep: Crimea's
# Europe/Simferopol is under UA, but has kept Moscow's time (UTC+3) since Russia's occupation in
# 2014, while Ukraine's law and every clock it governs keep Kyiv's (UTC+2, +3 in summer).  Read
# as two offsets, a Ukrainian page's zoneless "04.12.2026 16:05" was never pinned (newcomer 40,
# finding 3) where a Polish or Czech one was: a page stating Ukraine is on Kyiv's clocks.
# China's one legal time is Beijing's (UTC+8, Asia/Shanghai); zone.tab's Asia/Urumqi is
# Xinjiang Time (UTC+6), kept by custom in Xinjiang, by no law: a ``.com.cn`` page's zoneless
# "2026年12月06日 14:30" was read between UTC+6 and UTC+8 and never given a UTC time (newcomer
# 44, finding 2).  Every other country whose zone.tab zones keep different offsets keeps them
# by its own law (the US, Russia, Australia, Brazil, Canada, Mexico, Indonesia, Chile's Easter
# Island and Aysén, Ecuador's Galápagos, Spain's Canaries, Portugal's Azores, New Zealand's
# Chatham Islands, Mongolia's western provinces, Papua New Guinea's Bougainville, the Congo,
# Greenland, Kiribati, Micronesia, French Polynesia: zone.tab of tzdata 2025b, checked
# 2026-12-06).
_GOVERNED_ZONES = {"UA": ("Europe/Kyiv",), "CN": ("Asia/Shanghai",)}


@cache
def _table() -> dict[str, tuple[str, ...]]:
    zones: dict[str, list[str]] = {}
    for line in _zone_tab().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) >= 3:
            zones.setdefault(fields[0].upper(), []).append(fields[2])
    table = {country: tuple(names) for country, names in zones.items()}
    for country, governed in _GOVERNED_ZONES.items():
        if country in table:
            table[country] = tuple(name for name in table[country] if name in governed)
    return table


def country_zones(country: str | None) -> tuple[str, ...]:
    """The IANA zones of ``country`` (an ISO 3166 code, either case) by zone.tab; () for
    None, a code it does not list, or no zone.tab on the machine."""
    return _table().get((country or "").upper(), ())


def site_country(host: str | None) -> str | None:
    """The country a site's address names: its country-code domain (``www.asahi.co.jp`` →
    ``JP``, ``bbc.co.uk`` → ``GB``, ``eltiempo.com.co`` → ``CO``), else None (``.com``,
    ``.org``, a generic ``.io`` or ``.co`` under no registry's second-level name, no host)."""
    if not host or "." not in host:
        return None
    labels = host.rstrip(".").lower().split(".")
    code = labels[-1]
    if len(code) != 2 or not code.isalpha():
        return None
    if code in _GENERIC and not (len(labels) >= 3 and labels[-2] in _REGISTRY_LEVELS):
        return None
    country = _DOMAIN_COUNTRY.get(code, code.upper())
    return country if country_zones(country) else None


def country_domain(country: str) -> str | None:
    """The country-code domain that names ``country`` (an ISO 3166 code) for
    :func:`site_country` (``GB`` → ``uk``, ``GR`` → ``gr``), without its dot; None for one sold
    as a generic name (:data:`_GENERIC`: ``TV``'s ``.tv`` names a country only under a
    registry's second-level name, ``.com.tv``)."""
    spelt = {code: domain for domain, code in _DOMAIN_COUNTRY.items()}
    domain = spelt.get(country.upper(), country.lower())
    return None if domain in _GENERIC else domain


def clock_country(host: str | None, region: str | None = None) -> str | None:
    """The country whose clocks a site's zoneless times are on: the one its address names
    (:func:`site_country`), else the one the page states it is of (``region``, an ISO 3166
    code: :func:`clipper.declaredregion.declared_region`), else None.  A stated country never
    stands for the address's (a ``.in`` site's page tagged ``en-US`` is India's) and never
    moves a time written with its zone."""
    country = site_country(host)
    if country is None and region and country_zones(region):
        return region.upper()
    return country


def host_of(address: str | None) -> str | None:
    """The host of a URL or a URL key, else None."""
    if not address or "//" not in address:
        return None
    try:
        return urlsplit(address).hostname
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def offsets(country: str | None, wall: datetime) -> tuple[timedelta, timedelta]:
    """(earliest, latest) offset east of UTC a clock of ``country`` keeps at the naive wall
    time ``wall``: the smallest and largest of its zones' (summer time included); for a
    country zone.tab does not list, or None, :data:`ANY_OFFSETS`."""
    found = []
    for zone in _zones(country):
        try:
            offset = zone.utcoffset(wall)
        except (ValueError, OverflowError):
            continue
        if offset is not None:
            found.append(offset)
    return (min(found), max(found)) if found else ANY_OFFSETS


def wall_time(country: str | None, moment: datetime) -> datetime | None:
    """The naive wall time the clocks of ``country`` show at ``moment`` (aware, or naive UTC)
    when all of its zones agree (Sweden's one, India's), else None (the United States', a
    country zone.tab does not list, None)."""
    instant = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    walls = {instant.astimezone(zone).replace(tzinfo=None) for zone in _zones(country)}
    return walls.pop() if len(walls) == 1 else None


@cache
def _zones(country: str | None) -> tuple[ZoneInfo, ...]:
    """The zones of ``country`` (:func:`country_zones`) the machine has, loaded once:
    :class:`ZoneInfo` keeps only its last few zones strongly, so Mexico's twelve or the US's
    twenty-nine were read from disk again at every wall time (300 µs a zoneless time)."""
    zones = []
    for name in country_zones(country):
        try:
            zones.append(ZoneInfo(name))
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return tuple(zones)
