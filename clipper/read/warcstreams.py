"""warcio's reader and iterator, bounded and made to say where a stream is cut: the streams
:mod:`clipper.read.warc` reads records through (a gzip stream ending mid-member, header lines
bounded by :data:`MAX_HEADER_BYTES`, a decompressed stream's early end read as an end of file)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from io import BufferedReader
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader

from clipper.read.failures import TooLarge, mb
from clipper.read.files import DRAIN_CHUNK


class EndCheckingIterator(ArchiveIterator):
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
MAX_HEADER_BYTES = 1024 * 1024


class HeaderBoundedReader(DecompressingBufferedReader):
    """warcio's record reader, with line reads bounded by :data:`MAX_HEADER_BYTES`, noting
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
        room = MAX_HEADER_BYTES + 1 - self.header_bytes
        line: bytes = super().readline(room if length is None else min(length, room))
        self.header_bytes += len(line)
        if self.header_bytes > MAX_HEADER_BYTES:
            raise TooLarge(f"record headers over {mb(MAX_HEADER_BYTES)}")
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


class CutNoting:
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


class DecompressedCopy(BufferedReader):
    """A decompressed stream copied to a temporary file (:func:`decompressed_copy`), read like
    an uncompressed file: seekable, so a record whose block does not end at its
    Content-Length is read to the next record header as in a .warc.  ``cut``: the source was
    cut short."""

    cut = False


@contextmanager
def decompressed_copy(source: CutNoting) -> Iterator[DecompressedCopy]:
    """``source`` copied to a temporary file, removed when the block ends."""
    with tempfile.TemporaryFile(buffering=0) as raw:
        shutil.copyfileobj(source, raw, DRAIN_CHUNK)
        raw.seek(0)
        copy = DecompressedCopy(raw)
        copy.cut = source.cut
        yield copy
