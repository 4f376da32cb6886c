"""The date one short line gives, as a crawler's date field would be read (:func:`line_date`:
ISO 8601 with the time of day and zone it gives, a date alone without one), read as the
language of its label writes dates when that is not the page's (:func:`label_language`:
"Publicado em 03/12/2026 - 16:30" above an English text is 3 December), its posting part only
(:func:`posted_part`: a line going on with its update) and without a source's or author's
credit after it (:func:`stamp_part`); and whether such a date can be a page's
(:func:`possible_day`: not before :data:`EARLIEST`, not after the fetch).  The datelines and
"Updated" lines of a dump's or page's head are :mod:`clipper.dumpdates`'.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from datetime import UTC, datetime, timedelta

from clipper.datenumbers import NEWS_YEAR, named_number
from clipper.feednotes import SOURCE_LABELS
from clipper.furniture.compiled import Matchers, matchers
from clipper.kanjinumerals import digit_dates
from clipper.localdates import ascii_date_digits, common_era
from clipper.othercalendars import other_calendar_in
from clipper.paragraphs import LINES_KEPT, line_memo

EARLIEST = datetime(1995, 1, 1)


FIRST_DIGIT = re.compile(r"\d")


def posted_part(line: str) -> str:
    """``line`` up to an "updated" label following its first date ("03/12/2026 14h30
    Atualizado há 2 horas", "3 december 2026, 09:31 Laatste update: 4 december 2026, 07:10":
    the posting time, then when it changed); ``line`` itself when it has none after a digit."""
    return posted_part_by(line, matchers())


# A night's dumps repeat their short lines, each asked of several times (a dateline, an
# update, a date's label): a line's answer kept with the tables it was read by (a kept answer
# belongs to them, as :func:`clipper.dumplines.is_furniture`'s does: bench/textdump.py reads
# the same dumps with the English table alone, then with every table).
@line_memo(LINES_KEPT)
def posted_part_by(line: str, tables: Matchers) -> str:
    """:func:`posted_part` by ``tables``: ``line`` up to the first "updated" label after a
    digit, or up to an update in brackets closed by its label ("…（2026年12月6日 21時05分更新）":
    :attr:`clipper.furniture.compiled.Matchers.updated_after`)."""
    updated = tables.updated
    found = updated.search(line) if updated is not None else None
    start = found.start() if found is not None else len(line)
    after = tables.updated_after
    if after is not None and (closed := after.search(line)) is not None:
        start = min(start, closed.start())
    if start == len(line) or FIRST_DIGIT.search(line, 0, start) is None:
        return line
    return line[:start].rstrip(" |·-–—,،、，፣;؛:：(（")


# What may close a line after an update's label that ends it: brackets, a full stop.
_AFTER_CLOSING_LABEL = " )]）】。."


def closing_update(line: str) -> str | None:
    """The date part of ``line`` when an "updated" label of the language tables closes it,
    after its date: "2026年12月7日 14時30分 更新", "2026-12-07 18:05更新" (Japanese and Chinese
    write the label after the time; newcomer 49b: such a line dated the page as its posting
    and stayed in its text), "(7 December 2026 18:05 updated)"; None for any other line (a
    posting date with its update after it: :func:`posted_part`).  Only the label and brackets
    or a full stop after it, and a digit before it."""
    return _closing_update_by(line, matchers())


# An "updated" label is this many characters at most ("Zuletzt aktualisiert", "最終更新日時").
_LABEL_CHARS = 24


@line_memo(LINES_KEPT)
def _closing_update_by(line: str, tables: Matchers) -> str | None:
    updated = tables.updated
    core = line.rstrip(LABEL_EDGES + _AFTER_CLOSING_LABEL)
    if updated is None or not core[-1:].isalpha() or FIRST_DIGIT.search(core) is None:
        return None  # (a label ends with a letter)
    # the longest label closing the line, matched on its own: an unspaced script writes it
    # straight after the time's unit ("21時45分更新"), which the label's word boundary refuses
    start = next(
        (
            i
            for i in range(max(0, len(core) - _LABEL_CHARS), len(core))
            if updated.fullmatch(core[i:])
        ),
        None,
    )
    if start is None:
        return None
    before = core[:start].rstrip(LABEL_EDGES + "(（[【")
    if FIRST_DIGIT.search(before) is None:
        return None
    return before.lstrip("(（[【").strip()


# A numeric date with its year, in any order ("03/12/2026", "2026-12-03", "03.12.2026").
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2})(?!\d)"
)


# How much later than ``latest`` (a fetch time, as UTC) a date line's date may be as the lines
# read it, before the page's country is known: the fetch's latest moment where its crawler wrote
# it without a zone (UTC-12's wall time), and a day more for a time written with its zone
# (:func:`clipper.verdict.plausible_published`, whose rule then decides on the country's clocks).
_FETCH_ZONE_SLACK = timedelta(hours=12)


_ZONED_SLACK = timedelta(days=1)


def possible_day(when: str, latest: datetime | None) -> bool:
    """Whether ``when`` (ISO 8601) can be a page's date: not before :data:`EARLIEST`, nor, read
    at its earliest (a day or a time without its zone on UTC+14's clock:
    :func:`clipper.pubwindows.after_fetch`), after ``latest`` (the fetch time; now when unknown)
    by more than a fetch written without its zone may be late (:data:`_FETCH_ZONE_SLACK`), a
    time written with its zone a day more (:data:`_ZONED_SLACK`).  No stricter than the stored
    date's rule (:func:`clipper.verdict.plausible_published`), which settles the page's
    country's clocks: "06/12/2026 00h10" fetched at 23:30 UTC on the 5th is a Brussels page's
    00:10 (dates43: any day after the fetch's UTC day was refused)."""
    from clipper.pubwindows import after_fetch  # clipper.read imports this module's users

    if when[:10] < str(EARLIEST.date()):
        return False
    limit = (latest or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    try:
        zoned = len(when) > 10 and datetime.fromisoformat(when).tzinfo is not None
    except ValueError:
        return False
    slack = _FETCH_ZONE_SLACK + (_ZONED_SLACK if zoned else timedelta())
    return not after_fetch(when, limit + slack, None)


# What stands between a dateline's label and its date ("发布时间：", "Published: ").
LABEL_EDGES = " :：|·-–—"


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


def stamp_part(line: str) -> str:
    """``line`` up to a source's or an author's credit following its first date
    (:data:`_CREDIT_LABEL`); ``line`` itself when it has none after a digit."""
    found = _CREDIT_LABEL.search(line)
    if found is None or FIRST_DIGIT.search(line, 0, found.start()) is None:
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
    (:data:`clipper.localeorders.DAY_FIRST_LANGUAGES`), the page does not
    (:func:`clipper.localeorders.day_first`) and none is the page's own (whose rule decided);
    None otherwise, and for a line holding no numeric date with its year.  Newcomer 28's
    "Publicado em 03/12/2026 - 16:30" above an English text was counted, not read."""
    from clipper.localeorders import DAY_FIRST_LANGUAGES, day_first, page_language

    if not _NUMERIC_DATE.search(ascii_date_digits(line)) or day_first():
        return None
    languages = [language for language, label in _label_patterns() if label.match(line)]
    if not languages or page_language() in languages:
        return None
    return languages[0] if all(lang in DAY_FIRST_LANGUAGES for lang in languages) else None


@contextmanager
def read_by_label(line: str) -> Iterator[None]:
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
    if FIRST_DIGIT.search(line) is None and not other_calendar_in(line):
        # no year of any calendar (digits of any script, a Hebrew date's numerals: "כ״ז בכסלו
        # תשפ״ז"), no date: the labels unread
        return None
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
    with read_by_label(line):
        return _line_date(line)


def _line_date(line: str) -> str | None:
    """The date ``line`` (a short line) gives, as a crawler's date field would be read
    (:func:`clipper.read.declareddates.declared_date`: ISO 8601 with the time of day and zone it
    gives, a date alone without one), with the label, site name or weekday a site prints before
    it ("Diterbitkan: Sabtu, 28 Nov 2026 14:30 WIB", "Sabtu, 28 November 2026 | 14:30 WIB",
    "Kabar Nusantara - 28/11/2026, 14:30 WIB"), up to an "updated" label after its date (the
    posting time, not the change's: :func:`posted_part`), in the calendars
    :mod:`clipper.numericdates` reads too ("شنبه ۸ آذر ۱۴۰۵ ساعت ۱۰:۳۰"); None when it gives no
    whole date (a year alone, "© 2026 X", a headline)."""
    from clipper.numericdates import local_numeric_date
    from clipper.read.declareddates import declared_date  # clipper.read imports this module's users

    # the posting time, not the update after it ("Publicado: 30/11/2026 09:10 | Actualizado:
    # 30/11/2026 11:20" gave 11:20 on a dump)
    line = common_era(stamp_part(posted_part(line)))
    if NEWS_YEAR.search(ascii_date_digits(line)) is None and local_numeric_date(line) == line:
        return None  # no year, neither of a Gregorian date nor of a Solar Hijri or Minguo one
    if named_number(line):
        return None  # "Build 2026.12.03", "Rule 4.1.2026": a number its word names
    if _DAY_SPAN.search(line):
        return None  # "4 - 5 Disember 2026", "December 4-5, 2026": an event's days, not one
    text = matchers().dateline.sub(" ", line, count=1).strip(LABEL_EDGES)
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
