"""Cutting text at a length without splitting a character as a reader sees it: a Devanagari,
Bengali or Tamil consonant with its vowel signs and virama ("कि", "नों", "স্থ্য"), a Thai
consonant with its tone mark ("ที่"), a letter with its accents, an emoji sequence.

Unicode writes such a character with several code points (an *extended grapheme cluster*,
Unicode Standard Annex #29, "Unicode Text Segmentation"), and a cut between two of them shows
a consonant without its vowel sign or a lone mark on a dotted circle: "किसानों" cut at 6 code
points is "किसानो", a title's last letter changed.  Every place clipper cuts a text to a
length (a title in a table, a snippet's window, a digest's headline and lead, a changed lead,
a spreadsheet's cell, a rejection's quoted line, a word longer than a line of ``show``'s
wrapped text: :func:`wrap`) cuts at a cluster's boundary through :func:`boundary`, which the
``regex`` module's ``\\X`` (UAX #29's extended grapheme clusters, Devanagari's and Bengali's
conjuncts joined by virama among them, Unicode 15.1's rule GB9c) finds."""

from __future__ import annotations

import textwrap
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import regex

__all__ = ["boundary", "boundary_after", "clusters", "cut", "wrap"]


@cache
def _cluster() -> regex.Pattern[str]:
    """``\\X``, compiled when a cut first needs it: the ``regex`` module is imported by the
    commands that cut a non-ASCII text only (``show``, ``stats`` start without it)."""
    import regex

    return regex.compile(r"\X")


def boundary(value: str, at: int) -> int:
    """The last extended grapheme cluster boundary of ``value`` at or before code point ``at``
    (``0 <= result <= at``; ``len(value)`` when ``at`` is past the end, 0 when it is at or
    before the start): where ``value`` may be cut to at most ``at`` code points.
    ``boundary("किसानों", 6)`` → 4 (``"किसा"``: ``नों`` is one cluster of three).  Between two
    ASCII characters (not CR LF) a boundary is taken without reading the text."""
    if at >= len(value):
        return len(value)
    if at <= 0:
        return 0
    before, after = value[at - 1], value[at]
    if before < "\x80" and after < "\x80" and not (before == "\r" and after == "\n"):
        return at  # UAX #29 rule GB999: no rule joins two ASCII characters but CR LF
    last = 0
    for found in _cluster().finditer(value):
        if found.end() > at:
            return found.start()
        last = found.end()
    return last


def boundary_after(value: str, at: int) -> int:
    """The first extended grapheme cluster boundary of ``value`` at or after code point ``at``
    (``at`` itself when it is one; ``len(value)`` past the end): where a piece of ``value``
    ending at ``at`` ends when it takes the rest of its last character as read
    (``boundary_after("ที่นี่", 2)`` → 3: the tone mark stays with its consonant)."""
    start = boundary(value, at)
    if start >= at:
        return start
    found = _cluster().match(value, start)
    return found.end() if found is not None else len(value)


def cut(value: str, chars: int) -> str:
    """``value``'s longest start of whole grapheme clusters of at most ``chars`` code points
    (:func:`boundary`); ``value`` itself when it is no longer.  ``cut("किसानों ने", 6)`` →
    ``"किसा"``."""
    return value if len(value) <= chars else value[: boundary(value, chars)]


def clusters(value: str) -> list[str]:
    """``value``'s extended grapheme clusters, in order (``"किसानों"`` → ``["कि", "सा",
    "नों"]``)."""
    return _cluster().findall(value)


class _ClusterWrapper(textwrap.TextWrapper):
    """:class:`textwrap.TextWrapper` breaking a word longer than a line at a cluster's boundary
    (a Thai headline has no spaces: its line's end kept its consonant's tone mark off)."""

    def _handle_long_word(
        self, reversed_chunks: list[str], cur_line: list[str], cur_len: int, width: int
    ) -> None:
        chunk = reversed_chunks[-1]
        if not self.break_long_words or chunk.isascii():
            super()._handle_long_word(reversed_chunks, cur_line, cur_len, width)
            return
        end = boundary(chunk, max(width - cur_len, 1) if width >= 1 else 1)
        if self.break_on_hyphens and (hyphen := chunk.rfind("-", 0, end)) > 0:
            end = hyphen + 1 if chunk[:hyphen].strip("-") else end  # after its last hyphen
        if end == 0:
            if cur_line:
                return  # the next line starts with it
            end = boundary_after(chunk, 1)  # a cluster longer than a line: on one of its own
        cur_line.append(chunk[:end])
        reversed_chunks[-1] = chunk[end:]


def wrap(value: str, width: int, **options: Any) -> list[str]:
    """:func:`textwrap.wrap` of ``value`` at ``width`` code points (``options``: its own), a
    word longer than a line broken at an extended grapheme cluster's boundary (:func:`boundary`),
    never inside a character as read."""
    return _ClusterWrapper(width, **options).wrap(value)
