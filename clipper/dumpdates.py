"""A text dump's dateline: the publication date a short line near the top says it gives
("Published 4 March 2025", "Veröffentlicht am 13. Mai 2026 um 15:44", "نُشر في ١٢ مارس ٢٠٢٦"),
step 6 of :mod:`clipper.textdump`'s line cleaner, and the dateline of an HTML page without
date metadata (:func:`first_dateline`, :func:`first_stamp`: :mod:`clipper.htmldatelines`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from datetime import UTC, date, datetime, timedelta

from htmldate.extractors import try_date_expr

from clipper.dumplines import word_count
from clipper.feednotes import SOURCE_LABELS
from clipper.furniture.compiled import Matchers, matchers
from clipper.kanjinumerals import digit_dates
from clipper.localdates import ascii_date_digits, common_era, local_date, names_a_month
from clipper.othercalendars import other_calendar_in, unread_calendar_in
from clipper.paragraphs import LINES_KEPT, line_memo
from clipper.scripts import UNSPACED

# Step 6: the dateline is looked for in this many lines (after normalising, before any is
# dropped), in lines of at most DATELINE_MAX_WORDS words holding a year.
DATELINE_LINES = 150
DATELINE_MAX_WORDS = 14
# ... counting the words that are no date part (a number, "10:32", "3.") and no label
# ("Publicado el", "Actualizado el"): a posting time and its update on one line ("Publicado el 3
# de diciembre de 2026 a las 10:32 | Actualizado el 4 de diciembre de 2026 a las 08:15", 21
# words, 10 of them neither) is one line of dates, a sentence of prose is not; and at most this
# many words in all.
DATELINE_LINE_MAX_WORDS = 32
_DATELINE_YEAR = re.compile(r"(?<!\d)(?:199\d|20\d\d)(?!\d)")
_AMBIGUOUS_DATE = re.compile(r"(?<!\d)(?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|1[0-2])[/-]\d{4}(?!\d)")
_EARLIEST = datetime(1995, 1, 1)
# Spellings htmldate's parsers miss, rewritten to ones they read: Czech and Slovak spaced dots
# ("28. 11. 2026"), Spanish and Portuguese "28 de noviembre de 2026".
_SPACED_DOTS = re.compile(r"(?<!\d)(\d{1,2})\.\s+(\d{1,2})\.\s+(\d{4})(?!\d)")
_FIRST_DIGIT = re.compile(r"\d")
_DE_MONTH = re.compile(r"(?<!\d)(\d{1,2})\s+de\s+(\w+)\s+de\s+(\d{4})(?!\d)", re.IGNORECASE)


def date_line_sized(line: str) -> bool:
    """Whether ``line`` is short enough to be a date line: at most :data:`DATELINE_MAX_WORDS`
    words (:func:`clipper.dumplines.word_count`), or at most that many that are no date part
    and no label (:func:`_other_words`) within :data:`DATELINE_LINE_MAX_WORDS` in all, so a
    posting time with its update on one line, in any language ("Veröffentlicht am 3. Dezember
    2026 um 10:32 Uhr | Aktualisiert am 4. Dezember 2026 um 08:15 Uhr"), is one (session 29:
    over 14 words, it was passed over and the page left undated or dated by its day)."""
    return _sized_by(line, matchers())


@line_memo(LINES_KEPT)
def _sized_by(line: str, tables: Matchers) -> bool:
    """:func:`date_line_sized` by ``tables`` (their labels are no words: :func:`_other_words`),
    kept with them (:func:`_posted_part_by`)."""
    n = word_count(line)
    if n <= DATELINE_MAX_WORDS:
        return True
    if (
        n <= DATELINE_LINE_MAX_WORDS
        and (parts := _split_by(line, tables)) is not None
        and all(word_count(part) <= DATELINE_MAX_WORDS for part in parts)
    ):
        # a posting time and its update in a script written without spaces, each character a
        # word ("2026年12月6日 14時30分（2026年12月6日 21時05分更新）": 21): each part sized
        return True
    return (
        n <= DATELINE_LINE_MAX_WORDS
        and _FIRST_DIGIT.search(line) is not None
        and _other_words(line, tables) <= DATELINE_MAX_WORDS
    )


def _other_words(line: str, tables: Matchers) -> int:
    """The words of ``line`` that are no date part and no label: its words holding a letter
    and no digit, once the language tables' posting and update labels are taken out (the
    month's name, "de", "um", "à", "Uhr" count); every word for a script written without
    spaces (its date parts are letters: "2026年12月3日")."""
    if not line.isascii() and _UNSPACED.search(line):
        return word_count(line)
    for label in (tables.dateline, tables.updated):
        if label is not None:
            line = label.sub(" ", line)
    return sum(
        1
        for word in line.split()
        if any(c.isalpha() for c in word) and not any(c.isdigit() for c in word)
    )


# A letter of a script written without spaces (Han, kana, Thai...).
_UNSPACED = re.compile(f"[{UNSPACED}]")


def first_dateline(lines: Iterable[str], latest: datetime | None) -> str | None:
    """``YYYY-MM-DD`` of the first dateline among ``lines`` (step 6: a line of at most 14
    words holding a ``dateline`` phrase of the language tables, "Published", "Publicado em",
    "Veröffentlicht am", and a whole date no later than ``latest``), else None.  Not an
    "Updated" line: that dates a change.  For an HTML page with no date in its metadata
    (:func:`clipper.htmlclean.clean_html`), which often shows one under its headline
    ("Published Nov. 14, 2026 at 6:45 p.m. CST"; newcomer 20 finding 12: such pages were
    stored undated)."""
    for line in lines:
        if date_line_sized(line) and (day := dateline(line, latest)):
            return day[:10]
    return None


def first_stamp(lines: Iterable[str], latest: datetime | None) -> str | None:
    """The first line among ``lines`` that is the page's own posting time: a dateline
    (:func:`dateline`) that states its time of day ("입력 2026.11.29 09:10", "Published Nov. 14,
    2026 at 6:45 p.m. CST"), or a line that is only a date with its time and no label, a
    weekday before it at most ("Chủ nhật, 29/11/2026, 08:15 (GMT+7)", VnExpress's and Dân
    trí's dateline), no later than ``latest``: ISO 8601 with that time; else None.  An
    "Updated" line dates a change, not the page (newcomer 23, findings 3 and 4)."""
    label = matchers().timestamp
    for line in lines:
        # the posting part's words: "Publié le 3 décembre 2026 à 14h32 · Mis à jour le 4
        # décembre 2026 à 08h10" is a stamp of 7 words and its update (newcomer 29 finding 13:
        # counted whole, 17, the line was passed over and the page dated by its day alone)
        line = _posted_part(line)
        if not date_line_sized(line):
            continue
        when = dateline(line, latest)
        if when is None and (label is None or label.search(line) is None):
            when = line_date(line)
        if when is not None and len(when) > 10 and possible_day(when, latest):
            return when
    return None


def first_calendar_day(lines: Iterable[str], latest: datetime | None) -> str | None:
    """``YYYY-MM-DD`` of the first short line among ``lines`` that gives a whole date in a
    calendar htmldate does not read (a Solar Hijri "۱۲ آذر ۱۴۰۵", a Minguo "115年12月3日":
    :mod:`clipper.numericdates`; no Gregorian year on the line; a lunar Hijri "2 جمادى الآخرة
    1448هـ" or an Ethiopian "ኅዳር 24 ቀን 2019 ዓ.ም", or the Gregorian date beside one:
    :mod:`clipper.othercalendars`), no later than ``latest``; else None.  Not an "Updated"
    line.  An Iranian page's dateline under its headline (newcomer 23 finding 9: such pages
    were stored undated, and not counted; newcomer 27 finding 1: a Saudi or an Ethiopian one).
    """
    from clipper.numericdates import local_numeric_date

    label = matchers().timestamp
    for line in lines:
        text = ascii_date_digits(line)
        if not date_line_sized(line) or (
            # an Ethiopian year looks Gregorian ("ኅዳር 24 ቀን 2019 ዓ.ም"), and a Hijri date may
            # stand beside the Gregorian one htmldate misses ("… 1448 هـ - 03 ديسمبر 2026 مـ")
            _DATELINE_YEAR.search(text) and not other_calendar_in(text)
        ):
            continue
        if local_numeric_date(line) == line or (label and label.search(line)):
            continue
        when = line_date(line)
        if when is not None and possible_day(when, latest):
            return when[:10]
    return None


def first_posted_day(lines: Iterable[str], latest: datetime | None) -> str | None:
    """``YYYY-MM-DD`` of the first short line among ``lines`` giving a posting date and then its
    update (:func:`posted_and_updated`: "2026. gada 3. decembrī Atjaunināts 2026. gada 5.
    decembrī"), its posting day no later than ``latest``; else None.  An HTML page's stamp under
    its headline, as a dump's is read (newcomer 30 finding 5: the Latvian one was counted)."""
    for line in lines:
        if date_line_sized(line) and posted_and_updated(line):
            when = line_date(line)
            if when is not None and possible_day(when, latest):
                return when[:10]
    return None


def first_local_day(lines: Iterable[str], latest: datetime | None) -> str | None:
    """``YYYY-MM-DD`` of the first short line among ``lines`` that is a whole date and nothing
    else but a place, a label or a weekday before it, as a record's date field is read
    (:func:`line_date`: month names htmldate does not read, "٣ كانون الأول ٢٠٢٦", "Alhamisi,
    Desemba 3, 2026"), no later than ``latest``; else None.  Not an "Updated" line.  For an
    HTML page htmldate's search left undated (newcomer 27 finding 1: a Levantine dateline
    under the headline left the page undated)."""
    label = matchers().timestamp
    for line in lines:
        if not date_line_sized(line) or (label and label.search(line)):
            continue
        when = line_date(line)
        if when is not None and possible_day(when, latest):
            return when[:10]
    return None


def posted_and_updated(line: str) -> bool:
    """Whether ``line`` gives a posting date, then an "updated" label of the language tables and
    the change's date ("2026. gada 3. decembrī Atjaunināts 2026. gada 5. decembrī", "3.
    detsember 2026 Uuendatud 5. detsember 2026"): the page's own stamp, its day sure though it
    states no time, where a bare date over the text may be the site's "today" (newcomer 30
    finding 5: such a Latvian line left its dump undated)."""
    posted = _posted_part(line)
    return (
        posted != line and _DATELINE_YEAR.search(ascii_date_digits(line[len(posted) :])) is not None
    )


def posted_then_updated(line: str) -> tuple[str, str] | None:
    """``(the posting part, the update's date as written)`` of a line giving a posting date,
    then an "updated" label and the change's date (:func:`posted_and_updated`): "5 dec. 2026
    kl. 14.30 (uppdaterad 6 dec. 2026 kl. 08.00)" → ``("5 dec. 2026 kl. 14.30", "6 dec. 2026
    kl. 08.00")``, the brackets around the update dropped, as in "2026年12月06日 14:30（更新于
    2026年12月06日 21:05）", "입력 2026.12.06 14:30 수정 2026.12.06 21:05"; the label may close
    the brackets ("2026年12月6日 14時30分（2026年12月6日 21時05分更新）": newcomer 44 finding 1,
    unread, the page undated); None for any other line."""
    return _split_by(line, matchers())


def _split_by(line: str, tables: Matchers) -> tuple[str, str] | None:
    """:func:`posted_then_updated` by ``tables``."""
    if tables.updated is None:
        return None
    posted = _posted_part_by(line, tables)
    rest = line[len(posted) :]
    if posted == line:
        return None
    if _DATELINE_YEAR.search(ascii_date_digits(rest)) is None:
        return _same_day_update(posted, rest, tables)
    after = tables.updated_after.search(line, len(posted)) if tables.updated_after else None
    if after is not None and not line[len(posted) : after.start()].strip(_LABEL_EDGES + "（("):
        return posted, after["date"].strip(_LABEL_EDGES)
    found = tables.updated.search(line, len(posted))
    if found is None:
        return None
    return posted, line[found.end() :].strip(_LABEL_EDGES).rstrip(_CLOSING).strip(_LABEL_EDGES)


# An update's time alone after its label ("Updated 11:42 AM EAT", "Mis à jour à 18h05"): a time
# of day, its AM/PM and a zone's word or two after it.
_TIME_ALONE = re.compile(
    r"(?:(?:at|à|um|a las|às|alle|om|kl\.?|klo)\s+)?(?P<time>(?:[01]?\d|2[0-3])(?::|h|\.)[0-5]\d"
    r"(?:\s*[ap]\.?\s?m\.?)?(?:\s+(?:[A-Z]{2,5}|GMT[+-]\d{1,2}))?)\s*",
    re.IGNORECASE,
)


def _same_day_update(posted: str, rest: str, tables: Matchers) -> tuple[str, str] | None:
    """``(posted, the update as a date and time)`` when ``rest`` after a posting date is an
    "updated" label and a time of day alone ("Sunday, December 06, 2026 — Updated 11:42 AM
    EAT"): the change on the posting day, the posting date's day with the update's time
    (newcomer 46, finding 4: ``updated`` stayed null); None for any other ``rest``."""
    found = tables.updated.search(rest) if tables.updated is not None else None
    if found is None or rest[: found.start()].strip(_LABEL_EDGES):
        return None
    alone = _TIME_ALONE.fullmatch(rest[found.end() :].strip(_LABEL_EDGES).rstrip(_CLOSING))
    if alone is None:
        return None
    day = posted[: clock.start()] if (clock := _CLOCK.search(posted)) else posted
    return posted, f"{day.strip(_LABEL_EDGES)} {alone['time']}"


# A bracket closing an update written in brackets after the posting date ("… (uppdaterad 6 dec.
# 2026 kl. 08.00)", "… (aktualisiert 06.12.2026, 08:00 Uhr)"): not part of its date.
_CLOSING = " )]）"


def _posted_part(line: str) -> str:
    """``line`` up to an "updated" label following its first date ("03/12/2026 14h30
    Atualizado há 2 horas", "3 december 2026, 09:31 Laatste update: 4 december 2026, 07:10":
    the posting time, then when it changed); ``line`` itself when it has none after a digit."""
    return _posted_part_by(line, matchers())


# A night's dumps repeat their short lines, each asked of several times (a dateline, an
# update, a date's label): a line's answer kept with the tables it was read by (a kept answer
# belongs to them, as :func:`clipper.dumplines.is_furniture`'s does: bench/textdump.py reads
# the same dumps with the English table alone, then with every table).
@line_memo(LINES_KEPT)
def _posted_part_by(line: str, tables: Matchers) -> str:
    """:func:`_posted_part` by ``tables``: ``line`` up to the first "updated" label after a
    digit, or up to an update in brackets closed by its label ("…（2026年12月6日 21時05分更新）":
    :attr:`clipper.furniture.compiled.Matchers.updated_after`)."""
    updated = tables.updated
    found = updated.search(line) if updated is not None else None
    start = found.start() if found is not None else len(line)
    after = tables.updated_after
    if after is not None and (closed := after.search(line)) is not None:
        start = min(start, closed.start())
    if start == len(line) or _FIRST_DIGIT.search(line, 0, start) is None:
        return line
    return line[:start].rstrip(" |·-–—,;:：(（")


def _dateline_label(line: str) -> bool:
    """Whether a ``dateline`` label of the language tables stands in ``line``."""
    return _dateline_label_by(line, matchers())


@line_memo(LINES_KEPT)
def _dateline_label_by(line: str, tables: Matchers) -> bool:
    """:func:`_dateline_label` by ``tables`` (kept with them, as :func:`_posted_part_by`)."""
    return tables.dateline.search(line) is not None


def dateline(line: str, latest: datetime | None) -> str | None:
    """``YYYY-MM-DD`` when ``line`` is a dateline (step 6), else None; with its time of day
    (and zone) when the line gives one that a crawler's date field would read on that day
    ("Diterbitkan: Sabtu, 28 Nov 2026 14:30 WIB" → ``2026-11-28T14:30:00+07:00``:
    :func:`line_date`).  Its digits are read in any script ("نُشر في ١٢ مارس ٢٠٢٦", "प्रकाशित: १२
    मार्च २०२६"; a numeric date in a script's own digits day first:
    :func:`clipper.localdates.ascii_date_digits`).  The posting time is read before an
    "updated" label after it ("Yayınlanma: 03.12.2026 - 05:10 | Güncelleme: 03.12.2026 -
    06:00": 05:10), and a date of a calendar htmldate does not read after the label ("تاریخ
    خبر: ۱۳ آذر ۱۴۰۵": :mod:`clipper.numericdates`) is the line's, no later than ``latest``
    (newcomer 27 finding 6: the first was the day alone, the second unread)."""
    if _FIRST_DIGIT.search(line) is None:
        return None  # every date either way reads holds a digit (of any script): a year
    posted = _posted_part(line)
    day = _dateline_day(line, latest)
    if day is not None and (when := _labelled_date(posted)) is not None and when[:10] == day:
        return when
    if (
        day is None
        and not _DATELINE_YEAR.search(ascii_date_digits(line))
        and _dateline_label(line)
        and (when := line_date(posted)) is not None
    ):
        return when if possible_day(when, latest) else None
    return day


def _labelled_date(posted: str) -> str | None:
    """:func:`line_date` of ``posted``, else of it from its ``dateline`` label on: a byline
    run into the stamp before the label ("Belga Publié le 3 décembre 2026 à 14h32", a page
    whose byline and ``<time>`` share one line; newcomer 29 finding 13)."""
    when = line_date(posted)
    if when is None and (found := matchers().dateline.search(posted)) and found.start() > 0:
        when = line_date(posted[found.start() :])
    return when


# A time of day on a line (its hour and minutes: "4:45 PM IST", "10:15", "16h30").
_CLOCK = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3])(?::|h)[0-5]\d(?!\d)")
# A numeric date with its year, in any order ("03/12/2026", "2026-12-03", "03.12.2026").
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2})(?!\d)"
)
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
    digits is one of :data:`_DATELINE_YEAR`'s, and the numbers make a real calendar day in that
    order (not "12.34.56", "31.02.26").  Whether it looks like a date, not which day it is: the
    reading is :func:`line_date`'s, which leaves a two-digit year alone unread."""
    for found in _THREE_NUMBERS.finditer(text):
        first, _, middle, last = found.groups()
        if len(first) == 4:
            orders = [(first, middle, last)] if len(last) <= 2 else []
        elif len(first) <= 2:
            orders = [(last, middle, first), (last, first, middle)]
        else:
            continue
        for year, month, day in orders:
            if len(year) == 4 and _DATELINE_YEAR.fullmatch(year) is None:
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
    if found is None or _CLOCK.search(text, found.end()) is not None:
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


