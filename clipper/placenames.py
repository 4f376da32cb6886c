"""Whether a name before a date is a place's: the cities and countries CLDR names, in the page's
language and in English (:func:`is_place_name`), as Babel ships them (the Unicode Common Locale
Data Repository: each time zone's exemplar city, "Europe/Brussels" written "Bruxelles" in French,
"Brüssel" in German, "Bryssel" in Swedish, the zone's own name, "London", "Stockholm", where a
language writes it as English does; each territory's name, "Belgique", "Deutschland").

A dateline above a dump's text opens with the place it was written in ("London, 5 December
2026", "Bruxelles, le 5 décembre 2026"), where a press review's date line opens with the paper
("Le Soir, samedi 5 décembre 2026"): :mod:`clipper.paperdatelines` asks this module which it is,
so that a capital's or a country's name is never taken for the dump's site.  A smaller town
("Etterbeek") is not in CLDR: the text naming it, or a letter's "le"/"den" before the date,
says it is a place there.  Names are compared case and accents kept, whitespace folded.
"""

from __future__ import annotations

import functools
import zoneinfo

from babel import Locale, UnknownLocaleError

__all__ = ["is_place_name"]


@functools.cache
def _zone_cities() -> frozenset[str]:
    """The cities the IANA time zones are named for ("Europe/London" → "London",
    "America/New_York" → "New York"): CLDR's exemplar city where a language has no name of its
    own."""
    cities = set()
    for zone in zoneinfo.available_timezones():
        area, _, city = zone.rpartition("/")
        if area and area.split("/")[0] not in {"Etc", "SystemV", "US", "posix", "right"}:
            cities.add(city.replace("_", " "))
    return frozenset(cities)


@functools.cache
def _names(language: str) -> frozenset[str]:
    """The cities and territories CLDR names in ``language`` (ISO 639-1); none for a language
    Babel has no locale of."""
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    cities = {
        zone["city"] for zone in locale.time_zones.values() if isinstance(zone.get("city"), str)
    }
    return frozenset(cities | {str(name) for name in locale.territories.values()})


def is_place_name(name: str, language: str | None) -> bool:
    """Whether ``name`` (as written, one line's words) is a city or a country CLDR names in
    ``language`` (the page's, ISO 639-1; None when not known) or in English, or a city a time
    zone is named for (module docstring)."""
    name = " ".join(name.split())
    if name in _zone_cities():
        return True
    return any(name in _names(code) for code in {language or "en", "en"})
