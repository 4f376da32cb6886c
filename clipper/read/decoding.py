"""Bytes to text: which character set a text is in, and its text.

Whether bytes are text at all, and in which Unicode width, is :mod:`clipper.read.sniffing`'s;
:func:`decode_text` decodes a text dump (UTF-8, else a guess: :mod:`clipper.read.codepages`);
:func:`decode_html` decodes an HTML page with the charset it declares (HTTP ``Content-Type``,
then ``<meta charset>``), mapping labels as browsers do (WHATWG Encoding Standard), and guesses
a page's legacy code page when it declares none or a UTF-8 its bytes belie;
:func:`redecode` repairs HTML a crawler decoded as Latin-1.  Windows-1252, Windows-1250 and
ISO-8859-2 are told apart by the letters each gives (:mod:`clipper.read.alphabets`).
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from clipper.junk import is_undecoded_text
from clipper.read.codepages import CJK_SUPERSETS, SUPERSETS, guess_codec, superset_decoded
from clipper.read.sniffing import HEAD_BYTES, SNIFF_BYTES, wide_codec


def _unicode_or_bytes(data: bytes) -> str | bytes:
    """UTF-16 or UTF-32 text (with or without a byte-order mark:
    :func:`~clipper.read.sniffing.wide_codec`) decoded; other bytes without NULs, which no text
    holds (see :func:`~clipper.read.sniffing.binary_kind`)."""
    codec = wide_codec(data[:SNIFF_BYTES])
    if codec:
        return data.decode(codec, errors="replace").removeprefix("\ufeff").replace("\x00", "")
    return data.replace(b"\x00", b"") if b"\x00" in data else data


def decode_text(data: bytes) -> str:
    """UTF-16 (with a byte-order mark or told by its NULs); UTF-8 (BOM allowed) when valid or
    :func:`mostly_utf8`; else the best guess (:func:`read_text`); never fails: bytes no code page
    decodes are read as Windows-1252, a replacement character for each byte it lacks.  NUL bytes
    are dropped."""
    text = read_text(data)
    return text.text if isinstance(text, Undecodable) else text


class Undecodable(NamedTuple):
    """Bytes of a text no code page tried decodes: ``text`` as Windows-1252 with a replacement
    character for each byte it lacks, ``tried`` the code pages tried (Python's names)."""

    text: str
    tried: tuple[str, ...]

    @property
    def detail(self) -> str:
        """What a rejection (reason ``undecodable``) says: "no code page decodes these bytes
        (tried UTF-8, cp932, cp949, big5hkscs, gb18030, Windows-1252)"."""
        return f"no code page decodes these bytes (tried {', '.join(map(codec_name, self.tried))})"


def read_text(data: bytes) -> str | Undecodable:
    """A text dump's bytes as text: UTF-16 (with a byte-order mark or told by its NULs); UTF-8
    (BOM allowed) when valid or :func:`mostly_utf8`; else in the code page guessed
    (:func:`clipper.read.codepages.guess_codec`; the one CJK superset that decodes them when the
    guesser gives up), or in the first of its vendor supersets that decodes them cleanly
    (:func:`clipper.read.codepages.superset_decoded`: a "shift_jis" guess over CP932's "㈱"
    read as CP932); else in the guess, or Windows-1252 without one, a replacement character
    for each byte it lacks: :class:`Undecodable` (saying the code pages tried) when that is
    junk (:func:`clipper.junk.is_undecoded_text`), what newcomer 38's CP932 dump was rejected for as
    "control characters" (F2).  NUL bytes are dropped."""
    unicode_or_bytes = _unicode_or_bytes(data)
    if isinstance(unicode_or_bytes, str):
        return unicode_or_bytes
    data = unicode_or_bytes
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if data.startswith(UTF8_BOM) or mostly_utf8(data):
        return decode_mostly_utf8(data)
    guess = charset_of(guess_codec(data))
    if guess is not None and (found := superset_decoded(data, guess)) is not None:
        return found[0]
    try:
        text = data.decode(guess or "cp1252", errors="replace")
    except LookupError:
        guess, text = None, data.decode("cp1252", errors="replace")
    if not is_undecoded_text(text):
        return text
    tried = ("utf-8", guess, *SUPERSETS.get(guess, ())) if guess else ("utf-8", *CJK_SUPERSETS)
    return Undecodable(text, (*tried, "cp1252") if guess is None else tried)


# WHATWG Encoding Standard: labels browsers decode with a superset of what they name.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "big5": "big5hkscs",
    # WHATWG labels Python's codecs do not know (a server's header naming one lost to a page's
    # wrong <meta>: Thai "windows-874", Hebrew "ISO-8859-8-I", "x-cp1256"...)
    "windows-874": "cp874",
    "dos-874": "cp874",
    "iso885911": "cp874",
    "iso-8859-8-i": "iso8859_8",
    "csiso88598i": "iso8859_8",
    "logical": "iso8859_8",
    "visual": "iso8859_8",
    "sun_eu_greek": "iso8859_7",
    "x-cp1250": "cp1250",
    "x-cp1251": "cp1251",
    "x-cp1253": "cp1253",
    "x-cp1254": "cp1254",
    "x-cp1255": "cp1255",
    "x-cp1256": "cp1256",
    "x-cp1258": "cp1258",
    "x-mac-cyrillic": "mac_cyrillic",
    "x-mac-ukrainian": "mac_cyrillic",
    "mac": "mac_roman",
    "x-mac-roman": "mac_roman",
    "koi8-ru": "koi8_u",
    "unicode-1-1-utf-8": "utf-8",
    "unicode11utf8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "x-euc-jp": "euc_jp",
    "x-x-big5": "big5hkscs",
    "cn-big5": "big5hkscs",
    "gb_2312": "gb18030",
    "gb_2312-80": "gb18030",
    "csgb2312": "gb18030",
    "iso-ir-149": "cp949",
    "windows-949": "cp949",
    "csisolatin9": "iso8859_15",
}

