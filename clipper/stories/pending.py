"""Story vectors waiting on disk for the story stage at the end of a run.

The worker processes vectorise every page they clean; the story stage runs once, at the end of
the run (``pipeline.Deduper.finish_stories``), and needs the vectors of the clusters'
canonicals, which can be any page the run stored (so every page's is kept: ``storebatch``).
Held in the main process they grow with the night (a vector is up to
``StoryConfig.max_terms`` × 8 bytes, 2.4 KB: up to ~240 MB for 100,000 one-day records), so
:class:`PendingVectors` writes each to an anonymous temporary file as it arrives and keeps only
its place (16 bytes a page in two NumPy arrays, grown by doubling). Reading one back is one
``pread``; the file goes when the object is closed or collected.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping

import numpy as np

from clipper.stories.vectors import Vector


class PendingVectors(Mapping[int, Vector]):
    """page id → story vector, the vectors on disk (:meth:`add`, then read as a mapping).

    A page added again replaces its vector (the old bytes stay in the file, unreferenced).
    ``clear`` empties the mapping and truncates the file."""

    def __init__(self) -> None:
        # open for the object's life (the run), closed by close()
        self._file = tempfile.TemporaryFile(prefix="clipper-story-vectors-")  # noqa: SIM115
        self._end = 0
        # page id → row of _places (offset, length in bytes)
        self._row: dict[int, int] = {}
        self._places = np.zeros((1024, 2), np.int64)

    def add(self, vectors: Iterable[tuple[int, Vector]]) -> None:
        """Write ``(page id, vector)`` pairs to the file (one write for all of them)."""
        data: list[bytes] = []
        for page_id, vector in vectors:
            raw = vector.to_bytes()
            row = self._row.setdefault(page_id, len(self._row))
            if row >= len(self._places):
                self._places = np.concatenate([self._places, np.zeros_like(self._places)])
            self._places[row] = (self._end, len(raw))
            self._end += len(raw)
            data.append(raw)
        if data:
            os.pwrite(self._file.fileno(), b"".join(data), self._end - sum(map(len, data)))

    def __getitem__(self, page_id: int) -> Vector:
        row = self._row[page_id]
        offset, length = self._places[row].tolist()
        raw = os.pread(self._file.fileno(), length, offset)
        if len(raw) != length:
            raise OSError(f"story vector of page {page_id}: {len(raw)} of {length} bytes read")
        return Vector.from_bytes(raw)

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
