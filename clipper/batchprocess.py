"""A run's batches in a process of their own (:func:`run_apart`), so that the memory they free
and keep goes back to the operating system before the story stage at the run's end.

Why: each batch's stages leave the main process's heap fragmented (Python's allocator keeps an
arena while any object in it lives; ~4 MB per 1,000 one-day records that no ``malloc`` setting
or ``malloc_trim`` gives back, ``bench/HISTORY.md`` sessions 41-42), and the story stage then
allocated its ~7.7 KB a cluster on top of it: the run's peak was the batches' kept memory plus
the stage's.  Forked at the run's start, a child process stores and commits every batch and
ends; the main process, which never held a batch, runs the story stage.

Where: the fork start method (Linux, the BSDs, macOS's default is spawn but fork is offered):
:data:`AVAILABLE`, the one place that says so.  Elsewhere, on a dry run (one transaction from
the first batch to the story stage) and with one worker (``--workers 1``: the in-process path
tests and profiles use) the batches run in the main process as before.

The child commits each batch as the main process did (a batch is one transaction); what it
sends back at its end is what the story stage and the run's record need (its summary, the
readings and revisits to merge, its rejections, where its story vectors are in their file).
A stop (Ctrl-C, SIGTERM) that reaches the main process alone is passed on to the child (one sent
to the process group reaches both; the child drops a second), which stops as a run does (the
batch in flight rolled back) and says so; a child that ends without a word
(killed, out of memory) is :class:`BatchProcessLost`: the run fails, its committed batches kept.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import signal
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from clipper import stops

T = TypeVar("T")

# Whether this platform forks (the child starts as a copy of the main process: its archive,
# configuration and temporary files open): the one place that decides where batches run apart.
AVAILABLE = "fork" in multiprocessing.get_all_start_methods()


class BatchProcessLost(OSError):
    """The process storing the run's batches ended without sending its result: killed (the
    out-of-memory killer, SIGKILL) or crashed.  Its committed batches stay in the archive; the
    batch it was storing was not committed (a transaction that never ended)."""

    def __init__(self, exitcode: int | None) -> None:
        if exitcode is not None and exitcode < 0:
            name = signal.Signals(-exitcode).name
            how = f"was killed by {name}" + (" (out of memory?)" if name == "SIGKILL" else "")
        else:
            how = f"ended (exit code {exitcode}) before it sent its result"
        super().__init__(f"the process storing the batches {how}")
        self.exitcode = exitcode
        # what the run's message tells the user to fix (clipper.run.RunFailed)
        self.hint = (
            "free memory, or run with fewer pages a batch"
            if exitcode == -signal.SIGKILL
            else "see what it printed above"
        )


class CarriedError(OSError):
    """An error of the child that does not pickle back as itself (an ``OSError`` or a
    database error whose class takes other arguments, :class:`clipper.workers.WorkerLost`):
    raised in the main process with its kind (``carried_kind``: its class's name), message and
    ``hint``, so the run fails saying what it would have said in the main process."""

    def __init__(self, kind: str, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.carried_kind = kind
        if hint is not None:
            self.hint = hint

    def __reduce__(self) -> tuple[Any, ...]:
        return (CarriedError, (self.carried_kind, str(self), getattr(self, "hint", None)))


def _traceback(error: BaseException) -> str:
    """``error``'s traceback, as text."""
    return "".join(traceback.format_exception(error)).rstrip()


def run_apart(work: Callable[[], T]) -> tuple[T, KeyboardInterrupt | None]:
    """``work()`` in a forked child process: what it returned (pickled), with the stop this
    process received while it waited, if any; or raises what it raised (a
    :class:`RuntimeError` holding the traceback when that does not pickle).

    A stop of this process while it waits (``KeyboardInterrupt``, :class:`stops.Terminated`)
    is sent on to the child as its signal, the first one only (the child drops a second stop
    of a run already stopping), then the child is waited for: ``work`` decides what a stop
    does to its work; the caller, what one that came after the work ended does.  Raises
    :class:`BatchProcessLost` when the child ends without a result.  Only where
    :data:`AVAILABLE`."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(work, send, os.getpid()), daemon=False)
    with stops.held():  # the child exists, and this process knows it, or neither
        child.start()
    send.close()
    stopped: KeyboardInterrupt | None = None
    try:
        while True:
            try:
                raw = receive.recv_bytes()
                break
            except KeyboardInterrupt as stop:
                if stopped is None and child.pid is not None and child.exitcode is None:
                    stops.let_go(stop)
                    terminated = isinstance(stop, stops.Terminated)
                    os.kill(child.pid, signal.SIGTERM if terminated else signal.SIGINT)
                stopped = stopped or stop
            except EOFError:
                child.join()
                raise BatchProcessLost(child.exitcode) from stopped
    finally:
        receive.close()
    with stops.held(deliver=False):  # the child ends at once; a stop meanwhile is known
        child.join()
    ok, value = pickle.loads(raw)
    if ok:
        return value, stopped
    raise value


def _child(work: Callable[[], Any], send: Any, parent: int) -> None:
    """The child's body: stopped by SIGTERM should the main process die; ``work()``, and its
    result or exception sent back pickled.  It stays in the main process's process group: a
    stop sent to the group (a terminal's Ctrl-C, ``kill -TERM -PGID``, a service manager's
    SIGKILL) reaches it as it reaches the cleaning workers."""
    stops.forked()  # forked inside the main process's stops.held()
    _stop_with_parent(parent)
    try:
        outcome: tuple[bool, Any] = (True, work())
    except BaseException as error:  # every end of the work is sent back
        outcome = (False, error)
    # a stop now, after the work, is the main process's to act on (it sent it, or had it too):
    # dropped, here and while this process exits (multiprocessing's end of a child prints the
    # traceback of what it raises)
    with stops.held(deliver=False), contextlib.suppress(BrokenPipeError):
        stops.settle()
        raw = _pickled(outcome)
        send.send_bytes(raw)  # the main process gone (killed): nobody to tell
        send.close()


def portable(error: BaseException) -> BaseException:
    """``error`` if it pickles back as itself, else what stands for it in the main process: a
    :class:`CarriedError` for an ``OSError`` or database error (the run fails as it would
    have), a :class:`RuntimeError` with its traceback for anything else."""
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:  # an exception whose class takes other arguments than its message
        from sqlalchemy.exc import SQLAlchemyError

        if isinstance(error, (OSError, SQLAlchemyError)):
            reason = getattr(error, "orig", None) or error
            return CarriedError(
                type(reason).__name__, " ".join(str(reason).split()), getattr(error, "hint", None)
            )
        return RuntimeError(f"the process storing the batches failed:\n{_traceback(error)}")


def _pickled(outcome: tuple[bool, Any]) -> bytes:
    """``outcome`` pickled so that the main process unpickles it (its exception
    :func:`portable`; a result that does not pickle back, a :class:`RuntimeError`)."""
    try:
        raw = pickle.dumps(outcome if outcome[0] else (False, portable(outcome[1])))
        pickle.loads(raw)
        return raw
    except Exception as error:  # a result that does not pickle back
        return pickle.dumps((False, portable(RuntimeError(_traceback(error)))))


def _stop_with_parent(parent: int) -> None:
    """SIGTERM to this process when the main process dies (Linux; elsewhere nothing): it
    stops as a run stopped by SIGTERM, its batch in flight rolled back."""
    from clipper.workers import die_with

    die_with(parent, signal.SIGTERM)
