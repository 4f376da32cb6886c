"""Mojibake repair: text that was UTF-8, decoded as Windows-1252 (or Latin-1) and saved again.

Legacy CMSs and scrapers write "Modiâ€™s" for "Modi’s" and "à¤®à¥‡" for Devanagari; read as
it is, such a page is a story of its own with a garbage headline, or rejected as symbols.
:func:`repaired` undoes it with ftfy's ``fix_encoding`` (ftfy decides, by its own measure of
how implausible the text is, whether a re-decoding is more plausible, so genuine accented
Latin-1/Windows-1252 text, "Café", "Größe", "ação", is left as it is).  Called once on every
page a reader makes (:class:`clipper.page.RawPage`), HTML, records, WARC and text dumps alike.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

import ftfy
from ftfy.badness import BADNESS_RE

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
_LEADS = "\u00c2-\u00f4"
_CONTINUATIONS = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd"
)
_SUSPECT = re.compile(f"[{_LEADS}][{_CONTINUATIONS}]")


def _utf8_suspect() -> re.Pattern[bytes]:
    """:data:`_SUSPECT` over a body's UTF-8 bytes: "Ã".."ô" are 0xC3 0x82-0xB4, then one of the
    continuation characters encoded.  0xC3 is always a lead byte in UTF-8, so in UTF-8 bytes it
    finds where the decoded text holds a suspect pair, and nowhere else: a page with none is
    passed without decoding it, and the search skips to each 0xC3 (on the 439 Zyte and Fundus
    pages of ``bench/speed.py``, 426 of which hold none, the text's search cost 1.5 ms a page)."""
    characters: list[str] = []
    for part in re.findall(r".-.|.", _CONTINUATIONS, re.DOTALL):
        first, last = (part[0], part[2]) if len(part) == 3 else (part, part)
        characters += map(chr, range(ord(first), ord(last) + 1))
    first, last = (c.encode("utf-8") for c in _LEADS.split("-"))
    assert first[0] == last[0] == 0xC3, "the lead letters are two bytes after 0xC3"
    return re.compile(
        re.escape(first[:1])
        + b"[" + re.escape(first[1:]) + b"-" + re.escape(last[1:]) + b"]"
        + b"(?:" + b"|".join(re.escape(c.encode("utf-8")) for c in characters) + b")"
    )


_SUSPECT_UTF8 = _utf8_suspect()

# re's parser and its opcodes: ftfy's pattern as re reads it (:func:`_reach`)
sre_parse: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")

# The note a repaired page carries (RawPage.decoded): the run counts it.
REPAIRED_NOTE = "mojibake (UTF-8 read as Windows-1252), repaired"


def _reach(pattern: re.Pattern[str]) -> int | None:
    """How far a match of ``pattern`` (ftfy's :data:`ftfy.badness.BADNESS_RE`) reaches from a
    non-ASCII character it holds: its longest match less one, when every one of its
    alternatives must match a non-ASCII character (so any match holds one) and it asserts
    nothing but the start of the text; else None (its every match is sought in the whole text).
    Read from the pattern as ``re`` parses it, so another ftfy's pattern is measured too."""
    if pattern.flags & re.IGNORECASE:
        return None  # "\u212a" (the Kelvin sign) would match "k"

    def non_ascii(op: Any, av: Any) -> bool:  # an item that matches a non-ASCII character
        if op is sre.LITERAL:
            return bool(av > 127)
        if op is sre.IN:
            return all((o is sre.LITERAL and a > 127) or (o is sre.RANGE and a[0] > 127)
                       for o, a in av)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            return bool(av[0] >= 1) and any(non_ascii(o, a) for o, a in av[2])
        if op is sre.SUBPATTERN:
            return any(non_ascii(o, a) for o, a in av[-1])
        return False

    def asserts(items: Any) -> bool:  # a look-around, a back-reference, an end or a boundary
        for op, av in items:
            if op in (sre.ASSERT, sre.ASSERT_NOT, sre.GROUPREF, sre.GROUPREF_EXISTS):
                return True
            if op is sre.AT and av not in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
                return True
            subs = (av[2],) if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) else (
                (av[-1],) if op is sre.SUBPATTERN else av[1] if op is sre.BRANCH else ())
            if any(asserts(sub) for sub in subs):
                return True
        return False

    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        width = parsed.getwidth()[1]
    except (re.error, AttributeError, TypeError, ValueError):
        return None
    items = list(parsed)
    alternatives = items[0][1][1] if len(items) == 1 and items[0][0] is sre.BRANCH else [items]
    if width >= sre.MAXREPEAT or asserts(items):
        return None
    if not all(any(non_ascii(op, av) for op, av in alt) for alt in alternatives):
        return None
    return int(width) - 1


