"""Cells that Excel opens as written: ``clipper export --excel``.

Two facts about Excel decide what a CSV cell may hold:

- A cell holds at most :data:`CELL_LIMIT` characters (Microsoft, "Excel specifications and
  limits": "Total number of characters that a cell can contain: 32,767").  Excel counts UTF-16
  code units, so a character outside the Basic Multilingual Plane (an emoji, a rare Han
  character) counts twice.  A longer value is cut and ends in :data:`CUT_MARK`.
- A cell starting with ``=``, ``+``, ``-`` or ``@`` is read as a formula, and tab and carriage
  return can start one too: a scraped headline such as ``=HYPERLINK(…)`` would run on the
  archivist's machine.  OWASP's "CSV Injection" guidance: prefix such a cell with ``'``, which
  Excel shows and does not evaluate.  (Only text cells: numbers are written as numbers.)
"""

from __future__ import annotations

CELL_LIMIT = 32_767
CUT_MARK = " […cut at Excel's 32,767-character cell limit]"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_HIGH_SURROGATES = range(0xD800, 0xDC00)


def utf16_length(value: str) -> int:
    """How many characters Excel counts in ``value``: UTF-16 code units."""
    return len(value) + sum(1 for char in value if ord(char) > 0xFFFF)


def defuse(value: str) -> str:
    """``value`` with a ``'`` before it when Excel would read it as a formula (OWASP)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def fit(value: str) -> tuple[str, bool]:
    """``(cell, cut)``: ``value`` if Excel holds it whole, else its start and :data:`CUT_MARK`,
    together exactly :data:`CELL_LIMIT` UTF-16 code units or one fewer (a character is never
    split in half)."""
    if len(value) <= CELL_LIMIT // 2 or utf16_length(value) <= CELL_LIMIT:
        return value, False
    budget = CELL_LIMIT - utf16_length(CUT_MARK)
    units = value.encode("utf-16-le")[: 2 * budget]
    if int.from_bytes(units[-2:], "little") in _HIGH_SURROGATES:
        units = units[:-2]  # half a character: leave it out
    return units.decode("utf-16-le") + CUT_MARK, True


def cell(value: str) -> tuple[str, bool]:
    """A text value as an Excel cell: defused, then fitted (:func:`defuse`, :func:`fit`)."""
    return fit(defuse(value))
