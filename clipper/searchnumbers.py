"""Numbers written with digit-group separators, as search finds them: ``2400`` finds ``2,400``,
``२,४००``, ``2.400`` and ``2’400``, and ``240000`` finds India's ``2,40,000`` (a lakh's grouping)
and ``240,000``.

The index reads a number's separators as spaces between words (``2,400`` is the words ``2``
``400``), so a query for the number as a reader types it without them (``2400``) missed
every page writing it grouped, and the reverse.  Digits of every script are the same numbers
already (:func:`clipper.scripts.ascii_digits`); what was missing is the grouping.  A page's
search text therefore holds, after its words, each grouped number joined (its digits alone)
with the words around it (:func:`clipper.searchtext.search_text`, migration 0089), and a query
word that is a grouped number is sought joined too (:func:`joined_number`).

A grouping is read where it is one (:func:`grouped_numbers`): the first group of one to three
digits, then groups of three, each after the same separator (a comma, a period, an apostrophe,
the Arabic thousands separator ``٬``, a no-break or thin space: ``2,400``, ``1.250.000``,
``2’400``, ``٢٬٤٠٠``, ``2 400`` with U+202F); or India's, Pakistan's, Bangladesh's and Nepal's
lakh and crore grouping with commas, a first group of one or two digits, groups of two, and a
last group of three (``2,40,000``, ``1,25,00,000``).  A decimal part after the other separator
(``2,400.50``, ``2.400,50``) leaves the integer joined.  Not a grouping: a plain space between
numbers (``2 buses and 400 cars``, a list's numbers), a date (``04.12.2026``: its groups are not
of three), a time, a version (``1.2.3``)."""

from __future__ import annotations

import re

from clipper.scripts import ascii_digits

__all__ = ["GROUP_MARK", "grouped_numbers", "joined_number"]

# Digit-group separators: comma, period, apostrophes, Arabic thousands separator, no-break,
# narrow no-break and thin spaces.
_SEPARATORS = ",.'\u2019\u066c\u00a0\u202f\u2009"
# A separator between two digits (of any script): where a grouped number is, looked for in C
# before anything else (most of a text holds none; the separator first: 20 % less CPU than a
# digit first over bench/search_index.py's pages).
GROUP_MARK = re.compile(rf"[{re.escape(_SEPARATORS)}](?=\d)(?<=\d.)")
# A run of digits and single separators between them, from its first digit: it takes every
# separated group after it ("1.2,400" is one run, and no grouping).
_RUN = re.compile(rf"[0-9]++(?:[{re.escape(_SEPARATORS)}][0-9]++)+")
# Lakh and crore grouping: commas only.
_LAKH_SEPARATORS = ",\u066c"


def _grouped(run: str) -> int | None:
    """The length of ``run``'s start that is one grouped integer (see the module), None when
    it is none."""
    separators = [i for i, char in enumerate(run) if char in _SEPARATORS]
    kinds = {run[i] for i in separators}
    decimal_at = None
    if len(kinds) == 2:
        # "2,400.50": the last separator, once, is the decimal mark
        decimal_at = separators[-1]
        if run.count(run[decimal_at]) != 1:
            return None
        separators = separators[:-1]
    elif len(kinds) != 1:
        return None
    integer = run[:decimal_at] if decimal_at is not None else run
    groups = integer.split(integer[separators[0]]) if separators else [integer]
    if len(groups) < 2:
        return None
    head, *rest = groups
    if 1 <= len(head) <= 3 and all(len(group) == 3 for group in rest):
        return len(integer)
    lakh = (
        integer[separators[0]] in _LAKH_SEPARATORS
        and 1 <= len(head) <= 2
        and len(rest[-1]) == 3
        and all(len(group) == 2 for group in rest[:-1])
    )
    return len(integer) if lakh else None


def grouped_numbers(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, digits)`` of each number ``text`` writes with digit-group separators (see
    the module; digits of any script), in order: ``grouped_numbers("about २,४०० workers")`` →
    ``[(6, 11, "2400")]``.  The span is the integer's, without a decimal part."""
    found: list[tuple[int, int, str]] = []
    digits: str | None = None
    reached = 0
    for mark in GROUP_MARK.finditer(text):
        if mark.start() < reached:
            continue  # a later group of a run already read
        if digits is None:
            digits = ascii_digits(text)  # one character for one: the spans are the text's
        start = mark.start() - 1
        # back to the run's first digit (a group before this mark: "1,25,00,000")
        while start > 0 and (
            "0" <= digits[start - 1] <= "9"
            or (start > 1 and digits[start - 1] in _SEPARATORS and "0" <= digits[start - 2] <= "9")
        ):
            start -= 1
        run = _RUN.match(digits, start)
        if run is None:
            continue
        reached = run.end()
        length = _grouped(run[0])
        if length is not None:
            integer = digits[start : start + length]
            found.append((start, start + length, re.sub(r"[^0-9]", "", integer)))
    return found


def joined_number(term: str) -> str | None:
    """The digits of a query term that is one grouped number and nothing else (``"2,40,000"`` →
    ``"240000"``, ``"٢٬٤٠٠"`` → ``"2400"``), else None."""
    term = term.strip()
    found = grouped_numbers(term)
    if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(term):
        return found[0][2]
    return None
