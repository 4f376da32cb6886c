"""A file's first bytes: whether they are text at all, in which Unicode width, and whether they
open an HTML document; and how much of a page holds its ``<head>``.

:func:`binary_kind` names the binary format a page's first bytes show (image, PDF, archive ...;
None: text); :func:`wide_codec` tells UTF-16 and UTF-32 text, with or without a byte-order mark
(:func:`utf16_codec`, :func:`utf32_codec`), and :func:`ascii_compatible` re-encodes it as UTF-8
so that ASCII markup can be searched in it; :func:`looks_like_html` says whether bytes open an
HTML document; :func:`page_head` cuts a page's bytes to its head.  Each reads bytes (``head``:
a file's first :data:`SNIFF_BYTES`, as a reader sniffs them) and never fails.  Decoding the
whole of a text is :mod:`clipper.read.decoding`'s.
"""

from __future__ import annotations

import re

# Enough of a page to find its <head> metadata and judge whether it is binary.
SNIFF_BYTES = 1024
HEAD_BYTES = 64 * 1024
# A head longer than HEAD_BYTES (inline styles and scripts) is read to its end up to this.
MAX_HEAD_BYTES = 1024 * 1024
_HEAD_END = re.compile(rb"</head\s*>|<body[\s>]", re.IGNORECASE)


def page_head(data: bytes) -> bytes:
    """The bytes of a page that hold its ``<head>``: the first ``HEAD_BYTES`` (64 KB), or up to
    the head's end (``</head>``, else the first ``<body``) where that is later, at most
    ``MAX_HEAD_BYTES`` (1 MB).  A news page's head can run past 64 KB of inline styles and
    scripts (25 of the 539 Zyte, Fundus and newspaper4k pages that have a canonical link have it
    after 64 KB), and its ``<link rel=canonical>`` and ``og:url`` come last.  A page in UTF-16
    or UTF-32 (:func:`wide_codec`) gives its head re-encoded as UTF-8, so that every reader
    finds its canonical link, ``og:url`` and saver's comment as in the same page's UTF-8 bytes.
    """
    data = ascii_compatible(data, MAX_HEAD_BYTES)
    end = _HEAD_END.search(data, 0, MAX_HEAD_BYTES)
    if end is None or end.end() <= HEAD_BYTES:
        return data[:HEAD_BYTES]
    return data[: end.end()]


# Magic numbers of files that scrapers save under a page's name (an image behind an article URL,
# a PDF "article", a zipped download).  Text never starts with these.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"RIFF", "RIFF (WebP/AVI/WAV) data"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"\xd0\xcf\x11\xe0", "OLE document (DOC/XLS)"),
    (b"\x1f\x8b", "gzip data (compressed twice)"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
)

UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")


def wide_codec(head: bytes) -> str | None:
    """The codec of text in UTF-16 or UTF-32 from its first bytes ``head``: ``"utf-32"`` /
    ``"utf-16"`` with a byte-order mark (UTF-32's is tried first: little-endian, it opens with
    UTF-16's), else told by its NULs (:func:`utf32_codec`, :func:`utf16_codec`); None for
    anything else (UTF-8, a legacy code page, binary data).  Text in these without a mark and
    without the NULs of mostly-ASCII text (a CJK text dump in UTF-16) cannot be told."""
    if head.startswith(UTF32_BOMS):
        return "utf-32"
    if head.startswith(UTF16_BOMS):
        return "utf-16"
    if b"\x00" not in head:
        return None  # the usual case, told at C speed
    return utf32_codec(head) or utf16_codec(head)


def ascii_compatible(data: bytes, limit: int | None = None) -> bytes:
    """``data`` as bytes that ASCII markup can be searched in: UTF-16 or UTF-32 text
    (:func:`wide_codec`; its first ``limit`` characters when given) re-encoded as UTF-8,
    without a byte-order mark or NULs; any other bytes as they are."""
    codec = wide_codec(data[:SNIFF_BYTES])
    if codec is None:
        return data
    width = 4 if codec.startswith("utf-32") else 2
    if limit is not None:
        data = data[: (limit + 1) * width]
    text = data.decode(codec, errors="replace").removeprefix("\ufeff").replace("\x00", "")
    return text.encode("utf-8", "surrogatepass")


