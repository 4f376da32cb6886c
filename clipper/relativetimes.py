"""Relative times a page prints ("5 min ago", "vor 3 Stunden", "hace 2 horas"), and a live
ticker's entries stamped with them.

A relative time is how long ago something was posted, as the page's script wrote it when the page
was served: "2 hours ago" on one fetch is "3 hours ago" on the next, so a text keeping it changes
with the time of the crawl, not with what the outlet wrote, and one unchanged live ticker read
twice would be two versions.  :data:`RELATIVE_TIME` is the pattern of one such time in the
languages clipper cleans (the teaser cards' labels, :mod:`clipper.cards`, use it too), and
:func:`drop_ticker_stamps` takes them off a text's lines:

* a line that is only a relative time (a ticker entry's stamp on its own line, "vor 5 Min.") goes;
* a relative time opening a line, before the entry's text ("- vor 5 Min. Die ersten
  Leserinnen…", "5 min ago · The first readers…", a list item of a ``<ul class=ticker>`` as
  trafilatura writes it), is cut off the line, the line's list bullet kept, when the stamp
  stands apart from the sentence: the stamp ends with a full stop, a separator follows it
  ("·", "|", "–", ":"), or the text holds :data:`MIN_TICKER_LINES` lines so opening (a
  ticker).  The sentence after the stamp must open with a capital letter or a letter of a
  script without case: "Hace 2 horas que esperamos…" and "2 days ago, the council said…" are
  the article's sentences.

A clock time ("21:12 Gol del Borgo!", :mod:`clipper.liveblog`) or a date stays: it reads the same
on every fetch.  Sources: Fundus#786 (a ticker's relative timestamps), the live pages of
extract24's probe (``bench/page_kinds.py``, de-liveticker-relative and the kinds after it).

:func:`first_span_back` reads the page's own stamp under its headline ("vor 2 Stunden",
"Publicado hace 3 horas") as its fetch time minus the span, a guess, when the page gives no
date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from clipper.paragraphs import LINES_KEPT, line_memo

if TYPE_CHECKING:
    from clipper.furniture.compiled import Matchers

__all__ = [
    "DIGITLESS_TIMES",
    "MIN_TICKER_LINES",
    "RELATIVE_TIME",
    "RELATIVE_TIMES",
    "day_stamp",
    "drop_ticker_stamps",
    "first_span_back",
    "first_span_line",
    "first_update_span_back",
    "relative_time",
]

_N = r"\d{1,3}"
# The relative times written without a digit ("a minute ago", "just now", "منذ ساعة", "לפני
# שעה"); every other one holds one (clipper.cards searches a line without a digit for these
# alone).
DIGITLESS_TIMES = {
    "en": r"\b(?:an?|one) (?:minute|hour|day|week) ago\b|\bjust now\b",
    "ar": r"منذ (?:دقيقة|ساعة|ساعتين|يوم)",
    "he": r"לפני (?:דקה|שעה|שעתיים)",
}
# One relative time, by language (digits of any script: "منذ ٥ دقائق", "۵ دقیقه پیش").
RELATIVE_TIMES = (
    # en
    rf"\b{_N}\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?"
    rf"|w|weeks?)\.?\s+ago\b|{DIGITLESS_TIMES['en']}",
    # de
    rf"\bvor {_N} (?:sek(?:\.|unden)?|min(?:\.|uten?)?|std\.|stunden?|tag(?:en)?)",
    # fr
    rf"\bil y a {_N}\s*(?:s|min|mn|minutes?|h|heures?|j|jours?)\b",
    # es, pt
    rf"\bhace {_N}\s*(?:min(?:utos?)?|h|horas?|d|días?)\b"
    rf"|\bhá {_N}\s*(?:min(?:utos?)?|h|horas?|d|dias?)\b",
    # it, ca
    rf"\b{_N} (?:minut[oi]|or[ae]|giorn[oi]) fa\b"
    rf"|\bfa {_N}\s*(?:min(?:uts?)?|h|hores?|dies?)\b",
    # pl, nl
    rf"\b{_N}\s*(?:min\.?|minut[ay]?|godz\.?|godzin[ya]?|dni|dzień) temu\b",
    rf"\b{_N}\s*(?:min\.?|minuten|uur|dagen?) geleden\b",
    # sv, da/no, cs
    rf"\bför {_N} (?:minuter|timmar|dagar) sedan\b"
    rf"|\b(?:for )?{_N} (?:minutter|timer|dage|dager|døgn) siden\b"
    rf"|\b(?:for )?{_N} (?:minutt(?:ar)?|time|timar|dag|dagar|veke|veker) sidan\b",  # Nynorsk
    # fi, et (newcomer 30 findings 12 and 13: "2 tuntia sitten", "2 tundi tagasi")
    rf"\b{_N} (?:sekuntia|minuuttia|tuntia|päivää|viikkoa) sitten\b",
    rf"\b{_N} (?:sekundit|minutit|minut|tundi|tund|päeva|päev|nädalat|nädal) tagasi\b",
    # lv, lt, is
    rf"\bpirms {_N} (?:minūt(?:ēm|es)|stund(?:ām|as)|dien(?:ām|as)|nedēļ(?:ām|as))(?!\w)",
    rf"\bprieš {_N} (?:minut(?:ę|es)|minučių|valand(?:ą|as|ų)|dien(?:ą|as|ų)"
    rf"|savait(?:ę|es)|savaičių)(?!\w)",
    rf"\bfyrir {_N} (?:mínútu(?:m)?|klukkustund(?:um)?|klst\.|dögum|degi|viku(?:m)?)(?!\w)",
    # hu, sk, sl, hr/bs/sr, bg
    rf"\b{_N} (?:perce|órája|napja|hete)(?!\w)",
    rf"\bpred {_N} (?:minútami|minútou|hodinami|hodinou|dňami|dňom|minutami|minuto|urami"
    rf"|urama|uro|dnevi|dnevom)(?!\w)",
    rf"\b(?:prije|pre) {_N} (?:minut[ae]?|sat[ia]?|dana)(?!\w)",
    rf"преди {_N} (?:минути|минута|часа|час|дни|ден)(?![^\W\d_])",
    rf"\bpřed {_N} (?:minutami|hodinami|dny)\b",
    # ro, el
    rf"\bacum {_N}\s*(?:min(?:ute)?|minut|ore?|oră|zile?)\b",
    rf"πριν(?: από)? {_N}\s*(?:λεπτ[άό]|ώρ(?:α|ες)|μέρες|ημέρες)",
    # ru, uk, tr
    rf"\b{_N} (?:минут[уы]?|час(?:а|ов)?|дн(?:я|ей)) назад\b",
    rf"\b{_N} (?:хвилин[уи]?|годин[уи]?|дн(?:і|ів)) тому\b",
    rf"\b{_N} (?:dakika|saat|gün) önce\b",
    # ar, he, fa, hi
    rf"منذ {_N} (?:دقائق|دقيقة|ساعات|ساعة|أيام|يوم)|{DIGITLESS_TIMES['ar']}",
    rf"לפני {_N} (?:דקות|שעות|ימים)|{DIGITLESS_TIMES['he']}",
    rf"{_N} (?:دقیقه|ساعت|روز) (?:پیش|قبل)",
    rf"{_N} (?:मिनट|घंटे|घंटा|दिन) (?:पहले|पूर्व)",
    # vi, id
    rf"\b{_N} (?:phút|giờ|ngày) trước\b",
    rf"\b{_N} (?:menit|jam|hari) (?:yang )?lalu\b",
    # zh, ja, ko
    rf"{_N}\s*(?:分钟|分鐘|小时|小時|天|分|時間|日)前|{_N}\s*(?:분|시간|일)\s*전",
)
RELATIVE_TIME = re.compile("|".join(RELATIVE_TIMES), re.IGNORECASE)
# A line without a digit holds no relative time but one of :data:`DIGITLESS_TIMES` (each other
# alternative holds one, ``_N``): the digit's scan and those few instead of the ~40 alternatives
# tried at every character (as clipper.cards gates its labels).  The same match: the
# digitless alternatives in the same order, every other one unable to match.
_DIGIT = re.compile(r"\d")
_DIGITLESS_TIME = re.compile("|".join(DIGITLESS_TIMES.values()), re.IGNORECASE)
# A stamp at a line's start: a list bullet, the time, a full stop or a separator.
_STAMP = re.compile(
    rf"(?P<bullet>[-–•]\s+)?(?P<time>{'|'.join(RELATIVE_TIMES)})"
    r"(?P<dot>\.)?\s*(?P<sep>[·|–—:-](?=\s))?\s*",
    re.IGNORECASE,
)
# Lines opening with a stamp that make a ticker, so its stamps go though none stands apart.
MIN_TICKER_LINES = 2


def relative_time(line: str) -> re.Match[str] | None:
    """:data:`RELATIVE_TIME`'s search of ``line``: its first relative time, else None (a line
    without a digit searched for :data:`DIGITLESS_TIMES` alone: ~1 µs where the whole
    pattern costs ~1 µs a character)."""
    if _DIGIT.search(line) is None:
        return _DIGITLESS_TIME.search(line)
    return _relative_time(line)


# A dump's opening lines are read for a stamp twice (a fetch time to read it back from, then,
# undated, the stamp left unread: :func:`first_span_back`, :func:`first_span_line`) and a
# night's recur (a site's date line, a wire's headline): each line with a digit is searched
# once a process, the ~40 alternatives tried at every character (~1 µs a character).
@line_memo(LINES_KEPT)
def _relative_time(line: str) -> re.Match[str] | None:
    """:data:`RELATIVE_TIME`'s search of ``line``, kept."""
    return RELATIVE_TIME.search(line)