def stamped_day(line: str, when: str) -> bool:
    """Whether ``when`` (a date :func:`line_date` read from ``line``, a day alone) is a posting
    stamp's day: ``line`` gives a time of day too, in a zone no page names alone ("December 3,
    2026 4:45 PM IST" on a page saying nothing of India, Ireland or Israel: the day is sure,
    its time is not)."""
    return len(when) == 10 and _CLOCK.search(ascii_date_digits(line)) is not None


def date_looking(line: str) -> bool:
    """Whether ``line`` (a short line) looks like a date, read or not: a Solar Hijri date
    (:func:`clipper.numericdates.solar_hijri_in`), a lunar Hijri or an Ethiopian one
    (:func:`clipper.othercalendars.other_calendar_in`), a date written with the characters for
    year, month and day in any era (:func:`clipper.numericdates.cjk_date_in`: "令和8年12月4日",
    "中華民國115年12月4日 下午 3:20", which newcomer 38 (F5) saw left uncounted), a month name
    of the date tables' languages or of the page's (:func:`clipper.localdates.page_months`)
    beside a day and a year (:func:`clipper.localdates.names_a_month`), or a numeric date of
    any order, its year of
    two digits or four, in any script's digits (:func:`numeric_day`: "03.12.26" as
    "03.12.2026").  What a page's or a dump's date line not read is counted by (newcomer 27
    finding 1, newcomer 28 finding 2: undated without a word; session 34: "03.12.26" alone was
    dropped uncounted, a two-digit year not taken for one)."""
    from clipper.numericdates import page_language  # clipper.read imports this module's users

    return _date_looking(line, page_language(), matchers())


