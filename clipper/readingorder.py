"""The order the readings of one page are kept in (smallest first): what decides whose
headline, author, date and origin a page keeps (:mod:`clipper.sightings`), which reading of a
revisit is matched (:mod:`clipper.revisits`), and the order ``clipper rejections`` lists a
page's readings in.  A module of its own, without the store behind :mod:`clipper.sightings`,
so that a query command reading it imports no NumPy or writing store (``tests/test_startup.py``).
"""

from __future__ import annotations

import re
from typing import Any

# A reading's place among its page's readings (:func:`reading_order`)
ReadingKey = tuple[Any, ...]

_NUMBERS = re.compile(r"(\d+)")


def reading_order(fetched_at: str | None, origin: str) -> ReadingKey:
    """The key readings of one page are kept by (smallest first): fetch time (ISO 8601,
    unknown last), then origin in reading order: its numbers compared as numbers, so
    ``dump.jsonl:89`` comes before ``dump.jsonl:109`` (as text it would not), then the origin
    itself (``:07`` and ``:7`` apart)."""
    parts = _NUMBERS.split(origin)  # text, number, text, …: the same kinds at the same places
    return (fetched_at or "\uffff", tuple(int(p) if i % 2 else p for i, p in enumerate(parts)),
            origin)
