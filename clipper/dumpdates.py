"""A text dump's dateline: the publication date a short line near the top says it gives
("Published 4 March 2025", "Veröffentlicht am 13. Mai 2026 um 15:44", "نُشر في ١٢ مارس ٢٠٢٦"),
step 6 of :mod:`clipper.textdump`'s line cleaner, and the dateline of an HTML page without
date metadata (:func:`first_dateline`, :func:`first_stamp`: :mod:`clipper.htmldatelines`).  The
date one line gives is :mod:`clipper.linedates`' (:func:`clipper.linedates.line_date`); the
numbers that read as dates, and those named as something else, :mod:`clipper.datenumbers`'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from htmldate.extractors import try_date_expr

from clipper.datenumbers import CLOCK, NEWS_YEAR, named_number, numeric_day

# clipper.htmldatelines (not touched in session 49) imports named_days, line_date and
# possible_day from here: to be pointed at clipper.datenumbers and clipper.linedates
from clipper.datenumbers import named_days as named_days
from clipper.dumplines import word_count
from clipper.furniture.compiled import Matchers, matchers
from clipper.linedates import (
    EARLIEST,
    FIRST_DIGIT,
    LABEL_EDGES,
    closing_update,
    line_date,
    possible_day,
    posted_part,
    posted_part_by,
    read_by_label,
    stamp_part,
)
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
_AMBIGUOUS_DATE = re.compile(r"(?<!\d)(?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|1[0-2])[/-]\d{4}(?!\d)")
# Spellings htmldate's parsers miss, rewritten to ones they read: Czech and Slovak spaced dots
# ("28. 11. 2026"), Spanish and Portuguese "28 de noviembre de 2026".
_SPACED_DOTS = re.compile(r"(?<!\d)(\d{1,2})\.\s+(\d{1,2})\.\s+(\d{4})(?!\d)")
# Korean portals' year-first dates of spaced dots ("입력 2026. 12. 7. 14:30", Daum's; "기사입력
# 2026. 12. 07.", "입력 : 2026. 12. 7."), which htmldate's parsers miss as they miss the day-first
# spaced dots: "2026.12.7" (newcomer 49b: a labelled such line left its page undated).
_SPACED_YEAR_FIRST = re.compile(
    r"(?<!\d)(\d{4})\.\s+(\d{1,2})\.\s+(\d{1,2})(?:\.(?=\s|$))?(?![\d.])"
)
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
    kept with them (:func:`posted_part_by`)."""
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
        and FIRST_DIGIT.search(line) is not None
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
        if closing_update(line) is not None and update_line(line):
            continue  # "2026年12月7日 14時30分 更新": the change's time, not the posting's
        line = posted_part(line)
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
            NEWS_YEAR.search(text) and not other_calendar_in(text)
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
    posted = posted_part(line)
    return posted != line and _gives_year(line[len(posted) :])


def _gives_year(rest: str) -> bool:
    """Whether ``rest`` (what follows a line's posting part) holds a year: one of
    :data:`NEWS_YEAR`'s, or a numeric date's of two digits (:func:`numeric_day`: ynet's
    "פורסם: 07.12.26, 14:30 | עודכן: 07.12.26, 18:05", "Published: 07.12.26, 14:30 | Updated:
    07.12.26, 18:05"; newcomer 50a, finding 1: its update was left unread where the same line
    with "07.12.2026" gave it), or a date of another era's year or of a year written short
    that reads (:func:`clipper.linedates.line_date`: Thai Rath's "อัปเดต 7 ธ.ค. 69 19:05 น.",
    "… 2569 …", Buddhist years; session 50: the update was left unread)."""
    text = ascii_date_digits(rest)
    if NEWS_YEAR.search(text) is not None or numeric_day(text):
        return True
    return line_date(rest.strip(LABEL_EDGES + "（(").rstrip(_CLOSING)) is not None


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
    posted = posted_part_by(line, tables)
    rest = line[len(posted) :]
    if posted == line:
        return None
    if not _gives_year(rest):
        return _same_day_update(posted, rest, tables)
    after = tables.updated_after.search(line, len(posted)) if tables.updated_after else None
    if after is not None and not line[len(posted) : after.start()].strip(LABEL_EDGES + "（("):
        return posted, after["date"].strip(LABEL_EDGES)
    found = tables.updated.search(line, len(posted))
    if found is None:
        return None
    return posted, line[found.end() :].strip(LABEL_EDGES).rstrip(_CLOSING).strip(LABEL_EDGES)


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
    if found is None or rest[: found.start()].strip(LABEL_EDGES):
        return None
    alone = _TIME_ALONE.fullmatch(rest[found.end() :].strip(LABEL_EDGES).rstrip(_CLOSING))
    if alone is None:
        return None
    day = posted[: clock.start()] if (clock := CLOCK.search(posted)) else posted
    return posted, f"{day.strip(LABEL_EDGES)} {alone['time']}"


# A bracket closing an update written in brackets after the posting date ("… (uppdaterad 6 dec.
# 2026 kl. 08.00)", "… (aktualisiert 06.12.2026, 08:00 Uhr)"): not part of its date.
_CLOSING = " )]）"


def _dateline_label(line: str) -> bool:
    """Whether a ``dateline`` label of the language tables stands in ``line``."""
    return _dateline_label_by(line, matchers())