# A dump's head lines recur over a night (a site's date line, a wire's first paragraph): each
# line's look kept, a function of the line, the page's language and the language tables in use
# (whose labels a date line's size leaves out: :func:`_sized_by`); no page's country or date.
@line_memo(LINES_KEPT)
def _date_looking(line: str, language: str, tables: Matchers) -> bool:
    # clipper.read imports this module's users
    from clipper.numericdates import cjk_date_in, solar_hijri_in

    text = ascii_date_digits(line)
    if not _sized_by(line, tables):
        # a date of 年, 月 and 日 on a line of a script without spaces, each character a word:
        # counted on a line of at most DATELINE_LINE_MAX_WORDS ("2026年12月6日 14時30分（2026年
        # 12月6日 21時05分更新）", 21: newcomer 44 finding 1, unread and not counted)
        return word_count(line) <= DATELINE_LINE_MAX_WORDS and bool(cjk_date_in(text))
    return bool(
        solar_hijri_in(line)
        or cjk_date_in(text)
        or other_calendar_in(text)
        or (numeric_day(text) and not named_number(text))
        or names_a_month(text, language)
        # a month no calendar of clipper's names: Nepal's Bikram Sambat, counted
        or unread_calendar_in(text, language)
    )


def update_line(line: str) -> bool:
    """Whether ``line`` is an "updated" line of a language table ("Updated: …", "अद्यतन: …",
    "Actualizado el …"), not a dateline: the date it gives is a change's, not the page's.  A
    short line opening with such a label whose date :func:`line_date` reads is one however
    many words its date takes ("Actualizado el 3 de diciembre de 2026 a las 21:40 (GMT-6)":
    its words after the first digit were too many for a timestamp, and it dated a dump as its
    publication)."""
    tables = matchers()
    if _dateline_label(line):
        return False
    if tables.is_timestamp(line):
        return True
    label = tables.updated.match(line) if tables.updated is not None else None
    return (
        label is not None
        and date_line_sized(line)
        and line_date(line[label.end() :].lstrip(_LABEL_EDGES)) is not None
    )


