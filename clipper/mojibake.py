"""Mojibake repair: text that was UTF-8, decoded as Windows-1252 (or Latin-1) and saved again.

Legacy CMSs and scrapers write "Modiâ€™s" for "Modi’s" and "à¤®à¥‡" for Devanagari; read as
it is, such a page is a story of its own with a garbage headline, or rejected as symbols.
:func:`repaired` undoes it with ftfy's ``fix_encoding`` (ftfy decides, by its own measure of
how implausible the text is, whether a re-decoding is more plausible, so genuine accented
Latin-1/Windows-1252 text, "Café", "Größe", "ação", is left as it is).  Called once on every
page a reader makes (:class:`clipper.page.RawPage`), HTML, records, WARC and text dumps alike.
"""

from __future__ import annotations

import re

import ftfy

# ftfy's fix_encoding with "Ã " (a capital A-tilde before a space) left alone: ftfy would read
# it as "à" whose no-break space a copy-paste turned into a space (restore_byte_a0), also in a
# stretch of an otherwise sound text (decode_inconsistent_utf8); a text that merely holds "Ã"
# ("The rapper Ã and …") would lose it.  A whole text in mojibake is repaired all the same.
_CONFIG = ftfy.TextFixerConfig(restore_byte_a0=False, decode_inconsistent_utf8=False)

# What every such text holds: a UTF-8 lead byte (0xC2-0xF4) read as Windows-1252 or Latin-1
# ("Â".."ô") before a continuation byte (0x80-0xBF) so read ("€", "’", "¤", a C1 control, or
# "\ufffd" where a decoder replaced an unassigned one).  Only a text holding one is given to
# ftfy, whose own measure of it (ftfy.badness) costs ~1.3 ms a 3,000-character text: a prefilter,
# ftfy still decides.
_SUSPECT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122\ufffd]"
)

# The note a repaired page carries (RawPage.decoded): the run counts it.
REPAIRED_NOTE = "mojibake (UTF-8 read as Windows-1252), repaired"


def repaired(text: str) -> str | None:
    """``text`` with its mojibake undone (``ftfy.fix_encoding``), or None when ftfy leaves it
    as it is (ASCII text never changes)."""
    if text.isascii() or not _SUSPECT.search(text):
        return None
    fixed = ftfy.fix_encoding(text, config=_CONFIG)
    return fixed if fixed != text else None


def repaired_body(body: bytes | str) -> str | None:
    """A page's body (HTML bytes, or decoded text) with its mojibake undone, as text; None when
    it holds none.  Bytes that are not UTF-8 are left to the page's charset (None): mojibake
    saved again is UTF-8."""
    if isinstance(body, bytes):
        if body.isascii():
            return None
        try:
            body = body.decode("utf-8")
        except UnicodeDecodeError:
            return None
    return repaired(body)
