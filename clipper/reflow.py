"""Hard-wrapped text dumps joined back into one line a paragraph.

Terminal browsers flatten a page into lines of at most a fixed number of columns (``lynx
-dump`` 76 by default, ``w3m -dump`` 80, ``links``/``elinks -dump``), and so do mail-style
converters (html2text, ``fmt``, Python's ``textwrap``): every paragraph becomes several lines,
and the headline too when it is long.  clipper's line cleaner (:mod:`clipper.textdump`) reads a
line as a paragraph, so such a dump lost its paragraphs to the cleaner (a wrapped line is short
and ends no sentence: a menu, a headline candidate), kept the wraps in the stored text, and
cut the headline at its wrap.

:func:`unwrap` finds the wrap width and joins each line to the next when the next line's first
word would not have fitted on it: the rule a wrapper breaks by, so a line that ended early
(a paragraph's last line, a byline, a menu item) is never joined.  A dump is taken as wrapped
only when most of its lines of at least half that width followed by another line are full in
that sense, and most of those end no sentence: a dump of one paragraph a line has few lines
near its longest, and those end with a full stop.  Widths are
terminal columns (a wide East Asian character takes two, ``unicodedata.east_asian_width``),
and a wrap between two characters of a script written without spaces is joined without one.

:func:`unwrap` also removes lynx's link references when the dump ends with their list
(:func:`link_list`): the "References" list of numbered addresses, the ``[12]`` before each
link's text, and the lines that are a link and no sentence (a menu, a teaser, a share
button), which only those marks tell from a headline.

Cost: one pass over the lines, two when the dump is wrapped.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from clipper.scripts import SENTENCE_END, UNSPACED

# Terminals and wrappers use 60-80 columns (lynx 76, w3m 80, textwrap 70, fmt 75); a dump
# whose longest line with a space in it is wider than this has no hard wraps.
WRAP_MAX_COLUMNS = 132
WRAP_MIN_COLUMNS = 30
# A dump is wrapped when at least this share of its lines of half the width or more followed
# by another line is full (the next line's first word would not fit), and at least
# WRAP_MIN_FULL lines are.
WRAP_FULL_SHARE = 0.5
WRAP_MIN_FULL = 3
# ...and at most this share of its full lines ends a sentence: a wrap falls anywhere in a
# sentence, while a dump of one short paragraph a line has its longest lines end with a full
# stop (a Danish dump of three 106-113-column paragraphs looked wrapped without this).
WRAP_SENTENCE_ENDS = 0.5
# At most this many lines may be wider than the wrap: lynx writes a centred headline on one
# line wider than its body's wrap, and a long address or an unbreakable word stands out too.
# (A dump of one paragraph a line has many lines wider than any wrap.)
WRAP_LONGER_LINES = 2

_UNSPACED = re.compile(f"[{UNSPACED}]")
_BULLET = re.compile(r"\s*(?:[*+•·◦▪‣–-]|\d{1,3}[.)]|[a-z][.)])\s")
_LINK_MARK = re.compile(r"\[(\d{1,5})\]")
_REFERENCE = re.compile(r"\s*(\d{1,5})\.\s+\S+:\S*\s*$")
_REFERENCES_HEADINGS = frozenset({"references", "visible links", "hidden links:"})


def columns(text: str) -> int:
    """Terminal columns ``text`` takes: two for a wide or full-width East Asian character."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap_width(lines: Sequence[str]) -> int | None:
    """The column a hard-wrapped dump's lines break at, or None when the dump is not wrapped
    (see the module's docstring for the rule).  Up to :data:`WRAP_LONGER_LINES` lines may be
    longer than that column: a headline lynx centres on one line wider than the wrap, an
    address."""
    # not one long address
    measured = [line.rstrip() for line in lines if " " in line.strip() or _UNSPACED.search(line)]
    # a line takes at least a column a character: more lines longer than the widest wrap than
    # may stand out say the dump is not wrapped before their characters' widths are looked up
    # one by one (a news paragraph with a curly quote: 10 µs a line)
    if sum(len(line) > WRAP_MAX_COLUMNS for line in measured) > WRAP_LONGER_LINES:
        return None
    widths = sorted({columns(line) for line in measured}, reverse=True)
    # the widest line first; then, while the lines at least as wide stand out, the next width
    for width in widths[: WRAP_LONGER_LINES + 1]:
        if WRAP_MIN_COLUMNS <= width <= WRAP_MAX_COLUMNS and _wrapped_at(lines, width):
            return width
        if not _stand_out(lines, width):
            break
    return None


def _stand_out(lines: Sequence[str], width: int) -> bool:
    """Whether the lines of ``width`` columns or more are few (:data:`WRAP_LONGER_LINES`) and
    each a block of its own, blank lines (or the dump's ends) around it: lynx's centred
    headline on one line, not a paragraph's lines wrapped wider than the rest."""
    wide = [
        number
        for number, line in enumerate(lines)
        if len(line) >= width // 2 and columns(line.rstrip()) >= width
    ]
    return len(wide) <= WRAP_LONGER_LINES and all(
        not (number and lines[number - 1].strip())
        and not (number + 1 < len(lines) and lines[number + 1].strip())
        for number in wide
    )


def _wrapped_at(lines: Sequence[str], width: int) -> bool:
    """Whether a dump's lines read as wrapped at ``width`` columns (the module's rule)."""
    followed = full = ending = 0
    for line, following in itertools.pairwise(lines):
        if not following.strip() or columns(line.rstrip()) < width // 2:
            continue  # a short line (a menu item, a byline, a paragraph's end) tells nothing
        if columns(line.rstrip()) > width:
            continue  # a line standing out (a centred headline) tells nothing either
        followed += 1
        if _is_full(line, following, width):
            full += 1
            ending += SENTENCE_END.search(line.rstrip()) is not None
    return (
        full >= WRAP_MIN_FULL
        and full >= WRAP_FULL_SHARE * followed
        and ending <= WRAP_SENTENCE_ENDS * full
    )