def first_update(lines: Iterable[str], latest: datetime | None) -> str | None:
    """The date of the first "Updated" line among ``lines`` (:func:`update_line`), with the
    time and zone it gives (:func:`line_date`), no later than ``latest``; else None.  What an
    HTML page whose only date is its update is dated by (date source "updated": it was
    published then at the latest), as a text dump is (:func:`clipper.textdump._head_date`)."""
    for line in lines:
        if (
            update_line(line)
            and (when := line_date(line)) is not None
            and possible_day(when, latest)
        ):
            return when
    return None


def first_update_time(lines: Iterable[str], latest: datetime | None) -> str | None:
    """The time the first "Updated" line among ``lines`` gives: a line of its own
    (:func:`update_line`: "Oppdatert 5. desember 2026 kl. 10.15"), or the part after the label
    of a posting line that goes on with its update (:func:`posted_and_updated`: "4. desember
    2026 kl. 02:15 Uppfært 5. desember 2026 kl. 10:30"), as :func:`line_date` reads it (with
    its time and zone), no later than ``latest``; else None.  What ``pages.updated`` keeps of a
    page that also gives its posting time (newcomer 30 finding 9: the update was read to date
    the page, then dropped)."""
    for line in lines:
        if _FIRST_DIGIT.search(line) is None or not date_line_sized(line):
            continue  # (no digit: no date, :func:`line_date`)
        when = None
        if update_line(line):
            when = line_date(line)
        elif (parts := posted_then_updated(line)) is not None:
            when = line_date(parts[1])
        if when is not None and possible_day(when, latest):
            return when
    return None


