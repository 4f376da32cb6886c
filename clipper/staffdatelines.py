"""A staff dateline opening a report: a designation for the paper's own staff (no person) and the
place it reports from, before the text ("Staff Reporter, Karachi: …", "Our Correspondent,
Lahore — …", "নিজস্ব প্রতিবেদক, ঢাকা: …", "संवाददाता, पटना: …", "لاہور (نمائندہ خصوصی) …",
"De notre correspondant à Dakar", "Redacción, Madrid.- …", "DALLA NOSTRA CORRISPONDENTE NEW
YORK - …").  A paper writes it where an agency writes its dateline, and a copy of the report
elsewhere leaves it off: it is cut from the text as an agency's dateline is
(:func:`clipper.reportdatelines.drop_report_dateline`), and names no author (a designation is no
person: :func:`clipper.bylines.is_staff`), so the author stays the page's own or unknown.

The designations are the furniture tables' ``byline_staff`` of every language (the ones a byline
naming no one writes: :func:`clipper.bylines.is_staff`).  Three shapes, the place one to four
words (capitalised, in capitals, or of a script without case; no figure, no sentence's mark), a
date holding a figure after a comma or not, then a colon, a spaced dash, ".-", a full stop, or the
line's end:

1. the designation, a comma, the place: "Staff Reporter, Karachi:", "Redacción, Madrid.-";
2. the designation, a preposition and the place, or the place in capitals after it: "De notre
   correspondant à Dakar", "From our correspondent in Delhi —", "DALLA NOSTRA CORRISPONDENTE NEW
   YORK -" ("Staff reporter Jane Doe:" is a byline naming a person: no place in capitals); after
   a preposition, the reporter's name may follow the place and a comma ("De notre
   correspondant à Dakar, Jean Dupont", :attr:`StaffDateline.reporter`: the author of a page
   naming none, :func:`clipper.reportdatelines.with_credit`);
3. the place and the designation in parentheses: "لاہور (نمائندہ خصوصی)", "Karachi (Staff
   Reporter):", the place in capitals, of a script without case or one CLDR names ("Jane Doe
   (Reporter):" names a person).

4. the site's own name in the designation's place, its place before or after it ("TRIBUNNEWS.COM,
   JAKARTA -", "JAKARTA, KOMPAS.com -", "DETIKNEWS, Jakarta -": :func:`clipper.sitedatelines.
   site_dateline`), a site's newsroom being no person either.

Its place still says where the report is from (:func:`clipper.placeregion.dateline_region` and
:func:`clipper.placeregion.place_region` read it: "নিজস্ব প্রতিবেদক, ঢাকা:" is Bangladesh's).
"""

from __future__ import annotations

from typing import NamedTuple

import regex

__all__ = ["StaffDateline", "staff_dateline"]

# The dateline's words before its end: a colon, a dash spaced or after a full stop (EFE's ".-"),
# a full stop, or the line's end (a dateline standing alone on its line), the words at most this
# many characters; of several ends, the last after which the words are a dateline ("Staff
# Reporter, St. Louis:", not "Staff Reporter, St").
_REACH = 90
_END = regex.compile(
    r"[ \t]*[:：][ \t]*|[ \t]*\.[-–—]+[ \t]*|[ \t]*\.[ \t]+|[ \t]+[-–—]{1,2}[ \t]+|[ \t]*\n|[ \t]*$"
)
# A place's word: capitalised, in capitals or of a script without case (a mark after a letter:
# Devanagari's and Bengali's vowel signs); a particle between words ("Bobo-Dioulasso", "Saint-
# Louis", "Aix-en-Provence", "Rio de Janeiro", "Dar es Salaam"); a full stop only after an
# abbreviation of at most three letters ("St. Louis", "Ft. Worth"; "Bruselas. El" is a
# sentence's end).
_PLACE_WORD = r"[\p{Lu}\p{Lo}](?:[\p{L}\p{M}'’-]*|[\p{L}]{0,2}\.)"
_PLACE = regex.compile(
    rf"{_PLACE_WORD}(?:[ \t]+(?:{_PLACE_WORD}|d[aeiu]s?|de la|del|la|el|al|es|on|upon)){{0,4}}"
)
_CAPITALS = regex.compile(r"[\p{Lu}][\p{Lu}'’.-]+(?:[ \t]+[\p{Lu}][\p{Lu}'’.-]+){0,3}")
# A preposition between a designation and its place ("à Dakar", "in Delhi", "en Bruselas", "em
# Lisboa", "a Roma", "aus Moskau", "в Москве").
_PREPOSITIONS = frozenset(
    ("à", "a", "au", "aux", "en", "in", "em", "no", "na", "at", "from", "aus", "da", "dal", "de",
     "desde", "depuis", "dans", "i", "w", "we", "v", "ve", "в", "во", "из")
)  # fmt: skip
_DIGIT = regex.compile(r"\d")
_DATE_CHARS = 30


class StaffDateline(NamedTuple):
    """A staff dateline opening a paragraph: ``end``, the offset of the text after it (the
    paragraph's length when it stands alone); the ``place`` as written; the ``reporter`` it
    names after the place ("De notre correspondant à Dakar, Jean Dupont": "Jean Dupont"), None
    for none."""

    end: int
    place: str
    reporter: str | None = None