_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def charset_of(value: str | None) -> str | None:
    """The Python codec for a ``Content-Type`` value or a bare charset label, or None when it
    names none Python knows.  Labels map as browsers map them (WHATWG: ISO-8859-1 is decoded as
    Windows-1252, GB2312 as GB18030, Shift_JIS as CP932...)."""
    label = _label(value)
    if not label:
        return None
    label = _CHARSET_ALIASES.get(label) or _CHARSET_ALIASES.get(label.replace("_", "-"), label)
    return _python_codec(label)


def _label(value: str | None) -> str:
    """The charset label a ``Content-Type`` value names (its ``charset`` parameter), or a bare
    label itself, lower case; "" for none."""
    if not value:
        return ""
    match = _CHARSET_PARAM.search(value)
    return (match.group(1) if match else value if "/" not in value else "").strip().lower()


def _python_codec(label: str) -> str | None:
    """Python's name for the codec ``label`` names (``latin1`` → ``iso8859-1``), or None."""
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


# A byte from 0x80 to 0x9F: a C1 control in ISO-8859-1 (none in US-ASCII), which no page means;
# a letter or a sign in the Windows code pages (Windows-1250's "ś" is 0x9C, Windows-1252's "œ").
_C1_BYTE = re.compile(rb"[\x80-\x9f]")


def label_belied(label_value: str | None, data: bytes) -> bool:
    """Whether the charset ``label_value`` names (a ``Content-Type`` value or a bare label) is
    ISO-8859-1 or US-ASCII by Python's codec registry (``latin1``, ``l1``, ``cp819``,
    ``us-ascii``…) while ``data`` holds a byte from 0x80 to 0x9F (:data:`_C1_BYTE`): the label
    is a server's or a template's default, not the page's code page.  Browsers decode such a
    page as Windows-1252 (WHATWG), right for most of them; a Polish page in Windows-1250 under
    it read "Wiœle" for "Wiśle" (fieldprobe35)."""
    codec = _python_codec(_label(label_value)) if label_value else None
    return codec in ("iso8859-1", "ascii") and _C1_BYTE.search(data) is not None


