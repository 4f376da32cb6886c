"""The deadline an extraction runs under (:func:`deadline`, ``CleanConfig.extraction_timeout_s``:
30 s by default): lxml and trafilatura have pathological pages, and a page is better lost, counted
``timeout``, than the night."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from clipper import stops

__all__ = ["Timeout", "deadline", "paused", "running"]


class Timeout(BaseException):
    """Raised by the SIGALRM handler; a BaseException so that ``except Exception`` inside
    trafilatura cannot swallow it."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`Timeout` in this thread after ``seconds`` (main thread only).  A Timeout
    raised inside a finalizer (a ``__del__``, a weakref callback: lxml's and SQLAlchemy's run
    whenever the garbage collector does), where Python drops it, is raised again
    :data:`clipper.stops.REDELIVER_S` later (:func:`clipper.stops.resent_from_finalizers`):
    dropped, the one-shot timer left the extraction to run for as long as it would.  Nor is it
    raised inside the connection pool's upkeep (:func:`clipper.stops.in_connection_upkeep`: a
    finalizer of SQLAlchemy's the garbage collector runs), which logs its traceback: the timer
    is armed again for :data:`clipper.stops.REDELIVER_S`."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _alarm(signum: int, frame: FrameType | None) -> None:
        if stops.in_connection_upkeep(frame):
            signal.setitimer(signal.ITIMER_REAL, stops.REDELIVER_S)
            return
        raise Timeout

    def _again(timeout: BaseException) -> None:
        signal.setitimer(signal.ITIMER_REAL, stops.REDELIVER_S)

    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        # armed inside the block: a stop (KeyboardInterrupt) landing right after it must not
        # leave the timer to raise Timeout into whatever runs 30 s later (the run's end)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        with stops.resent_from_finalizers(Timeout, _again):
            yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def paused() -> Iterator[None]:
    """The block runs outside the :func:`deadline` around it, if any (main thread only): its
    timer is stopped for the block and armed again with the seconds it had left, so a
    process's one-time set-up met inside a page's extraction (dateparser's locales, at the
    first page that needs them: :func:`clipper.extraction.set_up_once`) is not counted as
    the page's work.  Elsewhere, or with no deadline armed, the block just runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    left, _ = signal.setitimer(signal.ITIMER_REAL, 0)
    try:
        yield
    finally:
        if left > 0:
            signal.setitimer(signal.ITIMER_REAL, left)


def running() -> bool:
    """Whether a :func:`deadline` is running out in this thread (main thread only)."""
    return (
        threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] > 0
    )
