"""A press-review dump's date line opening with the paper's name: "Le Soir, samedi 5 décembre
2026", "De Standaard, 5 december 2026", "Le Soir - 5 décembre 2026 - p. 12", "Corriere della
Sera, 5 dicembre 2026", "The Guardian, 5 December 2026, p. 3": the name, a comma or a spaced
dash or bar, the date, and the edition's page after it or none.

Press-review tools and newspaper databases (the clipping services a public-affairs desk reads)
write it under or above each article's headline.  The date was not read (a site's name before a
date is read after a dash or a bar only, and a page number after it is no date's:
:func:`clipper.dumpdates.line_date`), so the dump was counted undated, and its headline, over a
line read as no date, was lost (newcomer 42).  :func:`paper_dateline` splits such a line; the
text cleaner reads its date as the dump's header date and its name as the dump's source
(:func:`clipper.textdump.clean_text_dump`).

A dateline of the same shape opens with a place, not a paper ("London, 5 December 2026",
"Bruxelles, le 5 décembre 2026", "Berlin, 5. Dezember 2026", "Stockholm den 5 december 2026"):
its date is read as the paper's is, and it is marked a place (:attr:`PaperDate.place`), never the
dump's site, when a letter's word stands before the date ("le", "den", "am", "a", "lì", "dnia"…:
:data:`_LETTER_WORD`) or the name is a city or a country CLDR names
(:func:`clipper.placenames.is_place_name`); the text cleaner drops the name too when the text
names it ("Etterbeek, 5 décembre 2026" over a text about Etterbeek).
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from clipper.calendarwords import calendar_words, only_calendar_names
from clipper.dumpdates import line_date, update_line
from clipper.furniture.compiled import matchers
from clipper.numericdates import page_language
from clipper.placenames import is_place_name
from clipper.words import words


class PaperDate(NamedTuple):
    """A paper's date line read: the paper's ``name`` as written, and the ``date`` it gives
    (``YYYY-MM-DD``, with the time of day when the line gives one: :func:`line_date`);
    ``place`` when the name is a place's, a dateline's (module docstring): no paper."""

    name: str
    date: str
    place: bool = False


# The paper's name: one to six words of letters (an apostrophe, a dot, an ampersand or a hyphen
# inside: "L'Echo", "Grenz-Echo"), no digit; then a comma (Arabic's too) or a spaced dash, bar
# or middle dot; the date; then the page of the edition or none, after a comma or a spaced dash
# ("p. 3", "pp. 2-3", "pag. 5", "pág. 5", "S. 3", "Seite 3", "blz. 3", "str. 3", "s. 3", "page
# 12", "pagina 12", "стр. 3", "σελ. 3").
_NAME = r"\p{L}[\p{L}\p{M}'’.&-]*(?:\s+[\p{L}\p{M}'’.&-]+){0,5}"
_SEPARATOR = r"\s*[,،]\s*|\s+[-–—|·]\s+"
_PAGE = (
    r"(?:p|pp|pg|pag|pág|págs|page|pages|pagina|página|pagine|seite|s|blz|bl|str|strona|sayfa"
    r"|стр|с|σελ)\.?\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?"
)
_PAPER_LINE = regex.compile(
    rf"(?P<name>{_NAME})(?:{_SEPARATOR})(?P<date>.+?)(?:(?:{_SEPARATOR}){_PAGE})?",
    regex.IGNORECASE,
)
# A letter's word between a place and its date, as a dateline writes it and a paper's date line
# does not: French "le", German, Swedish, Danish and Norwegian "den", German "am", Danish and
# Norwegian "d.", Spanish and Catalan "a", Italian "lì"/"li"/"il", Polish "dnia", Czech and
# Slovak "dne", Portuguese "em" ("Bruxelles, le 5 décembre 2026", "Stockholm den 5 december
# 2026", "Berlin, den 5. Dezember 2026", "Madrid, a 5 de diciembre de 2026", "Warszawa, dnia 5
# grudnia 2026"); the comma may be left out before it.
_LETTER_WORD = r"(?:le|den|am|d\.|a|lì|li|il|dnia|dne|em)"
_PLACE_LINE = regex.compile(
    rf"(?P<name>{_NAME}?)(?:\s*,\s*|\s+)(?P<word>{_LETTER_WORD})\s+(?P<date>\d.+?)"
    rf"(?:(?:{_SEPARATOR}){_PAGE})?",
    regex.IGNORECASE,
)
# The lower-case words a paper's name holds between its capitalised ones ("Welt am Sonntag",
# "Le Journal du Dimanche", "El Mundo del Domingo", "Il Giornale della Domenica").
_NAME_PARTICLE = regex.compile(r"\p{Ll}{1,3}|dell[aeo]|degli|dos|das")


def _written_as_name(name: str) -> bool:
    """Whether ``name`` is written as a paper's name: each word capitalised, or a particle
    (:data:`_NAME_PARTICLE`).  A paper named after a weekday ("The Sunday Times", "Welt am
    Sonntag") is; a headline with its weekday before its date is not ("Harbour board's pier
    schedule Thursday, November 26, 2026")."""
    return all(
        word[:1].isupper() or _NAME_PARTICLE.fullmatch(word) is not None for word in name.split()
    )


def _dates_weekday(names: list[str], calendar: frozenset[str]) -> bool:
    """Whether the last of a name's words ``names`` is the date's weekday, not the paper's: a
    weekday or month of ``calendar`` after a word that is no particle ("Associated Press
    Sunday, July 15, 2018", "President Donald Trump's Schedule Monday, July 16, 2018"; not
    "Welt am Sonntag", "Independent on Sunday")."""
    last = words(names[-1])
    return (
        len(names) > 1
        and bool(last)
        and last[-1] in calendar
        and _NAME_PARTICLE.fullmatch(names[-2]) is None
    )


# A paper's date line is short: its name, a weekday, the date, a page.
PAPER_LINE_MAX_WORDS = 14


def paper_dateline(line: str) -> PaperDate | None:
    """The paper's name and the date of a date line opening with the name of the paper that
    printed the article (module docstring), else None: a line of another shape, a name that is
    only a weekday or a month, accented or not ("samedi, 5 décembre 2026", "Sábado, 5 de
    diciembre de 2026", "März, 05.03.2026": the line's own date reading reads it;
    :func:`clipper.calendarwords.only_calendar_names`; a paper named after one, its name
    written as one, is a paper: "The Sunday Times, 6 December 2026", "Welt am Sonntag, 6.
    Dezember 2026"; :func:`_written_as_name`) or that holds
    a dateline or an update's label ("Publié le …", "Updated, 5 December 2026"), or a date
    part that reads as no date as the page's language writes dates (:func:`line_date`).
    ``line``: one normalised line of a dump (single spaces).  A place's dateline
    ("London, 5 December 2026", "Stockholm den 5 december 2026") is read with ``place`` set
    (module docstring)."""
    if len(line.split()) > PAPER_LINE_MAX_WORDS or not any(ch.isdigit() for ch in line):
        return None
    line = line.strip()
    lettered = _PLACE_LINE.fullmatch(line)
    if lettered is not None and lettered["name"][:1].isupper():
        found, place = lettered, True
    elif (found := _PAPER_LINE.fullmatch(line)) is None:
        return None
    else:
        place = False
    name = found["name"].strip()
    language = page_language().split("-")[0]
    # the name's words as the table's names are written (clipper.words.words: accents left
    # out, cut at a hyphen: "Février", "Mär.", "Terça-feira" are "fevrier", "mar", "terca"),
    # all a weekday's or a month's: a paper named after a weekday ("The Sunday Times", "Welt
    # am Sonntag") is a paper
    folded = words(name)
    if only_calendar_names(folded, language):
        return None
    calendar = calendar_words(language) | calendar_words("en")
    if set(folded) & calendar and (
        not _written_as_name(name) or _dates_weekday(name.split(), calendar)
    ):
        return None  # "Harbour board's pier schedule Thursday, …": a headline and its date
    if matchers().dateline.search(name) or update_line(line):
        return None  # "Publié le, …", "Updated, 5 December 2026": a label, no paper
    when = line_date(found["date"])
    if when is None:
        return None
    return PaperDate(name, when, place or is_place_name(name, language))
