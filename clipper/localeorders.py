"""The order of a numeric date's day, month and year on a page ("03/12/2026": 3 December or 12
March), by the page's language and region together (CLDR's short dates: :func:`regional_order`,
:func:`day_first`, :func:`month_first`) and by a zone after its time (:func:`zone_day_first`,
a US zone's month first).  Moved out of :mod:`clipper.numericdates` (dates51: past 500 lines),
which reads the dates in the order this module gives; the page is the one
:func:`clipper.read.zones.written_in` names.
"""

from __future__ import annotations

import re

__all__ = [
    "DAY_FIRST_ENGLISH",
    "DAY_FIRST_LANGUAGES",
    "MONTH_FIRST_LANGUAGES",
    "REGIONAL_ORDERS",
    "day_first",
    "month_first",
    "page_hint",
    "page_language",
    "page_region",
    "regional_order",
    "zone_day_first",
]

# Languages whose numeric dates put the day first, so that "03/12/2026" is 3 December: the
# languages clipper reads pages in (the language identifier's, clipper.langmodel.languages, as
# stored, and the furniture tables') whose CLDR short date pattern opens with the day (babel
# 2.19: es d/M/yy, pt dd/MM/y, fr dd/MM/y, de dd.MM.yy, ru dd.MM.y, vi dd/MM/y, ms d/MM/yy, sw
# dd/MM/y...; ``tests/test_identified_language_dates.py`` checks it against CLDR).  Not English
# (American English "12/03/2026" is why the order is otherwise in doubt), nor the languages
# that put the year first (ja, ko, zh, fa, sv, lt, hu, af, zu...: a day-month-year of theirs is
# no local form).  Newcomer 34 finding 4: a hand list of 27 left Malay's "04/12/2026" unread.
DAY_FIRST_LANGUAGES = frozenset(
    {
        "am", "an", "ar", "as", "az", "ba", "be", "bg", "bn", "br", "bs", "ca", "cs", "cy", "da",
        "de", "el", "es", "et", "fi", "fo", "fr", "fy", "ga", "gd", "gl", "gu", "ha", "he", "hi",
        "hr", "hy", "id", "ig", "is", "it", "jv", "ka", "kk", "km", "kn", "ku", "ky", "la", "lb",
        "lg", "ln", "lo", "lv", "mk", "ml", "mr", "ms", "mt", "my", "nb", "nl", "nn", "no", "oc",
        "pa", "pl", "pt", "qu", "ro", "ru", "sa", "sk", "sl", "so", "sq", "sr", "sw", "ta", "te",
        "tg", "th", "tk", "tr", "tt", "uk", "ur", "uz", "vi", "yo",
    }
)  # fmt: skip
# The language and region pairs whose numeric dates are in another order than their language
# alone gives (day first for :data:`DAY_FIRST_LANGUAGES`, month first for
# :data:`MONTH_FIRST_LANGUAGES`, none for the others): "d" day first, "M" month first, "y" year
# first (so neither), each the order of CLDR's short date pattern of that locale (Babel 2.19's
# CLDR, its locale without a script or, where it has none, its scripts' one order; the
# languages clipper reads).  English's month-first regions are here (en-US, en-PH, en-BI,
# en-MH, US territories: "12/7/2026" on an ``en-PH`` page is 7 December), its day-first ones in
# :data:`DAY_FIRST_ENGLISH`; Spanish of Panama and Puerto Rico writes the month first (MM/dd/yy),
# Chinese of Hong Kong, Macau and Singapore, and Swedish and Northern Sami of Finland the day
# first (d/M/y, d.M.y), French of Canada and Azerbaijani of Iraq, Iran and Turkey the year
# first.  ``tests/test_regional_date_orders.py`` checks it against Babel.  Spanish of the United
# States is kept month first ("M" where CLDR 49 writes d/M/y): CLDR wrote es-US M/d/yy until
# version 44 (Babel 2.12 and 2.13, which clipper accepts), American Spanish sites date on
# American systems, and a month-first date read day first would be a wrong day, not an unread
# one.  Dates51: an English Philippine page's "12/7/2026" was left in doubt (the hand list of US
# regions, shared with Spanish, named no Philippines).
REGIONAL_ORDERS = {
    "az-iq": "y", "az-ir": "y", "az-tr": "y", "en-as": "M", "en-bi": "M", "en-gu": "M",
    "en-mh": "M", "en-mp": "M", "en-ph": "M", "en-pr": "M", "en-um": "M", "en-us": "M",
    "en-vi": "M", "es-pa": "M", "es-pr": "M", "es-us": "M", "fr-ca": "y", "ha-sd": "y",
    "ku-ir": "y", "se-fi": "d", "sv-ax": "d", "sv-fi": "d", "uz-af": "y", "zh-hk": "d",
    "zh-mo": "d", "zh-sg": "d",
}  # fmt: skip
# English where it is written day first: every en-XX locale of CLDR whose short date pattern
# puts the day before the month and the year last (Babel 2.19's CLDR 49: en-GB dd/MM/y, en-MY,
# en-HK d/M/y, en-CH dd.MM.y, en-MV d-M-yy, en-001 and en-150 ...; tests/
# test_english_day_first_regions.py checks the table against Babel).  Not en-CA, en-SE, en-ZA,
# en-JP (year first) nor the month-first en-US, en-PH, en-BI, en-MH ...
DAY_FIRST_ENGLISH = frozenset(
    {
        "001", "150", "ae", "ag", "ai", "at", "au", "bb", "be", "bm", "bs", "bw", "bz", "cc", "ch",
        "ck", "cm", "cx", "cy", "cz", "de", "dg", "dk", "dm", "ee", "er", "es", "fi", "fj", "fk",
        "fm", "fr", "gb", "gd", "ge", "gg", "gh", "gi", "gm", "gs", "gy", "hk", "hu", "id", "ie",
        "il", "im", "in", "io", "it", "je", "jm", "ke", "ki", "kn", "ky", "lc", "lr", "ls", "lt",
        "lv", "mg", "mo", "ms", "mt", "mu", "mv", "mw", "my", "na", "nf", "ng", "nl", "no", "nr",
        "nu", "nz", "pg", "pk", "pl", "pn", "pt", "pw", "ro", "rw", "sb", "sc", "sd", "sg", "sh",
        "si", "sk", "sl", "ss", "sx", "sz", "tc", "tk", "to", "tt", "tv", "tz", "ua", "ug", "vc",
        "vg", "vu", "ws", "zm", "zw",
    }
)  # fmt: skip
# Country-code domains sites of any country use as generic ones (Google Search Central's
# "generic country code top-level domains", those of the table above): an address there does
# not say its English is written day first.
_GENERIC_COUNTRY_DOMAINS = frozenset(
    {"ai", "bz", "cc", "fm", "gg", "io", "ms", "nu", "sc", "tk", "tv", "ws"}
)
# Languages that write the month first wherever they are written (CLDR's short date pattern:
# Filipino and Tagalog, Oromo, Odia, Xhosa M/d/yy).
MONTH_FIRST_LANGUAGES = frozenset({"fil", "tl", "om", "or", "xh"})
# A US zone after a time ("2:32 PM CST", "07:00 a.m. (ET)"): the zones the United States'
# clocks go by, as American pages write them; a date of numbers before it is written the
# American way, month first, on a page of English or of no stated language.
_US_ZONE = re.compile(
    r"\d:[0-5]\d(?::\d\d)?\s*(?:[ap]\.?\s?m\.?)?\s*\(?"
    r"(?:E|C|M|P|AK|H)[SD]?T\)?(?![^\W\d_])",
    re.IGNORECASE,
)
# A zone after a time that only countries writing their numeric dates day first keep, whichever
# of them it names (CLDR's short dates): India's, Ireland's and Israel's IST, Britain's and
# Bangladesh's BST, Pakistan's PKT, Nepal's NPT, Sri Lanka's SLST, Europe's (WET to EEST, MSK,
# their German names), Africa's (WAT, CAT, SAST, EAT), Indonesia's, Singapore's, Hong Kong's,
# Australia's and New Zealand's, Turkey's and South America's; a date of numbers before it is
# day first on a page of English or of no stated language ("04-12-2026 14:30 IST": 4
# December, on an English page of no address as on an Indian one).  Not GMT and UTC, which
# American pages write too, nor the zones of the United States, Canada, the Philippines
# (month first), Japan, Korea, China and Iran (year first).
_DAY_FIRST_ZONE = re.compile(
    r"\d:[0-5]\d(?::\d\d)?\s*(?:[aApP]\.?\s?[mM]\.?)?\s*\(?"
    r"(?:IST|BST|PKT|NPT|SLST|WET|WEST|WEZ|CET|CEST|MEZ|MESZ|EET|EEST|OEZ|OESZ|MSK|WAT|CAT|"
    r"SAST|EAT|WIB|WITA|WIT|SGT|HKT|AWST|ACST|AEST|AEDT|NZST|NZDT|TSI|TRT|ART|UYT|BRT|CLT|"
    r"CLST|COT|PET|VET|BOT)\)?(?![^\W\d_])",
)


