"""A figure rounded from another: what a sub-editor's copy writes for its source's figures.

A tabloid's or a local site's copy of a wire story rounds the figures it carries: "12,500" for
the wire's "12,478", "more than 37,000" for "37,412", "45 million" for "45.3 million", "3.5 per
cent" for "3.52 per cent" (``bench/newsroom_copies.py`` kind ``roundsub``).  Each rounded figure
is a figure the other page does not state, so two rules that keep two reports of different
figures apart (:func:`clipper.pairrules.two_reports`, :func:`clipper.templatefills.two_instances`)
read such a copy as another week's report and split it from its source (recall 0.25 on that
kind).  Two reports differ in figures of the same precision: a weekly price "$3.52" against
"$3.49", a score "2-1" against "0-3", a count "12,478" against "11,903".  A rounded figure is
written with fewer significant digits than the figure it stands for, keeps
``FingerprintConfig.rounded_digits`` of them or is a round thousand ("5,000" for "5,573"), and
lies within one unit of its last written digit of it (rounded, or cut down or up: "more than
37,000", "nearly 38,000"): the same leading digits but for a carry ("13,000" for "12,960").

A page's :func:`rounding_keys` are what its own figures round to, in the two forms the two
rules compare: a whole figure's key (:func:`clipper.figures.figure_keys`: "37.000", "37000"),
compared over the whole page, and a form's last word with the word before it, as
:func:`clipper.fillwords.fill_words` keys figures ("37" "000" of "37 000", "3" "5" of
"3.5"), compared only where the two pages align and differ, the rounded figure on one side and
its source on the other (a word alone, "5", is many pages' figure).  A figure the other page
states that is among them is the same quantity as one of this page's, rounded: neither rule
counts it as a figure of its own.  Only one of the two figures is the rounded one: a rule that
asks each page for figures of its own finds none on the rounded side.  A year (four digits,
1800-2199, no separator) is no rounded quantity: "2020" is never a rounding of "2026".  Times
and dates ("12:30", "26/11/2026") are none either.

A figure is read as :mod:`clipper.figures` reads it, its separators as a house style writes
them: groups of three digits after the first are thousands ("37,412", "12.478", "37 412" with a
space or a no-break space between), one group of another length is a fraction ("45.3", "3,4").
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator, Sequence

import numpy as np
import numpy.typing as npt

from clipper.figures import ascii_figure
from clipper.words import words

__all__ = [
    "FORM", "NO_ROUNDINGS", "PAIR", "form_keys", "pair_key", "rounded_forms", "rounding_keys",
]

#: a page whose figures round to nothing (see :func:`rounding_keys`)
NO_ROUNDINGS: npt.NDArray[np.uint32] = np.empty(0, dtype=np.uint32)

# a figure: digits with "." or "," between groups, and groups of three after a space or a
# no-break space ("37 412"), which only a first group of one to three digits takes
# (_SPACED); times and dates read too, to be left out whole ("12:30", "26/11/2026")
_FIGURE = re.compile(r"\d+(?:[.,:/]\d+)*(?:[ \u00a0\u202f]\d{3}(?![\d.,:/]))*")
_SPACED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+")
_SPACES = re.compile(r"[ \u00a0\u202f]")
# a figure rounded to a whole number of thousands or more may keep one significant digit
# ("more than 5,000" for "5,573")
_THOUSANDS = 3
# a key: 30 bits of a CRC-32 (clipper.templatefills keys a fill word so, a figure's kind 0
# above them), and the bit that marks a whole form's key (rounding_keys)
_KEY = 0x3FFFFFFF
FORM = 1 << 30
# ... and the bit that marks the key of a form's last two words (pair_key)
PAIR = 1 << 31


def _significand(figure: str) -> tuple[int, int] | None:
    """``(significand, exponent)`` of a figure as written (``figure``: ASCII, "." for "," and
    no spaces): "37.412" (thousands) ``(37412, 0)``, "37.000" ``(37, 3)``, "45.3" ``(453, -1)``,
    "3.50" ``(350, -2)`` (a written fraction's digits are significant, an integer's trailing
    zeros not); None for a time, a date, a year, a zero and a figure of more than 15 digits."""
    if ":" in figure or "/" in figure:
        return None
    groups = figure.split(".")
    if len(groups) == 1 or (
        len(groups[0]) <= 3 and groups[0] != "0" and all(len(g) == 3 for g in groups[1:])
    ):
        digits, exponent = "".join(groups), 0
    elif len(groups) == 2:
        digits, exponent = "".join(groups), -len(groups[1])
    else:
        return None
    if len(digits) > 15 or (len(groups) == 1 and len(digits) == 4 and 1800 <= int(digits) < 2200):
        return None
    value = int(digits)
    if not value:
        return None
    if exponent == 0:
        while value % 10 == 0:
            value //= 10
            exponent += 1
    return value, exponent


def _written(value: int, exponent: int) -> list[str]:
    """How a house style writes a figure (ASCII, "." for ","): "37000" and "37.000", "3.5"."""
    if exponent >= 0:
        whole = str(value * 10**exponent)
        if len(whole) <= 3:
            return [whole]
        head = len(whole) % 3 or 3
        grouped = [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
        return [whole, ".".join(grouped)]
    digits = str(value).rjust(1 - exponent, "0")
    return [f"{digits[:exponent]}.{digits[exponent:]}"]


def _roundings(figure: str, least_digits: int) -> Iterator[tuple[int, int]]:
    """``(significand, exponent)`` of each figure ``figure`` rounds to (:func:`rounded_forms`)."""
    read = _significand(ascii_figure(_SPACES.sub(".", figure)))
    if read is None:
        return
    value, exponent = read
    own = len(str(value))
    for digits in range(1, own):
        unit = 10 ** (own - digits)
        down, near, up = value // unit, (2 * value + unit) // (2 * unit), -(-value // unit)
        # ``least_digits`` significant digits, cut down or up; or a round thousand, million …
        # cut down or rounded ("more than 5,000" for "5,573", not "nearly 20,000" for "12,478")
        cuts = {down, near, up} if digits >= least_digits else {down, near}
        for cut in sorted(cuts):
            rounded, shift = cut, exponent + own - digits
            while rounded % 10 == 0:
                rounded, shift = rounded // 10, shift + 1
            if len(str(rounded)) >= least_digits or shift >= _THOUSANDS:
                yield rounded, shift


def rounded_forms(figure: str, least_digits: int) -> list[str]:
    """The written forms (ASCII, "." for ",") of the figures ``figure`` rounds to: rounded,
    cut down or up to each number of significant digits from ``least_digits`` to one fewer
    than its own ("37,412": "37410", "37.410", "37400", "37.400", "37000", "37.000",
    "38000", "38.000"; "45.3": "45", "46"; "3.52": "3.5", "3.6"; "17": none at 2), each of
    them at least ``least_digits`` significant digits or a round thousand cut down or rounded
    ("5,573": "5000" and "5.000" too; "996": "990", "1000", "1.000").  Empty for a time, a
    date or a year (the module)."""
    return list(
        dict.fromkeys(
            form for rounded in _roundings(figure, least_digits) for form in _written(*rounded)
        )
    )


def rounding_keys(
    text: str, least_digits: int, word_list: Sequence[str] | None = None
) -> npt.NDArray[np.uint32]:
    """What ``text``'s figures round to (:func:`rounded_forms`, keeping ``least_digits``
    significant digits: ``FingerprintConfig.rounded_digits``), as a flat array ``[index, key,
    index, key …]`` ascending by index: the index in ``word_list`` (``words(text)``) of the
    rounded figure's last word (the word a rounding changes: "412" of "37,412"), and a key:
    ``FORM`` and 30 bits of the CRC-32 of a form as :func:`clipper.figures.figure_keys` reads
    it, and of a whole number's digit groups (a copy that writes "37 000" states "37" and
    "000"); where a form's last word is none of the figure's own, the :func:`pair_key` of its
    last two words ("37" "000" of "37,000" for "37,412", "3" "5" of "3.5" for "3.52"), or
    the 30-bit key of its one word ("37000"), as :func:`clipper.fillwords.fill_words`
    keys a figure.  A figure preceded by a letter ("A4") or whose words do not stand at the
    index read is left out.  ``NO_ROUNDINGS`` when there are none."""
    if word_list is None:
        word_list = words(text)
    found: list[int] = []
    # the text's words up to each figure, counted from the one before (a figure and the text
    # before it start words: preceded by no letter or digit; no word runs across a line)
    at, read = 0, 0
    for figure in _FIGURE.finditer(text):
        if figure.start() and text[figure.start() - 1].isalnum():
            continue
        at += len(words(text[read : figure.start()]))
        read = figure.start()
        written = figure[0]
        if not _SPACED.fullmatch(written):  # "2026 100": the year alone
            written = _SPACES.split(written, 1)[0]
        own = words(written)
        if word_list[at : at + len(own)] != own:
            continue
        keys: set[int] = set()
        for value, exponent in _roundings(written, least_digits):
            for form in _written(value, exponent):
                keys.add(_crc(form) | FORM)
                groups = form.split(".")  # its words (ASCII digits and ".")
                if exponent >= 0:
                    keys.update(_crc(group) | FORM for group in groups)
                if groups[-1] in own:
                    continue
                if len(groups) == 1:
                    keys.add(_crc(groups[-1]))
                else:
                    keys.add(pair_key(_crc(groups[-2]), _crc(groups[-1])))
        for key in sorted(keys):
            found += (at + len(own) - 1, key)
    if not found:
        return NO_ROUNDINGS
    return np.array(found, dtype=np.uint32)


def pair_key(before: int, last: int) -> int:
    """The key of two words side by side, from their 30-bit keys (a figure's, as
    :func:`clipper.fillwords.fill_words` keys it): a rounded figure's group or fraction
    after the digits it shares with its source ("37" "000" of "37,000", "3" "5" of "3.5"),
    ``PAIR`` above 30 bits."""
    return ((before * 0x9E3779B1 + last) & _KEY) | PAIR


def _crc(text: str) -> int:
    return zlib.crc32(text.encode("ascii")) & _KEY


def form_keys(roundings: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """The 30-bit keys of the whole forms among :func:`rounding_keys` (without ``FORM``),
    sorted and distinct: what :func:`clipper.figures.figures_apart` compares a figure's key
    with (``figure_keys(...) & 0x3FFFFFFF``)."""
    keys = roundings[1::2]
    return np.unique(keys[(keys & np.uint32(FORM)) != 0] & np.uint32(_KEY))
