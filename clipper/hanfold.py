"""Chinese characters folded to one script for search: a traditional character to its
simplified form (``臺灣`` → ``台湾``, ``經濟`` → ``经济``), so a reader who types either finds
both, as a Mainland, a Taiwanese and a Hong Kong outlet write one wire story.

The table is OpenCC's traditional → simplified conversion (``t2s``, the OpenCC project's
character dictionaries, through its ``opencc`` package), never a table of clipper's own.
Folding is per character, not per phrase: OpenCC's phrase dictionaries choose a character by
its neighbours (``乾隆`` keeps ``乾``, ``乾燥`` becomes ``干燥``), but a search text is compared
piece by piece (a query's bigram must fold as that bigram does inside any clause: see
:mod:`clipper.searchtext`), so each character folds alone, to OpenCC's choice for it in
isolation (``乾`` → ``干``: a search for ``乾隆`` still finds ``乾隆``, and also ``干隆``).  One
character for one, so the spans a snippet marks stay.  A character both scripts share, kana and
Hangul fold to themselves; a Japanese kanji in its older form (``國``, ``學``) folds as the
Chinese one does, a Japanese simplified form with no Chinese traditional entry (``経``, ``広``)
stays; a Japanese text and its query fold alike either way.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _converter() -> Any:
    """OpenCC's traditional → simplified converter, loaded on the first Han character (a
    query command without one never imports it)."""
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1 << 16)
def simplified(char: str) -> str:
    """``char`` (one character, already folded by :func:`clipper.searchtext.fold`) as OpenCC
    simplifies it alone; itself when OpenCC leaves it or gives other than one character."""
    converted = str(_converter().convert(char))
    return converted if len(converted) == 1 else char


def simplified_text(value: str) -> str:
    """``value`` with each of its characters :func:`simplified` (one for one)."""
    return "".join(simplified(char) for char in value)