def zone_day_first(value: str) -> bool:
    """Whether a numeric date of ``value`` (a date value or a page's date line) is day first by
    the zone after its time (:data:`_DAY_FIRST_ZONE`: "04-12-2026 14:30 IST"), on a page of
    English or of no stated language (a page of another language has its own order)."""
    return page_language() in ("", "en") and _DAY_FIRST_ZONE.search(value) is not None


def regional_order(language: str, region: str) -> str:
    """The order of a numeric date on a page of ``language`` and ``region`` (lower-case codes,
    "" for none): "d" day first, "M" month first, "y" year first, "" in doubt; the pair's own
    (:data:`REGIONAL_ORDERS`, :data:`DAY_FIRST_ENGLISH`), else the language's
    (:data:`DAY_FIRST_LANGUAGES`, :data:`MONTH_FIRST_LANGUAGES`; English of no region is in
    doubt), from CLDR's short dates."""
    own = REGIONAL_ORDERS.get(f"{language}-{region}")
    if own is not None:
        return own
    if language == "en":
        return "d" if region in DAY_FIRST_ENGLISH else ""
    if language in DAY_FIRST_LANGUAGES:
        return "d"
    return "M" if language in MONTH_FIRST_LANGUAGES else ""


def day_first() -> bool:
    """Whether the page whose dates are being read writes numeric dates day first, by its
    language and its region (:func:`regional_order`, :func:`clipper.read.zones.written_in`):
    ``es``, ``pt-BR``, ``en-GB``, ``zh-HK`` do, ``en``, ``en-US``, ``en-PH``, ``es-PA``,
    ``fr-CA``, ``ja``, a page of no language do not."""
    return regional_order(page_language(), page_region()) == "d"