def _stamp(line: str) -> tuple[re.Match[str], str] | None:
    """The stamp opening ``line`` and the text after it, if the stamp stands at the line's start
    and an entry's sentence (or nothing) follows it."""
    found = _STAMP.match(line)
    if found is None:
        return None
    rest = line[found.end() :]
    if rest and not rest[0].isupper():
        # a letter of a script without case after a space or a separator ("5分钟前 图书馆…"),
        # not a sentence going on ("3天前市长说…")
        caseless = rest[0].isalpha() and not rest[0].islower()
        if not caseless or not (found.group(0)[-1:].isspace() or found.group("sep")):
            return None
    return found, rest


def drop_ticker_stamps(lines: list[str]) -> list[str]:
    """``lines`` without the relative times of a live ticker (the module docstring): a line that
    is only one goes, one opening an entry is cut off it."""
    stamps = [_stamp(line) for line in lines]
    if not any(stamps):
        return lines
    ticker = sum(1 for s in stamps if s is not None and s[1]) >= MIN_TICKER_LINES
    out: list[str] = []
    for line, stamp in zip(lines, stamps, strict=True):
        if stamp is None:
            out.append(line)
            continue
        found, rest = stamp
        if not rest:
            continue
        apart = found.group("time").endswith(".") or found.group("dot") or found.group("sep")
        if ticker or apart:
            out.append((found.group("bullet") or "") + rest)
        else:
            out.append(line)
    return out


