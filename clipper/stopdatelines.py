"""An agency's dateline whose place, date and credit are set apart by full stops, commas or a
dash, the credit bare (no parenthesis): as the agencies of the former Soviet Union and Türkiye's
neighbours write it ("Bakı. 6 dekabr. REPORT.AZ. …", "Bakı, 6 dekabr, APA. …", "АСТАНА.
KAZINFORM – …", "МОСКВА. 6 декабря. INTERFAX.RU - …", "МОСКВА, 6 дек — РИА Новости. …",
"ТАШКЕНТ, 6 дек — Sputnik. …"), and a place and a date alone before a full stop ("Toshkent, 6
dekabr. …").  Copies of one wire story keep it on some sites and word it differently on others
(newcomer 48a): it is cut from the text as an agency's dateline in parentheses is
(:func:`clipper.reportdatelines.drop_report_dateline`), its agency credited (the page's author
after its writer), its day dating the page (:func:`clipper.agencydatelines.dateline_date`) and
its place naming the page's country (:func:`clipper.placeregion.dateline_region`).

Cutting it must not cut a report's own first words, so a dateline is, at the paragraph's start:

1. a place: one to four words capitalised or in capitals (:data:`clipper.placedatelines.PLACE`);
2. then one or two fields, each after a full stop and a space, a comma and a space, or a dash:
   a date (a day and a month's name or abbreviation, either first, a year after them or not:
   "6 dekabr", "6 дек", "Dec. 6", "6. Dezember 2026"; or a day, month and year in figures,
   "06.12.2026"), then a credit or not; or a credit alone.  The credit is an agency's
   (:func:`clipper.agencycredits.credited_agencies`: "APA", "KAZINFORM", "РИА Новости",
   "Sputnik"; between slashes too, "/БЕЛТА/") or a site's web address
   (:func:`clipper.sitedatelines.site_address`: "REPORT.AZ", which credits no one, a site being
   no agency);
3. then a full stop, a dash or a colon, and the text: a capital, a letter of a script without
   case, a figure or a quote first, prose after it (:func:`clipper.placedatelines.
   reads_as_prose`: ten words at least, one in small letters).

An Arab agency writes its dateline with spaces alone between its fields: a place of one word
or one clipper knows, a date naming its month in the page's language or English (a Hijri date
and "الموافق", "corresponding to", before it, "م" after it, or not), then a listed agency's
credit bare and the text, prose after it ("الرياض 07 ديسمبر 2026 واس …", "الرياض 16 جمادى
الآخرة 1448 هـ الموافق 07 ديسمبر 2026 م واس …": :func:`_spaced_dateline`; newcomer 49a).

With a credit and no date, the place is in capitals or one clipper knows
(:func:`clipper.placedatelines.known_place`: "АСТАНА. KAZINFORM –"; "Reuters. AP –" is none).
With no credit, the place is one clipper knows, the date names its month in the page's language
or English (CLDR's names, Babel: "dekabr", "дек.", "December") and gives no year, and a full
stop ends it ("Toshkent, 6 dekabr. …"): a place and a date with a year and no credit is a press
release's ("MELBOURNE, 3 December 2026 -- …", kept: :mod:`clipper.placedatelines`' rule 2).
So a sentence that opens with a city and a full stop ("Paris. The city said …"), a place and a
count ("Berlin, 6 Menschen …") and a company ("Amazon. The retailer …") stay.  Newcomer 48a,
datelines49.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

import regex

from clipper.placedatelines import PLACE, TEXT_START, known_place, reads_as_prose

__all__ = ["StopDateline", "names_month", "stop_dateline"]

_H = r"[ \t]"
# Between the place and a field, or two fields: a full stop or a comma and a space, or a dash.
_SEPARATOR = rf"(?:[.,]{_H}+|{_H}*[—–]{_H}*|{_H}+-{{1,2}}{_H}+)"
# A date: a day and a month's name (either first; a full stop after the day, German's "6.", or
# the name's abbreviation: "6 дек.", "Dec. 6"), a year after them or not; or figures alone.
_DATE = (
    r"(?:\d{1,2}\.?[ \t]+\p{L}+\.?|\p{L}+\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
)
# A credit: one to three words of letters, figures, dots, apostrophes or hyphens ("APA",
# "REPORT.AZ", "РИА Новости"), between slashes or not ("/БЕЛТА/").
_CREDIT = r"/?[ \t]*[\p{L}\d][\p{L}\p{M}\d.'’-]*(?:[ \t]+[\p{L}\d][\p{L}\p{M}\d.'’-]*){0,2}[ \t]*/?"
_FIELDS = regex.compile(
    rf"{_SEPARATOR}(?P<date>{_DATE})(?:{_SEPARATOR}(?P<credit>{_CREDIT}))?"
    rf"|{_SEPARATOR}(?P<credit>{_CREDIT})",
    regex.V0,
)
_PLACE = regex.compile(rf"{_H}*(?P<place>{PLACE})", regex.V0)
# The dateline's end: a full stop, a dash or a colon, then the text's first letter.
_END = regex.compile(
    rf"(?:{_H}*[.:]{_H}+|{_H}*[—–]+{_H}*|{_H}+-{{1,2}}{_H}+){TEXT_START}",
    regex.V0,
)
# How far the dateline's end can stand: a place of four words, a date and a credit of three.
_REACH = 120
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LOWER = regex.compile(r"\p{Ll}")


class StopDateline(NamedTuple):
    """A dateline of full stops opening a paragraph: ``end``, the offset of the text after it;
    the ``place``, the ``date`` ("" for none) and the ``credit`` ("" for none) as written
    ("Bakı", "6 dekabr", "REPORT.AZ"); ``agency``, the agency the credit names as
    :func:`clipper.agencycredits.credited_agencies` names it (None for a site's address or no
    credit)."""

    end: int
    place: str
    date: str
    credit: str
    agency: str | None


def stop_dateline(paragraph: str, language: str | None = None) -> StopDateline | None:
    """The dateline of full stops ``paragraph`` (one paragraph of a report) opens with, in a
    page of ``language`` (ISO 639-1; None: the page's as read,
    :func:`clipper.numericdates.page_language`), by the module's rules; the longest one when
    several end there ("Bakı. 6 dekabr. REPORT.AZ." over "Bakı. 6 dekabr."); None for none."""
    if not paragraph[:1].isalpha() and paragraph[:1] not in (" ", "\t"):
        return None
    placed = _PLACE.match(paragraph)
    if placed is None:
        return None
    place, start = placed["place"], placed.end()
    if place.endswith("."):  # "Ufa. 6 dekabr": the full stop is the dateline's
        place, start = place[:-1], start - 1
    found = None
    for end in _END.finditer(paragraph, start, min(len(paragraph), _REACH)):
        fields = _FIELDS.fullmatch(paragraph, start, end.start())
        if fields is None or not reads_as_prose(paragraph[end.end() :]):
            continue
        if language is None:
            from clipper.numericdates import page_language

            language = page_language()
        dateline = _read(place, fields, end, language)
        if dateline is not None:
            found = dateline
    if found is None and _ARABIC_LETTER.match(paragraph.lstrip(" \t")):
        return _spaced_dateline(paragraph, language)
    return found


_ARABIC_LETTER = regex.compile(r"\p{Arabic}")
# An Arab agency's dateline, its fields set apart by spaces (see the module): the place (one to
# three words), a Hijri date and "الموافق" or not, the date (a day, a month's name of one or two
# words, a year or not; "م", the Gregorian era's mark, after it or not), then the words its credit
# is read from (:func:`_spaced_dateline`); a dash, a colon or a full stop after the credit or not.
# ... or a day, a month and a year in figures, joined by dashes, slashes or full stops, as
# WAFA writes them ("رام الله 7-12-2026 وفا-": newcomer 50a, kept at the text's start)
_FIGURES = r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}"
_SPACED = regex.compile(
    rf"{_H}*(?P<place>\p{{Arabic}}+(?:{_H}+\p{{Arabic}}+){{0,2}}?){_H}+"
    rf"(?:\d{{1,2}}{_H}+\p{{Arabic}}+(?:{_H}+\p{{Arabic}}+)?{_H}+\d{{4}}{_H}*هـ?{_H}+الموافق{_H}+)?"
    rf"(?P<date>\d{{1,2}}{_H}+\p{{Arabic}}+(?:{_H}+\d{{4}})?|(?P<figures>{_FIGURES}))"
    rf"(?:{_H}+م)?{_H}+",
    regex.V0,
)
# Words that open a sentence's date where a place would stand: "في" (on), "منذ" (since), "حتى"
# (until), "يوم" (the day), "خلال" (during), "قبل" (before), "بعد" (after).
_DATE_WORDS = frozenset(("في", "منذ", "حتى", "يوم", "خلال", "قبل", "بعد"))
_SPACED_CREDIT_END = regex.compile(rf"{_H}*(?:[-–—:.]{_H}*)?")


def _spaced_dateline(paragraph: str, language: str | None) -> StopDateline | None:
    """The Arab agency's dateline of spaced fields ``paragraph`` opens with (the module's Arab
    rule, :data:`_SPACED`): the place one word or a known one, the date naming its month, the
    credit the first one to three words after it that are one listed agency's credit
    (:func:`clipper.agencycredits.credited_agencies`: "واس", "وام", "أ ف ب"), prose after it;
    None for none ("الرياض 07 ديسمبر 2026 شهدت …": no credit)."""
    found = _SPACED.match(paragraph)
    if found is None:
        return None
    if language is None:
        from clipper.numericdates import page_language

        language = page_language()
    place, date = found["place"], found["date"]
    if (len(place.split()) > 1 and not known_place(place, language)) or place in _DATE_WORDS:
        return None  # "في 7 ديسمبر 2026 رويترز نشرت …": a sentence's date, no place
    if found["figures"] is None and not names_month(date, language or "ar"):
        return None
    from clipper.agencycredits import credited_agencies

    words = paragraph[found.end() :].split(maxsplit=3)
    for size in range(1, min(3, len(words)) + 1):
        # a dash run into the credit's last word ("وفا-") is the dateline's end
        credit = " ".join(words[:size]).rstrip("-–—:")
        agencies = credited_agencies(credit)
        if len(agencies) != 1:
            continue
        at = paragraph.index(credit, found.end()) + len(credit)
        end = _SPACED_CREDIT_END.match(paragraph, at)
        if end is None or not reads_as_prose(paragraph[end.end() :]):
            return None
        return StopDateline(end.end(), place, date, credit, agencies[0])
    return None


def _read(
    place: str, fields: regex.Match[str], end: regex.Match[str], language: str
) -> StopDateline | None:
    """The dateline of ``place`` and ``fields`` (:data:`_FIELDS`' match) ending at ``end``
    when the module's rules hold, else None."""
    date = (fields["date"] or "").strip()
    written = (fields["credit"] or "").strip()
    credit = written.strip("/ \t")
    if credit:
        from clipper.agencycredits import credited_agencies
        from clipper.sitedatelines import site_address

        agencies = credited_agencies(credit)
        if len(agencies) != 1 and not site_address(credit):
            return None
        if not date and _LOWER.search(place) is not None and not known_place(place, language):
            return None  # "Reuters. AP –": no place
        agency = agencies[0] if len(agencies) == 1 else None
        return StopDateline(end.end(), place, date, written, agency)
    if (
        not date
        or _YEAR.search(date) is not None
        or "." not in end.group(0)
        or not known_place(place, language)
        or not names_month(date, language)
    ):
        return None
    return StopDateline(end.end(), place, date, "", None)


def names_month(date: str, language: str) -> bool:
    """Whether ``date`` (a date as :data:`_DATE` reads it) names a month in ``language`` or
    English (CLDR's wide and abbreviated names, format and stand-alone: Babel), case and a
    full stop aside: "6 dekabr" in Azerbaijani or Uzbek, "6 дек" in Russian."""
    names = _month_names(language.split("-")[0].split("_")[0].lower()) | _month_names("en")
    return any(word.strip(".").casefold() in names for word in date.split())


@cache
def _month_names(language: str) -> frozenset[str]:
    """CLDR's month names of ``language`` (a primary subtag; none for "" or one Babel does not
    know), wide and abbreviated, format and stand-alone, case folded, no full stop."""
    if not language:
        return frozenset()
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_month_names

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    names = set()
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for name in get_month_names(width, context, locale).values():
                names.add(str(name).strip(".").casefold())
    return frozenset(names)
