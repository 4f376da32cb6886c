"""What the link rules (:mod:`clipper.stories.linkrules`) read of each vector besides its terms,
made once a vector for a whole scoring pass (:class:`RuleParts`).

A night's story stage scores its clusters' links a slice of clusters at a time
(``pool._Stored.score``), and the links of one slice reach most clusters of the day: on 10k
one-day records each cluster was an end of links in ~9-10 of the 24 slices, and the rules
made its frame keys, line frames, headline names and template fills again in each (a sixth
of the stage's CPU).  Each is a pure function of the vector, so it is made the first time a call
meets the vector and read after that; the answers are the same.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from clipper import sortedsets
from clipper.stories.subjects import headline_names
from clipper.stories.termvector import Vector

_NONE = np.zeros(0, np.uint32)


def _distinct_or_none(values: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """The sorted distinct ``values`` (one shared empty array for none: most vectors hold no
    dated line)."""
    return sortedsets.distinct(values) if len(values) else _NONE


_Parts = tuple[
    Vector,
    npt.NDArray[np.uint32],
    npt.NDArray[np.uint32],
    npt.NDArray[np.uint32],
    npt.NDArray[np.uint32] | None,
]


class RuleParts:
    """Per vector, for the link rules: its dated lines' frame keys (sorted, distinct:
    :mod:`clipper.stories.series`), its lines' frame keys (:mod:`clipper.stories.instances`),
    its headline's rare names (:func:`clipper.stories.subjects.headline_names`) and its frames
    with the fills it gives each (:meth:`instances`).

    Held by the vector's identity, the vector kept with its parts (so its ``id`` is not
    reused while they are); a pass makes one and lets it go: ~0.8 KB a vector while it lives
    (tracemalloc over the 9,999 vectors of a 10k one-day night: ~4.5 MB for its 5,793
    clusters, ~45 MB for a 100k night's ~58,000).  Vectors are frozen, so parts never go
    stale."""

    def __init__(self) -> None:
        self._held: dict[int, _Parts] = {}
        # a number for each distinct (frame, its fills sorted) met in the pass (a tuple of a
        # few ints: a frozenset of the fills took ~4 times the bytes)
        self._numbers: dict[tuple[int, ...], int] = {}

    def _parts(self, vector: Vector) -> _Parts:
        found = self._held.get(id(vector))
        if found is None:
            found = self._held[id(vector)] = (
                vector,
                _distinct_or_none(vector.frames[0::2]),
                _distinct_or_none(vector.lines[0::4]),
                headline_names(vector),
                None,
            )
        return found

    def frames(self, vectors: Sequence[Vector]) -> list[npt.NDArray[np.uint32]]:
        """The distinct frame keys of each vector's dated lines (``frames[0::2]``), sorted."""
        return [self._parts(v)[1] for v in vectors]

    def lines(self, vectors: Sequence[Vector]) -> list[npt.NDArray[np.uint32]]:
        """The distinct frame keys of each vector's lines (``lines[0::4]``), sorted."""
        return [self._parts(v)[2] for v in vectors]

    def headlines(self, vectors: Sequence[Vector]) -> list[npt.NDArray[np.uint32]]:
        """:func:`clipper.stories.subjects.headline_names` of each vector."""
        return [self._parts(v)[3] for v in vectors]

    def instances(
        self, vector: Vector
    ) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
        """``vector``'s distinct line frames (sorted: :meth:`lines`) and a number for each of
        them with the set of fills it gives it, in that order, the same number for the same
        (frame, fills) in any vector of the pass
        (:func:`clipper.stories.instances.instance_pairs`)."""
        held = self._parts(vector)
        frames, filled = held[2], held[4]
        if filled is None:
            fills: dict[int, set[int]] = {}
            for frame, fill in vector.lines.reshape(-1, 4)[:, :2].tolist():
                fills.setdefault(frame, set()).add(fill)
            numbers = self._numbers
            filled = np.fromiter(
                (numbers.setdefault((frame, *sorted(fills[frame])), len(numbers))
                 for frame in frames.tolist()), np.uint32, len(frames),
            )  # fmt: skip
            self._held[id(vector)] = (*held[:4], filled)
        return frames, filled
