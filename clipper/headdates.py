"""The date among the short lines a text dump's head zone drops (:func:`clipper.textdump.
clean_text_dump`, step 2): a posting time above the first body paragraph, a date under a label
no table knows, an "Updated" line that is the head's only date, or a date line left unread and
counted.  The dump's header date (an old scraper's date line under its headline) is
:mod:`clipper.headerdates`'s.
"""

from __future__ import annotations

import functools
import re
from datetime import datetime

from clipper.dumpdates import date_looking, posted_and_updated, stamped_day, update_line
from clipper.furniture.compiled import matchers
from clipper.linedates import line_date, possible_day
from clipper.scripts import marks_class


def head_date(
    head: list[tuple[int, str]], first_body: int, latest: datetime | None
) -> tuple[str | None, str | None, bool]:
    """(the page's date, a date line not read, whether that date is an update's) from the short
    lines the cleaner dropped (``head``: each with the number of lines kept before it): a line
    above the first body paragraph that gives a date and a time of day and nothing else but a
    site's name, a label or a weekday ("Kabar Nusantara - 28/11/2026, 14:30 WIB", "Sabtu, 28
    November 2026 | 14:30 WIB": :func:`clipper.linedates.line_date`) is the page's posting time,
    unless it is an "Updated" line; else the first dropped line that gives a date at all (a bare
    date, the site's "today" as often as the page's: README, text dumps) is a date not read, to
    be counted rather than lost. A line of a label no table knows and a date ("Imechapishwa:
    Desemba 3, 2026", Swahili's "published") is the page's date when no line gives its posting
    time, as such a label in a dump's header is (newcomer 27 finding 6: it was dropped unread).
    An "Updated" line above the first body paragraph (a table's ``updated`` label: "آخر تحديث:
    …", "Updated: …", "Diperbarui: …") dates the page by its update when it is the only line
    giving a date, no later than ``latest``, as an updated label in a dump's header does
    (newcomer 27 finding 6: "آخر تحديث" alone was counted, not read), said so by the third value
    (the dump was published then at the latest: date source "updated")."""
    unread = labelled = None
    dated: list[tuple[str, bool]] = []  # each line's date, and whether it is an update's
    tables = matchers()
    for at, line in sorted(head, key=lambda item: item[0]):
        when = line_date(line)
        if when is None:
            # a date no table reads (a month name of another language): counted, not lost
            unread = unread or (line if date_looking(line) else None)
            continue
        updated = update_line(line)
        if (
            (len(when) > 10 or stamped_day(line, when) or posted_and_updated(line))
            and at <= first_body
            and not updated
        ):
            return when, None, False
        if labelled is None and not tables.is_timestamp(line) and _unknown_label().match(line):
            labelled = when
        dated.append((when, updated and at <= first_body))
        unread = unread or line
    if labelled:
        return labelled, None, False
    if len(dated) == 1 and dated[0][1] and possible_day(dated[0][0], latest):
        return dated[0][0], None, True
    return None, unread, False


# A label of at most three words and a colon opening a line ("Imechapishwa:", "An wallafa:",
# Tamil's "வெளியிடப்பட்டது:", whose vowel signs are combining marks, no word characters).
@functools.cache
def _unknown_label() -> re.Pattern[str]:
    word = rf"[^\W\d_](?:[^\W\d_]|[{marks_class()}])*"
    return re.compile(rf"{word}(?: {word}){{0,2}}\s*[:：]\s*(?=\S)")