def decode_html(
    data: bytes, declared: str | None, language: str | None = None
) -> bytes | str | Undecodable:
    """An HTML page's text, decoded with the charset it declares, or the bytes unchanged;
    :class:`Undecodable` when no code page tried decodes them (below).

    Order: UTF-16 (a byte-order mark, or every other byte NUL); valid UTF-8 (left as bytes:
    trafilatura reads it right; a legacy page whose non-ASCII bytes happen to form UTF-8 is
    vanishingly rare, while servers that declare Latin-1 by default for UTF-8 pages are
    common); UTF-8 with a few stray bytes (a UTF-8 byte-order mark, :func:`mostly_utf8`, or
    UTF-8 declared and its sequences four times the stray bytes:
    :func:`decode_mostly_utf8`); the charset ``declared`` by the HTTP ``Content-Type`` (WARC
    records, captures that keep it); the page's own ``<meta charset>`` / ``http-equiv``
    declaration; with none of these, or a UTF-8 the bytes belie (a Windows-1251 page under a
    template's ``<meta charset="utf-8">``), the code page its text reads best in, among those of
    the language the page names, else ``language`` (an HTTP ``Content-Language``):
    :func:`~clipper.read.codepages.guess_codec`.  Failing a guess, the bytes go to trafilatura.
    A declared ISO-8859-1 or US-ASCII that the bytes belie (:func:`label_belied`: a C1 byte)
    is guessed the same way, Windows-1252 (the label as browsers read it) failing a guess: a
    Windows-1252 page keeps Windows-1252 (the letters tell it from Windows-1250 and ISO-8859-2,
    a tie goes to it), a Polish or Czech page in Windows-1250 is read as Windows-1250.
    Decoding it here matters because trafilatura ignores declared charsets: it tries UTF-8,
    then guesses from the bytes alone, which turns Windows-1252 "£" into "Ł" and garbles
    ISO-8859-2.  NUL bytes are dropped.

    Bytes that read as junk (:func:`clipper.junk.is_undecoded_text`: control characters and
    replacement characters) in the code page declared or guessed and its vendor supersets, or,
    with no guess, in Windows-1252 after the CJK supersets (as :func:`read_text` reads a text
    dump), are :class:`Undecodable`, naming the code pages tried: the page is rejected as
    ``undecodable``, not as "control characters" (newcomer 39, F6).
    """
    unicode_or_bytes = _unicode_or_bytes(data)
    if isinstance(unicode_or_bytes, str):
        return unicode_or_bytes
    data = unicode_or_bytes
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return data  # trafilatura reads valid UTF-8 as UTF-8
    if data.startswith(UTF8_BOM):
        return decode_mostly_utf8(data)
    counts = _utf8_counts(data)  # one pass over the page for both tests below
    if _mostly_utf8(*counts):
        return decode_mostly_utf8(data)
    codec, label = charset_of(declared), declared
    if codec is None:
        meta = _META_CHARSET.search(data[:HEAD_BYTES])
        label = meta.group(1).decode("ascii", "replace") if meta else None
        codec = charset_of(label)
    if label_belied(label, data):
        # a Latin-1 label over Windows code page bytes: the code page the text reads best in
        language = _declared_language(data[:HEAD_BYTES]) or language
        codec = charset_of(guess_codec(data, language)) or codec
    if codec == "utf-8" and _utf8_dominates(*counts):
        return decode_mostly_utf8(data)  # as a browser does, but a stray byte is kept
    if codec is None or codec.startswith("utf-"):
        # Nothing usable declared, or a UTF declaration the bytes belie (a legacy page under a
        # template's <meta charset="utf-8">): the code page its text reads best in, among those
        # of the language the page names (:mod:`clipper.read.codepages`); failing a guess,
        # trafilatura guesses
        codec = charset_of(guess_codec(data, _declared_language(data[:HEAD_BYTES]) or language))
        if codec is None:
            # trafilatura guesses, unless no code page reads them (guess_codec tried the CJK
            # supersets; Windows-1252 reads all but five bytes)
            if is_undecoded_text(data.decode("cp1252", errors="replace")):
                text = data.decode("cp1252", errors="replace")
                return Undecodable(text, ("utf-8", *CJK_SUPERSETS, "cp1252"))
            return data
    if (found := superset_decoded(data, codec)) is not None:
        return found[0]  # in it, or in its vendor superset (CP932's "㈱" on a Shift_JIS page)
    try:
        text = data.decode(codec, errors="replace")
    except LookupError:
        return data
    if is_undecoded_text(text):
        return Undecodable(text, ("utf-8", codec, *SUPERSETS.get(codec, ())))
    return text