# A date of numbers whose day and month may be either ("12/03/2026", "3-12-2026", "12/03/26":
# a two-digit year is 20YY): both under 13 and not the same (then either order gives one day).
_EITHER_ORDER = re.compile(r"(?<![\d/.\-])(\d{1,2})([/\-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.\-])")


# A year and month an address names: path segments ("/2026/12/", "/2026/12/04/") or a whole date
# in a segment ("/rail-upgrade-2026-12-04"): the page's own evidence of its month.
_ADDRESS_MONTH = re.compile(
    r"(?<![\d])((?:19|20)\d\d)(?:/(0?[1-9]|1[0-2])(?=/|$)|-(0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    r"(?!\d))"
)


def _address_months(address: str | None) -> set[tuple[int, int]]:
    """The years and months ``address`` (a page's URL) names (:data:`_ADDRESS_MONTH`)."""
    if not address:
        return set()
    path = re.sub(r"^[a-z]+://[^/]*", "", address, flags=re.IGNORECASE)
    return {(int(found[1]), int(found[2] or found[3])) for found in _ADDRESS_MONTH.finditer(path)}


def _by_evidence(
    stated: date,
    other: date,
    evidence: set[tuple[int, int]],
    limit: date,
    latest: datetime | None = None,
) -> date | None:
    """Of a numeric date's two readings, the one the language ``stated`` or the ``other``, the
    one the page's ``evidence`` (years and months its address or its dateline names) supports:
    ``stated`` when there is none or it agrees, ``other`` when only it agrees, None when neither
    does; with no evidence, ``other`` when it is within :data:`clipper.config.
    NUMERIC_ORDER_WINDOW_DAYS` days before ``limit`` (the fetch's day) and ``stated`` is not.
    A reading no page fetched at ``latest`` can have (:func:`possible_day`) is none."""
    from clipper.config import NUMERIC_ORDER_WINDOW_DAYS

    possible = [day for day in (stated, other) if possible_day(day.isoformat(), latest)]
    if evidence:
        agreeing = [day for day in possible if (day.year, day.month) in evidence]
        return agreeing[0] if agreeing else None
    near = [day for day in possible if (limit - day).days <= NUMERIC_ORDER_WINDOW_DAYS]
    if stated not in near and other in near:
        return other
    return stated if stated in possible else None


