"""Pages that are no text: binary or undecodable bodies, and cleaned text that is mostly
symbols (the ``not-text`` rejections of :func:`clipper.clean.clean_page`).

A body is junk when it starts with an image, PDF or archive signature or holds a NUL byte in its
first 4 KB (UTF-16 with a byte-order mark aside); a text when over 5 % of its first 8 KB are
control characters (replacement characters, U+FFFD, are bytes a decoder lost before clipper
read the text: damage :func:`lost_characters` counts, not junk; a text mostly of them is
:func:`mostly_symbols`); a cleaned text is mostly symbols when under 60 % of it are
letters, digits and spaces (markup or binary debris), and wordless when none of its runs of
word characters is short enough to be a word (:func:`wordless`).
"""

from __future__ import annotations

import re

from clipper.scripts import UNSPACED, word_runs

_BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"RIFF",
    b"\x00\x00\x01\x00",
    b"OggS",
    b"ID3",
)
_WORD_RUN = re.compile(r"\w+")
_UNSPACED_CHAR = re.compile(f"[{UNSPACED}]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_UNREAD = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
REPLACEMENT = "\ufffd"


def is_junk_bytes(body: bytes) -> bool:
    head = body[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with BOM: NULs are expected
        return False
    return head.startswith(_BINARY_MAGIC) or b"\x00" in head


def _over(pattern: re.Pattern[str], text: str) -> bool:
    sample = text[:8192]
    if pattern.search(sample) is None:
        return False
    return len(pattern.findall(sample)) > 0.05 * len(sample)


def is_junk_text(text: str) -> bool:
    """Whether over 5 % of ``text``'s first 8 KB are control characters (C0 but tab and line
    ends, DEL): binary bytes read as text.  Replacement characters are not counted: a text
    saved with ``errors="replace"`` (UTF-8 Hindi read as Windows-1252 loses every byte 0x81,
    0x8D, 0x8F, 0x90, 0x9D: a virama, a vowel sign) is text with characters lost
    (:func:`lost_characters`; newcomer 45, finding 1)."""
    return _over(_CONTROL, text)


def is_undecoded_text(text: str) -> bool:
    """Whether over 5 % of ``text``'s first 8 KB are control or replacement characters: bytes
    clipper decoded itself (``errors="replace"``) in a code page that does not read them
    (:mod:`clipper.read.decoding`), there every U+FFFD is clipper's own."""
    return _over(_UNREAD, text)


def lost_characters(body: bytes | str) -> int:
    """How many replacement characters (U+FFFD) ``body`` holds as given (in UTF-8 bytes:
    EF BF BD): characters a decoder lost before clipper read it."""
    if isinstance(body, bytes):
        return body.count(REPLACEMENT.encode("utf-8"))
    return body.count(REPLACEMENT)


def mostly_symbols(sample: str) -> bool:
    """Whether over 40 % of ``sample`` is neither word characters nor whitespace."""
    words = sum(map(len, word_runs(sample)))
    spaces = sample.count(" ") + sample.count("\n")
    return len(sample) - words - spaces > 0.4 * len(sample)



def wordless(text: str, longest: int) -> str | None:
    """Why ``text`` holds no word, else None: it has runs of word characters (``\\w+``) and
    every one is longer than ``longest`` characters (``CleanConfig.longest_word_chars``,
    longer than any word of a language), none of a script written without spaces (Han, kana,
    Thai…: :data:`clipper.scripts.UNSPACED`, whose runs are sentences).  A text without a
    word character is :func:`mostly_symbols`' or the length rules' to judge: None.  Reads
    until its first word (an article: its first run)."""
    runs = 0
    chars = 0
    for match in _WORD_RUN.finditer(text):
        run = match.group()
        if len(run) <= longest or _UNSPACED_CHAR.search(run):
            return None
        runs += 1
        chars += len(run)
    if not runs:
        return None
    held = f"one run of {chars:,} letters" if runs == 1 else f"{runs} runs of {chars:,} letters"
    return f"no word: {held}, longer than any word of a language (> {longest} letters a word)"


def lost_note(lost: int) -> str:
    """What the run says of a page holding ``lost`` replacement characters (its ``decoded``
    note, counted "not UTF-8 (read, kept)")."""
    held = "1 character" if lost == 1 else f"{lost:,} characters"
    return f"{held} lost before clipper read it (replacement marks, U+FFFD)"
