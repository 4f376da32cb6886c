"""The figures a text states, and the rule that tells two days' reports of one template apart.

A site's recurring report fills one template with the day's figures: the gold price ("Harga emas
Antam hari ini, Kamis (26/11/2026), naik Rp6.000 menjadi Rp1.612.000 per gram …"), an exchange
or fuel rate, a market close, a weather or dengue bulletin, a league's results, the day's prayer
times.  Two days' reports share every sentence frame and differ in their figures, so they match
as copies (Jaccard 0.5-0.7, or an edited version's coverage) and the later days' figures were no
canonical's: a search of them found nothing (newcomer 22, finding 16).  A copy of one text is
published when its original is, or a little later, and differs from it in a figure or two when
it carries a correction or an update.  So two pages published on different days whose texts each
state :attr:`clipper.config.MatchConfig.report_figures` figures the other does not, a
:attr:`~clipper.config.MatchConfig.report_figure_share` of each one's figures, are two reports,
not copies (:func:`different_reports`, asked by :func:`clipper.match.verify_pair`).  Two
versions of one address never meet here: they are versions (:mod:`clipper.versions`), not a
pair to verify.

A figure is a run of digits of any script with the separators inside it (``1.612.000``,
``26/11/2026``, ``0,25``, ``৩০``, ``٢٠٢٦``), the digits read as ASCII and ``,`` read as ``.``
(a house style's thousands separator is no new figure), kept as a CRC-32: a page's figures are a
sorted array of distinct 32-bit keys (:func:`figure_keys`), compared between the two pages of a
pair only.
"""

from __future__ import annotations

import re
import unicodedata
import zlib

import numpy as np
import numpy.typing as npt

__all__ = [
    "NO_FIGURES", "ascii_figure", "different_reports", "figure_keys", "figures_apart",
    "publication_day",
]

NO_FIGURES: npt.NDArray[np.uint32] = np.empty(0, dtype=np.uint32)

# Digits of any script, with the separators a figure holds between them.
_FIGURE = re.compile(r"\d+(?:[.,:/]\d+)*")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# a figure's key as clipper.roundings.form_keys compares it: its CRC-32's lower 30 bits
_KEY = np.uint32(0x3FFFFFFF)


def ascii_figure(figure: str) -> str:
    """A figure's digits as ASCII and its "," as "." (the module): the form its key is of."""
    if figure.isascii():
        return figure.replace(",", ".")
    return "".join(
        str(unicodedata.decimal(c)) if c.isdigit() else "." if c == "," else c for c in figure
    )


def figure_keys(text: str) -> npt.NDArray[np.uint32]:
    """The distinct figures of ``text`` (see the module), as sorted CRC-32 keys."""
    found = {zlib.crc32(ascii_figure(m).encode("ascii", "replace")) for m in _FIGURE.findall(text)}
    if not found:
        return NO_FIGURES
    return np.array(sorted(found), dtype=np.uint32)


def publication_day(published: object) -> str | None:
    """The day (``YYYY-MM-DD``, as the page's time is written: its own zone, or none) of a
    publication time in ISO 8601, or None when ``published`` is none."""
    if isinstance(published, str) and _DAY.match(published):
        return published[:10]
    return None


def different_reports(
    days: tuple[str | None, str | None],
    figures: tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]],
    least: int,
    share: float,
    rounded: tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]] | None = None,
) -> bool:
    """Whether two pages that match as text are two reports of one template: published on two
    days (``days``: :func:`publication_day` of each; either unknown: no), each stating at least
    ``least`` figures the other does not, and at least ``share`` of its own figures
    (``figures``: :func:`figure_keys` of each; ``rounded``: :func:`figures_apart`).
    Symmetric in the two pages."""
    first_day, second_day = days
    if first_day is None or second_day is None or first_day == second_day:
        return False
    return figures_apart(figures, least, share, rounded)


def figures_apart(
    figures: tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]],
    least: int,
    share: float,
    rounded: tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]] | None = None,
) -> bool:
    """Whether each of two texts (their :func:`figure_keys`) states at least ``least`` figures
    the other does not, and at least ``share`` of its own.  ``rounded``: the 30-bit keys of
    the figures each text's figures round to (:func:`clipper.roundings.form_keys`), when a
    figure rounding one of the other text's is no figure of its own ("37.000" against
    "37.412"); None: every figure the other does not state is.  Symmetric in the two."""
    first, second = figures
    if len(first) < least or len(second) < least:
        return False
    if rounded is None:
        common = len(np.intersect1d(first, second, assume_unique=True))
        return all(len(own) - common >= max(least, share * len(own)) for own in (first, second))
    return all(
        np.count_nonzero(
            ~np.isin(np.setdiff1d(own, other, assume_unique=True) & _KEY, rounding)
        )
        >= max(least, share * len(own))
        for own, other, rounding in ((first, second, rounded[1]), (second, first, rounded[0]))
    )