# A page's language as its markup names it: <html lang>, Content-Language, og:locale.
_HTML_LANG = re.compile(rb"""<html\b[^>]*?\blang\s*=\s*["']?\s*([\w-]+)""", re.IGNORECASE)
_META_LANG = re.compile(
    rb"""<meta\b(?=[^>]*?(?:http-equiv\s*=\s*["']?content-language|property\s*=\s*["']?og:locale))"""
    rb"""[^>]*?\bcontent\s*=\s*["']?\s*([\w-]+)""",
    re.IGNORECASE,
)


def _declared_language(head: bytes) -> str | None:
    """The language tag a page's head declares (``pl``, ``cs-CZ``, ``sk_SK``), or None."""
    found = _HTML_LANG.search(head) or _META_LANG.search(head)
    return found.group(1).decode("ascii", "replace") if found else None


UTF8_BOM = b"\xef\xbb\xbf"

# One well-formed UTF-8 sequence of two to four bytes (RFC 3629: no overlongs, no surrogates).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_ASCII = bytes(range(128))
# Non-ASCII bytes that must form UTF-8 sequences, per byte outside one, for "mostly UTF-8".
# Legacy 8-bit text forms a sequence only by accident ("Ã©" written on purpose): a letter from
# 0xC2-0xF4 followed by a symbol from 0x80-0xBF.
_MOSTLY_UTF8_RATIO = 4
_MIN_UTF8_SEQUENCES = 3


def _utf8_counts(data: bytes) -> tuple[int, int, int]:
    """``(sequences, bytes in them, non-ASCII bytes outside them)`` of ``data``'s UTF-8."""
    non_ascii = len(data.translate(None, _ASCII))
    sequences = _UTF8_SEQUENCE.findall(data)
    in_sequences = sum(len(seq) for seq in sequences)
    return len(sequences), in_sequences, non_ascii - in_sequences


def _utf8_dominates(sequences: int, in_sequences: int, stray: int) -> bool:
    """Whether, of :func:`_utf8_counts`, the UTF-8 sequences hold :data:`_MOSTLY_UTF8_RATIO`
    times as many bytes as the non-ASCII bytes outside them: a declared UTF-8 with a stray
    byte or two.  A legacy page forms sequences by accident only: a few percent of its
    non-ASCII bytes in Windows-1251, about half in EUC-JP or GBK (whose bytes 0xA1-0xBF
    continue a sequence)."""
    return in_sequences >= _MOSTLY_UTF8_RATIO * stray


def _mostly_utf8(sequences: int, in_sequences: int, stray: int) -> bool:
    return sequences >= _MIN_UTF8_SEQUENCES and _utf8_dominates(sequences, in_sequences, stray)


def mostly_utf8(data: bytes) -> bool:
    """Whether ``data``, not valid UTF-8, is UTF-8 with a few stray bytes: a Windows-1252 dash
    pasted into a UTF-8 page by a CMS, a page cut inside a character.  At least
    :data:`_MIN_UTF8_SEQUENCES` well-formed sequences, holding :data:`_MOSTLY_UTF8_RATIO` times
    as many bytes as the non-ASCII bytes outside them.  Decoded as a whole in the charset it
    declares or a guess, such a page turns every "é" into "Ã©"."""
    return _mostly_utf8(*_utf8_counts(data))


def _stray_as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a byte that is no part of a UTF-8 sequence is read as Windows-1252
    (where a stray byte of a UTF-8 page comes from), one byte at a time."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.start + 1].decode("cp1252", "replace"), exc.start + 1


codecs.register_error("clipper-stray-cp1252", _stray_as_cp1252)


def decode_mostly_utf8(data: bytes) -> str:
    """``data`` as UTF-8 (a byte-order mark dropped), each stray byte read as Windows-1252."""
    return data.decode("utf-8-sig", errors="clipper-stray-cp1252")