def numeric_order(
    guess: str | None,
    lines: Iterable[str],
    latest: datetime | None,
    address: str | None = None,
    dateline: str | None = None,
) -> str | None:
    """htmldate's ``guess`` of a page's day (``YYYY-MM-DD``), checked against the dates of
    numbers its ``lines`` give whose day and month may be either (:data:`_EITHER_ORDER`):
    htmldate reads them day first, so "12/03/2026" is 12 March on every page.  When ``guess``
    is such a date's day-first reading: kept on a page that writes the day first
    (:func:`clipper.numericdates.day_first`), its month-first reading on one that writes the
    month first (:func:`clipper.numericdates.month_first`: ``en-US``, ``es-US``, ``fil``, a US
    zone after its time), and on a page that says neither the one of the two readings within
    :data:`clipper.config.NUMERIC_ORDER_WINDOW_DAYS` days before ``latest`` (its fetch; now
    when unknown), when only one is; else None (the page stays undated and is counted).  Any
    other ``guess`` is returned as it is.  Newcomer 31 (F-B): an ``en-US`` page's "12/03/2026"
    fetched on 4 December was dated 12 March, guessed.

    The language's reading must agree with the page's own evidence when it gives some
    (:func:`_by_evidence`): the year and month of its ``address`` (``/2026/12/``, a
    ``2026-12-04`` in it) and of its ``dateline`` (an agency's "Dec 4 (PTI)", ISO 8601), else
    the fetch (the other reading days before it, the language's months before); the other
    reading is taken when only it agrees, neither when evidence contradicts both (left undated,
    counted: the order is in doubt).  Newcomer 38b (F1): an Indian ``en-US`` WordPress page's
    "04-12-2026 16:10" under ``/2026/12/`` and "Dec 4 (PTI)" was dated 12 April."""
    from clipper.config import NUMERIC_ORDER_WINDOW_DAYS
    from clipper.numericdates import day_first, month_first, zone_day_first

    if guess is None:
        return None
    limit = (latest or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None).date()
    for line in lines:
        text = ascii_date_digits(line)
        for found in _EITHER_ORDER.finditer(text):
            first, second, year = int(found[1]), int(found[3]), int(found[4])
            year += 2000 if len(found[4]) == 2 else 0
            if first == second or first > 12 or second > 12:
                continue
            american, european = date(year, first, second), date(year, second, first)
            if guess[:10] not in (european.isoformat(), american.isoformat()):
                continue  # the day is neither reading of this date
            evidence = _address_months(address)
            if dateline:
                evidence.add((int(dateline[:4]), int(dateline[5:7])))
            if day_first() or zone_day_first(text) or month_first(text):
                european_first = day_first() or zone_day_first(text)
                stated, other = (european, american) if european_first else (american, european)
                chosen = _by_evidence(stated, other, evidence, limit, latest)
                return None if chosen is None else chosen.isoformat() + guess[10:]
            if guess[:10] != european.isoformat():
                continue  # htmldate's day is not this date's day-first reading
            near = [
                day
                for day in (american, date(year, second, first))
                if 0 <= (limit - day).days <= NUMERIC_ORDER_WINDOW_DAYS
            ]
            return near[0].isoformat() + guess[10:] if len(near) == 1 else None
    return guess


# How much later than ``latest`` (a fetch time, as UTC) a date line's date may be as the lines
# read it, before the page's country is known: the fetch's latest moment where its crawler wrote
# it without a zone (UTC-12's wall time), and a day more for a time written with its zone
# (:func:`clipper.verdict.plausible_published`, whose rule then decides on the country's clocks).
_FETCH_ZONE_SLACK = timedelta(hours=12)
_ZONED_SLACK = timedelta(days=1)


