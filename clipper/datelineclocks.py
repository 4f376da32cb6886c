"""A time a page writes without a zone, read on the clock of the place its dateline names, where
nothing else names the page's clocks.

A zoneless time ("Dec 6, 2026, 14:30", a record's "2026-12-06 14:30") is the wall clock of the
page's site: of the country its address names, else of the one it states, else of its declared
language's one country (:func:`clipper.sitezones.clock_country`,
:mod:`clipper.languageclocks`), else any clock from UTC-12 to UTC+14.  An English page on a
``.com`` address opening "NEW DELHI, Dec 6 (PTI) -" (India's English press is mostly on
``.com``: its PTI and IANS copy), a Spanish one opening "Bogotá, 6 dic (EFE).-", a German one
opening "Moskau (dpa) -" stayed on any clock, 26 hours wide, and lost its cluster's canonical
to any copy of a known clock.  Where nothing of the above names a country, the place the
dateline opens the text with (:func:`clipper.placeregion.dateline_region`, in every language it
reads places in: CLDR's exemplar cities, the IANA zones' cities, its South Asian lists) names
the clock (:func:`dateline_zones`): its own zone where the place is a zone's city ("LOS ANGELES",
"Moskau", "Sydney"), else its country's zones.  A time is read on them where they all keep one
offset at that wall time (:func:`on_dateline_clock`): "14:30" under "NEW DELHI" is 09:00 UTC,
as "14:30 IST" there is.

Where the country keeps several offsets (the United States, Russia, Brazil, Australia, Canada,
Mexico, Indonesia …), the places read are its zones' cities (CLDR's exemplar cities and the IANA
zones' names: "CHICAGO", "Denver", "Novosibirsk", "Manaus", "Perth"), each on its own zone; a
place clipper does not know ("WASHINGTON", "SAN FRANCISCO", "Brasília") leaves the time on any
clock: which of the country's clocks a place keeps is the time zone database's per zone city,
not per place, and narrowing it to the country's span would need
the country stored as the page's (``pages.region``, which ``--region`` reads), which a dateline
does not make it (a Paris paper's Washington report is no US page).  The page's address, stated
country and language come first: a foreign correspondent's dateline names where the report was
filed, while the page's date line is on its publisher's clock (a Japanese paper's
"【ワシントン＝…】" is stamped on Tokyo's); on a site of no country, no country stated and a
language of many, the dateline is the page's own word for its place.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta, timezone
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from clipper.language import primary_language
from clipper.placeregion import dateline_lines, dateline_region, exemplar_cities, place_region
from clipper.sitezones import clock_country, country_zones, host_of

__all__ = ["dateline_zones", "on_dateline_clock", "page_dateline_zones"]


def page_dateline_zones(
    language: str | None, url: str | None, text: str | None, region: str | None
) -> tuple[str, ...]:
    """The zones of the place the dateline of a page in ``language`` at ``url`` opens its
    ``text`` with (:func:`dateline_zones`) when they are the only clock its zoneless times
    have: neither its address's country nor ``region`` (the one it states, or its language's:
    :func:`clipper.sitezones.clock_country`), nor, for an Urdu, Bengali or Tamil page, the
    country its places name, which is stored as its region (:func:`clipper.placeregion.
    place_region`) and whose clocks its zoneless times are read on; else ()."""
    if clock_country(host_of(url), region) is not None:
        return ()
    if place_region(language, url, text) is not None:
        return ()
    return dateline_zones(language, text)


def dateline_zones(language: str | None, text: str | None) -> tuple[str, ...]:
    """The IANA zones whose clocks the place a report's dateline opens ``text`` with keeps
    (:func:`clipper.placeregion.dateline_region`'s place, in a page of ``language``): the one
    zone of its country that the place is the city of ("LOS ANGELES, Dec 6 (AP) -" →
    ``("America/Los_Angeles",)``, by the zone's name and CLDR's exemplar city in ``language``
    and English: "Moskau" → ``("Europe/Moscow",)``), else all of its country's zones
    (zone.tab: "NEW DELHI" → ``("Asia/Kolkata",)``; a place of a country of several zones
    that is none of their cities keeps them all); () when the text opens with no place of one
    country it knows ("WASHINGTON", "Brasília": CLDR names them for no zone)."""
    country = dateline_region(language, text)
    if country is None or not text:
        return ()
    zones = country_zones(country)
    if len(zones) > 1:
        opening = [_folded(line) for line in dateline_lines(text)]
        cities = _zone_cities(primary_language(language) or "en")
        for zone in zones:
            named = (_folded(zone.rpartition("/")[2].replace("_", " ")), *cities.get(zone, ()))
            if any(_opens_with(line, city) for line in opening for city in named):
                return (zone,)
    return zones


def on_dateline_clock(value: str | None, zones: tuple[str, ...]) -> str | None:
    """``value`` (ISO 8601 as read: a wall time without an offset, "2026-12-06T14:30:00") with
    the one offset the clocks of ``zones`` (:func:`dateline_zones`) keep at that wall time
    ("2026-12-06T14:30:00+05:30"); ``value`` itself for a time with its offset, a day alone,
    None, a value that is not ISO 8601, no zones, or zones keeping several offsets then
    (WASHINGTON's United States: 5 to 10 hours west)."""
    if value is None or not zones or len(value.strip()) <= 10:
        return value
    try:
        wall = datetime.fromisoformat(value.strip())
    except ValueError:
        return value
    if wall.tzinfo is not None:
        return value
    offsets = {offset for zone in _zones(zones) if (offset := zone.utcoffset(wall)) is not None}
    if len(offsets) != 1:
        return value
    (offset,) = offsets
    return wall.replace(tzinfo=timezone(timedelta(seconds=offset.total_seconds()))).isoformat()


def _folded(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).split()).casefold()


def _opens_with(line: str, city: str) -> bool:
    """Whether ``line`` (folded) opens with ``city`` (folded) as a whole word or words."""
    if not line.startswith(city):
        return False
    after = line[len(city) : len(city) + 1]
    return not after or not (after.isalnum() or after in "-'’")


@cache
def _zone_cities(language: str) -> dict[str, tuple[str, ...]]:
    """Each IANA zone → CLDR's exemplar city of it in ``language`` and English (Babel, folded:
    "Moskau", "Moscow"); the zone's own name's city ("Los_Angeles") is read beside them."""
    cities: dict[str, set[str]] = {}
    for zone, city in exemplar_cities(language):
        cities.setdefault(zone, set()).add(_folded(city))
    return {zone: tuple(sorted(names)) for zone, names in cities.items()}


@cache
def _zones(names: tuple[str, ...]) -> tuple[ZoneInfo, ...]:
    """The zones of ``names`` the machine has, loaded once."""
    found = []
    for name in names:
        try:
            found.append(ZoneInfo(name))
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return tuple(found)