# Bytes "look like HTML" when, after a UTF-8 byte-order mark, an XML declaration and comments,
# they open a document.
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b",
    re.IGNORECASE | re.DOTALL,
)


def looks_like_html(head: bytes) -> bool:
    """Whether ``head`` (a file's or payload's first bytes, UTF-16 and UTF-32 too) opens an
    HTML document."""
    return _HTML_START.match(ascii_compatible(head)) is not None


# Bytes that text never holds (C0 controls but tab, newline, form feed, carriage return and
# escape): random or compressed data has about one in ten, text none.  A text with NUL bytes
# is still text when, NULs aside, no more than this share of its bytes are such controls.
_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_MAX_CONTROL_SHARE = 0.01
# Without NULs: random or compressed data has about one such byte in ten, text none; text
# with a few stray controls (a pasted escape sequence) stays text.
_MAX_BARE_CONTROL_SHARE = 0.05
# Stray NULs in text (a writer's bug, a byte flipped on disk), as a share of the bytes sniffed:
# random data has one in 256.
_MAX_STRAY_NUL_SHARE = 0.002


def binary_kind(head: bytes) -> str | None:
    """What binary format ``head`` (a file's first bytes) is, or None if it may be text.

    NUL bytes alone do not make a file binary: UTF-16 without a byte-order mark (every other
    byte NUL, :func:`utf16_codec`), text padded with NULs at its end (a file preallocated by
    its writer, or a crash before the rest was written) and a stray NUL in text are text; the
    decoders drop the NULs.  Binary is NULs with the control bytes text never holds, or more
    than 5 % of such bytes without a NUL (random data with no NUL in its first bytes).
    """
    if wide_codec(head):
        return None  # UTF-16 and UTF-32 text is full of NULs but is text
    for magic, name in _BINARY_MAGIC:
        if head.startswith(magic):
            return name
    if b"\x00" in head and not _text_with_nuls(head):
        return "binary data (NUL bytes)"
    if len(_CONTROL_BYTES.findall(head)) > _MAX_BARE_CONTROL_SHARE * len(head):
        return "binary data (control bytes)"
    return None


def _text_with_nuls(head: bytes) -> bool:
    text = head.replace(b"\x00", b"")
    if not text.strip():
        return False  # nothing but NULs and blanks
    if len(_CONTROL_BYTES.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        return False
    trailing = b"\x00" not in head.rstrip(b"\x00")
    return trailing or head.count(b"\x00") <= max(1, _MAX_STRAY_NUL_SHARE * len(head))


def utf16_codec(head: bytes) -> str | None:
    """``"utf-16-le"`` / ``"utf-16-be"`` for UTF-16 text without a byte-order mark, told by its
    NULs (every other byte, as in mostly-Latin text), else None."""
    if len(head) < 16 or head.startswith(UTF16_BOMS):
        return None
    even, odd = head[0::2], head[1::2]
    for nuls, chars, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls.count(0) >= 0.9 * len(nuls) and chars.count(0) <= 0.05 * len(chars):
            return codec
    return None


def utf32_codec(head: bytes) -> str | None:
    """``"utf-32-le"`` / ``"utf-32-be"`` for UTF-32 text without a byte-order mark, told by its
    NULs (the two high bytes of every four are NUL for text in the Basic Multilingual Plane, the
    two low ones seldom both), else None."""
    quads = [head[i : i + 4] for i in range(0, len(head) - 3, 4)]
    if len(quads) < 4 or head.startswith(UTF32_BOMS):
        return None
    for high, order, codec in ((slice(2, 4), "little", "utf-32-le"),
                               (slice(0, 2), "big", "utf-32-be")):
        nuls = sum(q[high] == b"\x00\x00" for q in quads)
        # NUL or another control character than tab, newline, carriage return: an array of
        # small numbers (binary data) has the NULs of UTF-32 too, text seldom these
        controls = sum(int.from_bytes(q, order) in _NOT_TEXT for q in quads)  # type: ignore[arg-type]
        if nuls >= 0.9 * len(quads) and controls <= 0.05 * len(quads):
            return codec
    return None


_NOT_TEXT = frozenset(range(32)) - {9, 10, 13}