@line_memo(LINES_KEPT)
def _dateline_label_by(line: str, tables: Matchers) -> bool:
    """:func:`_dateline_label` by ``tables`` (kept with them, as :func:`posted_part_by`)."""
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
    if FIRST_DIGIT.search(line) is None and not other_calendar_in(line):
        return None  # every date either way reads holds a digit (of any script): a year
    posted = posted_part(line)
    day = _dateline_day(line, latest)
    if day is not None and (when := _labelled_date(posted)) is not None and when[:10] == day:
        return when
    if (
        day is None
        and not NEWS_YEAR.search(ascii_date_digits(line))
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


def stamped_day(line: str, when: str) -> bool:
    """Whether ``when`` (a date :func:`line_date` read from ``line``, a day alone) is a posting
    stamp's day: ``line`` gives a time of day too, in a zone no page names alone ("December 3,
    2026 4:45 PM IST" on a page saying nothing of India, Ireland or Israel: the day is sure,
    its time is not)."""
    return len(when) == 10 and CLOCK.search(ascii_date_digits(line)) is not None


def date_looking(line: str) -> bool:
    """Whether ``line`` (a short line) looks like a date, read or not: a Solar Hijri date
    (:func:`clipper.numericdates.solar_hijri_in`), a lunar Hijri or an Ethiopian one
    (:func:`clipper.othercalendars.other_calendar_in`), a date written with the characters for
    year, month and day in any era (:func:`clipper.numericdates.cjk_date_in`: "令和8年12月4日",
    "中華民國115年12月4日 下午 3:20", which newcomer 38 (F5) saw left uncounted), a month name
    of the date tables' languages or of the page's (:func:`clipper.monthnames.page_months`)
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
    publication).  So is a date line its label closes ("2026年12月7日 14時30分 更新",
    "2026-12-07 18:05更新": :func:`clipper.linedates.closing_update`), not a posting date with
    its update in brackets after it (:func:`posted_then_updated`)."""
    tables = matchers()
    if _dateline_label(line):
        return False
    if tables.is_timestamp(line):
        return True
    label = tables.updated.match(line) if tables.updated is not None else None
    if label is None:
        closed = closing_update(line)
        return (
            closed is not None
            and date_line_sized(line)
            and line_date(closed) is not None
            and posted_then_updated(line) is None
        )
    return date_line_sized(line) and line_date(line[label.end() :].lstrip(LABEL_EDGES)) is not None


def first_update(lines: Iterable[str], latest: datetime | None) -> str | None:
    """The date of the first "Updated" line among ``lines`` (:func:`update_line`), with the
    time and zone it gives (:func:`line_date`), no later than ``latest``; else None.  What an
    HTML page whose only date is its update is dated by (date source "updated": it was
    published then at the latest), as a text dump is (:func:`clipper.headdates.head_date`)."""
    for line in lines:
        if (
            update_line(line)
            and (when := line_date(closing_update(line) or line)) is not None
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
        if FIRST_DIGIT.search(line) is None or not date_line_sized(line):
            continue  # (no digit: no date, :func:`line_date`)
        when = None
        if update_line(line):
            when = line_date(closing_update(line) or line)
        elif (parts := posted_then_updated(line)) is not None:
            when = line_date(parts[1])
        if when is not None and possible_day(when, latest):
            return when
    return None


def _dateline_day(line: str, latest: datetime | None) -> str | None:
    with read_by_label(line):
        return _labelled_dateline_day(line, latest)


def _labelled_dateline_day(line: str, latest: datetime | None) -> str | None:
    from clipper.numericdates import ordered_dates  # clipper.read imports this module's users
    from clipper.read.declareddates import greenwich_twin

    # "Publicado em 03/12/2026" on a Portuguese page: day first; "Published 12/03/2026" on an
    # American one: month first (clipper.numericdates); the same time on Greenwich's clock in
    # brackets after it ("14:20 (19:20 GMT)") names no other day
    line = ordered_dates(common_era(ascii_date_digits(greenwich_twin(stamp_part(line))[0])))
    if NEWS_YEAR.search(line) is None or _AMBIGUOUS_DATE.search(line) is not None:
        return None
    if not _dateline_label(line):
        return None
    # htmldate's bound: the latest day the line may name at all, then the rule (possible_day)
    limit = (latest or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None) + timedelta(days=3)
    line = _SPACED_YEAR_FIRST.sub(r"\1.\2.\3", line)
    line = _DE_MONTH.sub(r"\1 \2 \3", _SPACED_DOTS.sub(r"\1.\2.\3", line))
    found = try_date_expr(line, "%Y-%m-%d", False, EARLIEST, limit)
    if found is None and (digit := FIRST_DIGIT.search(line)) is not None:
        # month names of other languages: htmldate's extensive search (dateparser) on the date
        # alone, without the words announcing it or the time after it ("às 10h30")
        year = NEWS_YEAR.search(line, digit.start())
        if year is not None:
            date = line[digit.start() : year.end()]
            found = try_date_expr(date, "%Y-%m-%d", True, EARLIEST, limit)
    if found is None:
        # an abbreviated month before the day and a time after it ("Published Nov. 14, 2026
        # at 6:45 p.m. CST"): the local way of writing it, without the words announcing it
        local = local_date(matchers().dateline.sub(" ", line, count=1).strip(LABEL_EDGES))
        if local is not None and possible_day(local, latest):
            found = local[:10]
    return str(found) if found and possible_day(str(found), latest) else None


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
