"""Zero-width joiners and non-joiners inside words, kept through trafilatura.

A zero-width non-joiner (ZWNJ, U+200C) or joiner (ZWJ, U+200D) between two letters or marks is
part of how the writer spelt the word: Persian and Urdu "می‌شود" and "سه‌شنبه" keep their parts
apart with a ZWNJ (without it the letters join, "میشود", a spelling the paper did not print),
Bengali "র‍্যাব" (ra, ZWJ, ya-phala) is another glyph than "র্যাব" (reph over ya), Hindi
writes half-forms with them, and a ZWJ between two pictographs makes them one emoji ("👨‍👩‍👧",
a family, not three people).  trafilatura drops every character Python does not call printable
from its text (``trafilatura.utils.remove_control_characters``: format characters, category Cf,
among them), so an HTML page's stored text lost them all, while a text dump's keeps them
(:data:`clipper.dumplines._INVISIBLE` drops only a joiner that stands outside a word).

:func:`protect_joiners` writes each joiner that stands between two letters or marks in the
page's tree as a printable stand-in, a combining mark of no use in news text (U+034F COMBINING
GRAPHEME JOINER for the ZWNJ, U+180B MONGOLIAN FREE VARIATION SELECTOR ONE for the ZWJ), which
trafilatura keeps inside its word; :func:`restore_joiners` writes the joiners back into the text,
headline and byline clean_html made.  A page that already holds either stand-in is left as it
was (its joiners go, as before), so no character of a page is ever turned into another.
Fingerprints, story terms and the search index fold joiners away (:mod:`clipper.words`,
:func:`clipper.searchtext.fold`), so the stored text changes and the matching does not.
"""

from __future__ import annotations

from typing import Any

import regex

__all__ = ["protect_joiners", "protect_text", "restore_joiners"]

_STAND_IN = {"\u200c": "\u034f", "\u200d": "\u180b"}
_BACK = {ord(stand_in): joiner for joiner, stand_in in _STAND_IN.items()}
# a joiner between two letters or marks, and a joiner between two pictographs of one emoji
# ("👨‍👩‍👧", "🚴‍♀️": a skin tone or a variation selector may end the first); one at a word's
# edge is trafilatura's to drop
_INSIDE_WORD = regex.compile(
    r"(?<=[\p{L}\p{M}])\u200c(?=[\p{L}\p{M}])"
    r"|(?<=[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}])\u200d"
    r"(?=[\p{L}\p{M}\p{Extended_Pictographic}])"
)


def protect_text(text: str | None) -> str | None:
    """``text`` (a headline read from the page's metadata, compared with the text's lines) with
    its joiners inside words written as their stand-ins."""
    if not text or ("\u200c" not in text and "\u200d" not in text):
        return text
    return _INSIDE_WORD.sub(lambda m: _STAND_IN[m.group()], text)


def protect_joiners(tree: Any) -> bool:
    """Write the joiners inside words of ``tree`` (an lxml tree; text and tails of its
    elements, scripts' JSON included) as their stand-ins, in place; True when any was.  A tree
    already holding a stand-in is left unchanged (False)."""
    whole = tree.xpath("string()")
    if "\u200c" not in whole and "\u200d" not in whole:
        return False
    if any(stand_in in whole for stand_in in _STAND_IN.values()):
        return False
    changed = False
    for el in tree.iter():
        text, tail = el.text, el.tail
        if text and ("\u200c" in text or "\u200d" in text) and isinstance(el.tag, str):
            new = protect_text(text)
            if new != text:
                el.text, changed = new, True
        if tail and ("\u200c" in tail or "\u200d" in tail):
            new = protect_text(tail)
            if new != tail:
                el.tail, changed = new, True
    return changed


def restore_joiners(text: str | None) -> str | None:
    """``text`` with the stand-ins :func:`protect_joiners` wrote turned back into joiners."""
    return text.translate(_BACK) if text else text
