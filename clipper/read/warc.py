"""WARC and ARC files through warcio: HTML ``response`` / ``resource`` records become pages
(origin ``path@OFFSET``, the record's offset in the file as stored); every other record is a
rejection naming its type (``warc-request``, ``warc-redirect``, ``not-html`` ...).

A page cut short is kept as far as it goes and marked partial (``RawPage.partial``; the run
counts it): a payload the crawler cut (``WARC-Truncated``), a record ending before its
``Content-Length`` because the file or its gzip member is cut.  A record whose length is wrong
(its block ends at the next record header, or at the end of its own gzip member) is read again
by warcio at the length its bytes give, whole and marked partial, and reading goes on after it
(:func:`~clipper.read.warccuts.true_end_of`, :func:`~clipper.read.warccuts.miscounted`); a
stream decompressing a whole file, which cannot go back, is read on from a temporary copy
(:func:`_read_decompressed`). A record cut short that holds no page is one ``truncated``
rejection; so is one the file ends inside the head of (its WARC header or its HTTP headers:
:class:`~clipper.read.warcstreams.HeaderBoundedReader` notes it, :func:`_cut_in_head` says which
head of which record).
Damage that cannot be read past (a header without a valid length or over 1 MB, an unparseable
stream) ends the file with one ``corrupt`` / ``too-large`` rejection; the records before it are
kept. In a ``.warc.gz`` whose records are gzip members of their own, a damaged member is one
``corrupt`` rejection and reading goes on at the next member that opens a WARC record
(:func:`_read_past_damage`). The streams records are read through are
:mod:`clipper.read.warcstreams`; finding where to go on after damage, and what a record cut
short keeps, :mod:`clipper.read.warccuts`.
"""

from __future__ import annotations

import zlib
from collections.abc import Generator
from dataclasses import replace
from io import BufferedReader
from pathlib import Path
from typing import Any, BinaryIO

from warcio.exceptions import ArchiveLoadFailed

from clipper.config import ReadLimits
from clipper.page import Rejection
from clipper.read.failures import Corrupt, Event, Progress, TooLarge, mb
from clipper.read.files import Reader, open_bounded
from clipper.read.sniffing import SNIFF_BYTES, binary_kind
from clipper.read.warccuts import (
    cut_at_next_record,
    cut_short,
    drain,
    has_leftover,
    miscounted,
    next_header,
    next_member,
    true_end_of,
)
from clipper.read.warcrecords import GZIP_MAGIC, Captures, event_from_record, warc_uri
from clipper.read.warcsegments import Held, Segments, joined_event
from clipper.read.warcstreams import (
    CutNoting,
    EndCheckingIterator,
    HeaderBoundedReader,
    decompressed_copy,
)


def read_archive(
    path: Path,
    gz: bool,
    limits: ReadLimits,
    progress: Progress,
    is_arc: bool,
    segments: Segments | None = None,
) -> Generator[Event, None, None]:
    """One event per record of a WARC (or, with ``is_arc``, ARC) file, origin ``path@OFFSET``;
    a record split across files (:mod:`clipper.read.warcsegments`) is one event, its page read
    whole at its first segment's origin when its last continuation is read.  ``segments``: the
    run's records waiting for their continuations, read on from file to file (the caller reads
    the ones left at the end: :meth:`Segments.left`); None: this file's own, whose records left
    waiting at its end are read here, partial."""
    own = Segments(limits) if segments is None else segments
    yield from _read_archive(path, gz, limits, progress, is_arc, own)
    if segments is None:
        yield from own.left()


