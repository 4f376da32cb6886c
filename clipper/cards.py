"""Teaser cards left in an article's text: runs of short headline lines, each with a time or
date label, that a "related", "trending" or "latest" box put inside or after the article.

A card, as trafilatura writes it out, is a headline line and a label line (either order), or one
line holding both: "Storm fund shared among six towns" and "2 hours ago" / "Taiwan · 14:32" /
"12.05.2024", or "Storm fund shared among six towns · 5 min ago".  :func:`drop_card_runs` drops a
run of at least :data:`MIN_CARDS` such cards in a row (the box's heading, when it is a "read
also" heading, goes with the language tables' boxes:
:func:`clipper.postclean.drop_furniture_lines`).
A run is broken by any line holding a sentence, so a live blog's time stamps, each over a
paragraph of prose, are never a run; a line of a card holds no sentence end.

The time labels (:data:`TIME_LABEL`) are those news sites print on cards: a relative time ("2
hours ago", "vor 5 Minuten", "il y a 3 h", "hace 2 horas", "3 godz. temu", "5 分钟前"), a clock
time ("14:32", "2:30 PM"), a numeric date ("12.05.2024", "2024-05-12") or an English one ("May
12, 2024", "12 May 2024"), and CJK dates ("2024年5月12日").  A label line holds, besides its time,
at most :data:`LABEL_WORDS` words (a section name, "Updated").
"""

from __future__ import annotations

import itertools
import re

from clipper.relativetimes import DIGITLESS_TIMES, RELATIVE_TIMES
from clipper.scripts import SENTENCE_END, count_words

__all__ = [
    "CARD_HEADLINE_WORDS",
    "KICKER_CARD_WORDS",
    "LABEL_WORDS",
    "MIN_CARDS",
    "MIN_KICKER_CARDS",
    "TIME_LABEL",
    "drop_card_runs",
    "drop_kicker_card_runs",
]

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
TIME_LABEL = re.compile(
    "|".join(
        [
            # relative times (clipper.relativetimes)
            *RELATIVE_TIMES,
            # clock times and dates
            r"(?<![\d:.])\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?![\d:])",
            r"(?<![\d.])\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?![\d.])"
            r"|(?<!\d)\d{4}[./-]\d{1,2}[./-]\d{1,2}(?!\d)",
            rf"\b{_MONTHS} \d{{1,2}},? \d{{4}}\b|\b\d{{1,2}}\.? {_MONTHS} \d{{4}}\b",
            r"\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日",
        ]
    ),
    re.IGNORECASE,
)
# A line :data:`TIME_LABEL` may find a time in: one holding a digit (every time label but a
# few relative times holds one) or one of those few.  :data:`TIME_LABEL` tries its ~40
# alternatives at every character of a line (~130 µs a line of the 439 Zyte and Fundus pages'
# texts); this one pass costs ~8 µs, and two lines in three pass no further.
_MAY_HOLD_TIME = re.compile(
    "|".join([r"\d", *DIGITLESS_TIMES.values()]),
    re.IGNORECASE,
)
# What may stand beside the time on a label line: a section name, "Updated", separators.
LABEL_WORDS = 3
# A card's headline: a headline-sized line (the text-dump cleaner's box item, clipper.textdump).
CARD_HEADLINE_WORDS = 20
# Cards in a row that make a box: two may be a dated pair of subheadings.
MIN_CARDS = 3

# What sets a card's headline apart from its time on one line ("Headline · 5 min ago"): a bar,
# a middle dot, a bullet, a dash or a slash (not a comma or a bracket: "Tuesday, October 15, 2013
# at 9:00 AM (at the Loews building)" is a schedule's line).
_CARD_SEPARATOR_END = re.compile(r"(?:[|·•/]|\s[—–-])\s*$")
_CARD_SEPARATOR_START = re.compile(r"^\s*(?:[|·•/]|[—–-]\s)")
_NOT_LETTERS = re.compile(r"[\W\d_]+")

_CARD, _LABEL, _HEADLINE, _OTHER = 3, 2, 1, 0


def _worded(text: str) -> int:
    """Words of ``text`` made of letters (a number or a table's rule is none)."""
    return count_words(_NOT_LETTERS.sub(" ", text))

# An embedded post's attribution ("— Jane Roe (@janeroe) December 22, 2014") or a quotation's.
_ATTRIBUTION = re.compile(r"^[—―]|\(@\w+\)")


def _gaps(matches: list[re.Match[str]], length: int) -> list[tuple[int, int]]:
    """The spans of a string of ``length`` characters around ``matches`` (in order)."""
    starts = [0, *(m.end() for m in matches)]
    ends = [*(m.start() for m in matches), length]
    return list(zip(starts, ends, strict=True))


