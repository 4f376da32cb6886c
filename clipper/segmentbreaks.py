"""Line breaks in an HTML page's source between two characters of a script written without
spaces (Chinese, Japanese): no space, as a browser renders them.

An HTML source wraps its long lines, and a wrap inside a ``<p>`` is whitespace: for words
separated by spaces a browser shows one space there, but between two Han or kana characters it
shows none (CSS Text Level 3, "segment break transformation": a break between two East Asian
wide characters other than Hangul is removed).  Left to the extractor, every such wrap becomes a
space inside a word ("涉及居 民一万", from "涉及居" at a line's end and "民一万" at the next
line's start), which splits the word for search and for shingles.  Hangul is written with
spaces between words, and keeps its line breaks as spaces.
"""

from __future__ import annotations

import re
from typing import Any

from clipper.scripts import HAN_KANA

# Han, kana and their full-width punctuation (the ideographic comma and full stop, full-width
# forms): the characters a break between two of is removed.
_WIDE = HAN_KANA + "\u3000-\u303f\uff01-\uff65"
_BREAK = re.compile(rf"(?<=[{_WIDE}])[ \t\r]*\n[ \t\r\n]*(?=[{_WIDE}])")


_ANY_WIDE = re.compile(f"[{_WIDE}]")
_UNSPACED_LANGUAGES = ("zh", "ja", "yue", "wuu")


def join_unspaced_line_breaks(tree: Any) -> int:
    """Remove, in place, the source line breaks (and the blanks around them) between two
    characters of :data:`_WIDE` inside one text node of ``tree`` (an lxml tree); returns how
    many.  A break next to a tag, or beside any other character, is left as it is.  Only a
    page that says it is Chinese or Japanese (its ``lang``) or whose ``<title>`` holds such a
    character is walked: a walk of every element costs ~6 ms on a news page, the check
    nothing."""
    if not _may_be_unspaced(tree):
        return 0
    joined = 0
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue  # a comment or processing instruction
        text, tail = el.text, el.tail
        if text and "\n" in text:
            el.text, n = _BREAK.subn("", text)
            joined += n
        if tail and "\n" in tail:
            el.tail, n = _BREAK.subn("", tail)
            joined += n
    return joined


def _may_be_unspaced(tree: Any) -> bool:
    lang = (tree.get("lang") or tree.get("xml:lang") or "").strip().lower()
    if lang.startswith(_UNSPACED_LANGUAGES):
        return True
    title = tree.find(".//title")
    return title is not None and _ANY_WIDE.search(title.text_content() or "") is not None