# A reporter named after the place and a comma: two to four capitalised words of letters, a
# particle between ("Jean Dupont", "Ana de la Cruz", "Hans-Peter Meier"), or in capitals.
_REPORTER = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+(?:d[aeiu]s?|de la|del|van|von|der|le|la|al|el|bin|ibn))?"
    r"(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+(?:d[aeiu]s?|de la|del|van|von|der|le|la))?){1,3}"
)


class _Placed(NamedTuple):
    """A staff dateline's place and the reporter named after it (None for none)."""

    place: str
    reporter: str | None = None


def _place(text: str, named: bool = False) -> _Placed | None:
    """The place ``text`` is (one to four words, :data:`_PLACE`), a date after a comma or not
    (a figure in it, at most :data:`_DATE_CHARS` characters: "Karachi, Dec 6"), or, where
    ``named`` (a designation and a preposition before it: "De notre correspondant à Dakar, Jean
    Dupont"), a reporter's name (:data:`_REPORTER`, no place CLDR names: "Lagos, Nigeria" is
    no reporter); None when it is none ("editors and readers", "Jane Doe, who")."""
    text = text.strip()
    place, comma, date = text.partition(",")
    if not comma:
        place, comma, date = text.partition("،")
    reporter = None
    if comma and not (_DIGIT.search(date) and len(date.strip()) <= _DATE_CHARS):
        if not named or not _is_reporter(date.strip()):
            return None
        reporter = " ".join(date.split())
    place = place.strip()
    if not place or _DIGIT.search(place) or not _PLACE.fullmatch(place):
        return None
    return _Placed(place, reporter)


def _is_reporter(name: str) -> bool:
    """Whether ``name`` (after a staff dateline's place and a comma) is a reporter's name
    (:data:`_REPORTER`) and no place's (:func:`clipper.placenames.is_place_name`)."""
    if _REPORTER.fullmatch(name) is None:
        return False
    from clipper.placenames import is_place_name

    return not is_place_name(name, None)


def _named_place(place: str) -> bool:
    """Whether ``place`` (before a designation in parentheses) is a place's name, not a
    person's ("Jane Doe (Reporter)"): in capitals, of a script without case ("لاہور"), or a
    city or country CLDR names (:func:`clipper.placenames.is_place_name`: "Karachi")."""
    if not regex.search(r"\p{Ll}", place):
        return True
    from clipper.placenames import is_place_name

    return is_place_name(place, None)


# Shape 2's words: a place, then its designation in parentheses ("Lahore (Staff Reporter)").
_PLACE_THEN_STAFF = regex.compile(r"(?P<place>[^()]+?)[ \t]*\((?P<staff>[^()]+)\)")


def _designated(head: str) -> _Placed | None:
    """The place of a staff dateline's words ``head`` (before its end), by the module's three
    shapes, and the reporter shape 2 names after it; None when they are none."""
    from clipper.bylines import is_staff, opens_with_staff  # the tables: only for a candidate

    staff, comma, rest = head.partition(",")
    if not comma:
        staff, comma, rest = head.partition("،")
    if comma and is_staff(staff.strip()):
        return _place(rest)
    if (inner := _PLACE_THEN_STAFF.fullmatch(head)) and (is_staff(inner["staff"].strip())):
        placed = _place(inner["place"])
        return placed if placed and _named_place(placed.place) else None
    if not opens_with_staff(head):  # no run of its first words is a designation
        return None
    words = head.split()
    for at in range(len(words) - 1, 0, -1):
        if not is_staff(" ".join(words[:at])):
            continue
        after = words[at:]
        if after[0].casefold() in _PREPOSITIONS and len(after) > 1:
            return _place(" ".join(after[1:]), named=True)
        place = " ".join(after)
        if _CAPITALS.fullmatch(place.partition(",")[0].strip()):
            return _place(place)
        return None
    return None


# Shape 3 with no mark after the parenthesis: "لاہور (نمائندہ خصوصی) پنجاب …".
_BRACKETED = regex.compile(
    r"[ \t]*(?P<head>[^()\n:：]{2,40}?[ \t]*\([^()\n]{2,40}\))"
    r"(?P<end>[ \t]*(?:[:：]|\.?[-–—]+)?[ \t]*)"
)


def staff_dateline(paragraph: str) -> StaffDateline | None:
    """The staff dateline ``paragraph`` opens with (see the module): the offset of the text
    after it and its place; None when it opens with none."""
    from clipper.sitedatelines import site_dateline  # it reads clipper.placedatelines' places

    if (site := site_dateline(paragraph)) is not None and site.place is not None:
        return StaffDateline(site.end, site.place)
    found = _BRACKETED.match(paragraph)
    if found is not None and (place := _designated(" ".join(found["head"].split()))):
        return StaffDateline(found.end(), *place)
    ends = [end for end in _END.finditer(paragraph, 0, _REACH + 4) if 3 <= end.start() <= _REACH]
    for end in reversed(ends):
        head = paragraph[: end.start()]
        if "\n" in head or ":" in head or "：" in head:
            continue
        if place := _designated(" ".join(head.split())):
            return StaffDateline(end.end(), *place)
    return None
