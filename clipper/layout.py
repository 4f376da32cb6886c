"""Terminal layout shared by every text view: widths in terminal cells (CJK characters take
two, combining marks none), wrapping (kinsoku; Chinese and Japanese may break between characters,
Korean only at spaces), cutting with "…", column tables, and times and counts as a reader is
shown them.  The views themselves are :mod:`clipper.render`, :mod:`clipper.showtext`,
:mod:`clipper.rejectiontext`, :mod:`clipper.statstext` and :mod:`clipper.summarytext`.
"""

from __future__ import annotations

import os
import re
import shutil
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo

from clipper.dates import zone_name
from clipper.graphemes import clusters

ELLIPSIS = "…"
MIN_WIDTH = 40
_GAP = "  "
_FLATTEN = str.maketrans("\n\r\t\v\f", "     ")  # one table row, one line
WIDE = 96  # below this many columns, tables show dates without the time of day
_FLEX_MIN = 24  # cells a title column gets before other columns are narrowed for it
# Snippet markers: bold on a terminal; "[" "]" in pipes, files and JSON (plain, no HTML/ANSI).
PLAIN_MARKS = ("[", "]")
BOLD_MARKS = ("\x1b[1m", "\x1b[0m")


def terminal_width(fallback: int = 100) -> int:
    """Columns of the terminal (``COLUMNS`` wins), else ``fallback`` for pipes and files."""
    return shutil.get_terminal_size((fallback, 24)).columns


def match_marks(is_terminal: bool) -> tuple[str, str]:
    """Bold on a colour-capable terminal (https://no-color.org), else plain brackets."""
    if is_terminal and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb":
        return BOLD_MARKS
    return PLAIN_MARKS


def cell_width(value: str) -> int:
    width = 0
    for char in value:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


# Lines of a search hit's snippet under its row.
SNIPPET_LINES = 2

# Closing punctuation that must not open a line (kinsoku): it stays at the end of the line before.
# The ASCII marks too: a template's ")." after a Japanese word ("(前回のダイジェスト以降).") is
# split from it only where the word breaks between wide characters (a Latin word never is).
_NO_LINE_START = frozenset("、。，．・：；？！）」』】〕〉》”’ー).,;:!?]")


def _breaks_anywhere(char: str) -> bool:
    """Whether a line may end after ``char`` inside a word: a wide Chinese or Japanese
    character (those languages write no spaces), not a Hangul one (Korean separates its words
    with spaces, and a line ends only at one: "항공사에서" is one word, UAX #14's Korean
    line breaking by spaces)."""
    return cell_width(char) >= 2 and not _HANGUL.match(char)


# Hangul syllables, jamo, compatibility and extended jamo.
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff]")


def _wrap_units(word: str) -> list[str]:
    """A word as wrapping units: Chinese and Japanese text has no spaces, so each of their
    wide characters may end a line; a run of other characters (Latin, digits, a Korean word)
    stays whole (URLs are never split)."""
    if not any(map(_breaks_anywhere, word)):
        return [word]
    out: list[str] = []
    for char in word:
        if not _breaks_anywhere(char) and out and not _breaks_anywhere(out[-1][-1]):
            out[-1] += char
        else:
            out.append(char)
    return out


def wrap_cells(value: str, width: int, first: int | None = None) -> list[str]:
    """``value``'s words filled into lines of at most ``width`` terminal cells (``first``: of
    the first line, when it differs); wide CJK characters count two and may end a line;
    closing punctuation never opens one; a word longer than a line (a URL) stays whole on a
    line of its own."""
    lines: list[str] = []
    line, used = "", 0
    for word in value.split():
        for i, piece in enumerate(_wrap_units(word)):
            gap = 1 if i == 0 and line else 0
            size = cell_width(piece)
            room = first if first is not None and not lines else width
            if line and used + gap + size > room and piece[0] not in _NO_LINE_START:
                lines.append(line)
                line, used = piece, size
            else:
                line += " " * gap + piece
                used += gap + size
    if line:
        lines.append(line)
    return lines


def fit(value: str, width: int) -> str:
    """``value`` cut to ``width`` cells, ending in "…" when cut: at a character as a reader
    sees it, never between a consonant and its vowel sign ("किसा…" of "किसानों", not "किसानो…":
    :func:`clipper.graphemes.clusters`)."""
    value = value.translate(_FLATTEN)
    if cell_width(value) <= width:
        return value
    if width <= 0:
        return ""
    out, used = [], 0
    for cluster in clusters(value) if not value.isascii() else value:
        size = cell_width(cluster)
        if used + size > width - 1:
            break
        out.append(cluster)
        used += size
    return "".join(out).rstrip() + ELLIPSIS


