"""Where a cut or damaged WARC file goes on, and what a record cut short keeps: the next gzip
member or record header after damage, and a page kept as far as it goes (marked partial) or a
``truncated`` rejection naming what the record was (:mod:`clipper.read.warc` reads with them)."""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Callable
from io import BufferedReader
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecordLoader
from warcio.statusandheaders import StatusAndHeadersParser, StatusAndHeadersParserException

from clipper.page import KEPT_AS_FAR_AS_IT_GOES, RawPage, Rejection, digest
from clipper.read.failures import Event
from clipper.read.files import DRAIN_CHUNK
from clipper.read.warcrecords import GZIP_MAGIC


def next_member(raw: BinaryIO, start: int) -> int | None:
    """Where the first gzip member at or after ``start`` that opens a WARC record begins in the
    file, or None."""
    raw.seek(start)
    position, carry = start, b""
    while chunk := raw.read(DRAIN_CHUNK):
        data = carry + chunk
        found = data.find(GZIP_MAGIC)
        while found != -1:
            at = position - len(carry) + found
            if opens_record(raw, at):
                return at
            found = data.find(GZIP_MAGIC, found + 1)
        carry = data[-(len(GZIP_MAGIC) - 1) :]
        position += len(chunk)
        raw.seek(position)
    return None


def opens_record(raw: BinaryIO, at: int) -> bool:
    """Whether the gzip member at ``at`` decompresses to the start of a WARC record."""
    raw.seek(at)
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(raw.read(4096), 16)
    except zlib.error:
        return False
    return head.startswith(b"WARC/")


def has_leftover(raw: BinaryIO, offset: int) -> bool:
    """Whether an uncompressed archive has more than whitespace after its last whole record.

    warcio ends quietly when a record header runs into the end of the file, so a file cut
    inside a header would otherwise pass for a complete one.
    """
    raw.seek(offset)
    while chunk := raw.read(DRAIN_CHUNK):
        if chunk.strip():
            return True
    return False


# The start of a WARC record header after the blank lines ending the record before it.
RECORD_START = re.compile(rb"\r?\n\r?\n(WARC/1\.[01]\r?\n)")
RECORD_END = b"\r\n\r\n"  # the blank lines after a record's block
HEADER_LOOKAHEAD = 512  # a real header names a WARC- field within its first lines


def next_header(raw: BufferedReader, start: int) -> int | None:
    """Where the first WARC record header after the one at ``start`` begins in an uncompressed
    file (read in chunks up to it, the end of the file at most), or None when there is none."""
    end = raw.seek(0, 2)
    pos = start + 1
    while pos < end:
        raw.seek(pos)
        found = header_in(raw.read(DRAIN_CHUNK + HEADER_LOOKAHEAD))
        if found is not None:
            return pos + found
        pos += DRAIN_CHUNK
    return None


def header_in(data: bytes) -> int | None:
    """Where the first WARC record header after the blank lines ending a record begins in
    ``data`` (a header names a WARC- field within its first lines), or None."""
    for found in RECORD_START.finditer(data):
        head = data[found.start(1) : found.start(1) + HEADER_LOOKAHEAD]
        if b"\nWARC-Type:" in head or b"\nWARC-Record-ID:" in head:
            return found.start(1)
    return None


def member_at(raw: BinaryIO, start: int, limit: int) -> tuple[bytes, int] | None:
    """The decompressed bytes of the gzip member at ``start`` and where the member ends in the
    file, or None when the member is cut or damaged (no gzip trailer: the record is cut short,
    not miscounted) or decompresses to over ``limit`` bytes."""
    raw.seek(start)
    unzip = zlib.decompressobj(16 + zlib.MAX_WBITS)
    parts: list[bytes] = []
    size = 0
    try:
        while not unzip.eof and (chunk := raw.read(DRAIN_CHUNK)):
            part = unzip.decompress(chunk, limit + 1 - size)
            size += len(part)
            if size > limit or unzip.unconsumed_tail:
                return None
            parts.append(part)
    except zlib.error:
        return None
    if not unzip.eof:
        return None
    return b"".join(parts), raw.tell() - len(unzip.unused_data)


