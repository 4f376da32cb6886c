"""A reader's or a page's text quoted in one of clipper's messages, shown as the text it is.

Messages used to quote a name, a query or a page's title with :func:`repr`, which writes every
character Python does not call printable as an escape: the zero-width non-joiner of a Persian
watchlist named «می‌شود» came out as ``'می\\u200cشود'``, a spelling no one typed.  A character
is unprintable to Python when it is a control, a separator other than the space, or a format
character (Unicode category Cf), and the format characters are part of how many languages are
written.  :func:`quoted` puts the text between ``'`` and escapes only what a reader must be
told about:

* **shown as itself**: every letter, mark, digit, punctuation, symbol and space, the no-break
  spaces among them (U+00A0, U+202F: they show as the space they are); the left-to-right,
  right-to-left and Arabic letter marks (LRM U+200E, RLM U+200F, ALM U+061C: they order the
  neutral characters beside them and nothing further); and any other format character that
  stands inside a word, between two characters that are not spaces: the non-joiner and joiner
  of Persian, Urdu, Hindi and Bengali spellings and of emoji sequences (``می‌شود``, ``👨‍👩‍👧``),
  a soft hyphen, the zero-width space a Thai or Khmer text writes between words;
* **escaped** (``\\u200b``, ``\\n``, ``\\x1b``): controls (a newline or a terminal's escape
  sequence would break or rewrite the message), the line and paragraph separators, a lone
  surrogate (undecodable bytes of an argument; a terminal cannot print it), the directional
  embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069: they reorder the rest of
  the line, the quote mark and the message after it, as "Trojan Source" showed), and a format
  character at a word's edge or standing alone: a zero-width space or joiner pasted after
  ``rail`` makes ``'rail\\u200b'``, which a reader could not tell from ``'rail'`` otherwise.

JSON output is not quoted here: ``json.dumps(..., ensure_ascii=False)`` writes the same
characters as text and escapes the controls JSON requires.
"""

from __future__ import annotations

import unicodedata

__all__ = ["quoted"]

# the marks that only order the neutral characters beside them: shown
_DIRECTION_MARKS = frozenset("\u200e\u200f\u061c")
# the directional formatting characters that reorder everything after them: escaped
_REORDERING = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# categories never shown: controls, surrogates, line and paragraph separators
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})


def _escape(char: str) -> str:
    return repr(char)[1:-1] if char != "'" else char


def _inside_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a run of format characters) has a character that is no
    space on each side."""
    return (
        start > 0 and end < len(text) and not text[start - 1].isspace() and not text[end].isspace()
    )


def quoted(text: str) -> str:
    """``text`` between single quotes, as a message shows a name, a query or a title: each
    character as itself, but the controls, separators, surrogates, reordering directional
    characters and format characters outside a word as their Python escapes (the rules in
    the module's docstring).  A ``'`` inside is kept as it is (the message is read by a
    person, not parsed).  Never raises."""
    shown: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        category = unicodedata.category(char)
        if category in _ESCAPED_CATEGORIES or char in _REORDERING:
            shown.append(_escape(char))
            index += 1
            continue
        if category != "Cf" or char in _DIRECTION_MARKS:
            shown.append(char)
            index += 1
            continue
        end = index
        while (
            end < len(text)
            and unicodedata.category(text[end]) == "Cf"
            and text[end] not in _REORDERING
            and text[end] not in _DIRECTION_MARKS
        ):
            end += 1
        run = text[index:end]
        shown.append(run if _inside_word(text, index, end) else "".join(map(_escape, run)))
        index = end
    return "'" + "".join(shown) + "'"
