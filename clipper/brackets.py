"""Bracket pairs in a text: a window of it (a search snippet, :func:`clipper.snippets.snippet`)
widened so that a pair it cuts stays whole (:func:`whole_pairs`): "(TPS) -" shown as "[TPS]) -"
lost its opening parenthesis when the window began at the match.

A pair is an opening punctuation mark (Unicode category Ps) and the closing one (Pe) the
Unicode tables set beside it: "()", "[]", "{}", the full-width "（）", "［］", "【】", "「」",
"《》", "〔〕", mathematical and ornamental ones, and Arabic's ornate parentheses, whose opening
one ("﴿", U+FD3F) follows its closing one ("﴾", U+FD3E) in the tables.  The text is read in
its stored (logical) order, so a Hebrew or Arabic line's "(TPS)" is the same "(" then ")" that
a right-to-left display mirrors.  Quotation marks are no pair here: „“ and »« open and close
the other way round in other languages.
"""

from __future__ import annotations

import unicodedata
from functools import cache

__all__ = ["PAIR_REACH", "bracket_pairs", "whole_pairs"]

# How far (characters) past a window's edge the other half of a pair it cuts is looked for: a
# credit's "(TPS)", "(Reuters, AP)", a place's "(Kenya)" are within it; a window is not
# doubled to keep a long parenthesis whole (~90 characters: a snippet of 14 words).
PAIR_REACH = 40

# The code points bracket pairs are looked for among: the Basic Multilingual Plane
_PLANE = 0x10000


@cache
def bracket_pairs() -> dict[str, str]:
    """Opening bracket → its closing one (76 pairs; built once, ~6 ms of CPU): for each
    character of category Ps in the Basic Multilingual Plane, where Unicode 15 puts every one,
    the character 1, 2 or -1 code points away that is of category Pe ("(" → ")", "[" → "]",
    "﴿" → "﴾")."""
    pairs: dict[str, str] = {}
    for point in range(_PLANE):
        opening = chr(point)
        if unicodedata.category(opening) != "Ps":
            continue
        for step in (1, 2, -1):
            closing = chr(point + step)
            if unicodedata.category(closing) == "Pe":
                pairs[opening] = closing
                break
    return pairs


@cache
def _closings() -> dict[str, str]:
    """Closing bracket → its opening one."""
    return {closing: opening for opening, closing in bracket_pairs().items()}


def whole_pairs(text: str, start: int, stop: int, reach: int = PAIR_REACH) -> tuple[int, int]:
    """The window ``text[start:stop]`` (character offsets) widened so that each bracket pair it
    cuts is whole: a closing bracket inside whose opening one stands before ``start`` (at most
    ``reach`` characters before) moves ``start`` back to it, an opening bracket inside whose
    closing one stands after ``stop`` (at most ``reach`` characters after) moves ``stop`` past
    it.  Nested pairs are counted; a pair whose other half is farther, or missing, leaves that
    edge where it was.  Returns ``(start, stop)``, ``start`` ≤ the given one ≤ ``stop``."""
    pairs, closings = bracket_pairs(), _closings()
    window = text[start:stop]
    if not any(c in pairs or c in closings for c in window):
        return start, stop
    # brackets of the window left open: closings before any opening (by kind, innermost last)
    unopened: list[str] = []
    unclosed: list[str] = []
    for c in window:
        if c in pairs:
            unclosed.append(c)
        elif c in closings:
            opening = closings[c]
            if unclosed and unclosed[-1] == opening:
                unclosed.pop()
            elif opening not in unclosed:
                unopened.append(c)
    if unopened:
        start = _back_to_opening(text, start, unopened, max(0, start - reach))
    if unclosed:
        stop = _on_to_closing(text, stop, unclosed, min(len(text), stop + reach))
    return start, stop


def _back_to_opening(text: str, start: int, unopened: list[str], limit: int) -> int:
    """Where the opening brackets of ``unopened`` (closing brackets, in the window's order)
    stand before ``start``, no farther back than ``limit``: the outermost one's offset, or
    ``start`` when one is not found (or a bracket between them mismatches).  A whole pair
    between them is passed over ("(a [b] c"...)."""
    pairs, closings = bracket_pairs(), _closings()
    wanted = [closings[c] for c in unopened]  # the innermost last: found first going back
    inner: list[str] = []  # pairs closed before ``start``, opened farther back
    for i in range(start - 1, limit - 1, -1):
        c = text[i]
        if c in closings:
            inner.append(closings[c])
        elif c in pairs:
            if inner and inner[-1] == c:
                inner.pop()
            elif not inner and c == wanted[-1]:
                wanted.pop()
                if not wanted:
                    return i
            else:
                return start
    return start


def _on_to_closing(text: str, stop: int, unclosed: list[str], limit: int) -> int:
    """Past the closing brackets of ``unclosed`` (opening brackets, in the window's order) that
    stand after ``stop``, no farther than ``limit``: the offset after the outermost one's
    closing bracket, or ``stop`` when one is not found (or a bracket between them mismatches).
    A whole pair between them is passed over."""
    pairs, closings = bracket_pairs(), _closings()
    wanted = [pairs[c] for c in unclosed]  # the innermost last: found first going on
    inner: list[str] = []  # pairs opened after ``stop``, closed farther on
    for i in range(stop, limit):
        c = text[i]
        if c in pairs:
            inner.append(pairs[c])
        elif c in closings:
            if inner and inner[-1] == c:
                inner.pop()
            elif not inner and c == wanted[-1]:
                wanted.pop()
                if not wanted:
                    return i + 1
            else:
                return stop
    return stop
