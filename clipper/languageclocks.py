"""The country whose clocks a page's declared language puts a time written without a zone on,
where neither its address nor any statement of its own names a country
(:func:`clipper.declaredregion.declared_region`): a table of languages whose news is written
in one country, each with its reason, and the languages of one main country left out, each
with the press on other clocks that keeps it out.

NTB's own page on a ``.example`` host, ``<html lang="no">``, "4. desember 2026 kl. 07.32",
was read on any clock from UTC-12 to UTC+14 and lost its cluster's canonical to a
republisher's 06:40Z copy; on a ``.no`` host it was 06:32 UTC (newcomer 30's finding 15).  On
Norway's clocks it is 06:32 UTC wherever it is hosted.

Only a language the page or its crawler declares counts (``<html lang>``, ``og:locale``,
``Content-Language``, a record's ``language``), never one clipper detects in the text, and
only when every declared language names the same country: a page tagged ``nb`` and ``en``
names none.  A language's diaspora weeklies (a Lithuanian paper in Chicago on a ``.org``
address) are read on the home country's clocks: the table holds languages whose press abroad
is that small; where it is large the language is left out (:data:`NOT_ONE_CLOCK`).
"""

from __future__ import annotations

from collections.abc import Iterable

from clipper.declaredlanguage import known_language

# language (as clipper stores it: clipper.declaredlanguage.known_language) -> (the country
# whose clocks its news is written on, why)
LANGUAGE_CLOCKS: dict[str, tuple[str, str]] = {
    "nb": ("NO", "Norwegian Bokmål (and 'no', read as nb): Norway's press; Svalbard keeps "
                 "Norway's time"),
    "nn": ("NO", "Nynorsk: written in Norway only"),
    "fi": ("FI", "Finnish: Finland's press; Sweden's Finnish-language media are on .se "
                 "addresses, whose country comes first"),
    "et": ("EE", "Estonian: Estonia's press; the diaspora's papers (Toronto, Stockholm) are "
                 "weeklies"),
    "lv": ("LV", "Latvian: Latvia's press; the diaspora's papers are weeklies"),
    "lt": ("LT", "Lithuanian: Lithuania's press; the diaspora's papers (Draugas, Chicago) are "
                 "few and weekly"),
    "is": ("IS", "Icelandic: Iceland only, UTC all year"),
    "cs": ("CZ", "Czech: Czechia's press"),
    "sk": ("SK", "Slovak: Slovakia's press; Slovak papers in Serbia and Hungary keep the same "
                 "Central European time"),
    "sl": ("SI", "Slovene: Slovenia's press; the minority papers in Italy and Austria keep the "
                 "same Central European time"),
}  # fmt: skip

# Languages of one main country that are not in the table, and the press on other clocks
# that keeps each out: a zoneless time on their pages stays on any clock.
NOT_ONE_CLOCK: dict[str, str] = {
    "da": "Greenland's press writes Danish (UTC-2), the Faroes' too (UTC+0)",
    "sv": "Finland's Swedish-language press (Hufvudstadsbladet, Svenska Yle) is on UTC+2",
    "se": "Northern Sami is written in Norway and Sweden (UTC+1) and Finland (UTC+2)",
    "pl": "Polish dailies in Chicago and London",
    "hu": "Hungarian papers in Romania (UTC+2) beside Hungary's",
    "el": "Greek papers in Australia and the United States",
    "ja": "Japanese papers in Hawaii, California and Brazil",
    "ko": "Korean dailies in Los Angeles and New York",
    "vi": "Vietnamese papers in California",
    "fa": "Persian services in London and Prague",
}


def language_country(tags: Iterable[str | None]) -> str | None:
    """The country whose clocks the languages ``tags`` declare (language tags: ``nb``,
    ``no``, ``fi-FI``, ``lt_LT``) are written on (:data:`LANGUAGE_CLOCKS`), as an ISO 3166
    code; None when no tag names a language, one names a language not in the table, or two
    name two countries."""
    countries: set[str | None] = set()
    for tag in tags:
        primary = (tag or "").strip().replace("_", "-").split("-", 1)[0]
        language = known_language(primary) if primary else None
        if language is None:
            continue
        entry = LANGUAGE_CLOCKS.get(language)
        countries.add(entry[0] if entry else None)
    return countries.pop() if len(countries) == 1 else None
