"""A paper's own dateline of a place alone opening a report, in any language: "HELSINKI — …",
"NEW DELHI: …", "ΑΘΗΝΑ.- …", "BEOGRAD – …", "KYIV, Ukraine — …", "Chennai: …".  A paper writes
it where an agency writes its dateline and credit, and a copy elsewhere (a reader view, an
aggregator, the agency's own page) leaves it off: it is cut from the text as an agency's dateline
is (:func:`clipper.reportdatelines.drop_report_dateline`) and credits no one.  Its place still
names the page's country and clock (:func:`clipper.placeregion.dateline_region` reads the text as
extracted, before the cut).

Cutting it must not cut a report's own first words, so a dateline is all of:

1. a known place (:func:`known_place`): a city of the IANA time zones, CLDR's exemplar city of a
   zone in the page's language (its scripts' variants too: Serbian's "Beograd" and "Београд")
   or in English, clipper's South Asian places (:data:`clipper.placeregion.DATELINE_PLACES`,
   :data:`clipper.placeregion.PLACES`), or a capital or a large city CLDR names for no zone
   (:data:`UNZONED_PLACES`: "WASHINGTON", "SAN FRANCISCO", "Brasília"), compared case and
   accents aside ("ΑΘΗΝΑ" is "Αθήνα", "İSTANBUL" "Istanbul"); no country's name (a kicker,
   "UKRAINE: …", is written so);
2. written as a dateline: one to four words, in capitals or capitalised, its state or country
   after a comma or not ("KYIV, Ukraine", "DENVER, Colo."), then a dash (spaced, or an em or en
   dash unspaced: "HELSINKI—"), EFE's and the Greek press's ".-", or a colon, at the paragraph's
   start.  A place and a date with no credit ("MELBOURNE, 3 December 2026 -- Harbourline
   Energy Ltd today …", a press release's) is no place alone and stays: cut, a company's
   releases and its newsroom page carrying them were one cluster
   (``tests/test_newsroom_pages.py``);
3. over prose: the words after it open with a capital, a letter of a script without case, a
   figure or a quote, and run to :data:`clipper.config.PLACE_DATELINE_PROSE_WORDS` words at
   least, one of them in small letters (a headline in capitals, "PARIS — THE CITY OF LIGHT",
   and a short title, "Kyiv: What we know", stay).

So a notice naming a person in capitals ("MARIA BRITO — …"), a label ("BREAKING —",
"UPDATE:", "EXCLUSIVE —") and a word in parentheses ("Apple (AAPL)") stay: none is a place.
Newcomer datelines47.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import NamedTuple

import regex

from clipper.config import PLACE_DATELINE_PROSE_WORDS

__all__ = [
    "DATELINE_END", "OPENING_LETTER", "PLACE", "TEXT_START", "UNZONED_PLACES", "PlaceDateline",
    "known_place", "place_dateline", "reads_as_prose", "unaccented",
]  # fmt: skip

# Capitals and large cities a dateline names that CLDR names for no zone (the IANA zones name
# one city a clock, "America/New_York", not "Washington" on it): cut as a dateline's place only.
# They name no country here (clipper.placeregion.dateline_region does not read them): most are
# of a country of several clocks, which a dateline's country cannot narrow (clipper.datelineclocks);
# the others, capitals a country's one zone is not named for (Vietnam's is Ho Chi Minh City's,
# Israel's Jerusalem's, the UAE's Dubai's, China's Shanghai's), as English and their own press
# write them (newcomers 50a and 50b: "HANOI:", "HÀ NỘI -", "תל אביב -" stayed in the text).
UNZONED_PLACES = (
    "Washington", "Washington D.C.", "San Francisco", "Boston", "Atlanta", "Dallas", "Houston",
    "Miami", "Seattle", "Philadelphia", "San Diego", "Las Vegas", "Austin", "Minneapolis",
    "Ottawa", "Montreal", "Montréal", "Canberra", "Brasília", "Brasilia", "Rio de Janeiro",
    "Guadalajara", "Monterrey", "St. Petersburg", "Saint Petersburg", "Nizhny Novgorod",
    "Hanoi", "Ha Noi", "Hà Nội", "Da Nang", "Đà Nẵng", "Hai Phong", "Hải Phòng", "Tel Aviv",
    "תל אביב", "Haifa", "חיפה", "Ramallah", "رام الله", "רמאללה", "Abu Dhabi", "أبوظبي",
    "أبو ظبي", "Beijing", "Ankara", "Rabat", "Pretoria", "Bern", "Naypyidaw",
    "Chiang Mai", "เชียงใหม่", "Pattaya", "พัทยา",
)  # fmt: skip
# Thai's abbreviation mark (paiyannoi) after a place's short name: "กรุงเทพฯ" is Bangkok's
# "กรุงเทพมหานคร" shortened, looked up as "กรุงเทพ" (CLDR's name of its zone).
_THAI_ABBREVIATION = "ฯ"

# A letter that opens a name or a sentence: a capital, or a letter of a script without case
# ("नयी"), or Georgian's, whose Mkhedruli letters Unicode files as small ones, their capitals
# (Mtavruli) unused in running text ("თბილისი").
OPENING_LETTER = r"[\p{Lu}\p{Lt}\p{Lo}\p{Script=Georgian}]"
# The text's first character after a dateline: such a letter, a figure or a quote.
TEXT_START = r"(?=[\p{Lu}\p{Lt}\p{Lo}\p{Script=Georgian}\d\"“„«‘'])"
# A place's word: capitalised or in capitals (:data:`OPENING_LETTER`), marks after letters
# (Devanagari's vowel signs), an apostrophe or a hyphen inside ("N'Djamena", "Bobo-Dioulasso");
# a full stop only after an abbreviation of at most three letters ("St. Louis", "D.C.");
# particles between words ("Rio de Janeiro", "Dar es Salaam").
_WORD = OPENING_LETTER + r"(?:\p{L}{0,2}\.(?:\p{L}\.)*|[\p{L}\p{M}'’-]*(?<![-'’]))"
PLACE = rf"{_WORD}(?:[ \t]+(?:{_WORD}|d[aeiu]s?|de la|del|la|el|al|es|on|upon)){{0,3}}"
# After a comma: its state or country, an abbreviation or words ("Ukraine", "Colo.", "N.C.",
# "Sri Lanka"), at most 30 characters; no figure (a date: rule 2).
_QUALIFIER = r",[ \t]+(?P<qualifier>[^\n,:：()—–]{1,30}?)"
# The dateline's end: a dash (spaced; an em or en dash unspaced too), ".-", or a colon before
# a space.
DATELINE_END = r"(?:[ \t]*\.?[—–]+[ \t]*|[ \t]*\.[-—–]+[ \t]*|[ \t]+-{1,2}[ \t]+|[ \t]*[:：][ \t]+)"
# After the place and a space: a day and a month's name or abbreviation, as Thai papers date
# their datelines ("กรุงเทพฯ 7 ธ.ค. -", "กรุงเทพฯ ๗ ธ.ค. -": :func:`place_dateline` asks it to
# name a month and no year).
# The month's name is one word of at most 15 letters, marks and full stops ("ธ.ค.", "Dec",
# "December"): bounded, as a Thai paragraph runs on without a space.
_DAY_MONTH = r"[ \t]+(?P<date>\d{1,2}[ \t]+\p{L}[\p{L}\p{M}.]{0,15})"
_DATELINE = regex.compile(
    rf"[ \t]*(?P<place>{PLACE})(?:{_QUALIFIER}|{_DAY_MONTH})?{DATELINE_END}"
    # the text's first letter: a capital, a letter of a script without case, a figure, a quote
    + TEXT_START,
    regex.V0,
)
_QUALIFIER_WORDS = regex.compile(
    r"(?:[\p{Lu}][\p{L}\p{M}'’.-]*)(?:[ \t]+[\p{Lu}][\p{L}\p{M}'’.-]*){0,2}"
)
_LOWER = regex.compile(r"\p{Ll}")
_CASED = regex.compile(r"[\p{Lu}\p{Ll}\p{Lt}]")


class PlaceDateline(NamedTuple):
    """A place's dateline opening a paragraph: ``end``, the offset of the text after it, and
    the ``place`` as written ("HELSINKI", "New Delhi")."""

    end: int
    place: str


def unaccented(name: str) -> str:
    """``name`` case and accents aside, its spaces single ("ΑΘΗΝΑ" → "αθηνα", "İSTANBUL" →
    "istanbul", "Brasília" → "brasilia"): how a dateline's place is looked up, here and in
    :func:`clipper.placeregion.dateline_region`."""
    decomposed = unicodedata.normalize("NFD", " ".join(name.split()).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def _known(language: str) -> frozenset[str]:
    """The places (:func:`unaccented`) a dateline of a page in ``language`` (primary subtag, ""
    for none known) may name: :func:`clipper.placeregion.dateline_places`' names in the
    language (its scripts' variants) and English, and :data:`UNZONED_PLACES`."""
    from clipper.placeregion import dateline_places  # Babel's tables: read when first asked

    names = {unaccented(name) for name in dateline_places(language or "en")}
    return frozenset(names | {unaccented(name) for name in UNZONED_PLACES})


def known_place(place: str, language: str | None) -> bool:
    """Whether ``place`` (as written, any case) is a place a dateline of a page in
    ``language`` (ISO 639-1, None or "" when not known: English's places alone) names (the
    module's rule 1)."""
    primary = (language or "").split("-")[0].split("_")[0].lower()
    known = _known(primary)
    return unaccented(place) in known or (
        place.endswith(_THAI_ABBREVIATION) and unaccented(place[:-1]) in known
    )


def reads_as_prose(rest: str) -> bool:
    """Whether ``rest`` (a paragraph after its dateline) reads as prose (the module's rule 3):
    :data:`clipper.config.PLACE_DATELINE_PROSE_WORDS` words or more, one in small letters in
    a script with case.  Words as a length rule counts them (:func:`clipper.scripts.words_in`):
    a Thai, Lao, Khmer or Burmese paragraph of prose has few spaces, Chinese and Japanese none
    (newcomer 50b: "กรุงเทพฯ - " over a Thai report of four spaces stayed)."""
    from clipper.scripts import words_in

    if words_in(rest) < PLACE_DATELINE_PROSE_WORDS:
        return False
    return _LOWER.search(rest) is not None or _CASED.search(rest) is None


def place_dateline(paragraph: str, language: str | None = None) -> PlaceDateline | None:
    """The place's dateline ``paragraph`` opens with, in a page of ``language`` (ISO 639-1;
    None: the page's as read, :func:`clipper.numericdates.page_language`), by the module's three
    rules; None when it opens with none.  ``paragraph``: one paragraph of a report's text."""
    first = paragraph[:1]
    if not first or not (first.isalpha() or first in " \t"):
        return None
    found = _DATELINE.match(paragraph)
    if found is None:
        return None
    qualifier = found["qualifier"]
    if qualifier is not None and not _QUALIFIER_WORDS.fullmatch(qualifier.strip()):
        return None
    if not reads_as_prose(paragraph[found.end() :]):
        return None
    if language is None:
        from clipper.numericdates import page_language

        language = page_language()
    place = found["place"]
    if not known_place(place, language):
        return None
    if found["date"] is not None and not _yearless_date(found["date"], language):
        return None
    return PlaceDateline(found.end(), place)


def _yearless_date(date: str, language: str | None) -> bool:
    """Whether ``date`` (a day and a word after a dateline's place) names a month in the page's
    ``language`` or English and no year: a paper's dateline ("7 ธ.ค.", "7 Dec"), not a press
    release's ("3 December 2026": its year follows, and the pattern stops before it)."""
    from clipper.stopdatelines import names_month  # it imports this module

    return names_month(date, language or "en")
