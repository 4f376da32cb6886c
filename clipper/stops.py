"""A dedupe run's stops: Ctrl-C (SIGINT) and SIGTERM (a cron job's timeout, a service stop),
each a :class:`KeyboardInterrupt` raised in the main thread wherever the signal finds it, after
which the run records itself as interrupted (:mod:`clipper.run`).

Two things make "wherever" safe:

- :func:`held`: the writes that open and close a run's row are not cut; a stop arriving during
  them waits until they are committed (a row committed 'running' and then never ended, or a
  completed run's end cut half-written, would read as a run still going).
- :func:`let_go`: a stop that cut a statement short leaves that statement's connection to the
  archive behind, and SQLite keeps its write transaction open while anything holds the
  statement.  The stop's own traceback does (the frames it unwound keep the cursor), so every
  later write of the run waited ``busy_timeout`` (30 s) and failed "database is locked": the
  run's row stayed 'running' after a SIGTERM.  Clearing those frames lets the connection close
  and its transaction roll back.

And three things make "wherever" print a traceback, or lose the stop:

- A finalizer (a ``__del__`` method, a weakref callback: SQLAlchemy's, which the garbage
  collector runs by the hundred after each batch): Python cannot raise an exception out of
  one, and prints "Exception ignored in …" instead.  A stop landing there is sent again
  (:data:`REDELIVER_S` later) instead of being lost: the run went on to complete, printing the
  stop's traceback, as if no Ctrl-C or SIGTERM had come.
- The connection pool's upkeep (:func:`in_connection_upkeep`): SQLAlchemy's pool logs with its
  traceback whatever cuts short its return, reset, closing or termination of a connection
  ("Exception terminating connection", "Exception during reset or similar"), then raises it.
  A stop landing there is sent again :data:`REDELIVER_S` later, once the pool is done.
- A second stop (:func:`settle`): a stop sent to the process group reaches the process storing
  the batches twice (the group's, and the one the main process passes on), a few milliseconds
  apart, while the first unwinds through the statement it cut short, whose connection the
  pool terminates (the CI failure of session 45).  Once a stop is raised, the process is
  stopping: later stops are dropped until :func:`as_interrupts` ends.
"""

from __future__ import annotations

import functools
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

# The signals turned into stops while a run lasts (:func:`as_interrupts`).
STOP_SIGNALS: tuple[int, ...] = (signal.SIGINT, signal.SIGTERM)

# Seconds after which a stop raised inside a finalizer, where Python drops it, is sent again:
# long enough for the garbage collection that ran the finalizer to end (its other finalizers
# would drop the stop too), short beside the few seconds a stop may take.
REDELIVER_S = 0.05

# While above 0, a stop is kept in _caught rather than raised (:func:`held`).  A plain counter,
# not a swapped handler: the signal handler only reads it, so no moment of entering or leaving
# the block drops a stop.
_holding = 0
_caught: list[int] = []
# How many as_interrupts blocks are running: a stop is sent again only into one.
_active = 0
# Whether this process is stopping (a stop was raised) or has done its work and only exits
# (:func:`settle`): every later stop is dropped, until the outermost as_interrupts block ends.
_settled = False

# The modules whose code returns, resets, closes, terminates and disposes of database
# connections, and logs the traceback of a stop that cuts that short (SQLAlchemy's pool:
# ``_finalize_fairy``, ``_ConnectionRecord.invalidate``, ``Pool._close_connection``).
CONNECTION_UPKEEP = ("sqlalchemy.pool",)


class Terminated(KeyboardInterrupt):
    """SIGTERM during a run (a cron job's timeout, a service stop): stopped like Ctrl-C, so the
    run is recorded as interrupted and the committed batches stay."""


def _stop(signum: int) -> KeyboardInterrupt:
    return Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()


def _on_signal(signum: int, frame: FrameType | None) -> None:
    global _settled
    if _settled:
        return  # a second stop of a process already stopping, or done
    if _holding:
        _caught.append(signum)
        return
    if in_connection_upkeep(frame):
        _resend(signum)
        return
    _settled = True
    raise _stop(signum)


def in_connection_upkeep(frame: FrameType | None) -> bool:
    """Whether ``frame`` (a signal handler's: where the signal found the main thread) runs
    inside the connection pool's upkeep (:data:`CONNECTION_UPKEEP`), the frames that called it
    included: an exception raised there is logged with its traceback to stderr before it goes
    on (SQLAlchemy 2's ``sqlalchemy.pool.base``).  Walks the stack once (tens of frames)."""
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if any(module == name or module.startswith(name + ".") for name in CONNECTION_UPKEEP):
            return True
        frame = frame.f_back
    return False