def pad(value: str, width: int, right: bool = False) -> str:
    value = fit(value, width)
    space = " " * (width - cell_width(value))
    return space + value if right else value + space


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    *,
    flex: int,
    right: Sequence[int] = (),
    shrink: Sequence[int] | None = None,
    cap: int = 28,
) -> list[str]:
    """Columns as wide as their content; column ``flex`` (a title) takes the rest of ``width``
    and is cut with "…".  When space is short the ``shrink`` columns (default: all others; keep
    ids and dates out of it) are capped, down to 8 cells, to leave the title a useful width."""
    columns = len(headers)
    narrow = set(range(columns)) - {flex} if shrink is None else set(shrink)
    natural = [
        max([cell_width(headers[i])] + [cell_width(row[i]) for row in rows]) for i in range(columns)
    ]
    widths = list(natural)
    available = width - len(_GAP) * (columns - 1)
    if sum(widths) > available:
        # Narrow the other columns step by step until the flexible one gets a useful width.
        wanted = min(natural[flex], _FLEX_MIN)
        for limit in (cap, 20, 16, 12, 8):
            widths = [min(w, limit) if i in narrow else w for i, w in enumerate(natural)]
            others = sum(w for i, w in enumerate(widths) if i != flex)
            widths[flex] = max(min(natural[flex], available - others), 3)
            if widths[flex] >= wanted:
                break
    lines = []
    for row in [list(headers), *rows]:
        cells = [pad(row[i], widths[i], i in right) for i in range(columns)]
        lines.append(_GAP.join(cells).rstrip())
    return lines


def short_time(value: str | None) -> str:
    """``2025-03-11T09:03:00+00:00`` → ``2025-03-11 09:03``; dates stay dates."""
    if not value:
        return "-"
    return value.replace("T", " ")[:16]


def utc_time(value: str | None) -> str:
    """:func:`short_time` saying its zone: ``2025-03-11 09:03 UTC`` (the archive keeps times in
    UTC); a date stays a date."""
    shown = short_time(value)
    return f"{shown} UTC" if len(shown) > 10 else shown


# What a publication time its source wrote without a time zone is shown with, instead of one
# (``pages.published_zoneless``): its clock is the source's, which the page did not say.
NO_ZONE = "(no time zone given)"


def shown_time(
    value: str | None,
    zone: tzinfo | None = None,
    zoneless: bool = False,
    no_zone: str = NO_ZONE,
) -> str:
    """A stored time as a reader is shown it: in ``zone`` (``--tz``; None: UTC) with the zone's
    name, ``2026-12-02 21:30 WIB``, ``2026-12-02 14:30 UTC`` (:func:`clipper.dates.zone_name`);
    a time its source wrote without a zone (``zoneless``) as written, never moved to a zone,
    ``2026-12-02 14:30 (no time zone given)`` (``no_zone``: that note in the reader's
    language); a date stays a date, None is "-"."""
    shown = short_time(value)
    if len(shown) <= 10 or value is None:
        return shown
    if zoneless:
        return f"{shown} {no_zone}"
    if zone is None:
        return f"{shown} UTC"
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return f"{shown} UTC"  # not ISO 8601 (an archive written by hand): as it is
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(zone)
    return f"{local.strftime('%Y-%m-%d %H:%M')} {zone_name(local)}"


def plural(count: int, noun: str, many: str = "") -> str:
    """``1 page``, ``3 pages``; ``many`` for an irregular plural (``stories``)."""
    return f"{count} {noun if count == 1 else many or noun + 's'}"


def count_line(count: int, noun: str, many: str, more: bool) -> str:
    """``3 matches``, or ``the first 20 matches (there are more: raise --limit)``."""
    counted = plural(count, noun, many)
    return f"the first {counted} (there are more: raise --limit)" if more else counted


def outlets_phrase(count: int) -> str:
    """``3 outlets``; ``site unknown`` when no page has a site (not "0 outlets")."""
    return plural(count, "outlet") if count else "site unknown"


def outlet_cell(count: int) -> str:
    """An OUTLETS table cell: the count, or "-" when no page has a site."""
    return str(count) if count else "-"


def facts(parts: Sequence[str], width: int | None) -> list[str]:
    """``parts`` joined with " · " on as few lines of ``width`` cells as they fit, broken only
    between parts (never inside "story 3"); ``width`` None: one line, for pipes and files.

    A line after the first starts with "· ", two cells further in than the first line (whose
    indent is the first part's leading spaces): a list item that takes two lines still reads as
    one, indent and separator kept.  A part too wide for a line of its own (a long headline)
    wraps at spaces (:func:`wrap_cells`), its further lines under its first word."""
    if width is None:
        return [" · ".join(parts)]
    first = parts[0] if parts else ""
    hang = first[: len(first) - len(first.lstrip(" "))] + "  · "
    lines: list[str] = []
    for part in parts:
        if lines and cell_width(lines[-1]) + 3 + cell_width(part) <= width:
            lines[-1] += " · " + part
            continue
        prefix = hang if lines else part[: len(part) - len(part.lstrip(" "))]
        text = part.lstrip(" ")
        if cell_width(prefix) + cell_width(text) <= width:
            lines.append(prefix + text)
            continue
        room = max(width - cell_width(prefix), 1)
        lines.extend(
            (prefix if n == 0 else " " * cell_width(prefix)) + line
            for n, line in enumerate(wrap_cells(text, room))
        )
    return lines
