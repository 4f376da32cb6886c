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
from clipper.stories.bars import threshold
from clipper.stories.linking import Item, Order

# Before every cluster's order (days are ordinals ≥ 1).
BEFORE_ALL: Order = (-1, "", "", "")


class StoryState:
    """A story as the walk sees it at one point: its first member's order, how many members it
    has, its latest day, the centroid of its first ``core`` members (the sum of their unit
    vectors as sorted term hashes and float64 sums, with its squared norm updated as members
    join), and its *opening*, the centroid of its first ``opening`` members (``opening`` below
    ``core``; the same arrays as the centroid until a member past them joins, then kept as they
    were: no copy for a story no bigger).

    A similarity to either is an exactly rounded sum (``math.fsum``) over the terms the joining
    cluster shares with it, so it costs the cluster's length, not the story's vocabulary, and
    is the same float whatever happened before."""

    __slots__ = (
        "core", "first", "keys", "last_day", "members", "names", "norm2", "opening", "values",
    )

    def __init__(self) -> None:
        self.first: Order | None = None
        self.members = 0
        self.last_day = 0
        self.core = 0
        self.keys = np.zeros(0, np.uint32)
        self.values = np.zeros(0, np.float64)
        self.norm2 = 0.0
        # the rare names of its first ``core`` members (clipper.stories.eventnames), sorted
        self.names = np.zeros(0, np.uint32)
        # (keys, values, squared norm) of the first members' sum once later members joined
        self.opening: tuple[npt.NDArray[np.uint32], npt.NDArray[np.float64], float] | None = None

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
        """The cosine of ``item`` and the story's centroid."""
        return _cosine(self.keys, self.values, self.norm2, item)

    def name_share(self, item: Item) -> float:
        """The share of ``item``'s cosine with the centroid that the rare names both hold give
        (:attr:`Vector.names` of ``item`` and of the first members: as
        :func:`clipper.stories.eventnames.name_share`); 0 when they share no term."""
        keys, weights = item.vector.keys, item.vector.weights.astype(np.float64)
        at, held = self._at(keys)
        products = weights[held] * self.values[at[held]]
        total = math.fsum(products.tolist())
        if total <= 0.0:
            return 0.0
        named = np.isin(keys[held], np.intersect1d(item.vector.names, self.names))
        return math.fsum(products[named].tolist()) / total

    def opening_similarity(self, item: Item) -> float:
        """The cosine of ``item`` and the story's opening (its centroid while the story has
        no member past its opening)."""
        if self.opening is None:
            return self.similarity(item)
        return _cosine(*self.opening, item)

    def add(self, item: Item, core: int, opening: int) -> None:
        """Count ``item`` in (the next member in canonical order); its vector joins the
        centroid while the story has fewer than ``core`` members there, the opening while
        fewer than ``opening``."""
        if self.first is None:
            self.first = item.order
            self.last_day = item.day
        self.members += 1
        self.last_day = max(self.last_day, item.day)
        if self.core >= core:
            return
        if self.core == opening:  # the opening is complete: kept as the centroid is now
            self.opening = (self.keys, self.values, self.norm2)
        self.core += 1
        if len(item.vector.names):
            self.names = np.union1d(self.names, item.vector.names)
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


def _cosine(
    keys: npt.NDArray[np.uint32], values: npt.NDArray[np.float64], norm2: float, item: Item
) -> float:
    """The cosine of ``item``'s vector and a sum of unit vectors (sorted ``keys``, ``values``,
    squared norm ``norm2``)."""
    norm = math.sqrt(norm2)
    if not norm:
        return 0.0
    mine = item.vector.keys
    at = np.searchsorted(keys, mine)
    np.minimum(at, len(keys) - 1, out=at)  # the sum has terms (its norm is not 0)
    held = keys[at] == mine
    # float32 × float64 → float64: the same products as in float64 throughout.
    return math.fsum((item.vector.weights[held] * values[at[held]]).tolist()) / norm


def choose(item: Item, stories: Iterable[StoryState], config: StoryConfig) -> StoryState | None:
    """The story ``item`` joins among ``stories`` (those holding a cluster it is linked to):
    the most similar whose centroid clears the bar from the story's latest day and whose
    opening (its first ``opening_clusters`` members) clears ``opening_similarity_share`` of
    it; ties go to the story started first.  A cluster of the story's latest day sharing
    ``event_names`` rare names with its first members, which give ``event_name_share`` of its
    cosine with the centroid, meets ``event_similarity_share`` of the bar
    (:mod:`clipper.stories.eventnames`).  None: it starts a story of its own."""
    best: tuple[float, StoryState] | None = None
    share = config.opening_similarity_share
    for story in sorted(stories, key=lambda s: s.first or BEFORE_ALL):
        sim = story.similarity(item)
        bar = threshold(item.day - story.last_day, config)
        lowered = config.event_similarity_share * bar
        if item.day == story.last_day and lowered <= sim < bar and _named(item, story, config):
            bar = lowered
        if sim < bar or (best is not None and sim <= best[0]):
            continue
        if story.opening_similarity(item) >= share * bar:
            best = (sim, story)
    return None if best is None else best[1]


def _named(item: Item, story: StoryState, config: StoryConfig) -> bool:
    """Whether ``item`` shares ``event_names`` rare names with ``story``'s first members, which
    give ``event_name_share`` of its cosine with the centroid
    (:mod:`clipper.stories.eventnames`)."""
    shared = np.intersect1d(item.vector.names, story.names, assume_unique=True)
    if len(shared) < config.event_names:
        return False
    return story.name_share(item) >= config.event_name_share


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
        story.add(item, config.centroid_clusters, config.opening_clusters)
        members[id(story)].append(item.cluster_id)
        story_of[item.cluster_id] = story
    return list(members.values())
