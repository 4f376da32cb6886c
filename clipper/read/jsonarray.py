"""A ``.json`` array read item by item, for a file that is not JSON as a whole.

Scrapy's JSON feed exporter (``scrapy crawl … -o items.json``) writes ``[``, then its items
joined by ``,\\n``, and the closing ``]`` only when the spider closes: a spider killed mid-run
leaves a file with no ``]``, often ending in a trailing comma or a half-written item; and
``-o`` appends, so a second run's array follows the first's (``…]\\n[…``).  ``json.loads``
rejects all of these whole, losing every record.  :func:`walk_array` reads the same text with
the standard decoder's ``JSONDecoder.raw_decode``, one item at a time, and keeps every whole
item before the point where the text stops being an array: the end of the file (cut short) or
a syntax error (damaged).  Items are numbered across appended arrays as one array's would be,
so a cut file's Nth item has the origin the whole file's Nth item gets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

# NaN / Infinity (pandas' missing value) read as null, as clipper.read.records does.
_DECODER = json.JSONDecoder(parse_constant=lambda _name: None)
_BLANK = " \t\r\n"


@dataclass
class ArrayWalk:
    """What :func:`walk_array` read: ``items`` (every whole item, in order) and, when the text
    is not whole arrays, ``stop``: why it ended, in words, and ``cut`` (True when the file
    ends inside or right after an item, i.e. it was cut short, not damaged)."""

    items: list[object] = field(default_factory=list)
    stop: str | None = None
    cut: bool = False

    @property
    def next_number(self) -> int:
        """The 1-based number of the item the walk stopped in (or would have read next)."""
        return len(self.items) + 1


def _skip_blank(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _BLANK:
        pos += 1
    return pos


def _line_col(text: str, pos: int) -> str:
    line = text.count("\n", 0, pos) + 1
    return f"line {line} column {pos - (text.rfind(chr(10), 0, pos) + 1) + 1}"


def _ends_in(exc: json.JSONDecodeError, text: str) -> bool:
    """True when the decoder failed because the text ended inside a value: a string never
    closed (the decoder scans to the end for its quote), or the error at the last few
    characters (a value, a delimiter or an escape begun and not finished)."""
    if exc.msg.startswith("Unterminated string"):
        return True
    end = len(text.rstrip(_BLANK))
    return exc.pos >= end - len("\\u000")


def walk_array(text: str) -> ArrayWalk:
    """The whole items of the JSON array (or arrays written one after another) ``text`` opens
    with, read one at a time with ``JSONDecoder.raw_decode``.  ``text`` must start (after
    blanks) with ``[``.  A nesting too deep for the decoder stops the walk as damage."""
    walk = ArrayWalk()
    pos = _skip_blank(text, 0)
    while True:
        # at the opening bracket of an array
        pos = _skip_blank(text, pos + 1)
        if pos < len(text) and text[pos] == "]":
            pos += 1  # an empty array
        else:
            while True:
                if pos >= len(text):
                    walk.cut = True
                    walk.stop = _cut_after(walk)
                    return walk
                try:
                    item, pos = _DECODER.raw_decode(text, pos)
                except RecursionError:
                    walk.stop = f"JSON nested too deeply inside item {walk.next_number}"
                    return walk
                except json.JSONDecodeError as exc:
                    walk.cut = _ends_in(exc, text)
                    walk.stop = (
                        f"file cut short inside item {walk.next_number}"
                        if walk.cut
                        else f"{exc.msg} at {_line_col(text, exc.pos)} (item {walk.next_number})"
                    )
                    return walk
                walk.items.append(item)
                pos = _skip_blank(text, pos)
                if pos < len(text) and text[pos] == ",":
                    pos = _skip_blank(text, pos + 1)
                    continue
                if pos < len(text) and text[pos] == "]":
                    pos += 1
                    break
                if pos >= len(text):
                    walk.cut = True
                    walk.stop = _cut_after(walk)
                else:
                    walk.stop = (
                        f"expecting ',' or ']' at {_line_col(text, pos)} "
                        f"(after item {len(walk.items)})"
                    )
                return walk
        pos = _skip_blank(text, pos)
        if pos >= len(text):
            return walk  # whole arrays
        if text[pos] != "[":  # not another appended array
            walk.stop = f"extra data at {_line_col(text, pos)} after the array"
            return walk


def _cut_after(walk: ArrayWalk) -> str:
    if not walk.items:
        return "file cut short before its first item"
    return f"file cut short after item {len(walk.items)} (no closing ']')"