# A stamp line: the span and at most a label ("Publicado", "Veröffentlicht") and separators.
_STAMP_LINE_WORDS = 6
# An update's stamp line: the span (at most five words, "il y a 3 heures") and its label (at
# most four, "Dernière mise à jour le").
_UPDATE_STAMP_WORDS = 9
# A byline and its stamp: a byline line's words (clipper.bylinelines.BYLINE_LINE_WORDS), the
# span's three and a separator.
_BYLINE_STAMP_WORDS = 16
_SEPARATORS = " \t|·•–—-:,()[]"


def first_span_back(lines: Iterable[str], latest: datetime | None) -> str | None:
    """The publication time the first of ``lines`` (a page's or a dump's lines under its
    headline) that is a relative stamp gives: a span back ("vor 2 Stunden", "il y a 3
    heures", "2 hours ago", "hace 3 horas": :data:`RELATIVE_TIME`) alone on its line, or after
    a posting label of the language tables ("Publicado hace 3 horas", "Posted 2 hours ago") or
    beside a byline ("By Rosa Quintal · 2 hours ago"), or a day named from the fetch's with its
    time ("igår kl. 14.30", "Publicerad igår kl. 14.30": :func:`day_stamp`, a wall time on the
    site's clock),
    read from ``latest`` (the fetch time) by the reader of a record's relative date field
    (:func:`clipper.read.relativedates.relative_to_fetch`: UTC for minutes and hours, a day
    for days and weeks, never over 31 days back); None without a fetch time or such a line.
    An "Updated" label's span ("Aktualisiert vor 2 Stunden") dates a change: passed over.  The
    page's script wrote the span when it served the page, which is the fetch only to within
    the crawler's delays: a guess (session 29: such a page or dump was stored undated)."""
    return _first_back(_own_spans(lines), latest)


