"""Files on disk: walking folders in a fixed order and opening files with bounded reads.

:func:`walk` yields regular files (or rejections for what cannot be walked) in sorted order;
:func:`open_bounded` opens a file, decompressing ``.gz`` and raising
:class:`~clipper.read.failures.TooLarge` past ``ReadLimits.max_decompressed_bytes`` (bytes).
"""

from __future__ import annotations

import gzip
import os
import stat
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from clipper.config import ReadLimits
from clipper.page import Rejection
from clipper.read.failures import TooLarge, mb, os_detail

DRAIN_CHUNK = 64 * 1024


def walk(
    top: Path, seen: set[str], skip: Collection[str] = frozenset()
) -> Iterator[Path | Rejection]:
    """Regular files under ``top`` in sorted order, or Rejections for what cannot be walked.

    ``top`` is followed when it is a symbolic link; links met inside a folder are not (as
    ``find``, ``rsync`` and ``os.walk`` do by default): a link to ``/`` or to another crawl
    would read far beyond the dump.  Each is a ``symlink`` rejection naming its target, so the
    user can name the target on the command line.  Entries whose real path is in ``skip`` (the
    archive's own files, when it lives inside the dump) are left out without a word.
    An explicit stack instead of recursion: folder depth must not hit the recursion limit.
    ``seen`` holds real paths, so a path named twice is read once.
    """
    stack: list[Path] = [top]
    while stack:
        path = stack.pop()
        if path is not top and path.is_symlink():
            yield Rejection(str(path), "symlink", _link_detail(path))
            continue
        try:
            # stat follows symlinks: a dangling link or a link-to-itself fails here (ENOENT/ELOOP).
            mode = path.stat().st_mode
            real = os.path.realpath(path)
        except (OSError, ValueError) as exc:
            yield Rejection(str(path), "unreadable", os_detail(exc))
            continue
        if real in skip and path is not top:
            continue
        if real in seen:
            yield Rejection(str(path), "already-read", f"same as {real}, read once")
            continue
        seen.add(real)
        if stat.S_ISDIR(mode):
            try:
                names = sorted(entry.name for entry in os.scandir(path))
            except OSError as exc:
                yield Rejection(str(path), "unreadable", os_detail(exc))
                continue
            # Reversed onto the stack so they come off in sorted order.
            stack.extend(path / name for name in reversed(names) if not name.startswith("."))
        elif stat.S_ISREG(mode):
            yield path
        else:
            # FIFOs and devices: opening a FIFO would block forever.
            yield Rejection(str(path), "unreadable", "not a regular file")


def _link_detail(path: Path) -> str:
    try:
        target = os.readlink(path)
    except OSError as exc:
        return f"a symbolic link ({os_detail(exc)}): not followed"
    return (
        f"a symbolic link to {target}: links inside a folder are not followed; "
        "name the target on the command line to read it"
    )


class Reader(Protocol):
    """What the line and page readers need of a file: plain files and GzipFile both fit."""

    def read(self, size: int = -1, /) -> bytes: ...

    def readline(self, size: int = -1, /) -> bytes: ...


class _BoundedReader:
    """A binary reader that raises TooLarge once more than ``limit`` bytes came out of it.

    Wraps a GzipFile so a gzip bomb is stopped after ``max_decompressed_bytes`` no matter how
    the caller reads (whole-page reads and line reads both go through here).
    """

    def __init__(self, inner: Reader, limit: int) -> None:
        self._inner = inner
        self._limit = limit
        self._count = 0

    def _count_out(self, data: bytes) -> bytes:
        self._count += len(data)
        if self._count > self._limit:
            raise TooLarge(f"decompresses to over {mb(self._limit)} (max_decompressed_bytes)")
        return data

    def read(self, size: int = -1) -> bytes:
        return self._count_out(self._inner.read(size))

    def readline(self, size: int = -1) -> bytes:
        return self._count_out(self._inner.readline(size))


@contextmanager
def open_bounded(path: Path, gz: bool, limits: ReadLimits) -> Iterator[Reader]:
    """``path`` opened for binary reading; with ``gz``, decompressed and bounded: reading past
    ``limits.max_decompressed_bytes`` raises :class:`~clipper.read.failures.TooLarge`, and damaged
    gzip data raises ``gzip.BadGzipFile`` / ``zlib.error`` / ``EOFError`` while reading."""
    with open(path, "rb") as raw:
        if not gz:
            yield raw
            return
        with gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
            yield _BoundedReader(unzipped, limits.max_decompressed_bytes)
