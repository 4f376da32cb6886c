"""Assignment: linked clusters walked into stories, with the chaining guard.

:func:`group` walks whole components (the definition), holding each story as a
:class:`StoryState` (its centroid) and letting :func:`choose` pick the story a cluster joins.
:func:`clipper.stories.regrouping.regroup` gives the same stories after a batch with the same
two, re-deciding only the clusters whose decision can have changed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import numpy.typing as npt

from clipper.config import StoryConfig
from clipper.stories.linking import Item, Order
from clipper.stories.scoring import threshold

# Before every cluster's order (days are ordinals ≥ 1).
BEFORE_ALL: Order = (-1, "", "", "")


class StoryState:
    """A story as the walk sees it at one point: its first member's order, how many members it
    has, its latest day, and the centroid of its first ``core`` members (the sum of their unit
    vectors as sorted term hashes and float64 sums, with its squared norm updated as members
    join).

    A similarity to the centroid is an exactly rounded sum (``math.fsum``) over the terms the
    joining cluster shares with it, so it costs the cluster's length, not the story's
    vocabulary, and is the same float whatever happened before."""

    __slots__ = ("core", "first", "keys", "last_day", "members", "norm2", "values")

    def __init__(self) -> None:
        self.first: Order | None = None
        self.members = 0
        self.last_day = 0
        self.core = 0
        self.keys = np.zeros(0, np.uint32)
        self.values = np.zeros(0, np.float64)
        self.norm2 = 0.0

    def _at(
        self, keys: npt.NDArray[np.uint32]
    ) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.bool_]]:
        """Where ``keys`` sit in the centroid, and which of them it holds."""
        at = np.searchsorted(self.keys, keys)
        held = np.zeros(len(keys), np.bool_)
        inside = at < len(self.keys)
        held[inside] = self.keys[at[inside]] == keys[inside]
        return at, held

    def similarity(self, item: Item) -> float:
        norm = math.sqrt(self.norm2)
        if not norm:
            return 0.0
        keys = item.vector.keys
        at = np.searchsorted(self.keys, keys)
        np.minimum(at, len(self.keys) - 1, out=at)  # the centroid has terms (its norm is not 0)
        held = self.keys[at] == keys
        # float32 × float64 → float64: the same products as in float64 throughout.
        return math.fsum((item.vector.weights[held] * self.values[at[held]]).tolist()) / norm

    def add(self, item: Item, core: int) -> None:
        if self.first is None:
            self.first = item.order
            self.last_day = item.day
        self.members += 1
        self.last_day = max(self.last_day, item.day)
        if self.core >= core:
            return
        self.core += 1
        keys, weights = item.vector.keys, item.vector.weights.astype(np.float64)
        at, held = self._at(keys)
        before = np.zeros(len(keys))
        before[held] = self.values[at[held]]
        after = before + weights
        self.norm2 += math.fsum((after * after).tolist()) - math.fsum((before * before).tolist())
        merged = np.concatenate([self.keys, keys[~held]])
        values = np.concatenate([self.values, weights[~held]])
        values[at[held]] = after[held]
        order = np.argsort(merged, kind="stable")
        self.keys, self.values = merged[order], values[order]


def choose(item: Item, stories: Iterable[StoryState], config: StoryConfig) -> StoryState | None:
    """The story ``item`` joins among ``stories`` (those holding a cluster it is linked to):
    the most similar whose centroid clears the bar from the story's latest day; ties go to the
    story started first.  None: it starts a story of its own."""
    best: tuple[float, StoryState] | None = None
    for story in sorted(stories, key=lambda s: s.first or BEFORE_ALL):
        sim = story.similarity(item)
        if sim >= threshold(item.day - story.last_day, config) and (best is None or sim > best[0]):
            best = (sim, story)
    return None if best is None else best[1]


def group(
    items: Sequence[Item], links: Mapping[int, Mapping[int, float]], config: StoryConfig
) -> list[list[int]]:
    """Stories (lists of cluster ids in canonical order) of linked ``items``: the greedy walk
    described in the package docstring, over every item at once."""
    story_of: dict[int, StoryState] = {}
    members: dict[int, list[int]] = {}
    for item in sorted(items, key=lambda it: it.order):
        candidates = {id(s): s for o in links.get(item.cluster_id, {}) if (s := story_of.get(o))}
        story = choose(item, candidates.values(), config)
        if story is None:
            story = StoryState()
            members[id(story)] = []
        story.add(item, config.centroid_clusters)
        members[id(story)].append(item.cluster_id)
        story_of[item.cluster_id] = story
    return list(members.values())
