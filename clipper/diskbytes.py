"""Byte strings by page id in an anonymous temporary file (:class:`DiskBytes`): what a run
keeps for every page of the night without holding it in the main process (story vectors
waiting for the story stage, :mod:`clipper.stories.pending`; verification candidates,
:mod:`clipper.keptpages`).  The process holds each entry's place (its id, offset and length:
24 bytes in NumPy arrays, :class:`clipper.idtable.IdTable`); reading one back is one ``pread``.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator

import numpy as np
import numpy.typing as npt

from clipper.idtable import IdTable


class DiskBytes:
    """page id → bytes, the bytes in a temporary file named ``prefix``… (gone when the object
    is closed or collected).  A page written again has its new bytes read (the old ones stay
    in the file, unreferenced); ``clear`` empties it and truncates the file."""

    def __init__(self, prefix: str) -> None:
        # open for the object's life (the run), closed by close()
        self._file = tempfile.TemporaryFile(prefix=prefix)  # noqa: SIM115
        self._end = 0
        # page id → (offset, length in bytes): 24 bytes a page (clipper.idtable)
        self._places = IdTable(2)

    def write(self, items: Iterable[tuple[int, bytes]]) -> None:
        """Write ``(page id, bytes)`` pairs to the file (one write for all of them)."""
        data: list[bytes] = []
        start = self._end
        for page_id, raw in items:
            self._places[page_id] = (self._end, len(raw))
            self._end += len(raw)
            data.append(raw)
        if data:
            os.pwrite(self._file.fileno(), b"".join(data), start)

    def read(self, page_id: int, what: str) -> bytes:
        """The bytes of ``page_id`` (KeyError when none were written); OSError when the file
        gives fewer (``what``: the kind of entry, for the message)."""
        place = self._places.get(page_id)
        if place is None:
            raise KeyError(page_id)
        offset, length = place
        raw = os.pread(self._file.fileno(), length, offset)
        if len(raw) != length:
            raise OSError(f"{what} of page {page_id}: {len(raw)} of {length} bytes read")
        return raw

    def places(self, page_ids: list[int]) -> npt.NDArray[np.int64]:
        """``(n, 2)``: where the bytes of each of ``page_ids`` are in the file (offset, length
        in bytes); KeyError for a page none were written for."""
        return self._places.values(page_ids)

    def fileno(self) -> int:
        """The file's descriptor: a process forked while it is open reads it with ``pread``
        (:func:`read_at`)."""
        return self._file.fileno()

    def index(self) -> tuple[IdTable, int]:
        """Where each entry is, and where the file's next bytes go: what a process that wrote
        to the file (forked while it was open) hands to the one that reads it (:meth:`adopt`)."""
        return self._places, self._end

    def adopt(self, index: tuple[IdTable, int]) -> None:
        """Take the :meth:`index` of another process's writes to this same file."""
        self._places, self._end = index

    def __contains__(self, page_id: object) -> bool:
        return page_id in self._places

    def held(self, page_ids: list[int]) -> npt.NDArray[np.bool_]:
        """Whether bytes were written for each of ``page_ids``."""
        return self._places.held(page_ids)

    def __iter__(self) -> Iterator[int]:
        return iter(self._places)

    def __len__(self) -> int:
        return len(self._places)

    def clear(self) -> None:
        self._places.clear()
        self._end = 0
        self._file.truncate(0)

    def close(self) -> None:
        self._places.clear()
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
