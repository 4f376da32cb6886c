"""Story vectors waiting on disk for the story stage at the end of a run.

The worker processes vectorise every page they clean; the story stage runs once, at the end of
the run (``pipeline.Deduper.finish_stories``), and needs the vectors of the clusters'
canonicals, which can be any page the run stored (so every page's is kept: ``storebatch``).
Held in the main process they grow with the night (a vector is up to
``StoryConfig.max_terms`` × 8 bytes, 2.4 KB: up to ~240 MB for 100,000 one-day records), so
:class:`PendingVectors` writes each to an anonymous temporary file as it arrives and keeps only
its place (:class:`clipper.diskbytes.DiskBytes`). Reading one back is one ``pread``; the file
goes when the object is closed or collected.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from clipper.diskbytes import DiskBytes
from clipper.idtable import IdTable
from clipper.stories.vectors import Vector


class PendingVectors(Mapping[int, Vector]):
    """page id → story vector, the vectors on disk (:meth:`add`, then read as a mapping).

    A page added again replaces its vector (the old bytes stay in the file, unreferenced).
    ``clear`` empties the mapping and truncates the file."""

    def __init__(self) -> None:
        self._disk = DiskBytes("clipper-story-vectors-")

    def add(self, vectors: Iterable[tuple[int, Vector]]) -> None:
        """Write ``(page id, vector)`` pairs to the file (one write for all of them)."""
        self._disk.write((page_id, vector.to_bytes()) for page_id, vector in vectors)

    def index(self) -> tuple[IdTable, int]:
        """Where the vectors are in the file (:meth:`clipper.diskbytes.DiskBytes.index`)."""
        return self._disk.index()

    def adopt(self, index: tuple[IdTable, int]) -> None:
        """Take the index of vectors another process (forked with the file open) wrote."""
        self._disk.adopt(index)

    def __getitem__(self, page_id: int) -> Vector:
        return Vector.from_bytes(self._disk.read(page_id, "story vector"))

    def __contains__(self, page_id: object) -> bool:
        return page_id in self._disk

    def __iter__(self) -> Iterator[int]:
        return iter(self._disk)

    def __len__(self) -> int:
        return len(self._disk)

    def clear(self) -> None:
        self._disk.clear()

    def close(self) -> None:
        self._disk.close()
