"""A WARC record split into segments (WARC 1.1, section "Segmentation"), joined again: a crawler
that reaches its file size limit in the middle of a record writes the record's first part with
``WARC-Segment-Number: 1`` at the end of one file and the rest as ``continuation`` records at
the start of the next, each naming the first by ``WARC-Segment-Origin-ID`` (its
``WARC-Record-ID``) and its own number, the last one with ``WARC-Segment-Total-Length``.
warcio reads each record as it is; :class:`Segments` holds a first segment's block until its
continuations come, across the WARC files of one run in the order they are read, and gives
back the whole record to read as one (:func:`clipper.read.warcrecords.event_from_record`).

Bounded: a held record keeps at most ``ReadLimits.max_page_bytes + 1`` bytes of its block (a
longer one is a ``too-large`` page whatever it holds), and at most
:data:`~clipper.config.ReadLimits.max_waiting_segments` records wait at once (the oldest is then
given up, as below).  A record whose continuation never comes (the run did not read the next
file, or it lacks the record) is read from its first segment alone, marked partial: the run
counts it.  A continuation naming no record held (its first segment was in a file not read in
this run, or came out of order) is a ``warc-other`` rejection saying so."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from io import BytesIO
from typing import Any

from warcio.recordloader import ArcWarcRecord

from clipper.config import ReadLimits
from clipper.page import WARC_NOT_PAGES, RawPage, Rejection
from clipper.read.failures import Event, short
from clipper.read.files import DRAIN_CHUNK
from clipper.read.warcrecords import event_from_record

# How a page read from its first segment only ends its ``RawPage.partial``.
_ONLY_FIRST = (
    "only the first segment of a WARC record split across files (WARC-Segment-Number: 1) was "
    "read: {why}; the page is kept as far as it goes"
)


@dataclass(slots=True)
class Held:
    """A segmented record's first segment, and what its continuations added."""

    record: Any  # warcio's record of the first segment (its headers; its stream is spent)
    origin: str = ""  # path@OFFSET of the first segment, set once the record is consumed
    block: list[bytes] = field(default_factory=list)
    size: int = 0
    number: int = 1  # the last segment number joined
    complete: bool = False  # the last continuation (WARC-Segment-Total-Length) is joined

    def add(self, stream: Any, limit: int) -> None:
        """Append a segment's block (up to ``limit + 1`` bytes in all; the rest is drained)."""
        while chunk := stream.read(DRAIN_CHUNK):
            room = limit + 1 - self.size
            if room > 0:
                self.block.append(chunk[:room])
                self.size += min(len(chunk), room)

    def whole(self) -> Any:
        """The record as if it had never been split: the first segment's headers over the
        joined payload, for :func:`~clipper.read.warcrecords.event_from_record`."""
        first = self.record
        return ArcWarcRecord(
            first.format,
            first.rec_type,
            first.rec_headers,
            BytesIO(b"".join(self.block)),
            first.http_headers,
            first.content_type,
            self.size,
        )


class Segments:
    """The first segments of split WARC records waiting for their continuations, by
    ``WARC-Record-ID``, in the order they were read (one per run, or per file in a bundle)."""

    def __init__(self, limits: ReadLimits) -> None:
        self.limits = limits
        self.waiting: dict[str, Held] = {}

    def take(self, record: Any) -> Held | Rejection | None:
        """What a record is to segmentation: None, not a segment (read it as it is); its
        :class:`Held` record, waiting (a first segment: set its ``origin`` once read; a
        continuation before the last) or ``complete`` (this continuation is the last,
        ``WARC-Segment-Total-Length``: read :meth:`Held.whole`); a ``warc-other`` rejection
        for a continuation of no record held."""
        headers = record.rec_headers
        rec_type = (record.rec_type or "").lower()
        number = (headers.get_header("WARC-Segment-Number") or "").strip()
        if rec_type != "continuation":
            record_id = (headers.get_header("WARC-Record-ID") or "").strip()
            if number != "1" or not record_id or rec_type not in ("response", "resource"):
                return None
            held = Held(record)
            held.add(record.raw_stream, self.limits.max_page_bytes)
            self.waiting[record_id] = held
            return held
        origin_id = (headers.get_header("WARC-Segment-Origin-ID") or "").strip()
        held_or_none = self.waiting.get(origin_id)
        url = (headers.get_header("WARC-Target-URI") or "").strip()
        if held_or_none is None:
            return Rejection(
                "",
                "warc-other",
                f"continuation record (segment {number or '?'}) of {origin_id or 'no record'}"
                f", whose first segment this run did not read: {url}".rstrip(": "),
            )
        held = held_or_none
        if number != str(held.number + 1):
            return Rejection(
                "",
                "warc-other",
                f"continuation record numbered {number or '?'} after segment {held.number} "
                f"of {origin_id}: not joined",
            )
        held.number += 1
        held.add(record.raw_stream, self.limits.max_page_bytes)
        if headers.get_header("WARC-Segment-Total-Length") is None:
            return held  # more segments follow
        del self.waiting[origin_id]
        held.complete = True
        return held

    def forget(self, held: Held) -> None:
        """``held`` waits no longer (its record is cut inside its head: no page)."""
        for key, value in list(self.waiting.items()):
            if value is held:
                del self.waiting[key]

    def give_up(self, held: Held, why: str) -> Event:
        """The page of a held record read from what came of it (no longer waiting), marked
        partial: ``why`` the rest never comes."""
        self.forget(held)
        return _only_first(held, self.limits, why)

    def over(self) -> Iterator[Event]:
        """The pages of the oldest held records beyond ``max_waiting_segments``, given up."""
        while len(self.waiting) > self.limits.max_waiting_segments:
            held = self.waiting[next(iter(self.waiting))]
            yield self.give_up(
                held,
                f"over {self.limits.max_waiting_segments} split records waited for their "
                f"continuations at once (max_waiting_segments)",
            )

    def left(self) -> Iterator[Event]:
        """The pages of every record still waiting once the run's files are read, in the
        order read."""
        while self.waiting:
            held = self.waiting[next(iter(self.waiting))]
            yield self.give_up(
                held, "its continuation record was in no WARC file read after it in this run"
            )


def _only_first(held: Held, limits: ReadLimits, why: str) -> Event:
    """The page of a held record's segments so far, marked partial (``why`` the rest never
    comes), at its first segment's origin; a ``truncated`` rejection when they hold none."""
    event = joined_event(held, limits)
    note = _ONLY_FIRST.format(why=why)
    if isinstance(event, RawPage):
        event.partial = note
        return event
    if event.reason in WARC_NOT_PAGES:
        return event  # an image, a redirect: no page was lost
    return Rejection(
        held.origin, "truncated", f"{note} ({event.reason}: {event.detail})", url=event.url
    )


def joined_event(held: Held, limits: ReadLimits) -> Event:
    """The page (or rejection) a held record's segments so far make, at its first segment's
    origin; a block that does not decode (a gzip payload cut between segments) is
    ``corrupt``."""
    try:
        event = event_from_record(held.whole(), limits)
    except Exception as exc:  # warcio's decoders on a payload cut short between segments
        return Rejection(held.origin, "corrupt", f"a split WARC record: {short(exc)}")
    if isinstance(event, Rejection):
        return replace(event, origin=held.origin)
    event.origin = held.origin
    return event