def settle() -> None:
    """From now until the outermost :func:`as_interrupts` block ends, every stop is dropped:
    this process stops already, or has done its work and only exits (the process storing the
    batches, its result sent: :mod:`clipper.batchprocess`).  A stop raised marks it so by
    itself."""
    global _settled
    _settled = True


@contextmanager
def as_interrupts() -> Iterator[None]:
    """While the block runs, SIGTERM raises :class:`Terminated` and SIGINT
    ``KeyboardInterrupt``, each held back inside :func:`held` and sent again when it lands in
    the connection pool's upkeep (:func:`in_connection_upkeep`); once one is raised, the later
    ones are dropped (:func:`settle`).  The previous handlers come back after it.  A signal
    ignored (SIGINT in a shell's background job) stays ignored.  The main thread only (signal
    handlers cannot be set from another): elsewhere nothing changes."""
    global _active, _settled
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous: dict[int, Any] = {}
    try:
        for signum in STOP_SIGNALS:
            if signal.getsignal(signum) is not signal.SIG_IGN:
                previous[signum] = signal.signal(signum, _on_signal)
        _active += 1
        with resent_from_finalizers(KeyboardInterrupt, _resend_stop):
            yield
    finally:
        _active -= 1
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if not _active:
            _settled = False


@contextmanager
def resent_from_finalizers(
    kind: type[BaseException], send_again: Callable[[BaseException], object]
) -> Iterator[None]:
    """While the block runs, an exception of ``kind`` raised inside a finalizer, where Python
    drops it (prints "Exception ignored in" through ``sys.unraisablehook``), is handed to
    ``send_again`` instead, which must raise it again later, outside the finalizer (a timer of
    :data:`REDELIVER_S`: at once, it would land in the hook itself or in the next finalizer of
    the same collection).  Anything else goes to the previous hook, which comes back after the
    block.  Used for the stops (:func:`as_interrupts`) and the extraction's deadline
    (:mod:`clipper.htmlclean`), both raised by a signal handler wherever the signal finds the
    main thread."""
    hook = sys.unraisablehook
    sys.unraisablehook = functools.partial(_on_unraisable, hook, kind, send_again)
    try:
        yield
    finally:
        sys.unraisablehook = hook


def _on_unraisable(
    hook: Callable[[Any], object],
    kind: type[BaseException],
    send_again: Callable[[BaseException], object],
    unraisable: Any,
) -> None:
    caught = unraisable.exc_value
    if isinstance(caught, kind):
        send_again(caught)
    else:
        hook(unraisable)


def _resend_stop(stop: BaseException) -> None:
    """Send the stop's signal again :data:`REDELIVER_S` seconds later, from a thread: it was
    dropped inside a finalizer, so this process is not stopping after all."""
    global _settled
    _settled = False
    _resend(signal.SIGTERM if isinstance(stop, Terminated) else signal.SIGINT)


def _resend(signum: int) -> None:
    """Send ``signum`` to this process again :data:`REDELIVER_S` seconds later, from a
    thread, while an :func:`as_interrupts` block runs."""
    again = threading.Timer(REDELIVER_S, _send_again, (signum,))
    again.daemon = True
    again.start()


def _send_again(signum: int) -> None:
    if _active:
        os.kill(os.getpid(), signum)


@contextmanager
def held(*, deliver: bool = True) -> Iterator[None]:
    """Hold back the stops of :func:`as_interrupts` while the block runs; then raise the first
    one caught, or with ``deliver=False`` (a run already stopping) drop them.  Nested blocks
    deliver when the outermost ends."""
    global _holding, _settled
    _holding += 1
    try:
        yield
    finally:
        _holding -= 1
        if not _holding and _caught:
            signum = _caught[0]
            _caught.clear()
            if deliver and not _settled:
                _settled = True
                raise _stop(signum)


def forked() -> None:
    """In a child process forked by the run (:mod:`clipper.batchprocess`): the stops the
    parent held back at the fork are its own to deliver, not the child's, which starts holding
    none (inherited, a hold would keep every stop of the child back for its whole life), and
    it is not stopping."""
    global _holding, _settled
    _holding = 0
    _settled = False
    _caught.clear()


def let_go(stop: BaseException | None) -> None:
    """Clear the locals of the frames ``stop`` (and the exceptions it was raised during)
    unwound, so that a statement it cut short, and that statement's connection, can be freed
    (``traceback.clear_frames``; the frames still running are left as they are).  The
    traceback keeps its file and line numbers."""
    seen: set[int] = set()
    while stop is not None and id(stop) not in seen:
        seen.add(id(stop))
        traceback.clear_frames(stop.__traceback__)
        stop = stop.__context__