def _kind(line: str) -> int:
    """:data:`_LABEL` for a card's label line (a time with at most :data:`LABEL_WORDS` other
    words), :data:`_CARD` for a card on one line (a headline with its time at one end),
    :data:`_HEADLINE` for a headline-sized line, else :data:`_OTHER` (a sentence, a table's row,
    an embedded post's attribution)."""
    words = count_words(line)
    if words > CARD_HEADLINE_WORDS + LABEL_WORDS or line.startswith("|"):  # a table's row
        return _OTHER
    if _ATTRIBUTION.search(line):
        return _OTHER
    times = list(TIME_LABEL.finditer(line)) if _MAY_HOLD_TIME.search(line) else []
    # TIME_LABEL.sub(" ", line), from the matches found (the pattern scanned the line once)
    rest = " ".join([line[start:end] for start, end in _gaps(times, len(line))])
    if SENTENCE_END.search(rest.rstrip(" |·•—–-:")):
        return _OTHER
    if times:
        # a label ("Taiwan · 14:32"), or a headline with its time at one end ("Headline · 5 min
        # ago", "12.05.2024 | Headline")
        if _worded(rest) <= LABEL_WORDS:
            return _LABEL
        before, after = line[: times[0].start()], line[times[-1].end() :]
        if _worded(after) <= LABEL_WORDS and _CARD_SEPARATOR_END.search(before):
            return _CARD if _worded(before) > LABEL_WORDS else _OTHER
        if _worded(before) <= LABEL_WORDS and _CARD_SEPARATOR_START.search(after):
            return _CARD if _worded(after) > LABEL_WORDS else _OTHER
        return _OTHER
    return _HEADLINE if words <= CARD_HEADLINE_WORDS else _OTHER


# A teaser card written as a paragraph: a kicker in capitals ("RISK REMAINS:", "FIVE-YEAR
# WINDOW?") over the story's opening, cut off mid-sentence (Taipei Times' related stories).
_KICKER = re.compile(r"^[^\W\d_a-z][^a-z:?]{1,40}[:?]\s+\S")
# ... a paragraph of a story's opening, not a price list's "VIP : 60,000₩".
KICKER_CARD_WORDS = 15
# A run of such paragraphs makes a box: one alone may be the article's own last paragraph cut
# by a paywall.
MIN_KICKER_CARDS = 2


def _is_kicker_card(line: str) -> bool:
    m = _KICKER.match(line)
    if m is None or count_words(line) < KICKER_CARD_WORDS:
        return False
    if SENTENCE_END.search(line) or line.endswith((":", "：")):
        return False
    kicker = m.group(0)[:-1]
    return any(c.isupper() for c in kicker) and not any(c.islower() for c in kicker)


def drop_kicker_card_runs(lines: list[str]) -> list[str]:
    """``lines`` without runs of at least :data:`MIN_KICKER_CARDS` consecutive teaser cards
    written as paragraphs: each opens with a kicker in capitals and a colon or question mark
    ("RISK REMAINS: An official said…") and stops mid-sentence (:data:`_KICKER`)."""
    cards = [_is_kicker_card(line) for line in lines]
    drop: set[int] = set()
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j < n and cards[j]:
            j += 1
        if j - i >= MIN_KICKER_CARDS:
            drop.update(range(i, j))
        i = max(j, i + 1)
    return [line for k, line in enumerate(lines) if k not in drop]


def drop_card_runs(lines: list[str]) -> list[str]:
    """``lines`` without their runs of teaser cards (see the module docstring).

    A run is a stretch of time-labelled lines (:data:`TIME_LABEL`) and headline-sized lines
    without a sentence, with at most two headline lines between two time-labelled ones, holding
    at least :data:`MIN_CARDS` cards: a headline with its time on one line, or a label line
    next to a headline line (a run of label lines alone is a schedule, a table or a live
    blog's stamps, not cards).  It goes with as many headline lines at either end as stand
    between two of its labels (the first card's headline before its label, or the last card's
    after it)."""
    kinds = [_kind(line) for line in lines]
    drop: set[int] = set()
    i, n = 0, len(lines)
    while i < n:
        if kinds[i] not in (_CARD, _LABEL):
            i += 1
            continue
        # the time-labelled lines of one run, each at most two headline lines after the last
        times = [i]
        j = i + 1
        while j < n and kinds[j] != _OTHER:
            if kinds[j] in (_CARD, _LABEL):
                if j - times[-1] > 3:
                    break
                times.append(j)
            elif j - times[-1] > 2:
                break
            j += 1
        gap = max((b - a - 1 for a, b in itertools.pairwise(times)), default=0)
        start, end = times[0], times[-1]
        for _ in range(gap):
            if start > 0 and kinds[start - 1] == _HEADLINE:
                start -= 1
        for _ in range(gap):
            if end + 1 < n and kinds[end + 1] == _HEADLINE:
                end += 1
        cards = sum(
            1
            for t in times
            if kinds[t] == _CARD
            or any(start <= k <= end and kinds[k] == _HEADLINE for k in (t - 1, t + 1))
        )
        if cards >= MIN_CARDS:
            drop.update(range(start, end + 1))
        i = times[-1] + 1
    kept = [line for k, line in enumerate(lines) if k not in drop]
    return drop_kicker_card_runs(kept)
