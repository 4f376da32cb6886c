"""Assignment: linked clusters walked into stories, with the chaining guard."""

from __future__ import annotations

import math
import operator
from collections.abc import Sequence
from itertools import repeat

import numpy as np

from clipper.config import StoryConfig
from clipper.stories.linking import Item, threshold


def group(
    items: Sequence[Item], links: dict[int, dict[int, float]], config: StoryConfig
) -> list[list[int]]:
    """Stories (lists of cluster ids, first = the story's first cluster) of linked ``items``:
    the greedy walk described in the package docstring.

    A story's centroid is the sum of its members' unit vectors, kept as term → weight with its
    squared norm updated as members join; a similarity to it is an exactly rounded sum
    (``math.fsum``) over the joining cluster's terms, so it costs the cluster's length, not
    the story's vocabulary."""
    ordered = sorted(items, key=lambda it: it.order)
    story_of: dict[int, int] = {}
    members: list[list[int]] = []
    centroids: list[dict[int, float]] = []
    norms2: list[float] = []
    last_day: list[int] = []
    for item in ordered:
        candidates = sorted(
            {story_of[other] for other in links.get(item.cluster_id, {}) if other in story_of}
        )
        best: tuple[float, int] | None = None
        keys = item.vector.keys.tolist()
        weights = item.vector.weights.astype(np.float64).tolist()
        for index in candidates:
            centroid = centroids[index]
            norm = math.sqrt(norms2[index])
            dot = math.fsum(map(operator.mul, weights, map(centroid.get, keys, repeat(0.0))))
            sim = dot / norm if norm else 0.0
            if sim >= threshold(item.day - last_day[index], config) and (
                best is None or sim > best[0]
            ):
                best = (sim, index)
        if best is None:
            index = len(members)
            members.append([])
            centroids.append({})
            norms2.append(0.0)
            last_day.append(item.day)
        else:
            index = best[1]
        members[index].append(item.cluster_id)
        story_of[item.cluster_id] = index
        last_day[index] = max(last_day[index], item.day)
        centroid = centroids[index]
        before = list(map(centroid.get, keys, repeat(0.0)))
        after = list(map(operator.add, before, weights))
        centroid.update(zip(keys, after, strict=True))
        norms2[index] += math.fsum(map(operator.mul, after, after)) - math.fsum(
            map(operator.mul, before, before)
        )
    return members
