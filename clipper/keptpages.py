"""The verification candidates a run has met, kept on disk (:class:`KeptPages`): a stored page
that a later batch's pairs reach is read back from this file, not from its text, re-cut and
shingled again.

Why on disk.  On a one-day night every batch's pairs reach most of the night's earlier pages
(bench/oneday.py's records: 13,211 stored pages read back in the batch ending at 25k).  The
run kept the last 10,000 of them in memory (4 KB a page, ~40 MB), and past 10,000 pages each
batch read back and re-shingled the rest: 0.62 ms of main-process CPU a page, 8.2 of the
batch's 17.0 CPU s at 25k and growing with the night.  Read from this file a page costs one
``pread`` and the arrays' copy (~0.03 ms); the main process holds 16 bytes and a dict entry a
page, not the pages (the file lives in the OS's page cache, not in the process).

A candidate is the same whichever way it comes (:meth:`Kept.candidate` gives back the values
and dtypes :meth:`Kept.of` was given; a stored page's shingles are those of its text with its
template lines restored): the edges do not depend on what is kept (``tests/test_dedupe.py``).
"""

from __future__ import annotations

import pickle
import struct
import time
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from clipper.diskbytes import DiskBytes
from clipper.figures import NO_FIGURES
from clipper.fillwords import NO_FILLS
from clipper.match import Candidate
from clipper.roundings import NO_ROUNDINGS

# a kept page's header: the pickled rank's length and the six arrays' lengths (-1: None)
_HEADER = struct.Struct("<7q")


@dataclass(frozen=True, slots=True)
class Kept:
    """A candidate as :class:`KeptPages` keeps it: its view's arrays one after another in one
    array (positions as 32-bit), its rank, lead words and quoted spans pickled.  A
    ``Candidate`` holds up to five arrays and a tuple of nine strings (7.9 KB and ~20 objects
    a page on bench/oneday.py's records, its distinct shingles included); kept so, ~3.6 KB.
    :meth:`candidate` gives the same candidate back, the same values and dtypes (its distinct
    shingles are made again when read: the main process sends the candidates to the
    verification workers, which make them anyway)."""

    page_id: int
    # pickled (rank, lead words, quoted statements' word spans)
    rank: bytes
    # sequence, positions (word offsets, < 2**32), held shingles, figures, fills, roundings;
    # None: -1
    arrays: npt.NDArray[np.uint32]
    lengths: tuple[int, int, int, int, int, int]

    @classmethod
    def of(cls, candidate: Candidate) -> Kept:
        parts = (
            candidate.sequence, candidate.positions, candidate.whole, candidate.figures,
            candidate.fills, candidate.roundings,
        )
        return cls(
            candidate.page_id,
            pickle.dumps(
                (candidate.rank, candidate.lead_words, candidate.quoted), pickle.HIGHEST_PROTOCOL
            ),
            np.concatenate([np.asarray(a, dtype=np.uint32) for a in parts if a is not None]),
            (
                len(candidate.sequence),
                -1 if candidate.positions is None else len(candidate.positions),
                -1 if candidate.whole is None else len(candidate.whole),
                len(candidate.figures),
                len(candidate.fills),
                len(candidate.roundings),
            ),
        )

    def candidate(self) -> Candidate:
        out: list[npt.NDArray[np.uint32] | None] = []
        start = 0
        for n in self.lengths:
            out.append(None if n < 0 else self.arrays[start : start + n])
            start += max(n, 0)
        sequence, positions, whole, figures, fills, roundings = out
        assert sequence is not None and figures is not None and fills is not None
        assert roundings is not None
        rank, lead_words, quoted = pickle.loads(self.rank)
        return Candidate(
            self.page_id,
            sequence,
            None,
            rank,
            whole=whole,
            positions=None if positions is None else positions.astype(np.int64),
            figures=figures if len(figures) else NO_FIGURES,
            lead_words=lead_words,
            quoted=quoted,
            fills=fills if len(fills) else NO_FILLS,
            roundings=roundings if len(roundings) else NO_ROUNDINGS,
        )

    def to_bytes(self) -> bytes:
        return _HEADER.pack(len(self.rank), *self.lengths) + self.rank + self.arrays.tobytes()

    @classmethod
    def from_bytes(cls, page_id: int, raw: bytes) -> Kept:
        rank_length, *lengths = _HEADER.unpack_from(raw)
        start = _HEADER.size + rank_length
        return cls(
            page_id,
            raw[_HEADER.size : start],
            # a copy: aligned and writable, as Kept.of's arrays are
            np.frombuffer(raw, dtype=np.uint32, offset=start).copy(),
            (lengths[0], lengths[1], lengths[2], lengths[3], lengths[4], lengths[5]),
        )


class KeptPages:
    """page id → :class:`Kept`, at most ``limit`` pages, written to an anonymous temporary
    file as they are added (:class:`clipper.diskbytes.DiskBytes`; a page is added once: later
    additions of it are ignored, a candidate being the same however it is made) and read back
    with one ``pread``.  Past ``limit`` pages nothing more is added (those pages are read back
    from the archive).  The file goes when the object is closed or collected."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._disk = DiskBytes("clipper-candidates-")
        # when the file was opened (time.monotonic_ns): a process forked after it reads it
        self.opened_ns = time.monotonic_ns()

    def __contains__(self, page_id: object) -> bool:
        return page_id in self._disk

    def __len__(self) -> int:
        return len(self._disk)

    def held(self, page_ids: list[int]) -> npt.NDArray[np.bool_]:
        """Whether each of ``page_ids`` is kept."""
        return self._disk.held(page_ids)

    def add(self, pages: Iterable[Kept]) -> None:
        """Write the ``pages`` not kept yet, while fewer than ``limit`` are (one write)."""
        fresh: dict[int, bytes] = {}
        for kept in pages:
            if kept.page_id not in self._disk and len(self._disk) + len(fresh) < self.limit:
                fresh.setdefault(kept.page_id, kept.to_bytes())
        self._disk.write(fresh.items())

    def get(self, page_id: int) -> Kept:
        return Kept.from_bytes(page_id, self.raw(page_id))

    def places(self, page_ids: list[int]) -> npt.NDArray[np.int64]:
        """Where the pages are in the cache's file (:meth:`clipper.diskbytes.DiskBytes.
        places`), for a process forked while it is open (:meth:`fileno`)."""
        return self._disk.places(page_ids)

    def fileno(self) -> int:
        return self._disk.fileno()

    def raw(self, page_id: int) -> bytes:
        """The page as kept (:meth:`Kept.to_bytes`; KeyError when it is not), for a
        verification worker to decode (:class:`clipper.sentpages.SentKept`)."""
        return self._disk.read(page_id, "candidate")

    def clear(self) -> None:
        self._disk.clear()

    def close(self) -> None:
        self._disk.close()