def first_update_span_back(lines: Iterable[str], latest: datetime | None) -> str | None:
    """The update time the first of ``lines`` (a page's or a dump's lines under its headline)
    that is an "Updated" label's relative stamp gives: the label of the language tables
    before or after a span back ("Updated 2 hours ago", "Aktualisiert vor 2 Stunden", "Mis à
    jour il y a 3 heures", "Actualizado hace 3 horas", "2時間前に更新", "2小时前更新") or a day
    named from the fetch's ("Aktualisiert gestern, 14:30 Uhr", "Updated today 9:05"), read
    from ``latest`` (the fetch time) as :func:`first_span_back` reads a posting's: UTC for
    minutes and hours, the day (and wall time) on the site's clock for a day's word; None
    without a fetch time or such a line.  What ``pages.updated`` keeps of it (a version's
    change; the page's date where it gives no other, as an "Updated" line's date is), a guess
    to within the crawler's delays."""
    return _first_back(_own_spans(lines, updates=True), latest)


def _first_back(spans: Iterator[tuple[str, str]], latest: datetime | None) -> str | None:
    """The time the first of ``spans`` (a line and its span) gives read back from ``latest``
    (:func:`clipper.read.relativedates.relative_to_fetch`), else None."""
    if latest is None:
        return None
    from clipper.read.relativedates import relative_to_fetch

    if latest.tzinfo is not None:
        latest = latest.astimezone(UTC).replace(tzinfo=None)
    for _, span in spans:
        if (when := relative_to_fetch(span, latest.isoformat())) is not None:
            return when
    return None


def first_span_line(lines: Iterable[str]) -> str | None:
    """The first of ``lines`` that is the page's own relative stamp, as :func:`first_span_back`
    takes it ("for 2 timer siden", "Julkaistu 2 tuntia sitten"), read or not: what a page or a
    dump left undated is counted by when it gives no fetch time to read the span from (a saved
    page; newcomer 30 finding 12: such pages were undated without a word); else None."""
    return next((line for line, _ in _own_spans(lines)), None)