def possible_day(when: str, latest: datetime | None) -> bool:
    """Whether ``when`` (ISO 8601) can be a page's date: not before :data:`_EARLIEST`, nor, read
    at its earliest (a day or a time without its zone on UTC+14's clock:
    :func:`clipper.pubwindows.after_fetch`), after ``latest`` (the fetch time; now when unknown)
    by more than a fetch written without its zone may be late (:data:`_FETCH_ZONE_SLACK`), a
    time written with its zone a day more (:data:`_ZONED_SLACK`).  No stricter than the stored
    date's rule (:func:`clipper.verdict.plausible_published`), which settles the page's
    country's clocks: "06/12/2026 00h10" fetched at 23:30 UTC on the 5th is a Brussels page's
    00:10 (dates43: any day after the fetch's UTC day was refused)."""
    from clipper.pubwindows import after_fetch  # clipper.read imports this module's users

    if when[:10] < str(_EARLIEST.date()):
        return False
    limit = (latest or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    try:
        zoned = len(when) > 10 and datetime.fromisoformat(when).tzinfo is not None
    except ValueError:
        return False
    slack = _FETCH_ZONE_SLACK + (_ZONED_SLACK if zoned else timedelta())
    return not after_fetch(when, limit + slack, None)


def _dateline_day(line: str, latest: datetime | None) -> str | None:
    with _read_by_label(line):
        return _labelled_dateline_day(line, latest)


def _labelled_dateline_day(line: str, latest: datetime | None) -> str | None:
    from clipper.numericdates import ordered_dates  # clipper.read imports this module's users
    from clipper.read.declareddates import greenwich_twin

    # "Publicado em 03/12/2026" on a Portuguese page: day first; "Published 12/03/2026" on an
    # American one: month first (clipper.numericdates); the same time on Greenwich's clock in
    # brackets after it ("14:20 (19:20 GMT)") names no other day
    line = ordered_dates(common_era(ascii_date_digits(greenwich_twin(_stamp_part(line))[0])))
    if _DATELINE_YEAR.search(line) is None or _AMBIGUOUS_DATE.search(line) is not None:
        return None
    if not _dateline_label(line):
        return None
    # htmldate's bound: the latest day the line may name at all, then the rule (possible_day)
    limit = (latest or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None) + timedelta(days=3)
    line = _DE_MONTH.sub(r"\1 \2 \3", _SPACED_DOTS.sub(r"\1.\2.\3", line))
    found = try_date_expr(line, "%Y-%m-%d", False, _EARLIEST, limit)
    if found is None and (digit := _FIRST_DIGIT.search(line)) is not None:
        # month names of other languages: htmldate's extensive search (dateparser) on the date
        # alone, without the words announcing it or the time after it ("às 10h30")
        year = _DATELINE_YEAR.search(line, digit.start())
        if year is not None:
            date = line[digit.start() : year.end()]
            found = try_date_expr(date, "%Y-%m-%d", True, _EARLIEST, limit)
    if found is None:
        # an abbreviated month before the day and a time after it ("Published Nov. 14, 2026
        # at 6:45 p.m. CST"): the local way of writing it, without the words announcing it
        local = local_date(matchers().dateline.sub(" ", line, count=1).strip(_LABEL_EDGES))
        if local is not None and possible_day(local, latest):
            found = local[:10]
    return str(found) if found and possible_day(str(found), latest) else None


# What stands between a dateline's label and its date ("发布时间：", "Published: ").
_LABEL_EDGES = " :：|·-–—"
# A credit after the date and time on the line ("2026-12-04 10:30 來源：中央社", "2026年12月4日
# 10:30 来源：新华社 作者：张三", "2026.12.04 09:10 출처: 연합뉴스"): a source's or an author's
# label and its colon end the stamp.
_CREDIT_LABEL = re.compile(
    r"[\s|·]*(?:"
    + "|".join(sorted({re.escape(label) for labels in SOURCE_LABELS.values() for label in labels}
                      | {"作者", "编辑", "編輯", "责任编辑", "責任編輯", "记者", "記者",
                         "通讯员", "通訊員", "기자", "글", "記者名"}, key=len, reverse=True))
    + r")\s*[:：]",
    re.IGNORECASE,
)  # fmt: skip


def _stamp_part(line: str) -> str:
    """``line`` up to a source's or an author's credit following its first date
    (:data:`_CREDIT_LABEL`); ``line`` itself when it has none after a digit."""
    found = _CREDIT_LABEL.search(line)
    if found is None or _FIRST_DIGIT.search(line, 0, found.start()) is None:
        return line
    return line[: found.start()]


# What stands before a date on a line of its own: a site's name and a dash or bar ("Kabar
# Nusantara - 28/11/2026, 14:30 WIB", the Kompas and Detik form), or a label and a colon.
_DATE_LEAD = re.compile(r"^.{1,40}?(?:\s[-–—|·]\s|:\s*)(?=\S)")


@functools.cache
def _label_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each language table's dateline and updated labels opening a line, by language."""
    from clipper.furniture import TABLES

    return tuple(
        (language, re.compile(rf"^\W{{0,3}}(?:{'|'.join(f'(?:{p})' for p in phrases)})", re.I))
        for language, table in sorted(TABLES.items())
        if (phrases := (*table.dateline, *table.updated))
    )


def label_language(line: str) -> str | None:
    """The language a line's date is to be read as by its label, when that is not the page's:
    the first (by code) of the languages whose dateline or updated label opens ``line``
    ("Publicado em", Portuguese's and Spanish's), when each writes numeric dates day first
    (:data:`clipper.numericdates.DAY_FIRST_LANGUAGES`), the page does not
    (:func:`clipper.numericdates.day_first`) and none is the page's own (whose rule decided);
    None otherwise, and for a line holding no numeric date with its year.  Newcomer 28's
    "Publicado em 03/12/2026 - 16:30" above an English text was counted, not read."""
    from clipper.numericdates import DAY_FIRST_LANGUAGES, day_first, page_language

    if not _NUMERIC_DATE.search(ascii_date_digits(line)) or day_first():
        return None
    languages = [language for language, label in _label_patterns() if label.match(line)]
    if not languages or page_language() in languages:
        return None
    return languages[0] if all(lang in DAY_FIRST_LANGUAGES for lang in languages) else None


@contextmanager
def _read_by_label(line: str) -> Iterator[None]:
    """Within it, ``line``'s dates are read as its label's language writes them
    (:func:`label_language`), else as the page's."""
    from clipper.read.zones import labelled_in  # clipper.read imports this module's users

    language = label_language(line)
    with labelled_in(language) if language is not None else nullcontext():
        yield


def line_date(line: str) -> str | None:
    """:func:`_line_date`, the line's date read as its label's language writes it when that
    is not the page's (:func:`label_language`: "Publicado em 03/12/2026 - 16:30" above an
    English text is 3 December).  A date in Chinese or Japanese numerals is read as its digits
    (:func:`clipper.kanjinumerals.digit_dates`: "二〇二六年十二月五日")."""
    line = digit_dates(line)
    if _FIRST_DIGIT.search(line) is None:
        return None  # no year of any calendar (digits of any script), no date: the labels unread
    from clipper.read.zones import page_hint  # clipper.read imports this module's users

    return _line_date_for(line, page_hint(), matchers())


# A night's dumps repeat their short lines (a wire's paragraphs, a site's date line): of the
# 3,404 lines the first 1,000 one-day records of bench/oneday.py ask the date of, 423 are
# distinct.  A line's date depends on it, on the page's language, country and region, and on
# the language tables it is read by
# (clipper.read.zones.page_hint, which the readings under it are kept by too).
@line_memo(LINES_KEPT)
def _line_date_for(line: str, hint: tuple[str, str, str], tables: Matchers) -> str | None:
    """:func:`_line_date` of ``line`` on a page of ``hint``, kept with the ``tables`` it is read
    by (:func:`clipper.furniture.compiled.matchers` at the asking: its labels and "updated"
    words)."""
    with _read_by_label(line):
        return _line_date(line)


def _line_date(line: str) -> str | None:
    """The date ``line`` (a short line) gives, as a crawler's date field would be read
    (:func:`clipper.read.declareddates.declared_date`: ISO 8601 with the time of day and zone it
    gives, a date alone without one), with the label, site name or weekday a site prints before
    it ("Diterbitkan: Sabtu, 28 Nov 2026 14:30 WIB", "Sabtu, 28 November 2026 | 14:30 WIB",
    "Kabar Nusantara - 28/11/2026, 14:30 WIB"), up to an "updated" label after its date (the
    posting time, not the change's: :func:`_posted_part`), in the calendars
    :mod:`clipper.numericdates` reads too ("شنبه ۸ آذر ۱۴۰۵ ساعت ۱۰:۳۰"); None when it gives no
    whole date (a year alone, "© 2026 X", a headline)."""
    from clipper.numericdates import local_numeric_date
    from clipper.read.declareddates import declared_date  # clipper.read imports this module's users

    # the posting time, not the update after it ("Publicado: 30/11/2026 09:10 | Actualizado:
    # 30/11/2026 11:20" gave 11:20 on a dump)
    line = common_era(_stamp_part(_posted_part(line)))
    if _DATELINE_YEAR.search(ascii_date_digits(line)) is None and local_numeric_date(line) == line:
        return None  # no year, neither of a Gregorian date nor of a Solar Hijri or Minguo one
    if named_number(line):
        return None  # "Build 2026.12.03", "Rule 4.1.2026": a number its word names
    if _DAY_SPAN.search(line):
        return None  # "4 - 5 Disember 2026", "December 4-5, 2026": an event's days, not one
    text = matchers().dateline.sub(" ", line, count=1).strip(_LABEL_EDGES)
    # the line as written last: its label read with the word after it ("Publicado el 14 de
    # noviembre de 2026, 21:30", whose label alone leaves "el" before the date)
    for value in (text, _DATE_LEAD.sub("", text, count=1), line.strip()):
        when, _ = declared_date(value)
        if when is not None:
            if len(when) <= 10:
                return when
            return datetime.fromisoformat(when.replace("Z", "+00:00")).isoformat()
    return None


# A span of days, two days of the month joined by a dash ("4 - 5 Disember 2026", "4–5 December
# 2026", "December 4-5, 2026", "4. – 5. prosince 2026"): the days of an event or a print edition,
# no one day of publication.  dates35 left "4 - 5 Disember" read as the 5th (the "4 -" taken for
# a label before the date).  Not a numeric date's parts ("2026-12-05", "05-12-2026", "03 - 12 -
# 2026") nor a time's ("14:05 - 5 December").
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_DAY_SPAN = re.compile(
    rf"(?<![\d.:/\-–—]){_DAY}\.?\s?[-–—]\s?{_DAY}\.?(?![\d:/\-–—])(?!\d)(?!\s?[-–—]\s?\d)"
)


# A press release's lede: the place in capitals, a comma, the date, a dash (and PR Newswire's
# "/PRNewswire/" before it), then the text: "BANDUNG BARAT, 26 November 2026 – PT …",
# "NEW YORK, Nov. 26, 2026 /PRNewswire/ -- …" ("JAKARTA, Kamis (26/11/2026) - …", a weekday
# before a bracketed date, is not read: the date must read as a crawler's date field does).
_LEDE_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,40}(?:\s*\([^)]{1,30}\))?,\s*(?P<date>[^–—]{6,40}?)\s*"
    r"(?:/[\w ]{2,30}/\s*)?(?:--|[–—-])\s"
)


def lede_date(paragraph: str, latest: datetime | None) -> str | None:
    """``YYYY-MM-DD`` of the date a press release's lede opens with after its place
    (:data:`_LEDE_DATELINE`: the day alone, as a dateline gives it), no later than ``latest``
    (default now); else None."""
    found = _LEDE_DATELINE.match(paragraph)
    if found is None:
        return None
    when = line_date(found["date"].strip())
    if when is None:
        return None
    return when[:10] if possible_day(when, latest) else None