_BADNESS_REACH = _reach(BADNESS_RE)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def looks_bad(text: str) -> bool:
    """ftfy's ``is_bad(text)`` (its measure finds mojibake-like sequences in ``text``), its
    pattern searched only within reach of the text's non-ASCII characters (:func:`_reach`):
    a match holds one, so the answer is the same; a page's markup and scripts, most of its
    characters, are not searched (the 13 of the 439 Zyte and Fundus pages that hold a suspect
    pair, ~0.5 MB each: 1.22 -> ~0.15 s)."""
    if _BADNESS_REACH is None:
        return BADNESS_RE.search(text) is not None
    reach = _BADNESS_REACH
    start = end = -1
    for found in _NON_ASCII.finditer(text):
        if found.start() - reach <= end:
            end = found.end() + reach  # within reach of the window so far: one search
            continue
        if end >= 0 and BADNESS_RE.search(text, start, end) is not None:
            return True
        start, end = max(0, found.start() - reach), found.end() + reach
    return end >= 0 and BADNESS_RE.search(text, start, end) is not None


def repaired(text: str) -> str | None:
    """``text`` with its mojibake undone (``ftfy.fix_encoding``), or None when ftfy leaves it
    as it is (ASCII text never changes)."""
    if text.isascii() or not _SUSPECT.search(text):
        return None
    return _fixed(text)


def _fixed(text: str) -> str | None:
    """ftfy's ``fix_encoding(text)`` when it differs from ``text``, else None.  ftfy gives back
    as it is a text in which its measure finds nothing (:func:`looks_bad`), asked first."""
    if not looks_bad(text):
        return None
    fixed = ftfy.fix_encoding(text, config=_CONFIG)
    return fixed if fixed != text else None


def still_garbled(text: str | None) -> bool:
    """Whether ``text`` (a stored headline, repaired as every field is: :func:`repaired_field`)
    still holds mojibake: a UTF-8 lead byte read as Windows-1252 before a continuation byte so
    read (:data:`_SUSPECT`: "á»" of "Ná»™i") where ftfy's measure finds mojibake
    (:func:`looks_bad`), left so because the bytes it lost cannot be restored ("HÃ Ná»™i", the
    no-break space of "à" made a space), or a replacement character ("\ufffd") where a decoder
    or ftfy's repair met a byte it could not read ("Мо�ква": Windows-1252 has no 0x81).
    "Café", "Größe", "The rapper Ã and" are not."""
    if not text or text.isascii():
        return False
    return "\ufffd" in text or (_SUSPECT.search(text) is not None and looks_bad(text))


def repaired_field(text: str) -> str:
    """A record's title or author with its mojibake undone (:func:`repaired`), else as it is:
    asked before the reader makes its whitespace runs one space, which turns the no-break
    space Windows-1252 reads the byte 0xA0 as into a space ftfy cannot read back ("Hà Nội"
    → "HÃ\u00a0 Ná»™i" → "HÃ Ná»™i": newcomer 44, finding 4, the text was repaired and its
    title not)."""
    return repaired(text) or text


def repaired_body(body: bytes | str) -> str | None:
    """A page's body (HTML bytes, or decoded text) with its mojibake undone, as text; None when
    it holds none.  Bytes that are not UTF-8 are left to the page's charset (None): mojibake
    saved again is UTF-8."""
    if isinstance(body, bytes):
        if body.isascii() or _SUSPECT_UTF8.search(body) is None:
            return None  # (bytes that are no UTF-8 are left all the same)
        try:
            return _fixed(body.decode("utf-8"))
        except UnicodeDecodeError:
            return None
    return repaired(body)
