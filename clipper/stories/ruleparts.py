"""What the link rules (:mod:`clipper.stories.linkrules`) read of each vector besides its terms,
made once a vector for a whole scoring pass (:class:`RuleParts`).

A night's story stage scores its clusters' links a slice of clusters at a time
(``pool._Stored.score``), and the links of one slice reach most clusters of the day: on 10k
one-day records each cluster was an end of links in ~9 of the 24 slices, and the rules made its
frame keys, line frames, headline names and template fills again in each (a sixth of the
stage's CPU).  Each is a pure function of the vector, so it is made the first time a call
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


class RuleParts:
    """Per vector, for the link rules: its dated lines' frame keys (sorted, distinct:
    :mod:`clipper.stories.series`), its lines' frame keys (:mod:`clipper.stories.instances`),
    its headline's rare names (:func:`clipper.stories.subjects.headline_names`) and its frames
    with the fills it gives each (:meth:`instances`).

    Held by the vector's identity for as long as the object lives (the vector is kept with
    its parts, so its ``id`` is not reused); a pass makes one and lets it go (~0.5 KB a
    vector: the stage's 10k one-day clusters ~3 MB).  Vectors are frozen, so parts never go
    stale."""

    def __init__(self) -> None:
        self._held: dict[
            int,
            tuple[Vector, npt.NDArray[np.uint32], npt.NDArray[np.uint32], npt.NDArray[np.uint32]],
        ] = {}
        self._instances: dict[int, tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]] = {}
        # a number for each distinct (frame, set of fills) met in the pass
        self._numbers: dict[tuple[int, frozenset[int]], int] = {}

    def _parts(
        self, vector: Vector
    ) -> tuple[Vector, npt.NDArray[np.uint32], npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
        found = self._held.get(id(vector))
        if found is None:
            found = self._held[id(vector)] = (
                vector,
                _distinct_or_none(vector.frames[0::2]),
                _distinct_or_none(vector.lines[0::4]),
                headline_names(vector),
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
        """``vector``'s distinct line frames (sorted) and a number for each of its frames with
        the set of fills it gives it, the same number for the same (frame, fills) in any
        vector of the pass (:func:`clipper.stories.instances.instance_pairs`)."""
        found = self._instances.get(id(vector))
        if found is None:
            self._parts(vector)  # keeps the vector (its id) for as long as its parts
            fills: dict[int, set[int]] = {}
            for frame, fill in vector.lines.reshape(-1, 4)[:, :2].tolist():
                fills.setdefault(frame, set()).add(fill)
            numbers = self._numbers
            numbered = (
                numbers.setdefault((frame, frozenset(held)), len(numbers))
                for frame, held in fills.items()
            )
            found = self._instances[id(vector)] = (
                sortedsets.distinct(np.fromiter(fills, np.uint32, len(fills))),
                np.fromiter(numbered, np.uint32, len(fills)),
            )
        return found