def miscounted(data: bytes, where: str, read_event: Callable[[Any], Event]) -> Event | None:
    """The record whose bytes are ``data`` (its WARC header and its block, up to ``where`` it
    really ends: the next record's header, or the end of its gzip member) read by warcio with
    the Content-Length those bytes give, its page kept whole and marked partial (the length it
    declares is wrong, so the record is suspect); ``read_event`` reads a warcio record into an
    event.  None when ``data`` does not open with a WARC header warcio reads."""
    stream = io.BytesIO(data)
    try:
        headers = StatusAndHeadersParser(ArcWarcRecordLoader.WARC_TYPES).parse(stream)
    except StatusAndHeadersParserException:
        return None
    block = data[stream.tell() :].removesuffix(RECORD_END)
    declared = headers.get_header("Content-Length")
    headers.replace_header("Content-Length", str(len(block)))
    records = ArchiveIterator(io.BytesIO(headers.to_bytes() + block + RECORD_END))
    record = next(records, None)
    if record is None:
        return None
    event = read_event(record)
    drain(record)
    cut = (
        f"record's Content-Length ({declared}) is not its block's length ({len(block)}, up to "
        f"{where}): read to there"
    )
    if isinstance(event, RawPage):
        event.partial = f"{cut}{KEPT_AS_FAR_AS_IT_GOES}"
    return event


def cut_at_next_record(event: Event | None, resume: int) -> Event | None:
    """A record whose Content-Length does not end where the next record (at ``resume``)
    starts: a page is cut where that record's header begins in it (a length too long takes in
    the next record), or at its end (too short) and kept partial; anything else is
    ``truncated``."""
    cut = f"record's Content-Length does not end where the next record starts (@{resume})"
    if not isinstance(event, RawPage):
        return (
            None
            if event is None
            else Rejection("", "truncated", f"{cut} ({event.reason}: {event.detail})")
        )
    raw = event.body.encode("utf-8", "surrogatepass") if isinstance(event.body, str) else event.body
    found = RECORD_START.search(raw)
    end = found.start() if found is not None else len(raw) - partial_start(raw)
    if end < len(raw):
        kept = raw[:end]
        event.body = kept.decode("utf-8", "replace") if isinstance(event.body, str) else kept
        event.raw_hash = digest(kept)
    event.partial = f"{cut}{KEPT_AS_FAR_AS_IT_GOES}"
    return event


def partial_start(raw: bytes) -> int:
    """How many bytes at the end of ``raw`` begin a next record's header (a payload read up to
    a length that ends inside it): those are not the page's."""
    for start_line in (b"\r\n\r\nWARC/1.", b"\n\nWARC/1."):
        for n in range(min(len(raw), len(start_line)), 0, -1):
            if raw.endswith(start_line[:n]):
                return n
    return 0


def cut_short(event: Event | None, missing: int) -> Event | None:
    """A record ``missing`` bytes short of its Content-Length (0: its block goes on past it): a
    page is kept as far as it goes (marked partial: the run counts it); anything else becomes a
    ``truncated`` rejection naming what the record was."""
    cut = (
        f"record ends {missing} bytes short of its Content-Length"
        if missing
        else "record's block goes on past its Content-Length (the rest is not read)"
    )
    if isinstance(event, RawPage):
        event.partial = f"{cut}{KEPT_AS_FAR_AS_IT_GOES}"
        if missing and isinstance(event.body, bytes) and event.body.endswith(RECORD_END):
            # a length too long takes in the blank lines that end the record: not the page's
            event.body = event.body.removesuffix(RECORD_END)
            event.raw_hash = digest(event.body)
        return event
    if event is None:
        return None
    return Rejection("", "truncated", f"{cut} ({event.reason}: {event.detail})")


def drain(record: Any) -> int:
    """Read what is left of a record in chunks (so the next one can be parsed); return how many
    bytes of its Content-Length never came, i.e. how much the record is cut short."""
    stream = record.raw_stream
    while stream.read(DRAIN_CHUNK):
        pass
    # warcio wraps the block in a LimitReader counting down from Content-Length.
    return max(int(getattr(stream, "limit", 0)), 0)


def true_end_of(
    plain: BufferedReader | None, members: BufferedReader | None, start: int, limit: int
) -> tuple[bytes, str, int] | None:
    """Where a record at ``start`` whose block does not end at its Content-Length really ends:
    its bytes (WARC header and block), what ends it, and where reading goes on; None when that
    is not known (no record header after it in an uncompressed file ``plain``, the end of the
    file instead: a file cut short; in a file gzipped record by record, ``members``, a gzip
    member cut, or holding more than this record: a file gzipped whole).  ``plain``'s position
    is moved; ``members``' is kept when the answer is None.  ``limit``: the most bytes read
    (the reader's max_decompressed_bytes)."""
    if plain is not None:
        resume = next_header(plain, start)
        if resume is None or resume - start > limit:
            return None
        plain.seek(start)
        return plain.read(resume - start), f"the next record, @{resume}", resume
    if members is None:
        return None
    position = members.tell()
    member = member_at(members, start, limit)
    if member is None or header_in(member[0]) is not None:
        members.seek(position)
        return None
    return member[0], "the end of its gzip member", member[1]