def _read_archive(
    path: Path, gz: bool, limits: ReadLimits, progress: Progress, is_arc: bool, segments: Segments
) -> Generator[Event, None, None]:
    """:func:`read_archive`'s records, segments held in ``segments``.
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
        yield from _read_decompressed(path, limits, progress, is_arc, segments)
        return
    with open(path, "rb") as raw:
        try:
            yield from _read_past_damage(raw, path, gz, limits, progress, is_arc, segments)
            return
        except _OneMember as cut:
            # cut inside a gzip member holding more than the last record read (or only its
            # end): read again below; when that finds nothing more, the damage is reported
            # where this pass found it, an offset of the file as stored
            yield from _reread_after_cut(path, limits, progress, is_arc, cut.offset, segments)
            return
        except ArchiveLoadFailed as exc:
            # warcio reads the first record of a whole-file gzip, then refuses to go on: its
            # offsets would be meaningless.  Read the decompressed stream instead, from the
            # record after the ones already given.
            # (also when the name lacks .gz: warcio finds gzip by its magic number)
            if _WHOLE_FILE_GZIP not in str(exc):
                raise
    yield from _read_decompressed(path, limits, progress, is_arc, segments, skip=progress.done)


class _Miscounted(Exception):
    """A record in a decompressed stream whose block does not end at its Content-Length:
    warcio would read on into the rest of the block (or into the next record) as records."""


def _read_decompressed(
    path: Path,
    limits: ReadLimits,
    progress: Progress,
    is_arc: bool,
    segments: Segments,
    skip: int = 0,
) -> Generator[Event, None, None]:
    """The records of a file read through one decompressing stream (gzipped whole, bzip2, xz,
    Zstandard) after the first ``skip``; from a record whose Content-Length is wrong on, from
    a temporary decompressed copy (:func:`~clipper.read.warcstreams.decompressed_copy`) read as
    an uncompressed file is, so the record is read whole and the records after it are read
    (the stream alone cannot go back to find where the record really ends)."""
    try:
        with open_bounded(path, True, limits) as unzipped:
            yield from _read_records(
                CutNoting(unzipped), path, True, limits, progress, is_arc, segments, skip=skip,
                copy_on_miscount=True,
            )
        return
    except _Miscounted:
        pass
    with (
        open_bounded(path, True, limits) as unzipped,
        decompressed_copy(CutNoting(unzipped)) as copy,
    ):
        yield from _read_records(
            copy, path, False, limits, progress, is_arc, segments, skip=progress.done
        )


def _read_past_damage(
    raw: BinaryIO,
    path: Path,
    gz: bool,
    limits: ReadLimits,
    progress: Progress,
    is_arc: bool,
    segments: Segments,
) -> Generator[Event, None, None]:
    """The records of a file as stored; in a per-record ``.warc.gz``, a damaged gzip member
    (a bad sector, a bad copy) is one ``corrupt`` rejection and reading goes on at the next
    member that opens a WARC record: every record is its own member, so the ones after the
    damage are whole.  Damage with no such member after it ends the file as before."""
    while True:
        try:
            yield from _read_records(raw, path, gz, limits, progress, is_arc, segments)
            return
        except (ArchiveLoadFailed, Corrupt, zlib.error) as exc:
            if not gz or _WHOLE_FILE_GZIP in str(exc):
                raise
            damaged = int(progress.where.rsplit("@", 1)[1])
            after = next_member(raw, damaged + 1)
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


def _binary_instead(path: Path, gz: bool, limits: ReadLimits) -> str | None:
    """What binary data the file holds instead of WARC or ARC records
    (:func:`~clipper.read.sniffing.binary_kind` of its first bytes, decompressed when they are
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
    path: Path,
    limits: ReadLimits,
    progress: Progress,
    is_arc: bool,
    offset: int,
    segments: Segments,
) -> Generator[Event, None, None]:
    """The records of a cut .warc.gz after the ones already given, read as one decompressed
    stream; damage found before any further record is reported at ``offset``."""
    given = progress.done
    where = f"{path}@{offset}"
    with open_bounded(path, True, limits) as unzipped:
        events = _read_records(
            CutNoting(unzipped), path, True, limits, progress, is_arc, segments, given
        )
        try:
            for event in events:
                if isinstance(event, Rejection) and progress.done == given:
                    event = replace(event, origin=where)
                yield event
        except Exception:
            if progress.done == given:
                progress.where = where
            raise


# How warcio's ArchiveLoadFailed says that one gzip member holds several records.
_WHOLE_FILE_GZIP = "non-chunked gzip"


