"""Byte strings by page id in an anonymous temporary file (:class:`DiskBytes`): what a run
keeps for every page of the night without holding it in the main process (story vectors
waiting for the story stage, :mod:`clipper.stories.pending`; verification candidates,
:mod:`clipper.keptpages`).  The process holds each entry's place (16 bytes in a NumPy array,
grown by doubling, and a dict entry); reading one back is one ``pread``.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator

import numpy as np
import numpy.typing as npt


class DiskBytes:
    """page id → bytes, the bytes in a temporary file named ``prefix``… (gone when the object
    is closed or collected).  A page written again has its new bytes read (the old ones stay
    in the file, unreferenced); ``clear`` empties it and truncates the file."""

    def __init__(self, prefix: str) -> None:
        # open for the object's life (the run), closed by close()
        self._file = tempfile.TemporaryFile(prefix=prefix)  # noqa: SIM115
        self._end = 0
        # page id → row of _places (offset, length in bytes)
        self._row: dict[int, int] = {}
        self._places = np.zeros((1024, 2), np.int64)

    def write(self, items: Iterable[tuple[int, bytes]]) -> None:
        """Write ``(page id, bytes)`` pairs to the file (one write for all of them)."""
        data: list[bytes] = []
        start = self._end
        for page_id, raw in items:
            row = self._row.setdefault(page_id, len(self._row))
            if row >= len(self._places):
                self._places = np.concatenate([self._places, np.zeros_like(self._places)])
            self._places[row] = (self._end, len(raw))
            self._end += len(raw)
            data.append(raw)
        if data:
            os.pwrite(self._file.fileno(), b"".join(data), start)

    def read(self, page_id: int, what: str) -> bytes:
        """The bytes of ``page_id`` (KeyError when none were written); OSError when the file
        gives fewer (``what``: the kind of entry, for the message)."""
        offset, length = self._places[self._row[page_id]].tolist()
        raw = os.pread(self._file.fileno(), length, offset)
        if len(raw) != length:
            raise OSError(f"{what} of page {page_id}: {len(raw)} of {length} bytes read")
        return raw

    def places(self, page_ids: list[int]) -> npt.NDArray[np.int64]:
        """``(n, 2)``: where the bytes of each of ``page_ids`` are in the file (offset, length
        in bytes); KeyError for a page none were written for."""
        row = self._row
        return self._places[np.fromiter((row[p] for p in page_ids), np.int64, len(page_ids))]

    def fileno(self) -> int:
        """The file's descriptor: a process forked while it is open reads it with ``pread``
        (:func:`read_at`)."""
        return self._file.fileno()

    def __contains__(self, page_id: object) -> bool:
        return page_id in self._row

    def __iter__(self) -> Iterator[int]:
        return iter(self._row)

    def __len__(self) -> int:
        return len(self._row)

    def clear(self) -> None:
        self._row.clear()
        self._places = np.zeros((1024, 2), np.int64)
        self._end = 0
        self._file.truncate(0)

    def close(self) -> None:
        self._row.clear()
        self._file.close()


def read_at(fd: int, places: npt.NDArray[np.int64]) -> list[bytes]:
    """The bytes at ``places`` (``(n, 2)``: offset, length) of the file open as ``fd`` (a
    :class:`DiskBytes`' file, in a process forked while it was open); OSError when the file
    gives fewer."""
    out = []
    for offset, length in places.tolist():
        raw = os.pread(fd, length, offset)
        if len(raw) != length:
            raise OSError(f"{len(raw)} of {length} bytes read at {offset}")
        out.append(raw)
    return out