def month_first(value: str = "") -> bool:
    """Whether a numeric date of ``value`` (a date value or a page's date line) is written month
    first: the page's language and region say so (``en-US``, ``en-PH``, ``es-PA``, ``fil``:
    :func:`regional_order`), or, on a page of English or of no stated language whose address
    names no day-first country, a US zone follows its time ("12/04/2026 2:32 PM CST":
    :data:`_US_ZONE`).  Newcomer 31 (F-B, F-C): "12/03/2026" on an ``en-US`` page was read as
    12 March, and "12/04/2026 2:32 PM CST" in a US feed not at all."""
    language, country, region = page_hint()
    if regional_order(language, region) == "M":
        return True
    return (
        language in ("", "en")
        and region not in DAY_FIRST_ENGLISH
        and (country in _GENERIC_COUNTRY_DOMAINS or country not in DAY_FIRST_ENGLISH)
        and country not in ("uk", "mx", "ca")
        and _US_ZONE.search(value) is not None
    )


def page_language() -> str:
    """:func:`clipper.read.zones.page_language`, imported when first asked: clipper.read's
    date readers import this module."""
    from clipper.read.zones import page_language as language

    return language()


def page_hint() -> tuple[str, str, str]:
    """:func:`clipper.read.zones.page_hint`, imported as :func:`page_language` is."""
    from clipper.read.zones import page_hint as hint

    return hint()


def page_region() -> str:
    """:func:`clipper.read.zones.page_region`, imported as :func:`page_language` is."""
    from clipper.read.zones import page_region as region

    return region()