def _read_records(
    stream: Reader,
    path: Path,
    gz: bool,
    limits: ReadLimits,
    progress: Progress,
    is_arc: bool,
    segments: Segments,
    skip: int = 0,
    captures: Captures | None = None,
    copy_on_miscount: bool = False,
) -> Generator[Event, None, None]:
    """The records of ``stream`` (a file as stored, or a decompressed whole-file gzip) after the
    first ``skip``, as :func:`read_archive` describes; a conversion record of a response read
    before it in the file is read at that capture's address and time (``captures``,
    :class:`clipper.read.warcrecords.Captures`).  ``copy_on_miscount``: ``stream`` decompresses
    a file, and a record whose block does not end at its Content-Length raises
    :class:`_Miscounted` before its event (:func:`_read_decompressed` reads on from a copy)."""
    captures = captures if captures is not None else Captures()
    decompressed = 0
    cut_at = -1  # where the last record cut short of its Content-Length ended
    # an uncompressed file as stored: what warcio leaves after the last record is checked, and
    # a record whose length runs past its end is looked into for the next record's header
    plain = stream if not gz and isinstance(stream, BufferedReader) else None
    # a .warc.gz as stored, read member by member: a record whose member goes on past its
    # Content-Length, or ends before it, is read again to its member's end
    members = stream if gz and isinstance(stream, BufferedReader) else None

    def read_event(record: Any) -> Event:
        return captures.note(record, event_from_record(record, limits))
    # arc2warc only for ARC: it turns ARC records into WARC response records, but it also
    # makes warcio guess the format per record, and then any text line parses as an ARC
    # header.  Otherwise the defaults are lenient enough: ClueWeb09's WARC 0.18 records
    # (dates like "2008-10-294T...", "Content-Encoding: gzip" on decoded bodies) parse.
    records = EndCheckingIterator(stream, arc2warc=is_arc)
    bounded = HeaderBoundedReader(records.fh, block_size=records.reader.block_size)
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
                stream, path, gz, limits, progress, is_arc, segments, head_at, bounded,
                _what(record),
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
        part = segments.take(record) if index >= skip else None
        if index < skip or (isinstance(part, Held) and not part.complete):
            event = None  # given before; or a segment waiting for the rest of its record
        elif isinstance(part, Held):  # the last segment of a split record: read it whole
            event = captures.note(record, joined_event(part, limits))
        else:
            event = part or read_event(record)
        errors = records.err_count
        missing = drain(record)
        if bounded.cut_in_head is not None:  # the HTTP headers are cut: no payload came
            if isinstance(part, Held):
                segments.forget(part)
            yield from _cut_in_head(
                stream, path, gz, limits, progress, is_arc, segments, head_at, bounded,
                _what(record),
            )
            return
        # get_record_offset() reads on to the next record's first line: a new record's head
        bounded.new_record()
        start = records.get_record_offset()
        origin = f"{path}@{start}"
        resume = None
        true_end = (
            true_end_of(plain, members, start, limits.max_decompressed_bytes)
            if (missing or records.err_count > errors) and not isinstance(part, Held)
            else None
        )
        if (
            copy_on_miscount
            and (missing or records.err_count > errors)
            and not isinstance(part, Held)
            and not getattr(stream, "cut", False)
        ):
            raise _Miscounted  # read again from a copy (_read_decompressed)
        if true_end is not None:
            # The block did not end where its Content-Length says, but where the next record
            # header starts (an uncompressed file: a length too long runs into the records
            # after it, one too short leaves the rest of the block before the next) or where
            # its own gzip member ends: the record is read again by warcio with the length its
            # bytes give, its page whole, and reading goes on from there.
            data, where, resume = true_end
            event = miscounted(data, where, read_event) or event
        elif plain is not None and (missing or records.err_count > errors):
            resume = next_header(plain, start)
            if resume is not None:
                event = cut_at_next_record(event, resume)
        elif plain is None and not missing and records.err_count > errors:
            # a gzip member going on past its record's Content-Length (warcio skips the rest
            # of the member): the page ends where the length says, before its real end
            event = cut_short(event, 0)
        if missing and resume is None:
            # The record block ended before its Content-Length: the file is cut here (or, in a
            # per-record .warc.gz, this record's length is wrong and the next member follows).
            # What came is kept as a page when it is one; warcio goes on from the next gzip
            # member, if there is one.
            event = cut_short(event, missing)
            cut_at = records.offset
        if isinstance(part, Held) and not part.complete:
            part.origin = part.origin or origin  # its page is known by where it starts
            if missing:  # its file ends inside it: the rest is not in a continuation
                event = cut_short(segments.give_up(part, "its file is cut inside it"), missing)
            else:
                progress.done += 1  # a record read, its page to come
        if event is not None:
            yield event if isinstance(part, Held) else _with_origin(event, origin)
            progress.done += 1
        yield from segments.over()
        if resume is not None:
            records.close()
            seekable = plain or members
            assert seekable is not None  # only they give where to go on
            seekable.seek(resume)
            yield from _read_records(
                seekable, path, gz, limits, progress, is_arc, segments, captures=captures
            )
            return
        # get_record_offset() consumed this record, so records.offset is where the next
        # one starts: damage met while parsing it is reported there.
        progress.where = f"{path}@{records.offset}"
    damaged = (
        records.ended_mid_member
        or getattr(stream, "cut", False)
        or (plain and has_leftover(plain, records.offset))
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
    segments: Segments,
    start: int,
    bounded: HeaderBoundedReader,
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
    after = next_member(raw, start + 1) if raw is not None else None
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
    yield from _read_records(raw, path, gz, limits, progress, is_arc, segments)


def _what(record: Any) -> str:
    """"response record https://…": what a record whose HTTP headers are cut was ("" for
    none; :func:`_cut_in_head` passes it over for a cut WARC header, of which warcio's reading
    says nothing sure)."""
    if record is None or record.format != "warc":
        return ""
    url = warc_uri(record.rec_headers.get_header("WARC-Target-URI")) or ""
    return f"{record.rec_type or 'untyped'} record {url}".strip()


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


def _with_origin(event: Event, origin: str) -> Event:
    if isinstance(event, Rejection):
        return Rejection(origin, event.reason, event.detail, event.url, event.revisit)
    event.origin = origin
    return event
