"""WARC and ARC files through warcio: HTML ``response`` / ``resource`` records become pages
(origin ``path@OFFSET``, the record's offset in the file as stored); every other record is a
rejection naming its type (``warc-request``, ``warc-redirect``, ``not-html`` ...).

A page cut short is kept as far as it goes and marked partial (``RawPage.partial``; the run
counts it): a payload the crawler cut (``WARC-Truncated``), a record ending before its
``Content-Length`` because the file or its gzip member is cut, or because the length is wrong (a
per-record .warc.gz goes on with the next member; an uncompressed file with the next record
header found inside the record). A record cut short that holds no page is one ``truncated``
rejection; so is one the file ends inside the head of (its WARC header or its HTTP headers:
:class:`_HeaderBoundedReader` notes it, :func:`_cut_in_head` says which head of which record).
Damage that cannot be read past (a header without a valid length or over 1 MB, an unparseable
stream) ends the file with one ``corrupt`` / ``too-large`` rejection; the records before it are
kept. In a ``.warc.gz`` whose records are gzip members of their own, a damaged member is one
``corrupt`` rejection and reading goes on at the next member that opens a WARC record
(:func:`_read_past_damage`).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Generator
from dataclasses import replace
from io import BufferedReader
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.exceptions import ArchiveLoadFailed

from clipper.config import ReadLimits
from clipper.page import (
    KEPT_AS_FAR_AS_IT_GOES,
    RawPage,
    Rejection,
    digest,
)
from clipper.read.decoding import (
    SNIFF_BYTES,
    binary_kind,
)
from clipper.read.failures import Corrupt, Event, Progress, TooLarge, mb
from clipper.read.files import DRAIN_CHUNK, Reader, open_bounded
from clipper.read.warcrecords import GZIP_MAGIC, Captures, event_from_record, warc_uri


class _EndCheckingIterator(ArchiveIterator):
    """warcio's iterator, noting whether the gzip stream ended where a member ends.

    warcio swallows a gzip stream that breaks off or goes bad (it prints the zlib error and
    reports a clean end), so a cut .warc.gz would otherwise look like a short, healthy file.
    """

    ended_mid_member = False
    # warcio prints a warning for a record not followed by its blank lines (it counts them in
    # err_count, which the reader checks instead): nothing for a cron job's mail.
    INC_RECORD = ""

    def close(self) -> None:
        reader = self.reader
        decompressor = getattr(reader, "decompressor", None) if reader is not None else None
        if decompressor is not None and not decompressor.eof:
            self.ended_mid_member = True
        super().close()


# Header lines (WARC, ARC and HTTP headers, and blank lines between records) one record may use.
# warcio reads them with unbounded readline() calls and keeps every header line, so a .warc.gz
# of 1 MB decompressing to one endless header line (or millions of short ones) would otherwise
# take gigabytes of memory before any size check is reached.  Real records use a few KB.
_MAX_HEADER_BYTES = 1024 * 1024


class _HeaderBoundedReader(DecompressingBufferedReader):
    """warcio's record reader, with line reads bounded by :data:`_MAX_HEADER_BYTES`, noting
    where the stream ends inside a record's head.

    Payloads are read with ``read()``, which resets the count (chunked transfer encoding reads
    a short size line before each chunk); so does the start of each record (:meth:`new_record`).

    warcio reads a record's WARC header and then its HTTP headers line by line; a stream that
    ends inside either (a download cut short) reads to warcio as a quiet end of the file, a
    header without a length, or a first line that is no WARC version, depending on the byte
    it ends at.  ``cut_in_head`` says it instead: the stream ended inside the record's first
    header block (0: the WARC header; an ARC file's header and HTTP headers are one block) or
    its second (1: the HTTP headers, or where they should start).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.header_bytes = 0
        self.is_arc = False  # an ARC file: any line may open a record's header
        self.new_record()

    def new_record(self) -> None:
        """The next line read is a new record's (or the blank lines before it)."""
        self.header_bytes = 0
        self._head_bytes = 0  # bytes of the current header block's lines so far
        self._blocks_done = 0  # header blocks of the record ended by their blank line
        self.cut_in_head: int | None = None

    def readline(self, length: int | None = None) -> bytes:
        room = _MAX_HEADER_BYTES + 1 - self.header_bytes
        line: bytes = super().readline(room if length is None else min(length, room))
        self.header_bytes += len(line)
        if self.header_bytes > _MAX_HEADER_BYTES:
            raise TooLarge(f"record headers over {mb(_MAX_HEADER_BYTES)}")
        if self._blocks_done < 2 and self.cut_in_head is None:
            stripped = line.strip()
            ended = not line.endswith(b"\n") and (length is None or len(line) < length)
            if (
                stripped
                and not self._blocks_done
                and not self._head_bytes
                and not self.is_arc
                and not (stripped.startswith(b"WARC/") or b"WARC/1.".startswith(stripped))
            ):
                # no WARC header opens with this line: the rest of a block longer than its
                # Content-Length (warcio reads past it to the next record)
                self._blocks_done = 2
            elif ended and (stripped or self._head_bytes or self._blocks_done):
                # the stream ends inside a header line, after some of a block's lines, or
                # after the WARC header where a block is still owed (warcio reads the HTTP
                # headers only within the record's length: a record owing none never gets here)
                self.cut_in_head = self._blocks_done
            elif stripped:
                self._head_bytes += len(line)
            elif self._head_bytes:
                self._blocks_done += 1
                self._head_bytes = 0
        if not line and self.cut_in_head is None:
            # the end of a gzip member (or of the stream): the next member opens a record
            self._head_bytes = self._blocks_done = 0
        return line

    def read(self, length: int | None = None) -> bytes:
        self.header_bytes = 0
        data: bytes = super().read(length)
        if data:
            self._blocks_done = 2  # the payload: its lines are no header's
        return data


def read_archive(
    path: Path, gz: bool, limits: ReadLimits, progress: Progress, is_arc: bool
) -> Generator[Event, None, None]:
    """One event per record of a WARC (or, with ``is_arc``, ARC) file, origin ``path@OFFSET``.
    ``gz``: the file is gzip-compressed; the records' decompressed lengths are bounded by
    ``limits.max_decompressed_bytes``.  WARC writers compress each record as its own gzip
    member, and OFFSET is then where the record's member starts in the file as stored; a file
    gzipped whole (``gzip crawl.warc``) is read through one decompressing stream, and OFFSET is
    where the record starts in the decompressed file (the same for the first record); so is a
    ``.warc.bz2`` / ``.warc.xz`` / ``.warc.zst``."""
    what = _binary_instead(path, gz, limits)
    if what is not None:
        kind = "an ARC" if is_arc else "a WARC"
        yield Rejection(str(path), "binary", f"looks like {what}, not {kind} file")
        return
    progress.where = f"{path}@0"  # damage before the first record is still at an offset
    if gz and path.suffix.lower() != ".gz":
        # bzip2, xz, Zstandard: warcio reads gzip only; the file is read decompressed
        with open_bounded(path, True, limits) as unpacked:
            yield from _read_records(_CutNoting(unpacked), path, True, limits, progress, is_arc)
        return
    with open(path, "rb") as raw:
        try:
            yield from _read_past_damage(raw, path, gz, limits, progress, is_arc)
            return
        except _OneMember as cut:
            # cut inside a gzip member holding more than the last record read (or only its
            # end): read again below; when that finds nothing more, the damage is reported
            # where this pass found it, an offset of the file as stored
            yield from _reread_after_cut(path, limits, progress, is_arc, cut.offset)
            return
        except ArchiveLoadFailed as exc:
            # warcio reads the first record of a whole-file gzip, then refuses to go on: its
            # offsets would be meaningless.  Read the decompressed stream instead, from the
            # record after the ones already given.
            # (also when the name lacks .gz: warcio finds gzip by its magic number)
            if _WHOLE_FILE_GZIP not in str(exc):
                raise
    with open_bounded(path, True, limits) as unzipped:
        yield from _read_records(
            _CutNoting(unzipped), path, True, limits, progress, is_arc, skip=progress.done
        )


def _read_past_damage(
    raw: BinaryIO, path: Path, gz: bool, limits: ReadLimits, progress: Progress, is_arc: bool
) -> Generator[Event, None, None]:
    """The records of a file as stored; in a per-record ``.warc.gz``, a damaged gzip member
    (a bad sector, a bad copy) is one ``corrupt`` rejection and reading goes on at the next
    member that opens a WARC record: every record is its own member, so the ones after the
    damage are whole.  Damage with no such member after it ends the file as before."""
    while True:
        try:
            yield from _read_records(raw, path, gz, limits, progress, is_arc)
            return
        except (ArchiveLoadFailed, Corrupt, zlib.error) as exc:
            if not gz or _WHOLE_FILE_GZIP in str(exc):
                raise
            damaged = int(progress.where.rsplit("@", 1)[1])
            after = _next_member(raw, damaged + 1)
            if after is None:
                raise
            yield Rejection(
                f"{path}@{damaged}",
                "corrupt",
                f"a damaged record: its bytes do not read as a WARC record; reading went on "
                f"at the next whole record, @{after}",
            )
            raw.seek(after)  # warcio's record offsets are positions in the file itself
            progress.where = f"{path}@{after}"


def _next_member(raw: BinaryIO, start: int) -> int | None:
    """Where the first gzip member at or after ``start`` that opens a WARC record begins in the
    file, or None."""
    raw.seek(start)
    position, carry = start, b""
    while chunk := raw.read(DRAIN_CHUNK):
        data = carry + chunk
        found = data.find(GZIP_MAGIC)
        while found != -1:
            at = position - len(carry) + found
            if _opens_record(raw, at):
                return at
            found = data.find(GZIP_MAGIC, found + 1)
        carry = data[-(len(GZIP_MAGIC) - 1) :]
        position += len(chunk)
        raw.seek(position)
    return None


def _opens_record(raw: BinaryIO, at: int) -> bool:
    """Whether the gzip member at ``at`` decompresses to the start of a WARC record."""
    raw.seek(at)
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(raw.read(4096), 16)
    except zlib.error:
        return False
    return head.startswith(b"WARC/")


def _binary_instead(path: Path, gz: bool, limits: ReadLimits) -> str | None:
    """What binary data the file holds instead of WARC or ARC records
    (:func:`~clipper.read.decoding.binary_kind` of its first bytes, decompressed when they are
    gzip's or the name says bzip2, xz or Zstandard), or None: random bytes or an image named
    ``.warc.gz`` are one ``binary`` rejection, not warcio's quote of the bytes it failed on."""
    try:
        with open(path, "rb") as raw:
            head = raw.read(SNIFF_BYTES)
        if head.startswith(GZIP_MAGIC) or (gz and path.suffix.lower() != ".gz"):
            with open_bounded(path, True, limits) as unpacked:
                head = unpacked.read(SNIFF_BYTES)
    except Exception:  # damaged compression: the record reader reports it where it is
        return None
    if head.lstrip().startswith((b"WARC/", b"filedesc:")):
        return None
    return binary_kind(head)


class _OneMember(Exception):
    """A gzip member ends cut short after a whole record: the file may be gzipped whole (the
    member holds every record, warcio cannot tell before reading the next), so it is read again
    as one decompressed stream, where the record the cut falls in is kept as far as it goes."""

    def __init__(self, offset: int) -> None:
        super().__init__(offset)
        self.offset = offset  # where the cut member starts in the file as stored


def _reread_after_cut(
    path: Path, limits: ReadLimits, progress: Progress, is_arc: bool, offset: int
) -> Generator[Event, None, None]:
    """The records of a cut .warc.gz after the ones already given, read as one decompressed
    stream; damage found before any further record is reported at ``offset``."""
    given = progress.done
    where = f"{path}@{offset}"
    with open_bounded(path, True, limits) as unzipped:
        events = _read_records(_CutNoting(unzipped), path, True, limits, progress, is_arc, given)
        try:
            for event in events:
                if isinstance(event, Rejection) and progress.done == given:
                    event = replace(event, origin=where)
                yield event
        except Exception:
            if progress.done == given:
                progress.where = where
            raise


class _CutNoting:
    """A decompressed stream (a whole-file gzip, bzip2, xz, Zstandard) whose end before the
    compressed data's own end reads as an end of file, noted in ``cut``: the record it cuts is
    then short of its Content-Length, and kept as far as it goes like one in a cut .warc."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner  # a reader of open_bounded, with read1
        self.cut = False

    def read(self, size: int = -1) -> bytes:
        # read1 piece by piece: a whole read() that meets the cut raises and loses what it
        # had decompressed before it
        parts: list[bytes] = []
        want = size if size >= 0 else None
        while want is None or want > 0:
            try:
                chunk = self._inner.read1(DRAIN_CHUNK if want is None else want)
            except EOFError:
                self.cut = True
                break
            if not chunk:
                break
            parts.append(chunk)
            if want is not None:
                want -= len(chunk)
        return b"".join(parts)

    def readline(self, size: int = -1) -> bytes:
        try:
            return self._inner.readline(size)
        except EOFError:
            self.cut = True
            return b""


# How warcio's ArchiveLoadFailed says that one gzip member holds several records.
_WHOLE_FILE_GZIP = "non-chunked gzip"


def _read_records(
    stream: Reader,
    path: Path,
    gz: bool,
    limits: ReadLimits,
    progress: Progress,
    is_arc: bool,
    skip: int = 0,
    captures: Captures | None = None,
) -> Generator[Event, None, None]:
    """The records of ``stream`` (a file as stored, or a decompressed whole-file gzip) after the
    first ``skip``, as :func:`read_archive` describes; a conversion record of a response read
    before it in the file is read at that capture's address and time (``captures``,
    :class:`clipper.read.warcrecords.Captures`)."""
    captures = captures if captures is not None else Captures()
    decompressed = 0
    cut_at = -1  # where the last record cut short of its Content-Length ended
    # an uncompressed file as stored: what warcio leaves after the last record is checked, and
    # a record whose length runs past its end is looked into for the next record's header
    plain = stream if not gz and isinstance(stream, BufferedReader) else None
    # arc2warc only for ARC: it turns ARC records into WARC response records, but it also
    # makes warcio guess the format per record, and then any text line parses as an ARC
    # header.  Otherwise the defaults are lenient enough: ClueWeb09's WARC 0.18 records
    # (dates like "2008-10-294T...", "Content-Encoding: gzip" on decoded bodies) parse.
    records = _EndCheckingIterator(stream, arc2warc=is_arc)
    bounded = _HeaderBoundedReader(records.fh, block_size=records.reader.block_size)
    bounded.is_arc = is_arc
    records.reader = bounded
    index = -1
    while True:
        index += 1
        head_at = records.offset  # where this record starts (the blank lines before it read)
        try:
            record = next(records)
        except StopIteration:
            record = None
        except Exception:
            if bounded.cut_in_head is None:
                raise
            record = None
        if bounded.cut_in_head is not None:
            # the file ends inside this record's head: warcio's end, error or half-parsed
            # record says nothing of the cut; one rejection does
            yield from _cut_in_head(
                stream, path, gz, limits, progress, is_arc, head_at, bounded, _what(record)
            )
            return
        if record is None:
            break
        progress.where = f"{path}@{records.offset}"
        _check_header(record, is_arc)
        decompressed += int(record.length or 0)
        if gz and decompressed > limits.max_decompressed_bytes:
            raise TooLarge(
                f"decompresses to over {mb(limits.max_decompressed_bytes)} (max_decompressed_bytes)"
            )
        event = captures.note(record, event_from_record(record, limits)) if index >= skip else None
        errors = records.err_count
        missing = _drain(record)
        if bounded.cut_in_head is not None:  # the HTTP headers are cut: no payload came
            yield from _cut_in_head(
                stream, path, gz, limits, progress, is_arc, head_at, bounded, _what(record)
            )
            return
        # get_record_offset() reads on to the next record's first line: a new record's head
        bounded.new_record()
        start = records.get_record_offset()
        origin = f"{path}@{start}"
        resume = None
        if plain is not None and (missing or records.err_count > errors):
            # The block did not end where its Content-Length says: in an uncompressed file a
            # length too long runs into the records after it, one too short leaves the rest of
            # the block before the next.  Where the next record header starts, this record
            # ends and reading goes on from there.
            resume = _next_header(plain, start)
            if resume is not None:
                event = _cut_at_next_record(event, resume)
        elif plain is None and not missing and records.err_count > errors:
            # a gzip member going on past its record's Content-Length (warcio skips the rest
            # of the member): the page ends where the length says, before its real end
            event = _cut_short(event, 0)
        if missing and resume is None:
            # The record block ended before its Content-Length: the file is cut here (or, in a
            # per-record .warc.gz, this record's length is wrong and the next member follows).
            # What came is kept as a page when it is one; warcio goes on from the next gzip
            # member, if there is one.
            event = _cut_short(event, missing)
            cut_at = records.offset
        if event is not None:
            yield _with_origin(event, origin)
            progress.done += 1
        if resume is not None:
            records.close()
            plain.seek(resume)  # type: ignore[union-attr]
            yield from _read_records(
                plain, path, gz, limits, progress, is_arc, captures=captures  # type: ignore[arg-type]
            )
            return
        # get_record_offset() consumed this record, so records.offset is where the next
        # one starts: damage met while parsing it is reported there.
        progress.where = f"{path}@{records.offset}"
    damaged = (
        records.ended_mid_member
        or getattr(stream, "cut", False)
        or (plain and _has_leftover(plain, records.offset))
    )
    if damaged and cut_at != records.offset:
        if records.ended_mid_member and gz and isinstance(stream, BufferedReader):
            raise _OneMember(records.offset)
        yield Rejection(
            f"{path}@{records.offset}",
            "truncated",
            f"data after the last whole record is cut or damaged "
            f"(after {progress.done} whole records)",
        )
    elif progress.done == 0:
        # Nothing but whitespace (or a gzip stream of nothing): no record, no damage.
        yield Rejection(str(path), "empty", "no records")


def _cut_in_head(
    stream: Reader,
    path: Path,
    gz: bool,
    limits: ReadLimits,
    progress: Progress,
    is_arc: bool,
    start: int,
    bounded: _HeaderBoundedReader,
    what: str = "",
) -> Generator[Event, None, None]:
    """One ``truncated`` rejection for a record whose stream ends inside its head (its WARC
    header or its HTTP headers: ``bounded.cut_in_head``), at ``start``, where the record
    begins: the file (or, in a per-record .warc.gz, the record's gzip member) is cut short
    there.  In a per-record .warc.gz reading goes on at the next member that opens a record;
    a member holding this record and the ones before it is a file gzipped whole, read again as
    one stream (its offsets are in that stream).  ``what``: the record's type and address,
    when its WARC header was whole."""
    raw = stream if gz and isinstance(stream, BufferedReader) else None  # per-record .warc.gz
    if raw is not None:
        raw.seek(start)
        if raw.read(len(GZIP_MAGIC)) != GZIP_MAGIC:
            raise ArchiveLoadFailed(f"{_WHOLE_FILE_GZIP} (a cut record inside one member)")
    if not bounded.cut_in_head:
        what = ""  # warcio's reading of a cut WARC header says nothing sure
    part = "header" if is_arc else ("WARC header", "HTTP headers")[bounded.cut_in_head or 0]
    number = progress.done + 1
    before = "no whole record before it" if number == 1 else (
        f"the {progress.done} whole record{'s' if progress.done > 1 else ''} before it "
        f"{'were' if progress.done > 1 else 'was'} read"
    )
    where = "the decompressed file" if gz and raw is None else "the file"
    detail = (
        f"file cut short inside the {part} of record {number} (@{start}, byte {start} of "
        f"{where}{', ' + what if what else ''}): the record has no page; {before}"
    )
    after = _next_member(raw, start + 1) if raw is not None else None
    if after is None:
        yield Rejection(f"{path}@{start}", "truncated", detail)
        progress.done += 1
        return
    yield Rejection(
        f"{path}@{start}",
        "truncated",
        f"{detail}; its gzip member ends there, and reading went on at the next record, @{after}",
    )
    progress.done += 1
    assert raw is not None
    raw.seek(after)
    progress.where = f"{path}@{after}"
    yield from _read_records(raw, path, gz, limits, progress, is_arc)


def _what(record: Any) -> str:
    """"response record https://…": what a record whose HTTP headers are cut was ("" for
    none; :func:`_cut_in_head` passes it over for a cut WARC header, of which warcio's reading
    says nothing sure)."""
    if record is None or record.format != "warc":
        return ""
    url = warc_uri(record.rec_headers.get_header("WARC-Target-URI")) or ""
    return f"{record.rec_type or 'untyped'} record {url}".strip()


def _has_leftover(raw: BinaryIO, offset: int) -> bool:
    """Whether an uncompressed archive has more than whitespace after its last whole record.

    warcio ends quietly when a record header runs into the end of the file, so a file cut
    inside a header would otherwise pass for a complete one.
    """
    raw.seek(offset)
    while chunk := raw.read(DRAIN_CHUNK):
        if chunk.strip():
            return True
    return False


def _check_header(record: Any, is_arc: bool) -> None:
    """Refuse records whose header cannot be trusted: the rest of the stream is unparseable.

    warcio accepts a header cut off mid-way (no Content-Length) and reads any text line as an
    ARC header ("this is not a WARC" becomes a record with length "WARC"); both mean the file
    is damaged or not an archive at all, and reading on would only produce nonsense records.
    """
    if record.format == "arc" and not is_arc:
        raise Corrupt("ARC record in a file not named .arc (rename it to read it)")
    length = record.rec_headers.get_header("Content-Length")
    if length is None or not length.strip().isdigit():
        raise Corrupt(f"record header without a valid Content-Length ({length!r})")


# The start of a WARC record header after the blank lines ending the record before it.
_RECORD_START = re.compile(rb"\r?\n\r?\n(WARC/1\.[01]\r?\n)")
_RECORD_END = b"\r\n\r\n"  # the blank lines after a record's block
_HEADER_LOOKAHEAD = 512  # a real header names a WARC- field within its first lines


def _next_header(raw: BufferedReader, start: int) -> int | None:
    """Where the first WARC record header after the one at ``start`` begins in an uncompressed
    file (read in chunks up to it, the end of the file at most), or None when there is none."""
    end = raw.seek(0, 2)
    pos = start + 1
    while pos < end:
        raw.seek(pos)
        chunk = raw.read(DRAIN_CHUNK + _HEADER_LOOKAHEAD)
        for found in _RECORD_START.finditer(chunk):
            head = chunk[found.start(1) : found.start(1) + _HEADER_LOOKAHEAD]
            if b"\nWARC-Type:" in head or b"\nWARC-Record-ID:" in head:
                return pos + found.start(1)
        pos += DRAIN_CHUNK
    return None


def _cut_at_next_record(event: Event | None, resume: int) -> Event | None:
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
    found = _RECORD_START.search(raw)
    end = found.start() if found is not None else len(raw) - _partial_start(raw)
    if end < len(raw):
        kept = raw[:end]
        event.body = kept.decode("utf-8", "replace") if isinstance(event.body, str) else kept
        event.raw_hash = digest(kept)
    event.partial = f"{cut}{KEPT_AS_FAR_AS_IT_GOES}"
    return event


def _partial_start(raw: bytes) -> int:
    """How many bytes at the end of ``raw`` begin a next record's header (a payload read up to
    a length that ends inside it): those are not the page's."""
    for start_line in (b"\r\n\r\nWARC/1.", b"\n\nWARC/1."):
        for n in range(min(len(raw), len(start_line)), 0, -1):
            if raw.endswith(start_line[:n]):
                return n
    return 0


def _cut_short(event: Event | None, missing: int) -> Event | None:
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
        if missing and isinstance(event.body, bytes) and event.body.endswith(_RECORD_END):
            # a length too long takes in the blank lines that end the record: not the page's
            event.body = event.body.removesuffix(_RECORD_END)
            event.raw_hash = digest(event.body)
        return event
    if event is None:
        return None
    return Rejection("", "truncated", f"{cut} ({event.reason}: {event.detail})")


def _drain(record: Any) -> int:
    """Read what is left of a record in chunks (so the next one can be parsed); return how many
    bytes of its Content-Length never came, i.e. how much the record is cut short."""
    stream = record.raw_stream
    while stream.read(DRAIN_CHUNK):
        pass
    # warcio wraps the block in a LimitReader counting down from Content-Length.
    return max(int(getattr(stream, "limit", 0)), 0)


def _with_origin(event: Event, origin: str) -> Event:
    if isinstance(event, Rejection):
        return Rejection(origin, event.reason, event.detail, event.url, event.revisit)
    event.origin = origin
    return event
