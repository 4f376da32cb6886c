"""How a reading error becomes one :class:`~clipper.page.Rejection` that ends the file.

Readers are generators of ``Event`` (a page or a rejection).  Third-party parsers (gzip, zlib,
warcio) raise a wide range of exceptions on hostile input; :func:`guarded` turns any of them
into one rejection at the place :class:`Progress` last recorded (``path``, ``path:LINE`` or
``path@OFFSET``), with how many whole pages/lines/records came before, and ends the file: the
run goes on with the next one.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Generator, Iterator
from dataclasses import dataclass

from warcio.exceptions import ArchiveLoadFailed

from clipper import graphemes
from clipper.page import RawPage, Rejection

Event = RawPage | Rejection
_DETAIL_MAX = 200


class TooLarge(Exception):
    """A limit of ReadLimits was exceeded; the message names it."""


class Corrupt(Exception):
    """Input that cannot be parsed further; the message says why."""


@dataclass(slots=True)
class Progress:
    """Where a reader is, so an error in the middle of a file is reported at that place."""

    where: str
    unit: str = "page"  # what ``done`` counts, for the error detail
    done: int = 0


def guarded(events: Generator[Event, None, None], progress: Progress) -> Iterator[Event]:
    """Pass events on; turn an error while reading into one Rejection that ends the file.

    Only the reader's own ``next()`` is guarded, so an exception raised by the consumer of
    ``read_pages`` (or by ``on_reject``) is never mistaken for damaged input.  Third-party
    parsers (gzip, zlib, warcio) raise a wide range of exceptions on hostile input; all of them
    mean "this file cannot be read further", so any Exception ends the file, not the run.
    """
    try:
        while True:
            try:
                event = next(events)
            except StopIteration:
                return
            except Exception as exc:
                yield _rejection_for(exc, progress)
                return
            yield event
    finally:
        events.close()


def _rejection_for(exc: Exception, progress: Progress) -> Rejection:
    where = progress.where
    after = f"after {progress.done} whole {progress.unit}{'' if progress.done == 1 else 's'}"
    if isinstance(exc, TooLarge):
        return Rejection(where, "too-large", f"{exc}; rest of file not read")
    if isinstance(exc, EOFError):
        return Rejection(where, "truncated", f"compressed data ends early ({after}); rest lost")
    if isinstance(exc, Corrupt):
        return Rejection(where, "corrupt", f"{exc} ({after}); rest of file not read")
    if isinstance(exc, gzip.BadGzipFile | zlib.error | ArchiveLoadFailed):
        return Rejection(where, "corrupt", f"{short(exc)} ({after}); rest of file not read")
    if isinstance(exc, OSError) and exc.errno is None:
        # bz2's "Invalid data stream" and the like: damaged data, not a file system error
        return Rejection(where, "corrupt", f"{short(exc)} ({after}); rest of file not read")
    if isinstance(exc, OSError):
        return Rejection(where, "unreadable", os_detail(exc))
    return Rejection(where, "corrupt", f"{short(exc)} ({after}); rest of file not read")


def short(exc: BaseException) -> str:
    """One printable line naming the exception type, never a traceback (warcio quotes the
    raw bytes it failed on, which may be binary)."""
    text = " ".join(str(exc).split())
    text = "".join(c if c.isprintable() and ord(c) < 0x250 else "?" for c in text)
    msg = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return msg if len(msg) <= _DETAIL_MAX else graphemes.cut(msg, _DETAIL_MAX - 1) + "…"


def os_detail(exc: BaseException) -> str:
    """A short lower-case reason for an OS error ("permission denied"), else :func:`short`."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return short(exc)


def mb(n: int) -> str:
    """``n`` bytes in MB (2**20 bytes), for messages: ``"20 MB"``."""
    return f"{n / (1024 * 1024):g} MB"