def redecode(text: str, charset: str | None) -> str:
    """HTML a crawler decoded as Latin-1 (every character below U+0100: the bytes as they came,
    e.g. Python ``requests`` without a charset), decoded again with the charset its capture
    declares.  Only when the bytes decode cleanly in that charset, so text that was decoded right
    (where a declared UTF-8 or Windows-1252 gives back the same characters) is left alone."""
    if not charset or text.isascii() or any(ord(c) > 0xFF for c in text):
        return text
    try:
        return text.encode("latin-1").decode(charset)
    except (UnicodeError, LookupError):
        return text


# Python codec names as a summary says them ("read as Windows-1252").
_CODEC_NAMES = {
    **{f"cp125{n}": f"Windows-125{n}" for n in range(9)},
    "iso8859-2": "ISO-8859-2",
    "iso8859-15": "ISO-8859-15",
}


def codec_name(codec: str) -> str:
    """A Python codec name as a run's summary says it ("cp1256" → "Windows-1256")."""
    return _CODEC_NAMES.get(codec, codec)


# How much of a file of records tells its code page: a spreadsheet's first rows (a header and
# a few articles); read once, before its rows are.
FILE_SNIFF_BYTES = 65_536


def legacy_file_codec(sample: bytes) -> str | None:
    """The legacy code page a whole file of text records (a CSV a spreadsheet saved) is in,
    judged on its first bytes ``sample``: None when they are UTF-8 (valid, perhaps cut inside
    a character at the sample's end; or :func:`mostly_utf8`, whose stray bytes are read as
    Windows-1252 line by line) or ASCII; else the code page its letters show
    (:func:`clipper.read.codepages.guess_codec`: charset_normalizer, Windows-1252 failing a
    guess).  Excel's "CSV (Comma delimited)" writes the system's ANSI code page: Windows-1256
    on an Arabic, Urdu or Persian Windows, Windows-1251 on a Russian one; read as UTF-8 with
    stray Windows-1252 bytes, its every letter was Latin-1 mojibake (newcomer 22)."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return None
    except UnicodeDecodeError:
        pass
    if mostly_utf8(sample):
        return None
    codec = charset_of(guess_codec(sample)) or "cp1252"
    try:
        codecs.lookup(codec)
    except LookupError:
        return "cp1252"
    return codec


def decode_not_utf8(data: bytes) -> tuple[str, str]:
    """``(text, how)`` for the bytes of a JSON record (a JSONL line, a ``.json`` file) that are
    not valid UTF-8, with ``how`` saying what was done for the run's summary.  Bytes whose
    well-formed UTF-8 sequences hold at least as many bytes as the non-ASCII bytes outside them
    are UTF-8 with stray bytes (a Latin-1 "í" pasted into a UTF-8
    export), each stray byte read as Windows-1252 ("UTF-8 with 1 stray byte, read as
    Windows-1252"), as :mod:`clipper.read.tables` reads a CSV line; other bytes (a legacy code
    page's letters form a few sequences by accident: Windows-1256 Arabic, newcomer 22) are a
    file written in a legacy code page (what ``open(path, "w")`` gives on Windows), decoded as
    :func:`decode_text` decodes a text dump: the code page its letters show
    (:func:`clipper.read.codepages.guess_codec`), Windows-1252 failing a guess ("not UTF-8,
    read as Windows-1252").  Never fails."""
    sequences, in_sequences, stray = _utf8_counts(data)
    if sequences and in_sequences >= stray:
        plural = "" if stray == 1 else "s"
        how = f"UTF-8 with {stray} stray byte{plural}, read as Windows-1252"
        return decode_mostly_utf8(data), how
    codec = charset_of(guess_codec(data)) or "cp1252"
    if (found := superset_decoded(data, codec)) is not None:
        text, codec = found  # in it, or in its vendor superset (CP932 over Shift_JIS)
        return text, f"not UTF-8, read as {codec_name(codec)}"
    try:
        text = data.decode(codec, errors="replace")
    except LookupError:
        codec, text = "cp1252", data.decode("cp1252", errors="replace")
    return text, f"not UTF-8, read as {codec_name(codec)}"