def unwrap(lines: Sequence[str]) -> list[str]:
    """``lines`` with each hard-wrapped paragraph joined into one line (unchanged when the dump
    is not wrapped); blank lines and the lines that end a paragraph stay where they were.
    Then lynx's link references go (:func:`link_list`)."""
    lines, listed = link_list(lines)
    width = wrap_width(lines)
    if width is not None:
        lines = _joined(lines, width)
    if listed:
        lines = [_unmarked(line, listed) for line in lines]
    return list(lines)


def _joined(lines: Sequence[str], width: int) -> list[str]:
    out: list[str] = []
    joining = False
    base = _body_indent(lines)
    for number, line in enumerate(lines):
        if joining:
            out[-1] = _join(out[-1], line.strip())
        else:
            out.append(line.rstrip())
        following = lines[number + 1] if number + 1 < len(lines) else ""
        joining = (
            bool(line.strip())
            and bool(following.strip())
            and (_is_full(line, following, width) or _centred_full(line, following, width, base))
            and _BULLET.match(following) is None
        )
    return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _body_indent(lines: Sequence[str]) -> int:
    """The indent most of a dump's lines have (lynx's 3 columns): its body's."""
    indents = Counter(_indent(line) for line in lines if line.strip())
    return indents.most_common(1)[0][0] if indents else 0


def _centred_full(line: str, following: str, width: int, base: int) -> bool:
    """Whether a centred line (set in further than the body, as the next line is: lynx's
    centred headline) is full: a centred line's right margin is as wide as its left, so the
    next line's first word would not have fitted within ``width`` less that margin."""
    indent = _indent(line)
    if indent <= base or _indent(following) <= base:
        return False
    return _is_full(line, following, width - indent)


def link_list(lines: Sequence[str]) -> tuple[Sequence[str], set[str]]:
    """``(lines above it, the numbers it lists)`` when the dump ends with lynx's list of link
    references: a "References" heading (elinks': "Visible links") over numbered addresses;
    else ``(lines, set())``."""
    heading = None
    listed: set[str] = set()
    for number in range(len(lines) - 1, -1, -1):
        stripped = lines[number].strip()
        if stripped.casefold() in _REFERENCES_HEADINGS:
            heading = number
        elif (match := _REFERENCE.match(lines[number])) is not None:
            listed.add(match.group(1))
        elif stripped:
            break
    if heading is None or not listed:
        return lines, set()
    return lines[:heading], listed


def _unmarked(line: str, listed: set[str]) -> str:
    """A line without the ``[N]`` marks of listed links; blank when the line is a link (it
    opens with one and ends no sentence: a menu, a teaser, a share button)."""
    opening = _LINK_MARK.match(line.lstrip())
    if opening is not None and opening.group(1) in listed and not SENTENCE_END.search(line):
        return ""
    return _LINK_MARK.sub(lambda m: "" if m.group(1) in listed else m.group(0), line)


def _is_full(line: str, following: str, width: int) -> bool:
    """Whether ``following``'s first word would not have fitted at the end of ``line``."""
    stripped = following.strip()
    first = stripped.split(" ", 1)[0]
    if first and _UNSPACED.match(first[0]):
        first = first[0]  # a script without spaces wraps between any two characters
    return columns(line.rstrip()) + 1 + columns(first) > width


def _join(line: str, following: str) -> str:
    if _UNSPACED.match(line[-1:]) and _UNSPACED.match(following[:1]):
        return line + following
    if _hyphen_broken(line, following) or (
        line.endswith("-") and not line.endswith(" -") and following[:1].islower()
    ):
        return line + following  # a word a wrapper hyphenated ("long-\nterm" stays "long-term")
    return line + " " + following


# A line ending a word's part before its hyphen ("Brûlé-"): textwrap's break_on_hyphens (its
# default) breaks a hyphenated word there when the whole word does not fit.
_HYPHEN_END = re.compile(r"[^\W\d_]-$")


def _hyphen_broken(line: str, following: str) -> bool:
    """Whether a full line's last word and the next line's first are one hyphenated word a
    wrapper broke at its hyphen ("Hélène Brûlé-" / "Ferrand, directrice"): a letter then a
    hyphen ends the line, a letter opens the next."""
    return _HYPHEN_END.search(line.rstrip()) is not None and following.lstrip()[:1].isalpha()


def rejoin_hyphenated(text: str) -> str:
    """A hard-wrapped Markdown text with each word a wrapper broke at its hyphen back on one
    line ("Brûlé-" / "Ferrand" → "Brûlé-Ferrand"): Markdown joins its other wrapped lines
    itself (a soft line break is a space), but would leave a space inside such a word.  Only
    where the line is full (:func:`_is_full`, the width measured without the lines holding a
    link's address, which a wrapper never breaks) and the next line goes on its paragraph
    (no heading, list item or blank line); unchanged when the text is not wrapped."""
    lines = text.split("\n")
    width = wrap_width(
        ["" if "](" in line or line.lstrip().startswith("#") else line for line in lines]
    )
    if width is None:
        return text
    out: list[str] = []
    joining = False
    for number, line in enumerate(lines):
        if joining:
            out[-1] += line.lstrip()
        else:
            out.append(line)
        following = lines[number + 1] if number + 1 < len(lines) else ""
        joining = (
            _hyphen_broken(line, following)
            and not line.lstrip().startswith("#")
            and not following.lstrip().startswith(("#", "!["))
            and _BULLET.match(following) is None
            and _is_full(line, following, width)
        )
    return "\n".join(out)
