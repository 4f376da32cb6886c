"""Numbers that read as dates: a numeric date in any order sites write one
(:func:`numeric_day`: "03.12.26", "12-03-2026", "2026/12/03"), the days a line's first numeric
date could be, and the numbers a sign or a word before them names as something else (a version,
a release, a rule, a section: :func:`named_number`, :data:`NUMBER_NAMES`; "Version 2.1.14" is no
2 January 2014).  Read by the date readers of a line (:mod:`clipper.linedates`) and of a dump's
or page's head (:mod:`clipper.dumpdates`).
"""

from __future__ import annotations

import re
from datetime import date

from clipper.localdates import ascii_date_digits

NEWS_YEAR = re.compile(r"(?<!\d)(?:199\d|20\d\d)(?!\d)")


# A time of day on a line (its hour and minutes: "4:45 PM IST", "10:15", "16h30").
CLOCK = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3])(?::|h)[0-5]\d(?!\d)")


# Three numbers joined by one separator, the same twice ("03.12.26", "3/12/2026", "2026-12-03"),
# no fourth after them ("1.2.3.4"): a numeric date when they make a calendar day
# (:func:`numeric_day`).
_THREE_NUMBERS = re.compile(
    r"(?<![\d/.\-])(\d{1,4})([/.\-])(\d{1,2})\2(\d{2}|\d{4})(?!\d|[/.\-]\d)"
)


def named_days(line: str) -> set[str]:
    """The days (``YYYY-MM-DD``) ``line``'s first numeric date could be read as, in any
    order (:func:`numeric_day`'s), when a word names it as something else
    (:func:`named_number`: "Version 2.1.14" → 2014-01-02 and 2014-02-01); else none.  What a
    reader searching a page's text for dates (htmldate) may have taken for the page's date."""
    text = ascii_date_digits(line)
    if not named_number(text):
        return set()
    days = set()
    found = _THREE_NUMBERS.search(text)
    assert found is not None  # a named number is one
    first, _, middle, last = found.groups()
    if len(first) == 4:
        orders = [(first, middle, last)] if len(last) <= 2 else []
    else:
        orders = [(last, middle, first), (last, first, middle)]
    for year, month, day in orders:
        full = int(year) + 2000 if len(year) <= 2 else int(year)
        try:
            days.add(date(full, int(month), int(day)).isoformat())
        except ValueError:
            continue
    return days


def numeric_day(text: str) -> bool:
    """Whether ``text`` (ASCII digits) holds a numeric date in any of the orders sites write
    one: day, month, year or month, day, year, the year of two digits or four ("03.12.26",
    "Thursday, 03/12/26", "12-03-2026"), or year, month, day ("2026-12-03"); a year of four
    digits is one of :data:`NEWS_YEAR`'s, and the numbers make a real calendar day in that
    order (not "12.34.56", "31.02.26").  Whether it looks like a date, not which day it is: the
    reading is :func:`clipper.linedates.line_date`'s, which leaves a two-digit year alone unread."""
    for found in _THREE_NUMBERS.finditer(text):
        first, _, middle, last = found.groups()
        if len(first) == 4:
            orders = [(first, middle, last)] if len(last) <= 2 else []
        elif len(first) <= 2:
            orders = [(last, middle, first), (last, first, middle)]
        else:
            continue
        for year, month, day in orders:
            if len(year) == 4 and NEWS_YEAR.fullmatch(year) is None:
                continue
            full = int(year) + 2000 if len(year) == 2 else int(year)
            try:
                date(full, int(month), int(day))
            except ValueError:
                continue
            return True
    return False


# What stands right before a line's numeric date when something says the number is something
# else: a sign ("§ 3.12.2026", "#1.2.26", "№ 4.1.2026"), a letter joined to it ("v3.4.2026"),
# or a word and a space ("Version 2.1.14", "Build 2026.12.03"), a word of
# :data:`NUMBER_NAMES`.
_NUMBER_NAMED = re.compile(r"(?:(?P<sign>[§#№])\s*|(?P<glued>[^\W\d_])|(?P<word>[^\W\d_]+)\s+)$")


# Words that name the number after them as something other than a date (case-folded): a
# software's version, release, build or patch; a rule's, law's, standard's or text's part; a
# model or a number.  Data, in the languages whose sites write such lines most: a word not
# listed ("Berlin 03.12.2026", "Datum 03.12.2026", "Jane Doe 03.12.2026") leaves the line a
# date line, as a page's place, label or byline before its date does.  Not listed on purpose:
# words that name a date as well ("Update", "Edition", "Issue", "Stand": "Stand 03.12.2026"
# is the date the text was current).
NUMBER_NAMES = frozenset(
    [
        "version",
        "ver",
        "release",
        "rel",
        "build",
        "revision",
        "rev",
        "patch",
        "firmware",
        "software",
        "hotfix",
        "rule",
        "section",
        "sec",
        "clause",
        "article",
        "art",
        "chapter",
        "chap",
        "paragraph",
        "para",
        "item",
        "model",
        "number",
        "nr",
        "no",
        "iso",
        "din",
        "iec",
        "ieee",
        "rfc",
        "norm",
        "standard",
        "fassung",
        "abschnitt",
        "kapitel",
        "artikel",
        "absatz",
        "ziffer",
        "nummer",
        "chapitre",
        "alinéa",
        "norme",
        "numéro",
        "versión",
        "versão",
        "versao",
        "versione",
        "versie",
        "versjon",
        "versio",
        "verzió",
        "verze",
        "verzia",
        "wersja",
        "sürüm",
        "artículo",
        "capítulo",
        "sección",
        "número",
        "artigo",
        "secção",
        "seção",
        "articolo",
        "capitolo",
        "sezione",
        "comma",
        "numero",
        "hoofdstuk",
        "sectie",
        "artykuł",
        "rozdział",
        "punkt",
        "версия",
        "версія",
        "статья",
        "стаття",
        "раздел",
        "розділ",
    ]
)


def named_number(line: str) -> bool:
    """Whether ``line``'s first numeric date (:data:`_THREE_NUMBERS`, in any script's digits)
    is a number a sign or a word before it names as something else: a version, a release, a
    rule, a section ("Version 2.1.14", "v3.4.2026", "§ 3.12.2026", "Firmware 1.2.26", "Build
    2026.12.03": a word of :data:`NUMBER_NAMES`, or a letter joined to the number); then the
    line is no date line, read or counted (bare34: such a line in an undated dump's header was
    counted as a date not read).  Any other word before the date leaves it a date line: a
    label ("Posted 03/12/2026", "Datum 03.12.2026"), a weekday ("Thu 03/12/26"), a place
    ("BERLIN 03.12.2026", "Berlin 03.12.2026"), a byline ("Jane Doe 03.12.2026"); so does a
    time of day after the date ("Release 03.12.2026 14:30" is a time).  Words of scripts
    without case (Han, Thai, Hangul: "입력 2026.12.04") name no number here."""
    text = ascii_date_digits(line)
    found = _THREE_NUMBERS.search(text)
    if found is None or CLOCK.search(text, found.end()) is not None:
        return False
    before = _NUMBER_NAMED.search(text, 0, found.start())
    if before is None:
        return False
    if before["sign"]:
        return True
    letter = before["glued"] or before["word"]
    if letter.casefold() == letter.upper().casefold() and letter.lower() == letter.upper():
        return False  # a script without case
    if before["glued"]:
        return True
    return before["word"].casefold() in NUMBER_NAMES
