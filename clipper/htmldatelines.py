"""The publication date an HTML page without date metadata shows in its text (for
:func:`clipper.htmlclean.clean_html`): its posting time printed under its headline with the
time of day ("입력 2026.11.29 09:10", "Chủ nhật, 29/11/2026, 08:15 (GMT+7)",
:func:`clipper.dumpdates.first_stamp`): declared, its own; else a dateline's day ("Published
November 14, 2026": :func:`clipper.dumpdates.first_dateline`), else a news agency's dateline
opening the text ("Dakar, 4 déc (APS) - …": :func:`agency_day`), else a date alone in a calendar
htmldate does not read ("۱۲ آذر ۱۴۰۵": :func:`clipper.dumpdates.first_calendar_day`), else
htmldate's search of its URL, dated elements and text: guessed (:data:`clipper.page.DateSource`),
else a date alone that a record's date field would read ("٣ كانون الأول ٢٠٢٦", "Alhamisi, Desemba
3, 2026": :func:`clipper.dumpdates.first_local_day`), else an "Updated" line's time, the page's
only date ("अपडेटेड: ३ दिसंबर २०२६, १८:३० IST": :func:`clipper.dumpdates.first_update`): date
source "updated", the page was published then at the latest.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import islice
from typing import Any

from clipper.agencydatelines import dateline_date
from clipper.docmeta import markup_date
from clipper.dumpdates import (
    DATELINE_LINE_MAX_WORDS,
    date_line_sized,
    date_looking,
    first_calendar_day,
    first_dateline,
    first_local_day,
    first_posted_day,
    first_stamp,
    first_update,
    first_update_time,
    line_date,
    named_days,
    possible_day,
    update_line,
)
from clipper.extraction import date_params
from clipper.furniture.compiled import matchers
from clipper.localdates import names_two_months
from clipper.numericorder import numeric_order
from clipper.page import DECLARED, GUESSED, UPDATED, DateSource, RawPage
from clipper.pubwindows import after_fetch, publication_span
from clipper.relativetimes import first_span_back, first_span_line, first_update_span_back
from clipper.sitezones import host_of
from clipper.verdict import (
    first_date,
    month_only,
    plausible_published,
    read_by,
    utc,
    year_only,
)
from clipper.yearlessdates import japanese_stamp, yearless_date

# Where a page shows its publication date when its metadata gives none: one of the extracted
# text's first lines, or one of the short blocks among the elements right after its <h1>, or
# among the few right before it, in its own container (newcomer 34 finding 3: "เผยแพร่: 4 ธ.ค.
# 2569 17:45 น." in a <div> above the <h1>, as Thai and VnExpress-style pages print it, was
# not seen: the page was stored undated and not counted).
DATELINE_TEXT_LINES = 5
DATELINE_ELEMENTS = 40
DATELINE_ELEMENTS_BEFORE = 8
DATELINE_BLOCK_WORDS = 14
_DATELINE_TAGS = ("p", "div", "span", "time", "small", "li", "header", "address", "em", "strong")
# What a page's own date line above its headline never stands in: the site's navigation, a
# sidebar, a teaser list's items and links, a form; the walk up from the headline stops there.
_NOT_ABOVE = frozenset({"nav", "aside", "footer", "form", "menu", "ul", "ol", "li", "a", "button"})
# ... and it does not leave the headline's article (or main part) for the page around it.
_HEADLINE_SCOPE = frozenset({"article", "main"})


def text_date(
    extracted: list[str],
    tree: Any,
    raw: RawPage,
    guessed: str | None,
    region: str | None = None,
    address: str | None = None,
) -> tuple[str | None, DateSource | None]:
    """The page's date from its text (see the module docstring) and where it came from;
    ``extracted``: the extracted text's lines, ``guessed``: htmldate's date of the page,
    ``region``: the country the page states it is of (:func:`clipper.declaredregion.
    declared_region`), whose clocks an update's zoneless time is checked on where its address
    names none; ``address``: the page's address (its URL, else its own canonical link), whose
    year and month segments tell a month htmldate gave as its first day (:func:`_day_or_none`)."""
    head_lines, latest = page_head_lines(extracted, tree), _latest(raw)
    if future_dateline(head_lines, raw, region) is not None:
        # the page shows a date after its fetch or the run (clipper.verdict.plausible_published):
        # no other date of it stands in, neither htmldate's ("12.2026" of "07.12.2026 10:02" read
        # as 1 December) nor its address's day (newcomer 30 finding 11, newcomer 40 finding 10):
        # left undated, counted
        return None, None
    dateline = agency_day(extracted[:DATELINE_TEXT_LINES], latest)
    guess = numeric_order(
        _day_or_none(guessed, tree, raw, address),
        [*head_lines, *extracted],
        latest,
        address or raw.url,
        dateline,
    )
    if guess is not None and _shown_after_fetch_day(head_lines, latest):
        # the page's own date line names a day after its fetch's, which the lines' readers
        # pass over ("06/12/2026 04h30" fetched at 22:30 UTC on the 5th): htmldate's reading
        # of it ("12/2026" as 1 December) does not stand in; undated, counted as after the
        # fetch (newcomer 41, finding 2)
        guess = None
    if guess is not None and _guessed_otherwise(guess, head_lines):
        # htmldate read the date line's month word as another language's month ("12.
        # listopada 2026." on a Croatian page as November), or as one of two: the line's own
        # reading stands, else the page is left undated, counted; or it read a version's
        # number under the headline ("Version 2.1.14" as 2 January 2014)
        guess = None
    update = first_update(head_lines, latest)
    if guess is not None and update is not None and guess == update[:10]:
        guess = None  # htmldate's day is the "Updated" line's: the update, with its time
    # "Posted Dec 3, 4:05 PM" and "Updated 3:15 PM CST Dec 3", each the first of its kind
    # (Yahoo!ニュース's "12/7(月) 11:50配信" under the headline, its "最終更新:12/7(月) 12:10"
    # among the text's first lines of a short article), the fetch's year (F-K)
    posting = yearless_stamp(head_lines, raw.fetched_at, update=False)
    if update is None and (changed := yearless_stamp(head_lines, raw.fetched_at, update=True)):
        update = changed[0]
    if (
        update is not None
        and latest is not None
        and after_fetch(update, latest, host_of(raw.url), region)
    ):
        update = None  # on every clock of its country after the fetch: counted by the run

    def ordered(day: str | None) -> str | None:
        # a date line's numeric date read in the language's order, checked against the page's
        # address, its agency dateline and its fetch (clipper.numericorder.numeric_order)
        return numeric_order(day, head_lines, latest, address or raw.url, dateline)

    return first_date(
        (ordered(first_stamp(head_lines, latest)), DECLARED),
        # a "Published …" line under the headline (extraction often leaves it out, and the
        # post-clean drops it as furniture)
        (first_dateline(head_lines, latest), GUESSED),
        # a posting day before its "Updated" label on its line: the page's own stamp
        (first_posted_day(head_lines, latest), GUESSED),
        # an agency's dateline opening its report ("Dakar, 4 déc (APS) - …"), the day only,
        # or the moment of the page's own span back on that day ("hace 2 horas")
        (timed_dateline(dateline, head_lines, latest, host_of(raw.url), region), GUESSED),
        # a date alone in a calendar htmldate does not read ("۱۲ آذر ۱۴۰۵", an Iranian page's)
        (first_calendar_day(head_lines, latest), GUESSED),
        # a year htmldate's text search fell back to is no publication date, a January 1st
        # the page's markup gives is one
        (guess, GUESSED),
        # a date alone in month names htmldate does not read ("٣ كانون الأول ٢٠٢٦"), last: the
        # page gives no other
        (ordered(first_local_day(head_lines, latest)), GUESSED),
        # a posting stamp without its year ("Posted Dec 3, 4:05 PM"), the fetch's year
        (posting[0] if posting is not None else None, GUESSED),
        # an "Updated" line, the only date the page shows: published then at the latest
        (update, UPDATED),
    )


def _guessed_otherwise(guess: str, lines: list[str]) -> bool:
    """Whether the first of ``lines`` (where the page shows its date) that looks like a date
    names a month word two languages read differently (:func:`clipper.localdates.
    names_two_months`) and is not read, in the page's language, as ``guess``'s day (an ISO
    8601 date htmldate gave); or whether one of ``lines`` is a number a word names as something
    else that reads as that day (:func:`clipper.dumpdates.named_days`: "Version 2.1.14"); or
    whether ``guess`` is the month-first reading of a dotted date of one of ``lines``, which
    is day first (:func:`clipper.numericdates.dotted_swapped`: "5.12. 2026" as 12 May)."""
    from clipper.numericdates import dotted_swapped  # clipper.read imports this module

    if any(guess[:10] in named_days(ln) for ln in lines):
        return True
    if any(dotted_swapped(ln) == guess[:10] for ln in lines if date_line_sized(ln)):
        return True
    line = next((ln for ln in lines if date_looking(ln)), None)
    if line is None or not names_two_months(line):
        return False
    when = line_date(line)
    return when is None or when[:10] != guess[:10]


def agency_day(lines: list[str], latest: datetime | None) -> str | None:
    """The day of the first of ``lines`` (the extracted text's first lines) that opens with a
    news agency's dateline ("Dakar, 4 déc (APS) - …", "Rabat, 04/12/2026 (MAP) - …":
    :func:`clipper.agencydatelines.dateline_date`, a yearless one of ``latest``'s year, the
    page's fetch); None when none does or its date does not read.  Newcomer 32 (F8b): an
    agency's page declaring no date was left undated or dated by htmldate's guess."""
    for line in lines:
        if (day := dateline_date(line, latest)) is not None:
            return day
    return None


# The longest span back ("hace 20 horas") that dates a page on its agency dateline's day: under a
# day, as a dateline names the day of a report the page shows as hours old; "hace 30 horas" is
# of the day before on most clocks, and on UTC+14's of the dateline's day only by its edge.
_DATELINE_SPAN = timedelta(days=1)


def timed_dateline(
    day: str | None,
    lines: list[str],
    latest: datetime | None,
    host: str | None = None,
    region: str | None = None,
) -> str | None:
    """An agency dateline's ``day`` (``YYYY-MM-DD``, :func:`agency_day`), with the moment the
    page's own span back where it shows its date gives ("hace 2 horas", "Publicado hace 2
    horas" among ``lines``, read back from ``latest``, its fetch:
    :func:`clipper.relativetimes.first_span_back`) when that span is shorter than a day
    (:data:`_DATELINE_SPAN`) and its moment falls on that day on a clock of the country the
    page's address names (``host``), else of the one it states (``region``), else on any
    clock from UTC+14 to UTC-12 (:func:`clipper.pubwindows.publication_span` of the day);
    else the day.  Newcomer 41, finding 5: "CALI, 5 dic (EFE) -" over a page's "hace 2 horas"
    dated it 5 December, its time lost; "hace 30 horas" agreed with it on UTC+14's clock, a
    Belgian page's "il y a 10 heures" on UTC-12's (dates43)."""
    if day is None:
        return None
    spanned = first_span_back(lines, latest) if latest is not None else None
    if spanned is None or latest is None or len(spanned) <= 10:
        return day  # none, or a span of days ("hace 2 días"): a day, no moment
    moment = utc(spanned)
    if moment is None or latest - moment >= _DATELINE_SPAN:
        return day
    earliest, last, _, _ = publication_span(day, None, None, host, region)
    return spanned if earliest <= moment.timestamp() <= last else day


def yearless_stamp(
    lines: list[str], fetched: str | None, update: bool | None = None
) -> tuple[str, bool] | None:
    """The first of ``lines`` (where a page shows its date) that is a labelled stamp without
    its year ("Updated 3:15 PM CST Dec 3", "Posted Dec. 3, 4:05 PM": a ``dateline`` or
    ``updated`` label of the language tables, then a month's day) read with ``fetched``'s year
    (:func:`clipper.yearlessdates.yearless_date`), and whether it is an update; None when no
    line is one or the page gives no fetch time.  With ``update`` True or False, the first
    stamp of that kind only (an update's, the posting's).  Newcomer 31 (F-K): a US station's
    page whose only stamp is such a line was stored undated without a word."""
    if not fetched:
        return None
    tables = matchers()
    for line in lines:
        if (changed := japanese_stamp(line)) is not None:
            # "12/7(月) 14:30配信", Yahoo!ニュース's: the label after the time
            if update in (None, changed) and (when := yearless_date(line, fetched)):
                return when, changed
            continue
        if not date_line_sized(line) or tables.timestamp is None:
            continue
        if tables.timestamp.match(line) and (when := yearless_date(line, fetched)):
            changed = tables.updated is not None and tables.updated.match(line) is not None
            if update in (None, changed):
                return when, changed
    return None


def closing_update_lines(extracted: list[str]) -> list[str]:
    """The last of ``extracted`` (a page's text as extracted, one line a paragraph) when it is
    an "Updated" line (:func:`clipper.dumpdates.update_line`: "最終更新:12/7(月) 12:10",
    "Last updated: 7 December 2026, 18:05", "2026年12月7日 18時05分更新"), as a list; else
    none.  A site printing its update below the article (newcomer 49b: Yahoo!ニュース's stayed
    as its text's last line, the update not stored)."""
    last = extracted[-1] if len(extracted) > 1 else None
    if last is None or not (update_line(last) or japanese_stamp(last)):
        return []
    return [last]


def text_update(extracted: list[str], tree: Any, raw: RawPage) -> str | None:
    """The time the "Updated" line under the page's headline gives, its own line or after the
    posting time on its line (:func:`clipper.dumpdates.first_update_time`), no later than its
    fetch, else its relative stamp read back from the fetch ("Aktualisiert vor 2 Stunden",
    "2時間前に更新": :func:`clipper.relativetimes.first_update_span_back`); None when it shows
    none.  Kept whatever dates the page (``pages.updated``).  An "Updated" line ending the
    extracted text is read too, where no line under the headline gives one
    (:func:`closing_update_lines`: Yahoo!ニュース's "最終更新:12/7(月) 12:10" under its
    article)."""
    lines = [*page_head_lines(extracted, tree), *closing_update_lines(extracted)]
    update = first_update_time(lines, _latest(raw))
    if update is None and (yearless := yearless_stamp(lines, raw.fetched_at, update=True)):
        update = yearless[0]
    if update is None:
        update = first_update_span_back(lines, _latest(raw))
    return update


def last_date(
    extracted: list[str], tree: Any, raw: RawPage
) -> tuple[str | None, DateSource | None]:
    """The date of a page that gives none of its own (:func:`text_date` found none): the
    record's date field that was the page's "Updated" line (date source "updated"), else the
    record's span back from its fetch ("il y a 3 heures": :attr:`RawPage.published_relative`),
    else the page's own relative stamp where it shows its date ("vor 2 Stunden", "Publicado
    hace 3 horas" among :func:`text_date`'s lines) read back from its fetch time
    (:func:`clipper.relativetimes.first_span_back`), guessed; else its "Updated" label's
    ("Aktualisiert vor 2 Stunden": :func:`clipper.relativetimes.first_update_span_back`),
    date source "updated" as an "Updated" line's date is."""
    if raw.published_updated:
        return raw.published_updated, UPDATED
    if raw.published_relative:
        return raw.published_relative, GUESSED
    lines = page_head_lines(extracted, tree)
    spanned = first_span_back(lines, _latest(raw))
    if spanned is not None:
        return spanned, GUESSED
    spanned = first_update_span_back(lines, _latest(raw))
    return (spanned, UPDATED) if spanned is not None else (None, None)


def unread_dateline(
    extracted: list[str], tree: Any, raw: RawPage, region: str | None = None
) -> tuple[str | None, bool]:
    """For a page left undated, the first line where it shows its date (:func:`text_date`'s)
    that looks like a date (:func:`clipper.dumpdates.date_looking`: a Solar Hijri one, a lunar
    Hijri or an Ethiopian one, a month name with a day and a year, a numeric date with its year),
    for the run to count, and whether
    that date was read but is later than the page's fetch (then as ISO 8601, its time and
    zone as the line gives them); ``(None, False)`` when no line holds one.
    A time without a zone is after the fetch at its earliest on the clocks of the country the
    page's address names, else of the one it states (``region``: "es-MX" on a .com; the text
    path's and the stored date's reading, :func:`clipper.verdict.plausible_published`).
    A dateline not read (a day the calendar has not: 31 Mehr) or impossible (newcomer 23's
    "شنبه ۸ آذر ۱۴۰۵ - ۱۱:۴۵" on a page saved on 28 November, the day before) was not counted."""
    lines = page_head_lines(extracted, tree)
    line = next((ln for ln in lines if date_looking(ln)), None)
    if line is None:
        # its own "2 tuntia sitten", with no fetch time to read it back from; its "Updated
        # 3:15 PM CST Dec 3", with no fetch time to take the year from
        now = datetime.now(UTC).isoformat()
        return first_span_line(lines) or (
            # the posting's stamp before an update's ("12/7(月) 11:50配信", not Yahoo's
            # "最終更新:12/7(月) 12:10" among a short text's first lines)
            next((ln for ln in lines if yearless_stamp([ln], now, update=False)), None)
            or next((ln for ln in lines if yearless_stamp([ln], now)), None)
        ), False
    when, latest = line_date(line), _latest(raw)
    if (
        when is not None
        and latest is not None
        and after_fetch(when, latest, host_of(raw.url), region)
    ):
        return when, True
    if (future := future_dateline(lines, raw, region)) is not None:
        return future, True
    return line, False


def future_dateline(lines: list[str], raw: RawPage, region: str | None = None) -> str | None:
    """The date (ISO 8601, as :func:`clipper.dumpdates.line_date` reads it) of the first of
    ``lines`` (where a page shows its date) that looks like a date and reads as one (not
    "07.12.2026 10:02 Autor: PAP", its block's line, but its "07.12.2026 10:02") and is later
    than the run
    reading the page started, or than a day after its fetch
    (:func:`clipper.verdict.plausible_published`: "6.12.2026 klo 14.32" on a page saved on 4
    December); None when the first such line is no later."""
    when = _first_line_date(lines)
    if when is None:
        return None
    kept, _ = plausible_published(
        when, raw.fetched_at, read_by(raw), host=host_of(raw.url), region=region
    )
    return when if kept is None else None


def _shown_after_fetch_day(lines: list[str], latest: datetime | None) -> bool:
    """Whether the first of ``lines`` (where a page shows its date) that looks like a date and
    reads as one is later than ``latest`` (its fetch, UTC; False when unknown) allows: a date
    the text's date readers refuse (:func:`clipper.dumpdates.possible_day`)."""
    if latest is None:
        return False
    when = _first_line_date(lines)
    return when is not None and not possible_day(when, latest)


def _first_line_date(lines: list[str]) -> str | None:
    """The date (ISO 8601, :func:`clipper.dumpdates.line_date`) of the first of ``lines`` that
    looks like a date and reads as one; None when none does."""
    read = (line_date(line) for line in lines if date_looking(line))
    return next((when for when in read if when is not None), None)


def _day_or_none(
    guessed: str | None, tree: Any, raw: RawPage, address: str | None = None
) -> str | None:
    """htmldate's ``guessed`` date, unless it is a January 1st (:func:`year_only`) or the first
    of a month its ``address`` names without a day (:func:`month_only`) that the page's markup
    does not give (:func:`clipper.docmeta.markup_date`): then a copyright year, a year
    anywhere on the page or a year and month of its address, None."""
    if not year_only(guessed) and not month_only(guessed, address):
        return guessed
    return guessed if markup_date(tree, raw.url, date_params(raw.fetched_at)) == guessed else None


def passed_month(
    guessed: str | None, tree: Any, raw: RawPage, address: str | None = None
) -> str | None:
    """The year and month (``YYYY-MM``) of htmldate's ``guessed`` first of a month that
    :func:`_day_or_none` passed over, the page's ``address`` naming that month without a day
    (:func:`clipper.verdict.month_only`); None when it did not (for the run to count a page
    left undated so, with its reason)."""
    if not month_only(guessed, address) or _day_or_none(guessed, tree, raw, address):
        return None
    return guessed[:7] if guessed else None


def page_head_lines(extracted: list[str], tree: Any) -> list[str]:
    """Where a page's dateline stands: the extracted text's first lines, then the short blocks
    under its headline (:func:`_under_headline`), then those right above it
    (:func:`_above_headline`)."""
    h1 = next(tree.iter("h1"), None)  # the page's first headline, found once for both
    if h1 is None:
        return extracted[:DATELINE_TEXT_LINES]
    return [*extracted[:DATELINE_TEXT_LINES], *_under_headline(h1), *_above_headline(h1)]


def _latest(raw: RawPage) -> datetime | None:
    return utc(raw.fetched_at) if raw.fetched_at else None


def _under_headline(h1: Any) -> Iterator[str]:
    """The short blocks (at most :data:`DATELINE_BLOCK_WORDS` words: a dateline, a byline; a
    posting time and its update on one line, :func:`clipper.dumpdates.date_line_sized`)
    among the first :data:`DATELINE_ELEMENTS` elements after the page's first ``<h1>``
    (``h1``), in document order, each as one line of text.  A page's own dateline stands
    there; the "Published" dates of other stories' teasers, in a sidebar or a list above the
    headline, do not.  A block of more words than a date line has is not joined
    (:func:`_short_text`: a container holding the whole article was split into all its words
    for each of the 40 elements; 3.6-6.7 ms on a large page, dates34).  A block whose lines a
    ``<br>`` breaks gives each line (:func:`_short_lines`)."""
    for element in islice(_following(h1, (*_DATELINE_TAGS, "h1")), DATELINE_ELEMENTS):
        for text in _short_lines(element):
            if text.count(" ") < DATELINE_BLOCK_WORDS or date_line_sized(text):
                yield text


def _short_lines(element: Any) -> list[str]:
    """``element``'s text as :func:`_short_text` gives it, as one line, or as the lines its
    ``<br>`` elements break it into, each with its white space collapsed; none when it is
    empty or holds more words than a date line has.  A posting time and its update broken by
    a ``<br>`` in one element ("Minggu, 6 Desember 2026 14:30 WIB<br>Diperbarui: …") read as
    one run ("…14:30 WIBDiperbarui: …"), which gave neither date (newcomer 47b, finding 5)."""
    text = _short_text(element)
    if not text:
        return []
    if element.find(".//br") is None:
        return [text]
    parts: list[list[str]] = [[]]

    def walk(node: Any) -> None:
        if isinstance(node.tag, str) and node.text:
            parts[-1].append(node.text)
        for child in node:
            if child.tag == "br":
                parts.append([])
            else:
                walk(child)
            if child.tail:
                parts[-1].append(child.tail)

    walk(element)
    lines = (" ".join("".join(part).split()) for part in parts)
    return [line for line in lines if line]


def _short_text(element: Any) -> str | None:
    """``element``'s text with its white space collapsed, as ``" ".join(text_content().split())``
    gives it; None when it holds more than :data:`clipper.dumpdates.DATELINE_LINE_MAX_WORDS`
    runs of non-space (then more words than a date line has, by any count of
    :func:`clipper.dumplines.word_count`; split no further)."""
    runs = element.text_content().split(None, DATELINE_LINE_MAX_WORDS)
    return None if len(runs) > DATELINE_LINE_MAX_WORDS else " ".join(runs)


def _following(element: Any, tags: tuple[str, ...]) -> Iterator[Any]:
    """The elements of ``tags`` after ``element`` in document order (its descendants, then
    what follows it and each of its ancestors), walked from the element on: the page's walk
    from its start (``tree.iter(*tags)``) made a Python object of every such element before
    the headline too (the navigation, the header: ~0.5 ms a page on the 439 Zyte and Fundus
    pages of ``bench/speed.py``)."""
    yield from element.iterdescendants(*tags)
    node = element
    while node is not None:
        for sibling in node.itersiblings():
            yield from sibling.iter(*tags)
        node = node.getparent()


def _above_headline(h1: Any) -> Iterator[str]:
    """The short blocks (as :func:`_under_headline`'s) among the :data:`DATELINE_ELEMENTS_BEFORE`
    elements right before the page's first ``<h1>``, nearest first, each as one line of text:
    a date line printed above the headline ("입력 2026.12.04 10:15", "Thứ Sáu, 04/12/2026, 14:30
    (GMT+7)", a Thai portal's "เผยแพร่: 4 ธ.ค. 2569 17:45 น.").  Only within the headline's
    ``<article>`` or ``<main>`` when it has one, and never in or past a navigation bar, a
    sidebar, a list, a link or a form (:data:`_NOT_ABOVE`), nor, outside an article, the site's
    ``<header>``: other stories' teasers and the site's "today" stand there, not the page's
    own date.  ``h1``: the page's first ``<h1>``."""
    scope = next((a for a in h1.iterancestors() if a.tag in _HEADLINE_SCOPE), None)
    # outside an article, a <header> before the headline is the site's (its "today", its menu)
    stops = _NOT_ABOVE if scope is not None else _NOT_ABOVE | {"header"}
    for element in islice(_preceding(h1), DATELINE_ELEMENTS_BEFORE):
        ancestors = {a.tag for a in element.iterancestors()}
        if element.tag in stops or ancestors & stops:
            return
        if scope is not None and scope not in element.iterancestors():
            return
        if element.tag not in _DATELINE_TAGS or element.find(".//a") is not None:
            continue
        for text in _short_lines(element):
            if text.count(" ") < DATELINE_BLOCK_WORDS or date_line_sized(text):
                yield text


def _preceding(element: Any) -> Iterator[Any]:
    """The elements before ``element`` in document order, nearest first, not its ancestors
    (XPath's ``preceding::*``, walked from the element out: libxml2's axis walks the whole
    document before it, ~1.7 ms a page)."""
    node = element
    while node is not None:
        for sibling in node.itersiblings(preceding=True):
            yield from _backwards(sibling)
        node = node.getparent()


def _backwards(element: Any) -> Iterator[Any]:
    """``element`` and its descendants in reverse document order (its last descendant first,
    itself last), lazily; comments and processing instructions left out."""
    if not isinstance(element.tag, str):
        return
    child = element[-1] if len(element) else None
    while child is not None:
        yield from _backwards(child)
        child = child.getprevious()
    yield element