def _own_spans(lines: Iterable[str], updates: bool = False) -> Iterator[tuple[str, str]]:
    """Each of ``lines`` that is a relative stamp (:data:`RELATIVE_TIME`) alone on a line of at
    most :data:`_STAMP_LINE_WORDS` words, or after a posting label of the language tables, or
    beside the page's byline on a line of at most :data:`_BYLINE_STAMP_WORDS` ("By Rosa
    Quintal · 2 hours ago", crawlerclub/ce#1: :func:`clipper.bylinelines.byline_line`), or a
    day named from the fetch's with its time (:func:`_day_stamp`), not an "Updated" label
    ("Aktualisiert vor 2 Stunden" dates a change), with its span; with ``updates``, each that
    is such a stamp with an "Updated" label before or after it on a line of at most
    :data:`_UPDATE_STAMP_WORDS` words instead."""
    from clipper.bylinelines import byline_line
    from clipper.furniture.compiled import matchers

    tables = matchers()
    for line in lines:
        # the words counted first: the pattern's search over a paragraph costs ~1 ms
        words = len(line.split())
        if words > _BYLINE_STAMP_WORDS:
            continue
        found = relative_time(line)
        if found is None:
            most = _UPDATE_STAMP_WORDS if updates else _STAMP_LINE_WORDS
            if words <= most and (day := _day_stamp(line, tables, updates)) is not None:
                yield line, day
            continue
        rest = (line[: found.start()] + " " + line[found.end() :]).strip(_SEPARATORS)
        if updates:
            if words <= _UPDATE_STAMP_WORDS and _update_label(rest, tables):
                yield line, found.group(0)
            continue
        if _update_label(rest, tables) or (
            tables.updated is not None and tables.updated.search(rest)
        ):
            continue  # the span of a change, not of the posting
        if words <= _STAMP_LINE_WORDS and (not rest or tables.dateline.fullmatch(rest)):
            yield line, found.group(0)
        elif rest and byline_line(rest) is not None:
            yield line, found.group(0)  # the byline's stamp


def day_stamp(line: str) -> str | None:
    """The day named from the fetch's, with its time or alone, that ``line`` is
    (:func:`_day_stamp`: "igår kl. 14.30", "Publicerad igår kl. 14.30" → "igår kl. 14.30";
    "Veröffentlicht gestern" → "gestern"), else None."""
    from clipper.furniture.compiled import matchers

    return _day_stamp(line, matchers())


# The most words a label before a day's stamp has ("Publicerad", "Zuletzt veröffentlicht").
_LABEL_WORDS = 2
# ... and before an update's ("Mis à jour", "Zuletzt aktualisiert am").
_UPDATE_LABEL_WORDS = 3


# What joins a span to the "Updated" label after it where a language writes no space: Japanese's
# particle ("2時間前に更新", "updated 2 hours ago"); Chinese and Korean join none ("2小时前更新").
_LABEL_PARTICLES = "に"


def _update_label(rest: str, tables: Matchers) -> bool:
    """Whether ``rest`` (a stamp's line without its span) is an "Updated" label of the language
    tables and nothing else ("Aktualisiert", "Mis à jour", "Last updated:", "に更新")."""
    label = rest.strip(_SEPARATORS).lstrip(_LABEL_PARTICLES).strip(_SEPARATORS)
    return (
        bool(label) and tables.updated is not None and tables.updated.fullmatch(label) is not None
    )


def _day_stamp(line: str, tables: Matchers, updates: bool = False) -> str | None:
    """The day named from the fetch's, with its time ("igår kl. 14.30", "gestern, 14:30 Uhr":
    :func:`clipper.read.relativedates.day_and_time`) or alone ("igår", "Gestern", "Yesterday":
    :func:`clipper.read.relativedates.day_alone`), that ``line`` is, alone or after a posting
    label of the language tables ("Publicerad igår kl. 14.30", "Veröffentlicht gestern"), not
    an "Updated" one; with ``updates``, after an "Updated" label only ("Aktualisiert gestern,
    14:30 Uhr"); else None."""
    from clipper.read.relativedates import day_alone, day_and_time

    named = day_and_time if _DIGIT.search(line) else day_alone
    text = line.strip(_SEPARATORS)
    words = text.split()
    for cut in range((_UPDATE_LABEL_WORDS if updates else _LABEL_WORDS) + 1):
        stamp = " ".join(words[cut:])
        if not stamp or named(stamp) is None:
            continue
        label = " ".join(words[:cut]).strip(_SEPARATORS)
        if not label:
            return None if updates else stamp
        if tables.updated is not None and tables.updated.search(label):
            # the day of a change
            return stamp if updates and tables.updated.fullmatch(label) else None
        return stamp if not updates and tables.dateline.fullmatch(label) else None
    return None
